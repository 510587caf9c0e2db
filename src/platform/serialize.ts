import * as YAML from 'yaml';

/**
 * YAML text of a file's objects: one document each, no line folding, so diffs show real changes only. Written as
 * YAML 1.1, the dialect Kubernetes and Argo CD read (go-yaml): strings such as `yes`, `on` or `0777` are quoted,
 * where YAML 1.2 output would leave them to be read back as booleans and numbers.
 */
export function toYaml(objects: readonly unknown[]): string {
  return objects.map((o) => YAML.stringify(o, { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false })).join('---\n');
}
