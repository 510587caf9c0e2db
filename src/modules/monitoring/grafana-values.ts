import { fromSecretKey, SecretKeyRef } from '../../lib/secret-source';
import type { TopologySpread } from '../../platform/placement';
import type { DatabaseConnection } from '../postgres/database-connection';

/** Grafana maps realm groups to its roles: platform and project admins administer, everyone else views. */
export const GRAFANA_ROLE_MAPPING = "contains(groups[*], 'ewoc_platform_admin') && 'Admin' || contains(groups[*], 'ewoc_admin') && 'Admin' || 'Viewer'";

export interface GrafanaValuesProps {
  readonly replicas: number;
  readonly nodeSelector: Record<string, string>;
  readonly spread: readonly TopologySpread[];
  /** Public host; Grafana does the OAuth login itself. */
  readonly host: string;
  /** Issuer URL of the realm. */
  readonly realmUrl: string;
  readonly clientId: string;
  readonly clientSecret: SecretKeyRef;
  readonly database: DatabaseConnection;
  /** Secret with keys admin-user and admin-password, generated in the cluster. */
  readonly adminSecret: string;
  /** Headless Service the replicas find each other through for unified alerting. */
  readonly headlessService: string;
  /** URL of the Thanos query HTTP API. */
  readonly thanosUrl: string;
}

/**
 * Values of the grafana subchart: the database on the platform PostgreSQL (credentials from the copied Secret, never
 * in values), login only through Keycloak (auto-login, no login form, sign-out through Keycloak, TLS verified), roles
 * from groups, dashboards from labelled ConfigMaps, a Thanos data source, and alerting in HA between replicas.
 */
export function grafanaValues(props: GrafanaValuesProps) {
  const { database, realmUrl, host } = props;
  const oidc = `${realmUrl}/protocol/openid-connect`;
  return {
    replicas: props.replicas,
    nodeSelector: props.nodeSelector,
    topologySpreadConstraints: props.spread,
    podDisruptionBudget: props.replicas > 1 ? { minAvailable: 1 } : {},
    admin: { existingSecret: props.adminSecret, userKey: 'admin-user', passwordKey: 'admin-password' },
    headlessService: true,
    envValueFrom: {
      GF_DATABASE_USER: fromSecretKey(database.secret.keyRef('username')),
      GF_DATABASE_PASSWORD: fromSecretKey(database.secret.keyRef('password')),
      GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET: fromSecretKey(props.clientSecret),
    },
    'grafana.ini': {
      server: { root_url: `https://${host}/` },
      // No calls home from the cluster.
      analytics: { check_for_updates: false, check_for_plugin_updates: false, reporting_enabled: false },
      database: { type: 'postgres', host: `${database.host}:${database.port}`, name: database.database, ssl_mode: 'require' },
      auth: {
        disable_login_form: true,
        signout_redirect_url: `${oidc}/logout?client_id=${props.clientId}&post_logout_redirect_uri=${encodeURIComponent(`https://${host}/login`)}`,
      },
      'auth.generic_oauth': {
        enabled: true,
        // Straight to Keycloak, no Grafana login page (the provider's own setting: [auth] oauth_auto_login is deprecated).
        auto_login: true,
        name: 'Keycloak',
        allow_sign_up: true,
        client_id: props.clientId,
        scopes: 'openid profile email',
        auth_url: `${oidc}/auth`,
        token_url: `${oidc}/token`,
        api_url: `${oidc}/userinfo`,
        login_attribute_path: 'preferred_username',
        role_attribute_path: GRAFANA_ROLE_MAPPING,
        use_pkce: true,
        tls_skip_verify_insecure: false,
      },
      unified_alerting: {
        enabled: true,
        ha_peers: `${props.headlessService}:9094`,
        // POD_IP is set by the chart.
        ha_listen_address: '$__env{POD_IP}:9094',
        ha_advertise_address: '$__env{POD_IP}:9094',
      },
    },
    sidecar: {
      dashboards: { enabled: true, label: 'grafana_dashboard', labelValue: '1', searchNamespace: 'ALL' },
    },
    additionalDataSources: [{ name: 'Thanos', type: 'prometheus', uid: 'thanos', access: 'proxy', url: props.thanosUrl, isDefault: false }],
  };
}
