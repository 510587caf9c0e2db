import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError, findEnvironmentFiles, loadEnvironments } from '../src/config/load';
import { MODULES } from '../src/modules/registry';
import { asOrdinaryUser, CONFIG_SCHEMA, handToOrdinaryUser, ROOT } from './support';

const VALID = fs.readFileSync(path.join(ROOT, 'environments', 'test.yaml'), 'utf8');

/** The ConfigError message of loading the folder, or a failure when it loads. */
function loadError(dir: string): string {
  try {
    loadEnvironments(dir, CONFIG_SCHEMA);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('the environments loaded');
}

describe('environment files', () => {
  let dir: string;
  let rel: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-envs-'));
    rel = path.basename(dir);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a .yml file is an environment like a .yaml file', () => {
    fs.writeFileSync(path.join(dir, 'test.yml'), VALID);
    fs.writeFileSync(path.join(dir, 'prod.yaml'), VALID);
    expect(loadEnvironments(dir, CONFIG_SCHEMA).map((e) => [e.name, e.file])).toEqual([
      ['prod', `${rel}/prod.yaml`],
      ['test', `${rel}/test.yml`],
    ]);
  });

  test('two files for one environment are refused', () => {
    fs.writeFileSync(path.join(dir, 'test.yml'), VALID);
    fs.writeFileSync(path.join(dir, 'test.yaml'), VALID);
    expect(loadError(dir)).toBe(`${rel}/: test.yaml and test.yml both define environment "test"; keep one`);
  });

  test('other files are listed as ignored, the editor schema is not', () => {
    fs.writeFileSync(path.join(dir, 'test.yaml'), VALID);
    fs.writeFileSync(path.join(dir, 'schema.json'), '{}');
    fs.writeFileSync(path.join(dir, 'test.yaml.bak'), VALID);
    expect(findEnvironmentFiles(dir).ignored).toEqual([`${rel}/test.yaml.bak`]);
  });

  test("hidden files are not environments, an editor's dangling lock link included: listed as ignored", () => {
    fs.writeFileSync(path.join(dir, 'test.yaml'), VALID);
    fs.writeFileSync(path.join(dir, '.draft.yaml'), VALID);
    fs.symlinkSync('user@host.4242:1700000000', path.join(dir, '.#test.yaml'));
    expect(findEnvironmentFiles(dir).ignored).toEqual([`${rel}/.#test.yaml`, `${rel}/.draft.yaml`]);
    expect(loadEnvironments(dir, CONFIG_SCHEMA).map((e) => e.name)).toEqual(['test']);
  });

  test('invalid UTF-8 names the file and the line', () => {
    const valid = Buffer.from(VALID);
    const at = valid.indexOf('3.9.1-oidc') + '3.9.1-oidc'.length;
    const bytes = Buffer.concat([valid.subarray(0, at), Buffer.from([0xff]), valid.subarray(at)]);
    fs.writeFileSync(path.join(dir, 'test.yaml'), bytes);
    const line = VALID.slice(0, VALID.indexOf('3.9.1-oidc')).split('\n').length;
    expect(loadError(dir)).toBe(`${rel}/test.yaml: line ${line}: is not valid UTF-8 (a stray byte from another encoding?); save the file as UTF-8`);
  });

  test('an unquoted version read as a number says how YAML read it and to quote it', () => {
    fs.writeFileSync(path.join(dir, 'test.yaml'), VALID.replace('kubernetesVersion: "1.33"', 'kubernetesVersion: 1.30'));
    expect(loadError(dir)).toBe(
      `${rel}/test.yaml: kubernetesVersion: YAML read 1.30 as the number 1.3; quote it ("1.30"): the field must be one of 1.26, 1.27, 1.28, 1.29, 1.30, 1.31, 1.32, 1.33, 1.34`,
    );
  });

  test('a number where text belongs says to quote it', () => {
    fs.writeFileSync(path.join(dir, 'test.yaml'), VALID.replace('tag: 3.9.1-oidc', 'tag: 3.90'));
    expect(loadError(dir)).toBe(`${rel}/test.yaml: kong.image.tag: YAML read 3.90 as the number 3.9; quote it ("3.90")`);
  });

  // What was written, when it cannot be a secret (a number, a boolean, null); otherwise only its kind.
  test.each([
    ['argocd:\n  ha: false', 'argocd:\n  ha: ~', 'argocd.ha: must be true or false, not ~'],
    ['argocd:\n  ha: false', 'argocd:\n  ha: "false"', 'argocd.ha: must be true or false, not text'],
    ['serverReplicas: 1\n  repo', 'serverReplicas: 1e400\n  repo', 'argocd.serverReplicas: must be a finite number, not 1e400'],
    ['serverReplicas: 1\n  repo', 'serverReplicas: true\n  repo', 'argocd.serverReplicas: must be a number, not true'],
    ['leaveOut: [logging]', 'leaveOut: {logging: true}', 'modules.leaveOut: must be a list, not a map'],
    ['acme:\n  email: platform-ops@example.org\n  issuer: letsencrypt-staging', 'acme: [platform-ops@example.org]', 'acme: must be a map of fields, not a list'],
    ['domain: ewoc-test.example.org', 'domain:', 'domain: must be text, not empty'],
    ['issuer: letsencrypt-staging', 'issuer: letsencrypt', 'acme.issuer: must be one of letsencrypt-prod, letsencrypt-staging'],
    // Quoting would not help: no module is called "1".
    ['leaveOut: [logging]', 'leaveOut: [1]', `modules.leaveOut[0]: unknown module "1" (modules: ${MODULES.map((module) => module.id).join(', ')})`],
  ])('a value of the wrong type or not among the field\'s values says what the field takes (%#)', (from, to, message) => {
    expect(VALID).toContain(from);
    fs.writeFileSync(path.join(dir, 'test.yaml'), VALID.replace(from, to));
    expect(loadError(dir)).toBe(`${rel}/test.yaml: ${message}`);
  });

  test.each<[string, (file: string) => void, string]>([
    ['a directory where a file should be', (file) => fs.mkdirSync(file), 'is a directory, not an environment file; rename or remove it'],
    ['a dangling symbolic link', (file) => fs.symlinkSync(path.join(path.dirname(file), 'gone.txt'), file), 'cannot be read: it is a symbolic link to a file that does not exist; fix or remove the link'],
    ['a symbolic-link loop', (file) => {
      fs.symlinkSync(path.join(path.dirname(file), 'b.txt'), file);
      fs.symlinkSync(file, path.join(path.dirname(file), 'b.txt'));
    }, 'cannot be read: its symbolic links form a loop; fix or remove the link'],
    ['an empty file', (file) => fs.writeFileSync(file, '# nothing yet\n'), 'is empty; an environment file holds one configuration (see docs/configuration.md)'],
    ['two YAML documents', (file) => fs.writeFileSync(file, `${VALID}---\n${VALID}`), 'holds 2 YAML documents (separated by "---"); an environment file holds exactly one'],
    ['an alias bomb', (file) => fs.writeFileSync(file, `${VALID}x: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]\ny: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nz: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n`), `line ${VALID.split('\n').length + 1}: uses a YAML alias (*a); write the value out instead (aliases are refused: they can expand a small file without bound)`],
    ['values nested beyond reading', (file) => fs.writeFileSync(file, `${VALID}x: ${'['.repeat(10000)}${']'.repeat(10000)}\n`), `line ${VALID.split('\n').length}: nests values too deeply to be read (an environment file is a few levels deep)`],
    ['a YAML tag of its own', (file) => fs.writeFileSync(file, `${VALID}x: !vault fast\n`), `line ${VALID.split('\n').length}: uses the YAML tag !vault; an environment file holds plain values (text, numbers, booleans, lists, maps): write the value without it`],
    ['a binary value', (file) => fs.writeFileSync(file, `${VALID}x: !!binary ZmFzdA==\n`), `line ${VALID.split('\n').length}: uses the YAML tag !!binary; an environment file holds plain values (text, numbers, booleans, lists, maps): write the value without it`],
  ])('%s is a plain message naming the file', (_name, make, message) => {
    make(path.join(dir, 'test.yaml'));
    expect(loadError(dir)).toBe(`${rel}/test.yaml: ${message}`);
  });

  test('an unreadable file is a plain message naming the file', () => {
    fs.writeFileSync(path.join(dir, 'test.yaml'), VALID, { mode: 0o200 });
    fs.chmodSync(dir, 0o755);
    expect(asOrdinaryUser(() => loadError(dir))).toBe(`${rel}/test.yaml: cannot be read: permission denied; make it readable (chmod u+r)`);
  });

  test('an unreadable folder is a plain message naming it', () => {
    fs.writeFileSync(path.join(dir, 'test.yaml'), VALID);
    handToOrdinaryUser(dir);
    fs.chmodSync(dir, 0o300);
    expect(asOrdinaryUser(() => loadError(dir))).toBe(`${rel}/: cannot be read: permission denied; make it readable (chmod u+r)`);
  });

  test('a missing folder and a file in its place are plain messages', () => {
    expect(loadError(path.join(dir, 'none'))).toBe(`none/: does not exist; create it with one <name>.yaml per environment`);
    fs.writeFileSync(path.join(dir, 'file'), '');
    expect(loadError(path.join(dir, 'file'))).toBe(`file/: is not a directory; it must hold one <name>.yaml per environment`);
  });

  test('every broken file is reported, not only the first', () => {
    fs.writeFileSync(path.join(dir, 'a.yaml'), '');
    fs.mkdirSync(path.join(dir, 'b.yaml'));
    expect(loadError(dir).split('\n')).toEqual([
      `${rel}/a.yaml: is empty; an environment file holds one configuration (see docs/configuration.md)`,
      `${rel}/b.yaml: is a directory, not an environment file; rename or remove it`,
    ]);
  });
});
