// npm run plan -- [--base <revision>] [--format text|markdown|json]
// Renders the tree from the working copy and compares it with the tree committed at <revision> (default: where the
// branch left main). Exit code: 0 without flags, 3 with flags (a change that destroys data or cannot apply in
// place), 1 when it cannot plan.
import type { PlanFormat } from './src/plan/plan-report';

const USAGE = 'usage: npm run plan -- [--base <revision>] [--format text|markdown|json]';
const FORMATS: readonly PlanFormat[] = ['text', 'markdown', 'json'];

function options(argv: readonly string[]): { base?: string; format: PlanFormat } {
  let base: string | undefined;
  let format: PlanFormat = 'text';
  const given = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const next = () => inline ?? argv[++i];
    if (given.has(flag)) throw new Error(`${flag} is given twice\n${USAGE}`);
    given.add(flag);
    if (flag === '--base') base = next();
    else if (flag === '--format') format = next() as PlanFormat;
    else throw new Error(`unknown argument ${argv[i]}\n${USAGE}`);
    if (flag === '--base' && !base) throw new Error(`--base needs a revision\n${USAGE}`);
  }
  if (!FORMATS.includes(format)) throw new Error(`--format must be one of ${FORMATS.join(', ')}\n${USAGE}`);
  return { base, format };
}

/** Renders the working copy and prints its plan against `base`; exits 3 when the plan flags a change. */
function planCommand(base: string | undefined, format: PlanFormat): void {
  // Loaded once the options are known to be good: a mistyped option is answered at once, not after loading the platform.
  const { MODULES } = require('./src/modules/registry') as typeof import('./src/modules/registry');
  const { render } = require('./src/platform/synth') as typeof import('./src/platform/synth');
  const { planChanges } = require('./src/plan/plan') as typeof import('./src/plan/plan');
  const { formatPlan } = require('./src/plan/plan-report') as typeof import('./src/plan/plan-report');
  const { committedFiles, defaultBase, plannedObjects } = require('./src/plan/planned-tree') as typeof import('./src/plan/planned-tree');
  const root = __dirname;
  const revision = base ?? defaultBase(root);
  const parsed = new Map<string, Record<string, any>[]>();
  const before = plannedObjects(committedFiles(root, revision), parsed);
  const after = plannedObjects(render({ root, registry: MODULES }).files, parsed);
  const plan = planChanges(before, after);
  process.stdout.write(formatPlan(plan, revision, format));
  process.exitCode = plan.flagCount > 0 ? 3 : 0;
}

try {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) process.stdout.write(`${USAGE}\n`);
  else {
    const { base, format } = options(argv);
    planCommand(base, format);
  }
} catch (error) {
  // Bad configuration, a tree the gates refuse, or an unknown revision: the message says which.
  console.error(`plan failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
