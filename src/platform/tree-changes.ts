import * as fs from 'node:fs';
import * as path from 'node:path';

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
    environments.set(name, !old ? 'new' : sameTree(old, tree) ? 'unchanged' : 'replaced');
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

function readEnvironmentTrees(root: string): { trees: Map<string, Map<string, string>>; strays: string[] } {
  const trees = new Map<string, Map<string, string>>();
  const strays: string[] = [];
  const add = (file: string) => {
    const name = environmentOf(file);
    if (name === undefined) {
      strays.push(file);
      return;
    }
    if (!trees.has(name)) trees.set(name, new Map());
    let text: string | undefined;
    try {
      text = fs.readFileSync(path.join(root, file), 'utf8');
    } catch {
      // Unreadable counts as different; the writer says whether it can replace it.
    }
    trees.get(name)?.set(file, text ?? '\0');
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
  for (const top of ['dist', 'argocd']) {
    if (fs.statSync(path.join(root, top), { throwIfNoEntry: false })?.isDirectory()) walk(top);
  }
  return { trees, strays };
}

function sameTree(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([file, text]) => b.get(file) === text);
}
