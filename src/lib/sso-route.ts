import { Construct } from 'constructs';
import { KongPlugin } from '../../imports/kong-configuration.konghq.com';
import { PlatformModule } from '../platform/module';
import { KeycloakModule } from '../modules/keycloak/keycloak-module';
import type { OidcClientRegistration } from '../modules/keycloak/oidc-client';
import { PublicRoute, PublicRouteProps } from './public-route';
import { fromSecretKey } from './secret-source';
import { SharedSecret } from './shared-secret';

export interface SsoRouteProps extends Omit<PublicRouteProps, 'plugins'> {
  /**
   * `ui`: users without a session are sent to log in. `api`: only requests with a valid bearer token pass
   * (bearer-only); nobody is redirected.
   */
  readonly access: 'ui' | 'api';
  /** The Keycloak client of the route; its redirect URIs are the route's hosts plus `extraHosts`. */
  readonly client: Omit<OidcClientRegistration, 'hosts'> & { readonly extraHosts?: readonly string[] };
  /**
   * Further Kong plugins (KongPlugin names in the namespace), applied after the oidc one.
   * @default none
   */
  readonly extraPlugins?: readonly string[];
}

/**
 * A route protected by single sign-on: a public HTTPS route whose first plugin is a KongPlugin `oidc` against the
 * realm (discovery and token introspection, TLS verified), with the client secret patched in from a copy of the
 * Secret generated for the client, and the client registered in the realm.
 */
export class SsoRoute extends Construct {
  /** Name of the route's oidc KongPlugin. */
  readonly pluginName: string;

  constructor(scope: Construct, id: string, props: SsoRouteProps) {
    super(scope, id);
    const keycloak = PlatformModule.of(this).use(KeycloakModule);
    const { extraHosts, ...registration } = props.client;
    const client = keycloak.registerClient({ ...registration, hosts: [...props.rules.map((r) => r.host), ...(extraHosts ?? [])] });
    const secret = new SharedSecret(this, 'client-secret', { source: client.secret, namespace: props.namespace, name: `${client.clientId}-oidc-client` });
    this.pluginName = `${props.name}-oidc`;

    new KongPlugin(this, 'oidc', {
      metadata: { name: this.pluginName, namespace: props.namespace },
      plugin: 'oidc',
      config: {
        client_id: client.clientId,
        realm: keycloak.realm,
        discovery: `${keycloak.realmUrl}/.well-known/openid-configuration`,
        introspection_endpoint: `${keycloak.realmUrl}/protocol/openid-connect/token/introspect`,
        response_type: 'code',
        scope: 'openid',
        token_endpoint_auth_method: 'client_secret_post',
        logout_path: '/logout',
        redirect_after_logout_uri: '/',
        bearer_only: props.access === 'api' ? 'yes' : 'no',
        ssl_verify: 'yes',
      },
      configPatches: [{ path: '/client_secret', valueFrom: fromSecretKey(secret.keyRef('client-secret')) }],
    });

    new PublicRoute(this, 'route', { ...props, plugins: [this.pluginName, ...(props.extraPlugins ?? [])] });
  }
}
