import { k8s } from 'cdk8s-plus-26';
import { findDanglingPodReferences } from '../src/platform/pod-references';
import { NamespacesModule } from '../src/modules/namespaces/namespaces-module';
import { committedTree, fixtureModule, pinnedDeployment, renderUnit } from './support';

/** A Deployment in rdm whose pod spec is `spec`, and what else the tree holds. */
const deployment = (spec: Record<string, any>) => ({
  file: 'dist/unit/m/deployment-web.yaml',
  object: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'rdm' }, spec: { template: { spec: { containers: [{ name: 'web' }], ...spec } } } },
});
const object = (kind: string, name: string, namespace = 'rdm') => ({ file: `dist/unit/m/${kind.toLowerCase()}-${name}.yaml`, object: { apiVersion: 'v1', kind, metadata: { name, namespace } } });
const AT = 'dist/unit/m/deployment-web.yaml: Deployment web: spec.template.spec';

describe('pod references', () => {
  test.each(['prod', 'test'])('every ConfigMap, ServiceAccount and claim a pod of the committed %s tree names is rendered', (environment) => {
    expect(findDanglingPodReferences(committedTree(environment))).toEqual([]);
  });

  test.each<[string, Record<string, any>, string]>([
    ['a mounted ConfigMap', { volumes: [{ name: 'conf', configMap: { name: 'web-conf' } }] }, `${AT}.volumes[0].configMap: ConfigMap rdm/web-conf is not rendered; the pod would wait for it (fix the name, render it, or mark the reference optional)`],
    ['a projected ConfigMap', { volumes: [{ name: 'conf', projected: { sources: [{ configMap: { name: 'web-conf' } }] } }] }, `${AT}.volumes[0].projected.sources[0].configMap: ConfigMap rdm/web-conf is not rendered`],
    ['a ConfigMap key in the environment', { containers: [{ name: 'web', env: [{ name: 'MODE', valueFrom: { configMapKeyRef: { name: 'web-conf', key: 'mode' } } }] }] }, `${AT}.containers[0].env[0].valueFrom.configMapKeyRef: ConfigMap rdm/web-conf is not rendered`],
    ['a ConfigMap read whole into the environment', { initContainers: [{ name: 'init', envFrom: [{ configMapRef: { name: 'web-conf' } }] }] }, `${AT}.initContainers[0].envFrom[0].configMapRef: ConfigMap rdm/web-conf is not rendered`],
    ['a ServiceAccount', { serviceAccountName: 'web' }, `${AT}.serviceAccountName: ServiceAccount rdm/web is not rendered; no pod would be created`],
    ['a claim', { volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'web-data' } }] }, `${AT}.volumes[0].persistentVolumeClaim: PersistentVolumeClaim rdm/web-data is not rendered; the pod would wait for it`],
  ])('%s that nothing renders is named', (_case, spec, message) => {
    expect(findDanglingPodReferences([deployment(spec)])).toEqual([expect.stringContaining(message)]);
  });

  test("what is rendered in the pod's namespace, an optional reference, the default ServiceAccount and the cluster's CA pass", () => {
    const spec = {
      serviceAccountName: 'web',
      volumes: [
        { name: 'conf', configMap: { name: 'web-conf' } },
        { name: 'extra', configMap: { name: 'extra', optional: true } },
        { name: 'ca', configMap: { name: 'kube-root-ca.crt' } },
        { name: 'data', persistentVolumeClaim: { claimName: 'web-data' } },
      ],
    };
    expect(findDanglingPodReferences([deployment(spec), object('ConfigMap', 'web-conf'), object('ServiceAccount', 'web'), object('PersistentVolumeClaim', 'web-data')])).toEqual([]);
    expect(findDanglingPodReferences([deployment({ serviceAccountName: 'default' })])).toEqual([]);
    // Of another namespace, it is not the pod's.
    expect(findDanglingPodReferences([deployment({ serviceAccountName: 'web' }), object('ServiceAccount', 'web', 'vdm')])).toHaveLength(1);
    // A custom kind of the same name is not the core one.
    const custom = object('ServiceAccount', 'web');
    expect(findDanglingPodReferences([deployment({ serviceAccountName: 'web' }), { ...custom, object: { ...custom.object, apiVersion: 'example.org/v1' } }])).toHaveLength(1);
  });

  test('a module mounting a mistyped ConfigMap is refused at render', () => {
    const Web = fixtureModule('web', 'rdm', (module) => {
      new k8s.KubeConfigMap(module, 'conf', { metadata: { name: 'web-conf', namespace: 'rdm' }, data: { mode: 'on' } });
      pinnedDeployment(module, 'rdm', 'web', [{ name: 'web', image: 'docker.io/library/nginx:1.27.3', volumeMounts: [{ name: 'conf', mountPath: '/etc/web' }] }], {
        volumes: [{ name: 'conf', configMap: { name: 'web-config' } }],
      });
    });
    expect(() => renderUnit(undefined, [NamespacesModule, Web])).toThrow('dist/unit/web/deployment-web.yaml: Deployment web: spec.template.spec.volumes[0].configMap: ConfigMap rdm/web-config is not rendered');
  });
});
