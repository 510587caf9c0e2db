import * as YAML from 'yaml';
import { PlatformError } from '../platform/errors';

/** A Kubernetes object as a tool rendered it, as plain data. */
export type Manifest = Record<string, unknown>;

/**
 * The objects of a multi-document YAML stream, empty documents (a lone `# Source:` comment, a template that rendered
 * nothing) dropped. Read as YAML 1.1, the dialect kubectl and Argo CD read a tool's output in (go-yaml), so `0644` is
 * a file mode and `on` a boolean as they would be; timestamps stay strings, as go-yaml keeps them in untyped fields.
 */
export function parseManifests(text: string, source: string): Manifest[] {
  const documents = YAML.parseAllDocuments(text, {
    version: '1.1',
    customTags: (tags) => tags.filter((tag) => typeof tag === 'string' || tag.tag !== 'tag:yaml.org,2002:timestamp'),
  });
  const manifests: Manifest[] = [];
  for (const document of documents) {
    const problem = document.errors[0];
    if (problem) throw new PlatformError(`${source} rendered invalid YAML: ${problem.message}`);
    const value: unknown = document.toJS();
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw new PlatformError(`${source} rendered a document that is not an object: ${YAML.stringify(value).trim()}`);
    }
    manifests.push(value as Manifest);
  }
  return manifests;
}
