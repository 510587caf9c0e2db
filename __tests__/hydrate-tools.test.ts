// @slow: extracts the pinned Helm and runs it and kubectl.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as tar from 'tar';
import { withExtractedArchive } from '../src/hydrate/extract-archive';
import { helmTemplateText, HelmTemplateOptions } from '../src/hydrate/helm-template';
import { kustomizeBuildText } from '../src/hydrate/kustomize-build';
import { Manifest, parseDocument, splitDocuments } from '../src/hydrate/parse-manifests';
import { PlatformError } from '../src/platform/errors';
import { zipSync } from 'fflate';
import { PINNED_HELM, PINNED_KUBECTL, ResolvedTool, resolveHelm, resolveKubectl, zipEntry } from '../src/hydrate/pinned-tools';
import { ROOT } from './support';

/** Writes `files` (relative path -> text) under `dir`. */
function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
}

/** A chart archive `<name>-0.1.0.tgz` in `dir`, laid out as `helm package` makes it (files under `<name>/`). */
function packageChart(dir: string, name: string, templates: Record<string, string>): string {
  writeFiles(path.join(dir, name), {
    'Chart.yaml': `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n`,
    'values.yaml': 'greeting: hello\n',
    ...Object.fromEntries(Object.entries(templates).map(([file, text]) => [`templates/${file}`, text])),
  });
  const archive = path.join(dir, `${name}-0.1.0.tgz`);
  tar.c({ file: archive, cwd: dir, gzip: true, sync: true, portable: true }, [name]);
  return archive;
}

const CAPABILITIES = `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-capabilities
  namespace: {{ .Release.Namespace }}
data:
  kubeVersion: {{ .Capabilities.KubeVersion.Version | quote }}
  ingressClass: {{ .Capabilities.APIVersions.Has "networking.k8s.io/v1/IngressClass" | quote }}
  greeting: {{ .Values.greeting | quote }}
`;
const POD = `apiVersion: v1
kind: Pod
metadata:
  name: {{ .Release.Name }}-pod
spec:
  containers: [{ name: main, image: busybox }]
  volumes: [{ name: config, configMap: { name: {{ .Release.Name }}-capabilities, defaultMode: 0644 } }]
`;
const TEST_HOOK = `apiVersion: v1
kind: Pod
metadata:
  name: {{ .Release.Name }}-test
  annotations:
    helm.sh/hook: test
spec:
  containers: [{ name: test, image: busybox }]
`;

/** The objects of a rendered stream, as the hydrator reads them. */
const objectsOf = (stream: string): Manifest[] =>
  splitDocuments(stream)
    .map((document) => parseDocument(document, 'test'))
    .filter((object): object is Manifest => object !== undefined);
const helmTemplate = (options: HelmTemplateOptions) => objectsOf(helmTemplateText(options));
const kustomizeBuild = (kubectl: ResolvedTool, dir: string) => objectsOf(kustomizeBuildText(kubectl, dir));

