import { k8s } from 'cdk8s-plus-26';
import { KEEP_DATA, SYNC_OPTIONS_ANNOTATION } from '../../gitops/conventions';
import { PlatformModule } from '../../platform/module';
import type { Platform } from '../../platform/platform';

/**
 * The platform's namespaces: the ten of the original deployment, plus argocd and external-secrets. Other modules
 * deploy only into these; a module naming another namespace fails synth.
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

export type PlatformNamespace = (typeof PLATFORM_NAMESPACES)[number];

/** Creates the namespaces; every module deploying into one of them syncs after this. */
export class NamespacesModule extends PlatformModule {
  static readonly id = 'namespaces';

  constructor(platform: Platform) {
    super(platform);
    for (const name of PLATFORM_NAMESPACES) {
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
  }

  override get providedNamespaces(): readonly string[] {
    return PLATFORM_NAMESPACES;
  }

  /** Whether `name` is one of the platform's namespaces. */
  has(name: string): name is PlatformNamespace {
    return (PLATFORM_NAMESPACES as readonly string[]).includes(name);
  }
}
