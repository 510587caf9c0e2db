import { Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import {
  KeycloakRealmImport,
  KeycloakRealmImportSpecPlaceholders,
  KeycloakRealmImportSpecRealm,
  KeycloakRealmImportSpecRealmClients,
} from '../../../imports/keycloak-k8s.keycloak.org';
import { GeneratedSecret } from '../../lib/generated-secret';
import { PlatformError } from '../../platform/errors';
import type { OidcClientRegistration, RegisteredClient } from './oidc-client';
import { protocolMappers } from './protocol-mappers';
import type { RealmSettings } from './realm-settings';

export interface RealmImportProps {
  readonly namespace: string;
  /** The Keycloak the realm is imported into. */
  readonly keycloakName: string;
  readonly settings: RealmSettings;
}

interface Registered {
  readonly registration: OidcClientRegistration;
  readonly placeholder: string;
  readonly secret: GeneratedSecret;
}

/**
 * The realm as a KeycloakRealmImport: its typed settings plus every client modules registered, each client's secret
 * a `placeholders` entry bound to a Secret generated in the cluster, so the realm in git holds no secret. The realm
 * is rendered when the chart is, after every module has registered its clients.
 */
export class RealmImport extends Construct {
  private readonly clients = new Map<string, Registered>();

  constructor(scope: Construct, id: string, private readonly props: RealmImportProps) {
    super(scope, id);
    new KeycloakRealmImport(this, 'import', {
      metadata: { name: props.settings.name, namespace: props.namespace },
      spec: {
        keycloakCrName: props.keycloakName,
        realm: Lazy.any({ produce: () => this.realm() }) as unknown as KeycloakRealmImportSpecRealm,
        placeholders: Lazy.any({ produce: () => this.placeholders() }) as unknown as Record<string, KeycloakRealmImportSpecPlaceholders>,
      },
    });
  }

  /** Adds a confidential client; its secret is generated in the Keycloak namespace. */
  registerClient(registration: OidcClientRegistration): RegisteredClient {
    const { clientId } = registration;
    const where = `realm ${this.props.settings.name}: client "${clientId}"`;
    if (!/^[a-z][a-z0-9-]*$/.test(clientId)) throw new PlatformError(`${where}: the id must be lower-case letters, digits and "-"`);
    if (this.clients.has(clientId)) throw new PlatformError(`${where}: registered twice`);
    if (registration.hosts.length === 0) throw new PlatformError(`${where}: needs at least one host to redirect to`);
    const groups = new Set(this.props.settings.groups.map((g) => g.name));
    for (const role of registration.roles ?? []) {
      for (const group of role.groups) {
        if (!groups.has(group)) throw new PlatformError(`${where}: role "${role.name}" is granted to group "${group}", which the realm does not have (groups: ${[...groups].join(', ')})`);
      }
    }
    const secret = new GeneratedSecret(this, `client-${clientId}`, { namespace: this.props.namespace, name: `oidc-client-${clientId}`, passwords: ['client-secret'] });
    const placeholder = `CLIENT_SECRET_${clientId.toUpperCase().replace(/-/g, '_')}`;
    this.clients.set(clientId, { registration, placeholder, secret });
    return { clientId, secret };
  }

  private sortedClients(): Registered[] {
    return [...this.clients.keys()].sort().map((id) => this.clients.get(id) as Registered);
  }

  private placeholders(): Record<string, KeycloakRealmImportSpecPlaceholders> {
    return Object.fromEntries(this.sortedClients().map((c) => [c.placeholder, { secret: c.secret.keyRef('client-secret') }]));
  }

  private realm(): KeycloakRealmImportSpecRealm {
    const { settings } = this.props;
    const clients = this.sortedClients();
    const clientRolesOf = (group: string) => {
      const granted: Record<string, string[]> = {};
      for (const { registration } of clients) {
        const roles = (registration.roles ?? []).filter((r) => r.groups.includes(group)).map((r) => r.name);
        if (roles.length > 0) granted[registration.clientId] = roles;
      }
      return Object.keys(granted).length > 0 ? granted : undefined;
    };
    const clientRoles = Object.fromEntries(
      clients.filter((c) => (c.registration.roles ?? []).length > 0).map((c) => [c.registration.clientId, (c.registration.roles ?? []).map((r) => ({ name: r.name }))]),
    );
    return {
      realm: settings.name,
      enabled: true,
      sslRequired: settings.sslRequired,
      registrationAllowed: settings.registrationAllowed,
      accessTokenLifespan: settings.accessTokenLifespan,
      ssoSessionIdleTimeout: settings.ssoSessionIdleTimeout,
      ssoSessionMaxLifespan: settings.ssoSessionMaxLifespan,
      roles: {
        realm: settings.realmRoles.map((name) => ({ name })),
        client: Object.keys(clientRoles).length > 0 ? clientRoles : undefined,
      },
      groups: settings.groups.map((g) => ({ name: g.name, path: `/${g.name}`, realmRoles: [...g.realmRoles], clientRoles: clientRolesOf(g.name) })),
      clients: clients.map((c) => this.client(c)),
    };
  }

  private client({ registration, placeholder }: Registered): KeycloakRealmImportSpecRealmClients {
    return {
      clientId: registration.clientId,
      name: registration.clientId,
      enabled: true,
      protocol: 'openid-connect',
      publicClient: false,
      clientAuthenticatorType: 'client-secret',
      // Replaced by the operator from the placeholder's Secret when it imports the realm.
      secret: `\${${placeholder}}`,
      standardFlowEnabled: true,
      directAccessGrantsEnabled: true,
      serviceAccountsEnabled: registration.serviceAccount ?? false,
      rootUrl: registration.rootUrl,
      redirectUris: registration.hosts.map((host) => `https://${host}/*`),
      webOrigins: ['+'],
      protocolMappers: protocolMappers(registration.claims ?? 'standard'),
    };
  }
}
