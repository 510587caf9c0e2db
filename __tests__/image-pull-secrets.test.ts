import { PlatformModule } from '../src/platform/module';
import type { Platform } from '../src/platform/platform';
import { ExternalSecretsModule } from '../src/modules/external-secrets/external-secrets-module';
import { MODULES } from '../src/modules/registry';
import { findMissingPullSecrets } from '../src/platform/image-pull-secrets';
import { NamespacesModule } from '../src/modules/namespaces/namespaces-module';
import { baseConfig, pinnedDeployment, renderUnit } from './support';

const REGISTRY = baseConfig().registry.host;

/** A module in `namespace` running one pod of `image`, with the pull secrets `pullSecrets` gives it. */
const puller = (namespace: string, image: string, pullSecrets: (module: PlatformModule) => string[] = () => []) =>
  class Puller extends PlatformModule {
    static readonly id = 'puller';
    constructor(platform: Platform) {
      super(platform, { namespace });
      pinnedDeployment(this, namespace, 'app', [{ name: 'app', image }], { imagePullSecrets: pullSecrets(this).map((name) => ({ name })) });
    }
  };

describe('image pull secrets', () => {
  test('a pod pulling from the platform registry without the pull secret is refused, naming the container and the fix', () => {
    expect(() => renderUnit(undefined, [NamespacesModule, puller('rdm', `${REGISTRY}/app:1.0.0`)])).toThrow(
      `dist/unit/puller/deployment-app.yaml: Deployment app: spec.template.spec: container app pulls ${REGISTRY}/app:1.0.0 from the platform registry without the pull secret aws-registry; add ExternalSecretsModule.imagePullSecrets("rdm") to the pod`,
    );
  });

  test('a pod naming the pull secret where nothing makes it is refused', () => {
    expect(() => renderUnit(undefined, [NamespacesModule, puller('sysdb', `${REGISTRY}/app:1.0.0`, () => ['aws-registry'])])).toThrow(
      'dist/unit/puller/deployment-app.yaml: Deployment app: spec.template.spec.imagePullSecrets: names aws-registry, which nothing makes in namespace sysdb; list the namespace in registry.pullSecretNamespaces',
    );
  });

  test('a ServiceAccount naming the pull secret where nothing makes it is refused; only an External Secrets ExternalSecret makes it', () => {
    const registry = { host: 'registry.example.org/x', pullSecretName: 'pull', pullSecret: { provider: 'ecr', region: 'eu-central-1' } } as any;
    const at = (file: string, object: Record<string, any>) => ({ file, object: { metadata: { namespace: 'rdm' }, ...object } });
    const pod = at('dist/unit/m/pod-app.yaml', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'app', namespace: 'rdm' }, spec: { serviceAccountName: 'app', containers: [{ name: 'app', image: 'registry.example.org/x/app:1' }] } });
    const account = at('dist/unit/m/serviceaccount-app.yaml', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'app', namespace: 'rdm' }, imagePullSecrets: [{ name: 'pull' }] });
    const externalSecret = (apiVersion: string) => at('dist/unit/m/externalsecret-pull.yaml', { apiVersion, kind: 'ExternalSecret', metadata: { name: 'pull', namespace: 'rdm' } });
    const refused = 'dist/unit/m/pod-app.yaml: Pod app: spec.serviceAccountName: ServiceAccount rdm/app: names pull, which nothing makes in namespace rdm; list the namespace in registry.pullSecretNamespaces';
    expect(findMissingPullSecrets([pod, account], registry)).toEqual([refused]);
    expect(findMissingPullSecrets([pod, account, externalSecret('example.org/v1')], registry)).toEqual([refused]);
    expect(findMissingPullSecrets([pod, account, externalSecret('external-secrets.io/v1')], registry)).toEqual([]);
  });

  test('the pull secret from ExternalSecretsModule, an image of another registry, or no registry credentials at all pass', () => {
    const withSecret = renderUnit(undefined, [...MODULES, puller('rdm', `${REGISTRY}/app:1.0.0`, (module) => module.use(ExternalSecretsModule).imagePullSecrets('rdm'))]);
    expect(withSecret.tree.get('dist/unit/puller/deployment-app.yaml')?.[0].spec.template.spec.imagePullSecrets).toEqual([{ name: 'aws-registry' }]);
    expect(() => renderUnit(undefined, [...MODULES, puller('rdm', 'docker.io/library/nginx:1.27.3')])).not.toThrow();
    const { pullSecret, ...registry } = baseConfig().registry;
    expect(pullSecret).toBeDefined();
    // Beside the namespaces alone: with every module, Kong's chart would render anew without credentials.
    expect(() => renderUnit({ ...baseConfig(), registry }, [NamespacesModule, puller('rdm', `${REGISTRY}/app:1.0.0`)])).not.toThrow();
  });
});
