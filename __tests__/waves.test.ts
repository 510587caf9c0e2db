import { k8s } from 'cdk8s-plus-26';
import { PlatformError } from '../src/platform/errors';
import { PlatformModule } from '../src/platform/module';
import type { Platform } from '../src/platform/platform';
import { computeWaves } from '../src/platform/waves';
import { NamespacesModule } from '../src/modules/namespaces/namespaces-module';
import { fixtureModule, renderUnit } from './support';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges).map(([id, deps]) => [id, new Set(deps)]));

describe('dependency waves', () => {
  test('a module syncs one wave after its latest dependency', () => {
    const waves = computeWaves(graph({ ns: [], secrets: ['ns'], certs: ['ns'], db: ['secrets', 'certs'], sso: ['db', 'ns'], gw: ['ns'] }));
    expect(Object.fromEntries(waves)).toEqual({ ns: 0, secrets: 1, certs: 1, gw: 1, db: 2, sso: 3 });
  });

  test('a cycle names every module in it', () => {
    expect(() => computeWaves(graph({ a: ['b'], b: ['c'], c: ['a'], d: [] }))).toThrow(new PlatformError('dependency cycle: a -> b -> c -> a'));
  });

  test('an unknown dependency names both modules', () => {
    expect(() => computeWaves(graph({ keycloak: ['postgres'], namespaces: [] }))).toThrow(
      'module "keycloak" depends on "postgres", which is not a registered module (registered: keycloak, namespaces)',
    );
  });
});

// Modules wired only for these tests: handles, declared ids, and cycles through `use`.
const ProviderModule = fixtureModule('provider', 'sysdb', (module) => {
  new k8s.KubeConfigMap(module, 'settings', { metadata: { name: 'settings', namespace: 'sysdb' } });
});
const ConsumerModule = fixtureModule('consumer', 'keycloak', (module) => {
  module.use(ProviderModule);
  new k8s.KubeConfigMap(module, 'settings', { metadata: { name: 'settings', namespace: 'keycloak' } });
});
class DeclaredModule extends PlatformModule {
  static readonly id = 'declared';
  constructor(platform: Platform) {
    super(platform, { namespace: 'kong', dependsOn: ['consumer'] });
    new k8s.KubeConfigMap(this, 'settings', { metadata: { name: 'settings', namespace: 'kong' } });
  }
}
class LoopAModule extends PlatformModule {
  static readonly id = 'loop-a';
  constructor(platform: Platform) {
    super(platform);
    this.use(LoopBModule);
  }
}
class LoopBModule extends PlatformModule {
  static readonly id = 'loop-b';
  constructor(platform: Platform) {
    super(platform);
    this.use(LoopAModule);
  }
}
class TypoModule extends PlatformModule {
  static readonly id = 'typo';
  constructor(platform: Platform) {
    super(platform, { dependsOn: ['postgress'] });
  }
}
const StrayModule = fixtureModule('stray', 'rdm', (module) => {
  new k8s.KubeConfigMap(module, 'lost', { metadata: { name: 'lost', namespace: 'elsewhere' } });
});
const SystemModule = fixtureModule('system', 'kube-system', () => undefined);

describe('module wiring', () => {
  test('waves follow from the handles modules use and the namespaces they deploy to', () => {
    const { waves } = renderUnit(undefined, [NamespacesModule, DeclaredModule, ConsumerModule, ProviderModule]);
    expect(Object.fromEntries(waves)).toEqual({ namespaces: 0, provider: 1, consumer: 2, declared: 3 });
  });

  test('the wave is written on the child Application, computed, never by hand', () => {
    const rendered = renderUnit(undefined, [NamespacesModule, DeclaredModule, ConsumerModule, ProviderModule]);
    const wave = (id: string) => rendered.tree.get(`dist/unit/apps/${id}.yaml`)?.[0].metadata.annotations['argocd.argoproj.io/sync-wave'];
    expect(['namespaces', 'provider', 'consumer', 'declared'].map(wave)).toEqual(['0', '1', '2', '3']);
  });

  test('using a module that is not registered is an error naming both', () => {
    expect(() => renderUnit(undefined, [NamespacesModule, ConsumerModule])).toThrow(
      'module "consumer" uses module "provider", which is not registered in src/modules/registry.ts',
    );
  });

  test('a cycle through handles is an error naming the modules', () => {
    expect(() => renderUnit(undefined, [NamespacesModule, LoopAModule, LoopBModule])).toThrow('dependency cycle: loop-a -> loop-b -> loop-a');
  });

  test('a declared dependency on an unknown id is an error', () => {
    expect(() => renderUnit(undefined, [NamespacesModule, TypoModule])).toThrow('module "typo" depends on "postgress", which is not a registered module');
  });

  test('deploying to a namespace no module creates is an error', () => {
    expect(() => renderUnit(undefined, [NamespacesModule, StrayModule])).toThrow('module "stray": namespace "elsewhere" is not created by any module (known namespaces: rdm)');
  });

  test('a module deploying to a namespace of its own gets it created, but never one of Kubernetes', () => {
    expect(() => renderUnit(undefined, [NamespacesModule, SystemModule])).toThrow('module "system": namespace "kube-system" belongs to Kubernetes; deploy into a namespace of the platform\'s own');
  });

  /** A module of an id and namespace, with nothing in it. */
  const named = (id: string, namespace: string, extra?: string) =>
    class Named extends PlatformModule {
      static readonly id = id;
      constructor(platform: Platform) {
        super(platform, { namespace });
        if (extra) this.addNamespace(extra);
      }
    };

  test.each([
    ['an id that is no DNS label', named('Reports', 'rdm'), 'module class Named: id "Reports" must be a DNS label of at most 63 characters (it names an Application and a folder)'],
    ['an id too long for a label value', named('r'.repeat(64), 'rdm'), `module class Named: id "${'r'.repeat(64)}" must be a DNS label of at most 63 characters (it names an Application and a folder)`],
    ['the id of the Applications folder', named('apps', 'rdm'), 'module class Named: id "apps" is taken by the environment\'s folder of Applications (dist/<environment>/apps); choose another'],
    ['the id of the bootstrap', named('bootstrap', 'rdm'), 'module class Named: id "bootstrap" is taken by the environment\'s bootstrap (argocd/<environment>.yaml); choose another'],
    ['a namespace that is no DNS label', named('reports', 'Reports_NS'), 'module "reports": namespace "Reports_NS" must be a DNS label of at most 63 characters'],
    ['an added namespace that is no DNS label', named('reports', 'rdm', 'n'.repeat(64)), `module "reports": namespace "${'n'.repeat(64)}" must be a DNS label of at most 63 characters`],
  ])('%s is an error naming the module', (_name, moduleClass, message) => {
    expect(() => renderUnit(undefined, [NamespacesModule, moduleClass])).toThrow(message);
  });

  test('registering the same id twice is an error', () => {
    expect(() => renderUnit(undefined, [NamespacesModule, ProviderModule, ProviderModule])).toThrow('module id "provider" is registered twice (ProviderModule and ProviderModule)');
  });
});
