import { SYNC_OPTIONS_ANNOTATION } from '../gitops/conventions';
import { imagesOf } from '../platform/image-pinning';
import type { PlannedObject } from './planned-tree';
import { apiGroupOf } from '../platform/rendered-object';
import { quantityValue } from '../lib/quantity';
import { objectKey } from '../hydrate/normalize';

/** One field that differs: its path and both values (undefined where the field is absent). */
export interface FieldChange {
  readonly path: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** What happens to one object between two trees, and what in it deserves a reviewer's attention. */
export interface ObjectChange {
  readonly environment: string;
  /** The Application (module folder) delivering the object after the change, or before it for a removal. */
  readonly module: string;
  readonly change: 'added' | 'removed' | 'changed';
  readonly apiVersion: string;
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
  /** The module it came from, when it moves between Applications. */
  readonly movedFrom?: string;
  /** The first differing fields of a changed object (at most FIELD_LIMIT), and how many there are. */
  readonly fields: readonly FieldChange[];
  readonly fieldCount: number;
  /** Why the change destroys data or cannot be applied in place; empty when it is safe. */
  readonly flags: readonly string[];
}

/** A version that changes: an image or a chart of a module, listed for review, never flagged. */
export interface VersionChange {
  readonly environment: string;
  readonly module: string;
  readonly what: 'image' | 'chart';
  readonly before: readonly string[];
  readonly after: readonly string[];
}

export interface Plan {
  readonly changes: readonly ObjectChange[];
  readonly versions: readonly VersionChange[];
  /** How many flags the changes carry: a plan with flags needs a reviewer's explicit approval. */
  readonly flagCount: number;
}

const FIELD_LIMIT = 8;

const identity = ({ environment, object }: PlannedObject) => `${environment}\0${objectKey(object)}`;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every field where two values differ, depth first, by path (`spec.template.spec.containers[0].image`). */
export function fieldChanges(before: unknown, after: unknown, at = ''): FieldChange[] {
  if (same(before, after)) return [];
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (Array.isArray(before) && Array.isArray(after)) {
    return Array.from({ length: Math.max(before.length, after.length) }, (_, i) => fieldChanges(before[i], after[i], `${at}[${i}]`)).flat();
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => fieldChanges(before[key], after[key], at ? `${at}.${key}` : key));
  }
  return [{ path: at, before, after }];
}

/** Whether Argo CD is told never to prune or delete the object. */
const kept = (object: Record<string, any>) => String(object.metadata?.annotations?.[SYNC_OPTIONS_ANNOTATION] ?? '').includes('Prune=false');

/** Why deleting an object destroys data or reshapes the cluster; undefined when it does not. */
function deletionFlag(object: Record<string, any>): string | undefined {
  const group = apiGroupOf(String(object.apiVersion));
  const kind = String(object.kind);
  if (kept(object)) return `${kind} is marked Prune=false: it holds data, and leaving git does not delete it; delete it by hand only on purpose`;
  if (group === '' && kind === 'Namespace') return 'deleting a Namespace deletes everything in it, volumes and data included';
  if (group === '' && kind === 'PersistentVolume') return 'deleting a PersistentVolume can delete the disk behind it';
  if (group === '' && kind === 'PersistentVolumeClaim') return 'deleting a PersistentVolumeClaim releases its volume, which its reclaim policy may delete';
  if (group === 'apiextensions.k8s.io' && kind === 'CustomResourceDefinition') return 'deleting a CRD deletes every custom resource of its kind in the cluster';
  if (group === 'apps' && kind === 'StatefulSet') return 'deleting a StatefulSet stops its pods; its claims stay behind, unattached';
  if (group === 'postgresql.cnpg.io' && kind === 'Cluster') return 'deleting a CloudNativePG Cluster deletes its instances and their volumes';
  if (group.endsWith('.mongodb.com')) return `deleting a ${kind} deletes the MongoDB deployment and its data`;
  return undefined;
}

