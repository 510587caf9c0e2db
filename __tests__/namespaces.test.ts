import { filesUnder, renderUnit } from './support';

describe('namespaces module', () => {
  const rendered = renderUnit();
  const namespaces = [...filesUnder(rendered, 'dist/unit/namespaces').values()].map(([object]) => object).filter((object) => object.kind === 'Namespace');

  test("creates the namespace of every module: the ten of the original plus argocd and external-secrets", () => {
    expect(namespaces.map((ns) => ns.metadata.name).sort()).toEqual(['argo', 'argocd', 'cert-manager', 'external-secrets', 'keycloak', 'kong', 'logging', 'monitoring', 'rdm', 'sysdb', 'vdm', 'wctiler']);
    const ofModules = new Set(rendered.modules.flatMap((module) => module.destinationNamespace ?? []));
    expect(namespaces.map((ns) => ns.metadata.name).sort()).toEqual([...ofModules].sort());
  });

  test('labels every namespace and keeps it from pruning and deletion', () => {
    for (const ns of namespaces) {
      expect(ns.metadata.labels).toEqual({
        'app.kubernetes.io/part-of': 'ewoc-platform',
        'pod-security.kubernetes.io/audit': 'baseline',
        'pod-security.kubernetes.io/warn': 'baseline',
      });
      expect(ns.metadata.annotations['argocd.argoproj.io/sync-options']).toBe('Prune=false,Delete=false');
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
