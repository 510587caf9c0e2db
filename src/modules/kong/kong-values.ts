/** Values of one kong subchart (`controller` or `gateway` of the kong/ingress chart) that this module sets. */
interface KongComponentValues {
  readonly nodeSelector: Record<string, string>;
}

/** The kong/ingress chart values this module sets (a typed subset of the chart's values). */
export interface KongValues {
  readonly controller: KongComponentValues & {
    readonly replicaCount: number;
    readonly affinity: object;
    readonly podDisruptionBudget: { readonly enabled: boolean; readonly minAvailable?: number };
    readonly ingressController: {
      readonly image: { readonly repository: string; readonly tag: string };
      readonly ingressClass: string;
      readonly admissionWebhook: {
        readonly enabled: boolean;
        readonly certificate: { readonly provided: boolean; readonly secretName: string };
        readonly annotations: Record<string, string>;
      };
    };
  };
  readonly gateway: KongComponentValues & {
    readonly deployment: { readonly daemonset: boolean };
    readonly image: { readonly repository: string; readonly tag: string; readonly unifiedRepoTag?: string; readonly pullSecrets: readonly string[] };
    readonly env: Record<string, string | { readonly valueFrom: { readonly secretKeyRef: { readonly name: string; readonly key: string } } }>;
    readonly proxy: { readonly type: string };
    readonly manager: { readonly enabled: boolean };
  };
}
