import { KongPlugin } from '../../../imports/kong-configuration.konghq.com';
import { SsoRoute } from '../../lib/sso-route';
import { PlatformModule } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import { KeycloakModule } from '../keycloak/keycloak-module';

const NAMESPACE = 'vdm';
/** The VDM backend and web application, deployed from their own repository into this namespace. */
const BACKEND = { service: 'be', port: 9850 };
const WEB_APP = { service: 'app-wcpdr', port: 9000 };
/** Removes the bearer token once Kong has checked it: the backend must not see (or pass on) the user's token. */
const TOKEN_CLEANER = 'vdmapi-cleaner';
/** The client scope a token is asked for with when it is meant for VDM: it adds `vdm` to the token's audience. */
const REST_SCOPE = 'rest';

/**
 * Routes of the Visualisation and Dissemination Module (the application itself is deployed from its own
 * repository, with the pull secret the platform keeps in its namespace): the UI and its backend behind single
 * sign-on (client `vdm`, which also acts for itself), and the API for bearer tokens only (client `vdmapi`). The
 * clients' roles (`dissemination_role`, `vdmapi_role`) exist in the realm; the original granted them to no group,
 * so who holds them is decided in Keycloak. Both clients may ask for scope `rest`, whose tokens name `vdm` as audience.
 */
export class VdmModule extends PlatformModule {
  static readonly id = 'vdm';
  static readonly summary = 'the VDM routes: UI and backend behind SSO, API bearer-only with the token removed before the backend';

  constructor(platform: Platform) {
    super(platform, {
      namespace: NAMESPACE,
      podSecurity: { level: 'baseline', reason: 'the VDM applications deploy from their own repositories; restricted once they declare it' },
    });
    const host = (label: string) => `${label}.${this.config.domain}`;
    this.use(KeycloakModule).registerClientScope({ name: REST_SCOPE, audience: 'vdm' });

    new SsoRoute(this, 'ui', {
      namespace: NAMESPACE,
      name: 'vdm',
      access: 'ui',
      stripPath: true,
      rules: [
        {
          host: host('vdm'),
          paths: [
            { path: '/backend', ...BACKEND },
            { path: '/', ...WEB_APP },
          ],
        },
      ],
      client: { clientId: 'vdm', serviceAccount: true, roles: [{ name: 'dissemination_role', groups: [] }], optionalScopes: [REST_SCOPE] },
    });

    new KongPlugin(this, 'token-cleaner', {
      metadata: { name: TOKEN_CLEANER, namespace: NAMESPACE },
      plugin: 'request-transformer',
      config: { remove: { headers: ['Authorization'] } },
    });
    new SsoRoute(this, 'api', {
      namespace: NAMESPACE,
      name: 'vdmapi',
      access: 'api',
      stripPath: true,
      rules: [{ host: host('vdmapi'), paths: [{ path: '/backend', ...BACKEND }] }],
      client: { clientId: 'vdmapi', roles: [{ name: 'vdmapi_role', groups: [] }], optionalScopes: [REST_SCOPE] },
      extraPlugins: [TOKEN_CLEANER],
    });
  }
}
