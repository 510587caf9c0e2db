import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadEnvironmentFile, loadEnvironments } from '../src/config/load';
import { configJsonSchema, configReference } from '../src/config/reference';
import { CONFIG_SCHEMA, configErrorFor as errorFor, ROOT } from './support';

const cinder = { volumeId: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b', driver: 'cinder', size: '20Gi', namespace: 'rdm', claimName: 'data' };

describe('configuration', () => {
  test('the shipped environments load, with defaults applied', () => {
    const [prod, test] = loadEnvironments(path.join(ROOT, 'environments'), CONFIG_SCHEMA);
    expect(prod.name).toBe('prod');
    expect(prod.config.domain).toBe('cloud.esa-worldcereal.org');
    expect(prod.config.acme.issuer).toBe('letsencrypt-prod');
    expect(prod.config.nodeGroup).toEqual({ labelKey: 'system-tag', labelValue: 'world-cereal-system' });
    expect(test.name).toBe('test');
    expect(test.config.acme.issuer).toBe('letsencrypt-staging');
    expect((test.config.pvRecovery as { volumes: unknown[] }).volumes.length).toBeGreaterThan(0);
  });

  test('no personal e-mail address from the original deployment', () => {
    for (const env of loadEnvironments(path.join(ROOT, 'environments'), CONFIG_SCHEMA)) {
      expect(env.config.acme.email).toMatch(/^platform-ops@/);
    }
  });

  test.each<[string, (c: any) => void, string]>([
    ['missing domain', (c) => delete c.domain, 'env.yaml: domain: is required'],
    ['domain with upper case', (c) => (c.domain = 'Cloud.Example.org'), 'env.yaml: domain: must be a lower-case DNS name with at least two labels, such as cloud.example.org'],
    ['unknown field', (c) => (c.domian = 'x.example.org'), 'env.yaml: (root): unknown field "domian" (did you mean "domain"?)'],
    ['unsupported Kubernetes minor', (c) => (c.kubernetesVersion = '1.25'), 'env.yaml: kubernetesVersion: must be one of 1.26, 1.27, 1.28, 1.29, 1.30, 1.31, 1.32, 1.33, 1.34'],
    ['bad e-mail', (c) => (c.acme.email = 'ops'), "env.yaml: acme.email: must be an e-mail address (Let's Encrypt sends expiry notices there)"],
    ['plain http ACME server', (c) => (c.acme.productionServer = 'http://acme.example.org/dir'), 'env.yaml: acme.productionServer: must be an https:// URL'],
    ['zero replicas', (c) => (c.certManager = { webhookReplicas: 0 }), 'env.yaml: certManager.webhookReplicas: must be at least 1'],
    ['too many replicas', (c) => (c.certManager = { webhookReplicas: 16 }), 'env.yaml: certManager.webhookReplicas: must be at most 15'],
    ['a size of nothing', (c) => (c.pvRecovery = { volumes: [{ ...cinder, size: '0Gi' }] }), 'env.yaml: pvRecovery.volumes[0].size: must be more than zero'],
    ['fractional replicas', (c) => (c.argocd = { serverReplicas: 1.5 }), 'env.yaml: argocd.serverReplicas: must be a whole number'],
    ['git URL without scheme', (c) => (c.gitops.repoURL = 'github.com/x/y'), 'env.yaml: gitops.repoURL: must be a git URL (https://, ssh:// or git@host:path)'],
    ['bad quantity', (c) => (c.pvRecovery = { volumes: [{ ...cinder, size: '20 GB' }] }), 'env.yaml: pvRecovery.volumes[0].size: must be a Kubernetes quantity such as 30Gi'],
    ['missing volume id', (c) => (c.pvRecovery = { volumes: [{ ...cinder, volumeId: '' }] }), 'env.yaml: pvRecovery.volumes[0].volumeId: must name the backend volume'],
    ['malformed cinder id', (c) => (c.pvRecovery = { volumes: [{ ...cinder, volumeId: 'vol-123' }] }), 'env.yaml: pvRecovery.volumes[0].volumeId: is not a cinder volume id (expected the form 2f1c3a4e-9b7d-4c1e-8f00-5a6b7c8d9e0f)'],
    ['EBS volume without zone', (c) => (c.pvRecovery = { volumes: [{ ...cinder, driver: 'ebs', volumeId: 'vol-0a1b2c3d4e5f60718' }] }), 'env.yaml: pvRecovery.volumes[0].zone: is required for ebs: an EBS volume exists in one availability zone'],
    ['a cinder volume shared between nodes', (c) => (c.pvRecovery = { volumes: [{ ...cinder, accessMode: 'ReadWriteMany' }] }), 'env.yaml: pvRecovery.volumes[0].accessMode: cannot be ReadWriteMany for cinder: a cinder volume attaches to one node at a time (ReadWriteOnce or ReadWriteOncePod)'],
    ['csi without driver name', (c) => (c.pvRecovery = { volumes: [{ ...cinder, driver: 'csi', volumeId: 'share-1' }] }), 'env.yaml: pvRecovery.volumes[0].csiDriver: is required when driver is csi'],
    ['duplicate volume', (c) => (c.pvRecovery = { volumes: [cinder, { ...cinder, claimName: 'other' }] }), 'env.yaml: pvRecovery.volumes[1].volumeId: duplicates volumes[0]: one volume can back only one claim'],
    ['duplicate claim', (c) => (c.pvRecovery = { volumes: [cinder, { ...cinder, volumeId: '0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b' }] }), 'env.yaml: pvRecovery.volumes[1].claimName: duplicates volumes[0]: claim rdm/data can bind only one volume'],
  ])('%s is refused with the field and the reason', (_name, mutate, message) => {
    expect(errorFor(mutate)).toBe(message);
  });

  test('an unknown field close to a known one of its map is taken for a typo of it, at any depth; one far from all is not', () => {
    expect(errorFor((c) => (c.monitoring.alertmanagerReplica = 1))).toBe('env.yaml: monitoring: unknown field "alertmanagerReplica" (did you mean "alertmanagerReplicas"?)');
    const { claimName, ...volume } = cinder;
    expect(errorFor((c) => (c.pvRecovery = { volumes: [{ ...volume, claimname: claimName }] })).split('\n')).toEqual([
      'env.yaml: pvRecovery.volumes[0].claimName: is required',
      'env.yaml: pvRecovery.volumes[0]: unknown field "claimname" (did you mean "claimName"?)',
    ]);
    expect(errorFor((c) => (c.zzz = 1))).toBe('env.yaml: (root): unknown field "zzz"');
    // A huge key is compared with nothing of another length: answered at once, not after billions of edits. Timed
    // in this process's CPU, which a busy machine does not stretch as it stretches the clock.
    const huge = 'monitoring'.repeat(50000);
    const started = process.cpuUsage();
    expect(errorFor((c) => (c[huge] = 1))).toBe(`env.yaml: (root): unknown field "${huge}"`);
    const { user, system } = process.cpuUsage(started);
    expect((user + system) / 1000).toBeLessThan(2000);
    expect(errorFor((c) => (c.ab = 1))).toBe('env.yaml: (root): unknown field "ab"');
  });

  test('every problem is reported, not only the first', () => {
    const message = errorFor((c) => {
      delete c.domain;
      c.storageClass = 'Fast_SSD';
    });
    expect(message.split('\n')).toEqual([
      'env.yaml: domain: is required',
      'env.yaml: storageClass: must be a Kubernetes object name: lower-case DNS labels joined by ".", at most 253 characters',
    ]);
  });

  describe('files', () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-env-'));
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    test('a YAML syntax error names the file and position', () => {
      const file = path.join(dir, 'broken.yaml');
      fs.writeFileSync(file, 'domain: [unclosed\n');
      expect(() => loadEnvironmentFile(file, CONFIG_SCHEMA)).toThrow(/broken\.yaml: .*line 2/s);
    });

    test('a duplicate key is refused', () => {
      const file = path.join(dir, 'dup.yaml');
      fs.writeFileSync(file, 'domain: a.example.org\ndomain: b.example.org\n');
      expect(() => loadEnvironmentFile(file, CONFIG_SCHEMA)).toThrow(/dup\.yaml: Map keys must be unique/);
    });

    test('an environment name that is not a DNS label is refused', () => {
      const file = path.join(dir, 'Prod_EU.yaml');
      fs.writeFileSync(file, 'domain: a.example.org\n');
      expect(() => loadEnvironmentFile(file, CONFIG_SCHEMA)).toThrow('the environment name "Prod_EU" must be a DNS label (it becomes a folder and Argo CD names)');
    });

    test('an environment name too long for the label Argo CD tracks its root Application by is refused', () => {
      const longest = path.join(dir, `${'e'.repeat(49)}.yaml`);
      fs.writeFileSync(longest, 'domain: a.example.org\n');
      // Past the name check, the configuration itself is what fails.
      expect(() => loadEnvironmentFile(longest, CONFIG_SCHEMA)).toThrow(/: kubernetesVersion: /);
      const file = path.join(dir, `${'e'.repeat(50)}.yaml`);
      fs.writeFileSync(file, 'domain: a.example.org\n');
      expect(() => loadEnvironmentFile(file, CONFIG_SCHEMA)).toThrow(
        `the environment name "${'e'.repeat(50)}" is too long: its root Application "ewoc-platform-${'e'.repeat(50)}" has 64 characters, and Argo CD labels what an Application deploys with its name, at most 63; use at most 49 characters`,
      );
    });
  });

  test('the committed reference and editor schema match the schema', () => {
    expect(fs.readFileSync(path.join(ROOT, 'docs', 'configuration.md'), 'utf8')).toBe(configReference(CONFIG_SCHEMA));
    expect(JSON.parse(fs.readFileSync(path.join(ROOT, 'environments', 'schema.json'), 'utf8'))).toEqual(configJsonSchema(CONFIG_SCHEMA));
  });

  test('every configuration field is documented', () => {
    const undocumented = configReference(CONFIG_SCHEMA)
      .split('\n')
      .filter((line) => line.startsWith('| `') && line.endsWith('|  |'));
    expect(undocumented).toEqual([]);
  });
});
