import { PlatformError } from '../platform/errors';
import type { Manifest } from './parse-manifests';

/**
 * Built-in kinds that are not namespaced. Everything else is, unless a CRD says its kind is cluster-scoped; this
 * is what `kubectl api-resources --namespaced=false` lists for the groups charts create.
 */
const CLUSTER_SCOPED_BUILT_INS = new Set([
  'v1/Namespace',
  'v1/Node',
  'v1/PersistentVolume',
  'admissionregistration.k8s.io/MutatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicy',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
  'apiextensions.k8s.io/CustomResourceDefinition',
  'apiregistration.k8s.io/APIService',
  'certificates.k8s.io/CertificateSigningRequest',
  'flowcontrol.apiserver.k8s.io/FlowSchema',
  'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
  'networking.k8s.io/IngressClass',
  'node.k8s.io/RuntimeClass',
  'rbac.authorization.k8s.io/ClusterRole',
  'rbac.authorization.k8s.io/ClusterRoleBinding',
  'scheduling.k8s.io/PriorityClass',
  'storage.k8s.io/CSIDriver',
  'storage.k8s.io/CSINode',
  'storage.k8s.io/StorageClass',
  'storage.k8s.io/VolumeAttachment',
]);

/** `group/Kind` (`v1/Kind` for the core group) of an object. */
export function groupKindOf(object: Manifest): string {
  const apiVersion = String(object.apiVersion ?? '');
  return `${apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : 'v1'}/${String(object.kind)}`;
}

/**
 * What names one object in a cluster: `group/Kind/namespace/name`. `namespace` defaults to the object's own; pass
 * undefined for a cluster-scoped kind, whose objects have none whatever their metadata says.
 */
export function objectKey(object: Manifest, namespace: unknown = (object.metadata as { namespace?: unknown } | undefined)?.namespace): string {
  return `${groupKindOf(object)}/${namespace ?? ''}/${(object.metadata as { name?: unknown } | undefined)?.name}`;
}

/** Custom kinds a set of CRDs declares cluster-scoped, as `group/Kind`. */
export function clusterScopedCustomKinds(crds: readonly Manifest[]): string[] {
  return crds
    .filter((crd) => (crd.spec as { scope?: string } | undefined)?.scope === 'Cluster')
    .map((crd) => {
      const spec = crd.spec as { group: string; names: { kind: string } };
      return `${spec.group}/${spec.names.kind}`;
    });
}

/** Whether objects of this kind are cluster-scoped: a built-in one, or one a CRD of `clusterScoped` declares so. */
export function isClusterScoped(object: Manifest, clusterScoped: ReadonlySet<string>): boolean {
  return CLUSTER_SCOPED_BUILT_INS.has(groupKindOf(object)) || clusterScoped.has(groupKindOf(object));
}

/**
 * An upstream object as Argo CD would apply it: `null` fields dropped (a template leaving `annotations:` empty; the
 * API server treats null as absent), and placed in `namespace` (the destination namespace) when it is namespaced
 * and names none; `namespace` is undefined for cluster-scoped objects. A new object: `raw` is not changed.
 */
export function normalizeObject(raw: Manifest, namespace: string | undefined): Manifest {
  const object = withoutNulls(raw) as Manifest;
  const metadata = (object.metadata ?? {}) as Record<string, unknown>;
  if (namespace && !metadata.namespace) object.metadata = { ...metadata, namespace };
  return object;
}

/**
 * The objects with one kept of each rendered twice identically (the same CRD from two aliases of one subchart); the
 * same object rendered twice differently is an error naming `source`.
 */
export function withoutDuplicates<T extends { readonly object: Manifest; readonly text: string }>(objects: readonly T[], source: string): T[] {
  const byIdentity = new Map<string, T>();
  for (const entry of objects) {
    const identity = objectKey(entry.object);
    const seen = byIdentity.get(identity);
    if (seen && seen.text !== entry.text) throw new PlatformError(`${source} renders ${entry.object.kind} ${(entry.object.metadata as { name?: unknown })?.name} twice, differently`);
    if (!seen) byIdentity.set(identity, entry);
  }
  return [...byIdentity.values()];
}

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== null).map(withoutNulls);
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== null) result[key] = withoutNulls(item);
  }
  return result;
}
