import type { TopologySpread } from '../../platform/placement';

/** A replicated Argo CD component: its size, its spread over nodes and its disruption budget. */
export interface ArgoCdComponentValues {
  readonly replicas: number;
  readonly topologySpreadConstraints: readonly TopologySpread[];
  readonly pdb: { readonly enabled: boolean; readonly minAvailable?: number };
}

/** The argo-cd chart values this module sets (a typed subset of the chart's values.yaml). */
export interface ArgoCdValues {
  readonly global: { readonly nodeSelector: Record<string, string>; readonly networkPolicy: { readonly create: boolean } };
  readonly crds: { readonly install: boolean; readonly keep: boolean };
  readonly dex: { readonly enabled: boolean };
  readonly notifications: { readonly enabled: boolean };
  readonly 'redis-ha': {
    readonly enabled: boolean;
    readonly nodeSelector: Record<string, string>;
    readonly podDisruptionBudget: { readonly maxUnavailable: number };
    readonly haproxy: { readonly podDisruptionBudget: { readonly maxUnavailable: number } };
  };
  readonly controller: { readonly replicas: number };
  readonly server: ArgoCdComponentValues;
  readonly repoServer: ArgoCdComponentValues;
  readonly applicationSet: ArgoCdComponentValues;
  readonly configs: {
    readonly cm: Record<string, string>;
  };
}
