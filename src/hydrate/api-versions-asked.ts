/**
 * The API versions a chart's templates ask about (`.Capabilities.APIVersions.Has "monitoring.coreos.com/v1"`), or
 * 'any' when a template asks with a computed value or reads the whole list. A chart that asks only literal
 * questions renders the same whatever else the cluster serves: its render depends on the answers to those alone,
 * so a CRD that another chart adds does not make it render again.
 */
export function apiVersionsAsked(templates: string): ReadonlySet<string> | 'any' {
  const asked = new Set<string>();
  for (const [action] of templates.matchAll(/\{\{[^}]*?APIVersions[^}]*\}\}/g)) {
    for (const use of action.matchAll(/APIVersions(?:\.Has\s+"([^"]+)")?/g)) {
      if (use[1] === undefined) return 'any';
      asked.add(use[1]);
    }
  }
  return asked;
}
