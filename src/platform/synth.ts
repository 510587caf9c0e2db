import * as fs from 'node:fs';
import * as path from 'node:path';
import { findEnvironmentFiles, loadEnvironments } from '../config/load';
import { SUPPORTED_KUBERNETES_MINORS } from '../config/schema';
import { PlatformError } from './errors';
import type { ModuleClass } from './module';
import { renderEnvironment, RenderedEnvironment } from './render';
import { toYaml } from './serialize';
import type { RenderedObject } from './rendered-object';
import { SchemaGate } from './validation/schema-gate';
import { describeChanges, TreeChanges } from './tree-changes';
import { writeTree } from './write-tree';

export interface SynthOptions {
  /** Project root: environments/, schemas/, and where dist/ and argocd/ are written. */
  readonly root: string;
  /** The registered modules. */
  readonly registry: readonly ModuleClass[];
}

/** The rendered, validated platform: relative path -> file text, and each environment's waves. */
export interface SynthResult {
  readonly files: Map<string, string>;
  readonly environments: readonly RenderedEnvironment[];
  /** Files in environments/ that are not environment files, so not rendered. */
  readonly ignored: readonly string[];
}

/** What a synth wrote: the rendered platform, how the tree changed, and what the user should know. */
export interface WrittenSynth extends SynthResult {
  readonly changes: TreeChanges;
  readonly warnings: readonly string[];
}

/**
 * Renders every environment and validates every object against the Kubernetes schemas of each supported minor and
 * the CRDs; throws with every problem found. Nothing is written.
 */
export function render(options: SynthOptions): SynthResult {
  const environmentDir = path.join(options.root, 'environments');
  const { ignored } = findEnvironmentFiles(environmentDir);
  const environments = loadEnvironments(environmentDir);
  const rendered = environments.map((environment) => renderEnvironment(environment, options.registry));
  const gate = new SchemaGate({
    kubernetesSchemaDir: path.join(options.root, 'schemas', 'kubernetes'),
    crdDir: path.join(options.root, 'schemas', 'crds'),
    minors: SUPPORTED_KUBERNETES_MINORS,
    cacheDir: path.join(options.root, 'node_modules', '.cache', 'ewoc-platform', 'validators'),
  });
  const files = new Map<string, string>();
  const manifests: RenderedObject[] = [];
  for (const { tree } of rendered) {
    // Code-unit order, not the machine's locale.
    for (const [file, objects] of [...tree].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      manifests.push(...objects.map((object) => ({ file, object })));
      files.set(file, toYaml(objects));
    }
  }
  const problems = gate.validate(manifests);
  if (problems.length > 0) {
    throw new PlatformError(`schema validation failed:\n${problems.join('\n')}`);
  }
  return { files, environments: rendered, ignored };
}

/** Renders, validates, then replaces dist/ and argocd/ atomically. */
export function synth(options: SynthOptions): WrittenSynth {
  const result = render(options);
  const changes = describeChanges(options.root, result.files);
  const { warnings } = writeTree(options.root, result.files);
  // The cdk8s CLI lists what the app wrote to its output folder; give it the same tree.
  const cliOutdir = process.env.CDK8S_OUTDIR;
  if (cliOutdir) {
    for (const [file, text] of result.files) {
      const target = path.resolve(options.root, cliOutdir, file);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
    }
  }
  return { ...result, changes, warnings };
}
