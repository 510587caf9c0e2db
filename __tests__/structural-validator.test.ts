// @slow: validates a sample of dist/ and damaged copies of it.
import * as path from 'node:path';
import Ajv from 'ajv';
import { RE2JS } from 're2js';
import { RenderedCrds } from '../src/platform/validation/crd-schemas';
import { KubernetesDefinitions } from '../src/platform/validation/kubernetes-schemas';
import type { SchemaNode } from '../src/platform/validation/strict-schema';
import { StructuralValidator } from '../src/platform/validation/structural-validator';
import { committedTree, ROOT } from './support';

const violations = (schema: SchemaNode, value: unknown) => new StructuralValidator(schema).violations(value).map(({ path: at, message }) => `${at.join('/') || '(root)'}: ${message}`);

describe('structural validator keywords', () => {
  test.each<[string, SchemaNode, unknown, string[]]>([
    ['a type', { type: 'integer' }, 1.5, ['(root): must be integer']],
    ['a number must be finite', { type: 'number' }, Infinity, ['(root): must be number']],
    ['nullable lets null through every other keyword', { type: 'string', nullable: true, minLength: 3 }, null, []],
    ['null without nullable', { type: 'string' }, null, ['(root): must be string']],
    ['an enum', { enum: ['a', 'b'] }, 'c', ['(root): must be one of "a", "b"']],
    ['an enum of objects compares content', { enum: [{ a: [1] }] }, { a: [1] }, []],
    ['a missing required field', { type: 'object', required: ['name'] }, {}, ['(root): missing required field "name"']],
    ['a required field is an own field, not an inherited one', { type: 'object', required: ['constructor'] }, {}, ['(root): missing required field "constructor"']],
    ['a type JSON Schema does not have is a violation, not a pass', { type: 'text' }, 'x', ['(root): the schema here has a "type" that is not a JSON Schema type or a list of them, so it cannot be checked']],
    ['a list keyword written as a string is not read letter by letter', { type: 'object', required: 'name' }, {}, ['(root): the schema here has a "required" that is not a list of field names, so it cannot be checked']],
    ['a bound written as a string does not pass everything', { type: 'integer', minimum: '3' }, 1, ['(root): the schema here has a "minimum" that is not a number, so it cannot be checked']],
    ['a pattern RE2 refuses is reported, not thrown', { type: 'string', pattern: '(' }, 'x', ['(root): the schema here has a "pattern" that is not an RE2 pattern, so it cannot be checked']],
    ['a field schema that is no schema is reported where it applies', { type: 'object', properties: { a: { items: null } } }, { a: [1] }, ['a: the schema here has a "items" that is not a schema or a list of schemas, so it cannot be checked']],
    ['anyOf that is not a list', { anyOf: { type: 'string' } }, 1, ['(root): the schema here has a "anyOf" that is not a list of schemas, so it cannot be checked']],
    [
      'unknown fields of a closed object, known ones checked',
      { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false },
      { a: 1, b: 2 },
      ['a: must be string', '(root): unknown field "b"'],
    ],
    ['patternProperties (Go syntax) make fields known', { type: 'object', properties: {}, patternProperties: { '^(?i)x-': { type: 'integer' } }, additionalProperties: false }, { 'X-a': 'no' }, ['X-a: must be integer']],
    ['additionalProperties as a schema', { type: 'object', additionalProperties: { type: 'string' } }, { a: 'x', b: true }, ['b: must be string']],
    ['items of a list, with indexes', { type: 'array', items: { type: 'string' } }, ['a', 2], ['1: must be string']],
    ['a tuple and additionalItems', { type: 'array', items: [{ type: 'string' }], additionalItems: false }, ['a', 'b'], ['1: must not be present (the schema allows nothing here)']],
    ['lengths count characters, not UTF-16 units', { type: 'string', maxLength: 2 }, '😀😀', []],
    ['minLength', { type: 'string', minLength: 2 }, 'a', ['(root): must not have fewer than 2 characters']],
    ['a pattern is unanchored, as in Go', { type: 'string', pattern: '[0-9]' }, 'a1b', []],
    ['minimum and maximum', { type: 'integer', minimum: 1, maximum: 3 }, 4, ['(root): must be <= 3']],
    ["OpenAPI's boolean exclusiveMinimum", { type: 'integer', minimum: 1, exclusiveMinimum: true }, 1, ['(root): must be > 1']],
    ["draft-07's numeric exclusiveMaximum", { type: 'number', exclusiveMaximum: 1 }, 1, ['(root): must be < 1']],
    ['multipleOf', { type: 'number', multipleOf: 0.1 }, 0.3, []],
    ['list sizes', { type: 'array', minItems: 1 }, [], ['(root): must not have fewer than 1 items']],
    ['unique items', { type: 'array', uniqueItems: true }, [{ a: 1 }, { a: 1 }], ['(root): must not have duplicate items (item 1 repeats an earlier one)']],
    ['field counts', { type: 'object', maxProperties: 1 }, { a: 1, b: 2 }, ['(root): must not have more than 1 fields']],
    ['int-or-string as CRDs write it', { 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] }, 80, []],
    ['anyOf reports every branch', { anyOf: [{ type: 'integer' }, { type: 'string' }] }, true, ['(root): must be integer', '(root): must be string', '(root): must match a schema in anyOf']],
    ['oneOf refuses two matches', { oneOf: [{ type: 'integer' }, { type: 'number' }] }, 1, ['(root): must match exactly one schema in oneOf, but matches several']],
    ['allOf applies each', { allOf: [{ required: ['a'] }, { required: ['b'] }] }, {}, ['(root): missing required field "a"', '(root): missing required field "b"']],
    ['not', { not: { type: 'string' } }, 'x', ['(root): must not match the schema in "not"']],
    ['if/then', { if: { required: ['a'] }, then: { required: ['b'] } }, { a: 1 }, ['(root): missing required field "b"']],
    ['a reference to a definition', { $ref: '#/definitions/Port', definitions: { Port: { type: 'integer' } } }, 'http', ['(root): must be integer']],
    ['annotations constrain nothing', { type: 'string', description: 'd', format: 'date-time', default: 'x', 'x-kubernetes-validations': [{ rule: 'false' }] }, 'not a date', []],
    ['a keyword it cannot check is itself a violation', { type: 'object', dependentRequired: { a: ['b'] } }, {}, ['(root): the schema uses the keyword "dependentRequired", which the schema gate cannot check']],
  ])('%s', (_, schema, value, expected) => {
    expect(violations(schema, value)).toEqual(expected);
  });

  test('a reference to a missing definition is an error, not a pass', () => {
    expect(() => violations({ $ref: '#/definitions/Nope' }, 1)).toThrow('schema reference "#/definitions/Nope" does not name a definition of the schema');
  });
});

