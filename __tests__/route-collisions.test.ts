import { k8s } from 'cdk8s-plus-26';
import { findRouteCollisions } from '../src/platform/network/route-collisions';
import { MODULES } from '../src/modules/registry';
import { committedTree, fixtureModule, ingressOf, IngressOptions, renderUnit } from './support';

/** An Ingress of a namespace routing one host and path to the Service of its name. */
const ingress = (namespace: string, name: string, host: string, path: string, options: IngressOptions = {}) => ingressOf(host, path, { ...options, namespace, name });

describe('route collisions', () => {
  test.each(['prod', 'test'])('no two Ingresses of the committed %s tree route the same host and path', (environment) => {
    const rendered = committedTree(environment);
    expect(rendered.filter(({ object }) => object.kind === 'Ingress').length).toBeGreaterThan(5);
    expect(findRouteCollisions(rendered)).toEqual([]);
  });

  test('two Ingresses of one class routing the same host, path and path type collide, named at the later one', () => {
    expect(findRouteCollisions([ingress('monitoring', 'grafana', 'grafana.example.org', '/'), ingress('status', 'board', 'grafana.example.org', '/')])).toEqual([
      'dist/unit/status/ingress-board.yaml: Ingress status/board: spec.rules[0].http.paths[0]: grafana.example.org/ (Prefix) is also routed by Ingress monitoring/grafana (dist/unit/monitoring/ingress-grafana.yaml); the gateway would send it to only one of them',
    ]);
  });

  test('a trailing slash does not make another Prefix route', () => {
    expect(findRouteCollisions([ingress('a', 'status', 'board.example.org', '/status'), ingress('b', 'status', 'board.example.org', '/status/')])).toEqual([
      'dist/unit/b/ingress-status.yaml: Ingress b/status: spec.rules[0].http.paths[0]: board.example.org/status/ (Prefix) is also routed by Ingress a/status (dist/unit/a/ingress-status.yaml); the gateway would send it to only one of them',
    ]);
    expect(findRouteCollisions([ingress('a', 'status', 'board.example.org', '/status', { pathType: 'Exact' }), ingress('b', 'status', 'board.example.org', '/status/', { pathType: 'Exact' })])).toEqual([]);
  });

  test('another path, path type, host or ingress class is another route', () => {
    const grafana = ingress('monitoring', 'grafana', 'grafana.example.org', '/');
    expect(
      findRouteCollisions([
        grafana,
        ingress('a', 'path', 'grafana.example.org', '/status'),
        ingress('b', 'type', 'grafana.example.org', '/', { pathType: 'Exact' }),
        ingress('c', 'host', 'board.example.org', '/'),
        ingress('d', 'class', 'grafana.example.org', '/', { ingressClassName: 'internal' }),
      ]),
    ).toEqual([]);
  });

  test("a module routing a host and path another module routes fails the synth, naming both Ingresses", () => {
    const { tree } = renderUnit();
    const [taken] = tree.get([...tree.keys()].find((file) => file.includes('/ingress-')) as string) ?? [];
    const [rule] = taken.spec.rules;
    const [route] = rule.http.paths;
    const Squatter = fixtureModule('squatter', 'rdm', (module) => {
      new k8s.KubeIngress(module, 'squat', {
        metadata: { name: 'squat', namespace: 'rdm' },
        spec: { ingressClassName: taken.spec.ingressClassName, rules: [{ host: rule.host, http: { paths: [{ ...route, backend: { service: { name: 'squat', port: { number: 80 } } } }] } }] },
      });
    });
    expect(() => renderUnit(undefined, [...MODULES, Squatter])).toThrow(
      `dist/unit/squatter/ingress-squat.yaml: Ingress rdm/squat: spec.rules[0].http.paths[0]: ${rule.host}${route.path} (${route.pathType}) is also routed by Ingress ${taken.metadata.namespace}/${taken.metadata.name}`,
    );
  });
});
