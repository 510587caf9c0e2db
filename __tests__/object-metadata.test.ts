import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { k8s } from 'cdk8s-plus-26';
import type { PlatformModule } from '../src/platform/module';
import { NamespacesModule } from '../src/modules/namespaces/namespaces-module';
import { findInvalidMetadata } from '../src/platform/object-metadata';
import { SchemaGate } from '../src/platform/validation/schema-gate';
import { fixtureModule, renderUnit, ROOT } from './support';

const renderWith = (build: (module: PlatformModule) => void) => renderUnit(undefined, [NamespacesModule, fixtureModule('one', 'rdm', build)]);
const configMap = (metadata: Record<string, any>) => (module: PlatformModule) => new k8s.KubeConfigMap(module, 'settings', { metadata: { name: 'settings', namespace: 'rdm', ...metadata } as any });
const deployment = (selector: Record<string, any>, labels: Record<string, string>) => (module: PlatformModule) =>
  new k8s.KubeDeployment(module, 'web', {
    metadata: { name: 'web', namespace: 'rdm' },
    spec: {
      selector,
      template: {
        metadata: { labels },
        spec: {
          nodeSelector: { 'system-tag': 'world-cereal-system' },
          securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [{ name: 'web', image: 'registry.example.org/web:1.0.0', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }],
        },
      },
    },
  });

/** What the API server refuses though the OpenAPI schemas pass it: each case fails the render, naming file and field. */
describe('object metadata and selectors, as the API server checks them', () => {
  test.each<[string, (module: PlatformModule) => void, string]>([
    ['a name that is no DNS subdomain', configMap({ name: 'Bad_Name' }), 'dist/unit/one/configmap-Bad_Name.yaml: ConfigMap Bad_Name: metadata.name: "Bad_Name" must be a DNS subdomain: lower-case DNS labels joined by ".", at most 253 characters'],
    ['a name that is no text', configMap({ name: 5 }), 'ConfigMap 5: metadata.name: must be text, not 5'],
    ['a name over 253 characters', configMap({ name: `${'a'.repeat(60)}.`.repeat(5) + 'a' }), 'metadata.name: "' + `${'a'.repeat(60)}.`.repeat(5) + 'a" must be a DNS subdomain'],
    ['a label key with a space', configMap({ labels: { 'bad key': 'x' } }), 'ConfigMap settings: metadata.labels: "bad key" is not a label key'],
    ['a label value over 63 characters', configMap({ labels: { app: 'x'.repeat(64) } }), `ConfigMap settings: metadata.labels.app: "${'x'.repeat(64)}" is not a label value`],
    ['an annotation key with two slashes', configMap({ annotations: { 'a/b/c': 'x' } }), 'ConfigMap settings: metadata.annotations: "a/b/c" is not an annotation key'],
    ['annotations over 256 KiB', configMap({ annotations: { notes: 'x'.repeat(262144) } }), 'ConfigMap settings: metadata.annotations: hold 262149 bytes; the API server takes at most 262144'],
    ['a Service name starting with a digit', (m) => new k8s.KubeService(m, 'svc', { metadata: { name: '1web', namespace: 'rdm' }, spec: { ports: [{ name: 'http', port: 80 }] } }), 'Service 1web: metadata.name: "1web" must be an RFC 1035 label'],
    ['a CronJob name over 52 characters', (m) => new k8s.KubeCronJob(m, 'cron', { metadata: { name: 'c'.repeat(53), namespace: 'rdm' }, spec: { schedule: '@daily', jobTemplate: {} } }), 'metadata.name: "' + 'c'.repeat(53) + '" must be at most 52 characters (the Jobs of a CronJob add 11 to it)'],
    ['a selector not matching the template', deployment({ matchLabels: { app: 'web' } }, { app: 'api' }), 'dist/unit/one/deployment-web.yaml: Deployment web: spec.selector.matchLabels.app: "web" does not select the pods of spec.template (labels app: "api")'],
    ['an empty selector', deployment({}, { app: 'web' }), 'Deployment web: spec.selector: is empty; the API server refuses a workload selecting every pod of its namespace'],
    ['a selector expression the template\'s labels miss', deployment({ matchExpressions: [{ key: 'tier', operator: 'In', values: ['back'] }] }, { app: 'web', tier: 'front' }), 'Deployment web: spec.selector.matchExpressions[0]: tier In ["back"] does not select the pods of spec.template (labels tier: "front")'],
    ['a selector expression excluding the template', deployment({ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] }, { app: 'web', tier: 'front' }), 'spec.selector.matchExpressions[0]: tier DoesNotExist does not select the pods of spec.template (labels tier: "front")'],
    ['a selector expression with an unknown operator', deployment({ matchExpressions: [{ key: 'app', operator: 'Equals', values: ['web'] }] }, { app: 'web' }), 'spec.selector.matchExpressions[0].operator: "Equals" is not In, NotIn, Exists or DoesNotExist'],
    ['a set expression without values', deployment({ matchExpressions: [{ key: 'app', operator: 'In', values: [] }] }, { app: 'web' }), 'spec.selector.matchExpressions[0].values: must be given for operator In'],
    ['an existence expression with values', deployment({ matchExpressions: [{ key: 'app', operator: 'Exists', values: ['web'] }] }, { app: 'web' }), 'spec.selector.matchExpressions[0].values: must be empty for operator Exists'],
  ])('%s is refused', (_case, build, message) => {
    expect(() => renderWith(build)).toThrow(message);
  });

  test('what the API server takes passes: an empty label value, an upper-case annotation prefix, an RBAC name with ":", a Deployment selecting by labels and expressions', () => {
    const rendered = renderWith((module) => {
      configMap({ labels: { 'example.org/empty': '' }, annotations: { 'Example.ORG/Owner': 'platform' } })(module);
      new k8s.KubeClusterRole(module, 'role', { metadata: { name: 'example:reader' } });
      deployment({ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['front', 'edge'] }, { key: 'canary', operator: 'DoesNotExist' }, { key: 'track', operator: 'NotIn', values: ['beta'] }] }, { app: 'web', tier: 'front' })(module);
    });
    expect([...rendered.tree.keys()].filter((file) => file.startsWith('dist/unit/one/')).sort()).toEqual([
      'dist/unit/one/clusterrole-example:reader.yaml',
      'dist/unit/one/configmap-settings.yaml',
      'dist/unit/one/deployment-web.yaml',
      'dist/unit/one/networkpolicy-default-deny-ingress.yaml',
    ]);
  });
});

