import { PLATFORM_NAMESPACES } from '../src/modules/namespaces/namespaces-module';
import { filesUnder, renderUnit } from './support';

describe('namespaces module', () => {
  const rendered = renderUnit();
  const namespaces = [...filesUnder(rendered, 'dist/unit/namespaces').values()].map(([ns]) => ns);

  test('creates the ten original namespaces plus argocd and external-secrets, and the namespace of every module', () => {
    expect([...PLATFORM_NAMESPACES].sort()).toEqual(['argo', 'argocd', 'cert-manager', 'external-secrets', 'keycloak', 'kong', 'logging', 'monitoring', 'rdm', 'sysdb', 'vdm', 'wctiler']);
    const expected = new Set<string>([...PLATFORM_NAMESPACES, ...rendered.modules.flatMap((module) => module.destinationNamespace ?? [])]);
    expect(namespaces.map((ns) => ns.metadata.name).sort()).toEqual([...expected].sort());
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
