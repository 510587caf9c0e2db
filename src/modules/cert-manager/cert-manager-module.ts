import { chartDisruptionBudget } from '../../platform/disruption-budget';
import { ADMISSION_WEBHOOKS, CRDS_AND_CLUSTER_RBAC } from '../../platform/upstream-sources';
import { PlatformModule } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import { KONG_INGRESS_CLASS } from '../kong/ingress-class';
import { AcmeClusterIssuer } from './acme-cluster-issuer';
import type { CertManagerComponentValues, CertManagerValues } from './cert-manager-values';

/**
 * cert-manager with its CRDs, every component on the system nodes, and the two Let's Encrypt ClusterIssuers.
 * `issuer` is the one routes use in this environment.
 */
export class CertManagerModule extends PlatformModule {
  static readonly id = 'cert-manager';

  /** Name of the ClusterIssuer public routes annotate. */
  readonly issuer: string;

  constructor(platform: Platform) {
    // The ClusterIssuers' CRD arrives with the chart in this same sync.
    super(platform, { namespace: 'cert-manager', sync: { skipDryRunOnMissingResource: true } });
    const { acme, certManager: sizes } = this.config;
    const component = (replicaCount: number): CertManagerComponentValues => ({
      replicaCount,
      ...this.placement.values(),
      podDisruptionBudget: chartDisruptionBudget(replicaCount),
    });
    const values: CertManagerValues = {
      crds: { enabled: true, keep: true },
      // Leases stay in our namespace instead of kube-system, which the AppProject does not open.
      global: { leaderElection: { namespace: 'cert-manager' } },
      ...component(sizes.controllerReplicas),
      webhook: component(sizes.webhookReplicas),
      cainjector: component(sizes.cainjectorReplicas),
      startupapicheck: this.placement.values(),
    };
    this.addHelmChart({ chart: this.config.charts.certManager, values, clusterResources: [...CRDS_AND_CLUSTER_RBAC, ...ADMISSION_WEBHOOKS] });

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
