// `npm run synth [-- --force]`: renders every environment into dist/ and argocd/ (see src/platform/synth-command.ts).
import { runSynthCommand } from './src/platform/synth-command';

// `cdk8s synth` empties its output folder and expects the app to fill it: it always gets a full synth.
const result = runSynthCommand(__dirname, process.argv.includes('--force') || !!process.env.CDK8S_OUTDIR);
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
