// The one transpilation of generated CRD classes (imports/*.ts -> imports/*.js), shared by `npm run import` and
// the test that checks the committed .js files match their .ts.
const swc = require('@swc/core');

function transpileImport(typescript) {
  return swc.transformSync(typescript, {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
    sourceMaps: false,
    swcrc: false,
  }).code;
}

module.exports = { transpileImport };