describe('a selector of the wrong shape', () => {
  const deploymentWith = (selector: unknown) => ({
    file: 'dist/unit/one/deployment-web.yaml',
    object: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { selector, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'registry.example.org/web:1.0.0' }] } } } },
  });
  let cacheDir: string;
  beforeAll(() => (cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-selectors-'))));
  afterAll(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

  test.each<[string, unknown, string]>([
    ['matchLabels that are text', { matchLabels: 'web' }, 'spec.selector.matchLabels: must be object'],
    ['matchExpressions that are text', { matchExpressions: 'app' }, 'spec.selector.matchExpressions: must be array'],
    ['an expression that is null', { matchLabels: { app: 'web' }, matchExpressions: [null] }, 'spec.selector.matchExpressions[0]: must be object'],
    ['an expression without a key', { matchLabels: { app: 'web' }, matchExpressions: [{ operator: 'Exists' }] }, 'spec.selector.matchExpressions[0]: missing required field "key"'],
    ['values that are text', { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'app', operator: 'In', values: 'web' }] }, 'spec.selector.matchExpressions[0].values: must be array'],
  ])('%s is left to the schema gate, which names what the field holds', (_case, selector, problem) => {
    expect(findInvalidMetadata([deploymentWith(selector)])).toEqual([]);
    const gate = new SchemaGate({ kubernetesSchemaDir: path.join(ROOT, 'schemas', 'kubernetes'), crdDir: path.join(ROOT, 'schemas', 'crds'), minors: ['1.34'], cacheDir });
    expect(gate.validate([deploymentWith(selector)])).toEqual([`dist/unit/one/deployment-web.yaml: Deployment web: ${problem} (Kubernetes 1.34)`]);
  });
});
