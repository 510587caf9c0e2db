import { chartDisruptionBudget } from '../../platform/disruption-budget';
import { PlatformModule } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import { KONG_INGRESS_CLASS } from '../kong/ingress-class';
import { AcmeClusterIssuer } from './acme-cluster-issuer';
import type { CertManagerComponentValues, CertManagerValues } from './cert-manager-values';
import { CERT_MANAGER_CHART } from './chart';
import { CERT_MANAGER_SETTINGS } from './settings';

/**
 * cert-manager with its CRDs, every component on the system nodes, and the two Let's Encrypt ClusterIssuers.
 * `issuer` is the one routes use in this environment.
 */
export class CertManagerModule extends PlatformModule {
  static readonly id = 'cert-manager';
  static readonly summary = 'cert-manager chart with CRDs; ClusterIssuers `letsencrypt-prod` and `-staging` (HTTP-01 via kong)';
  static readonly settings = CERT_MANAGER_SETTINGS;

  /** Name of the ClusterIssuer public routes annotate. */
  readonly issuer: string;

  constructor(platform: Platform) {
    // The ClusterIssuers' CRD arrives with the chart in this same sync.
    super(platform, { namespace: 'cert-manager', sync: { skipDryRunOnMissingResource: true } });
    const { acme } = this.config;
    const sizes = this.settingsOf(CERT_MANAGER_SETTINGS);
    // The chart leaves the spread's selector to us: each component's own labels, as its budgets select them.
    const component = (replicaCount: number, name: string, component: string): CertManagerComponentValues => ({
      replicaCount,
      ...this.placement.values(),
      topologySpreadConstraints: this.placement.spreadOverNodes({ 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': 'cert-manager', 'app.kubernetes.io/component': component }),
      podDisruptionBudget: chartDisruptionBudget(replicaCount),
    });
    const values: CertManagerValues = {
      crds: { enabled: true, keep: true },
      // Leases stay in our namespace instead of kube-system, which the AppProject does not open.
      global: { leaderElection: { namespace: 'cert-manager' } },
      ...component(sizes.controllerReplicas, 'cert-manager', 'controller'),
      webhook: component(sizes.webhookReplicas, 'webhook', 'webhook'),
      cainjector: component(sizes.cainjectorReplicas, 'cainjector', 'cainjector'),
      // Its post-install hook would run as a PostSync Job after every sync; Argo CD's health checks cover it.
      startupapicheck: { enabled: false },
    };
    this.addHelmChart({ chart: CERT_MANAGER_CHART, values });

    for (const [name, server] of [
      ['letsencrypt-prod', acme.productionServer],
      ['letsencrypt-staging', acme.stagingServer],
    ] as const) {
      new AcmeClusterIssuer(this, name, {
        name,
        server,
        email: acme.email,
        ingressClassName: KONG_INGRESS_CLASS,
        solverNodeSelector: this.placement.nodeSelector(),
      });
    }
    this.issuer = acme.issuer;
  }
}
