import { ApiObject } from 'cdk8s';
import { MODULES } from '../src/modules/registry';
import { PlatformModule } from '../src/platform/module';
import type { IngressAllowance } from '../src/platform/network/ingress-allowance';
import type { Platform } from '../src/platform/platform';
import { podTemplatesOf } from '../src/platform/pod-security';
import { NetworkPolicyEvaluator, OUTSIDE, PodIdentity, selects, Source } from './network-evaluator';
import { PublicRoute } from '../src/lib/public-route';
import { NamespacesModule } from '../src/modules/namespaces/namespaces-module';
import { baseConfig, committedTree, fixtureModule, renderUnit } from './support';

/**
 * Pods the operators create from custom resources, with the labels and ports they give them (from the operators'
 * documentation): the rendered tree holds only the custom resources.
 */
const OPERATOR_PODS: readonly PodIdentity[] = [
  { name: 'keycloak-0', namespace: 'keycloak', labels: { app: 'keycloak', 'app.kubernetes.io/instance': 'keycloak' }, ports: [{ port: 8080 }, { port: 9000 }, { port: 7800 }, { port: 57800 }] },
  { name: 'postgres-1', namespace: 'sysdb', labels: { 'cnpg.io/cluster': 'postgres', 'cnpg.io/podRole': 'instance' }, ports: [{ port: 5432 }, { port: 8000 }, { port: 9187 }] },
  { name: 'postgres-pooler-rw', namespace: 'sysdb', labels: { 'cnpg.io/cluster': 'postgres', 'cnpg.io/poolerName': 'postgres-pooler-rw' }, ports: [{ port: 5432 }] },
  { name: 'graylog-mongodb-0', namespace: 'logging', labels: { app: 'graylog-mongodb-svc' }, ports: [{ port: 27017 }] },
  {
    name: 'prometheus-0',
    namespace: 'monitoring',
    labels: { 'app.kubernetes.io/name': 'prometheus', 'operator.prometheus.io/name': 'kube-prometheus-stack-prometheus' },
    ports: [{ name: 'http-web', port: 9090 }, { name: 'grpc', port: 10901 }, { name: 'http', port: 10902 }],
  },
  { name: 'alertmanager-0', namespace: 'monitoring', labels: { 'app.kubernetes.io/name': 'alertmanager' }, ports: [{ port: 9093 }, { port: 9094 }] },
  { name: 'workflow-step', namespace: 'argo', labels: { 'workflows.argoproj.io/workflow': 'preprocessing' }, ports: [] },
];

/** The pods of a rendered tree: those of its workloads, the operators' and, in every namespace, one that no allowance names. */
function podsOf(objects: readonly Record<string, any>[]): PodIdentity[] {
  const workloads = objects.flatMap((object) =>
    podTemplatesOf(object).map(({ metadata, spec }) => ({
      name: object.metadata.name,
      namespace: object.metadata.namespace,
      labels: metadata.labels ?? {},
      ports: [...(spec.containers ?? [])].flatMap((c: any) => (c.ports ?? []).map((p: any) => ({ name: p.name, port: p.containerPort, protocol: p.protocol }))),
      hostNetwork: spec.hostNetwork === true,
    })),
  );
  const namespaces = objects.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name as string);
  const strays = namespaces.map((namespace) => ({ name: `stray-${namespace}`, namespace, labels: { stray: 'true' }, ports: [] }));
  return [...workloads, ...OPERATOR_PODS.filter((pod) => namespaces.includes(pod.namespace)), ...strays];
}

