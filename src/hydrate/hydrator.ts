import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { projectCacheDir } from '../platform/cache-dir';
import { findCredentials } from '../platform/credential-scan';
import { PlatformError } from '../platform/errors';
import { moduleFileName } from '../platform/file-names';
import type { PlatformModule } from '../platform/module';
import { toYaml } from '../platform/serialize';
import type { HelmChartProps, KustomizationProps } from '../platform/upstream-sources';
import { KubernetesDefinitions } from '../platform/validation/kubernetes-schemas';
import { apiVersionsAsked } from './api-versions-asked';
import { applyChartPatches } from './chart-patches';
import { withExtractedArchive } from './extract-archive';
import { helmTemplateJob, HelmTemplateOptions } from './helm-template';
import { CODE_DIGEST } from './code-digest';
import { CachedObject, cacheKey, HydrationCache, textDigest } from './hydration-cache';
import { satisfies } from 'semver';
import { ConfigError } from '../config/load';
import { SUPPORTED_KUBERNETES_MINORS } from '../config/schema';
import { kustomizeBuildText } from './kustomize-build';
import { clusterScopedCustomKinds, isClusterScoped, normalizeObject, withoutDuplicates } from './normalize';
import { Manifest, parseDocument, splitDocuments } from './parse-manifests';
import { runAllIsolatedInto, runIsolated } from './run-isolated';
import { PINNED_HELM, PINNED_KUBECTL, resolveHelm, resolveKubectl, ResolvedTool } from './pinned-tools';
import { LOCK_FILE, SourceLock, VendoredSource } from './source-lock';
import { ChartKnowledge, readChartKnowledge, unknownValuesPaths } from './values-paths';

export interface HydratorProps {
  /** Project root: charts/ and node_modules/ are found there. */
  readonly root: string;
  /** Folder with v<minor>.json Kubernetes OpenAPI definitions: the APIs a cluster of each minor serves. */
  readonly kubernetesSchemaDir: string;
  /**
   * Folder for rendered sources, reused across synths.
   * @default none: every synth renders every source
   */
  readonly cacheDir?: string;
}

/** A hydrated object, its text, and a short identity: the digest of the render's inputs and its place in it. */
export interface UpstreamObject extends CachedObject {
  readonly identity: string;
}

/** The modules of each environment a pass renders, with the environment. */
export type HydrationBatch = ReadonlyArray<{ readonly modules: readonly PlatformModule[]; readonly target: HydrationTarget }>;

/** The environment sources are rendered for: its name and file (for messages) and its Kubernetes minor. */
export interface HydrationTarget {
  readonly environment: string;
  /** The environment file, as messages name it. */
  readonly file: string;
  readonly minor: string;
}

/** A chart's final render, as a check of Helm's determinism runs it again and compares it with the cached one. */
export interface FinalRender {
  readonly module: PlatformModule;
  readonly chart: HelmChartProps;
  /** The `helm template` options synth renders the chart with. */
  readonly options: HelmTemplateOptions;
  /** The digest (textDigest) of the Helm output the cached render came from; undefined when it is not cached. */
  readonly cachedOutputDigest?: string;
  /** Whether a synth saw Helm repeat the cached render: see `Hydrator.recordRepeated`. */
  readonly repeated: boolean;
  /** The texts of the objects the cached render landed as; undefined when it is not cached. */
  cachedTexts(): string[] | undefined;
  /** The texts of the objects a Helm output of this render lands in dist/ as. */
  land(output: string): string[];
}

/** The CRDs of a source: the API versions they serve (both forms) and the kinds they make cluster-scoped. */
interface CustomApis {
  readonly apiVersions: readonly string[];
  readonly clusterScoped: readonly string[];
}

/**
 * The API versions each Kubernetes schema file says a cluster serves, by the file's identity (device, inode, size,
 * modification time): listing them means parsing megabytes of JSON, once per process rather than once per hydrator.
 */
