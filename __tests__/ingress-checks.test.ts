import { PublicRoute } from '../src/lib/public-route';
import { findInvalidIngressPaths } from '../src/platform/network/ingress-paths';
import { findMissingKongPlugins, kongPluginsOf, PLUGINS_ANNOTATION } from '../src/platform/network/kong-plugin-references';
import { MODULES } from '../src/modules/registry';
import { committedTree, DOMAIN, fixtureModule, ingressOf, renderUnit } from './support';

/** The portal's Ingress in rdm, routing one path. */
const ingress = (path: string, options: { pathType?: string; port?: number; plugins?: string } = {}) =>
  ingressOf('portal.example.org', path, { namespace: 'rdm', name: 'portal', pathType: options.pathType, port: options.port, annotations: options.plugins ? { [PLUGINS_ANNOTATION]: options.plugins } : {} });
const kongPlugin = (kind: string, name: string, namespace?: string) => ({ file: `dist/unit/x/${kind.toLowerCase()}-${name}.yaml`, object: { apiVersion: 'configuration.konghq.com/v1', kind, metadata: { name, namespace }, plugin: 'x' } });

describe('Kong plugin references', () => {
  test.each(['prod', 'test'])('every plugin an object of the committed %s tree asks for is rendered', (environment) => {
    const tree = committedTree(environment);
    expect(tree.filter(({ object }) => kongPluginsOf(object).length > 0).length).toBeGreaterThan(4);
    expect(findMissingKongPlugins(tree)).toEqual([]);
  });

  test('a mistyped plugin of a route is refused, at render: Kong would serve the route without it', () => {
    const Portal = fixtureModule('portal', 'rdm', (module) => {
      new PublicRoute(module, 'route', { namespace: 'rdm', name: 'portal', plugins: ['rdm-oidcc'], rules: [{ host: `portal.${DOMAIN}`, paths: [{ path: '/', service: 'rdmui-nginx', port: 80 }] }] });
    });
    expect(() => renderUnit(undefined, [...MODULES, Portal])).toThrow(
      'dist/unit/portal/ingress-portal.yaml: Ingress rdm/portal: metadata.annotations["konghq.com/plugins"]: "rdm-oidcc" is no KongPlugin of namespace rdm and no KongClusterPlugin; Kong would serve the route without it',
    );
  });

  test('plugin names are read as Kong reads them: trimmed, empty entries (a trailing comma) skipped', () => {
    expect(kongPluginsOf(ingress('/', { plugins: ' sso ,, metrics,' }).object)).toEqual(['sso', 'metrics']);
    expect(findMissingKongPlugins([ingress('/', { plugins: 'sso,' }), kongPlugin('KongPlugin', 'sso', 'rdm')])).toEqual([]);
  });

  test("a KongPlugin of the object's namespace or a KongClusterPlugin serves; one of another namespace does not", () => {
    expect(findMissingKongPlugins([ingress('/', { plugins: 'sso, metrics' }), kongPlugin('KongPlugin', 'sso', 'rdm'), kongPlugin('KongClusterPlugin', 'metrics')])).toEqual([]);
    expect(findMissingKongPlugins([ingress('/', { plugins: 'sso' }), kongPlugin('KongPlugin', 'sso', 'vdm')])).toEqual([expect.stringContaining('"sso" is no KongPlugin of namespace rdm')]);
  });
});

describe('Ingress paths and ports the API server refuses', () => {
  test.each(['prod', 'test'])('the committed %s tree has none', (environment) => {
    expect(findInvalidIngressPaths(committedTree(environment))).toEqual([]);
  });

  test.each<[string, ReturnType<typeof ingress>, string]>([
    ['a relative path', ingress('api'), 'spec.rules[0].http.paths[0].path: "api" must be an absolute path (start with "/")'],
    ['a relative path, even implementation-specific', ingress('api', { pathType: 'ImplementationSpecific' }), 'spec.rules[0].http.paths[0].path: "api" must be an absolute path (start with "/")'],
    ['an empty Prefix path', ingress(''), 'spec.rules[0].http.paths[0].path: "" must be an absolute path (start with "/")'],
    ['a double slash', ingress('/api//v1'), 'spec.rules[0].http.paths[0].path: "/api//v1" must not contain "//"'],
    ['an encoded slash', ingress('/api%2Fv1'), 'spec.rules[0].http.paths[0].path: "/api%2Fv1" must not contain "%2F"'],
    ['a path ending in /..', ingress('/api/..'), 'spec.rules[0].http.paths[0].path: "/api/.." must not end with "/.."'],
    ['port 0', ingress('/', { port: 0 }), 'spec.rules[0].http.paths[0].backend.service.port.number: 0 must be a port from 1 to 65535'],
    ['port 70000', ingress('/', { port: 70000 }), 'spec.rules[0].http.paths[0].backend.service.port.number: 70000 must be a port from 1 to 65535'],
  ])('%s', (_case, entry, message) => {
    expect(findInvalidIngressPaths([entry])).toEqual([`dist/unit/rdm/ingress-portal.yaml: Ingress rdm/portal: ${message}`]);
  });

  test('a route of a module with a relative path is refused at render', () => {
    const Portal = fixtureModule('portal', 'rdm', (module) => {
      new PublicRoute(module, 'route', { namespace: 'rdm', name: 'portal', rules: [{ host: `portal.${DOMAIN}`, paths: [{ path: 'api', service: 'rdmui-nginx', port: 80 }] }] });
    });
    expect(() => renderUnit(undefined, [...MODULES, Portal])).toThrow('dist/unit/portal/ingress-portal.yaml: Ingress rdm/portal: spec.rules[0].http.paths[0].path: "api" must be an absolute path (start with "/")');
  });

  test('an implementation-specific path may hold what Kong reads as a regular expression, or be empty', () => {
    expect(findInvalidIngressPaths([ingress('/~/api//v[0-9]+', { pathType: 'ImplementationSpecific' }), ingress('', { pathType: 'ImplementationSpecific' })])).toEqual([]);
  });
});