describe.each(['prod', 'test'])('network policies of the %s tree', (environment) => {
  const objects = committedTree(environment).map(({ object }) => object);
  const policies = objects.filter((o) => o.kind === 'NetworkPolicy');
  const network = new NetworkPolicyEvaluator(policies);
  const pods = podsOf(objects);
  const pod = (namespace: string, labels: Record<string, string>): PodIdentity => {
    const found = pods.find((p) => p.namespace === namespace && selects({ matchLabels: labels }, p.labels));
    if (!found) throw new Error(`no pod in ${namespace} with ${JSON.stringify(labels)}`);
    return found;
  };
  const podNamed = (namespace: string, name: string) => pods.find((p) => p.namespace === namespace && p.name === name) as PodIdentity;
  const namespaces = objects.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name as string);
  const gateway = pod('kong', { 'app.kubernetes.io/name': 'gateway' });
  const keycloak = pod('keycloak', { app: 'keycloak' });
  const graylog = () => pod('logging', { app: 'graylog-app' });
  const has = (namespace: string) => namespaces.includes(namespace);

  test('every namespace is closed by default, and every policy says why it opens what it opens', () => {
    for (const namespace of namespaces) {
      expect(policies).toContainEqual(expect.objectContaining({ metadata: expect.objectContaining({ name: 'default-deny-ingress', namespace }), spec: { podSelector: {}, policyTypes: ['Ingress'] } }));
    }
    for (const policy of policies) expect(policy.metadata.annotations?.['ewoc-platform.io/reason']).toMatch(/\w/);
    // No rule opens every port.
    expect(policies.filter((p) => (p.spec.ingress ?? []).some((r: any) => !r.ports?.length)).map((p) => p.metadata.name)).toEqual([]);
  });

  test("each namespace's default deny syncs with its first module, together with the paths its pods need", () => {
    const denies = committedTree(environment).filter(({ object }) => object.kind === 'NetworkPolicy' && object.metadata.name === 'default-deny-ingress');
    const folderOf = (namespace: string) => denies.find(({ object }) => object.metadata.namespace === namespace)?.file.split('/')[2];
    // Argo CD's components must never be cut from each other: their deny and their allowance are one sync.
    expect(folderOf('argocd')).toBe('argocd');
    expect(committedTree(environment).some(({ file }) => file === `dist/${environment}/argocd/networkpolicy-allow-argocd-components.yaml`)).toBe(true);
    expect(folderOf('keycloak')).toBe('keycloak-operator');
    expect(folderOf('sysdb')).toBe('postgres');
    expect(denies.filter(({ file }) => file.includes('/namespaces/'))).toEqual([]);
  });

  test('the gateway reaches the backend of every route, and only the gateway among platform pods', () => {
    const ingresses = objects.filter((o) => o.kind === 'Ingress');
    expect(ingresses.length).toBeGreaterThan(5);
    for (const ingress of ingresses) {
      for (const { backend } of ingress.spec.rules.flatMap((r: any) => r.http.paths)) {
        const service = objects.find((o) => o.kind === 'Service' && o.metadata.namespace === ingress.metadata.namespace && o.metadata.name === backend.service.name);
        const servicePort = service?.spec.ports.find((p: any) => p.port === backend.service.port.number);
        // A Service the tree does not render is an application's own (or an operator's): its pods listen on the port.
        const targets = service ? pods.filter((p) => p.namespace === service.metadata.namespace && selects({ matchLabels: service.spec.selector }, p.labels)) : [];
        const target = targets[0] ?? { name: backend.service.name, namespace: ingress.metadata.namespace, labels: backend.service.name === 'keycloak-service' ? keycloak.labels : { app: backend.service.name }, ports: [] };
        const targetPort = servicePort?.targetPort ?? backend.service.port.number;
        const port = typeof targetPort === 'number' ? targetPort : (target.ports.find((p) => p.name === targetPort)?.port as number);
        expect({ route: `${ingress.metadata.name} -> ${backend.service.name}:${port}`, open: network.allows(gateway, target, port) }).toEqual({ route: `${ingress.metadata.name} -> ${backend.service.name}:${port}`, open: true });
        // From other namespaces, the gateway is the only way in.
        const others = pods.filter((p) => p !== gateway && p.namespace !== target.namespace && network.allows(p, target, port)).map((p) => `${p.namespace}/${p.name}`);
        expect({ route: `${ingress.metadata.name} -> ${backend.service.name}:${port}`, alsoOpenTo: others }).toEqual({ route: `${ingress.metadata.name} -> ${backend.service.name}:${port}`, alsoOpenTo: [] });
      }
      // cert-manager's HTTP-01 solver, started in the route's namespace, answers through the gateway.
      const solver = { name: 'cm-acme-http-solver', namespace: ingress.metadata.namespace, labels: { 'acme.cert-manager.io/http01-solver': 'true' }, ports: [{ port: 8089 }] };
      if (ingress.metadata.annotations?.['cert-manager.io/cluster-issuer']) expect(network.allows(gateway, solver, 8089)).toBe(true);
    }
  });

  test('clients reach the gateway from outside; only the ingress controller reaches its admin API', () => {
    expect(network.allows(OUTSIDE, gateway, 8443)).toBe(true);
    expect(network.allows(OUTSIDE, gateway, 8000)).toBe(true);
    expect(network.allows(pod('kong', { 'app.kubernetes.io/name': 'controller' }), gateway, 8444)).toBe(true);
    for (const source of [OUTSIDE, podNamed('kong', 'stray-kong'), keycloak] as Source[]) expect(network.allows(source, gateway, 8444)).toBe(false);
  });

  test('the API server reaches every webhook the tree registers', () => {
    const webhooks = objects.filter((o) => /WebhookConfiguration$/.test(o.kind)).flatMap((o) => o.webhooks.map((w: any) => w.clientConfig.service).filter(Boolean));
    expect(webhooks.length).toBeGreaterThan(3);
    for (const { namespace, name, port = 443 } of webhooks) {
      const service = objects.find((o) => o.kind === 'Service' && o.metadata.namespace === namespace && o.metadata.name === name) as Record<string, any>;
      const targetPort = service.spec.ports.find((p: any) => p.port === port).targetPort;
      const target = pods.find((p) => p.namespace === namespace && selects({ matchLabels: service.spec.selector }, p.labels)) as PodIdentity;
      const number = typeof targetPort === 'number' ? targetPort : (target.ports.find((p) => p.name === targetPort)?.port as number);
      expect({ webhook: `${namespace}/${name}`, open: network.allows(OUTSIDE, target, number) }).toEqual({ webhook: `${namespace}/${name}`, open: true });
    }
  });

  test('databases: consumers reach the pooler, the pooler and replicas the instances, the operator their managers', () => {
    const pooler = pod('sysdb', { 'cnpg.io/poolerName': 'postgres-pooler-rw' });
    const instance = pod('sysdb', { 'cnpg.io/podRole': 'instance' });
    expect(network.allows(keycloak, pooler, 5432)).toBe(true);
    if (has('monitoring')) expect(network.allows(pod('monitoring', { 'app.kubernetes.io/name': 'grafana' }), pooler, 5432)).toBe(true);
    expect(network.allows(pooler, instance, 5432)).toBe(true);
    expect(network.allows(instance, instance, 5432)).toBe(true);
    expect(network.allows(pod('sysdb', { 'app.kubernetes.io/name': 'cloudnative-pg' }), instance, 8000)).toBe(true);
    // Consumers reach the pooler only, never the instances.
    expect(network.allows(keycloak, instance, 5432)).toBe(false);
  });

  test('a workflow pod reaches no PostgreSQL', () => {
    const workflow = podNamed('argo', 'workflow-step');
    expect(network.allows(workflow, pod('sysdb', { 'cnpg.io/poolerName': 'postgres-pooler-rw' }), 5432)).toBe(false);
    expect(network.allows(workflow, pod('sysdb', { 'cnpg.io/podRole': 'instance' }), 5432)).toBe(false);
  });

  test("nothing reaches Keycloak's management port; its instances cluster, the realm sync reaches its API", () => {
    for (const source of [OUTSIDE, ...pods] as Source[]) {
      expect({ source: source === OUTSIDE ? OUTSIDE : `${source.namespace}/${source.name}`, open: network.allows(source, keycloak, 9000) }).toEqual({
        source: source === OUTSIDE ? OUTSIDE : `${source.namespace}/${source.name}`,
        open: false,
      });
    }
    expect(network.allows(keycloak, keycloak, 7800)).toBe(true);
    expect(network.allows(pod('keycloak', { 'app.kubernetes.io/name': 'realm-worldcereal' }), keycloak, 8080)).toBe(true);
    expect(network.allows(podNamed('keycloak', 'keycloak-operator'), keycloak, 8080)).toBe(false);
  });

  test("Graylog's HTTP port: only the gateway, the configuration Job and Graylog itself; its inputs and stores", () => {
    if (!has('logging')) return expect(environment).toBe('test');
    const allowed = new Set(['kong/kong-gateway', 'logging/graylog-configuration', 'logging/graylog']);
    for (const source of pods) {
      const name = `${source.namespace}/${source.name}`;
      expect({ source: name, open: network.allows(source, graylog(), 9000) }).toEqual({ source: name, open: allowed.has(name) });
    }
    expect(network.allows(OUTSIDE, graylog(), 9000)).toBe(false);
    expect(network.allows(pod('node-logs', { 'app.kubernetes.io/name': 'fluent-bit' }), graylog(), 31514, 'UDP')).toBe(true);
    expect(network.allows(graylog(), pod('logging', { app: 'graylog-datanode' }), 9200)).toBe(true);
    expect(network.allows(graylog(), pod('logging', { app: 'graylog-mongodb-svc' }), 27017)).toBe(true);
    expect(network.allows(pod('logging', { app: 'graylog-datanode' }), pod('logging', { app: 'graylog-mongodb-svc' }), 27017)).toBe(true);
    expect(network.allows(pod('node-logs', { 'app.kubernetes.io/name': 'fluent-bit' }), pod('logging', { app: 'graylog-mongodb-svc' }), 27017)).toBe(false);
  });

  test('monitoring, Argo CD and WCTiler talk within their namespaces on their own ports', () => {
    const thanosQuery = pod('monitoring', { 'app.kubernetes.io/component': 'query' });
    expect(network.allows(thanosQuery, pod('monitoring', { 'app.kubernetes.io/name': 'prometheus' }), 10901)).toBe(true);
    expect(network.allows(pod('monitoring', { 'app.kubernetes.io/name': 'grafana' }), thanosQuery, 10902)).toBe(true);
    expect(network.allows(pod('monitoring', { 'app.kubernetes.io/name': 'prometheus' }), pod('monitoring', { 'app.kubernetes.io/name': 'alertmanager' }), 9093)).toBe(true);
    expect(network.allows(podNamed('vdm', 'stray-vdm'), thanosQuery, 10902)).toBe(false);
    expect(network.allows(pod('argocd', { 'app.kubernetes.io/name': 'argocd-server' }), pod('argocd', { 'app.kubernetes.io/name': 'argocd-repo-server' }), 8081)).toBe(true);
    expect(network.allows(podNamed('argo', 'workflow-step'), pod('argocd', { 'app.kubernetes.io/name': 'argocd-repo-server' }), 8081)).toBe(false);
    expect(network.allows(podNamed('wctiler', 'mapproxy'), podNamed('wctiler', 'mapserver'), 80)).toBe(true);
    expect(network.allows(gateway, podNamed('wctiler', 'mapserver'), 80)).toBe(false);
  });
});

