import { objectsOfKind, renderUnit } from './support';

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
