// npm run plan -- [--base <revision>] [--format text|markdown|json]
// Renders the tree from the working copy and compares it with the tree committed at <revision> (default: where the
// branch left main). Exit code: 0 without flags, 3 with flags (a change that destroys data or cannot apply in
// place), 1 when it cannot plan (see src/plan/plan-command.ts).
import { runPlanCommand } from './src/plan/plan-command';

const result = runPlanCommand(__dirname, process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
