import { baseConfig, objectsOfKind, renderUnit } from './support';

describe('routes', () => {
  const rendered = renderUnit();
  const services = new Map(objectsOfKind(rendered, 'Service').map(({ object }) => [`${object.metadata.namespace}/${object.metadata.name}`, object]));

  test('every Ingress backend that the tree renders is a Service serving that port', () => {
    const backends = objectsOfKind(rendered, 'Ingress').flatMap(({ object }) =>
      object.spec.rules.flatMap((rule: any) => rule.http.paths.map((path: any) => ({ namespace: object.metadata.namespace, ...path.backend.service }))),
    );
    const checked = backends.filter(({ namespace, name }) => services.has(`${namespace}/${name}`));
    // Grafana, Prometheus and Graylog come from charts rendered here; other backends belong to operators or other repositories.
    expect(checked.length).toBeGreaterThanOrEqual(3);
    for (const { namespace, name, port } of checked) {
      const ports = (services.get(`${namespace}/${name}`)?.spec.ports ?? []).map((p: any) => p.port);
      expect(`${namespace}/${name}: ${ports.includes(port.number)}`).toBe(`${namespace}/${name}: true`);
    }
  });
});

/**
 * The routes of the original (FACTS.md, Ingress conventions), as this platform serves them. Where a backend differs
 * from the original's, the reason is the new deployment: Keycloak's Service is the operator's, Graylog's the
 * official chart's; Graylog's header plugin is named for what it does.
 */
const ROUTES: ReadonlyArray<{ host: string; namespace: string; backends: Array<[string, string, number]>; plugins: string[] }> = [
  // Not the whole of Keycloak: its admin console and API (/admin) are not public (see the keycloak module).
  { host: 'auth', namespace: 'keycloak', backends: [['/realms/', 'keycloak-service', 8080], ['/resources/', 'keycloak-service', 8080]], plugins: [] },
  { host: 'grafana', namespace: 'monitoring', backends: [['/', 'kube-prometheus-stack-grafana', 80]], plugins: [] },
  { host: 'prometheus', namespace: 'monitoring', backends: [['/', 'kube-prometheus-stack-prometheus', 9090]], plugins: ['prometheus-oidc'] },
  { host: 'graylog', namespace: 'logging', backends: [['/', 'graylog-svc', 9000]], plugins: ['graylog-oidc', 'graylog-username'] },
  { host: 'rdm', namespace: 'rdm', backends: [['/data/', 'rdmapi', 80], ['/', 'rdmui-nginx', 80]], plugins: ['rdm-oidc'] },
  { host: 'rdmapi', namespace: 'rdm', backends: [['/', 'rdmapi', 80], ['/swagger', 'rdmapi', 80]], plugins: ['rdmapi-oidc'] },
  { host: 'rdmdb', namespace: 'rdm', backends: [['/', 'pgadmin-pgadmin4', 80]], plugins: ['rdm-oidc'] },
  { host: 'vdm', namespace: 'vdm', backends: [['/backend', 'be', 9850], ['/', 'app-wcpdr', 9000]], plugins: ['vdm-oidc'] },
  { host: 'vdmapi', namespace: 'vdm', backends: [['/backend', 'be', 9850]], plugins: ['vdmapi-oidc', 'vdmapi-cleaner'] },
  { host: 'wctiler', namespace: 'wctiler', backends: [['/', 'mapproxy', 8080]], plugins: ['wctiler-oidc'] },
  // New here: the Argo Workflows UI, which logs users in itself.
  { host: 'argo', namespace: 'argo', backends: [['/', 'argo-workflows-server', 2746]], plugins: [] },
];

describe('the routes of the original', () => {
  const rendered = renderUnit();
  const domain = baseConfig().domain;
  const ingresses = objectsOfKind(rendered, 'Ingress').map(({ object }) => object);

  test('every host is routed, and no other', () => {
    const hosts = new Set(ingresses.flatMap((ingress) => ingress.spec.rules.map((rule: any) => rule.host)));
    expect([...hosts].sort()).toEqual(ROUTES.map((route) => `${route.host}.${domain}`).sort());
  });

  test.each(ROUTES)('$host: backends, plugins (each a KongPlugin of the namespace), HTTPS with its certificate', ({ host, namespace, backends, plugins }) => {
    const fqdn = `${host}.${domain}`;
    const serving = ingresses.filter((ingress) => ingress.spec.rules.some((rule: any) => rule.host === fqdn));
    expect(new Set(serving.map((ingress) => ingress.metadata.namespace))).toEqual(new Set([namespace]));
    const paths = serving.flatMap((ingress) => ingress.spec.rules.filter((rule: any) => rule.host === fqdn).flatMap((rule: any) => rule.http.paths));
    expect(paths.map((p: any) => [p.path, p.backend.service.name, p.backend.service.port.number]).sort()).toEqual([...backends].sort());
    // The protected ingress of the host carries the plugins (a public path beside it carries none).
    const protectedIngress = serving.find((ingress) => ingress.metadata.annotations['konghq.com/plugins']) ?? serving[0];
    expect((protectedIngress.metadata.annotations['konghq.com/plugins'] ?? '').split(',').filter(Boolean)).toEqual(plugins);
    for (const plugin of plugins) expect(objectsOfKind(rendered, 'KongPlugin', namespace).map(({ object }) => object.metadata.name)).toContain(plugin);
    for (const ingress of serving) {
      expect(ingress.spec.ingressClassName).toBe('kong');
      expect(ingress.metadata.annotations['konghq.com/protocols']).toBe('https');
      expect(ingress.metadata.annotations['konghq.com/https-redirect-status-code']).toBe('302');
    }
    expect(serving.flatMap((ingress) => ingress.spec.tls ?? [])).toContainEqual({ hosts: [fqdn], secretName: `${host}-tls` });
  });
});
