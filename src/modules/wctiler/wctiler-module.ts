import { ApiObject, Duration, JsonPatch, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-26';
import { completeRestrictedPods, UNPRIVILEGED_LOW_PORTS } from '../../lib/restricted-pod';
import { TemplatedSecret } from '../../lib/templated-secret';
import { SsoRoute } from '../../lib/sso-route';
import { addDisruptionBudget } from '../../platform/disruption-budget';
import { PlatformModule } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import { ExternalSecretsModule } from '../external-secrets/external-secrets-module';
import { mapfile, POSTGIS_CONNECTION_TEMPLATE } from './mapfile';
import { mapproxyApp, mapproxyConfig } from './mapproxy-config';
import { nginxConfig } from './nginx-config';
import { POSTGIS_KEYS, WCTILER_SETTINGS } from './settings';
import { uwsgiConfig } from './uwsgi-config';
import { WORLDCEREAL_STATUS } from './worldcereal-layer';

const NAMESPACE = 'wctiler';
const NGINX_PORT = 80;
const UWSGI_PORT = 8080;
const STATS_PORT = 1717;
const MAPSERVER_PORT = 80;
/** The port of the mapproxy Service (the original's), in front of the nginx sidecar. */
const SERVICE_PORT = 8080;
const MAPPROXY_DIR = '/etc/mapproxy';
const MAPSERVER_DIR = '/etc/mapserver';
const CONNECTION_DIR = '/etc/mapserver/postgis';
const CONNECTION_FILE = 'connection.inc';
const MAPFILE = 'worldcereal.map';
/** The users the programs run as: nginx's own in its image, and the ordinary user the in-house images provide. */
const NGINX_USER = 101;
const MAPPROXY_USER = 1000;
const MAPSERVER_USER = 1000;

/**
 * WCTiler, written with cdk8s-plus (the model for typed workloads here): MapProxy under uWSGI with an nginx sidecar,
 * serving the processing status of each tile over WMS and TMS, cached from MapServer, which reads it from PostGIS.
 * Every configuration file is generated from typed settings (and checked by the real programs in the tests); the
 * PostGIS connection reaches MapServer as an include file built in the cluster from a Secret an operator provides.
 * The route wctiler.<domain> is behind single sign-on.
 */
export class WctilerModule extends PlatformModule {
  static readonly id = 'wctiler';
  static readonly summary = 'WCTiler: MapProxy (uWSGI + nginx) and MapServer on PostGIS, typed cdk8s-plus workloads; route `wctiler.<domain>`';
  static readonly settings = WCTILER_SETTINGS;

  constructor(platform: Platform) {
    super(platform, { namespace: NAMESPACE });
    const settings = this.settingsOf(WCTILER_SETTINGS);
    const host = `wctiler.${this.config.domain}`;
    const pullSecrets = this.use(ExternalSecretsModule).imagePullSecrets(NAMESPACE);
    const pullSecret = pullSecrets.length > 0 ? kplus.Secret.fromSecretName(this, 'pull-secret', pullSecrets[0]) : undefined;
    const image = ({ repository, tag, digest }: { repository: string; tag: string; digest?: string }) => `${repository}:${tag}${digest ? `@${digest}` : ''}`;
    /** On the system nodes; with several replicas, one a node (required) and a budget letting one go at a time. */
    const place = (workload: kplus.Deployment, replicas: number) => {
      workload.scheduling.attract(kplus.Node.labeled(kplus.NodeLabelQuery.is(this.config.nodeGroup.labelKey, this.config.nodeGroup.labelValue)));
      if (replicas > 1) workload.scheduling.spread({ topology: kplus.Topology.HOSTNAME });
      addDisruptionBudget(this, `${workload.name}-budget`, { name: workload.name, namespace: NAMESPACE, matchLabels: workload.matchLabels, replicas });
    };

    // MapServer: the mapfile from a ConfigMap, the connection include from the Secret built in the cluster.
    const connection = new TemplatedSecret(this, 'postgis-connection', {
      namespace: NAMESPACE,
      name: 'mapserver-postgis',
      source: settings.postgis,
      sourceKeys: POSTGIS_KEYS,
      template: { [CONNECTION_FILE]: POSTGIS_CONNECTION_TEMPLATE },
    });
    const mapserverFiles = new kplus.ConfigMap(this, 'mapserver-files', {
      metadata: { name: 'mapserver', namespace: NAMESPACE },
      data: { [MAPFILE]: mapfile({ layer: WORLDCEREAL_STATUS, connectionInclude: `${CONNECTION_DIR}/${CONNECTION_FILE}` }) },
    });
    const mapserver = new kplus.Deployment(this, 'mapserver', {
      metadata: { name: 'mapserver', namespace: NAMESPACE },
      replicas: settings.mapserverReplicas,
      dockerRegistryAuth: pullSecret,
      // The image's web server writes where it runs; it runs as an ordinary user, and binds port 80 as one.
      securityContext: { ensureNonRoot: true, user: MAPSERVER_USER, group: MAPSERVER_USER, sysctls: [UNPRIVILEGED_LOW_PORTS] },
      containers: [
        {
          name: 'mapserver',
          image: image(settings.images.mapserver),
          ports: [{ number: MAPSERVER_PORT, name: 'http' }],
          envVariables: {
            MS_MAPFILE: kplus.EnvValue.fromValue(`${MAPSERVER_DIR}/${MAPFILE}`),
            // Slow PostGIS queries over large extents must not be cut at MapServer's default.
            IO_TIMEOUT: kplus.EnvValue.fromValue('60000'),
          },
          securityContext: { ensureNonRoot: true, user: MAPSERVER_USER, group: MAPSERVER_USER, readOnlyRootFilesystem: false, allowPrivilegeEscalation: false },
          resources: { cpu: { request: kplus.Cpu.millis(100) }, memory: { request: Size.mebibytes(256), limit: Size.mebibytes(1024) } },
          // A connection, not a map request: that would query PostGIS, and a slow database must not restart MapServer.
          readiness: kplus.Probe.fromTcpSocket({ port: MAPSERVER_PORT }),
          liveness: kplus.Probe.fromTcpSocket({ port: MAPSERVER_PORT, initialDelaySeconds: Duration.seconds(10), failureThreshold: 6 }),
          volumeMounts: [
            { path: `${MAPSERVER_DIR}/${MAPFILE}`, subPath: MAPFILE, volume: kplus.Volume.fromConfigMap(this, 'mapfile-volume', mapserverFiles) },
            { path: CONNECTION_DIR, volume: kplus.Volume.fromSecret(this, 'connection-volume', kplus.Secret.fromSecretName(this, 'connection', connection.name)) },
          ],
        },
      ],
    });
    place(mapserver, settings.mapserverReplicas);
    completeRestrictedPods(mapserver);
    const mapserverService = mapserver.exposeViaService({ name: 'mapserver', ports: [{ port: MAPSERVER_PORT, targetPort: MAPSERVER_PORT, name: 'http' }] });

    // MapProxy under uWSGI, nginx beside it.
    const mapproxyFiles = new kplus.ConfigMap(this, 'mapproxy-files', {
      metadata: { name: 'mapproxy', namespace: NAMESPACE },
      data: {
        'mapproxy.yaml': mapproxyConfig({ layer: WORLDCEREAL_STATUS, wmsUrl: `http://${mapserverService.name}.${NAMESPACE}.svc.cluster.local/`, cacheDir: '/var/cache/mapproxy' }),
        'app.py': mapproxyApp(`${MAPPROXY_DIR}/mapproxy.yaml`),
        'uwsgi.ini': uwsgiConfig({ app: `${MAPPROXY_DIR}/app.py`, port: UWSGI_PORT, statsPort: STATS_PORT, processes: 8 }),
        'nginx.conf': nginxConfig({ port: NGINX_PORT, uwsgiPort: UWSGI_PORT, statsPort: STATS_PORT, scratch: '/tmp/nginx' }),
      },
    });
    const files = kplus.Volume.fromConfigMap(this, 'mapproxy-volume', mapproxyFiles);
    const mapproxy = new kplus.Deployment(this, 'mapproxy', {
      metadata: { name: 'mapproxy', namespace: NAMESPACE },
      replicas: settings.mapproxyReplicas,
      // Replaced, not rolled: two generations must not write the same tile cache.
      strategy: kplus.DeploymentStrategy.recreate(),
      dockerRegistryAuth: pullSecret,
      securityContext: { ensureNonRoot: true, user: MAPPROXY_USER, group: MAPPROXY_USER, fsGroup: MAPPROXY_USER, sysctls: [UNPRIVILEGED_LOW_PORTS] },
      containers: [
        {
          name: 'mapproxy',
          image: image(settings.images.mapproxy),
          command: ['uwsgi', '--ini', `${MAPPROXY_DIR}/uwsgi.ini`],
          ports: [
            { number: UWSGI_PORT, name: 'uwsgi' },
            { number: STATS_PORT, name: 'stats' },
          ],
          securityContext: { ensureNonRoot: true, user: MAPPROXY_USER, group: MAPPROXY_USER, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false },
          resources: { cpu: { request: kplus.Cpu.millis(250) }, memory: { request: Size.mebibytes(512), limit: Size.mebibytes(2048) } },
          readiness: kplus.Probe.fromTcpSocket({ port: UWSGI_PORT }),
          liveness: kplus.Probe.fromTcpSocket({ port: UWSGI_PORT, initialDelaySeconds: Duration.seconds(10), failureThreshold: 6 }),
          volumeMounts: [
            { path: MAPPROXY_DIR, volume: files },
            { path: '/var/cache/mapproxy', volume: kplus.Volume.fromEmptyDir(this, 'tile-cache', 'tile-cache') },
          ],
        },
        {
          name: 'nginx',
          image: image(settings.images.nginx),
          command: ['nginx', '-g', 'daemon off;', '-c', `${MAPPROXY_DIR}/nginx.conf`],
          ports: [{ number: NGINX_PORT, name: 'nginx' }],
          // nginx's own user binds port 80; the file system stays read-only, with a scratch folder for pid and buffers.
          securityContext: { ensureNonRoot: true, user: NGINX_USER, group: NGINX_USER, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false },
          resources: { cpu: { request: kplus.Cpu.millis(50) }, memory: { request: Size.mebibytes(64), limit: Size.mebibytes(256) } },
          // nginx's status page: answered by nginx alone, whatever MapProxy is doing.
          readiness: kplus.Probe.fromHttpGet('/', { port: NGINX_PORT }),
          liveness: kplus.Probe.fromHttpGet('/', { port: NGINX_PORT, initialDelaySeconds: Duration.seconds(10), failureThreshold: 6 }),
          volumeMounts: [
            { path: MAPPROXY_DIR, volume: files },
            { path: '/tmp/nginx', volume: kplus.Volume.fromEmptyDir(this, 'nginx-scratch', 'nginx-scratch') },
          ],
        },
      ],
    });
    place(mapproxy, settings.mapproxyReplicas);
    completeRestrictedPods(mapproxy);
    const service = mapproxy.exposeViaService({ name: 'mapproxy', ports: [{ port: SERVICE_PORT, targetPort: NGINX_PORT, name: 'http' }] });
    this.allowIngress({
      name: 'mapserver',
      to: { namespace: NAMESPACE, pods: mapserver.matchLabels, ports: [MAPSERVER_PORT] },
      from: [{ namespace: NAMESPACE, pods: mapproxy.matchLabels }],
      reason: 'MapProxy renders its tiles from the MapServer WMS',
    });
    // Named, as the original: the Service follows the container port called nginx whatever its number. (cdk8s-plus
    // takes a number only; the patch applies before the typed conversion, hence the IntOrString.)
    ApiObject.of(service).addJsonPatch(JsonPatch.replace('/spec/ports/0/targetPort', kplus.k8s.IntOrString.fromString('nginx')));

    new SsoRoute(this, 'route', {
      namespace: NAMESPACE,
      name: 'wctiler',
      access: 'ui',
      rules: [{ host, paths: [{ path: '/', service: service.name, port: SERVICE_PORT }] }],
      client: { clientId: 'wctiler', rootUrl: `https://${host}/`, roles: [{ name: 'wctiler_role', groups: [] }] },
    });
  }
}

