import * as fs from 'node:fs';
import * as path from 'node:path';
import { holdsText } from './holds-text';
import { TREE_FOLDERS } from './synth-record';

/** How one environment's part of the tree (dist/<env>/ and argocd/<env>.yaml) compares with what is on disk. */
export type EnvironmentChange = 'new' | 'replaced' | 'unchanged';

export interface TreeChanges {
  /** Environment name -> how its tree changes. */
  readonly environments: ReadonlyMap<string, EnvironmentChange>;
  /** Environments on disk that have no environment file any more: their trees are deleted. */
  readonly removed: readonly string[];
  /** Files under dist/ or argocd/ that belong to no environment: replacing the tree deletes them. */
  readonly strays: readonly string[];
}

/** Whether replacing the tree would change nothing on disk. */
export function isUnchanged(changes: TreeChanges): boolean {
  return changes.removed.length === 0 && changes.strays.length === 0 && [...changes.environments.values()].every((change) => change === 'unchanged');
}

/**
 * Compares the rendered files with the tree on disk, per environment, so synth can say what it replaces and,
 * above all, what it deletes (an environment file renamed or removed takes its whole tree with it).
 */
export function describeChanges(root: string, files: ReadonlyMap<string, string>): TreeChanges {
  const { trees: onDisk, strays } = readEnvironmentTrees(root);
  const rendered = new Map<string, Map<string, string>>();
  for (const [file, text] of files) {
    const name = environmentOf(file);
    if (name === undefined) continue;
    if (!rendered.has(name)) rendered.set(name, new Map());
    rendered.get(name)?.set(file, text);
  }
  const environments = new Map<string, EnvironmentChange>();
  for (const [name, tree] of rendered) {
    const old = onDisk.get(name);
    environments.set(name, !old ? 'new' : sameTree(root, old, tree) ? 'unchanged' : 'replaced');
  }
  const removed = [...onDisk.keys()].filter((name) => !rendered.has(name)).sort();
  return { environments, removed, strays };
}

/** dist/<env>/... and argocd/<env>.yaml belong to <env>. */
function environmentOf(file: string): string | undefined {
  const [top, second] = file.split('/');
  if (top === 'dist' && file.split('/').length > 2) return second;
  if (top === 'argocd' && second?.endsWith('.yaml')) return second.slice(0, -'.yaml'.length);
  return undefined;
}

/**
 * The files on disk per environment, by path relative to `root`. Only their names are read here: contents are
 * compared one file at a time (`sameTree`), so the old tree is never in memory whole.
 */
function readEnvironmentTrees(root: string): { trees: Map<string, Set<string>>; strays: string[] } {
  const trees = new Map<string, Set<string>>();
  const strays: string[] = [];
  const add = (file: string) => {
    const name = environmentOf(file);
    if (name === undefined) {
      strays.push(file);
      return;
    }
    if (!trees.has(name)) trees.set(name, new Set());
    trees.get(name)?.add(file);
  };
  const walk = (relative: string) => {
    const entries = fs.readdirSync(path.join(root, relative), { withFileTypes: true });
    for (const entry of entries) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) add(child);
      else strays.push(child);
    }
  };
  for (const top of TREE_FOLDERS) {
    if (fs.statSync(path.join(root, top), { throwIfNoEntry: false })?.isDirectory()) walk(top);
  }
  return { trees, strays };
}

/** Whether the files on disk are exactly the rendered ones, with the same text. */
function sameTree(root: string, onDisk: ReadonlySet<string>, rendered: ReadonlyMap<string, string>): boolean {
  return onDisk.size === rendered.size && [...rendered].every(([file, text]) => onDisk.has(file) && holdsText(path.join(root, file), text));
}