describe('pinned tools', () => {
  // Helm in a root of its own: the test that damages it must not race other suites using the project's cache.
  // kubectl, which no test damages, is the project's (extracting one costs a second).
  let root: string;
  let helm: ResolvedTool;
  let kubectl: ResolvedTool;
  const env = {};
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-hydrate-'));
    // A copy of the project's helm (a link would let the damage below reach it): only the test of a damaged binary
    // pays for an extraction (half a second), and this root's first resolve checks the copy's digest.
    const cached = path.join(root, 'node_modules', '.ewoc-platform', 'bin', `helm-${PINNED_HELM.version}`);
    fs.mkdirSync(path.dirname(cached), { recursive: true });
    fs.copyFileSync(resolveHelm(ROOT, env).path, cached);
    helm = resolveHelm(root, env);
    kubectl = resolveKubectl(ROOT, env);
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  const render = (chart: string, overrides: Partial<HelmTemplateOptions> = {}) =>
    helmTemplate({
      helm,
      chart,
      releaseName: 'demo',
      namespace: 'rdm',
      kubeVersion: 'v1.31.0',
      apiVersions: ['networking.k8s.io/v1', 'networking.k8s.io/v1/IngressClass'],
      values: {},
      ...overrides,
    });

  test('the pinned helm, found intact in the cache, is used and reports its version', () => {
    expect(helm).toEqual({
      name: 'helm',
      path: path.join(root, 'node_modules', '.ewoc-platform', 'bin', 'helm-v3.17.3'),
      version: 'v3.17.3',
      pinned: true,
    });
    expect(fs.statSync(helm.path).mode & 0o777).toBe(0o755);
    expect(execFileSync(helm.path, ['version', '--template', '{{.Version}}'], { encoding: 'utf8' })).toBe('v3.17.3');
  });

  test('the pinned kubectl carries kustomize', () => {
    expect(kubectl.version).toBe('v1.31.9');
    const version = JSON.parse(execFileSync(kubectl.path, ['version', '--client', '--output', 'json'], { encoding: 'utf8' }));
    expect(version).toMatchObject({ clientVersion: { gitVersion: 'v1.31.9' }, kustomizeVersion: 'v5.4.2' });
  });

  test('a chart renders with the given namespace, Kubernetes version, API versions and values, without test hooks', () => {
    const dir = fs.mkdtempSync(path.join(root, 'chart-'));
    const chart = packageChart(dir, 'tiny', { 'capabilities.yaml': CAPABILITIES, 'pod.yaml': POD, 'tests/test.yaml': TEST_HOOK });
    const objects = render(chart, { values: { greeting: 'hi, "you"' } });
    expect(objects.map((o) => `${o.kind}/${(o.metadata as { name: string }).name}`)).toEqual([
      'ConfigMap/demo-capabilities',
      'Pod/demo-pod',
    ]);
    expect(objects[0]).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'demo-capabilities', namespace: 'rdm' },
      data: { kubeVersion: 'v1.31.0', ingressClass: 'true', greeting: 'hi, "you"' },
    });
    // Read as YAML 1.1, like kubectl and Argo CD: 0644 is octal.
    expect(objects[1]).toMatchObject({ spec: { volumes: [{ configMap: { defaultMode: 0o644 } }] } });

    const older = render(chart, { kubeVersion: 'v1.26.3', apiVersions: [] });
    expect(older[0]).toMatchObject({ data: { kubeVersion: 'v1.26.3', ingressClass: 'false', greeting: 'hello' } });
  });

  test('a template error names the chart and quotes helm', () => {
    const dir = fs.mkdtempSync(path.join(root, 'chart-'));
    const chart = packageChart(dir, 'broken', { 'bad.yaml': 'kind: {{ .Values.missing.field }}\n' });
    expect(() => render(chart)).toThrow(
      new PlatformError(
        `helm template of chart ${chart} failed: helm exited with 1:\n` +
          '  Error: template: broken/templates/bad.yaml:1:16: executing "broken/templates/bad.yaml" at <.Values.missing.field>: ' +
          'nil pointer evaluating interface {}.field\n' +
          '\n' +
          '  Use --debug flag to render out invalid YAML',
      ),
    );
  });

  test('a damaged cached binary is replaced by a fresh extraction, even when its record of a good digest is kept', () => {
    const record = `${helm.path}.verified`;
    const intact = () => createHash('sha256').update(fs.readFileSync(helm.path)).digest('hex') === PINNED_HELM.sha256;
    // The record names the file as it is (device, inode, size, times) and the digest found.
    const { dev, ino, size, mtimeMs, ctimeMs } = fs.statSync(helm.path);
    expect(fs.readFileSync(record, 'utf8')).toBe(`${dev}:${ino}:${size}:${mtimeMs}:${ctimeMs} ${PINNED_HELM.sha256}`);
    // Damaged in place with its size and modification time put back (the hardest damage to see): its change time
    // still moves.
    const before = fs.statSync(helm.path);
    const fd = fs.openSync(helm.path, 'r+');
    fs.writeSync(fd, Buffer.from('garbage'), 0, 7, 1000);
    fs.closeSync(fd);
    fs.utimesSync(helm.path, before.atime, before.mtime);
    expect(resolveHelm(root, env)).toEqual(helm);
    expect(intact()).toBe(true);
    expect(fs.readdirSync(path.dirname(helm.path)).sort()).toEqual(['helm-v3.17.3', 'helm-v3.17.3.verified']);
  });

  test('a record of the digest that is garbage, or a folder, proves nothing: the binary is read and found intact', () => {
    const record = `${helm.path}.verified`;
    // Touched first: the file this process knows intact is then another, which only its record or a read can prove.
    const touch = () => fs.utimesSync(helm.path, new Date(), new Date(Date.now() + 1000));
    touch();
    fs.writeFileSync(record, 'garbage');
    expect(resolveHelm(root, env)).toEqual(helm);
    const { dev, ino, size, mtimeMs, ctimeMs } = fs.statSync(helm.path);
    expect(fs.readFileSync(record, 'utf8')).toBe(`${dev}:${ino}:${size}:${mtimeMs}:${ctimeMs} ${PINNED_HELM.sha256}`);
    fs.rmSync(record);
    fs.mkdirSync(record);
    touch();
    expect(resolveHelm(root, env)).toEqual(helm);
    expect(fs.statSync(helm.path).ino).toBe(ino);
    fs.rmSync(record, { recursive: true });
  });

  test('EWOC_HELM names another helm, whose version is reported', () => {
    expect(resolveHelm(root, { EWOC_HELM: helm.path })).toEqual({
      name: 'helm',
      path: helm.path,
      version: 'v3.17.3',
      pinned: false,
      notice: `using helm v3.17.3 from EWOC_HELM=${helm.path}, not the pinned v3.17.3`,
    });
    expect(resolveKubectl(root, { EWOC_KUBECTL: kubectl.path })).toMatchObject({ version: PINNED_KUBECTL.version, pinned: false });
  });

  test('EWOC_HELM naming a missing file is a clear error', () => {
    expect(() => resolveHelm(root, { EWOC_HELM: '/nonexistent/helm' })).toThrow(
      'EWOC_HELM=/nonexistent/helm: does not exist; fix the path or unset EWOC_HELM to use the pinned helm v3.17.3',
    );
  });

  test('EWOC_HELM naming a program that is not helm is a clear error', () => {
    expect(() => resolveHelm(root, { EWOC_HELM: '/bin/true' })).toThrow(
      "EWOC_HELM=/bin/true (helm version --template {{.Version}}) printed no version: is it a helm? Fix the path or unset EWOC_HELM to use the pinned helm v3.17.3",
    );
  });

  test('a kustomization from an archive builds', () => {
    const dir = fs.mkdtempSync(path.join(root, 'kustomize-'));
    writeFiles(path.join(dir, 'source'), {
      'base/kustomization.yaml': 'resources: [configmap.yaml]\n',
      'base/configmap.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: settings }\ndata: { mode: "0644" }\n',
      'overlay/kustomization.yaml': 'namespace: keycloak\nnamePrefix: kc-\nresources: [../base]\nlabels: [{ pairs: { app: kc } }]\n',
    });
    const archive = path.join(dir, 'source.tgz');
    tar.c({ file: archive, cwd: dir, gzip: true, sync: true, portable: true }, ['source']);
    const objects = withExtractedArchive(archive, (extracted) => kustomizeBuild(kubectl, path.join(extracted, 'source', 'overlay')));
    expect(objects).toEqual([
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'kc-settings', namespace: 'keycloak', labels: { app: 'kc' } },
        data: { mode: '0644' },
      },
    ]);
  });

  test('a kustomize error names the folder', () => {
    const dir = fs.mkdtempSync(path.join(root, 'kustomize-'));
    writeFiles(dir, { 'kustomization.yaml': 'resources: [missing.yaml]\n' });
    expect(() => kustomizeBuild(kubectl, dir)).toThrow(new RegExp(`^kubectl kustomize of ${dir} failed: kubectl exited with 1:\\n  error: .*missing\\.yaml`));
  });

  test('a remote kustomize resource fails without reaching the network', () => {
    const dir = fs.mkdtempSync(path.join(root, 'kustomize-'));
    writeFiles(dir, { 'kustomization.yaml': 'resources: [https://example.org/remote.yaml]\n' });
    expect(() => kustomizeBuild(kubectl, dir)).toThrow('proxyconnect tcp: dial tcp 127.0.0.1:9: connect: connection refused');
  });
});

