// @slow: synthesizes a scratch project, then takes it through a user's day.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { render } from '../src/platform/synth';
import { projectCacheDir } from '../src/platform/cache-dir';
import { runSynthCommand } from '../src/platform/synth-command';
import { recordFile } from '../src/platform/synth-record';
import { fillCdk8sOutdir } from '../src/platform/cdk8s-outdir';
import { MODULES } from '../src/modules/registry';
import { parseDocument } from '../src/hydrate/parse-manifests';
import { committedTree, readTree, ROOT, synthScratchProject } from './support';

describe('synth', () => {
  /**
   * A fresh synth: the synth command in a scratch project holding this project's inputs (a new folder, this run),
   * which also clears a stale environment folder and caches of earlier versions that nothing reads. The user's day
   * below goes on from it in that project.
   */
  let dir: string;
  let first: ReturnType<typeof runSynthCommand>;
  let fresh: Map<string, string>;
  const obsolete = () => path.join(projectCacheDir(dir), 'validators');
  beforeAll(() => {
    dir = synthScratchProject();
    fs.mkdirSync(path.join(dir, 'dist', 'old-env'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'dist', 'old-env', 'stale.yaml'), 'stale');
    fs.mkdirSync(obsolete(), { recursive: true });
    fs.writeFileSync(path.join(obsolete(), 'compiled.js'), '');
    first = runSynthCommand(dir, []);
    fresh = readTree(dir, ['dist', 'argocd']);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('renders both environments', () => {
    expect([first.exitCode, first.stderr]).toEqual([0, '']);
    expect([...new Set([...fresh.keys()].map((file) => file.split('/')[1].replace(/\.yaml$/, '')))].sort()).toEqual(['prod', 'test']);
    expect(fresh.has('argocd/prod.yaml')).toBe(true);
    expect(fresh.has('dist/test/apps/cert-manager.yaml')).toBe(true);
  });

  // Deterministic too: the committed files came from another synth, in another folder and process.
  test('the committed dist/ and argocd/ equal a fresh synth', () => {
    const committed = readTree(ROOT, ['dist', 'argocd']);
    expect([...committed.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [file, text] of fresh) {
      expect(`${file}:\n${committed.get(file)}`).toBe(`${file}:\n${text}`);
    }
  });

  test('output does not depend on the machine: no absolute paths, home or user names', () => {
    // The home folder as a path of its own: /root is root's home, /host/root a node exporter's mount.
    const homePath = new RegExp(`(^|[^\\w./-])${os.homedir().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w.-])`);
    for (const [file, text] of fresh) {
      expect(`${file}: ${text.includes(ROOT) || text.includes(dir) || homePath.test(text)}`).toBe(`${file}: false`);
    }
  });

  test("`cdk8s synth` runs the synth script's command, node flags and all", () => {
    const app = YAML.parse(fs.readFileSync(path.join(ROOT, 'cdk8s.yaml'), 'utf8')).app;
    expect(app).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.synth);
  });

  test('an argument synth does not know is refused, naming it, before any file is read; --help prints the usage', () => {
    const usage = 'usage: npm run synth [-- --force]   (--force: synthesize even when nothing changed since the last synth)\n';
    const nowhere = path.join(os.tmpdir(), 'ewoc-no-such-project');
    expect(runSynthCommand(nowhere, ['--forse'])).toEqual({ exitCode: 1, stdout: '', stderr: `synth failed: unknown argument --forse\n${usage}` });
    expect(runSynthCommand(nowhere, ['--force', 'prod'])).toEqual({ exitCode: 1, stdout: '', stderr: `synth failed: unknown argument prod\n${usage}` });
    expect(runSynthCommand(nowhere, ['--help'])).toEqual({ exitCode: 0, stdout: usage, stderr: '' });
  });

  test('the cdk8s output folder gets the tree, and one that holds the project or lies in the tree, directly or through a link, is refused', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-outdir-'));
    try {
      fs.mkdirSync(path.join(root, 'dist', 'prod'), { recursive: true });
      fs.writeFileSync(path.join(root, 'dist', 'prod', 'a.yaml'), 'a: 1\n');
      fs.mkdirSync(path.join(root, 'argocd'));
      fs.writeFileSync(path.join(root, 'argocd', 'prod.yaml'), 'b: 2\n');
      // A left-over link in the folder is replaced, not written through.
      const elsewhere = path.join(root, 'elsewhere.yaml');
      fs.writeFileSync(elsewhere, 'kept: true\n');
      fs.mkdirSync(path.join(root, 'out', 'dist', 'prod'), { recursive: true });
      fs.symlinkSync(elsewhere, path.join(root, 'out', 'dist', 'prod', 'a.yaml'));
      // So are a linked folder and a file the tree no longer has.
      const linkedFolder = path.join(root, 'linked-folder');
      fs.mkdirSync(linkedFolder);
      fs.symlinkSync(linkedFolder, path.join(root, 'out', 'argocd'));
      fs.writeFileSync(path.join(root, 'out', 'dist', 'prod', 'gone.yaml'), 'stale: true\n');
      fillCdk8sOutdir(root, 'out');
      expect(readTree(path.join(root, 'out'), ['dist', 'argocd'])).toEqual(readTree(root, ['dist', 'argocd']));
      expect(fs.readFileSync(elsewhere, 'utf8')).toBe('kept: true\n');
      expect(fs.readdirSync(linkedFolder)).toEqual([]);
      // Links to the project and into the tree are what they link to.
      fs.symlinkSync(root, path.join(root, 'to-project'));
      fs.symlinkSync(path.join(root, 'dist'), path.join(root, 'to-dist'));
      // And so is what synth reads, which the CLI would empty before synth starts: an inputs folder, and one behind a link.
      fs.mkdirSync(path.join(root, 'elsewhere-src'));
      fs.symlinkSync(path.join(root, 'elsewhere-src'), path.join(root, 'src'));
      const refused = 'it holds the project or lies inside what synth reads or writes (dist, argocd, main.ts, package-lock.json, scripts, environments, src, imports, schemas, charts, node_modules); give cdk8s.yaml another output folder';
      for (const outdir of ['.', '..', 'dist', 'dist/prod/out', 'argocd/out', path.join(root, 'dist'), 'to-project', 'to-dist', 'to-dist/out', 'environments', 'node_modules/out', 'src/out', 'elsewhere-src']) {
        expect(() => fillCdk8sOutdir(root, outdir)).toThrow(refused);
      }
      // The synth command refuses such a folder before it reads anything (this folder holds no project to synthesize).
      expect(runSynthCommand(root, [], 'environments')).toEqual({ exitCode: 1, stdout: '', stderr: `synth failed; dist/ and argocd/ are unchanged.\nthe cdk8s output folder environments: ${refused}\n` });
      // A file where the folder should be fails, naming why.
      fs.writeFileSync(path.join(root, 'a-file'), 'x');
      expect(() => fillCdk8sOutdir(root, 'a-file')).toThrow(/ENOTDIR/);
      expect(readTree(root, ['dist', 'argocd'])).toEqual(new Map([['dist/prod/a.yaml', 'a: 1\n'], ['argocd/prod.yaml', 'b: 2\n']]));
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  /**
   * One project through a user's day, from the fresh synth above: one with nothing to do, a broken input, a hand edit
   * of the tree with an environment file renamed, a changed input of one environment while the other is removed (as
   * `cdk8s synth` runs it), then `cdk8s synth` itself with nothing to do. Each step is the synth command `main.ts`
   * runs, called here, but the last, which is the processes a user starts (the CLI, then node).
   */
  test("a user's day: the synth command reports each change, does nothing when nothing changed, and undoes hand edits", () => {
    const synthHere = () => runSynthCommand(dir, []);
    expect(fs.existsSync(obsolete())).toBe(false);
    // Manifests only: the environment's map (README.md) is not one.
    const manifests = (env: string) => [...fresh].filter(([file]) => (file.startsWith(`dist/${env}/`) || file === `argocd/${env}.yaml`) && file.endsWith('.yaml'));
    const objects = (env: string) => manifests(env).reduce((sum, [, text]) => sum + text.split(/^---$/m).length, 0);
    // Each module's wave, as its Application in the tree gives it (every module of the test environment has one).
    const waves = (env: string) =>
      [...fresh]
        .filter(([file]) => file.startsWith(`dist/${env}/apps/`))
        .map(([, text]) => YAML.parse(text))
        .map((application): [string, number] => [application.metadata.name, Number(application.metadata.annotations['argocd.argoproj.io/sync-wave'])])
        .sort(([a, x], [b, y]) => x - y || (a < b ? -1 : 1))
        .map(([id, wave]) => `${wave}:${id}`)
        .join(' ');
    expect(waves('test')).toMatch(/^0:namespaces 1:argocd 1:cert-manager /);
    const files = (env: string) => manifests(env).length;
    expect(first.stdout.split('\n')).toEqual([
      `prod: new, ${objects('prod')} objects in ${files('prod')} files (dist/prod/, argocd/prod.yaml)`,
      expect.stringMatching(/^prod: waves 0:namespaces 1:argocd /),
      `test: new, ${objects('test')} objects in ${files('test')} files (dist/test/, argocd/test.yaml)`,
      `test: waves ${waves('test')}`,
      'old-env: removed dist/old-env/ and argocd/old-env.yaml (no environments/old-env.yaml or .yml any more)',
      '',
    ]);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('.staging-'))).toEqual([]);

    const again = synthHere();
    expect(again.stdout).toContain('test: unchanged,');
    expect(again.stdout).toContain('test: waves 0:namespaces');

    // An input the check cannot read is left to the full synth, which says what is wrong.
    fs.symlinkSync(path.join(dir, 'environments', 'gone.yaml'), path.join(dir, 'environments', 'dangling.yaml'));
    const dangling = synthHere();
    expect([dangling.exitCode, dangling.stderr]).toEqual([1, 'synth failed; dist/ and argocd/ are unchanged.\nenvironments/dangling.yaml: cannot be read: it is a symbolic link to a file that does not exist; fix or remove the link\n']);
    fs.rmSync(path.join(dir, 'environments', 'dangling.yaml'));

    // A hand edit of the tree, undone by the synth that also reads the environment file under its other name
    // (.yml), which renders the same tree.
    const edited = path.join(dir, 'dist', 'test', 'apps', 'kong.yaml');
    const original = fs.readFileSync(edited, 'utf8');
    fs.writeFileSync(edited, original.replace('selfHeal: true', 'selfHeal: false'));
    const environment = path.join(dir, 'environments', 'test.yaml');
    fs.renameSync(environment, path.join(dir, 'environments', 'test.yml'));
    const repaired = synthHere();
    expect(repaired.exitCode).toBe(0);
    expect(repaired.stdout).toContain('test: replaced,');
    expect(fs.readFileSync(edited, 'utf8')).toBe(original);
    expect(readTree(dir, ['dist', 'argocd'])).toEqual(fresh);

    // A changed input of one environment and another environment removed, in one synth.
    const production = path.join(dir, 'environments', 'prod.yaml');
    fs.writeFileSync(production, fs.readFileSync(production, 'utf8').replace('revision: main', 'revision: release-2'));
    fs.renameSync(path.join(dir, 'environments', 'test.yml'), path.join(dir, 'environments', 'test.yml.off'));
    // This one as `cdk8s synth` runs it: with the CLI's output folder to fill.
    const removed = runSynthCommand(dir, [], '.cdk8s.out');
    expect(removed.exitCode).toBe(0);
    expect(removed.stdout).toContain('prod: replaced,');
    expect(fs.readFileSync(path.join(dir, 'dist', 'prod', 'apps', 'kong.yaml'), 'utf8')).toContain('targetRevision: release-2');
    expect(removed.stdout).toContain('test: removed dist/test/ and argocd/test.yaml (no environments/test.yaml or .yml any more)\n');
    expect(removed.stdout).toContain('note: environments/test.yml.off is not an environment file (<name>.yaml or .yml, not hidden) and was not rendered\n');
    expect(fs.existsSync(path.join(dir, 'dist', 'test'))).toBe(false);
    expect(readTree(path.join(dir, '.cdk8s.out'), ['dist', 'argocd'])).toEqual(readTree(dir, ['dist', 'argocd']));

    // `cdk8s synth` as a user starts it, with nothing changed since: the CLI empties its output folder and runs
    // the synth script's command, whose up-to-date check leaves the tree alone (no full synth, which would rewrite
    // the record of the last one) and fills the folder with it.
    const record = fs.statSync(recordFile(dir));
    fs.writeFileSync(path.join(dir, '.cdk8s.out', 'left-over.yaml'), 'stale: true\n');
    const cli = path.join(ROOT, 'node_modules', 'cdk8s-cli', 'bin', 'cdk8s');
    const viaCli = spawnSync(process.execPath, [cli, 'synth', '--no-check-upgrade'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false' } });
    expect([viaCli.status, viaCli.stderr]).toEqual([0, '']);
    expect(fs.statSync(recordFile(dir)).mtimeMs).toBe(record.mtimeMs);
    const tree = readTree(dir, ['dist', 'argocd']);
    expect(tree).toEqual(render({ root: dir, registry: MODULES }).files);
    // The CLI lists the manifests of its output folder, which are the tree's.
    const listed = viaCli.stdout.split('\n').filter((line) => line.startsWith('  - '));
    expect(listed.sort()).toEqual([...tree.keys()].filter((file) => file.endsWith('.yaml')).map((file) => `  - .cdk8s.out/${file}`).sort());
    expect(fs.readdirSync(path.join(dir, '.cdk8s.out')).sort()).toEqual(['argocd', 'dist']);
    expect(readTree(path.join(dir, '.cdk8s.out'), ['dist', 'argocd'])).toEqual(tree);
  });

  // Last: by then another worker has most likely kept the parse in the cache, which is what this reads and checks.
  test('the committed tree as tests read it (its parse kept in the cache) is a parse of its files', () => {
    const tree = committedTree('test');
    expect(tree.map(({ file }) => file)).toEqual([...fresh.keys()].filter((file) => file.startsWith('dist/test/') && file.endsWith('.yaml')).sort());
    // Every fourth file, parsed again: a cache that parses or keeps objects wrongly, or pairs them with the wrong
    // files, shows in any of them, and the whole environment would take a second.
    const sample = tree.filter((_, index) => index % 4 === 0);
    for (const { file, object } of sample) expect(object).toEqual(parseDocument(fs.readFileSync(path.join(ROOT, file), 'utf8'), file));
  });
});
