import { Construct } from 'constructs';
import { GeneratedSecret } from '../../lib/generated-secret';
import type { Placement } from '../../platform/placement';
import type { ClientScopeRegistration, OidcClientRegistration, PublicClientRegistration, RegisteredClient } from './oidc-client';
import { RealmDescription } from './realm-description';
import type { RealmSettings } from './realm-settings';
import { RealmSyncJob } from './realm-sync-job';

export interface RealmProps {
  readonly namespace: string;
  readonly settings: RealmSettings;
  /** Keycloak's URL inside the cluster. */
  readonly keycloakUrl: string;
  /** The admin Keycloak bootstraps, with keys `username` and `password`. */
  readonly adminSecret: string;
  readonly placement: Placement;
}

/**
 * A realm of Keycloak, kept in sync with its description: the clients modules register get their secrets generated
 * in the cluster (git holds none), and the realm sync Job writes the description, secrets resolved, into Keycloak.
 */
export class Realm extends Construct {
  /** Labels of the sync Job's pods. */
  readonly syncPods: Readonly<Record<string, string>>;
  private readonly description: RealmDescription;
  private readonly secrets = new Map<string, GeneratedSecret>();

  constructor(scope: Construct, id: string, private readonly props: RealmProps) {
    super(scope, id);
    this.description = new RealmDescription(props.settings);
    const sync = new RealmSyncJob(this, 'sync', {
      namespace: props.namespace,
      name: `realm-${props.settings.name}`,
      description: this.description,
      keycloakUrl: props.keycloakUrl,
      adminSecret: props.adminSecret,
      clientSecrets: (clientId) => (this.secrets.get(clientId) as GeneratedSecret).keyRef('client-secret'),
      placement: props.placement,
    });
    this.syncPods = sync.podLabels;
  }

  /** Adds a confidential client; its secret is generated in the realm's namespace. */
  registerClient(registration: OidcClientRegistration): RegisteredClient {
    this.description.addConfidentialClient(registration);
    const { clientId } = registration;
    const secret = new GeneratedSecret(this, `client-${clientId}`, { namespace: this.props.namespace, name: `oidc-client-${clientId}`, passwords: ['client-secret'] });
    this.secrets.set(clientId, secret);
    return { clientId, secret };
  }

  /** Adds a public client. */
  registerPublicClient(registration: PublicClientRegistration): void {
    this.description.addPublicClient(registration);
  }

  /** Adds a client scope. */
  registerClientScope(scope: ClientScopeRegistration): void {
    this.description.addClientScope(scope);
  }
}
