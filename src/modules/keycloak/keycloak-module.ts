import { Keycloak } from '../../../imports/keycloak-k8s.keycloak.org';
import { GeneratedSecret } from '../../lib/generated-secret';
import { PublicRoute } from '../../lib/public-route';
import { addDisruptionBudget } from '../../platform/disruption-budget';
import { PlatformModule } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import { KeycloakOperatorModule } from '../keycloak-operator/keycloak-operator-module';
import { PostgresModule } from '../postgres/postgres-module';
import type { ClientScopeRegistration, OidcClientRegistration, PublicClientRegistration, RegisteredClient } from './oidc-client';
import { Realm } from './realm';
import { WORLDCEREAL_REALM } from './realm-settings';
import { KEYCLOAK_SETTINGS } from './settings';

const NAMESPACE = 'keycloak';
const NAME = 'keycloak';
const SERVICE = `${NAME}-service`;
const HTTP_PORT = 8080;
/** Health and metrics, which the operator's probes read; nothing else may reach it. */
const MANAGEMENT_PORT = 9000;
/** The paths of Keycloak that are public; the admin console and API (/admin) are not among them. */
const PUBLIC_PATHS = ['/realms/', '/resources/'];
/** Where the admin console answers: through `kubectl port-forward`, from an operator's machine. */
const ADMIN_URL = `http://localhost:${HTTP_PORT}`;
/** Labels the operator puts on Keycloak pods. */
const POD_LABELS = { app: 'keycloak', 'app.kubernetes.io/instance': NAME };

/**
 * Keycloak single sign-on at auth.<domain>: the Keycloak of the operator (instances spread over system nodes, its
 * own disruption budget, database from the postgres module, bootstrap admin generated in the cluster), the
 * `worldcereal` realm with the clients other modules register, kept in sync on every sync, and its public route
 * through Kong.
 */
export class KeycloakModule extends PlatformModule {
  static readonly id = 'keycloak';
  static readonly summary = 'Keycloak (3 instances, database from postgres), realm `worldcereal` kept in sync by keycloak-config-cli, route `auth.<domain>`';
  static readonly settings = KEYCLOAK_SETTINGS;

  /** Public host of Keycloak. */
  readonly host: string;
  /** Name of the realm. */
  readonly realm = WORLDCEREAL_REALM.name;
  /** Base URL of the realm (issuer). */
  readonly realmUrl: string;
  private readonly managedRealm: Realm;

  constructor(platform: Platform) {
    super(platform, {
      namespace: NAMESPACE,
      podSecurity: { level: 'baseline', reason: 'the Keycloak pods are made by the operator, out of the tree synth checks; restricted once their settings are verified' },
    });
    this.use(KeycloakOperatorModule);
    const settings = this.settingsOf(KEYCLOAK_SETTINGS);
    this.host = `auth.${this.config.domain}`;
    this.realmUrl = `https://${this.host}/realms/${this.realm}`;

    const db = this.use(PostgresModule).database(this, { database: 'keycloak' });
    const admin = new GeneratedSecret(this, 'bootstrap-admin', { namespace: NAMESPACE, name: 'keycloak-bootstrap-admin', template: { username: 'admin' } });

    new Keycloak(this, 'keycloak', {
      metadata: { name: NAME, namespace: NAMESPACE },
      spec: {
        instances: settings.instances,
        db: {
          vendor: 'postgres',
          host: db.host,
          port: db.port,
          database: db.database,
          usernameSecret: db.secret.keyRef('username'),
          passwordSecret: db.secret.keyRef('password'),
        },
        // The admin console answers at the address an operator port-forwards to, never at auth.<domain>.
        hostname: { hostname: `https://${this.host}`, admin: ADMIN_URL },
        // TLS ends at the gateway, which forwards X-Forwarded-* headers.
        http: { httpEnabled: true },
        proxy: { headers: 'xforwarded' },
        ingress: { enabled: false },
        bootstrapAdmin: { user: { secret: admin.name } },
        scheduling: {
          affinity: {
            nodeAffinity: this.placement.nodeAffinity(),
            ...this.placement.onePerNode(POD_LABELS),
          },
        },
      },
    });
    addDisruptionBudget(this, 'budget', { name: NAME, namespace: NAMESPACE, matchLabels: POD_LABELS, replicas: settings.instances });

    this.managedRealm = new Realm(this, 'realm', {
      namespace: NAMESPACE,
      settings: WORLDCEREAL_REALM,
      keycloakUrl: `http://${SERVICE}.${NAMESPACE}.svc:${HTTP_PORT}`,
      adminSecret: admin.name,
      placement: this.placement,
    });
    this.declareAdminSurface({ namespace: NAMESPACE, service: SERVICE, paths: ['/admin'], ports: [MANAGEMENT_PORT], what: "Keycloak's admin console and admin API" });
    this.allowIngress({
      name: 'keycloak-cluster',
      to: { namespace: NAMESPACE, pods: POD_LABELS, ports: [7800, 57800] },
      from: [{ namespace: NAMESPACE, pods: POD_LABELS }],
      reason: 'Keycloak instances share their caches over JGroups (7800, failure detection on 57800)',
    });
    this.allowIngress({
      name: 'keycloak-realm-sync',
      to: { namespace: NAMESPACE, pods: POD_LABELS, ports: [HTTP_PORT] },
      from: [{ namespace: NAMESPACE, pods: this.managedRealm.syncPods }],
      reason: 'the realm sync Job writes the realm through the admin API',
    });
    // The realm's own clients: `auth` for applications that cannot keep a secret (browser and command-line tools),
    // and `api`, the audience of the platform API at api.<domain>, whose services deploy from their own repositories.
    this.registerPublicClient({ clientId: 'auth', hosts: [this.host] });
    this.registerClient({ clientId: 'api', hosts: [`api.${this.config.domain}`], roles: [{ name: 'api_role', groups: ['ewoc_user'] }] });
    new PublicRoute(this, 'route', {
      namespace: NAMESPACE,
      name: NAME,
      // Only what users and applications need: the realms (login, tokens, account console) and the pages' resources.
      rules: [{ host: this.host, paths: PUBLIC_PATHS.map((path) => ({ path, service: SERVICE, port: HTTP_PORT, pods: POD_LABELS })) }],
    });
  }

  /** Registers a confidential OIDC client in the realm; modules registering clients sync after Keycloak. */
  registerClient(registration: OidcClientRegistration): RegisteredClient {
    return this.managedRealm.registerClient(registration);
  }

  /** Registers a public OIDC client (no secret) in the realm. */
  registerPublicClient(registration: PublicClientRegistration): void {
    this.managedRealm.registerPublicClient(registration);
  }

  /** Registers a client scope whose tokens name a registered client among their audiences. */
  registerClientScope(scope: ClientScopeRegistration): void {
    this.managedRealm.registerClientScope(scope);
  }
}
