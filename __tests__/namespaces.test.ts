import { filesUnder, renderUnit } from './support';

describe('namespaces module', () => {
  const rendered = renderUnit();
  const namespaces = [...filesUnder(rendered, 'dist/unit/namespaces').values()].map(([object]) => object).filter((object) => object.kind === 'Namespace');

  test('creates the namespace of every module: the ten of the original, argocd and external-secrets, and the node agents\' own', () => {
    expect(namespaces.map((ns) => ns.metadata.name).sort()).toEqual([
      'argo', 'argocd', 'cert-manager', 'external-secrets', 'keycloak', 'kong', 'logging', 'monitoring', 'node-logs', 'node-metrics', 'rdm', 'sysdb', 'vdm', 'wctiler',
    ]);
    const ofModules = new Set(rendered.modules.flatMap((module) => module.ownNamespaces));
    expect(namespaces.map((ns) => ns.metadata.name).sort()).toEqual([...ofModules].sort());
  });

  test('every namespace enforces a Pod Security level, restricted unless a module says why not; kept from pruning and deletion', () => {
    const enforced = Object.fromEntries(namespaces.map((ns) => [ns.metadata.name, ns.metadata.labels['pod-security.kubernetes.io/enforce']]));
    expect(enforced).toEqual({
      argo: 'baseline',
      argocd: 'restricted',
      'cert-manager': 'restricted',
      'external-secrets': 'restricted',
      keycloak: 'baseline',
      kong: 'restricted',
      logging: 'baseline',
      monitoring: 'restricted',
      'node-logs': 'privileged',
      'node-metrics': 'privileged',
      rdm: 'baseline',
      sysdb: 'restricted',
      vdm: 'baseline',
      wctiler: 'restricted',
    });
    for (const ns of namespaces) {
      expect(ns.metadata.labels).toMatchObject({ 'pod-security.kubernetes.io/warn': 'restricted', 'pod-security.kubernetes.io/audit': 'restricted' });
      const reason = ns.metadata.annotations['ewoc-platform.io/pod-security-reason'];
      expect(reason === undefined).toBe(enforced[ns.metadata.name] === 'restricted');
      expect(ns.metadata.annotations['argocd.argoproj.io/sync-options']).toBe('Prune=false,Delete=false');
    }
  });

  test('every namespace gives containers that ask for nothing a CPU and memory request, and no limit', () => {
    const limitRanges = [...filesUnder(rendered, 'dist/unit/namespaces').values()].map(([object]) => object).filter((object) => object.kind === 'LimitRange');
    expect(limitRanges.map((range) => range.metadata.namespace).sort()).toEqual(namespaces.map((ns) => ns.metadata.name).sort());
    for (const range of limitRanges) {
      expect(range.metadata.name).toBe('default-requests');
      expect(range.spec.limits).toEqual([{ type: 'Container', defaultRequest: { cpu: '50m', memory: '64Mi' } }]);
    }
  });

  test('syncs first, alone in wave 0', () => {
    expect(rendered.waves.get('namespaces')).toBe(0);
    expect([...rendered.waves].filter(([, wave]) => wave === 0).map(([id]) => id)).toEqual(['namespaces']);
  });

  test('snapshot', () => {
    expect(namespaces.find((ns) => ns.metadata.name === 'sysdb')).toMatchSnapshot();
  });
});
