import { KongPlugin } from '../../../imports/kong-configuration.konghq.com';
import { keepDataPatch } from '../../gitops/keep-data-patch';
import { GeneratedSecret } from '../../lib/generated-secret';
import { SsoRoute } from '../../lib/sso-route';
import { chartDisruptionBudget } from '../../platform/disruption-budget';
import { PlatformModule } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import type { ChartPatch } from '../../platform/upstream-sources';
import { FLUENT_BIT_CHART, GRAYLOG_CHART, MONGODB_OPERATOR_CHART } from './charts';
import { fluentBitConfig } from './fluent-bit-config';
import { GraylogConfigurationJob } from './graylog-configuration-job';
import { GRAYLOG_OPERATOR_USERNAME, GRAYLOG_USERNAME_HEADER, worldCerealGraylogDescription } from './graylog/graylog-description';
import { MongoDbReplicaSet } from './mongodb-replica-set';
import { LOGGING_SETTINGS } from './settings';
import { MonitoringModule } from '../monitoring/monitoring-module';

const NAMESPACE = 'logging';
/** The chart names its objects graylog-* when the release name contains "graylog" (its Service: graylog-svc). */
const GRAYLOG = 'graylog';
/** Fluent Bit's own namespace, privileged for it alone. */
const NODE_LOGS_NAMESPACE = 'node-logs';
const GRAYLOG_SERVICE = `${GRAYLOG}-svc`;
const GRAYLOG_HTTP_PORT = 9000;
/** Graylog's Prometheus exporter (the chart's Service names the port `metrics`). */
const GRAYLOG_METRICS_PORT = 9833;
/** Labels the chart puts on Graylog server and Data Node pods. */
const GRAYLOG_LABELS = { app: 'graylog-app' };
const DATANODE_LABELS = { app: 'graylog-datanode' };
const ADMIN = 'admin';
/** Graylog and Data Node release, as exact image tags: the chart's default is the moving 7.0 tag. */
const GRAYLOG_VERSION = '7.0.0';
/** The Secret the chart reads Graylog's credentials and MongoDB URI from. */
const CREDENTIALS = 'graylog-credentials';
/** The syslog UDP inputs of the Graylog description, opened on the Service. */
const NODE_LOGS_PORT = 30514;
const POD_LOGS_PORT = 31514;
const PROCESSING_LOGS_PORT = 32514;

/**
 * Logging in namespace logging: Graylog 7 servers with Data Nodes (the search backend), their MongoDB replica set
 * (MCK operator), Fluent Bit on every node shipping node and pod logs to Graylog's syslog inputs, Graylog's
 * configuration (inputs, index sets, streams, header authentication, the operator user) reconciled by a Job after
 * every sync, and the route graylog.<domain> behind single sign-on, which is the only way to Graylog's HTTP port.
 */
export class LoggingModule extends PlatformModule {
  static readonly id = 'logging';
  static readonly summary = 'Graylog 7 with Data Nodes and MongoDB (MCK), Fluent Bit on every node, Graylog configured as code; route `graylog.<domain>`';
  static readonly settings = LOGGING_SETTINGS;

