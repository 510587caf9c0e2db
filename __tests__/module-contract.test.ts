import * as fs from 'node:fs';
import * as path from 'node:path';
import { k8s } from 'cdk8s-plus-26';
import { z } from 'zod';
import { replicas } from '../src/config/primitives';
import { configReference } from '../src/config/reference';
import { configSchemaFor } from '../src/config/schema';
import { PlatformModule } from '../src/platform/module';
import { moduleSettings } from '../src/platform/module-settings';
import { modulesTable } from '../src/platform/modules-table';
import type { Platform } from '../src/platform/platform';
import { readmeWithModulesTable } from '../src/platform/readme';
import { renderEnvironment } from '../src/platform/render';
import { loadEnvironmentFile } from '../src/config/load';
import { MODULES } from '../src/modules/registry';
import { NamespacesModule } from '../src/modules/namespaces/namespaces-module';
import { baseConfig, CONFIG_SCHEMA, HYDRATOR, objectAt, renderUnit, ROOT } from './support';

/** A module as a newcomer writes it: a folder's worth of facts, its own settings and namespace, one registry line. */
const STATUS_SETTINGS = moduleSettings(
  'statusPage',
  z.strictObject({ replicas: replicas('Status page replicas.', 2) }).prefault({}).describe('The status page.'),
);

class StatusPageModule extends PlatformModule {
  static readonly id: string = 'status-page';
  static readonly summary = 'a static status page';
  static readonly settings = STATUS_SETTINGS;

  constructor(platform: Platform) {
    super(platform, { namespace: 'status' });
    const labels = { app: 'status-page' };
    new k8s.KubeDeployment(this, 'deployment', {
      metadata: { name: 'status-page', namespace: 'status' },
      spec: {
        replicas: this.settingsOf(STATUS_SETTINGS).replicas,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: {
            ...this.placement.values(),
            securityContext: { runAsNonRoot: true, runAsUser: 101, seccompProfile: { type: 'RuntimeDefault' } },
            containers: [{ name: 'nginx', image: 'registry.example.org/status-page:1.0.0', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }],
          },
        },
      },
    });
  }
}

describe('the module contract', () => {
  const registry = [...MODULES, StatusPageModule];

  test('a module registered in one line brings its settings, namespace, Application, wave and project rights', () => {
    const rendered = renderUnit({ ...baseConfig(), statusPage: { replicas: 3 } }, registry);
    expect(objectAt(rendered, 'dist/unit/status-page/deployment-status-page.yaml').spec.replicas).toBe(3);
    expect(objectAt(rendered, 'dist/unit/namespaces/namespace-status.yaml').metadata.name).toBe('status');
    const app = objectAt(rendered, 'dist/unit/apps/status-page.yaml');
    expect(app.spec.destination.namespace).toBe('status');
    expect(rendered.waves.get('status-page')).toBeGreaterThan(rendered.waves.get('namespaces') as number);
    const [project] = rendered.tree.get('argocd/unit.yaml') ?? [];
    expect(project.spec.destinations.map((d: any) => d.namespace)).toContain('status');
    expect(configReference(configSchemaFor(registry))).toContain('| `statusPage.replicas` | integer 1..15 | no | `2` | Status page replicas. |');
  });

  test('its settings are checked like every other field, and unknown without it', () => {
    expect(() => renderUnit({ ...baseConfig(), statusPage: { replicas: 0 } }, registry)).toThrow('unit.yaml: statusPage.replicas: must be at least 1');
    expect(() => renderUnit({ ...baseConfig(), statusPage: {} })).toThrow('unit.yaml: (root): unknown field "statusPage"');
  });

  test('two modules cannot claim one settings field', () => {
    class Clash extends StatusPageModule {
      static override readonly id = 'clash';
    }
    expect(() => configSchemaFor([...registry, Clash])).toThrow('module "clash": settings field "statusPage" is already the section of module "status-page"');
    expect(() => configSchemaFor([...MODULES, { id: 'x', settings: moduleSettings('domain', z.string()) }])).toThrow('module "x": settings field "domain" is already a shared field');
  });

  test('an object too large for client-side apply needs a module that applies server-side', () => {
    const big = (serverSideApply: boolean) =>
      class BigModule extends PlatformModule {
        static readonly id = 'big';
        constructor(platform: Platform) {
          super(platform, { namespace: 'rdm', sync: { serverSideApply } });
          new k8s.KubeConfigMap(this, 'big', { metadata: { name: 'big', namespace: 'rdm' }, data: { blob: 'x '.repeat(140000) } });
        }
      };
    expect(() => renderUnit(baseConfig(), [NamespacesModule, big(false)])).toThrow(
      'dist/unit/big/configmap-big.yaml: ConfigMap big: 280156 bytes, more than the 262144 a client-side apply can record; module "big" must apply server-side (sync: { serverSideApply: true })',
    );
    expect(() => renderUnit(baseConfig(), [NamespacesModule, big(true)])).not.toThrow();
  });

  test('every registered module says what it deploys', () => {
    expect(MODULES.filter((module) => !module.summary).map((module) => module.id)).toEqual([]);
  });

  test('the README names every hook in the rendered tree and when it runs', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const hooks = readme.slice(readme.indexOf('### Hooks'), readme.indexOf('###', readme.indexOf('### Hooks') + 1));
    const prod = renderEnvironment(loadEnvironmentFile(path.join(ROOT, 'environments', 'prod.yaml'), CONFIG_SCHEMA), MODULES, HYDRATOR);
    const hooked = [...prod.tree.values()].flat().filter((object) => object.metadata?.annotations?.['helm.sh/hook'] || object.metadata?.annotations?.['argocd.argoproj.io/hook']);
    expect(hooked.length).toBeGreaterThan(0);
    for (const object of hooked) {
      expect(`${object.metadata.name}: ${hooks.includes(object.metadata.name.replace(/-(job|role|rolebinding)$/, ''))}`).toBe(`${object.metadata.name}: true`);
      expect(hooks).toContain(object.metadata.annotations['helm.sh/hook'] ?? object.metadata.annotations['argocd.argoproj.io/hook']);
    }
  });

  test('the README modules table is the one the modules give', () => {
    const prod = renderEnvironment(loadEnvironmentFile(path.join(ROOT, 'environments', 'prod.yaml'), CONFIG_SCHEMA), MODULES, HYDRATOR);
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readmeWithModulesTable(readme, modulesTable(MODULES, prod))).toBe(readme);
  });
});
