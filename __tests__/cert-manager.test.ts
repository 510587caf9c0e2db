import { baseConfig, chartValues, filesUnder, findObject, objectAt, objectsOfKind, renderTestEnvironment, renderUnit, testEnvironmentConfig } from './support';

describe('cert-manager module', () => {
  // Production's environment and the test environment's (one replica of each, the next chart version): both are
  // what `npm run synth` renders.
  const rendered = renderUnit();
  const small = renderTestEnvironment();
  /** Three different sizes, to see each reach its own component. */
  const sizes = { controllerReplicas: 2, webhookReplicas: 3, cainjectorReplicas: 1 };
  const sizedValues = () => chartValues({ ...baseConfig(), certManager: sizes }, 'cert-manager', 'cert-manager');
  const app = objectAt(rendered, 'dist/unit/apps/cert-manager.yaml');
  const pinned = { 'system-tag': 'world-cereal-system' };
  const deployment = (name: string, environment = rendered) => findObject(environment, 'Deployment', name, 'cert-manager');

  test('renders chart v1.20.3 by default, with its CRDs, kept when the chart goes', () => {
    expect(app.spec.source.path).toBe('dist/unit/cert-manager');
    expect(deployment('cert-manager').spec.template.spec.containers[0].image).toBe('quay.io/jetstack/cert-manager-controller:v1.20.3');
    const crd = findObject(rendered, 'CustomResourceDefinition', 'certificates.cert-manager.io');
    expect(crd.metadata.annotations['helm.sh/resource-policy']).toBe('keep');
  });

  test.each([
    ['cert-manager', 'controller', 'cert-manager', 'controllerReplicas', (values: Record<string, any>) => values],
    ['cert-manager-webhook', 'webhook', 'webhook', 'webhookReplicas', (values: Record<string, any>) => values.webhook],
    ['cert-manager-cainjector', 'cainjector', 'cainjector', 'cainjectorReplicas', (values: Record<string, any>) => values.cainjector],
  ])('%s: sized from configuration, pinned to the system nodes, spread over them', (name, component, appName, field, valuesOf) => {
    // Each size reaches its own component's values...
    expect(valuesOf(sizedValues()).replicaCount).toBe(sizes[field as keyof typeof sizes]);
    // ...and the chart sizes the component's Deployment from them, in both environments.
    for (const [environment, config] of [[rendered, baseConfig()], [small, testEnvironmentConfig()]] as const) {
      const spec = deployment(name, environment).spec;
      expect(spec.replicas).toBe(config.certManager[field]);
      expect(spec.template.spec.nodeSelector).toMatchObject(pinned);
      const selector = { 'app.kubernetes.io/name': appName, 'app.kubernetes.io/instance': 'cert-manager', 'app.kubernetes.io/component': component };
      expect(spec.template.metadata.labels).toMatchObject(selector);
      expect(spec.template.spec.topologySpreadConstraints).toEqual([{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: selector } }]);
    }
  });

  test('a disruption budget only where there is a replica to spare', () => {
    const budgets = (environment: typeof rendered) => objectsOfKind(environment, 'PodDisruptionBudget', 'cert-manager').map(({ object }) => [object.metadata.name, object.spec.minAvailable]).sort();
    expect(budgets(rendered)).toEqual([
      ['cert-manager', 1],
      ['cert-manager-cainjector', 1],
      ['cert-manager-webhook', 1],
    ]);
    expect(budgets(small)).toEqual([]);
    // A component of one replica has no budget beside others that have one.
    const values = sizedValues();
    expect([values.podDisruptionBudget, values.webhook.podDisruptionBudget, values.cainjector.podDisruptionBudget]).toEqual([expect.objectContaining({ enabled: true }), expect.objectContaining({ enabled: true }), expect.objectContaining({ enabled: false })]);
  });

  test('runs no startupapicheck hook after every sync', () => {
    expect(objectsOfKind(rendered, 'Job', 'cert-manager')).toEqual([]);
  });

  test('keeps its leader-election leases in its own namespace', () => {
    expect(deployment('cert-manager').spec.template.spec.containers[0].args).toContain('--leader-election-namespace=cert-manager');
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
    expect(issuer.spec.acme.email).toBe(baseConfig().acme.email);
    expect(issuer.spec.acme.privateKeySecretRef).toEqual({ name: `${name}-account-key` });
    expect(issuer.spec.acme.solvers).toEqual([{ http01: { ingress: { ingressClassName: 'kong', podTemplate: { spec: { nodeSelector: pinned } } } } }]);
  });

  test('its own objects are the two issuers; everything else comes from the chart (and the policy opening its webhook)', () => {
    const own = [...filesUnder(rendered, 'dist/unit/cert-manager').values()]
      .flat()
      .filter((object) => !object.metadata.labels?.['helm.sh/chart'] && object.kind !== 'NetworkPolicy');
    expect(own.map((object) => object.metadata.name)).toEqual(['letsencrypt-prod', 'letsencrypt-staging']);
  });

  test('snapshot', () => {
    expect(objectAt(rendered, 'dist/unit/cert-manager/clusterissuer-letsencrypt-prod.yaml')).toMatchSnapshot();
    expect(app).toMatchSnapshot();
  });
});
