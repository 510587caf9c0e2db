// @slow: packages, renders and synthesizes probe charts with Helm.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { loadEnvironmentFile } from '../src/config/load';
import { FinalRender, Hydrator, renderOf } from '../src/hydrate/hydrator';
import { textDigest } from '../src/hydrate/hydration-cache';
import { projectCacheDir } from '../src/platform/cache-dir';
import { resolveHelm } from '../src/hydrate/pinned-tools';
import { PlatformModule } from '../src/platform/module';
import { Platform } from '../src/platform/platform';
import { renderEnvironment } from '../src/platform/render';
import { rendersRepeatingTheTree } from '../src/platform/repeated-renders';
import { render, synth } from '../src/platform/synth';
import { KONG_CHART } from '../src/modules/kong/chart';
import { MODULES } from '../src/modules/registry';
import { configSchemaFor } from '../src/config/schema';
import { NamespacesModule } from '../src/modules/namespaces/namespaces-module';
import { CONFIG_SCHEMA, renderUnit, ROOT, sectionsOf, testEnvironmentConfig } from './support';

/**
 * A scratch project: this project's code, schemas and installed packages, its own copy of charts/ (to break or
 * extend) and only the test environment.
 */
function scratchProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-hydration-'));
  for (const shared of ['src', 'imports', 'schemas', 'scripts', 'node_modules']) fs.symlinkSync(path.join(ROOT, shared), path.join(dir, shared));
  fs.cpSync(path.join(ROOT, 'charts'), path.join(dir, 'charts'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'environments'));
  fs.copyFileSync(path.join(ROOT, 'environments', 'test.yaml'), path.join(dir, 'environments', 'test.yaml'));
  return dir;
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/**
 * Gives a scratch project a cache of its own (node_modules/.cache, empty) beside this project's pinned tools: for a
 * test that ages a cache file, which a synth running beside it in another worker would prune from the shared cache.
 * Synth reads nothing else of the project's node_modules (the code it runs is this project's).
 */
function withOwnCache(dir: string): void {
  const modules = path.join(dir, 'node_modules');
  fs.rmSync(modules);
  fs.mkdirSync(modules);
  fs.symlinkSync(path.join(ROOT, 'node_modules', '.ewoc-platform'), path.join(modules, '.ewoc-platform'));
}

/**
 * Packages a small chart into the scratch project's charts/ and locks it. Values switch on the faults a chart can
 * bring: an object the schemas refuse, a pod off the system nodes, a Secret holding a value. Its pod is otherwise
 * restricted, so it passes in any namespace. `kubeVersion` is the Chart.yaml field.
 */
