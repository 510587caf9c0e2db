#!/usr/bin/env node
// Generates imports/ from the CRD imports listed in cdk8s.yaml without touching the network: each pinned URL is
// resolved to the copy under schemas/crds/ with the same file name, and CRDs that share a module name are imported
// together (cdk8s import writes one file per name, so importing them one by one would overwrite each other).
// cdk8s writes TypeScript; what lands in imports/ is its JavaScript (swc) and its declarations (tsc). The classes are
// megabytes of generated code: node loads the .js without transpiling, and tsc reads the .d.ts without checking the
// bodies again (checking the .ts took most of `npm test`'s type-check on a fresh clone).
const { execFileSync } = require('node:child_process');
const swc = require('@swc/core');
const ts = require('typescript');
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

const root = path.resolve(__dirname, '..');
const crdRoot = path.join(root, 'schemas', 'crds');
const localCopies = new Map();
for (const project of fs.readdirSync(crdRoot, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const file of fs.readdirSync(path.join(crdRoot, project.name))) {
    localCopies.set(file, path.join(crdRoot, project.name, file));
  }
}

const config = YAML.parse(fs.readFileSync(path.join(root, 'cdk8s.yaml'), 'utf8'));
const modules = new Map();
for (const spec of config.imports ?? []) {
  const [name, url] = spec.split(':=');
  const local = localCopies.get(path.posix.basename(url));
  if (!url || !local) {
    throw new Error(`cdk8s.yaml imports: "${spec}" must be "<module>:=<url>" naming a file copied under schemas/crds/`);
  }
  modules.set(name, [...(modules.get(name) ?? []), local]);
}

// Inside the project, so that tsc finds cdk8s and constructs in its node_modules/.
fs.mkdirSync(path.join(root, '.scratch'), { recursive: true });
const scratch = fs.mkdtempSync(path.join(root, '.scratch', 'crd-import-'));
const generated = path.join(scratch, 'imports');
const output = path.join(root, 'imports');
try {
  for (const [name, files] of modules) {
    const combined = path.join(scratch, `${name}.yaml`);
    fs.writeFileSync(combined, files.map((f) => fs.readFileSync(f, 'utf8')).join('\n---\n'));
    execFileSync('npx', ['cdk8s', 'import', `${name}:=${combined}`, '--no-save', '-l', 'typescript', '-o', generated], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false' },
    });
  }
  const sources = fs.readdirSync(generated).filter((f) => f.endsWith('.ts')).map((f) => path.join(generated, f));
  const program = ts.createProgram(sources, {
    declaration: true,
    emitDeclarationOnly: true,
    outDir: output,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    skipLibCheck: true,
    strict: true,
  });
  const emitted = program.emit();
  const problems = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
  if (problems.length > 0) throw new Error(ts.formatDiagnostics(problems, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' }));
  for (const source of sources) {
    fs.writeFileSync(path.join(output, path.basename(source).replace(/\.ts$/, '.js')), swc.transformSync(fs.readFileSync(source, 'utf8'), {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
      sourceMaps: false,
      swcrc: false,
    }).code);
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
