import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { render, synth } from '../src/platform/synth';
import { MODULES } from '../src/modules/registry';
import { ROOT } from './support';

/** Every file under the given top-level folders of `root`, with its text. */
function readTree(root: string, tops: string[]): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else files.set(rel, fs.readFileSync(path.join(root, rel), 'utf8'));
    }
  };
  for (const top of tops) if (fs.existsSync(path.join(root, top))) walk(top);
  return files;
}

/** A scratch project: this project's code and schemas, its own environments and output folders. */
function scratchProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-project-'));
  for (const shared of ['src', 'imports', 'schemas', 'node_modules', 'tsconfig.json', 'package.json']) {
    fs.symlinkSync(path.join(ROOT, shared), path.join(dir, shared));
  }
  // Copied, not linked: node would resolve a linked main.ts to this project and write here.
  fs.copyFileSync(path.join(ROOT, 'main.ts'), path.join(dir, 'main.ts'));
  fs.cpSync(path.join(ROOT, 'environments'), path.join(dir, 'environments'), { recursive: true });
  return dir;
}

describe('synth', () => {
  const first = render({ root: ROOT, registry: MODULES });

  test('renders both environments', () => {
    expect(first.environments.map((e) => e.environment.name)).toEqual(['prod', 'test']);
    expect(first.files.has('argocd/prod.yaml')).toBe(true);
    expect(first.files.has('dist/test/apps/cert-manager.yaml')).toBe(true);
  });

  test('is deterministic: two renders are byte-identical', () => {
    const second = render({ root: ROOT, registry: MODULES });
    expect([...second.files]).toEqual([...first.files]);
  });

  test('the committed dist/ and argocd/ equal a fresh synth', () => {
    const committed = readTree(ROOT, ['dist', 'argocd']);
    expect([...committed.keys()].sort()).toEqual([...first.files.keys()].sort());
    for (const [file, text] of first.files) {
      expect(`${file}:\n${committed.get(file)}`).toBe(`${file}:\n${text}`);
    }
  });

  test('output does not depend on the machine: no absolute paths, home or user names', () => {
    for (const [file, text] of first.files) {
      expect(`${file}: ${text.includes(ROOT) || text.includes(os.homedir())}`).toBe(`${file}: false`);
    }
  });

  test('bootstrap-values prints the argo-cd values the argocd module applies', () => {
    const printed = JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'bootstrap-values.js'), 'prod'], { encoding: 'utf8' }));
    const app = YAML.parse(first.files.get('dist/prod/apps/argocd.yaml') as string);
    expect(printed).toEqual(app.spec.source.helm.valuesObject);
    expect(printed.configs.cm).toHaveProperty(['resource.customizations.health.argoproj.io_Application']);
  });

  describe('in a scratch project', () => {
    let dir: string;
    beforeEach(() => {
      dir = scratchProject();
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    test('writes the tree, then replaces it entirely (stale files disappear)', () => {
      fs.mkdirSync(path.join(dir, 'dist', 'old-env'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'dist', 'old-env', 'stale.yaml'), 'stale');
      synth({ root: dir, registry: MODULES });
      expect(readTree(dir, ['dist', 'argocd'])).toEqual(first.files);
      expect(fs.readdirSync(dir).filter((f) => f.startsWith('.staging-'))).toEqual([]);
    });

    test('a bad environment fails the synth process with the field and leaves dist/ and argocd/ untouched', () => {
      fs.mkdirSync(path.join(dir, 'dist', 'prod'), { recursive: true });
      fs.mkdirSync(path.join(dir, 'argocd'));
      fs.writeFileSync(path.join(dir, 'dist', 'prod', 'marker.yaml'), 'kept: true\n');
      fs.writeFileSync(path.join(dir, 'argocd', 'prod.yaml'), 'kept: true\n');
      const before = readTree(dir, ['dist', 'argocd']);
      const broken = fs.readFileSync(path.join(dir, 'environments', 'test.yaml'), 'utf8').replace('size: 50Gi', 'size: fifty');
      fs.writeFileSync(path.join(dir, 'environments', 'test.yaml'), broken);

      const result = spawnSync(process.execPath, ['-r', 'ts-node/register', 'main.ts'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CDK8S_OUTDIR: '' } });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('environments/test.yaml: pvRecovery.volumes[1].size: must be a Kubernetes quantity such as 30Gi');
      expect(result.stderr).toContain('dist/ and argocd/ are unchanged');
      expect(readTree(dir, ['dist', 'argocd'])).toEqual(before);
    });

    test('the synth process writes what render returns and reports the waves', () => {
      const out = execFileSync(process.execPath, ['-r', 'ts-node/register', 'main.ts'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CDK8S_OUTDIR: '' } });
      expect(out).toContain('test: 0:namespaces 1:argocd 1:cert-manager 1:external-secrets 1:keycloak-operator 1:pv-recovery 2:kong 2:postgres 3:keycloak 4:rdm');
      expect(readTree(dir, ['dist', 'argocd'])).toEqual(first.files);
    });
  });
});