  constructor(platform: Platform) {
    // The MongoDB CRDs exceed the client-side apply limit, and the replica set arrives with them.
    super(platform, {
      namespace: NAMESPACE,
      sync: { serverSideApply: true, skipDryRunOnMissingResource: true },
      podSecurity: {
        level: 'baseline',
        reason: "Graylog's chart fixes its pods' security contexts without seccomp profile or capability drop, and the MongoDB pods are made by the operator, out of the tree synth checks",
      },
    });
    this.addHealthChecks(__dirname);
    this.addNamespace(NODE_LOGS_NAMESPACE);
    this.declareOperatorPods('mongodbcommunity.mongodb.com_MongoDBCommunity', 'spec.statefulSet.spec.template.spec');
    const settings = this.settingsOf(LOGGING_SETTINGS);
    const { storageClass, domain } = this.config;
    const nodeSelector = this.placement.nodeSelector();
    const host = `graylog.${domain}`;
    // Graylog's metrics, where the environment has Prometheus to scrape them.
    const monitoring = this.platform.renders(MonitoringModule) ? this.use(MonitoringModule) : undefined;

    this.addHelmChart({
      chart: MONGODB_OPERATOR_CHART,
      releaseName: 'mongodb-kubernetes',
      values: { operator: { nodeSelector, telemetry: { enabled: false, send: { enabled: false } } } },
    });

    const mongodb = new MongoDbReplicaSet(this, 'mongodb', {
      name: `${GRAYLOG}-mongodb`,
      namespace: NAMESPACE,
      members: settings.mongodb.members,
      storageSize: settings.mongodb.storageSize,
      storageClass,
      placement: this.placement,
      user: GRAYLOG,
      password: { name: CREDENTIALS, key: 'mongodbPassword' },
    });
    // Everything Graylog needs at start, generated once in the cluster: the root password (Graylog takes its
    // SHA-256), the password pepper (over 64 characters), MongoDB's password and the URI built from it, and the
    // operator user's password for the configuration Job.
    const credentials = new GeneratedSecret(this, 'credentials', {
      namespace: NAMESPACE,
      name: CREDENTIALS,
      passwords: ['rootPassword', 'passwordSecret', 'mongodbPassword', 'operatorPassword'],
      length: 96,
      template: {
        GRAYLOG_ROOT_USERNAME: ADMIN,
        GRAYLOG_ROOT_PASSWORD_SHA2: '{{ .rootPassword | sha256sum }}',
        GRAYLOG_PASSWORD_SECRET: '{{ .passwordSecret }}',
        GRAYLOG_MONGODB_URI: mongodb.connectionUri('{{ .mongodbPassword }}'),
      },
    });

    const { graylog, dataNode } = settings;
    const inputs = [
      { name: 'syslog-nodes', port: NODE_LOGS_PORT },
      { name: 'syslog-pods', port: POD_LOGS_PORT },
      { name: 'syslog-process', port: PROCESSING_LOGS_PORT },
    ].map((input) => ({ ...input, targetPort: input.port, protocol: 'UDP' as const }));
    // What no value of the chart sets: its nodeSelector value renders as Go's map syntax (refused by the API), its
    // checksum annotations are random on every render (so pods would restart on every sync), and its volumes must
    // outlive the Application.
    const statefulSetPatch = (name: string): ChartPatch =>
      keepDataPatch('StatefulSet', name, [
        { op: 'remove', path: '/spec/template/metadata/annotations/checksum~1config' },
        { op: 'remove', path: '/spec/template/metadata/annotations/checksum~1secret' },
        { op: 'add', path: '/spec/template/spec/nodeSelector', value: nodeSelector },
      ]);
    this.addHelmChart({
      chart: GRAYLOG_CHART,
      releaseName: GRAYLOG,
      values: {
        global: { existingSecretName: credentials.name },
        version: GRAYLOG_VERSION,
        mongodb: { communityResource: { enabled: false }, serviceAccount: { create: false } },
        graylog: {
          enterprise: false,
          image: { repository: 'docker.io/graylog/graylog' },
          replicas: graylog.replicas,
          affinity: this.placement.onePerNode(GRAYLOG_LABELS),
          podDisruptionBudget: chartDisruptionBudget(graylog.replicas),
          persistence: { enabled: true, size: graylog.journalSize, storageClass },
          resources: { requests: { memory: `${graylog.heapGiB + 2}Gi` }, limits: { memory: `${graylog.heapGiB + 4}Gi` } },
          config: { serverJavaOpts: `-Xms${graylog.heapGiB}g -Xmx${graylog.heapGiB}g` },
          env: {
            // The chart would build http://<host>:9000/; users come through the gateway over HTTPS.
            GRAYLOG_HTTP_EXTERNAL_URI: `https://${host}/`,
            // Graylog takes the user header only from these addresses (127.0.0.1 alone by default): Kong's pods.
            GRAYLOG_TRUSTED_PROXIES: graylog.trustedProxies.join(', '),
            // The exporter listens on 127.0.0.1 unless told; Prometheus scrapes it from its own pods.
            ...(monitoring ? { GRAYLOG_PROMETHEUS_EXPORTER_BIND_ADDRESS: `0.0.0.0:${GRAYLOG_METRICS_PORT}` } : {}),
          },
          inputs,
        },
        datanode: {
          replicas: dataNode.replicas,
          image: { repository: 'docker.io/graylog/graylog-datanode' },
          affinity: this.placement.onePerNode(DATANODE_LABELS),
          podDisruptionBudget: chartDisruptionBudget(dataNode.replicas),
          persistence: { data: { enabled: true, size: dataNode.storageSize, storageClass } },
          resources: { requests: { memory: `${2 * dataNode.heapGiB}Gi` }, limits: { memory: `${2 * dataNode.heapGiB + 1}Gi` } },
          config: { opensearchHeap: `${dataNode.heapGiB}g` },
        },
      },
      patches: [statefulSetPatch(GRAYLOG), statefulSetPatch(`${GRAYLOG}-datanode`)],
    });
    monitoring?.monitorServices(this, {
      name: GRAYLOG,
      matchLabels: { 'app.kubernetes.io/name': GRAYLOG, 'app.kubernetes.io/instance': GRAYLOG },
      port: 'metrics',
      path: '/api/metrics/prometheus',
    });

    this.addHelmChart({
      chart: FLUENT_BIT_CHART,
      releaseName: 'fluent-bit',
      // Alone in its namespace: the only pods there that may read the host's paths.
      namespace: NODE_LOGS_NAMESPACE,
      values: {
        // Every node, tainted ones included: processing nodes' logs matter most when something fails there.
        tolerations: [{ operator: 'Exists' }],
        env: [{ name: 'NODE_NAME', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } }],
        config: fluentBitConfig({ host: `${GRAYLOG_SERVICE}.${NAMESPACE}.svc.cluster.local`, nodeLogsPort: NODE_LOGS_PORT, podLogsPort: POD_LOGS_PORT }),
      },
    });
    this.runOnEveryNode({ namespace: NODE_LOGS_NAMESPACE, name: 'fluent-bit', reason: 'Fluent Bit reads the logs of the node it runs on: every node, processing nodes included' });
    this.relaxPodSecurity({ kind: 'DaemonSet', name: 'fluent-bit', namespace: NODE_LOGS_NAMESPACE, level: 'privileged', reason: "Fluent Bit reads the node's log files and journal through host paths" });

