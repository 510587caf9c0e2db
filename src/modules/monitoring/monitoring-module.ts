import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { keepDataPatch } from '../../gitops/keep-data-patch';
import { GeneratedSecret } from '../../lib/generated-secret';
import { PublicRoute } from '../../lib/public-route';
import { SharedSecret } from '../../lib/shared-secret';
import { SsoRoute } from '../../lib/sso-route';
import { chartDisruptionBudget } from '../../platform/disruption-budget';
import { PlatformError } from '../../platform/errors';
import { PlatformModule } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import { CertManagerModule } from '../cert-manager/cert-manager-module';
import { KeycloakModule } from '../keycloak/keycloak-module';
import { PostgresModule } from '../postgres/postgres-module';
import { KUBE_PROMETHEUS_STACK_CHART, THANOS_CHART } from './charts';
import { grafanaValues } from './grafana-values';
import { OBJSTORE_KEY, objectStoreConfig } from './object-store-config';
import { MONITORING_SETTINGS } from './settings';
import { thanosValues } from './thanos-values';

const NAMESPACE = 'monitoring';
/** The release name is the chart's name, so objects are named kube-prometheus-stack-* as in the original. */
const STACK = 'kube-prometheus-stack';
/** Node exporter's own namespace, privileged for it alone. */
const NODE_METRICS_NAMESPACE = 'node-metrics';
const THANOS = 'thanos';
/** The HTTP port of the thanos chart's query Service (its gRPC port is 10901). */
const THANOS_QUERY_HTTP_PORT = 10902;
/** ServiceMonitors, PodMonitors and rules of any namespace are picked up when they carry this label. */
const MONITOR_SELECTOR = { release: STACK };

/**
 * Monitoring in namespace monitoring: kube-prometheus-stack (Prometheus with a Thanos sidecar uploading to object
 * storage, Alertmanager, the operator with cert-manager certificates for its webhook, Grafana on the platform
 * PostgreSQL with Keycloak login), and Thanos query, store gateway and compactor. Grafana's route is public (it logs
 * users in itself); Prometheus' is behind single sign-on.
 */
export class MonitoringModule extends PlatformModule {
  static readonly id = 'monitoring';
  static readonly summary = 'kube-prometheus-stack (Prometheus + Thanos sidecar, Alertmanager, Grafana with SSO) and Thanos; routes `grafana.`, `prometheus.<domain>`';
  static readonly settings = MONITORING_SETTINGS;

