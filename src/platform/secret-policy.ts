import type { RenderedObject } from './rendered-object';

/**
 * Every Secret written to git: the platform renders none, since whatever a Secret holds would be in the
 * repository. Values are produced in the cluster (GeneratedSecret, SharedSecret) and manifests only refer to them.
 */
export function findSecretsInGit(objects: readonly RenderedObject[]): string[] {
  return objects
    .filter(({ object }) => object.apiVersion === 'v1' && object.kind === 'Secret')
    .map(({ file, object }) => `${file}: Secret ${object.metadata?.name}: secret values must not be in git; produce the Secret in the cluster (GeneratedSecret or SharedSecret in src/lib)`);
}
