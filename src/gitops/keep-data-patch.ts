import type { ChartPatch, JsonPatchOperation } from '../platform/upstream-sources';
import { KEEP_DATA, SYNC_OPTIONS_ANNOTATION } from './conventions';

/**
 * Marks a chart's data-bearing object (a StatefulSet or operator resource whose volumes hold data) so that Argo CD
 * never prunes or deletes it, as our own such objects are. For objects the chart renders without annotations: the
 * operation sets the whole map. `more` are further operations on the same object.
 */
export function keepDataPatch(kind: string, name: string, more: readonly JsonPatchOperation[] = []): ChartPatch {
  return { target: { kind, name }, operations: [...more, { op: 'add', path: '/metadata/annotations', value: { [SYNC_OPTIONS_ANNOTATION]: KEEP_DATA } }] };
}
