/**
 * The API versions a chart's templates ask about (`.Capabilities.APIVersions.Has "monitoring.coreos.com/v1"`), or
 * 'any' when they may depend on the whole list: a question with a computed value, or `.Capabilities` used any way
 * other than `.APIVersions.Has "<literal>"`, `.KubeVersion` or `.HelmVersion` (handed whole to a helper, printed
 * with `toString`). A chart that asks only literal questions renders the same whatever else the cluster serves, so
 * a CRD another chart adds does not make it render again.
 */
export function apiVersionsAsked(templates: string): ReadonlySet<string> | 'any' {
  const asked = new Set<string>();
  for (const use of templates.matchAll(/\.Capabilities\b(?:\.(\w+)(?:\.Has\s+"([^"]+)")?)?/g)) {
    const [, field, literal] = use;
    if (field === 'KubeVersion' || field === 'HelmVersion') continue;
    if (field !== 'APIVersions' || literal === undefined) return 'any';
    asked.add(literal);
  }
  return asked;
}
