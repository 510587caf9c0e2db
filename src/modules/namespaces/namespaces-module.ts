import { k8s } from 'cdk8s-plus-26';
import { NamespacePodSecurity, namespacePodSecurity } from '../../platform/namespace-pod-security';
import { KEEP_DATA, SYNC_OPTIONS_ANNOTATION } from '../../gitops/conventions';
import { PlatformError } from '../../platform/errors';
import { PlatformModule } from '../../platform/module';

const RESTRICTED: NamespacePodSecurity = { pods: 'restricted', enforced: 'restricted', reasons: [] };

/** Says on a namespace why it enforces a Pod Security level below restricted. */
export const POD_SECURITY_REASON_ANNOTATION = 'ewoc-platform.io/pod-security-reason';

/**
 * What a container that asks for nothing is given in every platform namespace: a pod without requests is
 * BestEffort, placed without regard to what it uses and evicted first when its node runs short, and most upstream
 * charts ask for nothing by default. No default limit: a guessed one would kill a busy controller.
 */
const DEFAULT_CONTAINER_REQUESTS = { cpu: k8s.Quantity.fromString('50m'), memory: k8s.Quantity.fromString('64Mi') };

/** Namespaces every cluster has, which the platform must neither create nor own. */
const KUBERNETES_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

/**
 * Creates the namespace of every module the environment renders, and no other: a module left out leaves no
 * namespace behind unless another module deploys there too, each with the requests its containers get by default.
 * Every module deploying into one syncs after this.
 */
export class NamespacesModule extends PlatformModule {
  static readonly id = 'namespaces';
  static readonly summary = "the platform's namespaces, never pruned, each giving containers that ask for nothing a CPU and memory request";

  private readonly created = new Set<string>();

  override completeWith(modules: readonly PlatformModule[]): void {
    const podSecurity = namespacePodSecurity(modules);
    const owned = modules.flatMap((module) => module.ownNamespaces.map((namespace) => ({ module, namespace })));
    for (const { module, namespace } of owned.sort((a, b) => a.namespace.localeCompare(b.namespace))) {
      if (this.created.has(namespace)) continue;
      if (KUBERNETES_NAMESPACES.includes(namespace)) {
        throw new PlatformError(`module "${module.id}": namespace "${namespace}" belongs to Kubernetes; deploy into a namespace of the platform's own`);
      }
      this.create(namespace, podSecurity.get(namespace) ?? RESTRICTED);
    }
  }

  private create(name: string, podSecurity: NamespacePodSecurity): void {
    this.created.add(name);
    const annotations: Record<string, string> = { [SYNC_OPTIONS_ANNOTATION]: KEEP_DATA };
    if (podSecurity.reasons.length > 0) annotations[POD_SECURITY_REASON_ANNOTATION] = podSecurity.reasons.join('; ');
    new k8s.KubeNamespace(this, name, {
      metadata: {
        name,
        labels: {
          // Pods below the level are refused; warnings and audit name what would not meet restricted.
          'pod-security.kubernetes.io/enforce': podSecurity.enforced,
          'pod-security.kubernetes.io/warn': 'restricted',
          'pod-security.kubernetes.io/audit': 'restricted',
        },
        // Deleting a namespace deletes everything in it, data included: Argo CD must never do that.
        annotations,
      },
    });
    new k8s.KubeLimitRange(this, `${name}-default-requests`, {
      metadata: { name: 'default-requests', namespace: name },
      spec: {
        limits: [
          {
            type: 'Container',
            defaultRequest: DEFAULT_CONTAINER_REQUESTS,
          },
        ],
      },
    });
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
    return [...new Set(this.platform.modules.flatMap((module) => module.ownNamespaces))].sort();
  }
}
