import { ApiObject, ApiObjectProps } from 'cdk8s';
import { k8s } from 'cdk8s-plus-26';
import { defaultDenyIngress } from '../../platform/network/network-policies';
import { KEEP_DATA, SYNC_OPTIONS_ANNOTATION } from '../../gitops/conventions';
import { PlatformError } from '../../platform/errors';
import { PlatformModule } from '../../platform/module';

/** Namespaces every cluster has, which the platform must neither create nor own. */
const KUBERNETES_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

/**
 * Creates the namespace of every module the environment renders, closed to ingress, and no other: a module left out leaves no
 * namespace behind unless another module deploys there too. Every module deploying into one syncs after this.
 */
export class NamespacesModule extends PlatformModule {
  static readonly id = 'namespaces';
  static readonly summary = "the platform's namespaces, never pruned";

  private readonly created = new Set<string>();

  override completeWith(modules: readonly PlatformModule[]): void {
    for (const module of [...modules].sort((a, b) => (a.destinationNamespace ?? '').localeCompare(b.destinationNamespace ?? ''))) {
      const namespace = module.destinationNamespace;
      if (!namespace || this.created.has(namespace)) continue;
      if (KUBERNETES_NAMESPACES.includes(namespace)) {
        throw new PlatformError(`module "${module.id}": namespace "${namespace}" belongs to Kubernetes; deploy into a namespace of the platform's own`);
      }
      this.create(namespace);
    }
  }

  private create(name: string): void {
    this.created.add(name);
    new k8s.KubeNamespace(this, name, {
        metadata: {
          name,
          labels: {
            // Reports (does not block) pods that a baseline policy would refuse, so drift shows before enforcing.
            'pod-security.kubernetes.io/warn': 'baseline',
            'pod-security.kubernetes.io/audit': 'baseline',
          },
          // Deleting a namespace deletes everything in it, data included: Argo CD must never do that.
        annotations: { [SYNC_OPTIONS_ANNOTATION]: KEEP_DATA },
      },
    });
    // Born closed: what may come in is what the modules' allowances open (see src/platform/network/).
    new ApiObject(this, `${name}-default-deny-ingress`, defaultDenyIngress(name) as ApiObjectProps);
  }

  override get providedNamespaces(): readonly string[] {
    return [...this.created];
  }

  /**
   * Whether `name` is a namespace of the environment's modules. Known once every module is built: ask from
   * `completeWith`.
   */
  has(name: string): boolean {
    return this.namespacesOf().includes(name);
  }

  /** The namespaces of the environment's modules, sorted; known once every module is built. */
  namespacesOf(): string[] {
    return [...new Set(this.platform.modules.flatMap((module) => module.destinationNamespace ?? []))].sort();
  }
}
