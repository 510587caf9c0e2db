import * as fs from 'node:fs';
import * as path from 'node:path';
import * as jsyaml from 'js-yaml';
import { SchemaNode, strictSchema } from './strict-schema';
import { apiGroupOf } from '../rendered-object';

interface CrdDocument {
  kind?: string;
  spec?: {
    group: string;
    names: { kind: string };
    versions: Array<{ name: string; served?: boolean; schema?: { openAPIV3Schema?: SchemaNode } }>;
  };
}

/**
 * The CRDs copied under schemas/crds/. Which file defines which group and kind is found with a cheap scan; a file
 * is parsed only when an object must be checked against it. Nothing is read until asked: when every object is known valid
 * a synth reads none of these files.
 */
export class CrdSchemas {
  private files?: Map<string, string>;
  private readonly schemas = new Map<string, SchemaNode>();
  private readonly parsed = new Set<string>();

  constructor(private readonly crdDir: string) {}

  /**
   * The file defining a custom resource's group and kind, relative to the schemas folder
   * (crds/argo-cd/application-crd.yaml), or undefined when it is not a known custom resource.
   */
  sourceOf(apiVersion: string, kind: string): string | undefined {
    const file = this.fileFor(apiVersion, kind);
    return file && path.relative(path.dirname(this.crdDir), file);
  }

  /** The strict schema of a served CRD version, or undefined when no CRD serves that apiVersion and kind. */
  schemaFor(apiVersion: string, kind: string): SchemaNode | undefined {
    const full = this.fileFor(apiVersion, kind);
    if (!full) return undefined;
    if (!this.parsed.has(full)) {
      this.parsed.add(full);
      // js-yaml with YAML 1.2's core schema (what the yaml package reads by default), ten times faster on these megabytes.
      for (const doc of jsyaml.loadAll(fs.readFileSync(full, 'utf8'), undefined, { schema: jsyaml.CORE_SCHEMA })) {
        for (const [key, schema] of servedSchemas(doc as CrdDocument | null)) this.schemas.set(key, schema);
      }
    }
    return this.schemas.get(`${apiVersion}/${kind}`);
  }

  private fileFor(apiVersion: string, kind: string): string | undefined {
    if (!this.files) {
      this.files = new Map();
      for (const project of fs.readdirSync(this.crdDir, { withFileTypes: true })) {
        if (!project.isDirectory()) continue;
        for (const name of fs.readdirSync(path.join(this.crdDir, project.name)).sort()) {
          if (!/\.ya?ml$/.test(name)) continue;
          const full = path.join(this.crdDir, project.name, name);
          for (const groupKind of scanGroupKinds(fs.readFileSync(full, 'utf8'))) this.files.set(groupKind, full);
        }
      }
    }
    return this.files.get(`${apiGroupOf(apiVersion)}/${kind}`);
  }
}

/**
 * The CRDs the platform renders into dist/ (from charts and kustomizations): what the cluster will validate custom
 * resources with, so they take precedence over the copies under schemas/crds.
 */
export class RenderedCrds {
  private readonly byGroupKind = new Map<string, { file: string; crd: CrdDocument }>();
  private readonly schemas = new Map<string, SchemaNode>();
  private readonly parsed = new Set<string>();

  constructor(crds: ReadonlyArray<{ file: string; object: Record<string, any> }>) {
    for (const { file, object } of crds) {
      const crd = object as CrdDocument;
      if (crd.spec) this.byGroupKind.set(`${crd.spec.group}/${crd.spec.names.kind}`, { file, crd });
    }
  }

  /** The dist/ file of the rendered CRD defining the apiVersion's group and kind, if one does. */
  sourceOf(apiVersion: string, kind: string): string | undefined {
    return this.byGroupKind.get(`${apiGroupOf(apiVersion)}/${kind}`)?.file;
  }

  /** The strict schema of a served version of a rendered CRD. */
  schemaFor(apiVersion: string, kind: string): SchemaNode | undefined {
    const groupKind = `${apiGroupOf(apiVersion)}/${kind}`;
    const found = this.byGroupKind.get(groupKind);
    if (!found) return undefined;
    if (!this.parsed.has(groupKind)) {
      this.parsed.add(groupKind);
      for (const [key, schema] of servedSchemas(found.crd)) this.schemas.set(key, schema);
    }
    return this.schemas.get(`${apiVersion}/${kind}`);
  }
}

/** `group/version/kind` -> strict schema of each served version of a CRD. */
function servedSchemas(crd: CrdDocument | null): Array<[string, SchemaNode]> {
  if (crd?.kind !== 'CustomResourceDefinition' || !crd.spec) return [];
  const { group, names, versions } = crd.spec;
  return versions
    .filter((version) => version.served !== false && version.schema?.openAPIV3Schema)
    .map((version) => [`${group}/${version.name}/${names.kind}`, strictSchema(withObjectFields(version.schema?.openAPIV3Schema as SchemaNode))]);
}

/**
 * The API server accepts apiVersion, kind and metadata on every custom resource whether or not its schema lists
 * them (some CRDs, Keycloak's among them, list only spec and status); metadata is checked against ObjectMeta.
 */
function withObjectFields(schema: SchemaNode): SchemaNode {
  const properties = (schema.properties ?? {}) as Record<string, SchemaNode>;
  return { ...schema, properties: { apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { type: 'object' }, ...properties } };
}

/** `group/kind` of every CRD in a file, read from `spec.group` and `spec.names.kind` without a full YAML parse. */
export function scanGroupKinds(text: string): string[] {
  const found: string[] = [];
  for (const doc of text.split(/^---\s*$/m)) {
    const group = /^  group: *["']?([\w.-]+)/m.exec(doc);
    const kind = /^  names:\n(?:    .*\n)*?    kind: *["']?(\w+)/m.exec(doc);
    if (group && kind) found.push(`${group[1]}/${kind[1]}`);
  }
  return found;
}
