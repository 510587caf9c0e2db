import { KongPlugin } from '../../../imports/kong-configuration.konghq.com';
import { SsoRoute } from '../../lib/sso-route';
import { PlatformModule } from '../../platform/module';
import type { Platform } from '../../platform/platform';

const NAMESPACE = 'vdm';
/** The VDM backend and web application, deployed from their own repository into this namespace. */
const BACKEND = { service: 'be', port: 9850 };
const WEB_APP = { service: 'app-wcpdr', port: 9000 };
/** Removes the bearer token once Kong has checked it: the backend must not see (or pass on) the user's token. */
const TOKEN_CLEANER = 'vdmapi-cleaner';

/**
 * Routes of the Visualisation and Dissemination Module (the application itself is deployed from its own
 * repository, with the pull secret the platform keeps in its namespace): the UI and its backend behind single
 * sign-on (client `vdm`, which also acts for itself), and the API for bearer tokens only (client `vdmapi`). The
 * clients' roles (`dissemination_role`, `vdmapi_role`) exist in the realm; the original granted them to no group,
 * so who holds them is decided in Keycloak.
 */
export class VdmModule extends PlatformModule {
  static readonly id = 'vdm';
  static readonly summary = 'the VDM routes: UI and backend behind SSO, API bearer-only with the token removed before the backend';

  constructor(platform: Platform) {
    super(platform, { namespace: NAMESPACE });
    const host = (label: string) => `${label}.${this.config.domain}`;

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
      client: { clientId: 'vdm', serviceAccount: true, roles: [{ name: 'dissemination_role', groups: [] }] },
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
      client: { clientId: 'vdmapi', roles: [{ name: 'vdmapi_role', groups: [] }] },
      extraPlugins: [TOKEN_CLEANER],
    });
  }
}