describe('reading a tool out of its zip', () => {
  // Compressible (a pattern) and not (a hash chain): a garbled Huffman stream, and a zip cut within its data.
  const pattern = new Uint8Array(200000).map((_, i) => (i * 7919) % 251);
  const noise = new Uint8Array(Array.from({ length: 3000 }, (_, i) => createHash('sha256').update(String(i)).digest()).flatMap((hash) => [...hash]));
  const zip = zipSync({ 'helm/helm': [pattern, { level: 6 }], 'kubectl/kubectl': [new Uint8Array([1, 2, 3]), { level: 0 }], 'noise': [noise, { level: 6 }] });

  // Compared as buffers: jest compares typed arrays element by element, a quarter of a second for these.
  const bytesOf = (entry: string) => Buffer.from(zipEntry(zip, entry) ?? []);
  test('inflates the named entry, deflated or stored, and only that one', () => {
    expect(bytesOf('helm/helm').equals(pattern)).toBe(true);
    expect(bytesOf('kubectl/kubectl').equals(new Uint8Array([1, 2, 3]))).toBe(true);
    expect(bytesOf('noise').equals(noise)).toBe(true);
  });

  test('an entry the zip does not have is undefined; a garbled entry or a cut zip throws', () => {
    expect(zipEntry(zip, 'helm/tiller')).toBeUndefined();
    expect(zipEntry(new TextEncoder().encode('not a zip'), 'helm/helm')).toBeUndefined();
    const garbled = zip.slice();
    garbled.fill(0xff, 200, 400);
    expect(() => zipEntry(garbled, 'helm/helm')).toThrow();
    expect(() => zipEntry(zip.slice(0, zip.length / 2), 'noise')).toThrow();
  });
});

describe('reading rendered YAML as go-yaml does (YAML 1.1)', () => {
  test.each([
    ['0644', 420],
    ['08', 8],
    ['1:30', 90],
    ['0x1F', 31],
    ['0b101', 5],
    ['1_000', 1000],
    ['-.5', -0.5],
    ['190:20:30.15', 685230.15],
    ['.inf', Infinity],
    ['yes', true],
    ['On', true],
    ['y', true],
    ['off', false],
    ['N', false],
    ['~', null],
    ['2024-01-01', '2024-01-01'],
    ["'0644'", '0644'],
    ['"on"', 'on'],
  ])('%s reads as %p', (text, value) => {
    expect(parseDocument(`value: ${text}\n`, 'test')?.value).toEqual(value);
  });

  test('a duplicate key is invalid YAML, named with its source', () => {
    expect(() => parseDocument('a: 1\na: 2\n', 'module "m": chart c 1.0.0')).toThrow(/^module "m": chart c 1\.0\.0 rendered invalid YAML: duplicated mapping key/);
  });

  test('merge keys are applied', () => {
    expect(parseDocument('base: &b { x: 1 }\nuse: { <<: *b, z: 2 }\n', 'test')?.use).toEqual({ x: 1, z: 2 });
  });
});
