import { CRDS_AND_CLUSTER_RBAC } from '../../platform/upstream-sources';
import { PlatformModule } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import { APPLICATION_HEALTH_KEY, APPLICATION_HEALTH_LUA } from './application-health';
import type { ArgoCdValues } from './argocd-values';

/**
 * Argo CD managing itself with the argo-cd chart. The release name matches the bootstrap `helm install argocd`, so
 * this Application adopts the running install. HA mode runs redis-ha (needs 3 system nodes) and replicated servers.
 */
export class ArgoCdModule extends PlatformModule {
  static readonly id = 'argocd';

  constructor(platform: Platform) {
    // The chart's CRDs (ApplicationSet's is over 256 KiB) only fit server-side apply.
    super(platform, { namespace: 'argocd', sync: { serverSideApply: true } });
    const sizes = this.config.argocd;
    const values: ArgoCdValues = {
      // Reaches every Argo CD component but the redis-ha subchart, which takes its own below.
      global: this.placement.values(),
      crds: { install: true, keep: true },
      // Single sign-on goes to Keycloak directly (OIDC), not through Dex.
      dex: { enabled: false },
      'redis-ha': { enabled: sizes.ha, ...this.placement.values() },
      // One controller: sharding only pays off with many clusters.
      controller: { replicas: 1 },
      server: { replicas: sizes.serverReplicas },
      repoServer: { replicas: sizes.repoServerReplicas },
      applicationSet: { replicas: sizes.applicationSetReplicas },
      configs: { cm: { [APPLICATION_HEALTH_KEY]: APPLICATION_HEALTH_LUA } },
    };
    this.addHelmChart({ chart: this.config.charts.argoCd, releaseName: 'argocd', values, clusterResources: CRDS_AND_CLUSTER_RBAC });
  }
}
