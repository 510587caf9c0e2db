/** A JSON Schema node, as found in Kubernetes OpenAPI definitions and CRD openAPIV3Schema. */
export type SchemaNode = { [keyword: string]: unknown };

const PRESERVE_UNKNOWN = 'x-kubernetes-preserve-unknown-fields';

/**
 * Returns a copy of a schema in which every object that lists its properties rejects unknown ones, the way the API
 * server prunes them and `kubeconform -strict` reports them. Objects that preserve unknown fields stay open.
 * Descriptions are dropped: they change between releases without changing what validates, and keeping them out
 * lets identical schemas of different minors share one validator.
 */
export function strictSchema(node: SchemaNode): SchemaNode {
  const out: SchemaNode = {};
  for (const [keyword, value] of Object.entries(node)) {
    switch (keyword) {
      case 'description':
        break;
      case 'properties':
      case 'patternProperties':
      case 'definitions':
        out[keyword] = mapValues(value as Record<string, SchemaNode>, strictSchema);
        break;
      case 'items':
        out[keyword] = Array.isArray(value) ? value.map(strictSchema) : strictSchema(value as SchemaNode);
        break;
      case 'additionalProperties':
      case 'not':
        out[keyword] = typeof value === 'object' && value !== null ? strictSchema(value as SchemaNode) : value;
        break;
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
        out[keyword] = (value as SchemaNode[]).map(strictSchema);
        break;
      default:
        out[keyword] = value;
    }
  }
  if (out.properties !== undefined && out.additionalProperties === undefined && out[PRESERVE_UNKNOWN] !== true) {
    out.additionalProperties = false;
  }
  return out;
}

function mapValues<T, U>(record: Record<string, T>, fn: (value: T) => U): Record<string, U> {
  const out: Record<string, U> = {};
  for (const [key, value] of Object.entries(record)) {
    out[key] = fn(value);
  }
  return out;
}
