import { goPattern, shapeProblem } from './schema-shape';
import type { SchemaNode } from './strict-schema';
import { closestName } from '../../lib/closest-name';

/** One reason a value does not match its schema: where (the path of fields and list indexes), and what is wrong. */
export interface SchemaViolation {
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
}

type Schema = SchemaNode | boolean;
type Json = unknown;

/** Keywords that say something about a schema without constraining the value. */
const ANNOTATIONS = new Set(['$schema', '$id', '$comment', 'title', 'description', 'default', 'example', 'examples', 'format', 'readOnly', 'writeOnly', 'deprecated', 'externalDocs', 'definitions', 'discriminator', 'xml']);

/**
 * Checks values against a JSON Schema the way Kubernetes schemas use it (OpenAPI definitions and CRD structural
 * schemas: draft-07 keywords plus OpenAPI's `nullable` and boolean `exclusiveMinimum`/`exclusiveMaximum`), reporting
 * every violation. It walks the schema beside the value instead of generating code: a schema costs nothing to
 * prepare, which matters because a synth checks a few objects each against dozens of very large schemas. References
 * are `#/definitions/<name>` of the root schema. A keyword it does not know, or one whose value it cannot apply (see
 * `shapeProblem`), is itself a violation, so a schema can never pass a value unchecked.
 */
export class StructuralValidator {
  private readonly definitions: Record<string, Schema>;

  constructor(private readonly root: SchemaNode) {
    this.definitions = (root.definitions ?? {}) as Record<string, Schema>;
  }

  /** Every violation of the schema by `value`; empty when it is valid. */
  violations(value: Json): SchemaViolation[] {
    const found: SchemaViolation[] = [];
    this.check(this.root, value, [], found);
    return found;
  }

  private check(schema: Schema, value: Json, at: Array<string | number>, found: SchemaViolation[]): void {
    if (schema === true) return;
    const report = (message: string) => {
      found.push({ path: [...at], message });
    };
    if (schema === false) return report('must not be present (the schema allows nothing here)');
    const malformed = shapeProblem(schema);
    if (malformed) return report(`the schema here ${malformed}, so it cannot be checked`);
    const nullable = schema.nullable === true;
    if (value === null && nullable) return;
    for (const [keyword, expected] of Object.entries(schema)) {
      switch (keyword) {
        case '$ref':
          this.check(this.resolve(expected), value, at, found);
          break;
        case 'type': {
          const types = (Array.isArray(expected) ? expected : [expected]) as string[];
          if (!types.some((type) => hasType(value, type))) report(`must be ${types.join(',')}`);
          break;
        }
        case 'enum':
          if (!(expected as Json[]).some((allowed) => deepEqual(allowed, value))) {
            report(`must be one of ${(expected as Json[]).map((v) => JSON.stringify(v)).join(', ')}`);
          }
          break;
        case 'const':
          if (!deepEqual(expected, value)) report(`must be ${JSON.stringify(expected)}`);
          break;
        case 'properties':
        case 'patternProperties':
        case 'additionalProperties':
          // Checked together below: which properties are additional depends on the other two.
          break;
        case 'required':
          if (isObject(value)) {
            for (const name of expected as string[]) if (!hasOwn(value, name)) report(`missing required field "${name}"`);
          }
          break;
        case 'minProperties':
          if (isObject(value) && Object.keys(value).length < (expected as number)) report(`must not have fewer than ${expected} fields`);
          break;
        case 'maxProperties':
          if (isObject(value) && Object.keys(value).length > (expected as number)) report(`must not have more than ${expected} fields`);
          break;
        case 'propertyNames':
          if (isObject(value)) for (const name of Object.keys(value)) this.check(expected as Schema, name, [...at, name], found);
          break;
        case 'items':
        case 'additionalItems':
          // Checked together below: additionalItems applies only after a list of items.
          break;
        case 'minItems':
          if (Array.isArray(value) && value.length < (expected as number)) report(`must not have fewer than ${expected} items`);
          break;
        case 'maxItems':
          if (Array.isArray(value) && value.length > (expected as number)) report(`must not have more than ${expected} items`);
          break;
        case 'uniqueItems':
          if (expected === true && Array.isArray(value)) {
            const duplicate = value.findIndex((item, index) => value.slice(0, index).some((earlier) => deepEqual(earlier, item)));
            if (duplicate >= 0) report(`must not have duplicate items (item ${duplicate} repeats an earlier one)`);
          }
          break;
        case 'contains':
          if (Array.isArray(value) && !value.some((item) => this.passes(expected as Schema, item))) report('must contain at least one matching item');
          break;
        case 'minLength':
          if (typeof value === 'string' && codePoints(value) < (expected as number)) report(`must not have fewer than ${expected} characters`);
          break;
        case 'maxLength':
          if (typeof value === 'string' && codePoints(value) > (expected as number)) report(`must not have more than ${expected} characters`);
          break;
        case 'pattern':
          if (typeof value === 'string' && !goPattern(expected as string)?.test(value)) report(`must match pattern "${expected}"`);
          break;
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
          if (typeof value === 'number') this.checkBound(keyword, expected, schema, value, report);
          break;
        case 'multipleOf':
          if (typeof value === 'number' && !isMultipleOf(value, expected as number)) report(`must be a multiple of ${expected}`);
          break;
        case 'allOf':
          for (const part of expected as Schema[]) this.check(part, value, at, found);
          break;
        case 'anyOf':
        case 'oneOf': {
          const branches = (expected as Schema[]).map((branch) => {
            const inBranch: SchemaViolation[] = [];
            this.check(branch, value, at, inBranch);
            return inBranch;
          });
          const matching = branches.filter((inBranch) => inBranch.length === 0).length;
          if (matching === 0) {
            branches.forEach((inBranch) => found.push(...inBranch));
            report(keyword === 'anyOf' ? 'must match a schema in anyOf' : 'must match exactly one schema in oneOf');
          } else if (keyword === 'oneOf' && matching > 1) {
            report('must match exactly one schema in oneOf, but matches several');
          }
          break;
        }
        case 'not':
          if (this.passes(expected as Schema, value)) report('must not match the schema in "not"');
          break;
        case 'if':
          if (this.passes(expected as Schema, value)) {
            if (schema.then !== undefined) this.check(schema.then as Schema, value, at, found);
          } else if (schema.else !== undefined) {
            this.check(schema.else as Schema, value, at, found);
          }
          break;
        case 'then':
        case 'else':
        case 'nullable':
          break;
        default:
          if (!ANNOTATIONS.has(keyword) && !keyword.startsWith('x-')) report(`the schema uses the keyword "${keyword}", which the schema gate cannot check`);
      }
    }
    if (isObject(value)) this.checkFields(schema, value, at, found);
    if (Array.isArray(value)) this.checkItems(schema, value, at, found);
  }

