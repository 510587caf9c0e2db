import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { SUPPORTED_KUBERNETES_MINORS } from '../src/config/schema';
import { scanGroupKinds } from '../src/platform/validation/crd-schemas';
import { SchemaGate } from '../src/platform/validation/schema-gate';
import { ValidatorCache } from '../src/platform/validation/validator-cache';
import { ROOT } from './support';

describe('schema gate', () => {
  let cacheDir: string;
  let gate: SchemaGate;
  const newGate = () =>
    new SchemaGate({
      kubernetesSchemaDir: path.join(ROOT, 'schemas', 'kubernetes'),
      crdDir: path.join(ROOT, 'schemas', 'crds'),
      minors: SUPPORTED_KUBERNETES_MINORS,
      cacheDir,
    });
  beforeAll(() => {
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-validators-'));
    gate = newGate();
  });
  afterAll(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

  const pvc = (extra: Record<string, unknown> = {}) => ({
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: 'data', namespace: 'rdm' },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, ...extra },
  });

  test('a valid built-in object passes in every minor', () => {
    expect(gate.validate([{ file: 'pvc.yaml', object: pvc() }])).toEqual([]);
  });

  test('an unknown field is an error naming the file, object, field and minors', () => {
    expect(gate.validate([{ file: 'pvc.yaml', object: pvc({ storageClass: 'fast' }) }])).toEqual([
      'pvc.yaml: PersistentVolumeClaim data: spec: unknown field "storageClass" (Kubernetes 1.26, 1.27, 1.28, 1.29, 1.30, 1.31, 1.32, 1.33, 1.34)',
    ]);
  });

  test('a wrong type is an error', () => {
    expect(gate.validate([{ file: 'pvc.yaml', object: pvc({ accessModes: 'ReadWriteOnce' }) }])).toEqual([
      'pvc.yaml: PersistentVolumeClaim data: spec.accessModes: must be array (Kubernetes 1.26, 1.27, 1.28, 1.29, 1.30, 1.31, 1.32, 1.33, 1.34)',
    ]);
  });

  test('a field that only some minors know names exactly those minors', () => {
    // PVC volumeAttributesClassName arrived in Kubernetes 1.29.
    const problems = gate.validate([{ file: 'pvc.yaml', object: pvc({ volumeAttributesClassName: 'gold' }) }]);
    expect(problems).toEqual(['pvc.yaml: PersistentVolumeClaim data: spec: unknown field "volumeAttributesClassName" (Kubernetes 1.26, 1.27, 1.28)']);
  });

  test('an API removed from the supported minors is refused', () => {
    const object = { apiVersion: 'policy/v1beta1', kind: 'PodDisruptionBudget', metadata: { name: 'x' }, spec: {} };
    expect(gate.validate([{ file: 'pdb.yaml', object }])).toEqual([
      'pdb.yaml: PodDisruptionBudget x: policy/v1beta1 PodDisruptionBudget is not served (neither built in, nor defined by a CRD the platform renders or one under schemas/crds) (Kubernetes 1.26, 1.27, 1.28, 1.29, 1.30, 1.31, 1.32, 1.33, 1.34)',
    ]);
  });

  test('custom resources are checked strictly against their CRD, and their metadata against ObjectMeta', () => {
    const issuer = {
      apiVersion: 'cert-manager.io/v1',
      kind: 'ClusterIssuer',
      metadata: { name: 'le', labelz: {} },
      spec: { acme: { server: 'https://acme.example.org', privateKeySecretRef: { name: 'k' }, solvers: [{ http01: { ingress: { class: 'kong', ingresClassName: 'kong' } } }] } },
    };
    expect(gate.validate([{ file: 'issuer.yaml', object: issuer }])).toEqual([
      'issuer.yaml: ClusterIssuer le: spec.acme.solvers[0].http01.ingress: unknown field "ingresClassName" (CRD crds/cert-manager/cert-manager.io_clusterissuers.yaml)',
      'issuer.yaml: ClusterIssuer le: metadata: unknown field "labelz" (Kubernetes 1.26, 1.27, 1.28, 1.29, 1.30, 1.31, 1.32, 1.33, 1.34)',
    ]);
  });

  test('a CRD version that is not served is refused', () => {
    const app = { apiVersion: 'argoproj.io/v1beta9', kind: 'Application', metadata: { name: 'x' }, spec: {} };
    expect(gate.validate([{ file: 'app.yaml', object: app }])).toEqual(['app.yaml: Application x: crds/argo-cd/application-crd.yaml does not serve argoproj.io/v1beta9']);
  });

  test('a second gate reuses the compiled validators from disk and finds the same problems', () => {
    const object = pvc({ storageClass: 'fast' });
    const expected = gate.validate([{ file: 'pvc.yaml', object }]);
    expect(fs.readdirSync(cacheDir).filter((f) => f.endsWith('.js')).length).toBeGreaterThan(0);
    expect(newGate().validate([{ file: 'pvc.yaml', object }])).toEqual(expected);
  });

  test('a warm gate reads no schema file: its validators and lookups come from the cache', () => {
    const schemas = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-schemas-'));
    try {
      fs.cpSync(path.join(ROOT, 'schemas'), schemas, { recursive: true });
      const gateOn = () => new SchemaGate({ kubernetesSchemaDir: path.join(schemas, 'kubernetes'), crdDir: path.join(schemas, 'crds'), minors: ['1.30'], cacheDir });
      const issuer = { apiVersion: 'cert-manager.io/v1', kind: 'ClusterIssuer', metadata: { name: 'le' }, spec: { selfSigned: {}, bogus: true } };
      const objects = [
        { file: 'pvc.yaml', object: pvc({ storageClass: 'fast' }) },
        { file: 'issuer.yaml', object: issuer },
      ];
      const expected = gateOn().validate(objects);
      expect(expected).toHaveLength(2);
      // Unreadable schemas with the same size and modification time: the fingerprint cannot tell, a read would fail.
      for (const file of [path.join(schemas, 'kubernetes', 'v1.30.json'), path.join(schemas, 'crds', 'cert-manager', 'cert-manager.io_clusterissuers.yaml')]) {
        const { size, atimeMs, mtimeMs } = fs.statSync(file);
        fs.writeFileSync(file, '{'.repeat(size));
        fs.utimesSync(file, atimeMs / 1000, mtimeMs / 1000);
      }
      const again = gateOn().validate(objects);
      expect(again[0]).toBe(expected[0]);
      // The CRD's file name in the message comes from a scan of the CRD files, done only to report; the finding stands.
      expect(again[1].split(' (CRD ')[0]).toBe(expected[1].split(' (CRD ')[0]);
      expect(expected[1]).toContain('unknown field "bogus" (CRD crds/cert-manager/cert-manager.io_clusterissuers.yaml)');
    } finally {
      fs.rmSync(schemas, { recursive: true, force: true });
    }
  });

  test('an object remembered valid is checked again when it or the schemas change', () => {
    const schemas = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-schemas-'));
    try {
      fs.cpSync(path.join(ROOT, 'schemas'), schemas, { recursive: true });
      const gateOn = () => new SchemaGate({ kubernetesSchemaDir: path.join(schemas, 'kubernetes'), crdDir: path.join(schemas, 'crds'), minors: ['1.30'], cacheDir });
      expect(gateOn().validate([{ file: 'pvc.yaml', object: pvc() }])).toEqual([]);
      expect(gateOn().validate([{ file: 'pvc.yaml', object: pvc({ storageClass: 'fast' }) }])).toEqual([
        'pvc.yaml: PersistentVolumeClaim data: spec: unknown field "storageClass" (Kubernetes 1.30)',
      ]);
      // A schema that no longer knows a field the object uses: the remembered result must not stand.
      const file = path.join(schemas, 'kubernetes', 'v1.30.json');
      const document = JSON.parse(fs.readFileSync(file, 'utf8'));
      delete document.definitions['io.k8s.api.core.v1.PersistentVolumeClaimSpec'].properties.accessModes;
      fs.writeFileSync(file, JSON.stringify(document));
      expect(gateOn().validate([{ file: 'pvc.yaml', object: pvc() }])).toEqual([
        'pvc.yaml: PersistentVolumeClaim data: spec: unknown field "accessModes" (Kubernetes 1.30)',
      ]);
    } finally {
      fs.rmSync(schemas, { recursive: true, force: true });
    }
  });

  test('the CRD index scan agrees with a full parse of every CRD file', () => {
    const crdRoot = path.join(ROOT, 'schemas', 'crds');
    for (const project of fs.readdirSync(crdRoot).filter((p) => fs.statSync(path.join(crdRoot, p)).isDirectory())) {
      for (const file of fs.readdirSync(path.join(crdRoot, project))) {
        const text = fs.readFileSync(path.join(crdRoot, project, file), 'utf8');
        const parsed = YAML.parseAllDocuments(text)
          .map((d) => d.toJS())
          .filter(Boolean)
          .map((crd) => `${crd.spec.group}/${crd.spec.names.kind}`);
        expect(scanGroupKinds(text)).toEqual(parsed);
      }
    }
  });
});

describe('schema patterns', () => {
  // CRDs write patterns for Go's regexp (RE2): the API server accepts what Go matches, so the gate must too.
  test.each([
    ['^(?i)(abort|warn)?$', 'WARN', true],
    ['^(?i)(abort|warn)?$', 'stop', false],
    // Unanchored, like Go's MatchString.
    ['[0-9]+', 'ab12cd', true],
    ['^[1-9][0-9]*[dwm]$', '7d', true],
    ['^[1-9][0-9]*[dwm]$', '07d', false],
  ])('%s on "%s": valid %s, freshly compiled and loaded from the cache', (pattern, value, valid) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-patterns-'));
    try {
      const source = () => ({ contentKey: pattern, schema: () => ({ type: 'string', pattern }) });
      expect(new ValidatorCache(dir).get(pattern, source)?.(value)).toBe(valid);
      expect(new ValidatorCache(dir).get(pattern, source)?.(value)).toBe(valid);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
