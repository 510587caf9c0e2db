import type { z } from 'zod';
import { closestName } from '../lib/closest-name';

/** The field a mistyped one most likely meant: a known field of the same map close to it (see closestName). */
export function suggestField(schema: z.ZodType, path: readonly PropertyKey[], unknown: string): string | undefined {
  return closestName(unknown, fieldsAt(schema, path));
}

/** The field names of the map the schema describes at `path`; none where it describes no map of fixed fields. */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let nodes: unknown[] = [schema];
  for (const segment of path) nodes = nodes.flatMap((node) => childrenAt(node, segment));
  return [...new Set(nodes.flatMap((node) => Object.keys(objectShape(node) ?? {})))];
}

/** What a zod schema holds at one step of a path, through its wrappers (defaults, optionals, pipes, unions). */
function childrenAt(node: unknown, segment: PropertyKey): unknown[] {
  return unwrapped(node).flatMap((inner) => {
    const def = definition(inner);
    if (def.type === 'object') return def.shape?.[segment as string] ? [def.shape[segment as string]] : [];
    if (def.type === 'array' && typeof segment === 'number') return [def.element];
    if (def.type === 'record') return [def.valueType];
    return [];
  });
}

function objectShape(node: unknown): Record<string, unknown> | undefined {
  const shapes = unwrapped(node).map((inner) => definition(inner)).filter((def) => def.type === 'object').map((def) => def.shape as Record<string, unknown>);
  return shapes.length > 0 ? Object.assign({}, ...shapes) : undefined;
}

/** The schemas a wrapper stands for: itself, or what it wraps (each option of a union). */
function unwrapped(node: unknown): unknown[] {
  const def = definition(node);
  if (def.innerType) return unwrapped(def.innerType);
  if (def.type === 'pipe') return unwrapped(def.in);
  if (def.type === 'union') return (def.options as unknown[]).flatMap(unwrapped);
  if (def.type === 'lazy') return unwrapped(def.getter());
  return [node];
}

function definition(node: unknown): Record<string, any> {
  return (node as { _zod?: { def?: Record<string, any> } })?._zod?.def ?? {};
}
