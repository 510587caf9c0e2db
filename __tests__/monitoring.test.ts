import * as YAML from 'yaml';
import { GRAFANA_ROLE_MAPPING } from '../src/modules/monitoring/grafana-values';
import { MonitoringModule, ServiceMonitorRequest } from '../src/modules/monitoring/monitoring-module';
import { MODULES } from '../src/modules/registry';
import { PlatformModule } from '../src/platform/module';
import type { Platform } from '../src/platform/platform';
import { parseConfig } from '../src/config/load';
import { baseConfig, chartValues, CONFIG_SCHEMA, configErrorFor, DOMAIN, findObject, objectsOfKind, realmOf, renderUnit } from './support';

const NS = 'monitoring';
const pinned = { 'system-tag': 'world-cereal-system' };

describe('monitoring module', () => {
  const rendered = renderUnit();
  const prometheus = findObject(rendered, 'Prometheus', 'kube-prometheus-stack-prometheus', NS);
  const grafana = findObject(rendered, 'Deployment', 'kube-prometheus-stack-grafana', NS);
  const ini = findObject(rendered, 'ConfigMap', 'kube-prometheus-stack-grafana', NS).data['grafana.ini'] as string;

  test('Prometheus: 2 replicas one per system node, 6 h retention, 2 m scrapes, 30 Gi volumes, 4/16 Gi memory', () => {
    expect(prometheus.spec).toMatchObject({
      replicas: 2,
      retention: '6h',
      scrapeInterval: '2m',
      nodeSelector: pinned,
      resources: { requests: { memory: '4Gi' }, limits: { memory: '16Gi' } },
    });
    expect(prometheus.spec.storage.volumeClaimTemplate.spec.resources.requests.storage).toBe('30Gi');
    expect(prometheus.spec.storage.volumeClaimTemplate.spec.storageClassName).toBe(baseConfig().storageClass);
    expect(prometheus.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey).toBe('kubernetes.io/hostname');
    expect(findObject(rendered, 'PodDisruptionBudget', 'kube-prometheus-stack-prometheus', NS).spec.minAvailable).toBe(1);
  });

  test('monitors, pod monitors and rules of any namespace are selected by the label release: kube-prometheus-stack', () => {
    for (const selector of ['serviceMonitorSelector', 'podMonitorSelector', 'ruleSelector']) {
      expect(prometheus.spec[selector]).toEqual({ matchLabels: { release: 'kube-prometheus-stack' } });
    }
    expect(prometheus.spec.serviceMonitorNamespaceSelector).toEqual({});
  });

  test('the Thanos sidecar uploads with the objstore.yml built in the cluster; query reads the store gateway and the sidecars', () => {
    expect(prometheus.spec.thanos.objectStorageConfig).toEqual({ name: 'thanos-objstore-config', key: 'objstore.yml' });
    const store = findObject(rendered, 'ExternalSecret', 'thanos-objstore-config', NS);
    expect(store.spec.secretStoreRef).toEqual({ kind: 'ClusterSecretStore', name: 'monitoring-secrets' });
    expect(store.spec.data.map((d: any) => d.remoteRef)).toEqual([
      { key: 'thanos-s3-credentials', property: 'ACCESS_KEY_ID' },
      { key: 'thanos-s3-credentials', property: 'ACCESS_SECRET_KEY' },
    ]);
    expect(YAML.parse(store.spec.target.template.data['objstore.yml'].replace(/\{\{.*?\}\}/g, 'x'))).toEqual({
      type: 'S3',
      config: { bucket: 'ewoc-thanos', endpoint: 's3.eu-central-1.amazonaws.com', region: 'eu-central-1', access_key: 'x', secret_key: 'x' },
    });
    const query = findObject(rendered, 'Deployment', 'thanos-query', NS).spec.template.spec;
    expect(query.containers[0].args).toEqual(
      expect.arrayContaining([
        '--endpoint=dnssrv+_grpc._tcp.thanos-store-gateway-headless.monitoring.svc.cluster.local',
        '--endpoint=dnssrv+_grpc._tcp.kube-prometheus-stack-thanos-discovery.monitoring.svc.cluster.local',
      ]),
    );
    expect(objectsOfKind(rendered, 'Secret', NS).map(({ object }) => object.metadata.name)).toEqual([]);
  });

  test.each([
    ['Deployment', 'thanos-query', undefined],
    ['StatefulSet', 'thanos-store-gateway', '10Gi'],
    ['StatefulSet', 'thanos-compact', '100Gi'],
  ])('%s %s: on system nodes, one per node (required), volume %s', (kind, name, size) => {
    const object = findObject(rendered, kind, name, NS);
    const pod = object.spec.template.spec;
    expect(pod.nodeSelector).toEqual(pinned);
    expect(pod.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution).toEqual([
      expect.objectContaining({ topologyKey: 'kubernetes.io/hostname', labelSelector: expect.anything() }),
    ]);
    expect(pod.containers[0].image).toMatch(/^quay\.io\/thanos\/thanos:/);
    if (size) expect(object.spec.volumeClaimTemplates[0].spec.resources.requests.storage).toBe(size);
  });

  test("the compactor keeps blocks as long as the original deployment did, per resolution, and as an environment says", () => {
    const args = findObject(rendered, 'StatefulSet', 'thanos-compact', NS).spec.template.spec.containers[0].args;
    expect(args).toEqual(expect.arrayContaining(['--retention.resolution-raw=30d', '--retention.resolution-5m=30d', '--retention.resolution-1h=10y']));
    // The compactor's arguments are its values' extra arguments, and an environment's retention reaches those.
    const extraArgs = (config: any) => chartValues(config, 'monitoring', 'thanos').compact.extraArgs;
    expect(args).toEqual(expect.arrayContaining(extraArgs(baseConfig())));
    const config = baseConfig();
    config.monitoring.thanos.retention = { raw: '14d', oneHour: '0d' };
    expect(extraArgs(config)).toEqual(['--retention.resolution-raw=14d', '--retention.resolution-5m=30d', '--retention.resolution-1h=0d']);
  });

  test('the node exporter is the one DaemonSet on every node, alone in its namespace; Alertmanager and the operator stay on system nodes', () => {
    expect(objectsOfKind(rendered, 'DaemonSet', NS)).toEqual([]);
    const daemonSets = objectsOfKind(rendered, 'DaemonSet', 'node-metrics');
    expect(daemonSets.map(({ object }) => object.metadata.name)).toEqual(['kube-prometheus-stack-prometheus-node-exporter']);
    expect(findObject(rendered, 'Namespace', 'node-metrics').metadata.labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
    expect(findObject(rendered, 'Namespace', NS).metadata.labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
    expect(daemonSets[0].object.spec.template.spec.nodeSelector).not.toEqual(pinned);
    expect(findObject(rendered, 'Alertmanager', 'kube-prometheus-stack-alertmanager', NS).spec.nodeSelector).toEqual(pinned);
    expect(findObject(rendered, 'Deployment', 'kube-prometheus-stack-operator', NS).spec.template.spec.nodeSelector).toEqual(pinned);
  });

  test("the operator's webhook certificate comes from cert-manager: no hook Jobs patch webhook configurations", () => {
    expect(objectsOfKind(rendered, 'Job', NS)).toEqual([]);
    expect(findObject(rendered, 'ValidatingWebhookConfiguration', 'kube-prometheus-stack-admission').metadata.annotations).toEqual(
      expect.objectContaining({ 'cert-manager.io/inject-ca-from': 'monitoring/kube-prometheus-stack-admission' }),
    );
    expect([...(rendered.dependencies.get('monitoring') ?? [])]).toEqual(expect.arrayContaining(['cert-manager', 'postgres', 'keycloak', 'external-secrets']));
  });

  test('Grafana: database on the platform PostgreSQL, credentials and client secret from Secrets, none in values', () => {
    const container = grafana.spec.template.spec.containers.find((c: any) => c.name === 'grafana');
    const fromSecret = (name: string) => container.env.find((e: any) => e.name === name)?.valueFrom?.secretKeyRef;
    expect(fromSecret('GF_DATABASE_USER')).toEqual({ name: 'grafana-database', key: 'username' });
    expect(fromSecret('GF_DATABASE_PASSWORD')).toEqual({ name: 'grafana-database', key: 'password' });
    expect(fromSecret('GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET')).toEqual({ name: 'grafana-oidc-client', key: 'client-secret' });
    expect(fromSecret('GF_SECURITY_ADMIN_PASSWORD')).toEqual({ name: 'grafana-admin', key: 'admin-password' });
    expect(ini).toContain('[database]\nhost = postgres-pooler-rw.sysdb.svc:5432\nname = grafana\nssl_mode = require\ntype = postgres\n');
    expect(ini).not.toMatch(/password|client_secret/);
    expect(findObject(rendered, 'ExternalSecret', 'grafana-database', NS).spec.secretStoreRef.name).toBe('sysdb-secrets');
  });

  test('Grafana logs in through Keycloak only: generic OAuth, roles from groups, auto-login, no form, sign-out at Keycloak, TLS verified', () => {
    const realm = `https://auth.${DOMAIN}/realms/worldcereal/protocol/openid-connect`;
    for (const line of [
      'disable_login_form = true',
      `signout_redirect_url = ${realm}/logout?client_id=grafana&post_logout_redirect_uri=https%3A%2F%2Fgrafana.${DOMAIN}%2Flogin`,
      `auth_url = ${realm}/auth`,
      `token_url = ${realm}/token`,
      'client_id = grafana',
      `role_attribute_path = ${GRAFANA_ROLE_MAPPING}`,
      'tls_skip_verify_insecure = false',
      `root_url = https://grafana.${DOMAIN}/`,
      'ha_peers = kube-prometheus-stack-grafana-headless.monitoring.svc:9094',
    ]) {
      expect(ini.split('\n')).toContain(line);
    }
    // Auto-login is the provider's own setting; the deprecated [auth] one is not used.
    const genericOauth = ini.slice(ini.indexOf('[auth.generic_oauth]\n')).split(/\n(?=\[)/)[0];
    expect(genericOauth.split('\n')).toContain('auto_login = true');
    expect(ini).not.toContain('oauth_auto_login');
    expect(GRAFANA_ROLE_MAPPING).toBe("contains(groups[*], 'ewoc_platform_admin') && 'Admin' || contains(groups[*], 'ewoc_admin') && 'Admin' || 'Viewer'");
    const client = realmOf(rendered).clients.find((c: any) => c.clientId === 'grafana');
    expect(client.redirectUris).toEqual([`https://grafana.${DOMAIN}/*`]);
    expect(client.protocolMappers).toEqual([expect.objectContaining({ protocolMapper: 'oidc-group-membership-mapper', config: expect.objectContaining({ 'claim.name': 'groups' }) })]);
  });

  test('dashboards come from ConfigMaps labelled grafana_dashboard; Thanos is a data source', () => {
    const sidecar = grafana.spec.template.spec.containers.find((c: any) => c.name === 'grafana-sc-dashboard');
    expect(sidecar.env).toEqual(expect.arrayContaining([{ name: 'LABEL', value: 'grafana_dashboard' }]));
    const datasources = YAML.parse(findObject(rendered, 'ConfigMap', 'kube-prometheus-stack-grafana-datasource', NS).data['datasource.yaml']);
    // The URL names the port the query Service really serves HTTP on.
    const http = findObject(rendered, 'Service', 'thanos-query', NS).spec.ports.find((p: any) => p.name === 'http').port;
    expect(datasources.datasources).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Thanos', type: 'prometheus', url: `http://thanos-query.monitoring.svc:${http}` })]));
  });

  test('routes: grafana.<domain> public (Grafana does OAuth), prometheus.<domain> behind SSO with client prometheus', () => {
    const grafanaRoute = findObject(rendered, 'Ingress', 'grafana', NS);
    expect(grafanaRoute.metadata.annotations['konghq.com/plugins']).toBeUndefined();
    expect(grafanaRoute.spec.rules[0]).toMatchObject({ host: `grafana.${DOMAIN}`, http: { paths: [{ backend: { service: { name: 'kube-prometheus-stack-grafana', port: { number: 80 } } } }] } });
    const prometheusRoute = findObject(rendered, 'Ingress', 'prometheus', NS);
    expect(prometheusRoute.metadata.annotations['konghq.com/plugins']).toBe('prometheus-oidc');
    expect(findObject(rendered, 'KongPlugin', 'prometheus-oidc', NS).config.client_id).toBe('prometheus');
  });

  test('an access key from a secret store: read from the named store and key', () => {
    const config = baseConfig();
    config.monitoring.thanos.objectStore.credentials = { store: 'platform-vault', key: 'thanos/s3' };
    const store = findObject(renderUnit(config), 'ExternalSecret', 'thanos-objstore-config', NS);
    expect(store.spec.secretStoreRef).toEqual({ kind: 'ClusterSecretStore', name: 'platform-vault' });
    expect(store.spec.data[0].remoteRef).toEqual({ key: 'thanos/s3', property: 'ACCESS_KEY_ID' });
  });

  test.each([
    [(c: any) => (c.monitoring.prometheus = { retention: 'six hours' }), 'monitoring.prometheus.retention: must be a Prometheus duration such as 30s, 2m, 6h or 15d'],
    [(c: any) => delete c.monitoring.thanos.objectStore, 'monitoring.thanos.objectStore'],
    [(c: any) => (c.monitoring.thanos.retention = { raw: 'a month' }), 'monitoring.thanos.retention.raw: must be a Prometheus duration such as 30s, 2m, 6h or 15d'],
    [(c: any) => (c.monitoring.thanos.retention = { raw: '1d' }), 'monitoring.thanos.retention.raw: must be 0d (for ever) or at least 40h: the compactor downsamples these blocks after 40h, and does not start with a shorter retention'],
    [(c: any) => (c.monitoring.thanos.retention = { raw: '100ms' }), 'monitoring.thanos.retention.raw: must be 0d (for ever) or at least 40h'],
    [(c: any) => (c.monitoring.thanos.retention = { fiveMinutes: '1w' }), 'monitoring.thanos.retention.fiveMinutes: must be 0d (for ever) or at least 10d'],
    [(c: any) => (c.monitoring.prometheus = { memoryRequest: '17Gi' }), 'monitoring.prometheus.memoryRequest: must not be more than memoryLimit (Kubernetes refuses such a pod)'],
    [(c: any) => (c.monitoring.thanos.objectStore.credentials = { accessKey: 'AKIA' }), 'monitoring.thanos.objectStore.credentials: must be either {secret: <name of a Secret in monitoring>} or {store: <ClusterSecretStore>, key: <key in it>}'],
    [(c: any) => (c.monitoring.thanos.objectStore.credentials = { store: 'vault' }), 'monitoring.thanos.objectStore.credentials: must be either {secret'],
  ])('a bad monitoring setting is refused, naming the field (%#)', (mutate, message) => {
    expect(configErrorFor(mutate)).toContain(message);
  });

  // One reason each, the same for every way an endpoint can be wrong (a scheme is not a port).
  test.each(['https://s3.example.org', 's3.example.org/bucket', 's3.example.org:99999', 's3.example.org:0', 's3..example.org', '-s3.example.org', ''])(
    'an S3 endpoint %j is refused with one plain reason',
    (endpoint) => {
      expect(configErrorFor((c) => (c.monitoring.thanos.objectStore.endpoint = endpoint))).toBe(
        'env.yaml: monitoring.thanos.objectStore.endpoint: must be a host with an optional port (1 to 65535), without scheme or path, such as s3.eu-central-1.amazonaws.com or minio.example.org:9000',
      );
    },
  );

  test.each(['s3.eu-central-1.amazonaws.com', 'minio.example.org:9000', '10.0.0.5:9000'])('an S3 endpoint %j is accepted', (endpoint) => {
    const config: any = baseConfig();
    config.monitoring.thanos.objectStore.endpoint = endpoint;
    expect(() => parseConfig('env.yaml', config, CONFIG_SCHEMA)).not.toThrow();
  });
});

describe("the monitoring module's handle for other modules' metrics", () => {
  /** A module in rdm asking the monitoring module to scrape its Services. */
  const asking = (request: Partial<ServiceMonitorRequest>) =>
    class Asking extends PlatformModule {
      static readonly id = 'asking';
      constructor(platform: Platform) {
        super(platform, { namespace: 'rdm' });
        this.use(MonitoringModule).monitorServices(this, { name: 'api', matchLabels: { app: 'api' }, port: 'metrics', ...request });
      }
    };

  test('adds a ServiceMonitor Prometheus selects to the asking module', () => {
    const rendered = renderUnit(undefined, [...MODULES, asking({})]);
    const monitor = findObject(rendered, 'ServiceMonitor', 'api', 'rdm');
    expect(monitor.metadata.labels).toMatchObject({ release: 'kube-prometheus-stack' });
    expect(monitor.spec).toEqual({ selector: { matchLabels: { app: 'api' } }, namespaceSelector: { matchNames: ['rdm'] }, endpoints: [{ port: 'metrics', path: '/metrics' }] });
    expect(rendered.tree.has('dist/unit/asking/servicemonitor-api.yaml')).toBe(true);
  });

  test.each([
    [{ matchLabels: {} }, 'module "asking": ServiceMonitor api: name the labels of the Services to scrape'],
    [{ port: '' }, 'module "asking": ServiceMonitor api: name the Service port to scrape'],
  ])('a request that would scrape what nobody chose is refused (%#)', (request, message) => {
    expect(() => renderUnit(undefined, [...MODULES, asking(request)])).toThrow(message);
  });
});
