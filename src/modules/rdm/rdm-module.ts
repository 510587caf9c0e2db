import { PublicRoute } from '../../lib/public-route';
import { SsoRoute } from '../../lib/sso-route';
import { PlatformModule } from '../../platform/module';
import type { Platform } from '../../platform/platform';

const NAMESPACE = 'rdm';

/**
 * Routes of the Reference Data Module (the application itself is deployed from its own repository): the UI and
 * its database console behind single sign-on, the API for bearer tokens only, and the API's Swagger pages public.
 */
export class RdmModule extends PlatformModule {
  static readonly id = 'rdm';
  static readonly summary = 'the RDM routes: UI and database console behind SSO, API bearer-only, Swagger public';

  constructor(platform: Platform) {
    super(platform, {
      namespace: NAMESPACE,
      podSecurity: { level: 'baseline', reason: 'the RDM applications deploy from their own repositories; restricted once they declare it' },
    });
    const host = (label: string) => `${label}.${this.config.domain}`;

    new SsoRoute(this, 'ui', {
      namespace: NAMESPACE,
      name: 'rdm',
      access: 'ui',
      rules: [
        {
          host: host('rdm'),
          paths: [
            { path: '/data/', service: 'rdmapi', port: 80 },
            { path: '/', service: 'rdmui-nginx', port: 80 },
          ],
        },
        { host: host('rdmdb'), paths: [{ path: '/', service: 'pgadmin-pgadmin4', port: 80 }] },
      ],
      client: { clientId: 'rdm', extraHosts: [host('rdmui'), host('rdmapi')], serviceAccount: true, roles: [{ name: 'rdm_role', groups: ['rdm_users'] }] },
    });

    new SsoRoute(this, 'api', {
      namespace: NAMESPACE,
      name: 'rdmapi',
      access: 'api',
      rules: [{ host: host('rdmapi'), paths: [{ path: '/', service: 'rdmapi', port: 80 }] }],
      client: { clientId: 'rdmapi', roles: [{ name: 'rdmapi_role', groups: ['ewoc_user', 'rdm_users'] }] },
    });

    // The API's documentation stays public; the host's certificate is the one the API route asks for.
    new PublicRoute(this, 'swagger', {
      namespace: NAMESPACE,
      name: 'rdmapiswagger',
      rules: [{ host: host('rdmapi'), paths: [{ path: '/swagger', service: 'rdmapi', port: 80 }] }],
      issueCertificate: false,
    });
  }
}