const SERVED_API_VERSIONS = new Map<string, string[]>();

/**
 * Upstream objects finished (normalized and serialized) by this process, by their namespace and the digest of their
 * document's text: every render of a chart in any environment or pass repeats most documents (CRDs above all), and
 * YAML is slow to read and write. Digests, not the texts: a document is a slice of its chart's output, and would
 * keep all of it. The cache of rendered objects holds the same objects (but for those a chart patch changes), so
 * keeping them costs little memory of its own.
 */
const FINISHED = new Map<string, CachedObject>();

/**
 * Renders the upstream sources of modules as Argo CD would: charts with `helm template` (the environment's
 * Kubernetes version, the API versions a cluster of that minor serves plus those of every CRD the platform installs,
 * CRDs included, test hooks dropped) and kustomize sources with `kubectl kustomize`, from vendored archives whose
 * digests match the lock. A chart's CRDs are found by a first render; charts are then rendered knowing every CRD of
 * the environment. Rendered objects are scanned for credentials before they are cached; results are cached by
 * their inputs and by the code that hydrates and checks them.
 */
export class Hydrator {
  /** The hydrator of a project: its schemas, and its cache under node_modules/.cache unless `cache` is false. */
  static forProject(root: string, cache = true): Hydrator {
    return new Hydrator({
      root,
      kubernetesSchemaDir: path.join(root, 'schemas', 'kubernetes'),
      cacheDir: cache ? path.join(projectCacheDir(root), 'hydrated') : undefined,
    });
  }

  private readonly cache: HydrationCache;
  private lockFile?: SourceLock;
  private helmTool?: ResolvedTool;
  private kubectlTool?: ResolvedTool;
  /**
   * Documents parsed in this pass by the digest of their text (see FINISHED): the two renders of a chart and the
   * renders for each environment repeat most documents (CRDs above all), and YAML is slow to read.
   */
  private readonly parsed = new Map<string, Manifest | undefined>();
  /**
   * Helm output rendered ahead, all charts of a pass at once: the file holding it, by the digest of the render's
   * options. Outputs are megabytes (CRDs), so each is read when its chart is, and removed once nothing will read it
   * again. The files live in `outputDir` for the duration of a `hydrateAll`.
   */
  private readonly prerendered = new Map<string, string>();
  private outputDir?: string;
  /** What each chart archive knows about its values, read once for every environment of the synth. */
  private readonly knowledge = new Map<string, ChartKnowledge>();
  private runs = 0;
  /** The cache keys of the chart renders Helm ran for this hydrator, not taken from the cache. */
  private readonly ranNow = new Set<string>();

  constructor(private readonly props: HydratorProps) {
    this.cache = new HydrationCache(props.cacheDir);
  }

  /** Removes cached renders this synth did not use and nobody wrote for a day (see HydrationCache.prune). */
  pruneCache(): void {
    this.cache.prune();
  }

  /** How many times Helm or kustomize ran: none when every input was rendered before. */
  get toolRuns(): number {
    return this.runs;
  }

  /** The cache keys of the chart renders Helm ran for this hydrator (see `renderOf`); cached renders are not among them. */
  get helmRenders(): ReadonlySet<string> {
    return this.ranNow;
  }

  /**
   * Records that Helm ran these renders again and gave the objects an earlier run gave (the tree already held every
   * file they land as): what a check of Helm's determinism asks, answered by two runs at other times and in other
   * processes. The record holds the digest of the output it is about, so a render cached anew is not covered by it.
   */
  recordRepeated(keys: Iterable<string>): void {
    for (const key of keys) {
      const output = this.cache.getOutputDigest('chart', key);
      if (output !== undefined) this.cache.putValue('repeated', key, output);
    }
  }

  /** What the user should know: a Helm or kubectl other than the pinned one was used. */
  get notices(): string[] {
    return [this.helmTool?.notice, this.kubectlTool?.notice].filter((notice): notice is string => !!notice);
  }

