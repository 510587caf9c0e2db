import { PlatformModule } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import { APPLICATION_HEALTH_KEY, APPLICATION_HEALTH_LUA, HEALTH_KEY_PREFIX } from './application-health';
import { chartDisruptionBudget } from '../../platform/disruption-budget';
import type { ArgoCdComponentValues, ArgoCdValues } from './argocd-values';
import { ARGO_CD_CHART } from './chart';
import { ARGOCD_SETTINGS } from './settings';

const NAMESPACE = 'argocd';

/**
 * Argo CD managing itself with the argo-cd chart. The release name matches the bootstrap `helm install argocd`, so
 * this Application adopts the running install. HA mode runs redis-ha (needs 3 system nodes) and replicated servers.
 */
export class ArgoCdModule extends PlatformModule {
  static readonly id = 'argocd';
  static readonly summary = 'argo-cd chart managing Argo CD itself (HA), with the Application health check';
  static readonly required = "it is the Argo CD that syncs the platform, and its argocd-cm holds the health checks every Application's sync wave waits on";
  static readonly settings = ARGOCD_SETTINGS;

  /**
   * argocd-cm's settings: the Application health check here, the other modules' health checks once every module is
   * built (see completeWith); the chart is rendered after that.
   */
  private readonly argocdCm: Record<string, string> = { [APPLICATION_HEALTH_KEY]: APPLICATION_HEALTH_LUA };

  constructor(platform: Platform) {
    // The chart's CRDs (ApplicationSet's is over 256 KiB) only fit server-side apply.
    super(platform, { namespace: NAMESPACE, sync: { serverSideApply: true } });
    const sizes = this.settingsOf(ARGOCD_SETTINGS);
    // The chart fills in the spread's selector with each component's labels.
    const component = (replicas: number): ArgoCdComponentValues => ({ replicas, topologySpreadConstraints: this.placement.spreadOverNodes(), pdb: chartDisruptionBudget(replicas) });
    const values: ArgoCdValues = {
      // Reaches every Argo CD component but the redis-ha subchart, which takes its own below.
      // The chart's own policies open the server to every source on every port; the platform's allowances apply instead.
      global: { ...this.placement.values(), networkPolicy: { create: false } },
      crds: { install: true, keep: true },
      // Single sign-on goes to Keycloak directly (OIDC), not through Dex.
      dex: { enabled: false },
      // Nothing is notified; its controller and empty Secret would only add objects.
      notifications: { enabled: false },
      // redis-ha keeps a sentinel quorum (2 of 3) with one pod down at a time.
      'redis-ha': { enabled: sizes.ha, ...this.placement.values(), podDisruptionBudget: { maxUnavailable: 1 }, haproxy: { podDisruptionBudget: { maxUnavailable: 1 } } },
      // One controller: sharding only pays off with many clusters.
      controller: { replicas: 1 },
      server: component(sizes.serverReplicas),
      repoServer: component(sizes.repoServerReplicas),
      applicationSet: component(sizes.applicationSetReplicas),
      configs: { cm: this.argocdCm },
    };
    this.addHelmChart({ chart: ARGO_CD_CHART, releaseName: 'argocd', values });
    // Argo CD changes the cluster: its UI and API stay inside, for `argocd` through a port-forward or kubectl.
    this.declareAdminSurface({ namespace: NAMESPACE, service: 'argocd-server', paths: ['/'], ports: [80, 443], what: "Argo CD's UI and API" });
    this.allowIngress({
      name: 'argocd-components',
      // Server, repo server, application controller, ApplicationSet controller, redis (with sentinels and haproxy).
      to: { namespace: NAMESPACE, ports: [8080, 8081, 8082, 8083, 8084, 7000, 6379, 26379, 8888] },
      from: [{ namespace: NAMESPACE }],
      reason: "Argo CD's components call each other and share redis; nothing outside the namespace calls them",
    });
  }

  /** Argo CD judges the custom resources of every module with the health checks the modules bring. */
  override completeWith(modules: readonly PlatformModule[]): void {
    for (const module of modules) {
      for (const { resource, lua } of module.healthChecks) this.argocdCm[`${HEALTH_KEY_PREFIX}${resource}`] = lua;
    }
  }
}
