import type { ChartPatch, JsonPatchOperation } from '../platform/upstream-sources';
import { KEEP_DATA, SYNC_OPTIONS_ANNOTATION } from './conventions';

/**
 * Marks a chart's data-bearing object (a StatefulSet or operator resource whose volumes hold data) so that Argo CD
 * never prunes or deletes it, as our own such objects are. `operations` are further changes to the same object.
 */
export function keepDataPatch(kind: string, name: string, operations: readonly JsonPatchOperation[] = []): ChartPatch {
  return { target: { kind, name }, operations, annotations: { [SYNC_OPTIONS_ANNOTATION]: KEEP_DATA } };
}
