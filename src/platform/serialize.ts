import * as jsyaml from 'js-yaml';

/**
 * Plain scalars go-yaml reads as numbers although YAML 1.1 says they are strings: it hands digits to Go's number
 * parsers, which take `08`, `1_000`, `0o17` or `1.` too. Declared as a type only so that the writer quotes strings
 * of these forms; nothing is ever read with it.
 */
const GO_NUMBER = new jsyaml.Type('tag:ewoc-platform.io,2026:go-number', {
  kind: 'scalar',
  resolve: (text: string) => /^[-+]?(\.[0-9_]+|[0-9][0-9_]*\.?[0-9_]*)([eE][-+]?[0-9]+)?$/.test(text) || /^[-+]?0[xXoObB][0-9a-fA-F_]+$/.test(text),
});

/**
 * What the writer must keep from being read as anything but a string: js-yaml's safe types (YAML 1.1 integers
 * with octal and base 60, floats, nulls, timestamps, merge keys) plus Go's number forms. Its compatibility mode,
 * on by default, quotes YAML 1.1's other booleans (`yes`, `on`, `y`...).
 */
const WRITE_SCHEMA = new jsyaml.Schema({ include: [jsyaml.DEFAULT_SAFE_SCHEMA], implicit: [GO_NUMBER] });

/**
 * YAML text of a file's objects: one document each, no line folding, so diffs show real changes only. Written as
 * YAML 1.1, the dialect Kubernetes and Argo CD read (go-yaml): strings such as `yes`, `on` or `0777` are quoted,
 * where YAML 1.2 output would leave them to be read back as booleans and numbers. js-yaml writes several times faster
 * than `yaml`, and a synth writes megabytes of CRDs.
 */
export function toYaml(objects: readonly unknown[]): string {
  return objects.map((o) => jsyaml.safeDump(o, { schema: WRITE_SCHEMA, lineWidth: -1, noRefs: true })).join('---\n');
}
