import { PublicRoute } from '../src/lib/public-route';
import { MODULES } from '../src/modules/registry';
import { PlatformModule } from '../src/platform/module';
import { findPublicAdminRoutes } from '../src/platform/network/admin-surfaces';
import type { Platform } from '../src/platform/platform';
import { findObject, objectsOfKind, renderUnit } from './support';

describe('no admin surface on a public route', () => {
  const rendered = renderUnit();

  test("auth.<domain> serves Keycloak's realms and resources only; its admin console answers at a port-forward", () => {
    const ingress = findObject(rendered, 'Ingress', 'keycloak', 'keycloak');
    expect(ingress.spec.rules[0].http.paths.map((p: any) => p.path)).toEqual(['/realms/', '/resources/']);
    expect(findObject(rendered, 'Keycloak', 'keycloak', 'keycloak').spec.hostname.admin).toBe('http://localhost:8080');
  });

  test("Kong's Admin API, Argo CD and Keycloak's management port have no route; Argo Workflows' UI logs in through SSO only", () => {
    const backends = objectsOfKind(rendered, 'Ingress').flatMap(({ object }) => object.spec.rules.flatMap((r: any) => r.http.paths.map((p: any) => `${object.metadata.namespace}/${p.backend.service.name}:${p.backend.service.port.number}`)));
    expect(backends.filter((b) => /kong-gateway-admin|kong-gateway-manager|argocd-server|keycloak-service:9000$/.test(b))).toEqual([]);
    const server = findObject(rendered, 'Deployment', 'argo-workflows-server', 'argo').spec.template.spec.containers[0].args;
    expect(server.filter((arg: string) => arg.startsWith('--auth-mode'))).toEqual(['--auth-mode=sso']);
    expect(findObject(rendered, 'Service', 'kong-gateway-admin', 'kong').spec.type ?? 'ClusterIP').toBe('ClusterIP');
  });

  const routing = (id: string, rules: ConstructorParameters<typeof PublicRoute>[2]['rules'], namespace = 'keycloak') =>
    class extends PlatformModule {
      static readonly id = id;
      constructor(platform: Platform) {
        super(platform, { namespace });
        new PublicRoute(this, 'route', { namespace, name: id, rules, issueCertificate: false });
      }
    };

  test.each<[string, ReturnType<typeof routing>, string]>([
    [
      'the whole of Keycloak',
      routing('kc-all', [{ host: 'kc.example.org', paths: [{ path: '/', service: 'keycloak-service', port: 8080 }] }]),
      "dist/unit/kc-all/ingress-kc-all.yaml: Ingress kc-all: kc.example.org/ reaches Keycloak's admin console and admin API (keycloak/keycloak-service path /admin); route only its public paths",
    ],
    [
      "Keycloak's admin console",
      routing('kc-admin', [{ host: 'kc.example.org', paths: [{ path: '/admin/master/console', service: 'keycloak-service', port: 8080 }] }]),
      'kc.example.org/admin/master/console reaches',
    ],
    [
      "Keycloak's management port",
      routing('kc-management', [{ host: 'kc.example.org', paths: [{ path: '/realms/', service: 'keycloak-service', port: 9000 }] }]),
      "reaches Keycloak's admin console and admin API (keycloak/keycloak-service port 9000)",
    ],
    ["Kong's Admin API", routing('kong-admin', [{ host: 'k.example.org', paths: [{ path: '/', service: 'kong-gateway-admin', port: 8444 }] }], 'kong'), "reaches Kong's Admin API (kong/kong-gateway-admin path /)"],
    ["Argo CD's UI", routing('argocd-ui', [{ host: 'cd.example.org', paths: [{ path: '/', service: 'argocd-server', port: 443 }] }], 'argocd'), "reaches Argo CD's UI and API"],
  ])('a public route to %s is refused', (_name, module, message) => {
    expect(() => renderUnit(undefined, [...MODULES, module])).toThrow(message);
  });

  test('paths beside an admin path, such as /administrators or /realms/, pass', () => {
    const ingress = (path: string) => ({
      file: 'i.yaml',
      object: { kind: 'Ingress', metadata: { name: 'i', namespace: 'keycloak' }, spec: { rules: [{ host: 'h', http: { paths: [{ path, backend: { service: { name: 'keycloak-service', port: { number: 8080 } } } }] } }] } },
    });
    const surface = { namespace: 'keycloak', service: 'keycloak-service', paths: ['/admin'], ports: [9000], what: 'admin' };
    expect(findPublicAdminRoutes([ingress('/administrators'), ingress('/realms/'), ingress('/resources')], [surface])).toEqual([]);
    expect(findPublicAdminRoutes([ingress('/admin/'), ingress('/admin')], [surface])).toHaveLength(2);
  });
});

describe('other ways to an admin surface', () => {
  const surface = { namespace: 'kong', service: 'kong-gateway-admin', paths: ['/'], ports: [8444], what: "Kong's Admin API" };

  test("an Ingress's default backend answers every path: one to an admin surface is refused", () => {
    const ingress = { kind: 'Ingress', metadata: { name: 'catch-all', namespace: 'kong' }, spec: { defaultBackend: { service: { name: 'kong-gateway-admin', port: { number: 8444 } } } } };
    expect(findPublicAdminRoutes([{ file: 'i.yaml', object: ingress }], [surface])).toEqual([
      "i.yaml: Ingress catch-all: its default backend reaches Kong's Admin API (kong/kong-gateway-admin path /); route only its public paths",
    ]);
  });

  test.each(['LoadBalancer', 'NodePort'])('an admin Service of type %s is refused; ClusterIP passes', (type) => {
    const service = (t?: string) => ({ file: 's.yaml', object: { kind: 'Service', metadata: { name: 'kong-gateway-admin', namespace: 'kong' }, spec: { type: t, ports: [{ port: 8444 }] } } });
    expect(findPublicAdminRoutes([service(type)], [surface])).toEqual([`s.yaml: Service kong-gateway-admin: type ${type} exposes Kong's Admin API outside the cluster; keep it ClusterIP`]);
    expect(findPublicAdminRoutes([service(), service('ClusterIP')], [surface])).toEqual([]);
  });
});
