import * as YAML from 'yaml';
import { PlatformError } from '../platform/errors';

/** A Kubernetes object as a tool rendered it, as plain data. */
export type Manifest = Record<string, unknown>;

/** How the YAML a tool renders is read: as YAML 1.1, timestamps kept as strings (see `parseManifests`). */
const READ_OPTIONS: YAML.ParseOptions & YAML.DocumentOptions & YAML.SchemaOptions = {
  version: '1.1',
  customTags: (tags) => tags.filter((tag) => typeof tag === 'string' || tag.tag !== 'tag:yaml.org,2002:timestamp'),
};

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
  const document = YAML.parseDocument(text, READ_OPTIONS);
  const problem = document.errors[0];
  if (problem) throw new PlatformError(`${source} rendered invalid YAML: ${problem.message}`);
  const value: unknown = document.toJS();
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new PlatformError(`${source} rendered a document that is not an object: ${YAML.stringify(value).trim()}`);
  }
  return value as Manifest;
}
