import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApiObject } from 'cdk8s';
import * as YAML from 'yaml';
import { loadEnvironmentFile } from '../src/config/load';
import { parseDocument, splitDocuments } from '../src/hydrate/parse-manifests';
import { MonitoringModule } from '../src/modules/monitoring/monitoring-module';
import { NamespacesModule } from '../src/modules/namespaces/namespaces-module';
import { MODULES } from '../src/modules/registry';
import { PlatformModule } from '../src/platform/module';
import type { Platform } from '../src/platform/platform';
import type { ChartPin } from '../src/platform/upstream-sources';
import { baseConfig, committedTree, CONFIG_SCHEMA, configErrorFor, objectsOfKind, renderUnit, ROOT } from './support';

/**
 * A configuration that leaves out logging: the test environment's, whose charts `npm run synth` has rendered, so
 * variants of it render from the cache.
 */
const withoutLogging = () => {
  const config = YAML.parse(fs.readFileSync(path.join(ROOT, 'environments', 'test.yaml'), 'utf8'));
  expect(config.modules.leaveOut).toEqual(['logging']);
  return config;
};

describe('module selection and chart versions per environment', () => {
  // The committed test tree is what environments/test.yaml renders (the synth suite holds that): read, not rendered again.
  const testEnvironment = loadEnvironmentFile(path.join(ROOT, 'environments', 'test.yaml'), CONFIG_SCHEMA);
  const testTree = committedTree('test');
  const files = testTree.map(({ file }) => file);
  const ofKind = (kind: string) => testTree.filter(({ object }) => object.kind === kind).map(({ object }) => object);

  test('the test environment renders without logging: no Application, no folder, no namespace, no Graylog client', () => {
    expect(testEnvironment.config.modules.leaveOut).toEqual(['logging']);
    expect(files.filter((file) => file.startsWith('dist/test/logging/') || file === 'dist/test/apps/logging.yaml')).toEqual([]);
    expect(ofKind('Namespace').map((ns) => ns.metadata.name)).not.toContain('logging');
    const realm = JSON.parse(ofKind('ConfigMap').find((cm) => cm.metadata.name === 'realm-worldcereal')?.data['worldcereal.json']);
    expect(realm.clients.map((c: any) => c.clientId)).not.toContain('graylog');
    const bootstrap = splitDocuments(fs.readFileSync(path.join(ROOT, 'argocd', 'test.yaml'), 'utf8')).map((d) => parseDocument(d, 'argocd/test.yaml') as Record<string, any>);
    const project = bootstrap.find((o) => o.kind === 'AppProject') as Record<string, any>;
    expect(project.spec.destinations.map((d: any) => d.namespace)).not.toContain('logging');
    expect(ofKind('Application').map((app) => app.metadata.name)).not.toContain('logging');
  });

  test('the test environment tries cert-manager v1.21.1 while prod stays on the default v1.20.3', () => {
    const controllerImage = (deployments: readonly Record<string, any>[]) =>
      deployments.find((d) => d.metadata.name === 'cert-manager' && d.metadata.namespace === 'cert-manager')?.spec.template.spec.containers[0].image;
    expect(testEnvironment.config.charts).toEqual({ 'cert-manager': 'v1.21.1' });
    expect(controllerImage(ofKind('Deployment'))).toBe('quay.io/jetstack/cert-manager-controller:v1.21.1');
    expect(controllerImage(objectsOfKind(renderUnit(), 'Deployment').map(({ object }) => object))).toBe('quay.io/jetstack/cert-manager-controller:v1.20.3');
  });

  test('a module left out leaves no namespace behind unless another module deploys there', () => {
    const namespaces = (rendered: ReturnType<typeof renderUnit>) => objectsOfKind(rendered, 'Namespace').map(({ object }) => object.metadata.name);
    expect(namespaces(renderUnit(withoutLogging()))).not.toContain('logging');
    class LogArchive extends PlatformModule {
      static readonly id = 'log-archive';
      constructor(platform: Platform) {
        super(platform, { namespace: 'logging' });
      }
    }
    expect(namespaces(renderUnit(withoutLogging(), [...MODULES, LogArchive]))).toContain('logging');
  });

  test('a declared dependency on a module left out is an error naming both', () => {
    class Reader extends PlatformModule {
      static readonly id = 'reader';
      constructor(platform: Platform) {
        super(platform, { namespace: 'monitoring', dependsOn: ['logging'] });
      }
    }
    expect(() => renderUnit(withoutLogging(), [...MODULES, Reader])).toThrow('module "reader" uses module "logging", which unit.yaml leaves out (modules.leaveOut)');
  });

  test("a left-out module's section may be omitted; an enabled module's required section may not", () => {
    const { wctiler: _section, ...config } = baseConfig();
    expect(() => renderUnit({ ...config, modules: { leaveOut: ['wctiler'] } })).not.toThrow();
    expect(configErrorFor((c) => delete c.wctiler)).toBe('env.yaml: wctiler: is required (the section of module "wctiler"; or leave the module out in modules.leaveOut)');
  });

  test.each<[string, (config: any) => void, string]>([
    [
      'a module that an enabled module uses',
      (c) => (c.modules = { leaveOut: ['postgres'] }),
      'module "keycloak" uses module "postgres", which unit.yaml leaves out (modules.leaveOut); render "postgres" too, or leave out "keycloak" as well',
    ],
    [
      'the module of every namespace',
      (c) => (c.modules = { leaveOut: ['namespaces'] }),
      'module "pv-recovery" uses module "namespaces", which unit.yaml leaves out (modules.leaveOut)',
    ],
    [
      'a version the module is not written for',
      (c) => (c.charts = { 'cert-manager': 'v1.22.0' }),
      'unit.yaml: charts.cert-manager: module "cert-manager" writes its values for cert-manager v1.20.3, v1.21.1, not v1.22.0; review them against v1.22.0 and add it to the chart\'s supportedVersions',
    ],
    [
      'a version for a chart no module installs',
      (c) => (c.charts = { 'cert-manger': 'v1.21.1' }),
      'unit.yaml: charts.cert-manger: no module of this environment installs chart "cert-manger" (did you mean "cert-manager"?) (charts: argo-cd, argo-workflows, cert-manager, cloudnative-pg, external-secrets, fluent-bit, graylog, ingress, kube-prometheus-stack, mongodb-kubernetes, thanos)',
    ],
    [
      'a version for the chart of a module left out',
      (c) => Object.assign(c, withoutLogging(), { charts: { graylog: '1.0.0' } }),
      'unit.yaml: charts.graylog: no module of this environment installs chart "graylog"',
    ],
    [
      'a pull secret for the namespace of a module left out',
      (c) => Object.assign(c, withoutLogging(), { registry: { ...c.registry, pullSecretNamespaces: ['kong', 'keycloak', 'logging', 'monitoring', 'vdm', 'rdm', 'wctiler'] } }),
      'unit.yaml: registry.pullSecretNamespaces[2]: "logging" is not a namespace of this environment\'s modules',
    ],
  ])('leaving out or pinning %s is a synth error naming it', (_name, mutate, message) => {
    const config = baseConfig();
    mutate(config);
    expect(() => renderUnit(config)).toThrow(message);
  });

  test('a custom resource whose CRD comes from a module left out is an error; otherwise its module syncs after the CRD', () => {
    class Scraped extends PlatformModule {
      static readonly id = 'scraped';
      constructor(platform: Platform) {
        super(platform, { namespace: 'vdm' });
        new ApiObject(this, 'monitor', { apiVersion: 'monitoring.coreos.com/v1', kind: 'ServiceMonitor', metadata: { name: 'be', namespace: 'vdm' }, spec: { selector: {}, endpoints: [] } });
      }
    }
    expect(renderUnit(baseConfig(), [...MODULES, Scraped]).dependencies.get('scraped')?.has('monitoring')).toBe(true);
    // Monitoring left out of a platform of only the namespaces: no chart to render, the error is the same.
    expect(() => renderUnit({ ...baseConfig(), modules: { leaveOut: ['monitoring'] } }, [NamespacesModule, MonitoringModule, Scraped])).toThrow(
      'module "scraped": ServiceMonitor be (monitoring.coreos.com/v1) is a custom resource whose CustomResourceDefinition no module of this environment renders; render the module that installs it',
    );
  });

  test('an unknown module name is an error naming the one it likely mistypes and listing the known ones', () => {
    expect(configErrorFor((c) => (c.modules = { leaveOut: ['loging'] }))).toBe(
      `env.yaml: modules.leaveOut[0]: unknown module "loging" (did you mean "logging"?) (modules: ${MODULES.map((m) => m.id).join(', ')})`,
    );
  });

  test('Argo CD itself cannot be left out, and the error says why', () => {
    expect(() => renderUnit({ ...baseConfig(), modules: { leaveOut: ['logging', 'argocd'] } })).toThrow(
      `unit.yaml: modules.leaveOut[1]: module "argocd" cannot be left out: it is the Argo CD that syncs the platform, and its argocd-cm holds the health checks every Application's sync wave waits on`,
    );
  });

  test('a chart version must be one exact version', () => {
    expect(configErrorFor((c) => (c.charts = { 'cert-manager': '1.21' }))).toMatch(/^env\.yaml: charts\.cert-manager: /);
    expect(configErrorFor((c) => (c.charts = { 'Cert Manager': 'v1.21.1' }))).toBe('env.yaml: charts.Cert Manager: is not a chart name (letters, digits, ".", "_", "-")');
  });

  test('a supported version with no archive is an error naming the environment, module, chart and version', () => {
    const pin: ChartPin = { name: 'fluent-bit', version: '0.58.1', supportedVersions: ['0.58.1', '0.59.0'] };
    class Shipper extends PlatformModule {
      static readonly id = 'shipper';
      constructor(platform: Platform) {
        super(platform, { namespace: 'monitoring' });
        this.addHelmChart({ chart: pin, values: {} });
      }
    }
    expect(() => renderUnit({ ...withoutLogging(), charts: { 'fluent-bit': '0.59.0' } }, [...MODULES, Shipper])).toThrow(
      'unit.yaml: charts.fluent-bit: module "shipper": chart fluent-bit 0.59.0 is not in charts/lock.yaml (locked versions: 0.58.1); vendor it with npm run vendor-chart -- fluent-bit 0.59.0',
    );
  });
});
