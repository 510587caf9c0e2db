import * as path from 'node:path';
import { findEnvironmentFiles, loadEnvironments } from '../config/load';
import { configSchemaFor, SUPPORTED_KUBERNETES_MINORS } from '../config/schema';
import { Hydrator } from '../hydrate/hydrator';
import { projectCacheDir } from './cache-dir';
import { PlatformError } from './errors';
import type { ModuleClass } from './module';
import { RenderedEnvironment, renderEnvironments } from './render';
import { toYaml } from './serialize';
import type { RenderedObject } from './rendered-object';
import { SchemaGate } from './validation/schema-gate';
import { describeChanges, isUnchanged, TreeChanges } from './tree-changes';
import { writeTree } from './write-tree';
import { platformMap, platformMapFile } from './platform-map';
import { rendersRepeatingTheTree } from './repeated-renders';

export interface SynthOptions {
  /** Project root: environments/, schemas/, and where dist/ and argocd/ are written. */
  readonly root: string;
  /** The registered modules. */
  readonly registry: readonly ModuleClass[];
  /**
   * Reuse charts rendered by earlier synths (node_modules/.cache/ewoc-platform/hydrated); false renders them all.
   * @default true
   */
  readonly cache?: boolean;
}

/** The rendered, validated platform: relative path -> file text, and each environment's waves. */
export interface SynthResult {
  readonly files: Map<string, string>;
  readonly environments: readonly RenderedEnvironment[];
  /** Files in environments/ that are not environment files, so not rendered. */
  readonly ignored: readonly string[];
  /** What the user should know about how it was rendered (a Helm other than the pinned one). */
  readonly notices: readonly string[];
}

/** What a synth wrote: the rendered platform, how the tree changed, and what the user should know. */
export interface WrittenSynth extends SynthResult {
  readonly changes: TreeChanges;
  readonly warnings: readonly string[];
}

/**
 * Renders every environment and validates every object against the Kubernetes schemas of its cluster's minor and
 * every newer supported one, and against the CRDs; throws with every problem found. Nothing is written. Charts are
 * rendered by `hydrator`, a new one unless given: synth gives its own, to ask it afterwards which renders Helm ran.
 */
export function render(options: SynthOptions, hydrator = hydratorOf(options)): SynthResult {
  const environmentDir = path.join(options.root, 'environments');
  const { ignored } = findEnvironmentFiles(environmentDir);
  const environments = loadEnvironments(environmentDir, configSchemaFor(options.registry));
  const kubernetesSchemaDir = path.join(options.root, 'schemas', 'kubernetes');
  const rendered = renderEnvironments(environments, options.registry, hydrator);
  const gate = new SchemaGate({
    kubernetesSchemaDir,
    crdDir: path.join(options.root, 'schemas', 'crds'),
    minors: SUPPORTED_KUBERNETES_MINORS,
    cacheDir: path.join(projectCacheDir(options.root), 'schema-gate'),
  });
  const files = new Map<string, string>();
  const batches: Array<{ manifests: RenderedObject[]; minors: string[] }> = [];
  for (const environmentTree of rendered) {
    const { environment, tree, upstream } = environmentTree;
    const manifests: RenderedObject[] = [];
    // Code-unit order, not the machine's locale.
    for (const [file, objects] of [...tree].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const hydrated = upstream.get(file);
      const text = hydrated?.text ?? toYaml(objects);
      manifests.push(...objects.map((object) => ({ file, object, identity: hydrated?.identity })));
      files.set(file, text);
    }
    batches.push({ manifests, minors: minorsFrom(environment.config.kubernetesVersion) });
    files.set(platformMapFile(environment.name), platformMap(environmentTree));
  }
  const problems = gate.validateAll(batches);
  hydrator.pruneCache();
  if (problems.length > 0) {
    throw new PlatformError(`schema validation failed:\n${problems.join('\n')}`);
  }
  return { files, environments: rendered, ignored, notices: hydrator.notices };
}

/** The project's hydrator, with its render cache unless the options turn it off. */
function hydratorOf(options: SynthOptions): Hydrator {
  return Hydrator.forProject(options.root, options.cache !== false);
}

/**
 * The minors an environment's tree must be valid in: its cluster's and every newer supported one, so the tree
 * still applies after the cluster is upgraded. Older minors are not asked for: upstream charts drop them.
 */
export function minorsFrom(kubernetesVersion: string): string[] {
  return SUPPORTED_KUBERNETES_MINORS.filter((minor) => Number(minor.split('.')[1]) >= Number(kubernetesVersion.split('.')[1]));
}

/** Renders, validates, then replaces dist/ and argocd/ atomically. */
export function synth(options: SynthOptions): WrittenSynth {
  const hydrator = hydratorOf(options);
  const result = render(options, hydrator);
  // Before the tree is replaced: the files it holds came from earlier Helm runs.
  hydrator.recordRepeated(rendersRepeatingTheTree(options.root, result.environments, hydrator.helmRenders));
  const changes = describeChanges(options.root, result.files);
  // An unchanged tree is left alone: nothing to replace, and its files keep their times.
  const { warnings } = isUnchanged(changes) ? { warnings: [] } : writeTree(options.root, result.files);
  return { ...result, changes, warnings };
}
