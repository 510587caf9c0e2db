import { baseConfig, objectAt, renderUnit } from './support';

describe('GitOps tree', () => {
  const rendered = renderUnit({ ...baseConfig(), gitops: { repoURL: 'https://git.example.org/platform.git', revision: 'release-1', path: 'deploy/rendered' } });
  const [project, root] = rendered.tree.get('argocd/unit.yaml') ?? [];

  test('every child Application syncs automatically with prune, self-heal, backoff and our namespaces', () => {
    for (const id of ['namespaces', 'argocd', 'cert-manager', 'external-secrets', 'postgres', 'kong', 'keycloak-operator', 'keycloak', 'rdm']) {
      const app = objectAt(rendered, `dist/unit/apps/${id}.yaml`);
      expect(app.metadata).toMatchObject({ name: id, namespace: 'argocd', finalizers: ['resources-finalizer.argocd.argoproj.io'] });
      expect(app.spec.project).toBe('ewoc-platform');
      expect(app.spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
      expect(app.spec.syncPolicy.retry).toEqual({ limit: 10, backoff: { duration: '10s', factor: 2, maxDuration: '5m' } });
      expect(app.spec.syncPolicy.syncOptions[0]).toBe('CreateNamespace=false');
    }
  });

  test('a module without charts has its folder as the single source, at the configured revision and path', () => {
    const app = objectAt(rendered, 'dist/unit/apps/namespaces.yaml');
    expect(app.spec.source).toEqual({ repoURL: 'https://git.example.org/platform.git', targetRevision: 'release-1', path: 'deploy/rendered/unit/namespaces' });
    // Argo CD needs a destination namespace even for cluster-scoped objects; its own is always permitted.
    expect(app.spec.destination).toEqual({ server: 'https://kubernetes.default.svc', namespace: 'argocd' });
  });

  test('a chart module is multi-source: the chart with valuesObject for the target Kubernetes, then its own folder', () => {
    const app = objectAt(rendered, 'dist/unit/apps/cert-manager.yaml');
    expect(app.spec.source).toBeUndefined();
    expect(app.spec.sources).toHaveLength(2);
    expect(app.spec.sources[0].helm).toMatchObject({ releaseName: 'cert-manager', kubeVersion: '1.31' });
    expect(typeof app.spec.sources[0].helm.valuesObject).toBe('object');
    expect(app.spec.sources[1]).toEqual({ repoURL: 'https://git.example.org/platform.git', targetRevision: 'release-1', path: 'deploy/rendered/unit/cert-manager' });
  });

  test('the AppProject restricts sources, destinations and cluster-scoped kinds to what the modules use', () => {
    expect(project.kind).toBe('AppProject');
    expect(project.spec.sourceRepos).toEqual([
      'https://git.example.org/platform.git',
      'https://argoproj.github.io/argo-helm',
      'https://charts.external-secrets.io',
      'https://charts.jetstack.io',
      'https://charts.konghq.com',
      'https://cloudnative-pg.github.io/charts',
      'https://github.com/keycloak/keycloak-k8s-resources.git',
    ]);
    // Namespaces the modules deploy to, including those of the pull secrets; no other.
    expect(project.spec.destinations.map((d: any) => d.namespace)).toEqual(['argocd', 'cert-manager', 'external-secrets', 'keycloak', 'kong', 'rdm', 'sysdb']);
    expect(project.spec.destinations.every((d: any) => d.server === 'https://kubernetes.default.svc')).toBe(true);
    expect(project.spec.clusterResourceWhitelist).toEqual([
      { group: '', kind: 'Namespace' },
      { group: 'admissionregistration.k8s.io', kind: 'MutatingWebhookConfiguration' },
      { group: 'admissionregistration.k8s.io', kind: 'ValidatingWebhookConfiguration' },
      { group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition' },
      { group: 'cert-manager.io', kind: 'ClusterIssuer' },
      { group: 'configuration.konghq.com', kind: 'KongClusterPlugin' },
      { group: 'external-secrets.io', kind: 'ClusterSecretStore' },
      { group: 'networking.k8s.io', kind: 'IngressClass' },
      { group: 'rbac.authorization.k8s.io', kind: 'ClusterRole' },
      { group: 'rbac.authorization.k8s.io', kind: 'ClusterRoleBinding' },
    ]);
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
