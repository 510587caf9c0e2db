/**
 * What in a chart's values JSON would change or lose on the way to Helm, which reads them as a JSON file: the path and
 * the reason, or undefined when the values are plain data. A key whose value is undefined is left out, as a typed
 * builder means it to be (`{ tag: pinned ? tag : undefined }`).
 */
export function valuesProblem(value: unknown, at = 'values', within: readonly object[] = []): string | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : `${at}: is ${value}, which Helm would read as null; give a finite number`;
    case 'undefined':
      return `${at}: is undefined in a list, which Helm would read as null; leave the item out`;
    case 'object':
      break;
    default:
      return `${at}: is a ${typeof value}, which is no JSON value; give plain data`;
  }
  if (value === null) return undefined;
  if (within.includes(value)) return `${at}: refers back to a map or list that holds it; values must be a tree`;
  const path = [...within, value];
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const problem = valuesProblem(item, `${at}[${index}]`, path);
      if (problem) return problem;
    }
    return undefined;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    return `${at}: is a ${prototype?.constructor?.name ?? 'class instance'}, which JSON would not write as it is; give plain data`;
  }
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    const problem = valuesProblem(item, `${at}.${key}`, path);
    if (problem) return problem;
  }
  return undefined;
}
