import { RE2JS } from 're2js';

type Node = Record<string, unknown>;

const JSON_TYPES = new Set(['object', 'array', 'string', 'boolean', 'null', 'number', 'integer']);

const isSchema = (value: unknown) => typeof value === 'boolean' || (typeof value === 'object' && value !== null && !Array.isArray(value));
const isSchemaList = (value: unknown) => Array.isArray(value) && value.length > 0 && value.every(isSchema);
const isSchemaMap = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isSchema);
const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;

/**
 * Go's regexp (RE2) for schema patterns: Kubernetes evaluates CRD patterns with it, and `(?i)` and other forms
 * JavaScript's RegExp refuses are common in CRDs. RE2JS's `test` is unanchored, like Go's MatchString. Compiled
 * once per pattern; undefined when the pattern is not a valid RE2 expression.
 */
const patterns = new Map<string, RE2JS | undefined>();
export function goPattern(source: string): RE2JS | undefined {
  if (!patterns.has(source)) {
    let compiled: RE2JS | undefined;
    try {
      compiled = RE2JS.compile(source);
    } catch {
      compiled = undefined;
    }
    patterns.set(source, compiled);
  }
  return patterns.get(source);
}

/** A keyword value's test, and how to say a value fails it. */
type Shape = readonly [(value: unknown) => boolean, string];
const SCHEMA: Shape = [isSchema, 'a schema'];
const SCHEMA_LIST: Shape = [isSchemaList, 'a list of schemas'];
const NUMBER: Shape = [(v) => typeof v === 'number', 'a number'];
const BOOLEAN: Shape = [(v) => typeof v === 'boolean', 'true or false'];
const COUNT: Shape = [isCount, 'a whole number'];
const BOUND: Shape = [(v) => typeof v === 'number' || typeof v === 'boolean', 'a number, or true or false'];

/** What each keyword's value must be. */
const KEYWORD_SHAPES: Record<string, Shape> = {
  $ref: [(v) => typeof v === 'string', 'a string'],
  type: [(v) => (Array.isArray(v) ? v : [v]).every((t) => JSON_TYPES.has(t as string)), 'a JSON Schema type or a list of them'],
  nullable: BOOLEAN,
  enum: [Array.isArray, 'a list'],
  required: [(v) => Array.isArray(v) && v.every((name) => typeof name === 'string'), 'a list of field names'],
  properties: [isSchemaMap, 'a map of schemas'],
  patternProperties: [(v) => isSchemaMap(v) && Object.keys(v as Node).every((p) => goPattern(p) !== undefined), 'a map of schemas by RE2 pattern'],
  additionalProperties: SCHEMA,
  propertyNames: SCHEMA,
  items: [(v) => isSchema(v) || isSchemaList(v), 'a schema or a list of schemas'],
  additionalItems: SCHEMA,
  contains: SCHEMA,
  not: SCHEMA,
  if: SCHEMA,
  then: SCHEMA,
  else: SCHEMA,
  allOf: SCHEMA_LIST,
  anyOf: SCHEMA_LIST,
  oneOf: SCHEMA_LIST,
  pattern: [(v) => typeof v === 'string' && goPattern(v) !== undefined, 'an RE2 pattern'],
  minimum: NUMBER,
  maximum: NUMBER,
  // OpenAPI v3.0 (and so Kubernetes) writes them as booleans beside minimum and maximum; draft 7 as numbers.
  exclusiveMinimum: BOUND,
  exclusiveMaximum: BOUND,
  multipleOf: [(v) => typeof v === 'number' && v > 0, 'a positive number'],
  minLength: COUNT,
  maxLength: COUNT,
  minItems: COUNT,
  maxItems: COUNT,
  minProperties: COUNT,
  maxProperties: COUNT,
  uniqueItems: BOOLEAN,
};

const shapes = new WeakMap<object, string | null>();

/**
 * Why a schema node cannot be applied as it is written (`properties` that is not a map of schemas, a `pattern` RE2
 * refuses, a `type` JSON Schema lacks), or undefined when every keyword it constrains with has the value it needs.
 * Checked once per node. A schema that cannot be applied is reported, never applied in part or passed.
 */
export function shapeProblem(node: unknown): string | undefined {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return 'is not a schema';
  let problem = shapes.get(node);
  if (problem === undefined) {
    problem = null;
    for (const [keyword, value] of Object.entries(node)) {
      const shape = KEYWORD_SHAPES[keyword];
      if (shape && !shape[0](value)) {
        problem = `has a "${keyword}" that is not ${shape[1]}`;
        break;
      }
    }
    shapes.set(node, problem);
  }
  return problem ?? undefined;
}
