import { ConfigError } from './src/config/load';
import { PlatformError, TreeLeftBrokenError } from './src/platform/errors';
import { synth, WrittenSynth } from './src/platform/synth';
import { MODULES } from './src/modules/registry';

/** What the user reads after a synth: per environment, what happened to its tree, its size and its waves. */
function report(result: WrittenSynth): string[] {
  const lines: string[] = [];
  for (const { environment, tree, waves } of result.environments) {
    const objects = [...tree.values()].reduce((sum, list) => sum + list.length, 0);
    const change = result.changes.environments.get(environment.name) ?? 'new';
    const order = [...waves].sort(([a, wa], [b, wb]) => wa - wb || (a < b ? -1 : 1)).map(([id, wave]) => `${wave}:${id}`);
    lines.push(`${environment.name}: ${change}, ${objects} objects in ${tree.size} files (dist/${environment.name}/, argocd/${environment.name}.yaml)`);
    lines.push(`${environment.name}: waves ${order.join(' ')}`);
  }
  for (const name of result.changes.removed) {
    lines.push(`${name}: removed dist/${name}/ and argocd/${name}.yaml (no environments/${name}.yaml or .yml any more)`);
  }
  for (const file of result.ignored) lines.push(`note: ${file} is not an environment file (.yaml or .yml) and was not rendered`);
  for (const notice of result.notices) lines.push(`note: ${notice}`);
  for (const warning of result.warnings) lines.push(`warning: ${warning}`);
  return lines;
}

try {
  console.log(report(synth({ root: __dirname, registry: MODULES })).join('\n'));
} catch (error) {
  if (error instanceof TreeLeftBrokenError) {
    console.error(`synth failed while replacing the tree.\n${error.message}`);
  } else if (error instanceof ConfigError || error instanceof PlatformError) {
    console.error(`synth failed; dist/ and argocd/ are unchanged.\n${error.message}`);
  } else {
    console.error('synth failed with an internal error (a bug: please report it); dist/ and argocd/ are unchanged.');
    console.error(error);
  }
  process.exit(1);
}