  private checkFields(schema: SchemaNode, value: Record<string, Json>, at: Array<string | number>, found: SchemaViolation[]): void {
    const properties = schema.properties as Record<string, Schema> | undefined;
    const patternProperties = schema.patternProperties as Record<string, Schema> | undefined;
    const additional = schema.additionalProperties as Schema | undefined;
    if (!properties && !patternProperties && additional === undefined) return;
    for (const [name, field] of Object.entries(value)) {
      at.push(name);
      let known = false;
      if (properties && hasOwn(properties, name)) {
        known = true;
        this.check(properties[name], field, at, found);
      }
      for (const [pattern, fieldSchema] of Object.entries(patternProperties ?? {})) {
        if (goPattern(pattern)?.test(name)) {
          known = true;
          this.check(fieldSchema, field, at, found);
        }
      }
      at.pop();
      if (known || additional === undefined || additional === true) continue;
      if (additional === false) {
        const meant = properties && closestName(name, Object.keys(properties));
        found.push({ path: [...at], message: `unknown field "${name}"${meant ? ` (did you mean "${meant}"?)` : ''}` });
      }
      else {
        at.push(name);
        this.check(additional, field, at, found);
        at.pop();
      }
    }
  }

  private checkItems(schema: SchemaNode, value: Json[], at: Array<string | number>, found: SchemaViolation[]): void {
    const { items, additionalItems } = schema as { items?: Schema | Schema[]; additionalItems?: Schema };
    if (items === undefined) return;
    value.forEach((item, index) => {
      const itemSchema = Array.isArray(items) ? (index < items.length ? items[index] : additionalItems) : items;
      if (itemSchema === undefined) return;
      at.push(index);
      this.check(itemSchema, item, at, found);
      at.pop();
    });
  }

  /**
   * Bounds in both forms: draft-07's numeric `exclusiveMinimum`, and OpenAPI 3.0's boolean one (used by CRDs) that
   * makes `minimum` exclusive.
   */
  private checkBound(keyword: string, bound: unknown, schema: SchemaNode, value: number, report: (message: string) => void): void {
    if (typeof bound !== 'number') return;
    const lower = keyword === 'minimum' || keyword === 'exclusiveMinimum';
    const exclusive = keyword.startsWith('exclusive') || (lower ? schema.exclusiveMinimum === true : schema.exclusiveMaximum === true);
    const ok = lower ? (exclusive ? value > bound : value >= bound) : exclusive ? value < bound : value <= bound;
    if (!ok) report(`must be ${lower ? '>' : '<'}${exclusive ? '' : '='} ${bound}`);
  }

  private passes(schema: Schema, value: Json): boolean {
    const found: SchemaViolation[] = [];
    this.check(schema, value, [], found);
    return found.length === 0;
  }

  private resolve(reference: unknown): Schema {
    const name = typeof reference === 'string' && reference.startsWith('#/definitions/') ? reference.slice('#/definitions/'.length) : undefined;
    const target = name === undefined ? undefined : this.definitions[name];
    if (target === undefined) throw new Error(`schema reference ${JSON.stringify(reference)} does not name a definition of the schema`);
    return target;
  }
}

function hasOwn(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON Schema's types; numbers must be finite, as in JSON. */
function hasType(value: Json, type: string): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    default:
      return false;
  }
}

function isMultipleOf(value: number, divisor: number): boolean {
  const quotient = value / divisor;
  return Number.isFinite(quotient) && Math.abs(quotient - Math.round(quotient)) < 1e-9;
}

/** Length in Unicode code points, as JSON Schema counts it (a UTF-16 surrogate pair is one character). */
function codePoints(text: string): number {
  return [...text].length;
}

function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => hasOwn(b, key) && deepEqual(a[key], b[key]));
  }
  return false;
}
