import { GeneratedSecret } from '../src/lib/generated-secret';
import { SharedSecret } from '../src/lib/shared-secret';
import { PlatformModule } from '../src/platform/module';
import { PULLING_NAMESPACES } from '../src/config/registry';
import { MODULES } from '../src/modules/registry';
import { baseConfig, chartValues, findObject, fixtureModule, objectsOfKind, ownObjects, renderTestEnvironment, renderUnit, testEnvironmentConfig } from './support';

/** The pull secrets of the Kong gateway's pods. */
const gatewayPullSecrets = (rendered: ReturnType<typeof renderUnit>) => findObject(rendered, 'DaemonSet', 'kong-gateway', 'kong').spec.template.spec.imagePullSecrets ?? [];

/**
 * The test environment's configuration: its registry credentials are a docker config kept in the cluster's secret
 * store (production's are ECR tokens). Its charts are the ones `npm run synth` renders.
 */
const stored = (pullSecretNamespaces?: string[]) => {
  const config = testEnvironmentConfig();
  config.registry.pullSecretNamespaces = pullSecretNamespaces;
  return config;
};

describe('external-secrets module', () => {
  // Production's environment (ECR pull secrets, two replicas of each component) and the test environment's (one of
  // each, a stored docker config): both are what `npm run synth` renders.
  const rendered = renderUnit();
  const small = renderTestEnvironment();
  const pinned = { 'system-tag': 'world-cereal-system' };

  test.each([
    ['external-secrets', 'controllerReplicas', (values: Record<string, any>) => values],
    ['external-secrets-webhook', 'webhookReplicas', (values: Record<string, any>) => values.webhook],
    ['external-secrets-cert-controller', 'certControllerReplicas', (values: Record<string, any>) => values.certController],
  ])('%s: sized from configuration, pinned to the system nodes, spread over them', (name, field, component) => {
    // Each size reaches its own component's values (three different sizes)...
    const sizes = { controllerReplicas: 2, webhookReplicas: 3, certControllerReplicas: 1 };
    expect(component(chartValues({ ...baseConfig(), externalSecrets: sizes }, 'external-secrets', 'external-secrets')).replicaCount).toBe(sizes[field as keyof typeof sizes]);
    // ...and the chart sizes the component's Deployment from them, in both environments.
    for (const [environment, config] of [[rendered, baseConfig()], [small, testEnvironmentConfig()]] as const) {
      const deployment = findObject(environment, 'Deployment', name, 'external-secrets');
      expect(deployment.spec.replicas).toBe(config.externalSecrets[field]);
      expect(deployment.spec.template.spec.nodeSelector).toEqual(pinned);
      expect(deployment.spec.template.spec.topologySpreadConstraints).toEqual([
        { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: { 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': 'external-secrets' } } },
      ]);
    }
  });

  test('installs its CRDs, elects a leader among controller replicas, and budgets where there is a replica to spare', () => {
    expect(findObject(rendered, 'CustomResourceDefinition', 'externalsecrets.external-secrets.io').spec.group).toBe('external-secrets.io');
    const controllerArgs = (environment: typeof rendered) => findObject(environment, 'Deployment', 'external-secrets', 'external-secrets').spec.template.spec.containers[0].args;
    expect(controllerArgs(rendered)).toContain('--enable-leader-election=true');
    expect(controllerArgs(small)).not.toContain('--enable-leader-election=true');
    const budgets = (environment: typeof rendered) => objectsOfKind(environment, 'PodDisruptionBudget', 'external-secrets').map(({ object }) => object.metadata.name).sort();
    expect(budgets(rendered)).toEqual(['external-secrets-cert-controller-pdb', 'external-secrets-pdb', 'external-secrets-webhook-pdb']);
    expect(budgets(small)).toEqual([]);
    // A component of one replica has no budget beside others that have one.
    const mixed = chartValues({ ...baseConfig(), externalSecrets: { controllerReplicas: 2, webhookReplicas: 3, certControllerReplicas: 1 } }, 'external-secrets', 'external-secrets');
    expect([mixed.podDisruptionBudget, mixed.webhook.podDisruptionBudget, mixed.certController.podDisruptionBudget]).toEqual([expect.objectContaining({ enabled: true }), expect.objectContaining({ enabled: true }), expect.objectContaining({ enabled: false })]);
  });

  test('its webhook certificate Secret is rendered empty: the cert controller fills it in the cluster', () => {
    const secret = findObject(rendered, 'Secret', 'external-secrets-webhook', 'external-secrets');
    expect(secret.data).toBeUndefined();
  });

  test('ECR pull secrets: one cluster generator, a refreshed dockerconfigjson in each pulling namespace', () => {
    const generator = findObject(rendered, 'ClusterGenerator', 'registry-token');
    expect(generator.spec).toEqual({
      kind: 'ECRAuthorizationToken',
      generator: {
        ecrAuthorizationTokenSpec: {
          region: 'eu-central-1',
          auth: {
            secretRef: {
              accessKeyIDSecretRef: { name: 'ecr-credentials', key: 'access-key-id', namespace: 'external-secrets' },
              secretAccessKeySecretRef: { name: 'ecr-credentials', key: 'secret-access-key', namespace: 'external-secrets' },
            },
          },
        },
      },
    });
    const pullSecrets = objectsOfKind(rendered, 'ExternalSecret').filter(({ object }) => object.metadata.name === 'aws-registry');
    expect(pullSecrets.map(({ object }) => object.metadata.namespace).sort()).toEqual(['keycloak', 'kong', 'logging', 'monitoring', 'rdm', 'vdm', 'wctiler']);
    const kong = findObject(rendered, 'ExternalSecret', 'aws-registry', 'kong');
    expect(kong.spec.refreshInterval).toBe('6h');
    expect(kong.spec.dataFrom[0].sourceRef.generatorRef).toEqual({ apiVersion: 'generators.external-secrets.io/v1alpha1', kind: 'ClusterGenerator', name: 'registry-token' });
    expect(kong.spec.target.template.type).toBe('kubernetes.io/dockerconfigjson');
    expect(JSON.parse(kong.spec.target.template.data['.dockerconfigjson'].replace(/{{.*?}}/g, 'X'))).toEqual({ auths: { '123456789012.dkr.ecr.eu-central-1.amazonaws.com': { auth: 'X' } } });
  });

  test('a stored docker config is copied from the configured store into the listed namespaces', () => {
    const other = renderUnit(stored(['kong', 'rdm', 'wctiler']));
    expect(objectsOfKind(other, 'ClusterGenerator')).toEqual([]);
    const rdm = findObject(other, 'ExternalSecret', 'registry-credentials', 'rdm');
    expect(rdm.spec.secretStoreRef).toEqual({ kind: 'ClusterSecretStore', name: 'platform-vault' });
    expect(rdm.spec.data).toEqual([{ secretKey: '.dockerconfigjson', remoteRef: { key: 'registry/worldcereal', property: '.dockerconfigjson' } }]);
    expect(objectsOfKind(other, 'ExternalSecret').filter(({ object }) => object.metadata.name === 'registry-credentials').map(({ object }) => object.metadata.namespace).sort()).toEqual(['kong', 'rdm', 'wctiler']);
    expect(gatewayPullSecrets(other)).toEqual([{ name: 'registry-credentials' }]);
  });

  test('without registry credentials there is no pull secret, and pods pull without one', () => {
    const none = { ...baseConfig(), registry: { host: '123456789012.dkr.ecr.eu-central-1.amazonaws.com' } };
    expect(ownObjects(none).filter((object) => object.kind === 'ExternalSecret' && object.metadata.name === 'aws-registry')).toEqual([]);
    // The gateway's values name no pull secret; production's render shows the chart giving the gateway those named.
    const pullSecrets = (config: Record<string, any>) => chartValues(config, 'kong', 'ingress').gateway.image.pullSecrets;
    expect(pullSecrets(none)).toEqual([]);
    expect(pullSecrets(baseConfig())).toEqual(['aws-registry']);
    expect(gatewayPullSecrets(rendered).map(({ name }: { name: string }) => name)).toEqual(pullSecrets(baseConfig()));
  });

  test('a namespace that pulls private images must be listed', () => {
    expect(() => renderUnit(stored(['rdm']))).toThrow(
      'unit.yaml: registry.pullSecretNamespaces: namespace "kong" pulls private images but is not listed',
    );
    // The test environment leaves the logging module out, and with it the logging namespace.
    const deployed = PULLING_NAMESPACES.filter((namespace) => namespace !== 'logging');
    expect(() => renderUnit(stored([...deployed, 'default']))).toThrow(`unit.yaml: registry.pullSecretNamespaces[${deployed.length}]: "default" is not a namespace of this environment's modules`);
  });

  test('a store shares a namespace read-only, for the shared secrets and the namespaces they were shared with only', () => {
    const store = findObject(rendered, 'ClusterSecretStore', 'keycloak-secrets');
    // Opened to exactly the namespaces whose ExternalSecrets read through it, whichever modules they belong to.
    const readers = objectsOfKind(rendered, 'ExternalSecret').filter(({ object }) => object.spec.secretStoreRef?.name === 'keycloak-secrets');
    expect(readers.length).toBeGreaterThan(0);
    expect(store.spec.conditions).toEqual([{ namespaces: [...new Set(readers.map(({ object }) => object.metadata.namespace))].sort() }]);
    expect(store.spec.provider.kubernetes).toEqual({
      remoteNamespace: 'keycloak',
      server: { caProvider: { type: 'ConfigMap', name: 'kube-root-ca.crt', key: 'ca.crt', namespace: 'external-secrets' } },
      auth: { serviceAccount: { name: 'shared-secrets-keycloak', namespace: 'external-secrets' } },
    });
    const role = findObject(rendered, 'Role', 'shared-secrets-keycloak', 'keycloak');
    const shared = [...new Set(readers.map(({ object }) => object.spec.data.map((d: any) => d.remoteRef.key)).flat())].sort();
    expect(shared).toContain('oidc-client-rdm');
    expect(role.rules).toEqual([{ apiGroups: [''], resources: ['secrets'], resourceNames: shared, verbs: ['get', 'list', 'watch'] }]);
    const binding = findObject(rendered, 'RoleBinding', 'shared-secrets-keycloak', 'keycloak');
    expect(binding.subjects).toEqual([{ kind: 'ServiceAccount', name: 'shared-secrets-keycloak', namespace: 'external-secrets' }]);
  });

  test('snapshot', () => {
    // Without the consumer namespaces, which other modules decide (checked above as a property).
    const { conditions, ...spec } = findObject(rendered, 'ClusterSecretStore', 'sysdb-secrets').spec;
    expect(conditions).toHaveLength(1);
    expect(spec).toMatchSnapshot();
  });
});

describe('generated and shared secrets', () => {
  const Consumer = fixtureModule('consumer', 'vdm', (module) => {
    const token = new GeneratedSecret(module, 'token', {
      namespace: 'vdm',
      name: 'vdm-token',
      passwords: ['token', 'salt'],
      length: 48,
      type: 'kubernetes.io/basic-auth',
      template: { username: 'vdm', 'config.json': '{"token": {{ .token | toJson }}}' },
    });
    new SharedSecret(module, 'copy', { source: token, namespace: 'wctiler', keys: ['token'], template: { header: 'Bearer {{ .token }}' } });
  });
  const rendered = renderUnit(undefined, [...MODULES, Consumer]);

  test('a generated secret is produced once in the cluster, immutable, and outlives its ExternalSecret', () => {
    const generator = findObject(rendered, 'Password', 'vdm-token-generator', 'vdm');
    expect(generator.spec).toEqual({ length: 48, digits: 8, symbols: 0, noUpper: false, allowRepeat: true, secretKeys: ['token', 'salt'] });
    const secret = findObject(rendered, 'ExternalSecret', 'vdm-token', 'vdm');
    expect(secret.spec).toEqual({
      refreshPolicy: 'CreatedOnce',
      target: {
        name: 'vdm-token',
        creationPolicy: 'Orphan',
        immutable: true,
        template: { type: 'kubernetes.io/basic-auth', engineVersion: 'v2', mergePolicy: 'Merge', data: { username: 'vdm', 'config.json': '{"token": {{ .token | toJson }}}' } },
      },
      dataFrom: [{ sourceRef: { generatorRef: { apiVersion: 'generators.external-secrets.io/v1alpha1', kind: 'Password', name: 'vdm-token-generator' } } }],
    });
  });

  test('a shared copy reads the source through its namespace store and follows it', () => {
    const copy = findObject(rendered, 'ExternalSecret', 'vdm-token', 'wctiler');
    expect(copy.spec.secretStoreRef).toEqual({ kind: 'ClusterSecretStore', name: 'vdm-secrets' });
    expect(copy.spec.refreshPolicy).toBe('Periodic');
    expect(copy.spec.data).toEqual([{ secretKey: 'token', remoteRef: { key: 'vdm-token', property: 'token' } }]);
    expect(copy.spec.target.template.data).toEqual({ header: 'Bearer {{ .token }}' });
    expect(findObject(rendered, 'ClusterSecretStore', 'vdm-secrets').spec.conditions).toEqual([{ namespaces: ['wctiler'] }]);
    expect(rendered.waves.get('consumer')).toBeGreaterThan(rendered.waves.get('external-secrets') as number);
  });

  test.each<[string, (module: PlatformModule, token: GeneratedSecret) => void, string]>([
    ['an unknown key', (m, token) => new SharedSecret(m, 'copy', { source: token, namespace: 'wctiler', keys: ['secret'] }), 'consumer/token: secret vdm/vdm-token has no key "secret" (keys: password)'],
    ['a copy into the same namespace', (m, token) => new SharedSecret(m, 'copy', { source: token, namespace: 'vdm' }), 'consumer/copy: vdm/vdm-token is already in namespace vdm; use it directly'],
  ])('%s is an error', (_name, misuse, message) => {
    const Misuse = fixtureModule('consumer', 'vdm', (module) => {
      misuse(module, new GeneratedSecret(module, 'token', { namespace: 'vdm', name: 'vdm-token' }));
    });
    expect(() => renderUnit(undefined, [...MODULES, Misuse])).toThrow(message);
  });
});
