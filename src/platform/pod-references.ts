import { containersOf, podTemplatesOf, specPath } from './pod-security';
import { listAt, RenderedObject } from './rendered-object';

/** The ConfigMap Kubernetes puts in every namespace (the API server's CA), which nothing renders. */
const EVERY_NAMESPACE_CONFIGMAPS = ['kube-root-ca.crt'];

/**
 * References of pod templates to objects of their namespace that nothing renders: a ConfigMap (mounted, projected or
 * read into the environment), a ServiceAccount other than `default`, a PersistentVolumeClaim. The pod would wait
 * forever (ContainerCreating, or no pod at all for a missing ServiceAccount); a mistyped name is enough. Optional
 * references may be missing. Secrets are left out: many are made in the cluster (External Secrets, cert-manager,
 * operators, hooks), not rendered.
 */
export function findDanglingPodReferences(rendered: readonly RenderedObject[]): string[] {
  // ConfigMaps, ServiceAccounts and claims are of the core group: a custom kind of the same name is not one.
  const present = new Set(rendered.filter(({ object }) => object.apiVersion === 'v1').map(({ object }) => `${object.kind}/${object.metadata?.namespace}/${object.metadata?.name}`));
  const has = (kind: string, namespace: string, name: string) => present.has(`${kind}/${namespace}/${name}`);
  return rendered.flatMap(({ file, object }) =>
    podTemplatesOf(object).flatMap((pod) => {
      const namespace = object.metadata?.namespace;
      const where = `${file}: ${object.kind} ${object.metadata?.name}`;
      const spec = specPath(pod);
      const problems: string[] = [];
      const configMap = (at: string, name: unknown, optional: unknown) => {
        if (typeof name === 'string' && optional !== true && !EVERY_NAMESPACE_CONFIGMAPS.includes(name) && !has('ConfigMap', namespace, name)) {
          problems.push(`${where}: ${at}: ConfigMap ${namespace}/${name} is not rendered; the pod would wait for it (fix the name, render it, or mark the reference optional)`);
        }
      };
      const account = pod.spec.serviceAccountName;
      if (typeof account === 'string' && account !== 'default' && !has('ServiceAccount', namespace, account)) {
        problems.push(`${where}: ${spec}.serviceAccountName: ServiceAccount ${namespace}/${account} is not rendered; no pod would be created`);
      }
      listAt(pod.spec.volumes).forEach((volume, index) => {
        const at = `${spec}.volumes[${index}]`;
        configMap(`${at}.configMap`, volume.configMap?.name, volume.configMap?.optional);
        listAt(volume.projected?.sources).forEach((source, s) => configMap(`${at}.projected.sources[${s}].configMap`, source.configMap?.name, source.configMap?.optional));
        const claim = volume.persistentVolumeClaim?.claimName;
        if (typeof claim === 'string' && !has('PersistentVolumeClaim', namespace, claim)) {
          problems.push(`${where}: ${at}.persistentVolumeClaim: PersistentVolumeClaim ${namespace}/${claim} is not rendered; the pod would wait for it`);
        }
      });
      for (const { path, container } of containersOf(pod)) {
        listAt(container.env).forEach((variable, e) => configMap(`${path}.env[${e}].valueFrom.configMapKeyRef`, variable.valueFrom?.configMapKeyRef?.name, variable.valueFrom?.configMapKeyRef?.optional));
        listAt(container.envFrom).forEach((source, e) => configMap(`${path}.envFrom[${e}].configMapRef`, source.configMapRef?.name, source.configMapRef?.optional));
      }
      return problems;
    }),
  );
}
