import * as YAML from 'yaml';
import { mapfile } from '../src/modules/wctiler/mapfile';
import { WORLDCEREAL_STATUS } from '../src/modules/wctiler/worldcereal-layer';
import { baseConfig, configErrorFor, DOMAIN, findObject, objectsOfKind, realmOf, renderUnit } from './support';

const NS = 'wctiler';

describe('wctiler module', () => {
  const rendered = renderUnit();
  const mapproxy = findObject(rendered, 'Deployment', 'mapproxy', NS);
  const mapserver = findObject(rendered, 'Deployment', 'mapserver', NS);
  const files = findObject(rendered, 'ConfigMap', 'mapproxy', NS).data;
  const container = (name: string) => mapproxy.spec.template.spec.containers.find((c: any) => c.name === name);

  test('mapproxy: uWSGI with 8 processes, 32 KiB buffers and stats on 1717; nginx on port 80 named nginx; replaced, not rolled', () => {
    expect(mapproxy.spec.strategy).toEqual({ type: 'Recreate' });
    expect(container('mapproxy').command).toEqual(['uwsgi', '--ini', '/etc/mapproxy/uwsgi.ini']);
    for (const line of ['processes = 8', 'socket = :8080', 'buffer-size = 32768', 'stats = :1717', 'wsgi-file = /etc/mapproxy/app.py']) {
      expect(files['uwsgi.ini'].split('\n')).toContain(line);
    }
    expect(container('nginx').ports).toEqual([{ containerPort: 80, name: 'nginx' }]);
    expect(container('nginx').image).toBe(`${baseConfig().wctiler.images.nginx.repository}:${baseConfig().wctiler.images.nginx.tag}`);
  });

  test('every container is probed where it listens: uWSGI and MapServer by connection, nginx by its status page', () => {
    const probes = (container: Record<string, any>) => [container.readinessProbe, container.livenessProbe].map((probe) => probe.tcpSocket ?? probe.httpGet);
    expect(probes(container('mapproxy'))).toEqual([{ port: 8080 }, { port: 8080 }]);
    expect(probes(container('nginx'))).toEqual([
      { path: '/', port: 80, scheme: 'HTTP' },
      { path: '/', port: 80, scheme: 'HTTP' },
    ]);
    expect(probes(mapserver.spec.template.spec.containers[0])).toEqual([{ port: 80 }, { port: 80 }]);
    // A restart only after a minute of silence: a busy worker answers late, not never.
    expect(mapserver.spec.template.spec.containers[0].livenessProbe).toMatchObject({ failureThreshold: 6, initialDelaySeconds: 10 });
  });

  test('Service mapproxy: port 8080 to the container port named nginx', () => {
    expect(findObject(rendered, 'Service', 'mapproxy', NS).spec.ports).toEqual([{ name: 'http', port: 8080, targetPort: 'nginx' }]);
  });

  test('nginx serves /map through uWSGI, /map/stats, and its status at / and /map/status', () => {
    const conf = files['nginx.conf'] as string;
    expect(conf).toMatch(/location \/map \{[^}]*uwsgi_pass 127\.0\.0\.1:8080;/);
    expect(conf).toMatch(/location \/map\/stats \{\s*proxy_pass http:\/\/127\.0\.0\.1:1717\/;/);
    expect(conf).toMatch(/location = \/ \{\s*stub_status;/);
    expect(conf).toMatch(/location = \/map\/status \{\s*stub_status;/);
  });

  test('MapProxy serves worldcereal_status over WMS and TMS in EPSG:3857 and EPSG:4326 from MapServer', () => {
    const config = YAML.parse(files['mapproxy.yaml']);
    expect(Object.keys(config.services).sort()).toEqual(['demo', 'tms', 'wms']);
    expect(config.services.wms.srs).toEqual(['EPSG:3857', 'EPSG:4326']);
    expect(config.layers).toEqual([expect.objectContaining({ name: 'worldcereal_status' })]);
    expect(config.caches.worldcereal_status_cache.grids).toEqual(['GLOBAL_WEBMERCATOR', 'GLOBAL_GEODETIC']);
    expect(config.sources.worldcereal_status_wms.req).toEqual({ url: 'http://mapserver.wctiler.svc.cluster.local/', layers: 'worldcereal_status', transparent: true });
  });

  test('MapServer: port 80, IO_TIMEOUT 60000, the five status classes with their colours, the connection only from the Secret', () => {
    const server = mapserver.spec.template.spec.containers[0];
    expect(server.ports).toEqual([{ containerPort: 80, name: 'http' }]);
    expect(server.env).toEqual(expect.arrayContaining([{ name: 'IO_TIMEOUT', value: '60000' }]));
    const map = findObject(rendered, 'ConfigMap', 'mapserver', NS).data['worldcereal.map'] as string;
    expect([...map.matchAll(/EXPRESSION "([^"]+)"\s+STYLE\s+COLOR "([^"]+)"/g)].map((m) => [m[1], m[2]])).toEqual([
      ['scheduled', '#4363d880'],
      ['processing', '#ffe11980'],
      ['done', '#3cb44b80'],
      ['error', '#e6194B80'],
      ['pre-processing-error', '#ff830080'],
    ]);
    expect(map).toContain('INCLUDE "/etc/mapserver/postgis/connection.inc"');
    expect(map).toContain('FROM (SELECT id, wp_id, status, epsg, geometry FROM tile)');
    expect(map).not.toMatch(/CONNECTION |password/i);
    const connection = findObject(rendered, 'ExternalSecret', 'mapserver-postgis', NS);
    expect(connection.spec.target.template.data['connection.inc']).toContain("password='{{ .password }}'");
    expect(connection.spec.data.map((d: any) => d.remoteRef.property)).toEqual(['host', 'port', 'dbname', 'user', 'password']);
    const mounted = mapserver.spec.template.spec.volumes.find((v: any) => v.secret);
    expect(mounted.secret.secretName).toBe('mapserver-postgis');
  });

  test('both workloads on the system nodes, pulling with the platform pull secret', () => {
    for (const deployment of [mapproxy, mapserver]) {
      const pod = deployment.spec.template.spec;
      expect(pod.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms).toEqual([
        { matchExpressions: [{ key: 'system-tag', operator: 'In', values: ['world-cereal-system'] }] },
      ]);
      expect(pod.imagePullSecrets).toEqual([{ name: 'aws-registry' }]);
    }
    expect(objectsOfKind(rendered, 'Secret', NS)).toEqual([]);
  });

  test('replicas by environment: several MapServers one a node (required) with a budget; one MapProxy without', () => {
    expect(mapserver.spec.replicas).toBe(2);
    const [term] = mapserver.spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution;
    expect(term).toMatchObject({ topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: mapserver.spec.selector.matchLabels } });
    expect(findObject(rendered, 'PodDisruptionBudget', 'mapserver', NS).spec).toEqual({ maxUnavailable: 1, selector: { matchLabels: mapserver.spec.selector.matchLabels } });
    expect(mapproxy.spec.replicas).toBe(1);
    expect(mapproxy.spec.template.spec.affinity.podAntiAffinity).toBeUndefined();
    expect(objectsOfKind(rendered, 'PodDisruptionBudget', NS).map(({ object }) => object.metadata.name)).toEqual(['mapserver']);
  });

  test('wctiler.<domain> behind SSO with client wctiler, to mapproxy:8080', () => {
    const route = findObject(rendered, 'Ingress', 'wctiler', NS);
    expect(route.metadata.annotations['konghq.com/plugins']).toBe('wctiler-oidc');
    expect(route.spec.rules[0]).toMatchObject({ host: `wctiler.${DOMAIN}`, http: { paths: [{ backend: { service: { name: 'mapproxy', port: { number: 8080 } } } }] } });
    const client = realmOf(rendered).clients.find((c: any) => c.clientId === 'wctiler');
    expect(client.rootUrl).toBe(`https://wctiler.${DOMAIN}/`);
  });

  test('a layer whose geometry, key or status is not among the fields it reads is refused', () => {
    expect(() => mapfile({ layer: { ...WORLDCEREAL_STATUS, fields: ['id', 'geometry'] }, connectionInclude: '/x' })).toThrow('layer worldcereal_status: status must be among the fields read from tile');
  });

  test.each([
    [(c: any) => (c.wctiler.images.nginx.tag = 'latest stable'), 'wctiler.images.nginx.tag'],
    [(c: any) => (c.wctiler.images.nginx.tag = 'latest'), 'wctiler.images.nginx.tag: must be the exact tag of a release'],
    [(c: any) => (c.wctiler.images.mapproxy.tag = '1.16'), 'wctiler.images.mapproxy.tag: must be the exact tag of a release'],
    [(c: any) => delete c.wctiler.postgis, 'wctiler.postgis'],
    [(c: any) => (c.wctiler.postgis = { secret: 'Bad_Name' }), 'wctiler.postgis'],
  ])('a bad wctiler setting is refused, naming the field (%#)', (mutate, message) => {
    expect(configErrorFor(mutate)).toContain(message);
  });
});