function vendorProbeChart(dir: string, kubeVersion?: string): void {
  const source = path.join(dir, 'probe-src', 'probe');
  fs.mkdirSync(path.join(source, 'templates'), { recursive: true });
  fs.writeFileSync(path.join(source, 'Chart.yaml'), `apiVersion: v2\nname: probe\nversion: 0.1.0\n${kubeVersion ? `kubeVersion: '${kubeVersion}'\n` : ''}`);
  fs.writeFileSync(path.join(source, 'values.yaml'), 'nodeSelector: {}\ninvalid: false\nsecret: false\n');
  fs.writeFileSync(
    path.join(source, 'templates', 'deployment.yaml'),
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: { name: probe }',
      'spec:',
      '  selector: { matchLabels: { app: probe } }',
      '  template:',
      '    metadata: { labels: { app: probe } }',
      '    spec:',
      '      {{- with .Values.nodeSelector }}',
      '      nodeSelector: {{ toYaml . | nindent 8 }}',
      '      {{- end }}',
      '      securityContext: { runAsNonRoot: true, seccompProfile: { type: RuntimeDefault } }',
      '      containers: [{ name: probe, image: "registry.example.org/probe:1.0.0", securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: [ALL] } } }]',
      '      {{- if .Values.invalid }}',
      '      restartPolicyy: Always',
      '      {{- end }}',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(path.join(source, 'templates', 'secret.yaml'), '{{- if .Values.secret }}\napiVersion: v1\nkind: Secret\nmetadata: { name: probe }\nstringData: { token: not-so-secret }\n{{- end }}\n');
  const helm = resolveHelm(ROOT);
  const home = path.join(dir, 'helm-home');
  execFileSync(helm.path, ['package', source, '--destination', path.join(dir, 'charts')], { env: { HOME: home, HELM_CACHE_HOME: home, HELM_CONFIG_HOME: home, HELM_DATA_HOME: home } });
  const lockFile = path.join(dir, 'charts', 'lock.yaml');
  const lock = YAML.parseDocument(fs.readFileSync(lockFile, 'utf8'));
  const archive = path.join(dir, 'charts', 'probe-0.1.0.tgz');
  (lock.get('charts') as YAML.YAMLSeq).add(lock.createNode({ name: 'probe', version: '0.1.0', repository: 'https://charts.example.org', archive: 'probe-0.1.0.tgz', sha256: sha256(archive) }));
  fs.writeFileSync(lockFile, lock.toString());
}

/** A module installing the probe chart with the given values. */
function probeModule(values: object) {
  return class ProbeModule extends PlatformModule {
    static readonly id = 'probe';
    constructor(platform: Platform) {
      super(platform, { namespace: 'rdm' });
      this.addHelmChart({ chart: { name: 'probe', version: '0.1.0' }, values });
    }
  };
}

const pinned = { 'system-tag': 'world-cereal-system' };

describe('hydration', () => {
  let dir: string;
  beforeEach(() => {
    dir = scratchProject();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const renderScratch = (registry = MODULES) => render({ root: dir, registry });

  test('an archive that differs from the lock is refused, naming the chart and both digests', () => {
    const archive = path.join(dir, 'charts', 'cert-manager-v1.21.1.tgz');
    const locked = sha256(archive);
    fs.appendFileSync(archive, 'tampered');
    expect(() => renderScratch()).toThrow(
      `module "cert-manager": chart cert-manager v1.21.1: charts/cert-manager-v1.21.1.tgz has sha256 ${sha256(archive)}, but charts/lock.yaml records ${locked}; the archive changed since it was locked: restore it from git, or vendor it again and review the change`,
    );
  });

  test("an archive of another version, copied under this one's name and locked with its digest, is refused, even with its render cached", () => {
    // Production's environment, with the default cert-manager: its archive's renders are cached for these inputs (by
    // `npm run synth` already, or by this hydration, which is what caches them: the gate and the files would add
    // nothing here). Then the same environment asks for the other version.
    const environment = path.join(dir, 'environments', 'test.yaml');
    const production = fs.readFileSync(path.join(ROOT, 'environments', 'prod.yaml'), 'utf8');
    expect(production).not.toMatch(/^charts:/m);
    fs.writeFileSync(environment, production);
    renderEnvironment(loadEnvironmentFile(environment, CONFIG_SCHEMA), MODULES, Hydrator.forProject(dir));
    fs.writeFileSync(environment, `${production}charts:\n  cert-manager: v1.21.1\n`);
    const archive = path.join(dir, 'charts', 'cert-manager-v1.21.1.tgz');
    const locked = sha256(archive);
    fs.copyFileSync(path.join(dir, 'charts', 'cert-manager-v1.20.3.tgz'), archive);
    const lock = path.join(dir, 'charts', 'lock.yaml');
    fs.writeFileSync(lock, fs.readFileSync(lock, 'utf8').replace(locked, sha256(archive)));
    expect(() => renderScratch()).toThrow(
      'charts/lock.yaml: the entry for cert-manager v1.21.1 locks cert-manager-v1.21.1.tgz, whose Chart.yaml is cert-manager v1.20.3; vendor the chart again (npm run vendor-chart -- cert-manager v1.21.1)',
    );
  });

  test('an archive that is no gzipped tar, locked with its digest, is refused naming it', () => {
    const archive = path.join(dir, 'charts', 'cert-manager-v1.21.1.tgz');
    const locked = sha256(archive);
    fs.writeFileSync(archive, 'not a chart');
    const lock = path.join(dir, 'charts', 'lock.yaml');
    fs.writeFileSync(lock, fs.readFileSync(lock, 'utf8').replace(locked, sha256(archive)));
    expect(() => renderScratch()).toThrow(/^charts\/cert-manager-v1\.21\.1\.tgz is not a readable gzipped tar archive \(.+\); restore it from git or vendor it again$/);
  });

  /** One list of the lock (charts or kustomizations) as a YAML sequence, changed in place by `change`. */
  const changeLock = (list: 'charts' | 'kustomizations', change: (entries: YAML.YAMLSeq<YAML.YAMLMap>) => void) => (text: string) => {
    const lock = YAML.parseDocument(text);
    change(lock.get(list) as YAML.YAMLSeq<YAML.YAMLMap>);
    return lock.toString();
  };
  const changeCharts = (change: (charts: YAML.YAMLSeq<YAML.YAMLMap>) => void) => changeLock('charts', change);
  test.each<[string, (text: string) => string, RegExp]>([
    ['not YAML', () => 'charts: [\n', /^charts\/lock\.yaml: Flow sequence in block collection must be sufficiently indented/],
    ['without its tools', () => 'charts: []\nkustomizations: []\n', /^charts\/lock\.yaml: tools: is required$/],
    ['with a malformed digest', (text) => text.replace(/^ {4}sha256: [0-9a-f]{64}$/m, '    sha256: abc'), /^charts\/lock\.yaml: charts\[0\]\.sha256: must be a hex sha256$/],
    ['with one chart version twice', changeCharts((charts) => charts.add(charts.items[0].clone() as YAML.YAMLMap)), /^charts\/lock\.yaml: charts\[\d+\]\.version: repeats entry \[0\] \([^)]+\): one entry per version$/],
    ['with two entries for one archive', changeCharts((charts) => charts.items[1].set('archive', charts.items[0].get('archive'))), /^charts\/lock\.yaml: charts\[1\]\.archive: is also entry \[0\]'s \([^)]+\.tgz\): one archive per entry$/],
    ['with a kustomize folder outside its archive', changeLock('kustomizations', (entries) => entries.items[0].set('path', '../../etc')), /^charts\/lock\.yaml: kustomizations\[0\]\.path: must be a folder inside the archive, such as kubernetes \(relative, without "\." or "\.\."\)$/],
    ['with a kustomize folder its archive does not have', changeLock('kustomizations', (entries) => entries.items[0].set('path', 'no-such-folder')), /^charts\/lock\.yaml: the entry for [^ ]+ [^ ]+: path no-such-folder is not a folder of [^ ]+\.tgz$/],
  ])('a lock %s is refused with the file, the field and the reason', (_name, change, message) => {
    const lock = path.join(dir, 'charts', 'lock.yaml');
    fs.writeFileSync(lock, change(fs.readFileSync(lock, 'utf8')));
    expect(() => renderScratch()).toThrow(message);
  });

  test('a missing archive is refused, naming the chart', () => {
    fs.rmSync(path.join(dir, 'charts', 'ingress-0.24.0.tgz'));
    expect(() => renderScratch()).toThrow('module "kong": chart ingress 0.24.0: charts/ingress-0.24.0.tgz is missing; restore it from git or vendor it again (npm run vendor-chart -- ingress 0.24.0)');
  });

  test('a chart version that is not locked is refused, naming the locked versions', () => {
    class Newer extends PlatformModule {
      static readonly id = 'newer';
      constructor(platform: Platform) {
        super(platform, { namespace: 'rdm' });
        this.addHelmChart({ chart: { name: 'ingress', version: '0.25.0' }, values: {} });
      }
    }
    expect(() => renderScratch([...MODULES, Newer])).toThrow('module "newer": chart ingress 0.25.0 is not in charts/lock.yaml (locked versions: 0.24.0); vendor it with npm run vendor-chart -- ingress 0.25.0');
  });

  describe('values that JSON would change on the way to Helm are refused, naming the module, the chart and the path', () => {
    const circular: Record<string, unknown> = { replicaCount: 1 };
    circular.again = circular;
    const withValues = (values: object) =>
      class Values extends PlatformModule {
        static readonly id = 'values';
        constructor(platform: Platform) {
          super(platform, { namespace: 'rdm' });
          this.addHelmChart({ chart: KONG_CHART, values });
        }
      };
    const refusal = (values: object) => () => renderUnit(undefined, [...MODULES, withValues(values)]);
    test.each<[string, object, string]>([
      ['NaN', { gateway: { replicaCount: NaN } }, 'values.gateway.replicaCount: is NaN, which Helm would read as null; give a finite number'],
      ['Infinity', { gateway: { replicaCount: Infinity } }, 'values.gateway.replicaCount: is Infinity, which Helm would read as null; give a finite number'],
      ['a function', { gateway: { replicaCount: () => 1 } }, 'values.gateway.replicaCount: is a function, which is no JSON value; give plain data'],
      ['a BigInt', { gateway: { replicaCount: BigInt(1) } }, 'values.gateway.replicaCount: is a bigint, which is no JSON value; give plain data'],
      ['a Date', { gateway: { podAnnotations: { since: new Date(0) } } }, 'values.gateway.podAnnotations.since: is a Date, which JSON would not write as it is; give plain data'],
      ['a Map', { gateway: { podLabels: new Map([['a', 'b']]) } }, 'values.gateway.podLabels: is a Map, which JSON would not write as it is; give plain data'],
      ['undefined in a list', { gateway: { extraVolumes: [undefined] } }, 'values.gateway.extraVolumes[0]: is undefined in a list, which Helm would read as null; leave the item out'],
      ['a cycle', { gateway: circular }, 'values.gateway.again: refers back to a map or list that holds it; values must be a tree'],
    ])('%s', (_case, values, message) => {
      expect(refusal(values)).toThrow(`module "values": chart ingress: ${message}`);
    });
  });

  test('a values path the chart does not know is refused, naming the module and the path', () => {
    class Typo extends PlatformModule {
      static readonly id = 'typo';
      constructor(platform: Platform) {
        super(platform, { namespace: 'rdm' });
        this.addHelmChart({ chart: KONG_CHART, releaseName: 'typo', values: { gateway: { nodeSelectr: pinned, nodeSelector: pinned }, controllerr: { enabled: false } } });
      }
    }
    expect(() => renderScratch([...MODULES, Typo])).toThrow(
      [
        `module "typo": chart ingress 0.24.0: values path gateway.nodeSelectr is neither in the chart's default values nor read by its templates (a typo?)`,
        `module "typo": chart ingress 0.24.0: values path controllerr is neither in the chart's default values nor read by its templates (a typo?)`,
      ].join('\n'),
    );
  });

  test('a Kubernetes minor the chart does not run on is refused against kubernetesVersion, naming the minors it runs on', () => {
    // Helm's constraint syntax: ranges apart by a comma, a version without its patch.
    vendorProbeChart(dir, '>=1.34-0, <1.35.0-0');
    expect(() => renderScratch([...MODULES, probeModule({ nodeSelector: pinned })])).toThrow(
      /environments\/test\.yaml: kubernetesVersion: module "probe" installs chart probe 0\.1\.0, which runs on Kubernetes >=1\.34-0, <1\.35\.0-0, not 1\.33 \(of the supported minors: 1\.34\)$/,
    );
  });

  describe('chart objects are checked like our own', () => {
    // A platform of the probe alone (and the namespaces it deploys to): a tree of a few files to render and write.
    const registry = (values: object) => [NamespacesModule, probeModule(values)];
    const environmentFile = () => path.join(dir, 'environments', 'test.yaml');
    beforeEach(() => {
      vendorProbeChart(dir);
      const { modules: _leftOut, charts: _pinned, ...config } = sectionsOf(testEnvironmentConfig(), registry({}));
      fs.writeFileSync(environmentFile(), YAML.stringify(config));
    });

    test('a pinned probe renders into the module folder and passes', () => {
      const { files } = renderScratch(registry({ nodeSelector: pinned }));
      const deployment = YAML.parse(files.get('dist/test/probe/deployment-probe.yaml') as string);
      expect(deployment.metadata.namespace).toBe('rdm');
      expect(deployment.spec.template.spec.nodeSelector).toEqual(pinned);
    });

    test('an object the schemas refuse fails the gate, naming the file and the field', () => {
      expect(() => renderScratch(registry({ nodeSelector: pinned, invalid: true }))).toThrow(
        'dist/test/probe/deployment-probe.yaml: Deployment probe: spec.template.spec: unknown field "restartPolicyy" (did you mean "restartPolicy"?) (Kubernetes 1.33, 1.34)',
      );
    });

    test('a pod off the system nodes fails the placement check', () => {
      expect(() => renderScratch(registry({}))).toThrow(
        'dist/test/probe/deployment-probe.yaml: Deployment probe: spec.template.spec: pod template is not pinned to the system node group (nodeSelector or required node affinity system-tag: world-cereal-system)',
      );
    });

    test('a synth that runs Helm again into the files the tree holds records the render as repeated, for the determinism check', () => {
      withOwnCache(dir);
      const environment = loadEnvironmentFile(environmentFile(), configSchemaFor(registry({})));
      const probeRender = (modules: ReturnType<typeof registry>) => {
        const batch = [{ modules: new Platform(environment, modules).modules, target: { environment: 'test', file: environment.file, minor: environment.config.kubernetesVersion } }];
        return Hydrator.forProject(dir).finalRenders(batch).find(({ module }) => module.id === 'probe') as FinalRender;
      };
      // The first run of the probe: nothing on disk to compare with.
      synth({ root: dir, registry: registry({ nodeSelector: pinned }) });
      expect(probeRender(registry({ nodeSelector: pinned })).repeated).toBe(false);
      // Other values, the same objects: Helm runs again, into the files the first run wrote.
      const again = synth({ root: dir, registry: registry({ nodeSelector: pinned, secret: false }) });
      expect(probeRender(registry({ nodeSelector: pinned, secret: false })).repeated).toBe(true);
      // The record lasts as long as its render: a render that takes it from the cache keeps both from pruning,
      // however old.
      const file = 'dist/test/probe/deployment-probe.yaml';
      const key = renderOf(again.environments[0].upstream.get(file)?.identity as string);
      const cached = path.join(projectCacheDir(dir), 'hydrated');
      const record = path.join(cached, `repeated-${key}.json`);
      const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
      fs.utimesSync(record, twoDaysAgo, twoDaysAgo);
      const { environments } = render({ root: dir, registry: registry({ nodeSelector: pinned, secret: false }) });
      expect(fs.existsSync(record)).toBe(true);
      // A file of the tree that differs (edited by hand) is no repetition, nor is a file missing.
      expect(rendersRepeatingTheTree(dir, environments, new Set([key]))).toEqual([key]);
      const original = fs.readFileSync(path.join(dir, file), 'utf8');
      fs.writeFileSync(path.join(dir, file), original.replace('probe:1.0.0', 'probe:1.0.1'));
      expect(rendersRepeatingTheTree(dir, environments, new Set([key]))).toEqual([]);
      fs.rmSync(path.join(dir, file));
      expect(rendersRepeatingTheTree(dir, environments, new Set([key]))).toEqual([]);
      // Nor is a folder where the file should be.
      fs.mkdirSync(path.join(dir, file));
      expect(rendersRepeatingTheTree(dir, environments, new Set([key]))).toEqual([]);
      fs.rmdirSync(path.join(dir, file));
      // Only renders Helm ran are asked about.
      fs.writeFileSync(path.join(dir, file), original);
      expect(rendersRepeatingTheTree(dir, environments, new Set())).toEqual([]);
      // The record vouches for the output it names: a render cached anew with another output, a garbled record or a
      // record that is no text are no repeat.
      const entry = path.join(cached, `chart-${key}.json`);
      const repeatedNow = () => probeRender(registry({ nodeSelector: pinned, secret: false })).repeated;
      const saved = fs.readFileSync(entry, 'utf8');
      fs.writeFileSync(entry, JSON.stringify({ ...JSON.parse(saved), output: textDigest('another output') }));
      expect(repeatedNow()).toBe(false);
      fs.writeFileSync(entry, saved);
      expect(repeatedNow()).toBe(true);
      for (const broken of ['{"not": "closed"', JSON.stringify({ output: JSON.parse(fs.readFileSync(record, 'utf8')) }), '12']) {
        fs.writeFileSync(record, broken);
        expect(repeatedNow()).toBe(false);
      }
    });

    test('a Secret holding a value fails the secret policy', () => {
      expect(() => renderScratch(registry({ nodeSelector: pinned, secret: true }))).toThrow(
        'dist/test/probe/secret-probe.yaml: Secret probe: secret values must not be in git; produce the Secret in the cluster (GeneratedSecret or SharedSecret in src/lib)',
      );
    });
  });

  test('a synth whose inputs did not change runs no Helm', () => {
    const environment = loadEnvironmentFile(path.join(ROOT, 'environments', 'test.yaml'), CONFIG_SCHEMA);
    renderEnvironment(environment, MODULES, Hydrator.forProject(ROOT));
    const again = Hydrator.forProject(ROOT);
    renderEnvironment(environment, MODULES, again);
    expect(again.toolRuns).toBe(0);
  });
});
