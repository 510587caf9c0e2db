import * as YAML from 'yaml';

/** YAML text of a file's objects: one document each, no line folding, so diffs show real changes only. */
export function toYaml(objects: readonly unknown[]): string {
  return objects.map((o) => YAML.stringify(o, { lineWidth: 0, aliasDuplicateObjects: false })).join('---\n');
}