  constructor(platform: Platform) {
    // The operator's CRDs exceed the client-side apply limit, and its custom resources arrive with them.
    super(platform, { namespace: NAMESPACE, sync: { serverSideApply: true, skipDryRunOnMissingResource: true } });
    this.addHealthChecks(__dirname);
    this.declareReadyWhenApplied('monitoring.coreos.com_ServiceMonitor', 'configuration Prometheus reads; no status');
    this.declareReadyWhenApplied('monitoring.coreos.com_PrometheusRule', 'configuration Prometheus reads; no status');
    for (const kind of ['Prometheus', 'Alertmanager', 'ThanosRuler', 'PrometheusAgent']) this.declareOperatorPods(`monitoring.coreos.com_${kind}`, 'spec');
    this.addNamespace(NODE_METRICS_NAMESPACE);
    const settings = this.settingsOf(MONITORING_SETTINGS);
    const nodeSelector = this.placement.nodeSelector();
    const host = (label: string) => `${label}.${this.config.domain}`;
    // The operator's admission webhook gets its certificate from cert-manager instead of hook Jobs patching the
    // webhook configurations behind Argo CD's back.
    this.use(CertManagerModule);

    const objectStore = objectStoreConfig(this, 'object-store', { namespace: NAMESPACE, name: 'thanos-objstore-config', objectStore: settings.thanos.objectStore });
    const keycloak = this.use(KeycloakModule);
    const grafanaClient = keycloak.registerClient({
      clientId: 'grafana',
      hosts: [host('grafana')],
      rootUrl: `https://${host('grafana')}/`,
      claims: 'groups',
      roles: [{ name: 'grafana_role', groups: [] }],
    });
    const clientSecret = new SharedSecret(this, 'grafana-client-secret', { source: grafanaClient.secret, namespace: NAMESPACE, name: 'grafana-oidc-client' });
    const database = this.use(PostgresModule).database(this, { database: 'grafana' });
    const admin = new GeneratedSecret(this, 'grafana-admin', { namespace: NAMESPACE, name: 'grafana-admin', passwords: ['admin-password'], template: { 'admin-user': 'admin' } });

    const { prometheus } = settings;
    const oneReplicaPerNode = { podAntiAffinity: 'hard', podAntiAffinityTopologyKey: 'kubernetes.io/hostname' };
    this.addHelmChart({
      chart: KUBE_PROMETHEUS_STACK_CHART,
      releaseName: STACK,
      values: {
        prometheus: {
          prometheusSpec: {
            replicas: prometheus.replicas,
            retention: prometheus.retention,
            scrapeInterval: prometheus.scrapeInterval,
            nodeSelector,
            ...oneReplicaPerNode,
            resources: { requests: { memory: prometheus.memoryRequest }, limits: { memory: prometheus.memoryLimit } },
            storageSpec: {
              volumeClaimTemplate: {
                spec: { storageClassName: this.config.storageClass, accessModes: ['ReadWriteOnce'], resources: { requests: { storage: prometheus.storageSize } } },
              },
            },
            serviceMonitorSelector: { matchLabels: MONITOR_SELECTOR },
            podMonitorSelector: { matchLabels: MONITOR_SELECTOR },
            ruleSelector: { matchLabels: MONITOR_SELECTOR },
            thanos: { objectStorageConfig: { existingSecret: { name: objectStore.name, key: OBJSTORE_KEY } } },
          },
          // The headless Service Thanos query finds the sidecars through.
          thanosService: { enabled: true },
          podDisruptionBudget: chartDisruptionBudget(prometheus.replicas),
        },
        alertmanager: {
          // No configuration Secret from the chart (a base64 blob no review can read): the operator runs Alertmanager
          // with its default configuration, and receivers come from AlertmanagerConfig objects.
          alertmanagerSpec: { replicas: settings.alertmanagerReplicas, nodeSelector, ...oneReplicaPerNode, useExistingSecret: true },
          podDisruptionBudget: chartDisruptionBudget(settings.alertmanagerReplicas),
        },
        prometheusOperator: {
          nodeSelector,
          admissionWebhooks: { certManager: { enabled: true } },
        },
        'kube-state-metrics': { nodeSelector },
        // Alone in its namespace: the only pods there that may use the host's namespaces and paths.
        'prometheus-node-exporter': { namespaceOverride: NODE_METRICS_NAMESPACE },
        // Their Services would live in kube-system, which the platform does not manage; a managed control plane
        // (EKS, Magnum) does not expose these components to scraping anyway. The kubelet's Service is the
        // operator's own.
        kubeControllerManager: { enabled: false },
        kubeScheduler: { enabled: false },
        kubeEtcd: { enabled: false },
        kubeProxy: { enabled: false },
        coreDns: { enabled: false },
        grafana: grafanaValues({
          replicas: settings.grafanaReplicas,
          nodeSelector,
          spread: this.placement.spreadOverNodes({ 'app.kubernetes.io/name': 'grafana', 'app.kubernetes.io/instance': STACK }),
          host: host('grafana'),
          realmUrl: keycloak.realmUrl,
          clientId: grafanaClient.clientId,
          clientSecret: clientSecret.keyRef('client-secret'),
          database,
          adminSecret: admin.name,
          headlessService: `${STACK}-grafana-headless.${NAMESPACE}.svc`,
          thanosUrl: `http://${THANOS}-query.${NAMESPACE}.svc:${THANOS_QUERY_HTTP_PORT}`,
        }),
      },
      // Prometheus' volumes hold the hours not yet uploaded.
      patches: [keepDataPatch('Prometheus', `${STACK}-prometheus`)],
    });
    this.runOnEveryNode({
      namespace: NODE_METRICS_NAMESPACE,
      name: `${STACK}-prometheus-node-exporter`,
      reason: 'node exporter reports the health of the node it runs on: processing nodes need it as much as system nodes',
    });
    this.relaxPodSecurity({
      kind: 'DaemonSet',
      name: `${STACK}-prometheus-node-exporter`,
      namespace: NODE_METRICS_NAMESPACE,
      level: 'privileged',
      reason: "node exporter reads the host's /proc, /sys and root file system, in the host's network and process namespaces",
    });

    this.addHelmChart({
      chart: THANOS_CHART,
      releaseName: THANOS,
      values: thanosValues({
        settings: settings.thanos,
        nodeSelector,
        onePerNode: this.placement.onePerNode(),
        storageClass: this.config.storageClass,
        objectStore: { name: objectStore.name, key: OBJSTORE_KEY },
        sidecars: `dnssrv+_grpc._tcp.${STACK}-thanos-discovery.${NAMESPACE}.svc.cluster.local`,
      }),
      patches: [keepDataPatch('StatefulSet', `${THANOS}-compact`), keepDataPatch('StatefulSet', `${THANOS}-store-gateway`)],
    });

    new PublicRoute(this, 'grafana-route', {
      namespace: NAMESPACE,
      name: 'grafana',
      rules: [{ host: host('grafana'), paths: [{ path: '/', service: `${STACK}-grafana`, port: 80 }] }],
    });
    new SsoRoute(this, 'prometheus-route', {
      namespace: NAMESPACE,
      name: 'prometheus',
      access: 'ui',
      rules: [{ host: host('prometheus'), paths: [{ path: '/', service: `${STACK}-prometheus`, port: 9090 }] }],
      client: { clientId: 'prometheus', roles: [{ name: 'prometheus_role', groups: [] }] },
    });
    this.allowIngress({
      name: 'monitoring-stack',
      to: {
        namespace: NAMESPACE,
        // Prometheus and its Thanos sidecar, Alertmanager (and its cluster port), Grafana (and its alerting gossip),
        // Thanos query and store gateway, the config reloaders, kube-state-metrics, the operator.
        ports: [9090, 10901, 10902, 9093, 9094, { port: 9094, protocol: 'UDP' }, 3000, 8080, 8081, 10250],
      },
      from: [{ namespace: NAMESPACE }],
      reason: 'the stack queries, scrapes and alerts within the namespace: Prometheus, Alertmanager, Grafana and Thanos call each other',
    });
  }

