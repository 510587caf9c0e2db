// Only what the options need is loaded first: a mistyped option is answered at once, not after loading the platform.
import type { PlanFormat } from './plan-report';

/** What `npm run plan` prints and how it exits: 0 without flags, 3 with flags, 1 when it cannot plan. */
export interface PlanCommandResult {
  readonly exitCode: 0 | 1 | 3;
  readonly stdout: string;
  readonly stderr: string;
}

const USAGE = 'usage: npm run plan -- [--base <revision>] [--format text|markdown|json]';
const FORMATS: readonly PlanFormat[] = ['text', 'markdown', 'json'];

function options(args: readonly string[]): { base?: string; format: PlanFormat } {
  let base: string | undefined;
  let format: PlanFormat = 'text';
  const given = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split(/=(.*)/s);
    const next = () => inline ?? args[++i];
    if (given.has(flag)) throw new Error(`${flag} is given twice\n${USAGE}`);
    given.add(flag);
    if (flag === '--base') base = next();
    else if (flag === '--format') format = next() as PlanFormat;
    else throw new Error(`unknown argument ${args[i]}\n${USAGE}`);
    if (flag === '--base' && !base) throw new Error(`--base needs a revision\n${USAGE}`);
  }
  if (!FORMATS.includes(format)) throw new Error(`--format must be one of ${FORMATS.join(', ')}\n${USAGE}`);
  return { base, format };
}

/** The plan of the working copy at `root` against `base` (default: where the branch left main). */
function plan(root: string, base: string | undefined, format: PlanFormat): PlanCommandResult {
  const { MODULES } = require('../modules/registry') as typeof import('../modules/registry');
  const { render } = require('../platform/synth') as typeof import('../platform/synth');
  const { planChanges } = require('./plan') as typeof import('./plan');
  const { formatPlan } = require('./plan-report') as typeof import('./plan-report');
  const { blobId, blobTexts, committedBlobs, defaultBase, plannedObjects } = require('./planned-tree') as typeof import('./planned-tree');
  const revision = base ?? defaultBase(root);
  const blobs = committedBlobs(root, revision);
  const rendered = render({ root, registry: MODULES });
  // A file committed as it renders (its blob's id is that of the rendered text) is not read from git, and holds the
  // rendered objects: both sides get those, and no such file is parsed. Reading and parsing the whole committed tree
  // took most of a plan with few changes.
  const unchanged = new Map<string, string>();
  for (const [file, id] of blobs) {
    const text = rendered.files.get(file);
    if (text !== undefined && blobId(text, id) === id) unchanged.set(file, text);
  }
  const read = blobTexts(root, [...blobs].filter(([file]) => !unchanged.has(file)).map(([, id]) => id));
  const committed = new Map([...blobs].map(([file, id]) => [file, unchanged.get(file) ?? (read.get(id) as string)]));
  const parsed = new Map<string, Record<string, any>[]>();
  for (const { tree } of rendered.environments) {
    for (const [file, objects] of tree) {
      const text = unchanged.get(file);
      if (text !== undefined) parsed.set(text, objects);
    }
  }
  const before = plannedObjects(committed, parsed);
  const after = plannedObjects(rendered.files, parsed);
  const changes = planChanges(before, after);
  return { exitCode: changes.flagCount > 0 ? 3 : 0, stdout: formatPlan(changes, revision, format), stderr: '' };
}

/**
 * `npm run plan` for the project at `root` with the command's arguments: renders the working copy and compares it
 * with the tree committed at the base revision.
 */
export function runPlanCommand(root: string, args: readonly string[]): PlanCommandResult {
  if (args.includes('--help') || args.includes('-h')) return { exitCode: 0, stdout: `${USAGE}\n`, stderr: '' };
  try {
    const { base, format } = options(args);
    return plan(root, base, format);
  } catch (error) {
    // Bad configuration, a tree the gates refuse, or an unknown revision: the message says which.
    return { exitCode: 1, stdout: '', stderr: `plan failed: ${error instanceof Error ? error.message : String(error)}\n` };
  }
}
