import { Chart } from 'cdk8s';
import { AppProject, Application } from '../../imports/argocd-argoproj.io';
import type { GroupKind } from '../platform/upstream-sources';
import type { Platform } from '../platform/platform';
import { ARGOCD_NAMESPACE, environmentPath, IN_CLUSTER, rootApplicationName, SYNC_RETRY } from './conventions';

export interface BootstrapProps {
  /** Namespaces the platform's Applications may deploy to. */
  readonly namespaces: readonly string[];
  /** Cluster-scoped kinds the modules create. */
  readonly clusterResources: readonly GroupKind[];
}

/**
 * What an operator applies once per cluster (argocd/<environment>.yaml): the AppProject that confines the platform
 * to its git repository (upstream charts are rendered into it: no chart repository is needed), its namespaces and
 * the cluster-scoped kinds it renders, and the root Application that syncs the child Applications in
 * dist/<environment>/apps.
 */
export class Bootstrap extends Chart {
  constructor(platform: Platform, props: BootstrapProps) {
    super(platform.app, 'bootstrap', { disableResourceNameHashes: true, labels: { 'app.kubernetes.io/part-of': 'ewoc-platform' } });
    const { config, environment } = platform;
    const project = config.gitops.project;

    new AppProject(this, 'project', {
      metadata: { name: project, namespace: ARGOCD_NAMESPACE },
      spec: {
        description: `WorldCereal platform services (${environment.name})`,
        sourceRepos: [config.gitops.repoURL],
        destinations: props.namespaces.map((namespace) => ({ server: IN_CLUSTER, namespace })),
        clusterResourceWhitelist: props.clusterResources.map(({ group, kind }) => ({ group, kind })),
      },
    });

    new Application(this, 'root', {
      metadata: { name: rootApplicationName(environment.name), namespace: ARGOCD_NAMESPACE },
      spec: {
        project,
        source: {
          repoUrl: config.gitops.repoURL,
          targetRevision: config.gitops.revision,
          path: `${environmentPath(config.gitops.path, environment.name)}/apps`,
        },
        destination: { server: IN_CLUSTER, namespace: ARGOCD_NAMESPACE },
        syncPolicy: { automated: { prune: true, selfHeal: true }, retry: SYNC_RETRY },
      },
    });
  }
}
