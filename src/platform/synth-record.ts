import { createHash, Hash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { projectCacheDir, writeCacheFile } from './cache-dir';

/**
 * The up-to-date check of synth, as `make` has one: a synth records the digest of everything that went into the
 * tree and the files it left; the next synth with the same inputs and an untouched tree has nothing to do and says
 * so at once, before loading anything else. It uses only Node's own modules for that reason.
 */

/** What synth tells the user about one environment. */
export interface EnvironmentSummary {
  readonly name: string;
  readonly change: 'new' | 'replaced' | 'unchanged';
  readonly objects: number;
  readonly files: number;
  /** `wave:module` pairs in sync order. */
  readonly waves: string;
}

/** What synth tells the user. */
export interface SynthSummary {
  readonly environments: readonly EnvironmentSummary[];
  readonly removed: readonly string[];
  readonly ignored: readonly string[];
  readonly notices: readonly string[];
  readonly warnings: readonly string[];
}

interface SynthRecord {
  readonly inputs: string;
  readonly tree: string;
  readonly summary: SynthSummary;
}

/** The folders synth writes: the tree. */
export const TREE_FOLDERS = ['dist', 'argocd'];

/**
 * Everything synth reads, by content: a file edited in place keeping its size and time (`touch -r`) is a change too.
 * Hashing all of it, some 24 MB, costs about 70 ms (and the tree, 26 MB, as much again).
 */
export const SYNTH_INPUTS = ['main.ts', 'package-lock.json', 'scripts/register-ts.js', 'environments', 'src', 'imports', 'schemas', 'charts'];
/** Environment variables that change what synth renders. */
const VARIABLES = ['EWOC_HELM', 'EWOC_KUBECTL'];

/** The lines synth prints. */
export function reportLines(summary: SynthSummary): string[] {
  const lines: string[] = [];
  for (const { name, change, objects, files, waves } of summary.environments) {
    lines.push(`${name}: ${change}, ${objects} objects in ${files} files (dist/${name}/, argocd/${name}.yaml)`);
    lines.push(`${name}: waves ${waves}`);
  }
  for (const name of summary.removed) lines.push(`${name}: removed dist/${name}/ and argocd/${name}.yaml (no environments/${name}.yaml or .yml any more)`);
  for (const file of summary.ignored) lines.push(`note: ${file} is not an environment file (<name>.yaml or .yml, not hidden) and was not rendered`);
  for (const notice of summary.notices) lines.push(`note: ${notice}`);
  for (const warning of summary.warnings) lines.push(`warning: ${warning}`);
  return lines;
}

/**
 * The summary of the last synth when its inputs and its tree are as it left them; undefined otherwise, and when
 * anything cannot be read (an unreadable or dangling environment file): the full synth then says what is wrong.
 */
export function upToDateSummary(root: string): SynthSummary | undefined {
  try {
    const record = JSON.parse(fs.readFileSync(recordFile(root), 'utf8')) as SynthRecord;
    if (record.tree !== treeDigest(root) || record.inputs !== inputsDigest(root)) return undefined;
    const { summary } = record;
    return { ...summary, environments: summary.environments.map((environment) => ({ ...environment, change: 'unchanged' })), removed: [], warnings: [] };
  } catch {
    return undefined;
  }
}

/** Records a synth that succeeded, for the next one to compare with. */
export function recordSynth(root: string, summary: SynthSummary): void {
  let record: SynthRecord;
  try {
    record = { inputs: inputsDigest(root), tree: treeDigest(root), summary };
  } catch {
    // Without a record the next synth does the work again; nothing else changes.
    return;
  }
  writeCacheFile(recordFile(root), JSON.stringify(record));
  pruneStaleRecords(root);
  removeObsoleteCaches(root);
}

/**
 * What earlier versions kept in the cache folder and nothing reads any more: compiled ajv validators (over 100 MB)
 * and tsc's incremental build information, from before tsgo type-checked.
 */
const OBSOLETE_CACHES = ['validators', 'tsconfig.tsbuildinfo'];

function removeObsoleteCaches(root: string): void {
  for (const name of OBSOLETE_CACHES) {
    try {
      fs.rmSync(path.join(projectCacheDir(root), name), { recursive: true, force: true });
    } catch {
      // A cache folder that cannot be cleaned only takes space.
    }
  }
}

/**
 * Removes the records of other project folders that no synth wrote for a day. Checkouts sharing this node_modules
 * through a link (scratch copies of the tests and the bench) leave one record each; one still in use only loses
 * its shortcut once, and its next synth does the whole work.
 */
function pruneStaleRecords(root: string): void {
  const dir = projectCacheDir(root);
  const own = path.basename(recordFile(root));
  const stale = Date.now() - 24 * 60 * 60 * 1000;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names.filter((entry) => entry !== own && /^last-synth-[0-9a-f]{16}\.json$/.test(entry))) {
    const file = path.join(dir, name);
    const modified = fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs;
    if (modified !== undefined && modified < stale) fs.rmSync(file, { force: true });
  }
}

/** One record per project folder: node_modules may be shared (linked) between checkouts. A full synth rewrites it. */
export function recordFile(root: string): string {
  const project = createHash('sha256').update(path.resolve(root)).digest('hex').slice(0, 16);
  return path.join(projectCacheDir(root), `last-synth-${project}.json`);
}

function inputsDigest(root: string): string {
  const hash = createHash('sha256');
  hash.update(`${process.version}\n${VARIABLES.map((name) => `${name}=${process.env[name] ?? ''}`).join('\n')}\n`);
  return contentDigest(root, SYNTH_INPUTS, hash);
}

/** The files of dist/ and argocd/ as synth left them, by content: any hand edit is one. */
function treeDigest(root: string): string {
  return contentDigest(root, TREE_FOLDERS, createHash('sha256'));
}

/** The names and contents of every file under the given paths, added to `hash`. */
function contentDigest(root: string, inputs: readonly string[], hash: Hash): string {
  for (const input of inputs) {
    for (const file of filesUnder(root, input)) hash.update(`${file}\n`).update(fs.readFileSync(path.join(root, file))).update('\n');
  }
  return hash.digest('hex');
}

/** Files under a path (or the path itself), relative to root, in code-unit order; none when it does not exist. */
export function filesUnder(root: string, input: string): string[] {
  const stat = fs.statSync(path.join(root, input), { throwIfNoEntry: false });
  if (!stat) return [];
  if (!stat.isDirectory()) return [input];
  return fs
    .readdirSync(path.join(root, input), { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