  /** Every module's upstream objects, rendered for the target environment. */
  hydrate(modules: readonly PlatformModule[], target: HydrationTarget): Map<PlatformModule, UpstreamObject[]> {
    return this.hydrateAll([{ modules, target }])[0];
  }

  /**
   * `hydrate` for several environments at once: the renders of each pass, all environments together, run in
   * parallel, so the cores stay busy until the last chart instead of the last chart of each environment.
   */
  hydrateAll(batch: HydrationBatch): Array<Map<PlatformModule, UpstreamObject[]>> {
    return this.inPass(() => {
      const { plans, customs } = this.discover(batch);
      const renders = plans.flatMap(({ charts, target }, index) =>
        charts
          .filter(({ module, chart, vendored }) => !this.cache.has('chart', this.renderKey(module, chart, vendored, target.minor, this.customAsked(vendored, customs[index]))))
          .map(({ module, chart, vendored }) => this.templateOptions(module, chart, vendored, target.minor, this.customAsked(vendored, customs[index]).apiVersions)),
      );
      // A discovery render that is not also the final render of its chart has served its purpose, and so have the
      // charts' templates and defaults (what each chart asks about is cached now).
      const needed = new Set(renders.map((options) => cacheKey(options)));
      [...this.prerendered.keys()].filter((key) => !needed.has(key)).forEach((key) => this.forgetPrerendered(key));
      this.knowledge.clear();
      this.prerender(renders);
      return plans.map(({ modules, charts, kustomized, target }, index) => {
        const result = new Map<PlatformModule, UpstreamObject[]>(modules.map((module) => [module, [...(kustomized.get(module) ?? [])]]));
        charts.forEach(({ module, chart, vendored }) => result.get(module)?.push(...this.renderChart(module, chart, vendored, target, this.customAsked(vendored, customs[index]))));
        return result;
      });
    });
  }

  /**
   * The final `helm template` of every chart of the batch, with the options `hydrateAll` renders it with (the API
   * versions of the environment's CRDs included, found by a first render or taken from the cache), whether or not
   * that render is cached: what a check of Helm's determinism runs again, and compares with the cached render.
   */
  finalRenders(batch: HydrationBatch): FinalRender[] {
    return this.inPass(() => {
      const { plans, customs } = this.discover(batch);
      return plans.flatMap(({ charts, target }, index) =>
        charts.map(({ module, chart, vendored }): FinalRender => {
          const custom = this.customAsked(vendored, customs[index]);
          const key = this.renderKey(module, chart, vendored, target.minor, custom);
          const cachedOutputDigest = this.cache.getOutputDigest('chart', key);
          return {
            module,
            chart,
            options: this.templateOptions(module, chart, vendored, target.minor, custom.apiVersions),
            cachedOutputDigest,
            repeated: cachedOutputDigest !== undefined && this.cache.getValue<string>('repeated', key) === cachedOutputDigest,
            cachedTexts: () => this.cache.getObjects('chart', key)?.map(({ text }) => text),
            land: (output) => this.inPass(() => this.land(module, chart, custom, output).map(({ text }) => text)),
          };
        }),
      );
    });
  }

  /** Runs one pass over a batch; what it kept to share between environments goes when it ends, or fails. */
  private inPass<T>(pass: () => T): T {
    try {
      return pass();
    } finally {
      if (this.outputDir) fs.rmSync(this.outputDir, { recursive: true, force: true });
      this.outputDir = undefined;
      this.prerendered.clear();
      this.parsed.clear();
      this.knowledge.clear();
    }
  }

