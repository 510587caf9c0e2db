// @slow: renders an environment without monitoring, three of whose charts Helm renders anew.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { worldCerealGraylogDescription } from '../src/modules/logging/graylog/graylog-description';
import { parseConfig } from '../src/config/load';
import { GraylogConfigurationJob } from '../src/modules/logging/graylog-configuration-job';
import { NamespacesModule } from '../src/modules/namespaces/namespaces-module';
import { PlatformModule } from '../src/platform/module';
import type { Platform } from '../src/platform/platform';
import { baseConfig, builtPlatform, chartValues, CONFIG_SCHEMA, configErrorFor, DOMAIN, findObject, objectsOfKind, ownObjects, realmOf, renderUnit, ROOT } from './support';

const NS = 'logging';
const pinned = { 'system-tag': 'world-cereal-system' };
const KEEP = 'Prune=false,Delete=false';

describe('logging module', () => {
  const rendered = renderUnit();
  const graylog = findObject(rendered, 'StatefulSet', 'graylog', NS);
  const datanode = findObject(rendered, 'StatefulSet', 'graylog-datanode', NS);

  test('Graylog: 3 servers one per system node, 30 Gi journal, 16 g heap, external URI through the gateway, kept data', () => {
    const pod = graylog.spec.template.spec;
    expect(graylog.spec.replicas).toBe(3);
    expect(graylog.metadata.annotations).toEqual({ 'argocd.argoproj.io/sync-options': KEEP });
    expect(pod.nodeSelector).toEqual(pinned);
    expect(pod.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution).toEqual([{ topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { app: 'graylog-app' } } }]);
    expect(graylog.spec.volumeClaimTemplates[0].spec.resources.requests.storage).toBe('30Gi');
    const server = pod.containers.find((c: any) => c.name === 'graylog-app') ?? pod.containers[0];
    expect(server.image).toBe('docker.io/graylog/graylog:7.0.0');
    expect(server.env).toEqual(expect.arrayContaining([{ name: 'GRAYLOG_HTTP_EXTERNAL_URI', value: `https://graylog.${DOMAIN}/` }]));
    // Graylog takes the user header only from its trusted proxies (127.0.0.1 alone unless told): Kong's pod network.
    expect(server.env).toEqual(expect.arrayContaining([{ name: 'GRAYLOG_TRUSTED_PROXIES', value: '10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10' }]));
    expect(server.resources.limits.memory).toBe('20Gi');
    const javaOpts = findObject(rendered, 'ConfigMap', 'graylog-config', NS).data;
    expect(Object.values(javaOpts)).toContain('-Xms16g -Xmx16g');
  });

  test('Data Node: its heap as the environment sets it (prod: 8 GiB, against 4 by default), twice that requested', () => {
    expect(findObject(rendered, 'ConfigMap', 'graylog-datanode-config', NS).data.GRAYLOG_DATANODE_OPENSEARCH_HEAP).toBe('8g');
    expect(datanode.spec.template.spec.containers[0].resources.requests.memory).toBe('16Gi');
  });

  test('no random annotations reach dist/: the chart\'s checksums are removed, pods restart only on a real change', () => {
    for (const set of [graylog, datanode]) {
      expect(Object.keys(set.spec.template.metadata.annotations ?? {})).toEqual([]);
      expect(set.spec.template.spec.nodeSelector).toEqual(pinned);
    }
  });

  test('Graylog reads its credentials and the MongoDB URI from a Secret generated in the cluster; the root password only as SHA-256', () => {
    const credentials = findObject(rendered, 'ExternalSecret', 'graylog-credentials', NS);
    const template = credentials.spec.target.template.data;
    expect(template.GRAYLOG_ROOT_PASSWORD_SHA2).toBe('{{ .rootPassword | sha256sum }}');
    expect(template.GRAYLOG_ROOT_USERNAME).toBe('admin');
    expect(template.GRAYLOG_MONGODB_URI).toBe(
      'mongodb://graylog:{{ .mongodbPassword }}@graylog-mongodb-0.graylog-mongodb-svc.logging.svc.cluster.local:27017,graylog-mongodb-1.graylog-mongodb-svc.logging.svc.cluster.local:27017,graylog-mongodb-2.graylog-mongodb-svc.logging.svc.cluster.local:27017/graylog?replicaSet=graylog-mongodb',
    );
    expect(findObject(rendered, 'Password', 'graylog-credentials-generator', NS).spec.length).toBeGreaterThan(64);
    expect(graylog.spec.template.spec.containers[0].envFrom).toEqual(expect.arrayContaining([{ secretRef: { name: 'graylog-credentials' } }]));
  });

  test('MongoDB: a 3-member replica set one per system node, user and database graylog, password from the generated Secret, kept', () => {
    const mongodb = findObject(rendered, 'MongoDBCommunity', 'graylog-mongodb', NS);
    expect(mongodb.metadata.annotations).toEqual({ 'argocd.argoproj.io/sync-options': KEEP });
    expect(mongodb.spec).toMatchObject({ type: 'ReplicaSet', members: 3, security: { authentication: { modes: ['SCRAM'] } } });
    expect(mongodb.spec.users).toEqual([expect.objectContaining({ name: 'graylog', db: 'graylog', passwordSecretRef: { name: 'graylog-credentials', key: 'mongodbPassword' } })]);
    const pod = mongodb.spec.statefulSet.spec.template.spec;
    expect(pod.nodeSelector).toEqual(pinned);
    expect(pod.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]).toEqual({ topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { app: 'graylog-mongodb-svc' } } });
    expect(findObject(rendered, 'Deployment', 'mongodb-kubernetes-operator', NS).spec.template.spec.nodeSelector).toEqual(pinned);
  });

  test('Fluent Bit runs on every node (the one DaemonSet allowed to), alone in its namespace, and ships pod logs to 31514 and node logs to 30514 over UDP', () => {
    const daemonSets = objectsOfKind(rendered, 'DaemonSet').filter(({ file }) => file.startsWith('dist/unit/logging/')).map(({ object }) => `${object.metadata.namespace}/${object.metadata.name}`);
    expect(daemonSets).toEqual(['node-logs/fluent-bit']);
    const fluentBit = findObject(rendered, 'DaemonSet', 'fluent-bit', 'node-logs').spec.template.spec;
    expect(fluentBit.tolerations).toEqual([{ operator: 'Exists' }]);
    const namespace = findObject(rendered, 'Namespace', 'node-logs');
    expect(namespace.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
    expect(namespace.metadata.annotations['ewoc-platform.io/pod-security-reason']).toMatch(/^DaemonSet fluent-bit: /);
    expect(findObject(rendered, 'Namespace', NS).metadata.labels['pod-security.kubernetes.io/enforce']).toBe('baseline');
    const config = findObject(rendered, 'ConfigMap', 'fluent-bit', 'node-logs').data['fluent-bit.conf'] as string;
    for (const line of ['Path /var/log/containers/*.log', 'multiline.parser docker, cri', 'Mem_Buf_Limit 64MB', 'Merge_Log On', 'Keep_Log Off', 'Buffer_Size 1MB', 'Port 31514', 'Port 30514', 'Mode udp']) {
      expect(config).toContain(line);
    }
    const service = findObject(rendered, 'Service', 'graylog-svc', NS);
    expect(service.spec.ports.filter((p: any) => p.protocol === 'UDP').map((p: any) => p.port)).toEqual([30514, 31514, 32514]);
  });

  test("each syslog output takes the message from its input's field: a container line's log, the journal's MESSAGE", () => {
    const config = findObject(rendered, 'ConfigMap', 'fluent-bit', 'node-logs').data['fluent-bit.conf'] as string;
    const outputs = config
      .split(/^\[/m)
      .filter((block) => block.startsWith('OUTPUT]'))
      .map((block) => Object.fromEntries(block.split('\n').slice(1).map((line) => line.trim().split(/ (.*)/s)).filter(([key]) => key)));
    expect(outputs.map((output) => [output.Match, output.Port, output.Syslog_Message_Key, output.Syslog_Appname_Key])).toEqual([
      ['kube.*', '31514', 'log', undefined],
      ['host.*', '30514', 'MESSAGE', 'SYSLOG_IDENTIFIER'],
    ]);
  });

  test('the configuration Job runs the tested reconciler with the WorldCereal description after every sync', () => {
    const files = findObject(rendered, 'ConfigMap', 'graylog-configuration', NS).data;
    expect(files['reconciler.js']).toBe(fs.readFileSync(path.join(ROOT, 'src', 'modules', 'logging', 'graylog', 'reconciler.js'), 'utf8'));
    expect(JSON.parse(files['description.json'])).toEqual(worldCerealGraylogDescription(1));
    const job = findObject(rendered, 'Job', 'graylog-configuration', NS);
    expect(job.metadata.annotations).toEqual({ 'argocd.argoproj.io/hook': 'PostSync', 'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation' });
    const container = job.spec.template.spec.containers[0];
    expect(container.image).toMatch(/^docker\.io\/library\/node:\d+\.\d+\.\d+-alpine/);
    expect(container.env).toEqual([
      { name: 'GRAYLOG_API_URL', value: 'http://graylog-svc.logging.svc:9000/api' },
      { name: 'GRAYLOG_ADMIN_USERNAME', value: 'admin' },
      { name: 'GRAYLOG_ADMIN_PASSWORD', valueFrom: { secretKeyRef: { name: 'graylog-credentials', key: 'rootPassword' } } },
      { name: 'GRAYLOG_OPERATOR_PASSWORD', valueFrom: { secretKeyRef: { name: 'graylog-credentials', key: 'operatorPassword' } } },
      { name: 'GRAYLOG_DESCRIPTION_FILE', value: '/etc/graylog-reconciler/description.json' },
    ]);
    expect(job.spec.template.spec.nodeSelector).toEqual(pinned);
  });

  test('MongoDB members must be odd: two would stop all writes when one is lost', () => {
    expect(configErrorFor((config) => (config.logging.mongodb = { members: 2 }))).toBe(
      'env.yaml: logging.mongodb.members: must be odd (1, 3, 5, ...): a replica set elects its primary by majority, so an even number survives no more failures than one member fewer, and 2 stop all writes when one is lost',
    );
    expect(() => parseConfig('env.yaml', { ...baseConfig(), logging: { mongodb: { members: 1 } } }, CONFIG_SCHEMA)).not.toThrow();
  });

  test('one Data Node: indices without replicas (nowhere to put them); a small Graylog heap as the environment sets it', () => {
    const single = { ...baseConfig(), logging: { graylog: { heapGiB: 2 }, dataNode: { replicas: 1 } } };
    const configuration = ownObjects(single, 'logging').find((object) => object.kind === 'ConfigMap' && object.metadata.name === 'graylog-configuration');
    expect(JSON.parse(configuration?.data['description.json']).indexSets.map((set: any) => set.replicas)).toEqual([0, 0]);
    // The heap and memory reach the chart's values, which the chart applies as production's render shows (above).
    const values = chartValues(single, 'logging', 'graylog').graylog;
    expect([values.config.serverJavaOpts, values.resources.limits.memory]).toEqual(['-Xms2g -Xmx2g', '6Gi']);
    const production = chartValues(baseConfig(), 'logging', 'graylog').graylog;
    expect(Object.values(findObject(rendered, 'ConfigMap', 'graylog-config', NS).data)).toContain(production.config.serverJavaOpts);
    expect(graylog.spec.template.spec.containers[0].resources.limits.memory).toBe(production.resources.limits.memory);
  });

  test('graylog.<domain> behind SSO; the username header is set by the gateway after removing any the client sent', () => {
    const route = findObject(rendered, 'Ingress', 'graylog', NS);
    expect(route.metadata.annotations['konghq.com/plugins']).toBe('graylog-oidc,graylog-username');
    expect(findObject(rendered, 'KongPlugin', 'graylog-oidc', NS).config.client_id).toBe('graylog');
    const header = findObject(rendered, 'KongPlugin', 'graylog-username', NS);
    expect(header.plugin).toBe('request-transformer');
    expect(header.config).toEqual({ remove: { headers: ['X-Username'] }, add: { headers: ['X-Username:operator'] } });
    expect(realmOf(rendered).clients.map((c: any) => c.clientId)).toContain('graylog');
  });

  test("only the gateway, the configuration Job and Graylog's peers reach its HTTP port; the log inputs stay open", () => {
    const graylogPods = { matchLabels: { app: 'graylog-app' } };
    const inNamespace = (pods: Record<string, string>) => ({ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': NS } }, podSelector: { matchLabels: pods } });
    expect(findObject(rendered, 'NetworkPolicy', 'allow-route-graylog-graylog-svc-9000', NS).spec).toEqual({
      podSelector: graylogPods,
      policyTypes: ['Ingress'],
      ingress: [{ ports: [{ protocol: 'TCP', port: 'app' }], from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kong' } }, podSelector: { matchLabels: { 'app.kubernetes.io/name': 'gateway', 'app.kubernetes.io/instance': 'kong' } } }] }],
    });
    expect(findObject(rendered, 'NetworkPolicy', 'allow-graylog-api', NS).spec.ingress).toEqual([
      { ports: [{ protocol: 'TCP', port: 9000 }], from: [inNamespace({ 'app.kubernetes.io/name': 'graylog-configuration' }), inNamespace({ app: 'graylog-app' })] },
    ]);
    expect(findObject(rendered, 'NetworkPolicy', 'allow-graylog-inputs', NS).spec.ingress).toEqual([{ ports: [30514, 31514, 32514].map((port) => ({ protocol: 'UDP', port })) }]);
    // The policies select the pods that serve the port, by its name.
    expect(graylog.spec.template.metadata.labels).toMatchObject({ app: 'graylog-app' });
    expect(graylog.spec.template.spec.containers[0].ports).toContainEqual(expect.objectContaining({ name: 'app', containerPort: 9000 }));
  });

  test("Prometheus scrapes Graylog's exporter where the environment has monitoring, and only then", () => {
    const monitor = findObject(rendered, 'ServiceMonitor', 'graylog', NS);
    expect(monitor.metadata.labels).toMatchObject({ release: 'kube-prometheus-stack' });
    expect(monitor.spec).toEqual({
      selector: { matchLabels: { 'app.kubernetes.io/name': 'graylog', 'app.kubernetes.io/instance': 'graylog' } },
      namespaceSelector: { matchNames: [NS] },
      endpoints: [{ port: 'metrics', path: '/api/metrics/prometheus' }],
    });
    expect(findObject(rendered, 'Service', 'graylog-svc', NS).spec.ports).toContainEqual(expect.objectContaining({ name: 'metrics', port: 9833 }));
    const env = (tree: typeof rendered) => findObject(tree, 'StatefulSet', 'graylog', NS).spec.template.spec.containers[0].env;
    // The exporter listens on 127.0.0.1 unless told otherwise.
    expect(env(rendered)).toContainEqual({ name: 'GRAYLOG_PROMETHEUS_EXPORTER_BIND_ADDRESS', value: '0.0.0.0:9833' });
    expect(findObject(rendered, 'NetworkPolicy', 'allow-scrape-graylog', NS).spec.ingress[0].from[0].namespaceSelector.matchLabels).toEqual({ 'kubernetes.io/metadata.name': 'monitoring' });
    expect(rendered.dependencies.get('logging')?.has('monitoring')).toBe(true);

    // Without monitoring, as the module builds itself (logging is the one module that follows monitoring): no
    // monitor, no exporter address in the values whose env the chart gives Graylog (as above), no use of monitoring.
    const unmonitored = { ...baseConfig(), modules: { leaveOut: ['monitoring'] } };
    const monitors = (config: Record<string, any>) => ownObjects(config, 'logging').filter((object) => object.kind === 'ServiceMonitor');
    expect([monitors(baseConfig()).length, monitors(unmonitored).length]).toEqual([1, 0]);
    const exporterAddress = (config: Record<string, any>) => chartValues(config, 'logging', 'graylog').graylog.env.GRAYLOG_PROMETHEUS_EXPORTER_BIND_ADDRESS;
    expect([exporterAddress(baseConfig()), exporterAddress(unmonitored)]).toEqual(['0.0.0.0:9833', undefined]);
    expect(builtPlatform(unmonitored).modules.find((module) => module.id === 'logging')?.dependencies.has('monitoring')).toBe(false);
  });

  test("a Data Node volume is recovered through the PV-recovery inventory, under the claim its StatefulSet asks for", () => {
    const volume = { volumeId: '0c9d8e7f-6a5b-4c3d-9e8f-7a6b5c4d3e2f', driver: 'cinder', size: '120Gi', namespace: NS, claimName: 'data-graylog-datanode-0' };
    const recovered = renderUnit({ ...baseConfig(), pvRecovery: { volumes: [volume] } });
    const pv = findObject(recovered, 'PersistentVolume', 'recovered-logging-data-graylog-datanode-0');
    expect(pv.spec.claimRef).toMatchObject({ namespace: NS, name: 'data-graylog-datanode-0' });
    // <template>-<StatefulSet>-<ordinal>: the claim of the first Data Node.
    const dataNode = findObject(recovered, 'StatefulSet', 'graylog-datanode', NS);
    expect(`${dataNode.spec.volumeClaimTemplates[0].metadata.name}-${dataNode.metadata.name}-0`).toBe(volume.claimName);
    // As large as the claim asks (production's Data Node size), or the claim would not bind to it.
    expect(pv.spec.capacity.storage).toBe(dataNode.spec.volumeClaimTemplates[0].spec.resources.requests.storage);
    expect(recovered.dependencies.get('logging')?.has('pv-recovery')).toBe(true);
  });

  test.each([
    [(c: any) => (c.logging = { graylog: { heapGiB: 0 } }), 'logging.graylog.heapGiB: must be a whole number of GiB from 1 to 64'],
    [(c: any) => (c.logging = { graylog: { heapGiB: 1.5 } }), 'logging.graylog.heapGiB: must be a whole number of GiB from 1 to 64'],
    [(c: any) => (c.logging = { graylog: { heap: '16g' } }), 'logging.graylog'],
    [(c: any) => (c.logging = { dataNode: { storageSize: 'lots' } }), 'logging.dataNode.storageSize: must be a Kubernetes quantity'],
    [(c: any) => (c.logging = { graylog: { trustedProxies: ['10.0.0.0'] } }), 'logging.graylog.trustedProxies[0]: must be a network in CIDR notation, such as 10.0.0.0/8'],
    [(c: any) => (c.logging = { graylog: { trustedProxies: ['0.0.0.0/0'] } }), 'logging.graylog.trustedProxies[0]: would take the user header from any address; name the pod network'],
    [(c: any) => (c.logging = { graylog: { trustedProxies: ['10.0.0.0/8', '::/0'] } }), 'logging.graylog.trustedProxies[1]: would take the user header from any address; name the pod network'],
    [(c: any) => (c.logging = { graylog: { trustedProxies: ['10.0.0.0/08'] } }), 'logging.graylog.trustedProxies[0]: must be a network in CIDR notation, such as 10.0.0.0/8'],
    [(c: any) => (c.logging = { graylog: { trustedProxies: [] } }), 'logging.graylog.trustedProxies: must name the pod network: without it Graylog ignores the user header Kong sends'],
    [(c: any) => (c.logging = { graylog: { trustedProxies: ['10.1.2.3/8'] } }), "logging.graylog.trustedProxies[0]: has host bits set: 10.1.2.3 is an address inside the network; write the network's own address (10.0.0.0/8), or /32 for that one address"],
    [(c: any) => (c.logging = { graylog: { trustedProxies: ['fd00::1/8'] } }), "logging.graylog.trustedProxies[0]: has host bits set: fd00::1 is an address inside the network; write the network's own address (fd00::/8), or /128 for that one address"],
    [(c: any) => (c.logging = { graylog: { trustedProxies: ['::ffff:10.0.0.1/104'] } }), 'logging.graylog.trustedProxies[0]: has host bits set: ::ffff:10.0.0.1 is an address inside the network'],
  ])('a bad logging setting is refused, naming the field (%#)', (mutate, message) => {
    expect(configErrorFor(mutate)).toContain(message);
  });

  test.each(['10.1.2.3/32', '172.16.0.0/12', '2001:db8::/32', 'fd00::1/128', '::ffff:10.0.0.0/104'])('the network %s is a trusted proxy range', (network) => {
    const config: any = baseConfig();
    config.logging = { graylog: { trustedProxies: [network] } };
    expect(() => parseConfig('env.yaml', config, CONFIG_SCHEMA)).not.toThrow();
  });
});

describe('the Graylog description', () => {
  /** A module building the configuration Job around the description `change` makes of WorldCereal's. */
  const withDescription = (change: (description: any) => void) => {
    const description: any = JSON.parse(JSON.stringify(worldCerealGraylogDescription()));
    change(description);
    return class Describing extends PlatformModule {
      static readonly id = 'describing';
      constructor(platform: Platform) {
        super(platform, { namespace: 'rdm' });
        const password = { name: 'graylog-credentials', key: 'password' };
        new GraylogConfigurationJob(this, 'configuration', { namespace: 'rdm', name: 'graylog-configuration', apiUrl: 'http://graylog:9000/api', description, adminUsername: 'admin', adminPassword: password, operatorPassword: password, placement: this.placement });
      }
    };
  };

  // The reconciler's own check, run at synth: the sync would fail on each of these.
  test.each<[string, (description: any) => void, string]>([
    ['two inputs of one title', (d) => (d.inputs[1].title = d.inputs[0].title), `description.inputs: "${worldCerealGraylogDescription().inputs[0].title}" appears twice`],
    ['two inputs of one kind on one port', (d) => (d.inputs[1].configuration.port = d.inputs[0].configuration.port), `description.inputs: "${worldCerealGraylogDescription().inputs[1].title}" and "${worldCerealGraylogDescription().inputs[0].title}" are both UDP on 0.0.0.0:`],
    [
      'a GELF and a syslog input on one UDP port',
      (d) => Object.assign(d.inputs[1], { type: 'org.graylog2.inputs.gelf.udp.GELFUDPInput', configuration: { ...d.inputs[1].configuration, port: d.inputs[0].configuration.port } }),
      `description.inputs: "${worldCerealGraylogDescription().inputs[1].title}" and "${worldCerealGraylogDescription().inputs[0].title}" are both UDP on 0.0.0.0:`,
    ],
    ['two index sets of one prefix', (d) => (d.indexSets[1].indexPrefix = d.indexSets[0].indexPrefix), `description.indexSets: "${worldCerealGraylogDescription().indexSets[0].indexPrefix}" appears twice`],
    ['two default index sets', (d) => d.indexSets.forEach((set: any) => (set.default = true)), 'description.indexSets: only one index set can be the default'],
    ['a stream rule of no known type', (d) => (d.streams[0].rules[0].type = 'matches'), `description.streams "${worldCerealGraylogDescription().streams[0].title}": unknown rule type "matches"`],
  ])('%s fails the synth, naming the module', (_name, change, message) => {
    expect(() => renderUnit(undefined, [NamespacesModule, withDescription(change)])).toThrow(`module "describing": the Graylog description is refused: ${message}`);
  });

  test('a TCP and a UDP input may share a port number', () => {
    const tcp = withDescription((d) => Object.assign(d.inputs[1], { type: 'org.graylog2.inputs.syslog.tcp.SyslogTCPInput', configuration: { ...d.inputs[1].configuration, port: d.inputs[0].configuration.port } }));
    expect(() => renderUnit(undefined, [NamespacesModule, tcp])).not.toThrow();
  });

  test("WorldCereal's description passes the check", () => {
    expect(() => renderUnit(undefined, [NamespacesModule, withDescription(() => undefined)])).not.toThrow();
  });
});
