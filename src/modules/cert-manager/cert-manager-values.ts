import type { TopologySpread } from '../../platform/placement';

/** Scheduling and size of one cert-manager component. */
export interface CertManagerComponentValues {
  readonly replicaCount: number;
  readonly nodeSelector: Record<string, string>;
  readonly topologySpreadConstraints: readonly TopologySpread[];
  readonly podDisruptionBudget: { readonly enabled: boolean; readonly minAvailable?: number };
}

/** The cert-manager chart values this module sets (a typed subset of the chart's values.yaml). */
export interface CertManagerValues extends CertManagerComponentValues {
  readonly crds: { readonly enabled: boolean; readonly keep: boolean };
  readonly global: { readonly leaderElection: { readonly namespace: string } };
  readonly webhook: CertManagerComponentValues;
  readonly cainjector: CertManagerComponentValues;
  readonly startupapicheck: { readonly enabled: boolean };
}
