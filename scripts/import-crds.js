#!/usr/bin/env node
// Generates imports/ from the CRD imports listed in cdk8s.yaml without touching the network: each pinned URL is
// resolved to the copy under schemas/crds/ with the same file name, and CRDs that share a module name are imported
// together (cdk8s import writes one file per name, so importing them one by one would overwrite each other).
// Each generated .ts is also transpiled to the .js beside it: the classes are megabytes of code, and node loads the
// .js instead of transpiling them on every synth (tsc still type-checks against the .ts).
const { execFileSync } = require('node:child_process');
const { transpileImport } = require('./transpile-import');
const fs = require('node:fs');
const os = require('node:os');
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

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'crd-import-'));
try {
  for (const [name, files] of modules) {
    const combined = path.join(scratch, `${name}.yaml`);
    fs.writeFileSync(combined, files.map((f) => fs.readFileSync(f, 'utf8')).join('\n---\n'));
    execFileSync('npx', ['cdk8s', 'import', `${name}:=${combined}`, '--no-save', '-l', 'typescript', '-o', 'imports'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false' },
    });
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}

for (const file of fs.readdirSync(path.join(root, 'imports')).filter((f) => f.endsWith('.ts'))) {
  const source = path.join(root, 'imports', file);
  fs.writeFileSync(source.replace(/\.ts$/, '.js'), transpileImport(fs.readFileSync(source, 'utf8')));
}