describe('the NetworkPolicy evaluator of these tests', () => {
  const web: PodIdentity = { name: 'web', namespace: 'a', labels: { app: 'web' }, ports: [{ name: 'http', port: 8080 }] };
  const client: PodIdentity = { name: 'client', namespace: 'b', labels: { app: 'client' }, ports: [] };
  const policy = (ingress: unknown[]) => ({ metadata: { name: 'p', namespace: 'a' }, spec: { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Ingress'], ingress } });

  test('a pod no policy selects receives from everyone; a selected pod only what a rule allows', () => {
    expect(new NetworkPolicyEvaluator([]).allows(client, web, 8080)).toBe(true);
    expect(new NetworkPolicyEvaluator([policy([])]).allows(client, web, 8080)).toBe(false);
  });

  test('a named port is the target container port of that name; protocols must agree', () => {
    const network = new NetworkPolicyEvaluator([policy([{ ports: [{ port: 'http' }] }])]);
    expect(network.allows(client, web, 8080)).toBe(true);
    expect(network.allows(client, web, 8081)).toBe(false);
    expect(network.allows(client, web, 8080, 'UDP')).toBe(false);
  });

  test('a pod selector alone means the policy namespace; with a namespace selector, both must match', () => {
    expect(new NetworkPolicyEvaluator([policy([{ from: [{ podSelector: { matchLabels: { app: 'client' } } }] }])]).allows(client, web, 8080)).toBe(false);
    const both = new NetworkPolicyEvaluator([policy([{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'b' } }, podSelector: { matchLabels: { app: 'client' } } }] }])]);
    expect(both.allows(client, web, 8080)).toBe(true);
    expect(both.allows({ ...client, labels: { app: 'other' } }, web, 8080)).toBe(false);
    expect(both.allows(OUTSIDE, web, 8080)).toBe(false);
  });
});