  /**
   * The batch's charts (locked and verified) and kustomize sources (built), and per environment the custom APIs its
   * CRDs serve: charts not rendered with these inputs before are checked first, then rendered once to find their CRDs.
   */
  private discover(batch: HydrationBatch) {
    const plans = batch.map(({ modules, target }) => ({
      modules,
      target,
      charts: modules.flatMap((module) => module.helmCharts.map((chart) => ({ module, chart, vendored: this.lock.chart(chart.chart.name, chart.chart.version, `${chart.versionFrom ? `${chart.versionFrom}: ` : ''}module "${module.id}"`) }))),
      kustomized: new Map(modules.map((module) => [module, module.kustomizations.flatMap((k) => this.kustomize(module, k, target))])),
    }));
    const undiscovered = plans.flatMap(({ charts, target }) => charts.filter(({ module, chart, vendored }) => !this.cache.has('crds', this.discoveryKey(module, chart, vendored, target.minor))).map((entry) => ({ ...entry, target, minor: target.minor })));
    // Every time: renders are cached by the archive's digest, so a cached render does not prove the lock entry names
    // the chart the archive holds.
    for (const { vendored } of plans.flatMap(({ charts }) => charts)) this.checkChartIdentity(vendored);
    // Checked before a chart is first rendered with these inputs; a cached render passed them then.
    for (const { module, chart, vendored, target } of undiscovered) {
      this.checkKubeVersion(module, chart, vendored, target);
      this.checkValuesPaths(module, chart, vendored);
    }
    this.prerender(undiscovered.map(({ module, chart, vendored, minor }) => this.templateOptions(module, chart, vendored, minor, [])));
    const customs = plans.map(({ charts, kustomized, target }) =>
      mergeCustomApis([...charts.map(({ module, chart, vendored }) => this.discoverCustomApis(module, chart, vendored, target.minor)), customApisOf([...kustomized.values()].flat().map(({ object }) => object))]),
    );
    return { plans, customs };
  }

  private get lock(): SourceLock {
    this.lockFile ??= SourceLock.load(this.props.root);
    return this.lockFile;
  }

  private get helm(): ResolvedTool {
    this.helmTool ??= resolveHelm(this.props.root);
    return this.helmTool;
  }

  private get kubectl(): ResolvedTool {
    this.kubectlTool ??= resolveKubectl(this.props.root);
    return this.kubectlTool;
  }

  /** The Helm version in cache keys: the pinned one unless another is asked for (then it is run to tell). */
  private helmVersion(): string {
    return process.env[PINNED_HELM.overrideVariable] ? `${this.helm.version}@${this.helm.path}` : PINNED_HELM.version;
  }

  /** The inputs every render of a chart shares; `kubernetes` identifies the served API list without reading it. */
  private chartInputs(module: PlatformModule, chart: HelmChartProps, vendored: VendoredSource, minor: string) {
    const schema = fs.statSync(path.join(this.props.kubernetesSchemaDir, `v${minor}.json`));
    return {
      archive: vendored.locked.sha256,
      release: chart.releaseName ?? module.id,
      namespace: chartNamespace(module, chart),
      values: chart.values as Record<string, unknown>,
      patches: chart.patches ?? [],
      helm: this.helmVersion(),
      kubernetes: `${minor}:${schema.size}:${Math.round(schema.mtimeMs)}`,
      code: CODE_DIGEST,
    };
  }

  /**
   * The custom APIs a chart's render depends on: all the platform's CRDs for a chart that may ask about any API
   * version, only those it asks about by name otherwise (see `apiVersionsAsked`). Cluster-scoped kinds stay whole:
   * they place the chart's objects, whatever it asks. What a chart asks is cached by archive: finding out means
   * reading the whole chart.
   */
  private customAsked(vendored: VendoredSource, custom: CustomApis): CustomApis {
    const key = cacheKey({ step: 'asked', archive: vendored.locked.sha256, code: CODE_DIGEST });
    let asked = this.cache.getValue<string[] | 'any'>('asked', key);
    if (asked === undefined) {
      const found = apiVersionsAsked(this.chartKnowledge(vendored).templates);
      asked = found === 'any' ? found : [...found].sort();
      this.cache.putValue('asked', key, asked);
    }
    const names = asked;
    return names === 'any' ? custom : { apiVersions: custom.apiVersions.filter((version) => names.includes(version)), clusterScoped: custom.clusterScoped };
  }

