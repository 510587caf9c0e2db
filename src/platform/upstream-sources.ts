/** A cluster-scoped kind, as an AppProject whitelists it. */
export interface GroupKind {
  /** API group; '' for the core group. */
  readonly group: string;
  readonly kind: string;
}

/** An upstream source at an exact version: the name and version of its entry in charts/lock.yaml. */
export interface SourcePin {
  readonly name: string;
  readonly version: string;
}

/** A vendored chart at the version environments render by default. */
export interface ChartPin extends SourcePin {
  /**
   * Every version the module's values are written for (reviewed against), the default among them. An environment
   * may render another of them (`charts:` in its file, to try an upgrade before prod), and no version not listed.
   * @default [version]
   */
  readonly supportedVersions?: readonly string[];
}

/** An upstream chart a module installs, rendered by the pinned Helm into the module's folder of dist/. */
export interface HelmChartProps {
  /** The vendored chart. */
  readonly chart: ChartPin;
  /**
   * Helm release name.
   * @default the module id
   */
  readonly releaseName?: string;
  /**
   * Namespace the chart is installed in, when not the module's: one of the module's own namespaces (see
   * `addNamespace`), for pods that need other rules than the module's others (a node agent).
   * @default the module's namespace
   */
  readonly namespace?: string;
  /** Values, built by typed code; paths the chart does not know are synth errors. */
  readonly values: object;
  /**
   * JSON patches (RFC 6902) applied to rendered objects, for what no value of the chart can set (a template that
   * renders a field wrongly, or fills an annotation with random text). A patch whose target the chart no longer
   * renders, or whose operations do not apply, is a synth error.
   * @default none
   */
  readonly patches?: readonly ChartPatch[];
}

/** A chart as an environment installs it: at the version it renders, and, when its file chose it, where. */
export interface InstalledChart extends HelmChartProps {
  readonly chart: SourcePin;
  /** Where the environment file chose the version (`environments/test.yaml: charts.cert-manager`), if it did. */
  readonly versionFrom?: string;
}

/** Operations applied to one rendered object of a chart. */
export interface ChartPatch {
  readonly target: { readonly kind: string; readonly name: string };
  /** @default none */
  readonly operations?: readonly JsonPatchOperation[];
  /**
   * Annotations added to the object's own, which stay (a JSON patch can only replace the whole map, or fail when
   * there is none).
   * @default none
   */
  readonly annotations?: Readonly<Record<string, string>>;
}

/** An RFC 6902 operation on a path (a JSON pointer, `/spec/template/spec/nodeSelector`). */
export type JsonPatchOperation =
  | { readonly op: 'add' | 'replace' | 'test'; readonly path: string; readonly value: unknown }
  | { readonly op: 'remove'; readonly path: string };

/** A JSON6902 or strategic-merge patch kustomize applies to a vendored kustomize source. */
export interface KustomizePatch {
  /** The objects the patch applies to. */
  readonly target: { readonly kind: string; readonly name: string };
  /** The patch (YAML or JSON text). */
  readonly patch: string;
}

/** Upstream manifests built by the pinned kustomize into the module's folder of dist/. */
export interface KustomizationProps {
  /** The vendored source; its lock entry names the folder holding the manifests. */
  readonly source: SourcePin;
  /** Patches applied on top. */
  readonly patches: readonly KustomizePatch[];
}