describe('allowances', () => {
  const moduleAllowing = (id: string, ...allowances: IngressAllowance[]) =>
    class extends PlatformModule {
      static readonly id = id;
      constructor(platform: Platform) {
        super(platform, { namespace: 'vdm' });
        for (const allowance of allowances) this.allowIngress(allowance);
      }
    };
  const reports: IngressAllowance = { name: 'reports', to: { namespace: 'vdm', pods: { app: 'reports' }, ports: [8080] }, from: [{ namespace: 'rdm' }], reason: 'RDM reads the reports' };

  test('an allowance becomes a policy in the target namespace, with its reason', () => {
    const rendered = renderUnit(undefined, [NamespacesModule, moduleAllowing('reports', reports)]);
    expect(rendered.tree.get('dist/unit/reports/networkpolicy-allow-reports.yaml')).toEqual([
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'allow-reports', namespace: 'vdm', labels: { 'app.kubernetes.io/part-of': 'ewoc-platform' }, annotations: { 'ewoc-platform.io/reason': 'RDM reads the reports' } },
        spec: {
          podSelector: { matchLabels: { app: 'reports' } },
          policyTypes: ['Ingress'],
          ingress: [{ ports: [{ protocol: 'TCP', port: 8080 }], from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'rdm' } } }] }],
        },
      },
    ]);
  });

  test.each<[string, Array<ReturnType<typeof moduleAllowing>>, string]>([
    ['without a reason', [moduleAllowing('reports', { ...reports, reason: ' ' })], 'module "reports": allowance "reports": needs a reason'],
    ['with a name that is no DNS label', [moduleAllowing('reports', { ...reports, name: 'Reports' })], 'module "reports": allowance "Reports": the name must be a DNS label'],
    ['without a source', [moduleAllowing('reports', { ...reports, from: [] })], 'module "reports": allowance "reports": names no source'],
    ['without a port', [moduleAllowing('reports', { ...reports, to: { namespace: 'vdm', ports: [] } })], 'module "reports": allowance "reports": names no port'],
    [
      'to a port the rendered Service lacks',
      [moduleAllowing('reports', { ...reports, to: { namespace: 'wctiler', service: 'mapserver', port: 8080 } })],
      'module "reports": allowance "reports": Service wctiler/mapserver has no port 8080',
    ],
    [
      'open from anywhere to a Service that is not rendered (it would open every pod of the namespace)',
      [moduleAllowing('reports', { ...reports, from: 'anywhere', to: { namespace: 'vdm', service: 'reports', port: 443 } })],
      'module "reports": allowance "reports": Service vdm/reports is not rendered, and a path open from anywhere must select the pods it opens; render the Service or name the pods',
    ],
    [
      'of one name in one namespace, by two modules, differently',
      [moduleAllowing('reports', reports), moduleAllowing('reports-too', { ...reports, reason: 'the reports page reads them' })],
      'NetworkPolicy vdm/allow-reports is declared by module "reports" and module "reports-too"; give the allowances distinct names',
    ],
    [
      'declared twice differently by one module',
      [moduleAllowing('reports', reports, { ...reports, from: 'anywhere' })],
      'module "reports": allowance "reports" in namespace vdm is declared twice, differently',
    ],
  ])('an allowance %s is an error', (_name, extra, message) => {
    expect(() => renderUnit(undefined, [...MODULES, ...extra])).toThrow(message);
  });

  test("the same allowance by two modules is one policy, the first's: two modules routing hosts of one namespace share its ACME solver path", () => {
    const Portal = fixtureModule('portal', 'rdm', (module) => {
      new PublicRoute(module, 'route', { namespace: 'rdm', name: 'portal', rules: [{ host: `portal.${baseConfig().domain}`, paths: [{ path: '/', service: 'rdmui-nginx', port: 80 }] }] });
    });
    const rendered = renderUnit(undefined, [...MODULES, Portal, moduleAllowing('reports', reports), moduleAllowing('reports-too', reports)]);
    const policies = (name: string) => [...rendered.tree.keys()].filter((file) => file.endsWith(`/networkpolicy-${name}.yaml`));
    expect(policies('allow-acme-http01-solver').filter((file) => file.includes('/rdm/') || file.includes('/portal/'))).toEqual(['dist/unit/rdm/networkpolicy-allow-acme-http01-solver.yaml']);
    expect(policies('allow-reports')).toEqual(['dist/unit/reports/networkpolicy-allow-reports.yaml']);
    expect(policies('allow-route-portal-rdmui-nginx-80')).toEqual(['dist/unit/portal/networkpolicy-allow-route-portal-rdmui-nginx-80.yaml']);
  });

  test("a module's ServiceMonitor lets Prometheus, and only Prometheus, reach the port it names", () => {
    const Scraped = fixtureModule('scraped', 'vdm', (module) => {
      new ApiObject(module, 'service', {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'be-metrics', namespace: 'vdm', labels: { app: 'be' } },
        spec: { selector: { app: 'be' }, ports: [{ name: 'metrics', port: 80, targetPort: 9100 }] },
      });
      new ApiObject(module, 'monitor', {
        apiVersion: 'monitoring.coreos.com/v1',
        kind: 'ServiceMonitor',
        metadata: { name: 'be', namespace: 'vdm', labels: { release: 'kube-prometheus-stack' } },
        spec: { selector: { matchLabels: { app: 'be' } }, endpoints: [{ port: 'metrics' }] },
      });
    });
    const rendered = renderUnit(undefined, [...MODULES, Scraped]);
    const policies = [...rendered.tree.values()].flat().filter((o) => o.kind === 'NetworkPolicy');
    const network = new NetworkPolicyEvaluator(policies);
    const backend: PodIdentity = { name: 'be', namespace: 'vdm', labels: { app: 'be' }, ports: [{ port: 9100 }] };
    const prometheus: PodIdentity = { name: 'prometheus-0', namespace: 'monitoring', labels: { 'app.kubernetes.io/name': 'prometheus', 'operator.prometheus.io/name': 'kube-prometheus-stack-prometheus' }, ports: [] };
    expect(network.allows(prometheus, backend, 9100)).toBe(true);
    expect(network.allows({ ...prometheus, labels: { app: 'grafana' } }, backend, 9100)).toBe(false);
    expect(network.allows(prometheus, backend, 9850)).toBe(false);
    expect(policies.find((p) => p.metadata.name === 'allow-scrape-be')?.metadata.annotations['ewoc-platform.io/reason']).toBe('Prometheus scrapes what ServiceMonitor vdm/be names');
  });

  test('a NetworkPolicy rule that names no port is refused, whoever renders it', () => {
    const OpenDoor = fixtureModule('open-door', 'vdm', (module) => {
      new ApiObject(module, 'open', { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'open', namespace: 'vdm' }, spec: { podSelector: {}, ingress: [{}] } });
    });
    expect(() => renderUnit(undefined, [NamespacesModule, OpenDoor])).toThrow(
      'dist/unit/open-door/networkpolicy-open.yaml: NetworkPolicy open: spec.ingress[0] opens every port of the pods it selects to every source; name the ports',
    );
  });
});