  private discoveryKey(module: PlatformModule, chart: HelmChartProps, vendored: VendoredSource, minor: string): string {
    return cacheKey({ step: 'crds', ...this.chartInputs(module, chart, vendored, minor) });
  }

  private renderKey(module: PlatformModule, chart: HelmChartProps, vendored: VendoredSource, minor: string, custom: CustomApis): string {
    return cacheKey({ step: 'render', ...this.chartInputs(module, chart, vendored, minor), custom });
  }

  /**
   * Runs the renders `template` will ask for, in parallel, when there is more than one. A render with the options of
   * one already run is not run again: a chart that asks about none of the platform's CRDs renders in the second pass
   * exactly as in the first.
   */
  private prerender(renders: readonly HelmTemplateOptions[]): void {
    const missing = renders.filter((options) => !this.prerendered.has(cacheKey(options)));
    if (missing.length < 2) return;
    const files = runAllIsolatedInto(missing.map(helmTemplateJob), this.renderDir());
    missing.forEach((options, index) => this.prerendered.set(cacheKey(options), files[index]));
  }

  private renderDir(): string {
    this.outputDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-renders-'));
    return this.outputDir;
  }

  /** Keeps a render run alone for the pass that will read it again. */
  private rememberRender(key: string, output: string): void {
    const file = path.join(this.renderDir(), `${key}.out`);
    fs.writeFileSync(file, output);
    this.prerendered.set(key, file);
  }

  private forgetPrerendered(key: string): void {
    const file = this.prerendered.get(key);
    this.prerendered.delete(key);
    if (file) fs.rmSync(file, { force: true });
  }

