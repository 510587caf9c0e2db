import { k8s } from 'cdk8s-plus-26';
import { KEEP_DATA, SYNC_OPTIONS_ANNOTATION } from '../../gitops/conventions';
import { PlatformError } from '../../platform/errors';
import { PlatformModule } from '../../platform/module';
import type { Platform } from '../../platform/platform';

/**
 * The ten namespaces of the original deployment, plus argocd and external-secrets: created even before the modules
 * that will use them exist, so pull secrets and recovered volumes can be placed there. A module deploying into
 * another namespace gets it created as well; an object in a namespace no module deploys to fails synth.
 */
export const PLATFORM_NAMESPACES = [
  'argo',
  'argocd',
  'cert-manager',
  'external-secrets',
  'keycloak',
  'kong',
  'logging',
  'monitoring',
  'rdm',
  'sysdb',
  'vdm',
  'wctiler',
] as const;

/** Namespaces every cluster has, which the platform must neither create nor own. */
const KUBERNETES_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

/** Creates the namespaces; every module deploying into one of them syncs after this. */
export class NamespacesModule extends PlatformModule {
  static readonly id = 'namespaces';
  static readonly summary = "the platform's namespaces, never pruned";

  private readonly created = new Set<string>();

  constructor(platform: Platform) {
    super(platform);
    for (const name of PLATFORM_NAMESPACES) this.create(name);
  }

  /** Also creates the namespace of every module deploying to one not listed: a new module brings its own. */
  override completeWith(modules: readonly PlatformModule[]): void {
    for (const module of modules) {
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
  }

  override get providedNamespaces(): readonly string[] {
    return [...this.created];
  }

  /** Whether `name` is one of the platform's namespaces. */
  has(name: string): boolean {
    return this.created.has(name);
  }
}
