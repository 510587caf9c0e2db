import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { APPLICATION_HEALTH_KEY } from '../src/modules/argocd/application-health';
import { MODULES } from '../src/modules/registry';
import { PlatformModule } from '../src/platform/module';
import type { Platform } from '../src/platform/platform';
import { baseConfig, committedTree, findObject, objectAt, objectsOfKind, renderUnit, ROOT } from './support';

const pinned = { 'system-tag': 'world-cereal-system' };

describe('argocd module', () => {
  const rendered = renderUnit();
  const app = objectAt(rendered, 'dist/unit/apps/argocd.yaml');

  test('delivers the argo-cd chart rendered as release "argocd" into its own folder, adopting the bootstrap install', () => {
    expect(app.spec.source).toEqual({ repoURL: baseConfig().gitops.repoURL, targetRevision: 'main', path: 'dist/unit/argocd' });
    expect(app.spec.destination).toEqual({ server: 'https://kubernetes.default.svc', namespace: 'argocd' });
    const server = findObject(rendered, 'Deployment', 'argocd-server', 'argocd');
    expect(server.metadata.labels).toMatchObject({ 'app.kubernetes.io/instance': 'argocd', 'helm.sh/chart': 'argo-cd-10.1.1' });
    expect(server.spec.template.spec.containers[0].image).toBe('quay.io/argoproj/argocd:v3.4.4');
  });

  test('is highly available by default: replicas spread over system nodes, budgets, redis-ha', () => {
    for (const name of ['argocd-server', 'argocd-repo-server', 'argocd-applicationset-controller']) {
      const deployment = findObject(rendered, 'Deployment', name, 'argocd');
      expect(deployment.spec.replicas).toBe(2);
      expect(deployment.spec.template.spec.nodeSelector).toMatchObject(pinned);
      expect(deployment.spec.template.spec.topologySpreadConstraints).toEqual([
        { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: { 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': 'argocd' } } },
      ]);
      expect(findObject(rendered, 'PodDisruptionBudget', name, 'argocd').spec).toMatchObject({ minAvailable: 1 });
    }
    const redis = findObject(rendered, 'StatefulSet', 'argocd-redis-ha-server', 'argocd');
    expect(redis.spec.replicas).toBe(3);
    expect(redis.spec.template.spec.nodeSelector).toMatchObject(pinned);
    expect(findObject(rendered, 'PodDisruptionBudget', 'argocd-redis-ha-pdb', 'argocd').spec.maxUnavailable).toBe(1);
    expect(findObject(rendered, 'PodDisruptionBudget', 'argocd-redis-ha-haproxy-pdb', 'argocd').spec.maxUnavailable).toBe(1);
  });

  test('runs no Dex and no notifications controller', () => {
    const names = objectsOfKind(rendered, 'Deployment', 'argocd').map(({ object }) => object.metadata.name);
    expect(names.filter((name) => /dex|notifications/.test(name))).toEqual([]);
  });

  test('assesses child Application health so waves wait for it', () => {
    const lua: string = findObject(rendered, 'ConfigMap', 'argocd-cm', 'argocd').data[APPLICATION_HEALTH_KEY];
    expect(APPLICATION_HEALTH_KEY).toBe('resource.customizations.health.argoproj.io_Application');
    expect(lua).toContain('hs.status = "Progressing"');
    expect(lua).toContain('hs.status = obj.status.health.status');
    expect(lua.trim().endsWith('return hs')).toBe(true);
  });

  test('applies server-side: the ApplicationSet CRD exceeds the client-side annotation limit', () => {
    expect(app.spec.syncPolicy.syncOptions).toContain('ServerSideApply=true');
    expect(findObject(rendered, 'CustomResourceDefinition', 'applicationsets.argoproj.io')).toBeDefined();
  });

  test('a small cluster can run it without HA, and without budgets that would block drains', () => {
    const small = renderUnit({ ...baseConfig(), argocd: { ha: false, serverReplicas: 1, repoServerReplicas: 1, applicationSetReplicas: 1 } });
    expect(objectsOfKind(small, 'StatefulSet', 'argocd').map(({ object }) => object.metadata.name)).toEqual(['argocd-application-controller']);
    expect(findObject(small, 'Deployment', 'argocd-server', 'argocd').spec.replicas).toBe(1);
    expect(objectsOfKind(small, 'PodDisruptionBudget', 'argocd')).toEqual([]);
  });

  test('snapshot', () => {
    expect(app).toMatchSnapshot();
  });
});

describe('readiness checks Argo CD understands', () => {
  /** Kinds whose health Argo CD v3.4.4 judges itself (resource_customizations/<group>/<Kind>/health.lua at v3.4.4). */
  const BUILT_IN = [
    'k8s.keycloak.org_Keycloak',
    'postgresql.cnpg.io_Cluster',
    'monitoring.coreos.com_Prometheus',
    'external-secrets.io_ExternalSecret',
    'external-secrets.io_ClusterSecretStore',
    'cert-manager.io_Certificate',
    'cert-manager.io_Issuer',
    'cert-manager.io_ClusterIssuer',
  ];
  /** Kinds with nothing to wait for: no status at all, or one nothing writes. */
  const NOTHING_TO_JUDGE: Record<string, string> = {
    'generators.external-secrets.io_Password': 'its CRD has no status',
    'generators.external-secrets.io_ClusterGenerator': 'its CRD has no status',
    'configuration.konghq.com_KongPlugin': 'the ingress controller 3.x no longer writes its Programmed condition',
    'configuration.konghq.com_KongClusterPlugin': 'the ingress controller 3.x no longer writes its Programmed condition',
    'monitoring.coreos.com_ServiceMonitor': 'configuration read by Prometheus; no status',
    'monitoring.coreos.com_PrometheusRule': 'configuration read by Prometheus; no status',
  };

  test.each(['prod', 'test'])('every custom resource kind of the %s tree is judged: built in, by a module check, or with nothing to judge', (environment) => {
    const cm = committedTree(environment).find(({ object }) => object.kind === 'ConfigMap' && object.metadata.name === 'argocd-cm')?.object.data;
    const declared = Object.keys(cm).filter((key) => key.startsWith('resource.customizations.health.')).map((key) => key.slice('resource.customizations.health.'.length));
    const kinds = new Set(
      committedTree(environment)
        .map(({ object }) => ({ group: String(object.apiVersion).split('/')[0], kind: object.kind, apiVersion: String(object.apiVersion) }))
        .filter(({ apiVersion, group }) => apiVersion.includes('/') && !group.endsWith('k8s.io') && !['apps', 'batch', 'policy', 'autoscaling'].includes(group))
        .map(({ group, kind }) => `${group}_${kind}`),
    );
    const unjudged = [...kinds].filter((kind) => !BUILT_IN.includes(kind) && !declared.includes(kind) && !(kind in NOTHING_TO_JUDGE)).sort();
    expect(unjudged).toEqual([]);
    // Each module's check reaches argocd-cm as written.
    expect(cm['resource.customizations.health.postgresql.cnpg.io_Pooler']).toBe(fs.readFileSync(path.join(ROOT, 'src/modules/postgres/health/postgresql.cnpg.io_Pooler.lua'), 'utf8'));
    expect(declared).toEqual(expect.arrayContaining(['argoproj.io_Application', 'postgresql.cnpg.io_Database', 'monitoring.coreos.com_Alertmanager']));
    expect(declared.includes('mongodbcommunity.mongodb.com_MongoDBCommunity')).toBe(environment === 'prod');
  });
});

describe('health checks a module brings', () => {
  const bringing = (directory: string) =>
    class extends PlatformModule {
      static readonly id = 'bringing';
      constructor(platform: Platform) {
        super(platform, { namespace: 'vdm' });
        this.addHealthChecks(directory);
      }
    };

  test('a module folder without health checks, or with a misnamed one, is an error naming the module', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-health-'));
    try {
      expect(() => renderUnit(undefined, [...MODULES, bringing(dir)])).toThrow(`module "bringing": no health checks in ${path.join(dir, 'health')} (files <group>_<Kind>.lua)`);
      fs.mkdirSync(path.join(dir, 'health'));
      fs.writeFileSync(path.join(dir, 'health', 'pooler.lua'), 'return {}');
      expect(() => renderUnit(undefined, [...MODULES, bringing(dir)])).toThrow('module "bringing": health/pooler.lua must be named <group>_<Kind>.lua');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
