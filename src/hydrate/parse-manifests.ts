import * as jsyaml from 'js-yaml';
import * as YAML from 'yaml';
import { PlatformError } from '../platform/errors';

/** A Kubernetes object as a tool rendered it, as plain data. */
export type Manifest = Record<string, unknown>;

const TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);

/** YAML 1.1 booleans, as go-yaml resolves them: `on`, `yes` and `y` are true. */
const YAML_1_1_BOOL = new jsyaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && (TRUE.has(data) || FALSE.has(data)),
  construct: (data: string) => TRUE.has(data),
  predicate: (value: unknown) => typeof value === 'boolean',
});

/** YAML 1.1 floats, as go-yaml reads them: also `-.5` and `08` (not an octal, so a decimal). */
const FLOAT = /^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$/;
const SEXAGESIMAL_FLOAT = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*$/;
const YAML_1_1_FLOAT = new jsyaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && (FLOAT.test(data) || SEXAGESIMAL_FLOAT.test(data) || /^([-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$/.test(data)),
  construct: (data: string) => {
    const text = data.replace(/_/g, '');
    const sign = text.startsWith('-') ? -1 : 1;
    const digits = text.replace(/^[-+]/, '');
    if (/^\.(inf|Inf|INF)$/.test(digits)) return sign * Infinity;
    if (/^\.(nan|NaN|NAN)$/.test(digits)) return NaN;
    if (digits.includes(':')) return sign * digits.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
    return sign * Number(digits);
  },
  predicate: (value: unknown) => typeof value === 'number' && !Number.isInteger(value),
});

/**
 * How the YAML a tool renders is read: YAML 1.1 as go-yaml reads it. js-yaml's core types already follow 1.1 for
 * integers (`0644` octal, `1:30` base 60); its booleans and floats are replaced by 1.1's, and timestamps are left out so that
 * they stay strings. js-yaml rather than `yaml` for reading: it is about ten times faster on megabytes of CRDs.
 */
const YAML_1_1 = new jsyaml.Schema({
  include: [jsyaml.CORE_SCHEMA],
  implicit: [YAML_1_1_BOOL, YAML_1_1_FLOAT, require('js-yaml/lib/js-yaml/type/merge')],
  explicit: [require('js-yaml/lib/js-yaml/type/binary'), require('js-yaml/lib/js-yaml/type/omap'), require('js-yaml/lib/js-yaml/type/pairs'), require('js-yaml/lib/js-yaml/type/set')],
});

/**
 * The documents of a YAML stream as text, split at the `---` lines between them; each parses on its own. Block
 * scalars are indented under their key, so a `---` at the start of a line always separates documents.
 */
export function splitDocuments(text: string): string[] {
  return text.split(/^---[ \t]*$/m).filter((document) => /^[^#\s]/m.test(document));
}

/**
 * The object one document holds, or undefined for an empty one (a lone `# Source:` comment, a template that
 * rendered nothing). Read as YAML 1.1, the dialect kubectl and Argo CD read a tool's output in (go-yaml), so `0644`
 * is a file mode and `on` a boolean as they would be; timestamps stay strings, as go-yaml keeps them in untyped fields.
 */
export function parseDocument(text: string, source: string): Manifest | undefined {
  let value: unknown;
  try {
    value = jsyaml.load(text, { schema: YAML_1_1 });
  } catch (error) {
    throw new PlatformError(`${source} rendered invalid YAML: ${(error as Error).message}`);
  }
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new PlatformError(`${source} rendered a document that is not an object: ${YAML.stringify(value).trim()}`);
  }
  return value as Manifest;
}
