// @slow: reads every CRD file and every Kubernetes schema.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as jsYaml from 'js-yaml';
import { SUPPORTED_KUBERNETES_MINORS } from '../src/config/schema';
import { scanGroupKinds } from '../src/platform/validation/crd-schemas';
import { SchemaGate } from '../src/platform/validation/schema-gate';
import { StructuralValidator } from '../src/platform/validation/structural-validator';
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
  /** A gate of one minor remembering in `dir`: the tests of its memory each give it a folder of their own. */
  const gateIn = (dir: string) => new SchemaGate({ kubernetesSchemaDir: path.join(ROOT, 'schemas', 'kubernetes'), crdDir: path.join(ROOT, 'schemas', 'crds'), minors: ['1.34'], cacheDir: dir });

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

  test('a field that only some minors know names exactly those minors, and says the environment is too old for it', () => {
    // PVC volumeAttributesClassName arrived in Kubernetes 1.29.
    const problems = gate.validate([{ file: 'pvc.yaml', object: pvc({ volumeAttributesClassName: 'gold' }) }]);
    expect(problems).toEqual([
      'pvc.yaml: PersistentVolumeClaim data: spec: unknown field "volumeAttributesClassName" (Kubernetes 1.26, 1.27, 1.28; 1.34 accepts it: the environment\'s kubernetesVersion is older than this object needs)',
    ]);
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
      'issuer.yaml: ClusterIssuer le: spec.acme.solvers[0].http01.ingress: unknown field "ingresClassName" (did you mean "ingressClassName"?) (CRD crds/cert-manager/cert-manager.io_clusterissuers.yaml)',
      'issuer.yaml: ClusterIssuer le: metadata: unknown field "labelz" (did you mean "labels"?) (Kubernetes 1.26, 1.27, 1.28, 1.29, 1.30, 1.31, 1.32, 1.33, 1.34)',
    ]);
  });

  test('a CRD version that is not served is refused', () => {
    const app = { apiVersion: 'argoproj.io/v1beta9', kind: 'Application', metadata: { name: 'x' }, spec: {} };
    expect(gate.validate([{ file: 'app.yaml', object: app }])).toEqual(['app.yaml: Application x: crds/argo-cd/application-crd.yaml does not serve argoproj.io/v1beta9']);
  });

  test('a second gate finds the same problems, and remembers on disk only the objects found valid', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-known-'));
    try {
      const objects = [
        { file: 'bad.yaml', object: pvc({ storageClass: 'fast' }) },
        { file: 'good.yaml', object: pvc() },
      ];
      const expected = gateIn(dir).validate(objects);
      expect(expected).toHaveLength(1);
      expect(gateIn(dir).validate(objects)).toEqual(expected);
      const index = JSON.parse(fs.readFileSync(path.join(dir, 'known-valid.json'), 'utf8'));
      expect(Object.keys(index.valid)).toHaveLength(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('checkouts sharing the index keep each other\'s answers; answers no run confirmed for a day go', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-known-'));
    const file = path.join(dir, 'known-valid.json');
    const keys = () => Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')).valid);
    try {
      // Two gates opened at once (two checkouts' synths), each saving its own answers.
      const [one, other] = [gateIn(dir), gateIn(dir)];
      expect(one.validate([{ file: 'a.yaml', object: pvc() }])).toEqual([]);
      expect(other.validate([{ file: 'b.yaml', object: pvc({ volumeName: 'pv-1' }) }])).toEqual([]);
      expect(keys()).toHaveLength(2);
      // Everything known and confirmed lately: nothing is written.
      const before = fs.statSync(file).mtimeMs;
      expect(gateIn(dir).validate([{ file: 'a.yaml', object: pvc() }])).toEqual([]);
      expect(fs.statSync(file).mtimeMs).toBe(before);
      // An answer last confirmed over a day ago goes with the next save; one confirmed now stays.
      const index = JSON.parse(fs.readFileSync(file, 'utf8'));
      const [stale] = Object.keys(index.valid);
      index.valid[stale] = Date.now() - 25 * 60 * 60 * 1000;
      fs.writeFileSync(file, JSON.stringify(index));
      expect(gateIn(dir).validate([{ file: 'c.yaml', object: pvc({ volumeName: 'pv-2' }) }])).toEqual([]);
      expect(keys()).toHaveLength(2);
      expect(keys()).not.toContain(stale);
      // An answer dated later than now is no confirmation: it is dropped, not kept for ever.
      const ahead = JSON.parse(fs.readFileSync(file, 'utf8'));
      const [future] = Object.keys(ahead.valid);
      ahead.valid[future] = Date.now() + 365 * 24 * 60 * 60 * 1000;
      fs.writeFileSync(file, JSON.stringify(ahead));
      gateIn(dir).validate([{ file: 'd.yaml', object: pvc({ volumeName: 'pv-3' }) }]);
      expect(Object.values(JSON.parse(fs.readFileSync(file, 'utf8')).valid).filter((time) => (time as number) > Date.now())).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test.each([
    ['a damaged index', (dir: string) => fs.writeFileSync(path.join(dir, 'known-valid.json'), '{')],
    ['an index of another shape', (dir: string) => fs.writeFileSync(path.join(dir, 'known-valid.json'), '{"derivation": 1, "valid": 5}')],
    ['a cache folder that is a file', (dir: string) => fs.writeFileSync(dir, 'not a folder')],
  ])('%s only costs the gate its memory: it checks every object again and says the same', (_, damage) => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-known-')), 'gate');
    try {
      if (!_.includes('file')) fs.mkdirSync(dir);
      damage(dir);
      const objects = [{ file: 'good.yaml', object: pvc() }, { file: 'bad.yaml', object: pvc({ storageClass: 'fast' }) }];
      expect(gateIn(dir).validate(objects)).toEqual(['bad.yaml: PersistentVolumeClaim data: spec: unknown field "storageClass" (Kubernetes 1.34)']);
    } finally {
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });

  test('a gate whose objects are all known valid reads no schema file', () => {
    const schemas = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-schemas-'));
    try {
      fs.cpSync(path.join(ROOT, 'schemas'), schemas, { recursive: true });
      const gateOn = () => new SchemaGate({ kubernetesSchemaDir: path.join(schemas, 'kubernetes'), crdDir: path.join(schemas, 'crds'), minors: ['1.30'], cacheDir });
      const issuer = { apiVersion: 'cert-manager.io/v1', kind: 'ClusterIssuer', metadata: { name: 'le' }, spec: { selfSigned: {} } };
      const objects = [
        { file: 'pvc.yaml', object: pvc() },
        { file: 'issuer.yaml', object: issuer },
      ];
      expect(gateOn().validate(objects)).toEqual([]);
      // Unreadable schemas with the same size and modification time: the fingerprint cannot tell, a read would fail.
      for (const file of [path.join(schemas, 'kubernetes', 'v1.30.json'), path.join(schemas, 'crds', 'cert-manager', 'cert-manager.io_clusterissuers.yaml')]) {
        const { size, atimeMs, mtimeMs } = fs.statSync(file);
        fs.writeFileSync(file, '{'.repeat(size));
        fs.utimesSync(file, atimeMs / 1000, mtimeMs / 1000);
      }
      expect(gateOn().validate(objects)).toEqual([]);
      // The same schemas through a link (a scratch project linking this one's): remembered.
      const linked = `${schemas}-linked`;
      fs.symlinkSync(schemas, linked);
      try {
        expect(new SchemaGate({ kubernetesSchemaDir: path.join(linked, 'kubernetes'), crdDir: path.join(linked, 'crds'), minors: ['1.30'], cacheDir }).validate(objects)).toEqual([]);
      } finally {
        fs.rmSync(linked);
      }
      // A changed object is checked, and that needs the schema.
      expect(() => gateOn().validate([{ file: 'pvc.yaml', object: pvc({ volumeName: 'pv-1' }) }])).toThrow(/JSON/);
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
        // js-yaml: a full parse, and ten times faster than the yaml package on these megabytes.
        const parsed = jsYaml
          .loadAll(text)
          .filter(Boolean)
          .map((crd: any) => `${crd.spec.group}/${crd.spec.names.kind}`);
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
  ])('%s on "%s": valid %s', (pattern, value, valid) => {
    expect(new StructuralValidator({ type: 'string', pattern }).violations(value).length === 0).toBe(valid);
  });
});
