// @slow: starts the plan process on a scratch git repository.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { planChanges } from '../src/plan/plan';
import { runPlanCommand } from '../src/plan/plan-command';
import { formatPlan } from '../src/plan/plan-report';
import { blobId, blobTexts, committedBlobs, PlannedObject, plannedObjects } from '../src/plan/planned-tree';
import { ROOT } from './support';

const at = (module: string, object: Record<string, any>, environment = 'prod'): PlannedObject => ({ environment, module, file: `dist/${environment}/${module}/x.yaml`, object });
const sts = (spec: Record<string, any> = {}, annotations?: Record<string, string>) => ({
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name: 'db', namespace: 'sysdb', annotations },
  spec: { serviceName: 'db', selector: { matchLabels: { app: 'db' } }, volumeClaimTemplates: [{ metadata: { name: 'data' } }], template: { spec: { containers: [{ name: 'db', image: 'db:1.0.0' }] } }, ...spec },
});
const flagsOf = (before: PlannedObject[], after: PlannedObject[]) => planChanges(before, after).changes.flatMap((c) => c.flags);

describe('plan', () => {
  test.each<[string, Record<string, any>, RegExp]>([
    ['a Namespace', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'rdm' } }, /deleting a Namespace deletes everything in it/],
    ['a PersistentVolume', { apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pv' } }, /can delete the disk behind it/],
    ['a PersistentVolumeClaim', { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'c', namespace: 'rdm' } }, /releases its volume/],
    ['a CRD', { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'x.example.org' } }, /deletes every custom resource of its kind/],
    ['a StatefulSet', sts(), /stops its pods; its claims stay behind/],
    ['a CloudNativePG Cluster', { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: { name: 'postgres', namespace: 'sysdb' } }, /deletes its instances and their volumes/],
    ['a MongoDB resource', { apiVersion: 'mongodbcommunity.mongodb.com/v1', kind: 'MongoDBCommunity', metadata: { name: 'm', namespace: 'logging' } }, /deletes the MongoDB deployment and its data/],
    ['anything marked Prune=false', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'x', annotations: { 'argocd.argoproj.io/sync-options': 'Prune=false,Delete=false' } } }, /is marked Prune=false/],
  ])('deleting %s is flagged', (_name, object, reason) => {
    expect(flagsOf([at('m', object)], [])).toEqual([expect.stringMatching(reason)]);
  });

  test('deleting a ConfigMap is listed, not flagged', () => {
    const plan = planChanges([at('m', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'x' } })], []);
    expect(plan.changes.map((c) => [c.change, c.kind, c.flags])).toEqual([['removed', 'ConfigMap', []]]);
    expect(plan.flagCount).toBe(0);
  });

  test.each<[string, Record<string, any>, Record<string, any>, RegExp]>([
    ['StatefulSet volumeClaimTemplates', sts(), sts({ volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { resources: { requests: { storage: '2Gi' } } } }] }), /StatefulSet spec.volumeClaimTemplates changes/],
    ['StatefulSet selector', sts(), sts({ selector: { matchLabels: { app: 'other' } } }), /StatefulSet spec.selector changes/],
    ['StatefulSet serviceName', sts(), sts({ serviceName: 'other' }), /StatefulSet spec.serviceName changes/],
    [
      'Deployment selector',
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec: { selector: { matchLabels: { a: '1' } } } },
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec: { selector: { matchLabels: { a: '2' } } } },
      /Deployment spec.selector changes/,
    ],
    [
      'DaemonSet selector',
      { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'd' }, spec: { selector: { matchLabels: { a: '1' } } } },
      { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'd' }, spec: { selector: { matchLabels: { a: '2' } } } },
      /DaemonSet spec.selector changes/,
    ],
    ['Service clusterIP', { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { clusterIP: 'None' } }, { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: {} }, /spec.clusterIP changes/],
    ['Service type', { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { type: 'LoadBalancer' } }, { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { type: 'NodePort' } }, /type changes from LoadBalancer to NodePort/],
    [
      'PVC storage class',
      { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'c' }, spec: { storageClassName: 'a' } },
      { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'c' }, spec: { storageClassName: 'b' } },
      /spec.storageClassName changes/,
    ],
    [
      'PVC shrink',
      { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'c' }, spec: { resources: { requests: { storage: '1Gi' } } } },
      { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'c' }, spec: { resources: { requests: { storage: '500Mi' } } } },
      /shrinks from 1Gi to 500Mi/,
    ],
    [
      'Job template',
      { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j' }, spec: { template: { spec: { containers: [{ image: 'a:1.0.0' }] } } } },
      { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j' }, spec: { template: { spec: { containers: [{ image: 'a:1.0.1' }] } } } },
      /Job spec.template changes/,
    ],
    [
      'CRD version no longer served',
      { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'x.e.org' }, spec: { versions: [{ name: 'v1' }, { name: 'v1beta1' }] } },
      { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'x.e.org' }, spec: { versions: [{ name: 'v1' }, { name: 'v1beta1', served: false }] } },
      /no longer serves v1beta1/,
    ],
    [
      'a sync wave',
      { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name: 'kong', annotations: { 'argocd.argoproj.io/sync-wave': '2' } } },
      { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name: 'kong', annotations: { 'argocd.argoproj.io/sync-wave': '3' } } },
      /sync wave of kong moves from 2 to 3/,
    ],
  ])('changing %s is flagged', (_name, before, after, reason) => {
    expect(flagsOf([at('m', before)], [at('m', after)])).toEqual([expect.stringMatching(reason)]);
  });

  test('a hook Job changes freely: Argo CD recreates it at each sync', () => {
    const job = (image: string) => ({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j', annotations: { 'argocd.argoproj.io/hook': 'PostSync' } }, spec: { template: { spec: { containers: [{ image }] } } } });
    expect(flagsOf([at('m', job('a:1.0.0'))], [at('m', job('a:1.0.1'))])).toEqual([]);
  });

  test('an object moving between Applications is flagged; versions are listed, not flagged', () => {
    const deployment = (image: string) => ({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd', namespace: 'x', labels: { 'helm.sh/chart': `app-${image}` } }, spec: { template: { spec: { containers: [{ name: 'c', image: `app:${image}` }] } } } });
    const moved = planChanges([at('old', deployment('1.0.0'))], [at('new', deployment('1.0.0'))]);
    expect(moved.changes[0]).toMatchObject({ change: 'changed', module: 'new', movedFrom: 'old', flags: [expect.stringMatching(/moves from Application old to new/)] });
    const upgraded = planChanges([at('m', deployment('1.0.0'))], [at('m', deployment('1.1.0'))]);
    expect(upgraded.flagCount).toBe(0);
    expect(upgraded.versions).toEqual([
      { environment: 'prod', module: 'm', what: 'chart', before: ['app-1.0.0'], after: ['app-1.1.0'] },
      { environment: 'prod', module: 'm', what: 'image', before: ['app:1.0.0'], after: ['app:1.1.0'] },
    ]);
    expect(upgraded.changes[0].fields).toEqual([
      { path: 'metadata.labels.helm.sh/chart', before: 'app-1.0.0', after: 'app-1.1.0' },
      { path: 'spec.template.spec.containers[0].image', before: 'app:1.0.0', after: 'app:1.1.0' },
    ]);
  });

  test('the same objects in another environment are another environment’s changes', () => {
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'x' }, data: { a: '1' } };
    expect(planChanges([at('m', cm, 'prod')], [at('m', cm, 'test')]).changes.map((c) => [c.environment, c.change])).toEqual([
      ['prod', 'removed'],
      ['test', 'added'],
    ]);
  });

  test('text, Markdown and JSON say the same plan', () => {
    const plan = planChanges([at('postgres', sts())], []);
    const text = formatPlan(plan, 'abc123', 'text');
    expect(text).toContain('Plan against abc123: 0 added, 0 changed, 1 removed; 1 flag: approval needed');
    expect(text).toContain('    - StatefulSet sysdb/db\n        FLAG: deleting a StatefulSet stops its pods');
    const markdown = formatPlan(plan, 'abc123', 'markdown');
    expect(markdown).toContain('- :warning: **prod/postgres** `StatefulSet sysdb/db`: deleting a StatefulSet');
    expect(markdown).toContain('| postgres | removed :warning: | `StatefulSet sysdb/db` |');
    expect(JSON.parse(formatPlan(plan, 'abc123', 'json'))).toMatchObject({ base: 'abc123', flagCount: 1, changes: [{ change: 'removed', kind: 'StatefulSet' }] });
  });

  test.each(['sha1', 'sha256'])('the committed tree of a revision is read with git, file by file, documents split (%s object ids)', (format) => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-plan-'));
    try {
      const git = (...args: string[]) => expect(spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', ...args], { cwd: repo }).status).toBe(0);
      git('init', '-q', `--object-format=${format}`);
      fs.mkdirSync(path.join(repo, 'dist', 'prod', 'kong'), { recursive: true });
      fs.mkdirSync(path.join(repo, 'argocd'));
      // Text beyond ASCII: a blob's id counts bytes, not characters.
      fs.writeFileSync(path.join(repo, 'dist', 'prod', 'kong', 'configmap-a.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  note: café ✓\n');
      fs.writeFileSync(path.join(repo, 'dist', 'prod', 'README.md'), '# not an object\n');
      fs.writeFileSync(path.join(repo, 'argocd', 'prod.yaml'), 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n');
      git('add', '.');
      git('commit', '-q', '-m', 'tree');
      const blobs = committedBlobs(repo, 'HEAD');
      const texts = blobTexts(repo, blobs.values());
      const objects = plannedObjects(new Map([...blobs].map(([file, id]) => [file, texts.get(id) as string])));
      expect(objects.map((o) => [o.environment, o.module, o.object.kind, o.object.metadata.name])).toEqual([
        ['prod', 'bootstrap', 'Namespace', 'ns'],
        ['prod', 'bootstrap', 'ConfigMap', 'b'],
        ['prod', 'kong', 'ConfigMap', 'a'],
      ]);
      // Plan tells a file committed as it renders by its blob's id, without reading it: the id is git's.
      expect([...blobs.keys()]).toEqual(['argocd/prod.yaml', 'dist/prod/kong/configmap-a.yaml']);
      for (const [file, id] of blobs) {
        expect(id).toHaveLength(format === 'sha1' ? 40 : 64);
        expect(blobId(fs.readFileSync(path.join(repo, file), 'utf8'), id)).toBe(id);
      }
      expect(blobId('apiVersion: v1\n', [...blobs.values()][0])).not.toBe([...blobs.values()][0]);
      const missing = (format === 'sha1' ? '0' : '00').repeat(40).slice(0, format === 'sha1' ? 40 : 64);
      expect(() => blobTexts(repo, [missing])).toThrow(`git cat-file --batch: blob ${missing} cannot be read (missing)`);
      // Git's own refusal is passed on, also when git closes its input before all the ids are written (EPIPE): here
      // more ids than a pipe holds.
      fs.renameSync(path.join(repo, '.git'), path.join(repo, 'git-moved'));
      const many = Array.from({ length: 20000 }, (_, index) => index.toString(16).padStart(missing.length, '0'));
      expect(() => blobTexts(repo, many)).toThrow(/^git cat-file --batch: fatal: not a git repository/);
      fs.renameSync(path.join(repo, 'git-moved'), path.join(repo, '.git'));
      expect(() => committedBlobs(repo, 'no-such-revision')).toThrow(`revision "no-such-revision" is not a commit of ${repo}`);
      // Read as a revision, never as an option of git's.
      expect(() => committedBlobs(repo, '--output=/tmp/x')).toThrow('revision "--output=/tmp/x" is not a commit');
    } finally {
      fs.rmSync(repo, { recursive: true, force: true });
    }
  });
});

describe('npm run plan', () => {
  /**
   * A scratch git repository of this project whose one commit holds the dist/ and argocd/ of the working copy (a
   * fresh synth's, as the synth test holds them): the result does not depend on what the working copy has committed.
   */
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-plan-project-'));
    for (const shared of ['src', 'imports', 'schemas', 'charts', 'scripts', 'node_modules', 'tsconfig.json', 'package.json']) {
      fs.symlinkSync(path.join(ROOT, shared), path.join(dir, shared));
    }
    // Copied, to be changed.
    fs.cpSync(path.join(ROOT, 'environments'), path.join(dir, 'environments'), { recursive: true });
    // Copied, not linked: node would resolve a linked plan.ts to this project and plan here.
    fs.copyFileSync(path.join(ROOT, 'plan.ts'), path.join(dir, 'plan.ts'));
    const git = (...args: string[]) => expect(spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', ...args], { cwd: dir }).status).toBe(0);
    git('init', '-q');
    // Borrowing this project's object store: files committed here already are not stored again (1200 files are slow
    // to write on a busy disk).
    const objects = spawnSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd: ROOT, encoding: 'utf8' });
    if (objects.status === 0) fs.writeFileSync(path.join(dir, '.git', 'objects', 'info', 'alternates'), `${path.join(objects.stdout.trim(), 'objects')}\n`);
    // Added from the working copy itself: plan reads the commit, never the scratch project's own dist/.
    git(`--work-tree=${ROOT}`, 'add', 'dist', 'argocd');
    git('commit', '-q', '-m', 'tree');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync(process.execPath, ['-r', './scripts/register-ts.js', 'plan.ts', ...args], { cwd: dir, encoding: 'utf8' });

  test('against a commit of a fresh tree it plans nothing and exits 0', () => {
    // The command plan.ts runs, called here: the process adds nothing the option tests below do not show.
    const head = runPlanCommand(dir, ['--base', 'HEAD', '--format', 'json']);
    expect([head.exitCode, head.stderr]).toEqual([0, '']);
    expect(JSON.parse(head.stdout)).toMatchObject({ base: 'HEAD', changes: [], flagCount: 0 });
  });

  test('a changed input plans the objects it changes, with the fields that change, and nothing else', () => {
    const environment = path.join(dir, 'environments', 'prod.yaml');
    const original = fs.readFileSync(environment, 'utf8');
    fs.writeFileSync(environment, original.replace('revision: main', 'revision: release-2'));
    try {
      const result = runPlanCommand(dir, ['--base', 'HEAD', '--format', 'json']);
      expect([result.exitCode, result.stderr]).toEqual([0, '']);
      const { changes } = JSON.parse(result.stdout);
      // Production's Applications, the children's and the bootstrap's, each with the one field that changed.
      const applicationBlobs = [...committedBlobs(dir, 'HEAD')].filter(([file]) => file.startsWith('dist/prod/apps/') || file === 'argocd/prod.yaml');
      const texts = blobTexts(dir, applicationBlobs.map(([, id]) => id));
      const applicationFiles = new Map(applicationBlobs.map(([file, id]) => [file, texts.get(id) as string]));
      const applications = plannedObjects(applicationFiles)
        .filter(({ object }) => object.kind === 'Application')
        .map(({ object }) => object.metadata.name);
      expect(applications.length).toBeGreaterThan(10);
      expect(changes.map((change: any) => change.name).sort()).toEqual(applications.sort());
      for (const change of changes) {
        expect(change).toMatchObject({ environment: 'prod', change: 'changed', kind: 'Application', flags: [] });
        expect(change.fields).toEqual([expect.objectContaining({ before: 'main', after: 'release-2' })]);
      }
    } finally {
      fs.writeFileSync(environment, original);
    }
  });

  test('the plan process: a bad option exits 1 naming it; --help prints the usage', () => {
    const bad = run('--format', 'yaml');
    expect([bad.status, bad.stderr.split('\n')[0]]).toEqual([1, 'plan failed: --format must be one of text, markdown, json']);
    const help = run('--help');
    expect([help.status, help.stdout, help.stderr]).toEqual([0, 'usage: npm run plan -- [--base <revision>] [--format text|markdown|json]\n', '']);
    // The command itself, without a process of its own: the process adds nothing to what it refuses.
    const twice = runPlanCommand(dir, ['--base', 'HEAD', '--base=HEAD~1']);
    expect([twice.exitCode, twice.stderr.split('\n')[0]]).toEqual([1, 'plan failed: --base is given twice']);
  });
});
