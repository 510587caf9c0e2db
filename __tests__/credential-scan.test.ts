import { k8s } from 'cdk8s-plus-26';
import { findCredentials } from '../src/platform/credential-scan';
import { NamespacesModule } from '../src/modules/namespaces/namespaces-module';
import { fixtureModule, renderUnit } from './support';

/** Example credentials, built at run time so that no scanner of this repository mistakes the test for a leak. */
const AWS_KEY_ID = ['AKIA', 'IOSFODNN7EXAMPLE'].join('');
const RANDOM_BASE64 = ['wJalrXUtnFEMI/K7MDENG/bPxRfiCY', 'EXAMPLEKEY1aZ9x'].join('');
const JWT = ['eyJhbGciOiJIUzI1NiJ9', 'eyJzdWIiOiIxMjM0NTY3ODkwIn0', 'dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'].join('.');
const PEM = ['-----BEGIN RSA PRIVATE', 'KEY-----\nMIIEpAIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw\n-----END RSA PRIVATE KEY-----'].join(' ');
const DOCKER_CONFIG = JSON.stringify({ auths: { 'registry.example.org': { auth: 'dXNlcjpwYXNzd29yZA==' } } });

const scan = (value: unknown, field = 'value') => findCredentials([{ file: 'dist/x/m/configmap-c.yaml', object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { [field]: value } } }]);

describe('credential scan', () => {
  test.each<[string, string, string]>([
    ['a PEM private key', PEM, 'a PEM private key'],
    ['an AWS access key id', `aws_access_key_id = ${AWS_KEY_ID}`, 'an AWS access key id'],
    ['a JSON Web Token', `Bearer ${JWT}`, 'a JSON Web Token'],
    ['a docker config', DOCKER_CONFIG, 'a docker config with registry credentials'],
    ['a docker config that is not valid JSON', `{"auths": {"r.example.org": {"password": "hunter2"}},}`, 'a docker config with registry credentials'],
    ['basic auth in a URL', 'postgresql://app:hunter2@db.example.org:5432/app', 'a URL with a user name and password'],
    ['a long random base64 string', `secret_key=${RANDOM_BASE64}`, 'a long random base64 string (a key or token)'],
  ])('%s is refused with the object, the field and the kind, never the value', (_name, value, kind) => {
    const [finding, ...rest] = scan(value);
    expect(rest).toEqual([]);
    expect(finding).toBe(`dist/x/m/configmap-c.yaml: ConfigMap c: data.value: holds ${kind}; credentials must not be in git: name the Secret or store key that holds it instead`);
    expect(finding).not.toContain(value);
  });

  test('the shortest credential is found, and one text is judged by its field each time it is met', () => {
    expect(scan('a://b:c@d')).toHaveLength(1);
    // The same random base64 is public in a CA field and a credential elsewhere, in whichever order they come.
    const text = `${RANDOM_BASE64}${RANDOM_BASE64}`;
    expect([scan(text, 'caBundle'), scan(text, 'token'), scan(text, 'caBundle')].map((findings) => findings.length)).toEqual([0, 1, 0]);
  });

  test('a credential in a map key or deep in a list is found at its path', () => {
    const findings = findCredentials([{ file: 'f.yaml', object: { kind: 'Deployment', metadata: { name: 'd' }, spec: { args: ['--x', `--token=${JWT}`], labels: { [AWS_KEY_ID]: 'x' } } } }]);
    expect(findings).toEqual([
      'f.yaml: Deployment d: spec.args[1]: holds a JSON Web Token; credentials must not be in git: name the Secret or store key that holds it instead',
      `f.yaml: Deployment d: spec.labels.${AWS_KEY_ID}: holds an AWS access key id; credentials must not be in git: name the Secret or store key that holds it instead`,
    ]);
  });

  test.each<[string, unknown, string]>([
    ['an image digest', 'quay.io/jetstack/cert-manager-controller@sha256:4bd2f1d4b9a1c6a0e5f7b1c3d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0', 'value'],
    ['a sha256 checksum annotation', 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3a94a8fe5ccb19ba61c4c0873', 'value'],
    ['a git commit id', '4b76eb1c130b81e95a5116d9a262b52cf655d9c0', 'value'],
    ['a CA bundle', Buffer.from(`-----BEGIN CERTIFICATE-----\n${RANDOM_BASE64}${RANDOM_BASE64}\n-----END CERTIFICATE-----\n`).toString('base64'), 'caBundle'],
    ['a certificate in PEM', `-----BEGIN CERTIFICATE-----\n${RANDOM_BASE64}\n-----END CERTIFICATE-----`, 'ca.crt'],
    ['an ESO template building a docker config', '{"auths":{"r.example.org":{"auth":"{{ printf "%s:%s" .username .password | b64enc }}"}}}', 'value'],
    ['an ESO template building a URI', 'postgresql://{{ .username }}:{{ .password | urlquery }}@postgres-pooler-rw.sysdb.svc:5432/app', 'value'],
    ['a URL with a variable reference', 'postgres://keycloak:$(DB_PASSWORD)@db:5432/keycloak', 'value'],
    ['a URL with a user and no password', 'ssh://git@github.com/WorldCereal/ewoc-platform.git', 'value'],
    ['a PEM header named in prose', 'a PKCS#8 key (-----BEGIN PRIVATE KEY-----) kept in the referenced Secret', 'value'],
    ['SSH public host keys', 'github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\ngitlab.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBFSMqzJeV9rUzU4kWitGjeR4PWSa29SPqJ1fVkhtj3Hw9xjLVXVYrU9QlYWrOLXBpQ6KWjbjTDTdDkoohFzgbEY=', 'ssh_known_hosts'],
    ['a long path', 'keycloak-k8s-resources/kubernetes/keycloaks.k8s.keycloak.org-v1/keycloakrealmimports', 'value'],
    ['prose', 'The secret key must be at least 32 characters; see https://docs.example.org/keys for details.', 'value'],
    ['an object with no strings', { replicas: 3, enabled: true }, 'value'],
  ])('%s passes', (_name, value, field) => {
    expect(scan(value, field)).toEqual([]);
  });

  test('synth refuses a credential in any object, not only Secrets', () => {
    const LeakyModule = fixtureModule('leaky', 'rdm', (module) => {
      new k8s.KubeConfigMap(module, 'config', { metadata: { name: 'leaky', namespace: 'rdm' }, data: { 'settings.ini': `key = ${PEM}` } });
    });
    expect(() => renderUnit(undefined, [NamespacesModule, LeakyModule])).toThrow(
      'dist/unit/leaky/configmap-leaky.yaml: ConfigMap leaky: data["settings.ini"]: holds a PEM private key; credentials must not be in git: name the Secret or store key that holds it instead',
    );
  });
});
