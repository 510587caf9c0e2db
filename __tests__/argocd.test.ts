import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ApiObject } from 'cdk8s';
import { JUDGED_BY_ARGO_CD } from '../src/gitops/health-coverage';
import { APPLICATION_HEALTH_KEY } from '../src/modules/argocd/application-health';
import { PlatformModule } from '../src/platform/module';
import type { Platform } from '../src/platform/platform';
import { NamespacesModule } from '../src/modules/namespaces/namespaces-module';
import { baseConfig, committedTree, findObject, objectAt, objectsOfKind, renderTestEnvironment, renderUnit, ROOT, testEnvironmentConfig } from './support';

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

  test('a small cluster (the test environment) runs it without HA, and without budgets that would block drains', () => {
    expect(testEnvironmentConfig().argocd).toMatchObject({ ha: false, serverReplicas: 1, repoServerReplicas: 1, applicationSetReplicas: 1 });
    const small = renderTestEnvironment();
    expect(objectsOfKind(small, 'StatefulSet', 'argocd').map(({ object }) => object.metadata.name)).toEqual(['argocd-application-controller']);
    expect(objectsOfKind(small, 'Deployment', 'argocd').map(({ object }) => [object.metadata.name, object.spec.replicas])).toEqual(
      expect.arrayContaining([['argocd-server', 1], ['argocd-repo-server', 1], ['argocd-applicationset-controller', 1]]),
    );
    expect(objectsOfKind(small, 'PodDisruptionBudget', 'argocd')).toEqual([]);
  });

  test('snapshot', () => {
    expect(app).toMatchSnapshot();
  });
});

describe('readiness checks Argo CD understands', () => {
  const modules = renderUnit().modules;
  const declared = modules.flatMap((module) => module.readyWhenApplied.map(({ resource }) => resource));

  test('the kinds Argo CD judges itself are those of the version the argocd module installs', () => {
    const images = committedTree('prod')
      .filter(({ object }) => object.kind === 'Deployment' && object.metadata.namespace === 'argocd')
      .flatMap(({ object }) => object.spec.template.spec.containers.map((c: any) => c.image as string))
      .filter((image) => image.startsWith('quay.io/argoproj/argocd:'));
    expect(new Set(images)).toEqual(new Set(['quay.io/argoproj/argocd:v3.4.4']));
  });

  test('kinds ready once applied are declared by the module installing their CRD, with the reason', () => {
    expect(Object.fromEntries(modules.filter((m) => m.readyWhenApplied.length > 0).map((m) => [m.id, m.readyWhenApplied.map(({ resource }) => resource)]))).toEqual({
      'external-secrets': ['generators.external-secrets.io_Password', 'generators.external-secrets.io_ClusterGenerator'],
      kong: ['configuration.konghq.com_KongPlugin', 'configuration.konghq.com_KongClusterPlugin'],
      monitoring: ['monitoring.coreos.com_ServiceMonitor', 'monitoring.coreos.com_PrometheusRule'],
    });
  });

  test.each(['prod', 'test'])('every custom resource kind of the %s tree is judged: built in, by a module check, or ready once applied', (environment) => {
    const cm = committedTree(environment).find(({ object }) => object.kind === 'ConfigMap' && object.metadata.name === 'argocd-cm')?.object.data;
    const checked = Object.keys(cm).filter((key) => key.startsWith('resource.customizations.health.')).map((key) => key.slice('resource.customizations.health.'.length));
    const kinds = new Set(
      committedTree(environment)
        .map(({ object }) => ({ group: String(object.apiVersion).split('/')[0], kind: object.kind, apiVersion: String(object.apiVersion) }))
        .filter(({ apiVersion, group }) => apiVersion.includes('/') && !group.endsWith('k8s.io') && !['apps', 'batch', 'policy', 'autoscaling'].includes(group))
        .map(({ group, kind }) => `${group}_${kind}`),
    );
    const unjudged = [...kinds].filter((kind) => !JUDGED_BY_ARGO_CD.has(kind) && !checked.includes(kind) && !declared.includes(kind)).sort();
    expect(unjudged).toEqual([]);
    // Each module's check reaches argocd-cm as written.
    expect(cm['resource.customizations.health.postgresql.cnpg.io_Pooler']).toBe(fs.readFileSync(path.join(ROOT, 'src/modules/postgres/health/postgresql.cnpg.io_Pooler.lua'), 'utf8'));
    expect(checked).toEqual(expect.arrayContaining(['argoproj.io_Application', 'postgresql.cnpg.io_Database', 'monitoring.coreos.com_Alertmanager']));
    expect(checked.includes('mongodbcommunity.mongodb.com_MongoDBCommunity')).toBe(environment === 'prod');
  });

  describe('a module installing a CRD', () => {
    const crd = {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'reports.example.org' },
      spec: {
        group: 'example.org',
        names: { kind: 'Report', plural: 'reports', singular: 'report', listKind: 'ReportList' },
        scope: 'Namespaced',
        versions: [{ name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } } }],
      },
    };
    const installing = (ready?: [string, string]) =>
      class extends PlatformModule {
        static readonly id = 'reports';
        constructor(platform: Platform) {
          super(platform, { namespace: 'vdm' });
          new ApiObject(this, 'crd', crd);
          new ApiObject(this, 'weekly', { apiVersion: 'example.org/v1', kind: 'Report', metadata: { name: 'weekly', namespace: 'vdm' } });
          if (ready) this.declareReadyWhenApplied(...ready);
        }
      };

    test('and rendering its custom resources without a way to judge them is refused, naming the file, the kind and what to do', () => {
      expect(() => renderUnit(undefined, [NamespacesModule, installing()])).toThrow(
        'dist/unit/reports/report-weekly.yaml: Argo CD has no health check for example.org/Report (CRD dist/unit/reports/customresourcedefinition-reports.example.org.yaml), so it would count it healthy at once and the next wave would not wait for it; add health/example.org_Report.lua to the module installing the CRD, or declare it ready when applied (declareReadyWhenApplied) with the reason',
      );
    });

    test('may declare them ready once applied, with a reason and the argocd-cm name of the kind', () => {
      expect(() => renderUnit(undefined, [NamespacesModule, installing(['example.org_Report', 'a report is a request; its Job is what runs'])])).not.toThrow();
      expect(() => renderUnit(undefined, [NamespacesModule, installing(['example.org/Report', 'a reason'])])).toThrow('module "reports": example.org/Report must be written <group>_<Kind>');
      expect(() => renderUnit(undefined, [NamespacesModule, installing(['example.org_Report', ' '])])).toThrow('module "reports": example.org_Report: say why it is ready once applied');
      expect(() => renderUnit(undefined, [NamespacesModule, installing(['example.org_Reprot', 'a typo'])])).toThrow(
        'module "reports": declares example.org/Reprot ready when applied, but no CRD of the environment defines it (a stale declaration?)',
      );
    });
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
      expect(() => renderUnit(undefined, [NamespacesModule, bringing(dir)])).toThrow(`module "bringing": no health checks in ${path.join(dir, 'health')} (files <group>_<Kind>.lua)`);
      fs.mkdirSync(path.join(dir, 'health'));
      fs.writeFileSync(path.join(dir, 'health', 'pooler.lua'), 'return {}');
      expect(() => renderUnit(undefined, [NamespacesModule, bringing(dir)])).toThrow('module "bringing": health/pooler.lua must be named <group>_<Kind>.lua');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
