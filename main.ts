// `npm run synth [-- --force]`: renders every environment into dist/ and argocd/ (see src/platform/synth-command.ts).
import { runSynthCommand } from './src/platform/synth-command';

// `cdk8s synth` runs this app with CDK8S_OUTDIR set to the folder it lists.
const result = runSynthCommand(__dirname, process.argv.slice(2), process.env.CDK8S_OUTDIR || undefined);
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