/**
 * The structural validator against ajv, the reference JSON Schema implementation, on the objects the platform
 * renders and on damaged copies of them: both must find the same objects valid. Go's regexp serves both.
 */
describe('structural validator agrees with ajv', () => {
  const goRegExp = Object.assign((pattern: string) => RE2JS.compile(pattern), { code: 'require("re2js").RE2JS.compile' });

  const MINOR = '1.34';
  const BUILT_IN = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Service', 'ConfigMap', 'NetworkPolicy', 'Ingress', 'Job']);
  const CUSTOM = new Set(['Prometheus', 'Application', 'ExternalSecret', 'Cluster', 'Certificate', 'KongPlugin']);
  const objects = committedTree('test');
  const crds = new RenderedCrds(objects.filter(({ object }) => object.kind === 'CustomResourceDefinition'));
  const definitions = new KubernetesDefinitions(path.join(ROOT, 'schemas', 'kubernetes'), MINOR);
  // Each sampled kind's object with the most fields: the most of its schema in play.
  const size = (object: unknown) => JSON.stringify(object).length;
  const largest = new Map<string, { file: string; object: Record<string, any> }>();
  for (const entry of objects) {
    const { kind, apiVersion } = entry.object;
    const sampled = BUILT_IN.has(kind) || (CUSTOM.has(kind) && crds.sourceOf(apiVersion, kind));
    if (sampled && size(entry.object) > size(largest.get(kind)?.object ?? {})) largest.set(kind, entry);
  }
  const sample = [...largest.values()];

  /** Each sampled object's schema (for ours) and ajv's validator of the same schema. */
  const ajv = new Ajv({ strict: false, allErrors: false, messages: false, validateFormats: false, logger: false, inlineRefs: false, code: { optimize: false, regExp: goRegExp } });
  // ajv gets the built-in kinds' definitions as one document, so that what several kinds share (a pod template,
  // object metadata) compiles once; ours gets each kind's own closure of them, as the gate does.
  const closures = new Map(sample.flatMap(({ object }) => {
    const name = definitions.definitionFor(object.apiVersion, object.kind);
    return name ? [[object.kind as string, definitions.closure(name).schema]] : [];
  }));
  ajv.addSchema({ $id: 'kubernetes', definitions: Object.assign({}, ...[...closures.values()].map((closure) => closure.definitions)) });
  const schemaOf = (object: Record<string, any>): { schema: SchemaNode; reference: ReturnType<Ajv['compile']> } => {
    const closure = closures.get(object.kind);
    if (closure) return { schema: closure, reference: ajv.compile({ $ref: `kubernetes${closure.$ref}` }) };
    const schema = crds.schemaFor(object.apiVersion, object.kind) as SchemaNode;
    return { schema, reference: ajv.compile(schema) };
  };

  /**
   * Copies of an object, each damaged once: an unknown field in a nested map, a field of the wrong type, a missing
   * field. At most `limit`, spread evenly over the object.
   */
  function damaged(object: Record<string, any>, limit = 100): unknown[] {
    const damages: Array<{ at: Array<string | number>; change: (target: Record<string, any>) => void }> = [];
    const visit = (node: unknown, at: Array<string | number>) => {
      if (Array.isArray(node)) node.forEach((item, index) => visit(item, [...at, index]));
      else if (node && typeof node === 'object') {
        damages.push({ at, change: (target) => (target.zzUnknown = 'x') });
        for (const [key, value] of Object.entries(node)) {
          damages.push({ at, change: (target) => (target[key] = typeof value === 'string' ? 12 : 'text') });
          damages.push({ at, change: (target) => delete target[key] });
          visit(value, [...at, key]);
        }
      }
    };
    visit(object, []);
    const stride = Math.ceil(damages.length / limit);
    return damages.filter((_, index) => index % stride === 0).map(({ at, change }) => edit(object, at, change));
  }

  test('on every sampled object of dist/test and every damaged copy', () => {
    expect(new Set(sample.map(({ object }) => object.kind))).toEqual(new Set([...BUILT_IN, ...CUSTOM]));
    let compared = 0;
    let invalid = 0;
    const disagreements: string[] = [];
    for (const { file, object } of sample) {
      const { schema, reference } = schemaOf(object);
      const ours = new StructuralValidator(schema);
      // The CRD schemas check the custom resource without metadata, as the gate does (metadata goes to ObjectMeta).
      const variants = [object, ...damaged(object)].map((variant: any) => (CUSTOM.has(object.kind) ? { ...variant, metadata: {} } : variant));
      for (const variant of variants) {
        compared++;
        const expected = reference(variant);
        if (!expected) invalid++;
        if ((ours.violations(variant).length === 0) !== expected) disagreements.push(`${file}: ajv says ${expected ? 'valid' : 'invalid'}: ${JSON.stringify(variant).slice(0, 200)}`);
      }
    }
    expect(disagreements.slice(0, 5)).toEqual([]);
    expect(compared).toBeGreaterThan(800);
    // Most damage must be caught; what stays valid (a removed optional field) must be so for both.
    expect(invalid).toBeGreaterThan(compared / 2);
  });
});

/** A deep copy of `object` with `change` applied to the map at `at`. */
function edit(object: unknown, at: ReadonlyArray<string | number>, change: (target: Record<string, any>) => void): unknown {
  const copy = structuredClone(object) as Record<string, any>;
  change(at.reduce<any>((node, key) => node[key], copy));
  return copy;
}
