/** The argo-cd chart values this module sets (a typed subset of the chart's values.yaml). */
export interface ArgoCdValues {
  readonly global: { readonly nodeSelector: Record<string, string> };
  readonly crds: { readonly install: boolean; readonly keep: boolean };
  readonly dex: { readonly enabled: boolean };
  readonly 'redis-ha': { readonly enabled: boolean; readonly nodeSelector: Record<string, string> };
  readonly controller: { readonly replicas: number };
  readonly server: { readonly replicas: number };
  readonly repoServer: { readonly replicas: number };
  readonly applicationSet: { readonly replicas: number };
  readonly configs: {
    readonly cm: Record<string, string>;
  };
}
