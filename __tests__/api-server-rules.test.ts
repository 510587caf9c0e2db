import { ApiObject } from 'cdk8s';
import { k8s } from 'cdk8s-plus-26';
import { PlatformModule } from '../src/platform/module';
import type { Platform } from '../src/platform/platform';
import { findInvalidConfigData } from '../src/platform/config-data';
import { findInvalidHosts } from '../src/platform/network/host-names';
import { findInvalidIngressPaths } from '../src/platform/network/ingress-paths';
import { findInvalidServicePorts } from '../src/platform/network/service-ports';
import { findDanglingPodReferences } from '../src/platform/pod-references';
import { findUnrequestedContainers } from '../src/platform/resource-requests';
import { findInvalidPodSpecs } from '../src/platform/pod-spec-rules';
import { MODULES } from '../src/modules/registry';
import { render } from '../src/platform/synth';
import { committedTree, fixtureModule, pinnedDeployment, renderUnit, ROOT } from './support';

const web = (name: string, extra: Record<string, any> = {}) => ({ name, image: 'docker.io/library/nginx:1.27.3', ...extra });
/** A workload in rdm whose pod spec is `spec`. */
const workload = (spec: Record<string, any>, kind = 'Deployment', claims: string[] = []) => ({
  file: `dist/unit/m/${kind.toLowerCase()}-web.yaml`,
  object: { apiVersion: 'apps/v1', kind, metadata: { name: 'web', namespace: 'rdm' }, spec: { template: { spec }, ...(claims.length ? { volumeClaimTemplates: claims.map((name) => ({ metadata: { name } })) } : {}) } },
});
const AT = 'dist/unit/m/deployment-web.yaml: Deployment web: spec.template.spec';
const service = (ports: Array<Record<string, any>>) => ({ file: 'dist/unit/m/service-web.yaml', object: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'rdm' }, spec: { ports } } });


