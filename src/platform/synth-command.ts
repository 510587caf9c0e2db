// Only the up-to-date check is loaded first: with nothing changed since the last synth, nothing else is needed.
import { inspect } from 'node:util';
import { checkCdk8sOutdir, fillCdk8sOutdir } from './cdk8s-outdir';
import { recordSynth, reportLines, SynthSummary, upToDateSummary } from './synth-record';
import type { WrittenSynth } from './synth';

/** What `npm run synth` prints and how it exits. */
export interface SynthCommandResult {
  readonly exitCode: 0 | 1;
  readonly stdout: string;
  readonly stderr: string;
}

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

/** The full synth, its record for the next up-to-date check, or the message saying why it failed. */
function synthesize(root: string): SynthSummary | string {
  const { ConfigError } = require('../config/load') as typeof import('../config/load');
  const { PlatformError, TreeLeftBrokenError } = require('./errors') as typeof import('./errors');
  const { synth } = require('./synth') as typeof import('./synth');
  const { MODULES } = require('../modules/registry') as typeof import('../modules/registry');
  try {
    const summary = summarize(synth({ root, registry: MODULES }));
    recordSynth(root, summary);
    return summary;
  } catch (error) {
    if (error instanceof TreeLeftBrokenError) return `synth failed while replacing the tree.\n${error.message}\n`;
    if (error instanceof ConfigError || error instanceof PlatformError) return `synth failed; dist/ and argocd/ are unchanged.\n${error.message}\n`;
    return `synth failed with an internal error (a bug: please report it); dist/ and argocd/ are unchanged.\n${inspect(error)}\n`;
  }
}

const USAGE = 'usage: npm run synth [-- --force]   (--force: synthesize even when nothing changed since the last synth)';

/**
 * `npm run synth` for the project at `root` with the command's arguments: nothing when the last synth's inputs are
 * unchanged, unless `--force` asks. Under `cdk8s synth`, `cdk8sOutdir` is the CLI's output folder, which is given
 * the tree either way. An argument it does not know is refused rather than ignored: a mistyped `--force` would
 * otherwise report an unchanged tree.
 */
export function runSynthCommand(root: string, args: readonly string[], cdk8sOutdir?: string): SynthCommandResult {
  if (args.includes('--help') || args.includes('-h')) return { exitCode: 0, stdout: `${USAGE}\n`, stderr: '' };
  const unknown = args.filter((arg) => arg !== '--force');
  if (unknown.length > 0) return { exitCode: 1, stdout: '', stderr: `synth failed: unknown argument ${unknown[0]}\n${USAGE}\n` };
  if (cdk8sOutdir) {
    // Before anything is read: the CLI emptied that folder already, and what synth would say of what is left misleads.
    try {
      checkCdk8sOutdir(root, cdk8sOutdir);
    } catch (error) {
      return { exitCode: 1, stdout: '', stderr: `synth failed; dist/ and argocd/ are unchanged.\nthe cdk8s output folder ${cdk8sOutdir}: ${(error as Error).message}\n` };
    }
  }
  const summary = (!args.includes('--force') && upToDateSummary(root)) || synthesize(root);
  if (typeof summary === 'string') return { exitCode: 1, stdout: '', stderr: summary };
  if (cdk8sOutdir) {
    try {
      fillCdk8sOutdir(root, cdk8sOutdir);
    } catch (error) {
      return { exitCode: 1, stdout: '', stderr: `synth left dist/ and argocd/ complete, but could not fill the cdk8s output folder ${cdk8sOutdir}: ${(error as Error).message}\n` };
    }
  }
  return { exitCode: 0, stdout: `${reportLines(summary).join('\n')}\n`, stderr: '' };
}
