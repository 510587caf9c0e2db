import * as fs from 'node:fs';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { SchemaNode, strictSchema } from './strict-schema';
import { sha256 } from './validator-cache';

interface CrdDocument {
  kind?: string;
  spec?: {
    group: string;
    names: { kind: string };
    versions: Array<{ name: string; served?: boolean; schema?: { openAPIV3Schema?: SchemaNode } }>;
  };
}

/** A CRD file that defines a kind: where it is and the digest of its content. */
export interface CrdFile {
  /** Path relative to the schemas folder, for messages (crds/argo-cd/application-crd.yaml). */
  readonly source: string;
  readonly digest: string;
}

/**
 * The CRDs copied under schemas/crds/. Which file defines which group and kind is found with a cheap scan; a file
 * is parsed only when a validator must be compiled from it (the files are large, and warm runs need none).
 */
export class CrdSchemas {
  private readonly files = new Map<string, CrdFile & { readonly path: string }>();
  private readonly schemas = new Map<string, SchemaNode>();
  private readonly parsed = new Set<string>();

  constructor(crdDir: string) {
    for (const project of fs.readdirSync(crdDir, { withFileTypes: true })) {
      if (!project.isDirectory()) continue;
      for (const name of fs.readdirSync(path.join(crdDir, project.name)).sort()) {
        if (!/\.ya?ml$/.test(name)) continue;
        const full = path.join(crdDir, project.name, name);
        const text = fs.readFileSync(full, 'utf8');
        const file = { path: full, source: path.relative(path.dirname(crdDir), full), digest: sha256(text).slice(0, 16) };
        for (const groupKind of scanGroupKinds(text)) this.files.set(groupKind, file);
      }
    }
  }

  /** The file defining a custom resource's group and kind, or undefined when it is not a known custom resource. */
  fileFor(apiVersion: string, kind: string): CrdFile | undefined {
    const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
    return this.files.get(`${group}/${kind}`);
  }

  /** The strict schema of a served CRD version, or undefined when the CRD does not serve that version. */
  schemaFor(apiVersion: string, kind: string): SchemaNode | undefined {
    const file = this.fileFor(apiVersion, kind);
    if (!file) return undefined;
    const { path: full } = file as CrdFile & { path: string };
    if (!this.parsed.has(full)) {
      this.parsed.add(full);
      for (const doc of YAML.parseAllDocuments(fs.readFileSync(full, 'utf8'))) {
        const crd = doc.toJS() as CrdDocument | null;
        if (crd?.kind !== 'CustomResourceDefinition' || !crd.spec) continue;
        for (const version of crd.spec.versions) {
          const schema = version.schema?.openAPIV3Schema;
          if (version.served === false || !schema) continue;
          this.schemas.set(`${crd.spec.group}/${version.name}/${crd.spec.names.kind}`, strictSchema(withObjectFields(schema)));
        }
      }
    }
    return this.schemas.get(`${apiVersion}/${kind}`);
  }
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
