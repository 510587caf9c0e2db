// @slow: vendors charts from a local chart repository with Helm.
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { resolveHelm } from '../src/hydrate/pinned-tools';

const ROOT = path.resolve(__dirname, '..');
const LOCK = fs.readFileSync(path.join(ROOT, 'charts', 'lock.yaml'), 'utf8');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

interface LockEntry {
  name: string;
  version: string;
  repository: string;
  archive: string;
  sha256: string;
  packagedFrom?: unknown;
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/**
 * scripts/vendor-chart.js against a chart repository served from 127.0.0.1, in a scratch copy of the project whose
 * charts/ holds a copy of the lock (the real charts/ is never written).
 */
describe('npm run vendor-chart', () => {
  let tmp: string;
  let repoDir: string;
  let project: string;
  let server: http.Server;
  let url: string;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-vendor-test-'));
    // A tiny chart in two versions, packaged and indexed by the pinned helm as a chart repository publishes them.
    const helm = resolveHelm(ROOT).path;
    const env = { HOME: path.join(tmp, 'home') };
    const chartDir = path.join(tmp, 'tiny');
    fs.mkdirSync(path.join(chartDir, 'templates'), { recursive: true });
    fs.writeFileSync(path.join(chartDir, 'Chart.yaml'), 'apiVersion: v2\nname: tiny\nversion: 0.1.0\n');
    fs.writeFileSync(path.join(chartDir, 'values.yaml'), 'greeting: hello\n');
    fs.writeFileSync(path.join(chartDir, 'templates', 'configmap.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: tiny }\ndata: { greeting: {{ .Values.greeting | quote }} }\n');
    repoDir = path.join(tmp, 'repo');
    for (const version of ['0.1.0', '0.2.0']) {
      execFileSync(helm, ['package', chartDir, '--version', version, '--destination', repoDir], { env, stdio: 'pipe' });
    }
    execFileSync(helm, ['repo', 'index', repoDir], { env, stdio: 'pipe' });

    server = http.createServer((request, response) => {
      const file = path.join(repoDir, path.basename(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
      if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200).end(fs.readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    project = path.join(tmp, 'project');
    fs.mkdirSync(path.join(project, 'charts'), { recursive: true });
    fs.writeFileSync(path.join(project, 'charts', 'lock.yaml'), LOCK);
    for (const entry of ['node_modules', 'src', 'scripts', 'package.json', 'tsconfig.json']) {
      fs.symlinkSync(path.join(ROOT, entry), path.join(project, entry));
    }
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  // Asynchronous: the repository is served by this process, which must keep answering while the script runs.
  const vendor = (...args: string[]) =>
    new Promise<Run>((resolve) => {
      execFile(process.execPath, [path.join(project, 'scripts', 'vendor-chart.js'), ...args], { cwd: project, encoding: 'utf8' }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
  const lockText = () => fs.readFileSync(path.join(project, 'charts', 'lock.yaml'), 'utf8');
  const lockCharts = (): LockEntry[] => YAML.parse(lockText()).charts;
  const tinyEntries = () => lockCharts().filter((entry) => entry.name === 'tiny');
  const archive = (name: string) => path.join(project, 'charts', name);

  test('vendors a new chart, then another version, then replaces the others', async () => {
    const original = YAML.parse(LOCK);

    const added = await vendor('tiny', '0.1.0', '--repo', url);
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(sha256(archive('tiny-0.1.0.tgz'))).toBe(sha256(path.join(repoDir, 'tiny-0.1.0.tgz')));
    expect(tinyEntries()).toEqual([{ name: 'tiny', version: '0.1.0', repository: url, archive: 'tiny-0.1.0.tgz', sha256: sha256(path.join(repoDir, 'tiny-0.1.0.tgz')) }]);
    expect(lockText().split('\n')[0]).toBe(LOCK.split('\n')[0]);
    expect(lockText().startsWith('# Vendored upstream sources')).toBe(true);
    const names = lockCharts().map((entry) => entry.name);
    expect(names).toEqual([...names].sort());
    // Every other entry, packagedFrom included, and the kustomize sources are as they were.
    expect({ ...YAML.parse(lockText()), charts: lockCharts().filter((entry) => entry.name !== 'tiny') }).toEqual(original);
    expect(added.stdout).toContain('charts/tiny-0.1.0.tgz: written');
    expect(added.stdout).toContain('show values charts/tiny-0.1.0.tgz');
    expect(added.stdout).toContain('npm run synth');

    // The repository now comes from the lock; the older version stays. Mark 0.1.0 as packaged from source to see
    // --replace drop the mark later.
    const another = await vendor('tiny', '0.2.0');
    expect(another).toMatchObject({ code: 0, stderr: '' });
    expect(tinyEntries().map((entry) => entry.version)).toEqual(['0.1.0', '0.2.0']);
    expect(fs.existsSync(archive('tiny-0.1.0.tgz'))).toBe(true);
    expect(another.stdout).toMatch(/diff <\(\S+ show values charts\/tiny-0\.1\.0\.tgz\) <\(\S+ show values charts\/tiny-0\.2\.0\.tgz\)/);
    expect(another.stdout).toContain('kept tiny 0.1.0');

    const document = YAML.parseDocument(lockText());
    const entry = (document.get('charts') as YAML.YAMLSeq<YAML.YAMLMap>).items.find((item) => item.get('name') === 'tiny' && item.get('version') === '0.2.0');
    entry?.set('packagedFrom', { repository: 'https://example.org/tiny', tag: 'v0.2.0', commit: '0'.repeat(40), path: 'tiny' });
    fs.writeFileSync(path.join(project, 'charts', 'lock.yaml'), document.toString({ lineWidth: 0 }));

    const replaced = await vendor('tiny', '0.2.0', '--replace');
    expect(replaced).toMatchObject({ code: 0, stderr: '' });
    expect(tinyEntries()).toEqual([{ name: 'tiny', version: '0.2.0', repository: url, archive: 'tiny-0.2.0.tgz', sha256: sha256(path.join(repoDir, 'tiny-0.2.0.tgz')) }]);
    expect(fs.existsSync(archive('tiny-0.1.0.tgz'))).toBe(false);
    expect(fs.existsSync(archive('tiny-0.2.0.tgz'))).toBe(true);
    expect(replaced.stdout).toContain('packagedFrom removed');
    expect(replaced.stdout).toContain('charts/tiny-0.1.0.tgz: removed');
    // The replaced archive is kept outside the project for the values review the script prints.
    const kept = /diff <\(\S+ show values (\S+tiny-0\.1\.0\.tgz)\)/.exec(replaced.stdout)?.[1];
    expect(kept && fs.existsSync(kept)).toBe(true);
    if (kept) fs.rmSync(path.dirname(path.dirname(kept)), { recursive: true, force: true });
  });

  test('refuses a missing version, an unknown chart and a range, naming the chart', async () => {
    const before = lockText();
    const [missing, unknown, range] = await Promise.all([vendor('tiny', '9.9.9', '--repo', url), vendor('nonesuch', '1.0.0'), vendor('tiny', '^0.1.0')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('chart tiny 9.9.9: helm pull');
    expect(missing.stderr).toMatch(/not found/);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('chart nonesuch is not in charts/lock.yaml');
    expect(unknown.stderr).toContain('--repo');
    expect(range.code).toBe(1);
    expect(range.stderr).toContain('chart tiny: version "^0.1.0" is a range');
    expect(lockText()).toBe(before);
    expect(fs.existsSync(archive('tiny-9.9.9.tgz'))).toBe(false);
  });
});
