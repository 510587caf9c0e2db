import type { ChartRef } from '../config/schema';

/** A cluster-scoped kind, as an AppProject whitelists it. */
export interface GroupKind {
  /** API group; '' for the core group. */
  readonly group: string;
  readonly kind: string;
}

/** An upstream chart a module installs, delivered as a Helm source of the module's Application. */
export interface HelmChartProps {
  /** The chart at its pinned version, from configuration. */
  readonly chart: ChartRef;
  /**
   * Helm release name.
   * @default the module id
   */
  readonly releaseName?: string;
  /** Values, built by typed code; rendered as the source's `valuesObject`. */
  readonly values: object;
  /** Cluster-scoped kinds the chart creates: the AppProject allows exactly the kinds some module declares. */
  readonly clusterResources: readonly GroupKind[];
}

/** Kinds every chart with RBAC and CRDs creates. */
export const CRDS_AND_CLUSTER_RBAC: readonly GroupKind[] = [
  { group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition' },
  { group: 'rbac.authorization.k8s.io', kind: 'ClusterRole' },
  { group: 'rbac.authorization.k8s.io', kind: 'ClusterRoleBinding' },
];

/** Kinds a chart with admission webhooks creates. */
export const ADMISSION_WEBHOOKS: readonly GroupKind[] = [
  { group: 'admissionregistration.k8s.io', kind: 'ValidatingWebhookConfiguration' },
  { group: 'admissionregistration.k8s.io', kind: 'MutatingWebhookConfiguration' },
];

/** A JSON6902 or strategic-merge patch Argo CD applies to a kustomize source. */
export interface KustomizePatch {
  /** The objects the patch applies to. */
  readonly target: { readonly kind: string; readonly name: string };
  /** The patch (YAML or JSON text). */
  readonly patch: string;
}

/** Upstream manifests in a git repository, built by kustomize, as a source of the module's Application. */
export interface KustomizeSourceProps {
  /** Git repository URL. */
  readonly repoURL: string;
  /** Tag (or commit) to build; a branch would not be reproducible. */
  readonly revision: string;
  /** Folder holding the kustomization. */
  readonly path: string;
  /** Patches applied on top. */
  readonly patches: readonly KustomizePatch[];
  /** Cluster-scoped kinds the manifests create: the AppProject allows exactly the kinds some module declares. */
  readonly clusterResources: readonly GroupKind[];
}