/** Why a change cannot be applied in place, or replaces what runs; empty when it can be. */
function changeFlags(before: Record<string, any>, after: Record<string, any>): string[] {
  const group = apiGroupOf(String(after.apiVersion));
  const kind = String(after.kind);
  const changed = (path: string) => !same(path.split('.').reduce<any>((v, k) => v?.[k], before), path.split('.').reduce<any>((v, k) => v?.[k], after));
  const flags: string[] = [];
  const immutable = (path: string, what: string) => changed(path) && flags.push(`${kind} ${path} changes, which Kubernetes refuses to update in place (${what})`);
  if (group === 'apps' && kind === 'StatefulSet') {
    immutable('spec.volumeClaimTemplates', 'the StatefulSet must be deleted and recreated; its claims stay');
    immutable('spec.selector', 'the StatefulSet must be deleted and recreated');
    immutable('spec.serviceName', 'the StatefulSet must be deleted and recreated');
  }
  if (group === 'apps' && (kind === 'Deployment' || kind === 'DaemonSet')) immutable('spec.selector', `the ${kind} must be deleted and recreated, its pods with it`);
  if (group === '' && kind === 'Service') {
    if (changed('spec.clusterIP')) flags.push('Service spec.clusterIP changes: Kubernetes refuses it in place, and clients holding the old address lose it');
    if (changed('spec.type')) flags.push(`Service type changes from ${before.spec?.type ?? 'ClusterIP'} to ${after.spec?.type ?? 'ClusterIP'}: its address or load balancer is replaced`);
  }
  if (group === '' && kind === 'PersistentVolumeClaim') {
    immutable('spec.storageClassName', 'a claim cannot move to another storage class');
    const was = quantityValue(before.spec?.resources?.requests?.storage);
    const will = quantityValue(after.spec?.resources?.requests?.storage);
    if (was !== undefined && will !== undefined && will < was) flags.push(`PersistentVolumeClaim shrinks from ${before.spec.resources.requests.storage} to ${after.spec.resources.requests.storage}, which Kubernetes refuses`);
  }
  // A hook Job is deleted and created again at every sync; any other Job's template cannot change.
  if (group === 'batch' && kind === 'Job' && !after.metadata?.annotations?.['argocd.argoproj.io/hook']) immutable('spec.template', 'the Job must be deleted and run again');
  if (group === 'apiextensions.k8s.io' && kind === 'CustomResourceDefinition') {
    const served = (crd: Record<string, any>) => new Set<string>((crd.spec?.versions ?? []).filter((v: any) => v.served !== false).map((v: any) => v.name));
    const gone = [...served(before)].filter((version) => !served(after).has(version));
    if (gone.length > 0) flags.push(`CRD ${after.metadata?.name} no longer serves ${gone.join(', ')}: stored objects of that version must be migrated first`);
  }
  if (group === 'argoproj.io' && kind === 'Application') {
    const wave = (app: Record<string, any>) => app.metadata?.annotations?.['argocd.argoproj.io/sync-wave'] ?? '0';
    if (wave(before) !== wave(after)) flags.push(`the sync wave of ${after.metadata?.name} moves from ${wave(before)} to ${wave(after)}: the order modules sync in changes`);
  }
  return flags;
}

/** The images and chart versions of each environment's modules. */
function versionsOf(objects: readonly PlannedObject[]): Map<string, { images: Set<string>; charts: Set<string> }> {
  const versions = new Map<string, { images: Set<string>; charts: Set<string> }>();
  for (const { environment, module, object } of objects) {
    const key = `${environment}\0${module}`;
    const entry = versions.get(key) ?? { images: new Set<string>(), charts: new Set<string>() };
    if (object.kind !== 'CustomResourceDefinition') for (const { image } of imagesOf(object.spec ?? {})) entry.images.add(image);
    const chart = object.metadata?.labels?.['helm.sh/chart'];
    if (chart) entry.charts.add(String(chart));
    versions.set(key, entry);
  }
  return versions;
}

function versionChanges(before: readonly PlannedObject[], after: readonly PlannedObject[]): VersionChange[] {
  const was = versionsOf(before);
  const will = versionsOf(after);
  const changes: VersionChange[] = [];
  for (const key of [...new Set([...was.keys(), ...will.keys()])].sort()) {
    const [environment, module] = key.split('\0');
    for (const what of ['chart', 'image'] as const) {
      const pick = (v?: { images: Set<string>; charts: Set<string> }) => [...((what === 'image' ? v?.images : v?.charts) ?? [])];
      const gone = pick(was.get(key)).filter((v) => !pick(will.get(key)).includes(v)).sort();
      const come = pick(will.get(key)).filter((v) => !pick(was.get(key)).includes(v)).sort();
      if (gone.length > 0 || come.length > 0) changes.push({ environment, module, what, before: gone, after: come });
    }
  }
  return changes;
}

/** Compares two trees object by object: what is added, removed, changed or moved, flagged where it is dangerous. */
export function planChanges(before: readonly PlannedObject[], after: readonly PlannedObject[]): Plan {
  const was = new Map(before.map((entry) => [identity(entry), entry]));
  const will = new Map(after.map((entry) => [identity(entry), entry]));
  const changes: ObjectChange[] = [];
  const describe = (entry: PlannedObject) => ({
    environment: entry.environment,
    apiVersion: String(entry.object.apiVersion),
    kind: String(entry.object.kind),
    namespace: entry.object.metadata?.namespace,
    name: String(entry.object.metadata?.name),
  });
  for (const key of [...new Set([...was.keys(), ...will.keys()])].sort()) {
    const old = was.get(key);
    const now = will.get(key);
    if (old && !now) {
      const flag = deletionFlag(old.object);
      changes.push({ ...describe(old), module: old.module, change: 'removed', fields: [], fieldCount: 0, flags: flag ? [flag] : [] });
    } else if (!old && now) {
      changes.push({ ...describe(now), module: now.module, change: 'added', fields: [], fieldCount: 0, flags: [] });
    } else if (old && now && ((old.object !== now.object && !same(old.object, now.object)) || old.module !== now.module)) {
      const fields = fieldChanges(old.object, now.object);
      const flags = changeFlags(old.object, now.object);
      if (old.module !== now.module) flags.push(`moves from Application ${old.module} to ${now.module}: the old Application prunes it while the new one creates it`);
      changes.push({ ...describe(now), module: now.module, change: 'changed', movedFrom: old.module !== now.module ? old.module : undefined, fields: fields.slice(0, FIELD_LIMIT), fieldCount: fields.length, flags });
    }
  }
  return { changes, versions: versionChanges(before, after), flagCount: changes.reduce((sum, c) => sum + c.flags.length, 0) };
}
