import { chartDisruptionBudget } from '../../platform/disruption-budget';
import { ConfigFieldError } from '../../platform/errors';
import { PlatformModule } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import type { SecretSource } from '../../lib/secret-source';
import { PULLING_NAMESPACES } from '../../config/registry';
import { NamespacesModule } from '../namespaces/namespaces-module';
import { EXTERNAL_SECRETS_CHART } from './chart';
import type { ExternalSecretsComponentValues, ExternalSecretsValues } from './external-secrets-values';
import { NamespaceSecretStore } from './namespace-secret-store';
import { RegistryPullSecrets } from './registry-pull-secret';
import { EXTERNAL_SECRETS_SETTINGS } from './settings';

const NAMESPACE = 'external-secrets';

/**
 * The External Secrets Operator, which produces every Secret of the platform in the cluster: generated passwords
 * (see GeneratedSecret), copies across namespaces (SharedSecret, through the stores kept here), and the image pull
 * secrets of the private registry.
 */
export class ExternalSecretsModule extends PlatformModule {
  static readonly id = 'external-secrets';
  static readonly summary = 'External Secrets Operator (HA); registry pull secrets; the stores that share secrets across namespaces';
  static readonly settings = EXTERNAL_SECRETS_SETTINGS;

  private readonly stores = new Map<string, NamespaceSecretStore>();
  private readonly namespaces: NamespacesModule;

  constructor(platform: Platform) {
    // Its CRDs are too large for client-side apply; its own stores and generators arrive with them.
    super(platform, { namespace: NAMESPACE, sync: { serverSideApply: true, skipDryRunOnMissingResource: true } });
    // Generators only describe how to make a value: the ExternalSecret using one is what Argo CD waits for.
    this.declareReadyWhenApplied('generators.external-secrets.io_Password', 'its CRD has no status');
    this.declareReadyWhenApplied('generators.external-secrets.io_ClusterGenerator', 'its CRD has no status');
    const sizes = this.settingsOf(EXTERNAL_SECRETS_SETTINGS);
    const component = (replicaCount: number): ExternalSecretsComponentValues => ({
      replicaCount,
      ...this.placement.values(),
      // The chart fills in the spread's selector with each component's labels.
      topologySpreadConstraints: this.placement.spreadOverNodes(),
      podDisruptionBudget: chartDisruptionBudget(replicaCount),
    });
    const values: ExternalSecretsValues = {
      installCRDs: true,
      leaderElect: sizes.controllerReplicas > 1 || sizes.certControllerReplicas > 1,
      ...component(sizes.controllerReplicas),
      webhook: component(sizes.webhookReplicas),
      certController: component(sizes.certControllerReplicas),
    };
    this.addHelmChart({ chart: EXTERNAL_SECRETS_CHART, values });

    this.namespaces = this.use(NamespacesModule);
  }

  /**
   * The pull secrets, once the environment's namespaces are known: in each namespace listed, which must be one a
   * module deploys to, or by default in those of the original's pulling namespaces that are rendered.
   */
  override completeWith(): void {
    const { registry } = this.config;
    registry.pullSecretNamespaces?.forEach((namespace, index) => {
      if (!this.namespaces.has(namespace)) {
        throw new ConfigFieldError(`registry.pullSecretNamespaces[${index}]`, `"${namespace}" is not a namespace of this environment's modules (namespaces: ${this.namespaces.namespacesOf().join(', ')})`);
      }
    });
    const { pullSecret } = registry;
    if (pullSecret) {
      const namespaces = registry.pullSecretNamespaces ?? PULLING_NAMESPACES.filter((namespace) => this.namespaces.has(namespace));
      new RegistryPullSecrets(this, 'registry', { registry: { ...registry, pullSecret }, namespaces, operatorNamespace: NAMESPACE });
    }
  }

  /**
   * The ClusterSecretStore through which `consumerNamespace` may copy `source`, opened for it. One store per source
   * namespace; it reads only the secrets shared through it, for only the namespaces they were shared with.
   */
  openSecretStore(source: SecretSource, consumerNamespace: string): string {
    let store = this.stores.get(source.namespace);
    if (!store) {
      store = new NamespaceSecretStore(this, `share-${source.namespace}`, { sourceNamespace: source.namespace, operatorNamespace: NAMESPACE });
      this.stores.set(source.namespace, store);
    }
    store.share(source.name, consumerNamespace);
    return store.storeName;
  }

  /**
   * Image pull secrets for pods in `namespace` that pull from the private registry: the pull secret's name, or none
   * when no registry credentials are configured. A namespace missing from registry.pullSecretNamespaces is an error.
   */
  imagePullSecrets(namespace: string): string[] {
    const { registry } = this.config;
    if (!registry.pullSecret) return [];
    if (!(registry.pullSecretNamespaces ?? PULLING_NAMESPACES).includes(namespace)) {
      throw new ConfigFieldError('registry.pullSecretNamespaces', `namespace "${namespace}" pulls private images but is not listed`);
    }
    return [registry.pullSecretName];
  }
}
