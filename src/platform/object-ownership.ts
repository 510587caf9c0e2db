import { clusterScopedCustomKinds, groupKindOf, isClusterScoped, objectKey } from '../hydrate/normalize';
import type { Manifest } from '../hydrate/parse-manifests';
import type { RenderedObject } from './rendered-object';

/** An object of a module's folder, and the module delivering it. */
export interface OwnedObject extends RenderedObject {
  readonly module: string;
  /** Rendered by the module's own constructs, not by an upstream chart or kustomization (those are placed already). */
  readonly own: boolean;
}

/**
 * Objects that would not have exactly one owner and one place in the cluster: an object of the module's own that is
 * namespaced but names no namespace (Argo CD would put it in the Application's destination, and the AppProject would
 * take its kind for a cluster-scoped one) or cluster-scoped but names one, and one object (group, kind, namespace, name) in the folders of two
 * modules (two Applications would apply it, each undoing the other's changes, and the first to go would prune it).
 */
export function findOwnershipProblems(objects: readonly OwnedObject[]): string[] {
  const crds = objects.filter(({ object }) => object.kind === 'CustomResourceDefinition').map(({ object }) => object as Manifest);
  const clusterScoped = new Set(clusterScopedCustomKinds(crds));
  const customKinds = new Set(
    crds.map((crd) => {
      const spec = crd.spec as { group?: string; names?: { kind?: string } } | undefined;
      return `${spec?.group}/${spec?.names?.kind}`;
    }),
  );
  // Namespaced for certain: a custom kind whose rendered CRD says so, or a built-in kind (core or *.k8s.io group) that
  // is not cluster-scoped. A custom kind without its CRD is left to the schema gate, which names what is missing.
  const knownNamespaced = (object: Manifest) => {
    const kind = groupKindOf(object);
    if (customKinds.has(kind)) return !clusterScoped.has(kind);
    const group = kind.slice(0, kind.lastIndexOf('/'));
    return (!group.includes('.') || group.endsWith('.k8s.io')) && !isClusterScoped(object, clusterScoped);
  };
  const problems: string[] = [];
  const byIdentity = new Map<string, OwnedObject>();
  for (const entry of objects) {
    const { file, object, module, own } = entry;
    const scoped = isClusterScoped(object as Manifest, clusterScoped);
    if (own && !object.metadata?.namespace && knownNamespaced(object as Manifest)) {
      problems.push(`${file}: ${object.kind} ${object.metadata?.name}: is namespaced but names no namespace; give it one (module "${module}")`);
      continue;
    }
    // The API server drops it, and the file would say the object lives where it does not.
    if (own && scoped && object.metadata?.namespace !== undefined) {
      problems.push(`${file}: ${object.kind} ${object.metadata?.name}: is cluster-scoped but names namespace "${object.metadata.namespace}"; remove metadata.namespace (module "${module}")`);
      continue;
    }
    const identity = objectKey(object as Manifest, scoped ? undefined : object.metadata?.namespace);
    const first = byIdentity.get(identity);
    if (!first) {
      byIdentity.set(identity, entry);
    } else if (first.module !== module) {
      const where = scoped ? '' : `${object.metadata?.namespace}/`;
      problems.push(`${object.kind} ${where}${object.metadata?.name} is rendered by modules "${first.module}" (${first.file}) and "${module}" (${file}): two Applications would own it; let one module render it`);
    }
  }
  return problems;
}