/** The message a render fails with (one render for every message a test expects of it); a failure when it passes. */
function renderError(render: () => unknown): string {
  try {
    render();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the render passed');
}

describe('what the API server refuses though the schemas take it', () => {
  test.each(['prod', 'test'])('the committed %s tree has none of it', (environment) => {
    const tree = committedTree(environment);
    expect([...findInvalidPodSpecs(tree), ...findInvalidServicePorts(tree), ...findInvalidConfigData(tree)]).toEqual([]);
  });

  test.each<[string, Record<string, any>, string]>([
    ['two containers of one name', { initContainers: [web('web')], containers: [web('web')] }, `${AT}.containers: "web" appears twice; names are unique in a pod`],
    ['a container name that is no DNS label', { containers: [web('Web_1')] }, `${AT}.containers: "Web_1" must be a DNS label`],
    ['two volumes of one name', { containers: [web('web')], volumes: [{ name: 'v', emptyDir: {} }, { name: 'v', emptyDir: {} }] }, `${AT}.volumes: "v" appears twice`],
    ['a mount of a volume the pod lacks', { containers: [web('web', { volumeMounts: [{ name: 'conf', mountPath: '/etc/web' }] })] }, `${AT}.containers[0].volumeMounts[0]: mounts volume "conf", which the pod does not have`],
    ['a container port out of range', { containers: [web('web', { ports: [{ containerPort: 70000 }] })] }, `${AT}.containers[0].ports[0].containerPort: 70000 must be a port from 1 to 65535`],
    ['a port name over 15 characters', { containers: [web('web', { ports: [{ containerPort: 80, name: 'http-for-the-web' }] })] }, `${AT}.containers[0].ports[0].name: "http-for-the-web" must be at most 15 lower-case letters`],
    ['a port name that is a number', { containers: [web('web', { ports: [{ containerPort: 80, name: 80 }] })] }, `${AT}.containers[0].ports[0].name: 80 must be at most 15 lower-case letters`],
    [
      'one port name twice in a container',
      { containers: [web('web', { ports: [{ containerPort: 80, name: 'http' }, { containerPort: 81, name: 'http' }] })] },
      `${AT}.containers[0].ports[1].name: "http" is also the name of ports[0]; port names are unique in a container`,
    ],
    ['a probe that says no way of probing', { containers: [web('web', { readinessProbe: { periodSeconds: 5 } })] }, `${AT}.containers[0].readinessProbe: says no way of probing; give exactly one of exec, httpGet, tcpSocket, grpc`],
    ['a probe that says two', { containers: [web('web', { livenessProbe: { tcpSocket: { port: 80 }, httpGet: { path: '/', port: 80 } } })] }, `${AT}.containers[0].livenessProbe: says httpGet and tcpSocket; give exactly one`],
    ['a probe whose only handler is null', { containers: [web('web', { readinessProbe: { httpGet: null } })] }, `${AT}.containers[0].readinessProbe: says no way of probing`],
    ['a container port given as text', { containers: [web('web', { ports: [{ containerPort: '80' }] })] }, `${AT}.containers[0].ports[0].containerPort: "80" must be a port from 1 to 65535`],
  ])('in a pod: %s', (_case, spec, message) => {
    expect(findInvalidPodSpecs([workload(spec)])).toEqual([expect.stringContaining(message)]);
  });

  test('a handler given as null beside another is not a second one', () => {
    expect(findInvalidPodSpecs([workload({ containers: [web('web', { livenessProbe: { httpGet: null, tcpSocket: { port: 80 } } })] })])).toEqual([]);
  });

  test('two containers may each name a port alike (the API server only warns)', () => {
    expect(findInvalidPodSpecs([workload({ containers: [web('web', { ports: [{ containerPort: 80, name: 'http' }] }), web('side', { ports: [{ containerPort: 81, name: 'http' }] })] })])).toEqual([]);
  });

  test("a StatefulSet's pods mount the claims of its templates", () => {
    const spec = { containers: [web('web', { volumeMounts: [{ name: 'data', mountPath: '/data' }] })] };
    expect(findInvalidPodSpecs([workload(spec, 'StatefulSet', ['data'])])).toEqual([]);
    expect(findInvalidPodSpecs([workload(spec, 'StatefulSet')])).toHaveLength(1);
  });

  test.each<[string, Array<Record<string, any>>, string]>([
    ['port 0', [{ port: 0 }], 'spec.ports[0].port: 0 must be a port from 1 to 65535'],
    ['a target port out of range', [{ port: 80, targetPort: 70000 }], 'spec.ports[0].targetPort: 70000 must be a port from 1 to 65535 or a container port\'s name'],
    ['a target port name the API server does not take', [{ port: 80, targetPort: 'Web_Port' }], 'spec.ports[0].targetPort: "Web_Port" must be a port from 1 to 65535 or a container port\'s name'],
    ['an unnamed port beside another', [{ port: 80, name: 'http' }, { port: 443 }], 'spec.ports[1].name: a Service of several ports names each with a DNS label'],
    ['one name for two ports', [{ port: 80, name: 'http' }, { port: 443, name: 'http' }], 'spec.ports[1].name: "http" names two ports'],
    ['a malformed name of a single port', [{ port: 80, name: 'HTTP' }], 'spec.ports[0].name: "HTTP" must be a DNS label'],
    ['one port number twice for one protocol', [{ port: 80, name: 'a' }, { port: 80, name: 'b', protocol: 'TCP' }], 'spec.ports[1].port: 80/TCP is given twice'],
    ['a port given as text', [{ port: '80' }], 'spec.ports[0].port: "80" must be a port from 1 to 65535'],
  ])('in a Service: %s', (_case, ports, message) => {
    expect(findInvalidServicePorts([service(ports)])).toEqual([`dist/unit/m/service-web.yaml: Service rdm/web: ${message}`]);
  });

  test('one port number for two protocols, and one unnamed port, pass', () => {
    expect(findInvalidServicePorts([service([{ port: 53, name: 'dns', protocol: 'UDP' }, { port: 53, name: 'dns-tcp' }]), service([{ port: 80, name: '' }])])).toEqual([]);
  });

  test('a ConfigMap over 1 MiB is refused however it is applied', () => {
    const configMap = (size: number) => ({ file: 'dist/unit/m/configmap-big.yaml', object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'big', namespace: 'rdm' }, data: { a: 'x'.repeat(size) } } });
    expect(findInvalidConfigData([configMap(1024 * 1024)])).toEqual([]);
    expect(findInvalidConfigData([configMap(1024 * 1024 + 1)])).toEqual(['dist/unit/m/configmap-big.yaml: ConfigMap big: holds 1048577 bytes of data; the API server takes at most 1048576: split it']);
    // Base64 fields count by what they decode to: 1.3 MiB of text is under 1 MiB of data.
    const binary = { ...configMap(0).object, data: undefined, binaryData: { a: Buffer.alloc(1000 * 1000).toString('base64') } };
    expect(findInvalidConfigData([{ file: 'dist/unit/m/configmap-big.yaml', object: binary }])).toEqual([]);
    expect(findInvalidConfigData([{ file: 'dist/unit/m/secret-big.yaml', object: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'big' }, data: { a: Buffer.alloc(1024 * 1024 + 1).toString('base64') } } }])).toEqual([
      'dist/unit/m/secret-big.yaml: Secret big: holds 1048577 bytes of data; the API server takes at most 1048576: split it',
    ]);
  });

  test('a ConfigMap key in both data and binaryData is refused', () => {
    const object = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'conf', namespace: 'rdm' }, data: { a: 'x', b: 'y' }, binaryData: { a: 'eA==' } };
    expect(findInvalidConfigData([{ file: 'dist/unit/m/configmap-conf.yaml', object }])).toEqual(['dist/unit/m/configmap-conf.yaml: ConfigMap conf: binaryData: key "a" is also in data; a key is in one of them']);
  });

  test('a ConfigMap key that is no file name is refused', () => {
    const configMap = (key: string) => ({ file: 'dist/unit/m/configmap-conf.yaml', object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'conf', namespace: 'rdm' }, data: { [key]: 'x' } } });
    expect(findInvalidConfigData([configMap('nginx.conf'), configMap('MAP_FILE-1')])).toEqual([]);
    expect(findInvalidConfigData([configMap('conf/nginx.conf')])).toEqual(['dist/unit/m/configmap-conf.yaml: ConfigMap conf: data: key "conf/nginx.conf" must be a file name: letters, digits, "-", "_" and ".", not "." or ".."']);
    expect(findInvalidConfigData([configMap('..')])).toHaveLength(1);
  });

  test('a list field holding something else crashes no check: the schema gate names it', () => {
    const Malformed = fixtureModule('malformed', 'rdm', (module) => {
      new ApiObject(module, 'svc', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'rdm' }, spec: { selector: { app: 'web' }, ports: { http: 80 } } } as any);
      // Untyped, as a chart renders it: the typed constructs would not take these.
      const pod = { nodeSelector: { 'system-tag': 'world-cereal-system' }, containers: [web('web', { ports: 'http', volumeMounts: { conf: '/etc' }, env: 'MODE=on' })], volumes: 'conf' };
      new ApiObject(module, 'web', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'rdm' }, spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: pod } } } as any);
    });
    const message = renderError(() => render({ root: ROOT, registry: [...MODULES, Malformed] }));
    expect(message).toMatch(/^schema validation failed:\n(.*\n)*dist\/prod\/malformed\/deployment-web\.yaml: Deployment web: spec\.template\.spec\.volumes: must be array/);
    expect(message).toContain('dist/prod/malformed/service-web.yaml: Service web: spec.ports: must be array');
  });

  test('a list holding null items (a stray "-" line of a chart) crashes no check before the schema gate', () => {
    const nulls = [null];
    const rendered = [
      workload({ containers: [null, web('web', { ports: nulls, volumeMounts: nulls, env: nulls, envFrom: nulls })], volumes: nulls }, 'StatefulSet'),
      service(nulls as any),
      { file: 'dist/unit/m/ingress-web.yaml', object: { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web', namespace: 'rdm' }, spec: { rules: [null, { host: 'web.example.org', http: { paths: nulls } }], tls: nulls } } },
      { file: 'dist/unit/m/limitrange-x.yaml', object: { apiVersion: 'v1', kind: 'LimitRange', metadata: { name: 'x', namespace: 'rdm' }, spec: { limits: nulls } } },
    ];
    for (const check of [findInvalidPodSpecs, findDanglingPodReferences, findInvalidServicePorts, findInvalidIngressPaths, findUnrequestedContainers, (r: typeof rendered) => findInvalidHosts(r, 'example.org')]) {
      expect(() => check(rendered)).not.toThrow();
    }
  });

  test('a module rendering any of these fails the render, naming the file and field', () => {
    class Broken extends PlatformModule {
      static readonly id = 'broken';
      constructor(platform: Platform) {
        // Server-side: the large ConfigMap is refused for its data, not for client-side apply's annotation.
        super(platform, { namespace: 'rdm', sync: { serverSideApply: true } });
        new k8s.KubeService(this, 'svc', { metadata: { name: 'web', namespace: 'rdm' }, spec: { selector: { app: 'web' }, ports: [{ name: 'http', port: 0 }] } });
        new k8s.KubeConfigMap(this, 'big', { metadata: { name: 'big', namespace: 'rdm' }, data: { a: 'x'.repeat(1024 * 1024 + 1) } });
        pinnedDeployment(this, 'rdm', 'web', [web('web'), web('web')]);
      }
    }
    const message = renderError(() => renderUnit(undefined, [...MODULES, Broken]));
    expect(message).toContain('dist/unit/broken/deployment-web.yaml: Deployment web: spec.template.spec.containers: "web" appears twice; names are unique in a pod');
    expect(message).toContain('dist/unit/broken/service-web.yaml: Service rdm/web: spec.ports[0].port: 0 must be a port from 1 to 65535');
    expect(message).toContain('dist/unit/broken/configmap-big.yaml: ConfigMap big: holds 1048577 bytes of data; the API server takes at most 1048576: split it');
  });
});
