import { parseConfig } from '../src/config/load';
import { baseConfig, CONFIG_SCHEMA, configErrorFor as errorFor } from './support';

function accepts(mutate: (config: any) => void): void {
  const config: any = baseConfig();
  mutate(config);
  expect(() => parseConfig('env.yaml', config, CONFIG_SCHEMA)).not.toThrow();
}

const volume = { volumeId: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b', driver: 'cinder', size: '20Gi', namespace: 'rdm', claimName: 'data' };
const DOCKER_CONFIG = '{"auths":{"registry.example.org":{"auth":"dXNlcjpwYXNz"}}}';

describe('every string field has the format its consumer gives it', () => {
  test.each<[string, (c: any) => void, string]>([
    ['git revision with a space', (c) => (c.gitops.revision = 'release 1'), 'env.yaml: gitops.revision: must be a git branch, tag or commit such as main or v1.2.0; this one contains a space, a control character or one of ~ ^ : ? * [ \\'],
    ['git revision with ..', (c) => (c.gitops.revision = 'main..dev'), 'env.yaml: gitops.revision: must be a git branch, tag or commit such as main or v1.2.0; this one contains ".."'],
    ['git revision ending in .lock', (c) => (c.gitops.revision = 'feature/x.lock'), 'env.yaml: gitops.revision: must be a git branch, tag or commit such as main or v1.2.0; this one has a component starting with "." or ending with ".lock" or "."'],
    ['git revision starting with -', (c) => (c.gitops.revision = '-main'), 'env.yaml: gitops.revision: must be a git branch, tag or commit such as main or v1.2.0; this one starts with "-"'],
    ['git repository with a password', (c) => (c.gitops.repoURL = 'https://bot:s3cret@git.example.org/platform.git'), 'env.yaml: gitops.repoURL: must not carry a user name or password: give Argo CD the credentials with `argocd repo add`, never in git'],
    ['git repository path with ..', (c) => (c.gitops.path = 'dist/../secrets'), 'env.yaml: gitops.path: must be a relative path without leading or trailing "/" and no component starting with ".", such as dist'],
    ['node label key with a space', (c) => (c.nodeGroup = { labelKey: 'system tag' }), 'env.yaml: nodeGroup.labelKey: must be a Kubernetes label key: an optional DNS prefix and "/", then at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit, such as system-tag'],
    ['node label key with a bad prefix', (c) => (c.nodeGroup = { labelKey: 'Example.org/role' }), 'env.yaml: nodeGroup.labelKey: must be a Kubernetes label key: an optional DNS prefix and "/", then at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit, such as system-tag'],
    ['node label value too long', (c) => (c.nodeGroup = { labelValue: 'x'.repeat(64) }), 'env.yaml: nodeGroup.labelValue: must be a Kubernetes label value: at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit'],
    ['image tag with a space', (c) => (c.kong.image.tag = '3.9.1 oidc'), 'env.yaml: kong.image.tag: must be an image tag: at most 128 letters, digits, "_", "." or "-", not starting with "." or "-"'],
    ['image tag with a stray character', (c) => (c.kong.image.tag = '3.9.1-oidc\uFFFD'), 'env.yaml: kong.image.tag: must be an image tag: at most 128 letters, digits, "_", "." or "-", not starting with "." or "-"'],
    ['image repository in upper case', (c) => (c.kong.image.repository = 'World-Cereal/kong'), 'env.yaml: kong.image.repository: must be an image repository path such as world-cereal/kong-oidc (lower-case components joined by "/")'],
    ['registry host with a space', (c) => (c.registry.host = 'registry example.org'), 'env.yaml: registry.host: must be a registry host with an optional port and repository prefix, such as 123456789012.dkr.ecr.eu-central-1.amazonaws.com or registry.example.org:5000/worldcereal'],
    ['registry host at an impossible address', (c) => (c.registry.host = '10.0.12.700:5000'), 'env.yaml: registry.host: must be a registry host with an optional port and repository prefix, such as 123456789012.dkr.ecr.eu-central-1.amazonaws.com or registry.example.org:5000/worldcereal'],
    ['registry host with an empty label', (c) => (c.registry.host = 'registry..example.org'), 'env.yaml: registry.host: must be a registry host with an optional port and repository prefix, such as 123456789012.dkr.ecr.eu-central-1.amazonaws.com or registry.example.org:5000/worldcereal'],
    ['a docker config pasted as a store key', (c) => (c.registry.pullSecret = { provider: 'dockerconfigjson', store: 'vault', key: DOCKER_CONFIG }), 'env.yaml: registry.pullSecret.key: must be a key in the secret store such as registry/worldcereal (letters, digits and _ . / @ + = : -): the store holds the value, this file only names it'],
    ['a pull-secret namespace listed twice', (c) => (c.registry.pullSecretNamespaces = ['kong', 'rdm', 'kong']), 'env.yaml: registry.pullSecretNamespaces[2]: repeats [0] "kong"'],
    ['a zone with spaces', (c) => (c.pvRecovery = { volumes: [{ ...volume, zone: 'eu central 1a' }] }), 'env.yaml: pvRecovery.volumes[0].zone: must be an availability zone name such as eu-central-1a or nova (lower-case letters, digits, "-", "_", ".")'],
    ['a per-volume storage class the top-level one would refuse', (c) => (c.pvRecovery = { volumes: [{ ...volume, storageClass: 'Fast SSD' }] }), 'env.yaml: pvRecovery.volumes[0].storageClass: must be a Kubernetes object name: lower-case DNS labels joined by ".", at most 253 characters'],
    ['an unknown filesystem', (c) => (c.pvRecovery = { volumes: [{ ...volume, fsType: 'zfs ' }] }), 'env.yaml: pvRecovery.volumes[0].fsType: must be one of ext3, ext4, xfs, btrfs'],
    ['a volume id with a space', (c) => (c.pvRecovery = { volumes: [{ ...volume, driver: 'csi', csiDriver: 'nfs.csi.k8s.io', volumeId: 'share 1' }] }), 'env.yaml: pvRecovery.volumes[0].volumeId: must be a volume id: letters, digits and _ . : / -, at most 255 characters'],
    ['an ACME server URL with a space', (c) => (c.acme.stagingServer = 'https://acme.example.org/dir ectory'), 'env.yaml: acme.stagingServer: must be an https:// URL'],
    ['a backup bucket with upper case', (c) => (c.postgres = { backup: { destinationPath: 's3://Backups', credentialsSecret: 'creds' } }), 'env.yaml: postgres.backup.destinationPath: must be an s3:// bucket path such as s3://ewoc-backups/postgres'],
    ['a backup schedule of words', (c) => (c.postgres = { backup: { destinationPath: 's3://backups', credentialsSecret: 'creds', schedule: 'every night at two ok' } }), 'env.yaml: postgres.backup.schedule: must be a six-field cron expression (seconds first), such as "0 0 2 * * *"'],
    ['a Secret name with an empty label', (c) => (c.postgres = { backup: { destinationPath: 's3://backups', credentialsSecret: 'creds..s3' } }), 'env.yaml: postgres.backup.credentialsSecret: must be a Kubernetes object name: lower-case DNS labels joined by ".", at most 253 characters'],
  ])('%s is refused with the field and the reason', (_name, mutate, message) => {
    expect(errorFor(mutate)).toBe(message);
  });

  test.each<[string, (c: any) => void]>([
    ['a commit id as revision', (c) => (c.gitops.revision = '4b76eb1c130b81e95a5116d9a262b52cf655d')],
    ['a tag and a nested branch as revision', (c) => (c.gitops.revision = 'release/v1.2.0')],
    ['an ssh git URL with a user', (c) => (c.gitops.repoURL = 'ssh://git@git.example.org:2222/platform.git')],
    ['an scp-like git URL', (c) => (c.gitops.repoURL = 'git@github.com:WorldCereal/ewoc-platform.git')],
    ['a prefixed label key', (c) => (c.nodeGroup = { labelKey: 'node.example.org/role', labelValue: 'system_1.a' })],
    ['a registry with port and prefix', (c) => (c.registry.host = 'registry.example.org:5000/world-cereal/images')],
    ['a registry at an IPv4 address', (c) => (c.registry.host = '10.0.12.7:5000')],
    ['a zone, an xfs volume and a dotted storage class', (c) => (c.pvRecovery = { volumes: [{ ...volume, zone: 'nova', fsType: 'xfs', storageClass: 'csi-cinder.retain' }] })],
  ])('%s is accepted', (_name, mutate) => {
    accepts(mutate);
  });
});