    const configuration = new GraylogConfigurationJob(this, 'configuration', {
      namespace: NAMESPACE,
      name: 'graylog-configuration',
      apiUrl: `http://${GRAYLOG_SERVICE}.${NAMESPACE}.svc:${GRAYLOG_HTTP_PORT}/api`,
      // Index replicas need a second Data Node to live on.
      description: worldCerealGraylogDescription(dataNode.replicas > 1 ? 1 : 0),
      adminUsername: ADMIN,
      adminPassword: credentials.keyRef('rootPassword'),
      operatorPassword: credentials.keyRef('operatorPassword'),
      placement: this.placement,
    });

    // Kong's oidc plugin passes the user only as base64 JSON (X-Userinfo), which request-transformer cannot decode:
    // every signed-in user is Graylog's operator, as in the original. A header sent by the client is removed first
    // (request-transformer removes before it adds), so nobody can name another user.
    new KongPlugin(this, 'username-header', {
      metadata: { name: `${GRAYLOG}-username`, namespace: NAMESPACE },
      plugin: 'request-transformer',
      config: { remove: { headers: [GRAYLOG_USERNAME_HEADER] }, add: { headers: [`${GRAYLOG_USERNAME_HEADER}:${GRAYLOG_OPERATOR_USERNAME}`] } },
    });
    new SsoRoute(this, 'route', {
      namespace: NAMESPACE,
      name: GRAYLOG,
      access: 'ui',
      rules: [{ host, paths: [{ path: '/', service: GRAYLOG_SERVICE, port: GRAYLOG_HTTP_PORT }] }],
      client: { clientId: GRAYLOG, roles: [{ name: `${GRAYLOG}_role`, groups: [] }] },
      extraPlugins: [`${GRAYLOG}-username`],
    });
    this.allowNetworkPaths(configuration.podLabels, mongodb, inputs.map(({ port }) => port));
  }

  /**
   * Header authentication makes whoever reaches Graylog's HTTP port the user the header names: only the gateway
   * (which sets the header after single sign-on, through the route), the configuration Job and Graylog's own peers
   * reach it. The syslog inputs are open to every pod and node; the Data Nodes and MongoDB only to Graylog.
   */
  private allowNetworkPaths(configurationJob: Readonly<Record<string, string>>, mongodb: MongoDbReplicaSet, inputPorts: readonly number[]): void {
    const graylog = { namespace: NAMESPACE, pods: GRAYLOG_LABELS };
    this.allowIngress({
      name: 'graylog-api',
      to: { namespace: NAMESPACE, pods: GRAYLOG_LABELS, ports: [GRAYLOG_HTTP_PORT] },
      from: [{ namespace: NAMESPACE, pods: configurationJob }, graylog],
      reason: 'the configuration Job applies the description through the API, and Graylog nodes call each other',
    });
    this.allowIngress({
      name: 'graylog-inputs',
      to: { namespace: NAMESPACE, pods: GRAYLOG_LABELS, ports: inputPorts.map((port) => ({ port, protocol: 'UDP' as const })) },
      from: 'anywhere',
      reason: 'Fluent Bit on every node and the processing pods send their logs to the syslog inputs',
    });
    this.allowIngress({
      name: 'graylog-datanode',
      to: { namespace: NAMESPACE, pods: DATANODE_LABELS, ports: [8999, 9200, 9300] },
      from: [graylog, { namespace: NAMESPACE, pods: DATANODE_LABELS }],
      reason: 'Graylog manages and searches its Data Nodes, which replicate among themselves',
    });
    this.allowIngress({
      name: 'graylog-mongodb',
      to: { namespace: NAMESPACE, pods: mongodb.memberLabels, ports: [mongodb.port] },
      from: [graylog, { namespace: NAMESPACE, pods: DATANODE_LABELS }, { namespace: NAMESPACE, pods: mongodb.memberLabels }],
      reason: 'Graylog and its Data Nodes keep their configuration in MongoDB, whose members replicate among themselves',
    });
  }
}