  private discoverCustomApis(module: PlatformModule, chart: HelmChartProps, vendored: VendoredSource, minor: string): CustomApis {
    const key = this.discoveryKey(module, chart, vendored, minor);
    const cached = this.cache.getValue<CustomApis>('crds', key);
    if (cached) return cached;
    const source = `module "${module.id}": chart ${chart.chart.name} ${chart.chart.version}`;
    const crds = splitDocuments(this.template(module, chart, vendored, minor, []))
      .filter((document) => /^kind: *["']?CustomResourceDefinition["']?\s*$/m.test(document))
      .map((document) => this.parse(document, source))
      .filter((object): object is Manifest => object?.kind === 'CustomResourceDefinition');
    const apis = customApisOf(crds);
    this.cache.putValue('crds', key, apis);
    return apis;
  }

  private renderChart(module: PlatformModule, chart: HelmChartProps, vendored: VendoredSource, target: HydrationTarget, custom: CustomApis): UpstreamObject[] {
    const key = this.renderKey(module, chart, vendored, target.minor, custom);
    const cached = this.cache.getObjects('chart', key);
    if (cached) {
      // The record that Helm repeated this render stays as long as the render does (see HydrationCache.prune).
      this.cache.keep('repeated', key);
      return identified(key, cached);
    }
    this.ranNow.add(key);
    const output = this.template(module, chart, vendored, target.minor, custom.apiVersions, { last: true });
    return this.checkedAndCached('chart', key, module, target, this.land(module, chart, custom, output), textDigest(output));
  }

  /** The objects a chart's Helm output lands in dist/ as: normalized as Argo CD would apply them, then patched. */
  private land(module: PlatformModule, chart: HelmChartProps, custom: CustomApis, output: string): CachedObject[] {
    const source = `module "${module.id}": chart ${chart.chart.name} ${chart.chart.version}`;
    const finished = this.finish(output, chartNamespace(module, chart), new Set(custom.clusterScoped), source);
    const patched = applyChartPatches(finished.map(({ object }) => object), chart.patches ?? [], source);
    return finished.map((done, index) => (patched[index] === done.object ? done : { object: patched[index], text: toYaml([patched[index]]) }));
  }

  /**
   * The object a document holds, parsed once. A finished cluster-scoped object (a CRD) stands in for its raw parse,
   * which is then dropped: CRDs are most of the bytes, and two copies of each would double the memory a cold synth
   * needs.
   */
  private parse(document: string, source: string, id = documentId(document)): Manifest | undefined {
    const finished = FINISHED.get(`\0${id}`);
    if (finished) return finished.object;
    if (!this.parsed.has(id)) {
      const parsed = parseDocument(document, source);
      this.parsed.set(id, parsed && detached(parsed));
    }
    return this.parsed.get(id);
  }

  /** The objects of a rendered stream as Argo CD would apply them (see `normalizeObject`), each with its text. */
  private finish(stream: string, moduleNamespace: string, clusterScoped: ReadonlySet<string>, source: string): CachedObject[] {
    const objects: CachedObject[] = [];
    for (const document of splitDocuments(stream)) {
      const id = documentId(document);
      const raw = this.parse(document, source, id);
      if (!raw) continue;
      const namespace = isClusterScoped(raw, clusterScoped) ? undefined : moduleNamespace;
      const key = `${namespace ?? ''}\0${id}`;
      let done = FINISHED.get(key);
      if (!done) {
        const object = normalizeObject(raw, namespace);
        done = { object, text: toYaml([object]) };
        FINISHED.set(key, done);
        if (!namespace) this.parsed.delete(id);
      }
      objects.push(done);
    }
    return withoutDuplicates(objects, source);
  }

  /** Scans objects for credentials (refusing them) and caches them under `key`. */
  private checkedAndCached(kind: string, key: string, module: PlatformModule, target: HydrationTarget, objects: CachedObject[], outputDigest: string): UpstreamObject[] {
    const file = (object: Manifest) => `dist/${target.environment}/${module.id}/${moduleFileName(object, module.destinationNamespace)}`;
    const credentials = findCredentials(objects.map(({ object }) => ({ file: file(object), object })));
    if (credentials.length > 0) throw new PlatformError(credentials.join('\n'));
    this.cache.putObjects(kind, key, objects, outputDigest);
    return identified(key, objects);
  }

  private templateOptions(module: PlatformModule, chart: HelmChartProps, vendored: VendoredSource, minor: string, customApiVersions: readonly string[]): HelmTemplateOptions {
    return {
      helm: this.helm,
      chart: vendored.archive,
      releaseName: chart.releaseName ?? module.id,
      namespace: chartNamespace(module, chart),
      kubeVersion: `v${minor}.0`,
      apiVersions: [...this.served(minor), ...customApiVersions],
      values: chart.values as Record<string, unknown>,
      description: `module "${module.id}": chart ${chart.chart.name} ${chart.chart.version}: helm template (Kubernetes ${minor})`,
    };
  }

  /** The output of a render, rendered ahead or now; `last` says no one will ask for this render again. */
  private template(module: PlatformModule, chart: HelmChartProps, vendored: VendoredSource, minor: string, customApiVersions: readonly string[], { last = false } = {}): string {
    this.runs++;
    const options = this.templateOptions(module, chart, vendored, minor, customApiVersions);
    const key = cacheKey(options);
    const ahead = this.prerendered.get(key);
    if (ahead !== undefined) {
      const output = fs.readFileSync(ahead, 'utf8');
      if (last) this.forgetPrerendered(key);
      return output;
    }
    const job = helmTemplateJob(options);
    const output = runIsolated(job.tool, job.description, job.prepare);
    if (!last) this.rememberRender(key, output);
    return output;
  }

  private chartKnowledge(vendored: VendoredSource): ChartKnowledge {
    let known = this.knowledge.get(vendored.archive);
    if (!known) {
      known = readChartKnowledge(vendored.archive);
      this.knowledge.set(vendored.archive, known);
    }
    return known;
  }

  /**
   * Refuses an archive whose Chart.yaml is not the chart its lock entry names: the digest proves the archive is the
   * one locked, not that the lock says what it is (an archive of another version, copied under this one's name).
   * An archive found right is remembered.
   */
  private checkChartIdentity(vendored: VendoredSource): void {
    const { locked } = vendored;
    const key = cacheKey({ step: 'identity', archive: locked.sha256, name: locked.name, version: locked.version, code: CODE_DIGEST });
    if (this.cache.getValue<boolean>('identity', key)) return;
    const { name, version } = this.chartKnowledge(vendored);
    if (name !== locked.name || version !== locked.version) {
      throw new PlatformError(
        `${LOCK_FILE}: the entry for ${locked.name} ${locked.version} locks ${locked.archive}, whose Chart.yaml is ${name ?? '(no name)'} ${version ?? '(no version)'}; vendor the chart again (npm run vendor-chart -- ${locked.name} ${locked.version})`,
      );
    }
    this.cache.putValue('identity', key, true);
  }

  /**
   * Refuses a Kubernetes minor the chart says it does not run on, against the environment's kubernetesVersion and
   * with the minors it does run on, before Helm would refuse it with less to go on.
   */
  private checkKubeVersion(module: PlatformModule, chart: HelmChartProps, vendored: VendoredSource, target: HydrationTarget): void {
    const { kubeVersion } = this.chartKnowledge(vendored);
    // Helm reads constraints as Masterminds semver does: ANDed ranges apart by commas or spaces, and a version
    // without its patch before a pre-release (1.16-0). node-semver wants spaces, and the patch (1.16.0-0).
    const range = kubeVersion?.replace(/,/g, ' ').replace(/(^|[^\d.])(\d+\.\d+)-/g, '$1$2.0-');
    const runsOn = (minor: string) => !range || satisfies(`${minor}.0`, range, { includePrerelease: true });
    if (runsOn(target.minor)) return;
    const supported = SUPPORTED_KUBERNETES_MINORS.filter(runsOn);
    throw new ConfigError(
      `${target.file}: kubernetesVersion: module "${module.id}" installs chart ${chart.chart.name} ${chart.chart.version}, which runs on Kubernetes ${kubeVersion}, not ${target.minor}` +
        ` (of the supported minors: ${supported.length > 0 ? supported.join(', ') : 'none'})`,
    );
  }

  /** Refuses values paths the chart does not know (see `unknownValuesPaths`), naming the module and the path. */
  private checkValuesPaths(module: PlatformModule, chart: HelmChartProps, vendored: VendoredSource): void {
    const unknown = unknownValuesPaths(this.chartKnowledge(vendored), chart.values as Record<string, unknown>);
    if (unknown.length > 0) {
      throw new PlatformError(unknown.map((at) => `module "${module.id}": chart ${chart.chart.name} ${chart.chart.version}: values path ${at} is neither in the chart's default values nor read by its templates (a typo?)`).join('\n'));
    }
  }

  private served(minor: string): string[] {
    const stat = fs.statSync(path.join(this.props.kubernetesSchemaDir, `v${minor}.json`));
    const identity = `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}`;
    let served = SERVED_API_VERSIONS.get(identity);
    if (!served) {
      served = new KubernetesDefinitions(this.props.kubernetesSchemaDir, minor).servedApiVersions();
      SERVED_API_VERSIONS.set(identity, served);
    }
    return served;
  }

  /**
   * A vendored kustomize source built with a kustomization written for it: the manifests of the locked folder,
   * placed in the module's namespace, with the module's patches.
   */
  private kustomize(module: PlatformModule, props: KustomizationProps, target: HydrationTarget): UpstreamObject[] {
    const vendored = this.lock.kustomization(props.source.name, props.source.version, `module "${module.id}"`);
    const namespace = module.destinationNamespace as string;
    const kubectl = process.env[PINNED_KUBECTL.overrideVariable] ? `${this.kubectl.version}@${this.kubectl.path}` : PINNED_KUBECTL.version;
    const key = cacheKey({ step: 'kustomize', archive: vendored.locked.sha256, path: vendored.locked.path, namespace, patches: props.patches, kubectl, code: CODE_DIGEST });
    const cached = this.cache.getObjects('kustomize', key);
    if (cached) return identified(key, cached);
    this.runs++;
    const stream = withExtractedArchive(vendored.archive, (dir) => {
      const [top] = fs.readdirSync(dir);
      const folder = path.join(top, vendored.locked.path);
      if (!fs.statSync(path.join(dir, folder), { throwIfNoEntry: false })?.isDirectory()) {
        throw new PlatformError(`${LOCK_FILE}: the entry for ${vendored.locked.name} ${vendored.locked.version}: path ${vendored.locked.path} is not a folder of ${vendored.locked.archive}`);
      }
      const resources = fs.readdirSync(path.join(dir, folder)).filter((file) => /\.ya?ml$/.test(file)).sort().map((file) => `${folder}/${file}`);
      const kustomization = { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', namespace, resources, patches: props.patches };
      fs.writeFileSync(path.join(dir, 'kustomization.yaml'), YAML.stringify(kustomization));
      return kustomizeBuildText(this.kubectl, dir);
    });
    const source = `module "${module.id}": kustomize source ${props.source.name} ${props.source.version}`;
    const crds = splitDocuments(stream).map((document) => this.parse(document, source)).filter((object): object is Manifest => object?.kind === 'CustomResourceDefinition');
    return this.checkedAndCached('kustomize', key, module, target, this.finish(stream, namespace, new Set(customApisOf(crds).clusterScoped), source), textDigest(stream));
  }
}

/**
 * A copy of a parsed object that shares no string with the YAML it was read from. js-yaml's strings are slices of
 * the document, and V8 keeps a sliced string's whole parent alive: every object would hold its chart's entire
 * Helm output until the synth ends.
 */
function detached(object: Manifest): Manifest {
  return JSON.parse(JSON.stringify(object)) as Manifest;
}

/** What the hydrator's memos know a document by. */
function documentId(document: string): string {
  return createHash('sha256').update(document).digest('base64');
}

function identified(key: string, objects: readonly CachedObject[]): UpstreamObject[] {
  return objects.map((finished, index) => ({ ...finished, identity: `${key}#${index}` }));
}

/** The cache key of the render an upstream object came from, from its identity. */
export function renderOf(identity: string): string {
  return identity.slice(0, identity.lastIndexOf('#'));
}

/** The API versions and cluster-scoped kinds of the CRDs among `objects`. */
function customApisOf(objects: readonly Manifest[]): CustomApis {
  const crds = objects.filter((object) => object.kind === 'CustomResourceDefinition');
  const apiVersions = crds.flatMap((crd) => {
    const spec = crd.spec as { group: string; names: { kind: string }; versions: Array<{ name: string; served?: boolean }> };
    return spec.versions.filter((v) => v.served !== false).flatMap((v) => [`${spec.group}/${v.name}`, `${spec.group}/${v.name}/${spec.names.kind}`]);
  });
  return { apiVersions: [...new Set(apiVersions)].sort(), clusterScoped: clusterScopedCustomKinds(crds).sort() };
}

function mergeCustomApis(all: readonly CustomApis[]): CustomApis {
  return {
    apiVersions: [...new Set(all.flatMap((apis) => apis.apiVersions))].sort(),
    clusterScoped: [...new Set(all.flatMap((apis) => apis.clusterScoped))].sort(),
  };
}

/** The namespace a chart is rendered into: its own, or its module's. */
function chartNamespace(module: PlatformModule, chart: HelmChartProps): string {
  return chart.namespace ?? (module.destinationNamespace as string);
}
