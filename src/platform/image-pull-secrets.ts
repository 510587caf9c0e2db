import type { RegistryConfig } from '../config/registry';
import { containersOf, podTemplatesOf, specPath } from './pod-security';
import { listAt, RenderedObject } from './rendered-object';

/**
 * Pods that would stay in ImagePullBackOff: they pull an in-house image from the platform registry without its pull
 * secret (on the pod or its ServiceAccount), or name the pull secret (either way) in a namespace where no
 * ExternalSecret produces it. Only when the environment configures registry credentials (`registry.pullSecret`); a module gets the secret
 * from ExternalSecretsModule.imagePullSecrets(namespace), which also makes it in that namespace.
 */
export function findMissingPullSecrets(rendered: readonly RenderedObject[], registry: RegistryConfig): string[] {
  if (!registry.pullSecret) return [];
  const secret = registry.pullSecretName;
  const names = (list: unknown): string[] => listAt(list).map((reference) => reference?.name);
  const produced = new Set(
    rendered
      .filter(({ object }) => object.kind === 'ExternalSecret' && String(object.apiVersion).startsWith('external-secrets.io/') && (object.spec?.target?.name ?? object.metadata?.name) === secret)
      .map(({ object }) => object.metadata?.namespace),
  );
  const accountsWithSecret = new Set(
    rendered.filter(({ object }) => object.kind === 'ServiceAccount' && names(object.imagePullSecrets).includes(secret)).map(({ object }) => `${object.metadata?.namespace}/${object.metadata?.name}`),
  );
  return rendered.flatMap(({ file, object }) =>
    podTemplatesOf(object).flatMap((pod) => {
      const where = `${file}: ${object.kind} ${object.metadata?.name}: ${specPath(pod)}`;
      const namespace = object.metadata?.namespace;
      const onPod = names(pod.spec.imagePullSecrets).includes(secret);
      const account = `${namespace}/${pod.spec.serviceAccountName ?? 'default'}`;
      const named = onPod ? `${where}.imagePullSecrets` : accountsWithSecret.has(account) ? `${where}.serviceAccountName: ServiceAccount ${account}` : undefined;
      if (named && !produced.has(namespace)) {
        return [`${named}: names ${secret}, which nothing makes in namespace ${namespace}; list the namespace in registry.pullSecretNamespaces`];
      }
      if (named) return [];
      return containersOf(pod)
        .filter(({ container }) => typeof container.image === 'string' && container.image.startsWith(`${registry.host}/`))
        .map(
          ({ container }) =>
            `${where}: container ${container.name} pulls ${container.image} from the platform registry without the pull secret ${secret}; add ExternalSecretsModule.imagePullSecrets("${namespace}") to the pod`,
        );
    }),
  );
}
