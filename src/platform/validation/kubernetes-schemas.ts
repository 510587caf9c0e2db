import * as fs from 'node:fs';
import * as path from 'node:path';
import { SchemaNode, strictSchema } from './strict-schema';

const REF_PREFIX = '#/definitions/';

/** A schema and the text that identifies it. */
export interface Closure {
  readonly key: string;
  readonly schema: SchemaNode;
}

interface GroupVersionKind {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
}

/**
 * The OpenAPI definitions of one Kubernetes minor, indexed by apiVersion and kind. The file is parsed on first use:
 * when every object is known valid a synth never reads it.
 */
export class KubernetesDefinitions {
  private readonly file: string;
  private parsed?: { definitions: Record<string, SchemaNode>; byApiVersionKind: Map<string, string> };
  private readonly strict = new Map<string, SchemaNode>();
  private readonly closures = new Map<string, Closure>();

  /** The definitions in schemas/kubernetes/v<minor>.json. */
  constructor(schemaDir: string, readonly minor: string) {
    this.file = path.join(schemaDir, `v${minor}.json`);
  }

  private get definitions(): { definitions: Record<string, SchemaNode>; byApiVersionKind: Map<string, string> } {
    if (!this.parsed) {
      const { definitions } = JSON.parse(fs.readFileSync(this.file, 'utf8')) as { definitions: Record<string, SchemaNode> };
      const byApiVersionKind = new Map<string, string>();
      for (const [name, definition] of Object.entries(definitions)) {
        for (const gvk of (definition['x-kubernetes-group-version-kind'] as GroupVersionKind[] | undefined) ?? []) {
          const apiVersion = gvk.group === '' ? gvk.version : `${gvk.group}/${gvk.version}`;
          // Some definitions (DeleteOptions, WatchEvent) list every group; only top-level objects have a kind field.
          if (definition.properties && (definition.properties as SchemaNode).kind) {
            byApiVersionKind.set(`${apiVersion}/${gvk.kind}`, name);
          }
        }
      }
      this.parsed = { definitions, byApiVersionKind };
    }
    return this.parsed;
  }

  /**
   * What a cluster of this minor reports as served, in both forms charts test with `.Capabilities.APIVersions.Has`:
   * `group/version` and `group/version/Kind` (the core group as `v1` and `v1/Kind`). List kinds are left out.
   */
  servedApiVersions(): string[] {
    const served = new Set<string>();
    for (const apiVersionKind of this.definitions.byApiVersionKind.keys()) {
      if (apiVersionKind.endsWith('List')) continue;
      served.add(apiVersionKind);
      served.add(apiVersionKind.slice(0, apiVersionKind.lastIndexOf('/')));
    }
    return [...served].sort();
  }

  /** The definition name for an apiVersion and kind, or undefined when this minor does not serve it. */
  definitionFor(apiVersion: string, kind: string): string | undefined {
    return this.definitions.byApiVersionKind.get(`${apiVersion}/${kind}`);
  }

  /**
   * A self-contained strict schema for one definition: it and every definition it references. Its JSON text is
   * what validators are shared by, so minors whose definitions agree check an object once.
   */
  closure(root: string): Closure {
    let closure = this.closures.get(root);
    if (!closure) {
      const schema = this.buildClosure(root);
      closure = { key: JSON.stringify(schema), schema };
      this.closures.set(root, closure);
    }
    return closure;
  }

  private buildClosure(root: string): SchemaNode {
    const included: Record<string, SchemaNode> = {};
    const pending = [root];
    while (pending.length > 0) {
      const name = pending.pop() as string;
      if (included[name]) continue;
      const definition = this.strictDefinition(name);
      included[name] = definition;
      collectRefs(definition, pending);
    }
    const sorted: Record<string, SchemaNode> = {};
    for (const name of Object.keys(included).sort()) sorted[name] = included[name];
    return { $ref: `${REF_PREFIX}${root}`, definitions: sorted };
  }

  private strictDefinition(name: string): SchemaNode {
    let definition = this.strict.get(name);
    if (!definition) {
      const raw = this.definitions.definitions[name];
      if (!raw) throw new Error(`Kubernetes ${this.minor} schema: missing definition ${name}`);
      definition = strictSchema(raw);
      this.strict.set(name, definition);
    }
    return definition;
  }
}

function collectRefs(node: unknown, into: string[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collectRefs(item, into);
  } else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(REF_PREFIX)) {
        into.push(value.slice(REF_PREFIX.length));
      } else {
        collectRefs(value, into);
      }
    }
  }
}
