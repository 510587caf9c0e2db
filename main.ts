// Only the up-to-date check is loaded first: with nothing changed since the last synth, nothing else is needed.
import { recordSynth, reportLines, SynthSummary, upToDateSummary } from './src/platform/synth-record';
import type { WrittenSynth } from './src/platform/synth';

const root = __dirname;
// `cdk8s synth` empties its output folder and expects the app to fill it: it always gets a full synth.
const force = process.argv.includes('--force') || !!process.env.CDK8S_OUTDIR;

/** What the user reads after a synth: per environment, what happened to its tree, its size and its waves. */
function summarize(result: WrittenSynth): SynthSummary {
  return {
    environments: result.environments.map(({ environment, tree, waves }) => ({
      name: environment.name,
      change: result.changes.environments.get(environment.name) ?? 'new',
      objects: [...tree.values()].reduce((sum, list) => sum + list.length, 0),
      files: tree.size,
      waves: [...waves].sort(([a, wa], [b, wb]) => wa - wb || (a < b ? -1 : 1)).map(([id, wave]) => `${wave}:${id}`).join(' '),
    })),
    removed: result.changes.removed,
    ignored: result.ignored,
    notices: result.notices,
    warnings: result.warnings,
  };
}

function synthesize(): SynthSummary {
  const { ConfigError } = require('./src/config/load') as typeof import('./src/config/load');
  const { PlatformError, TreeLeftBrokenError } = require('./src/platform/errors') as typeof import('./src/platform/errors');
  const { synth } = require('./src/platform/synth') as typeof import('./src/platform/synth');
  const { MODULES } = require('./src/modules/registry') as typeof import('./src/modules/registry');
  try {
    const summary = summarize(synth({ root, registry: MODULES }));
    recordSynth(root, summary);
    return summary;
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
}

const summary = (!force && upToDateSummary(root)) || synthesize();
console.log(reportLines(summary).join('\n'));
