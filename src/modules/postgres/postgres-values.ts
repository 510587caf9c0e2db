import type { TopologySpread } from '../../platform/placement';

/** The cloudnative-pg chart values this module sets (a typed subset of the chart's values.yaml). */
export interface CloudNativePgValues {
  readonly replicaCount: number;
  readonly nodeSelector: Record<string, string>;
  readonly topologySpreadConstraints: readonly TopologySpread[];
  readonly crds: { readonly create: boolean };
}

/** The plugin-barman-cloud chart values this module sets. */
export interface BarmanCloudValues {
  readonly nodeSelector: Record<string, string>;
  readonly crds: { readonly create: boolean };
}
