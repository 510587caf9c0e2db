import { ApiObject } from 'cdk8s';
import { k8s } from 'cdk8s-plus-26';
import { PlatformModule } from '../src/platform/module';
import type { Platform } from '../src/platform/platform';
import { NamespacesModule } from '../src/modules/namespaces/namespaces-module';
import { renderUnit } from './support';

/** A module deploying to `namespace` whose constructor adds what `build` makes. */
const moduleOf = (id: string, namespace: string, build: (module: PlatformModule) => void) =>
  class Fixture extends PlatformModule {
    static readonly id = id;
    constructor(platform: Platform) {
      super(platform, { namespace });
      build(this);
    }
  };
const configMap = (namespace?: string) => (module: PlatformModule) => new k8s.KubeConfigMap(module, 'settings', { metadata: { name: 'settings', namespace }, data: { mode: 'on' } });
const clusterRole = (module: PlatformModule) => new k8s.KubeClusterRole(module, 'reader', { metadata: { name: 'reader' } });

describe('object ownership', () => {
  test('one object in the folders of two modules is an error naming both modules and files', () => {
    expect(() => renderUnit(undefined, [NamespacesModule, moduleOf('one', 'rdm', configMap('rdm')), moduleOf('two', 'rdm', configMap('rdm'))])).toThrow(
      'ConfigMap rdm/settings is rendered by modules "one" (dist/unit/one/configmap-settings.yaml) and "two" (dist/unit/two/configmap-settings.yaml): two Applications would own it; let one module render it',
    );
  });

  test('a cluster-scoped object is one object whatever the namespaces of the modules rendering it', () => {
    expect(() => renderUnit(undefined, [NamespacesModule, moduleOf('one', 'rdm', clusterRole), moduleOf('two', 'vdm', clusterRole)])).toThrow(
      'ClusterRole reader is rendered by modules "one" (dist/unit/one/clusterrole-reader.yaml) and "two" (dist/unit/two/clusterrole-reader.yaml)',
    );
  });

  test('objects of one name in two namespaces are two objects', () => {
    const rendered = renderUnit(undefined, [NamespacesModule, moduleOf('one', 'rdm', configMap('rdm')), moduleOf('two', 'vdm', configMap('vdm'))]);
    expect([...rendered.tree.keys()].filter((file) => file.endsWith('configmap-settings.yaml'))).toEqual(['dist/unit/one/configmap-settings.yaml', 'dist/unit/two/configmap-settings.yaml']);
  });

  test('a custom resource whose CRD is not rendered is left to the check that says so, not called namespaced', () => {
    const widget = (module: PlatformModule) => new ApiObject(module, 'widget', { apiVersion: 'example.org/v1', kind: 'Widget', metadata: { name: 'w' } });
    const render = () => renderUnit(undefined, [NamespacesModule, moduleOf('one', 'rdm', widget)]);
    expect(render).toThrow(/Widget w \(example\.org\/v1\) is a custom resource whose CustomResourceDefinition no module of this environment renders/);
    expect(render).not.toThrow(/names no namespace/);
  });

  test('a namespaced object of a module that names no namespace is an error', () => {
    expect(() => renderUnit(undefined, [NamespacesModule, moduleOf('one', 'rdm', configMap())])).toThrow(
      'dist/unit/one/configmap-settings.yaml: ConfigMap settings: is namespaced but names no namespace; give it one (module "one")',
    );
  });

  test('a cluster-scoped object of a module that names a namespace is an error: the API server would drop it', () => {
    const placed = (module: PlatformModule) => new k8s.KubeClusterRole(module, 'reader', { metadata: { name: 'reader', namespace: 'rdm' } });
    expect(() => renderUnit(undefined, [NamespacesModule, moduleOf('one', 'rdm', placed)])).toThrow(
      'dist/unit/one/clusterrole-reader.yaml: ClusterRole reader: is cluster-scoped but names namespace "rdm"; remove metadata.namespace (module "one")',
    );
  });
});
