import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ResolvedTool } from './pinned-tools';
import { runIsolated, ToolJob } from './run-isolated';

/** What `helm template` renders a chart with. */
export interface HelmTemplateOptions {
  /** The helm to run (`resolveHelm`). */
  readonly helm: ResolvedTool;
  /** Path of the chart archive (`.tgz`). */
  readonly chart: string;
  /** Release name (`.Release.Name`). */
  readonly releaseName: string;
  /** Namespace (`.Release.Namespace`). */
  readonly namespace: string;
  /** Kubernetes version the chart sees as `.Capabilities.KubeVersion`, e.g. `v1.31.0`. */
  readonly kubeVersion: string;
  /**
   * What `.Capabilities.APIVersions.Has` answers true for, beyond helm's built-in list: the caller gives both the
   * `group/version` and the `group/version/Kind` form of each API a cluster would serve, since charts test either.
   */
  readonly apiVersions: readonly string[];
  /** Values, handed to helm as a JSON file: nothing is parsed from `--set` strings. */
  readonly values: Readonly<Record<string, unknown>>;
  /**
   * What messages call the render.
   * @default `helm template of chart <archive>`
   */
  readonly description?: string;
}

/**
 * What `helm template` prints for a chart, as a YAML stream: CRDs included, test hooks left out (they only run on
 * `helm test`, which never happens to a chart Argo CD applies). Helm runs without a cluster and without any of the
 * user's Helm configuration (see `runIsolated`).
 */
export function helmTemplateText(options: HelmTemplateOptions): string {
  const job = helmTemplateJob(options);
  return runIsolated(job.tool, job.description, job.prepare);
}

/** The `helm template` run of `helmTemplate`, to run alone or with others (`runAllIsolatedInto`). */
export function helmTemplateJob(options: HelmTemplateOptions): ToolJob {
  return {
    tool: options.helm,
    description: options.description ?? `helm template of chart ${options.chart}`,
    prepare: (scratch) => {
      const values = path.join(scratch, 'values.json');
      fs.writeFileSync(values, JSON.stringify(options.values));
      return {
        args: [
          'template',
          options.releaseName,
          path.resolve(options.chart),
          '--namespace',
          options.namespace,
          '--kube-version',
          options.kubeVersion,
          ...options.apiVersions.flatMap((apiVersion) => ['--api-versions', apiVersion]),
          '--include-crds',
          '--skip-tests',
          '--values',
          values,
        ],
        env: {
          // Go collects garbage a quarter as often: ten renders of argo-cd and kube-prometheus-stack took 4.9 s of
          // CPU instead of 5.9 s, each render holding up to 50 MB more.
          GOGC: '400',
          // One thread: a render is sequential work, and Helm runs as many at once as there are cores; with a thread
          // per core each, their collectors and idle threads took turns with the other renders (five pairs of kong
          // and argo-cd renders, two at a time: 3.3 s instead of 3.6 s, medians of three).
          GOMAXPROCS: '1',
          HELM_CACHE_HOME: path.join(scratch, 'cache'),
          HELM_CONFIG_HOME: path.join(scratch, 'config'),
          HELM_DATA_HOME: path.join(scratch, 'data'),
        },
      };
    },
  };
}
