// Lets node require the project's TypeScript (`node -r ./scripts/register-ts.js main.ts`): each .ts file is
// transpiled by swc once and the JavaScript kept in node_modules/.cache/ewoc-platform/ts, keyed by the file's text,
// the swc version and the options. A warm run loads neither TypeScript nor swc, which is most of what ts-node costs
// at start-up. Types are checked by `tsgo --noEmit` in `npm test`, not here.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const cacheDir = path.join(__dirname, '..', 'node_modules', '.cache', 'ewoc-platform', 'ts');
const swcVersion = require('@swc/core/package.json').version;
const options = {
  jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};
const optionsKey = `${swcVersion}\n${JSON.stringify(options)}`;
let swc;

function transpile(source, filename) {
  const key = crypto.createHash('sha256').update(`${optionsKey}\n${filename}\n${source}`).digest('hex');
  const cached = path.join(cacheDir, `${key}.js`);
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    swc ??= require('@swc/core');
    const { code } = swc.transformSync(source, { ...options, filename });
    try {
      fs.mkdirSync(cacheDir, { recursive: true });
      const temporary = `${cached}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, code);
      fs.renameSync(temporary, cached);
    } catch {
      // Without a writable cache every run transpiles; nothing else changes.
    }
    return code;
  }
}

require.extensions['.ts'] = (module, filename) => {
  module._compile(transpile(fs.readFileSync(filename, 'utf8'), filename), filename);
};
