import type { RenderedObject } from './rendered-object';

/**
 * Every Secret written to git that holds a value. Whatever a Secret holds would be in the repository, so the
 * platform's values are produced in the cluster (GeneratedSecret, SharedSecret) and manifests only refer to them.
 * A Secret without values is allowed: upstream charts create such placeholders for their controllers to fill in
 * (Argo CD's server key, the External Secrets webhook certificate).
 */
export function findSecretsInGit(objects: readonly RenderedObject[]): string[] {
  return objects
    .filter(({ object }) => object.apiVersion === 'v1' && object.kind === 'Secret' && holdsValues(object))
    .map(({ file, object }) => `${file}: Secret ${object.metadata?.name}: secret values must not be in git; produce the Secret in the cluster (GeneratedSecret or SharedSecret in src/lib)`);
}

function holdsValues(secret: Record<string, any>): boolean {
  return [secret.data, secret.stringData].some((values) => values && Object.values(values).some((value) => value !== ''));
}
