import { baseConfig, objectAt, renderUnit } from './support';

describe('GitOps tree', () => {
  const rendered = renderUnit({ ...baseConfig(), gitops: { repoURL: 'https://git.example.org/platform.git', revision: 'release-1', path: 'deploy/rendered' } });
  const [project, root] = rendered.tree.get('argocd/unit.yaml') ?? [];

  const apps = [...rendered.tree].filter(([file]) => file.startsWith('dist/unit/apps/')).map(([, [app]]) => app);

  test('every module with something to deliver has a child Application, and only those', () => {
    const delivering = rendered.modules.filter((module) => [...rendered.tree.keys()].some((file) => file.startsWith(`dist/unit/${module.id}/`)));
    expect(apps.map((app) => app.metadata.name).sort()).toEqual(delivering.map((module) => module.id).sort());
  });

  test('every child Application syncs automatically with prune, self-heal, backoff and our namespaces', () => {
    for (const app of apps) {
      const id = app.metadata.name;
      expect(app.metadata).toMatchObject({ name: id, namespace: 'argocd', finalizers: ['resources-finalizer.argocd.argoproj.io'] });
      expect(app.spec.project).toBe('ewoc-platform');
      expect(app.spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
      expect(app.spec.syncPolicy.retry).toEqual({ limit: 10, backoff: { duration: '10s', factor: 2, maxDuration: '5m' } });
      expect(app.spec.syncPolicy.syncOptions[0]).toBe('CreateNamespace=false');
    }
  });

  test('every Application has its folder of the rendered tree as its single source, at the configured revision and path', () => {
    for (const [file, [app]] of rendered.tree) {
      if (!file.startsWith('dist/unit/apps/')) continue;
      expect(app.spec.sources).toBeUndefined();
      expect(app.spec.source).toEqual({ repoURL: 'https://git.example.org/platform.git', targetRevision: 'release-1', path: `deploy/rendered/unit/${app.metadata.name}` });
      expect([...rendered.tree.keys()].some((file) => file.startsWith(`dist/unit/${app.metadata.name}/`))).toBe(true);
    }
    // Argo CD needs a destination namespace even for cluster-scoped objects; its own is always permitted.
    expect(objectAt(rendered, 'dist/unit/apps/namespaces.yaml').spec.destination).toEqual({ server: 'https://kubernetes.default.svc', namespace: 'argocd' });
  });

  test('the AppProject restricts sources, destinations and cluster-scoped kinds to what the modules use', () => {
    expect(project.kind).toBe('AppProject');
    // Upstream charts are rendered into the repository: it is the only source.
    expect(project.spec.sourceRepos).toEqual(['https://git.example.org/platform.git']);
    // Exactly the namespaces the Applications deploy to and the rendered objects name (pull secrets' included).
    const namespaces = new Set<string>(apps.map((app) => app.spec.destination.namespace));
    for (const [file, objects] of rendered.tree) {
      if (file.startsWith('dist/')) for (const object of objects) if (object.metadata.namespace) namespaces.add(object.metadata.namespace);
    }
    expect(project.spec.destinations.map((d: any) => d.namespace)).toEqual([...namespaces].sort());
    expect(project.spec.destinations.every((d: any) => d.server === 'https://kubernetes.default.svc')).toBe(true);
    // Exactly the kinds of the rendered objects that carry no namespace, own and upstream.
    const clusterScoped = new Set<string>();
    for (const [file, objects] of rendered.tree) {
      if (!file.startsWith('dist/')) continue;
      for (const object of objects) if (!object.metadata.namespace) clusterScoped.add(`${object.apiVersion.includes('/') ? object.apiVersion.split('/')[0] : ''}/${object.kind}`);
    }
    expect(project.spec.clusterResourceWhitelist.map((gk: any) => `${gk.group}/${gk.kind}`)).toEqual([...clusterScoped].sort());
    expect(project.spec.clusterResourceWhitelist).toContainEqual({ group: 'networking.k8s.io', kind: 'IngressClass' });
    expect(project.spec.sourceRepos).not.toContain('*');
  });

  test('the root Application syncs the apps folder of this environment', () => {
    expect(root).toMatchObject({
      kind: 'Application',
      metadata: { name: 'ewoc-platform-unit', namespace: 'argocd' },
      spec: {
        project: 'ewoc-platform',
        source: { repoURL: 'https://git.example.org/platform.git', targetRevision: 'release-1', path: 'deploy/rendered/unit/apps' },
        destination: { server: 'https://kubernetes.default.svc', namespace: 'argocd' },
        syncPolicy: { automated: { prune: true, selfHeal: true } },
      },
    });
  });

  test('snapshot of the bootstrap', () => {
    expect(rendered.tree.get('argocd/unit.yaml')).toMatchSnapshot();
  });
});
