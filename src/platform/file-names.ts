/**
 * `<kind>-<name>.yaml`, lower case: stable, readable names for diffs. An object in a namespace other than the
 * module's gets `.<namespace>` before the extension, since names repeat across namespaces (pull secrets, claims).
 */
export function moduleFileName(object: Record<string, any>, moduleNamespace: string | undefined): string {
  const namespace = object.metadata?.namespace;
  const suffix = namespace && namespace !== moduleNamespace ? `.${namespace}` : '';
  return `${String(object.kind).toLowerCase()}-${object.metadata?.name}${suffix}.yaml`;
}
