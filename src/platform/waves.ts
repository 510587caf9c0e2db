import { PlatformError } from './errors';

/**
 * Sync waves from a dependency graph: a module's wave is one more than the highest wave among its dependencies, so
 * modules with nothing between them sync together and every dependency is healthy before its dependents start.
 * An unknown dependency or a cycle is an error naming the modules involved.
 *
 * @param dependencies module id -> ids of the modules it depends on
 */
export function computeWaves(dependencies: ReadonlyMap<string, ReadonlySet<string>>): Map<string, number> {
  for (const [id, deps] of dependencies) {
    for (const dep of deps) {
      if (!dependencies.has(dep)) {
        throw new PlatformError(`module "${id}" depends on "${dep}", which is not a registered module (registered: ${[...dependencies.keys()].sort().join(', ')})`);
      }
    }
  }
  const waves = new Map<string, number>();
  const visiting: string[] = [];
  const visit = (id: string): number => {
    const known = waves.get(id);
    if (known !== undefined) return known;
    const start = visiting.indexOf(id);
    if (start >= 0) {
      throw new PlatformError(`dependency cycle: ${[...visiting.slice(start), id].join(' -> ')}`);
    }
    visiting.push(id);
    let wave = 0;
    for (const dep of [...(dependencies.get(id) ?? [])].sort()) {
      wave = Math.max(wave, visit(dep) + 1);
    }
    visiting.pop();
    waves.set(id, wave);
    return wave;
  };
  for (const id of [...dependencies.keys()].sort()) visit(id);
  return waves;
}
