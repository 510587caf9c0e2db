import type { TopologySpread } from '../../platform/placement';

/** Scheduling and size of one External Secrets Operator component. */
export interface ExternalSecretsComponentValues {
  readonly replicaCount: number;
  readonly nodeSelector: Record<string, string>;
  readonly topologySpreadConstraints: readonly TopologySpread[];
  readonly podDisruptionBudget: { readonly enabled: boolean; readonly minAvailable?: number };
}

/** The external-secrets chart values this module sets (a typed subset of the chart's values.yaml). */
export interface ExternalSecretsValues extends ExternalSecretsComponentValues {
  readonly installCRDs: boolean;
  /** Needed as soon as the controller runs more than one replica. */
  readonly leaderElect: boolean;
  readonly webhook: ExternalSecretsComponentValues;
  readonly certController: ExternalSecretsComponentValues;
}
