import { baseConfig, filesUnder, objectAt, renderUnit } from './support';

describe('cert-manager module', () => {
  const rendered = renderUnit({ ...baseConfig(), certManager: { controllerReplicas: 2, webhookReplicas: 3, cainjectorReplicas: 1 } });
  const app = objectAt(rendered, 'dist/unit/apps/cert-manager.yaml');
  const [chart, own] = app.spec.sources;
  const values = chart.helm.valuesObject;
  const pinned = { 'system-tag': 'world-cereal-system' };

  test('installs chart v1.21 with its CRDs, kept on uninstall', () => {
    expect(chart).toMatchObject({ repoURL: 'https://charts.jetstack.io', chart: 'cert-manager', targetRevision: 'v1.21.1' });
    expect(values.crds).toEqual({ enabled: true, keep: true });
    expect(own.path).toBe('dist/unit/cert-manager');
  });

  test('pins every component to the system nodes: controller, webhook, cainjector, startupapicheck', () => {
    expect(values.nodeSelector).toEqual(pinned);
    expect(values.webhook.nodeSelector).toEqual(pinned);
    expect(values.cainjector.nodeSelector).toEqual(pinned);
    expect(values.startupapicheck.nodeSelector).toEqual(pinned);
  });

  test('sizes come from configuration, with a disruption budget only where there is a replica to spare', () => {
    expect(values.replicaCount).toBe(2);
    expect(values.webhook.replicaCount).toBe(3);
    expect(values.cainjector.replicaCount).toBe(1);
    expect(values.podDisruptionBudget).toEqual({ enabled: true, minAvailable: 1 });
    expect(values.cainjector.podDisruptionBudget).toEqual({ enabled: false });
  });

  test('keeps its leader-election leases in its own namespace', () => {
    expect(values.global.leaderElection.namespace).toBe('cert-manager');
  });

  test('issuers arrive with their CRD in one sync', () => {
    expect(app.spec.syncPolicy.syncOptions).toContain('SkipDryRunOnMissingResource=true');
  });

  test.each([
    ['letsencrypt-prod', 'https://acme-v02.api.letsencrypt.org/directory'],
    ['letsencrypt-staging', 'https://acme-staging-v02.api.letsencrypt.org/directory'],
  ])('ClusterIssuer %s answers HTTP-01 through kong with solvers on system nodes', (name, server) => {
    const issuer = objectAt(rendered, `dist/unit/cert-manager/clusterissuer-${name}.yaml`);
    expect(issuer.spec.acme.server).toBe(server);
    expect(issuer.spec.acme.email).toBe('ops@example.org');
    expect(issuer.spec.acme.privateKeySecretRef).toEqual({ name: `${name}-account-key` });
    expect(issuer.spec.acme.solvers).toEqual([{ http01: { ingress: { ingressClassName: 'kong', podTemplate: { spec: { nodeSelector: pinned } } } } }]);
  });

  test('renders nothing else of its own', () => {
    expect([...filesUnder(rendered, 'dist/unit/cert-manager').keys()]).toHaveLength(2);
  });

  test('snapshot', () => {
    expect(objectAt(rendered, 'dist/unit/cert-manager/clusterissuer-letsencrypt-prod.yaml')).toMatchSnapshot();
    expect(app).toMatchSnapshot();
  });
});