  /**
   * Has Prometheus scrape a port of Services of `consumer`'s module: a ServiceMonitor in that module, carrying the
   * label Prometheus selects monitors by. The path from Prometheus to the port follows from the monitor.
   */
  monitorServices(consumer: Construct, request: ServiceMonitorRequest): void {
    const consumerModule = PlatformModule.of(consumer);
    const namespace = request.namespace ?? consumerModule.destinationNamespace;
    const where = `module "${consumerModule.id}": ServiceMonitor ${request.name}`;
    if (!namespace) throw new PlatformError(`${where} needs a namespace`);
    // An empty selector would have Prometheus scrape every Service of the namespace that has a port of that name.
    if (Object.keys(request.matchLabels).length === 0) throw new PlatformError(`${where}: name the labels of the Services to scrape`);
    if (!request.port) throw new PlatformError(`${where}: name the Service port to scrape`);
    new ApiObject(consumer, `service-monitor-${request.name}`, {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'ServiceMonitor',
      metadata: { name: request.name, namespace, labels: MONITOR_SELECTOR },
      spec: {
        selector: { matchLabels: request.matchLabels },
        namespaceSelector: { matchNames: [namespace] },
        endpoints: [{ port: request.port, path: request.path ?? '/metrics' }],
      },
    });
  }
}

/** Services a module wants scraped: those with these labels in its namespace (or `namespace`), on the named port. */
export interface ServiceMonitorRequest {
  readonly name: string;
  readonly namespace?: string;
  readonly matchLabels: Record<string, string>;
  /** The name of the Service port. */
  readonly port: string;
  /** Defaults to /metrics. */
  readonly path?: string;
}
