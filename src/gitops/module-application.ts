import { Construct } from 'constructs';
import { Application } from '../../imports/argocd-argoproj.io';
import type { PlatformModule } from '../platform/module';
import { ARGOCD_NAMESPACE, CASCADE_FINALIZER, environmentPath, IN_CLUSTER, SYNC_RETRY, SYNC_WAVE_ANNOTATION } from './conventions';

export interface ModuleApplicationProps {
  /** The module this Application delivers. */
  readonly module: PlatformModule;
  /** The module's sync wave. */
  readonly wave: number;
}

/**
 * The child Application of one module: its folder of the rendered tree (its own objects and its hydrated upstream
 * sources), a plain directory of the platform repository, synced automatically in the module's wave.
 */
export class ModuleApplication extends Construct {
  constructor(scope: Construct, id: string, props: ModuleApplicationProps) {
    super(scope, id);
    const { module, wave } = props;
    const { config, environment } = module.platform;
    const syncOptions = ['CreateNamespace=false'];
    if (module.sync.serverSideApply) syncOptions.push('ServerSideApply=true');
    if (module.sync.skipDryRunOnMissingResource) syncOptions.push('SkipDryRunOnMissingResource=true');

    new Application(this, 'Application', {
      metadata: {
        name: module.id,
        namespace: ARGOCD_NAMESPACE,
        annotations: { [SYNC_WAVE_ANNOTATION]: String(wave) },
        finalizers: [CASCADE_FINALIZER],
      },
      spec: {
        project: config.gitops.project,
        // Argo CD refuses an Application without a destination namespace in a project that lists namespaces; a
        // module of cluster-scoped objects (whose namespaced objects name their namespace) gets Argo CD's own.
        destination: { server: IN_CLUSTER, namespace: module.destinationNamespace ?? ARGOCD_NAMESPACE },
        source: {
          repoUrl: config.gitops.repoURL,
          targetRevision: config.gitops.revision,
          path: `${environmentPath(config.gitops.path, environment.name)}/${module.id}`,
        },
        syncPolicy: {
          automated: { prune: true, selfHeal: true },
          syncOptions,
          retry: SYNC_RETRY,
        },
      },
    });
  }
}
