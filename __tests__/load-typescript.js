// jest-light-runner runs test files in plain node (no per-file module registry, so modules and Helm renders loaded by
// one test file serve the next) and imports them as ES modules. This lets those imports reach TypeScript: test files
// go to node's CommonJS loader, where scripts/register-ts.js transpiles them with swc, as `npm run synth` does.
require('../scripts/register-ts.js');
require('node:module').register('./typescript-hook.mjs', require('node:url').pathToFileURL(__filename));
// Failure locations in the TypeScript source, not the transpiled JavaScript.
process.setSourceMapsEnabled(true);
