import { applyPatch, deepClone, JsonPatchError, type Operation } from 'fast-json-patch';
import { PlatformError } from '../platform/errors';
import type { ChartPatch } from '../platform/upstream-sources';
import type { Manifest } from './parse-manifests';

/**
 * `objects` with the chart's patches applied (patched objects are copies). Each patch must find exactly one object
 * and apply whole: a chart upgrade that renames or reshapes the target fails synth instead of silently skipping.
 */
export function applyChartPatches(objects: readonly Manifest[], patches: readonly ChartPatch[], source: string): Manifest[] {
  const result = [...objects];
  for (const { target, operations = [], annotations } of patches) {
    const where = `${source}: patch of ${target.kind} ${target.name}`;
    const matches = result.map((object, index) => ({ object, index })).filter(({ object }) => object.kind === target.kind && (object.metadata as { name?: string } | undefined)?.name === target.name);
    if (matches.length !== 1) throw new PlatformError(`${where}: the chart renders ${matches.length === 0 ? 'no such object' : `${matches.length} such objects`}`);
    const [{ object, index }] = matches;
    try {
      const patched = applyPatch(deepClone(object), operations as Operation[], true, false).newDocument as Manifest & { metadata?: { annotations?: Record<string, string> } };
      if (annotations) patched.metadata = { ...patched.metadata, annotations: { ...patched.metadata?.annotations, ...annotations } };
      result[index] = patched;
    } catch (error) {
      const reason = error instanceof JsonPatchError ? `${error.name} at operation ${Number(error.index) + 1} (${error.operation?.op} ${error.operation?.path})` : (error as Error).message;
      throw new PlatformError(`${where}: ${reason}`);
    }
  }
  return result;
}
