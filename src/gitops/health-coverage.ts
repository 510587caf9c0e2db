import type { PlatformModule } from '../platform/module';
import { apiGroupOf, RenderedObject } from '../platform/rendered-object';

/**
 * Custom resource kinds whose health Argo CD judges itself (`resource_customizations/<group>/<Kind>/health.lua` of
 * Argo CD v3.4.4, the version the argocd module's chart installs). A test holds the chart's image to that version.
 */
export const JUDGED_BY_ARGO_CD: ReadonlySet<string> = new Set([
  'k8s.keycloak.org_Keycloak',
  'postgresql.cnpg.io_Cluster',
  'monitoring.coreos.com_Prometheus',
  'external-secrets.io_ExternalSecret',
  'external-secrets.io_ClusterSecretStore',
  'cert-manager.io_Certificate',
  'cert-manager.io_Issuer',
  'cert-manager.io_ClusterIssuer',
]);

/**
 * Custom resources Argo CD cannot judge: it counts a resource it has no health check for as healthy as soon as it
 * is applied, so the next sync wave would not wait for it. Each custom resource kind in the tree must be judged by
 * Argo CD itself, by a module's health check (`addHealthChecks`), or be declared ready once applied, with the reason
 * (`declareReadyWhenApplied`). One line per kind, naming the file of its first object and the CRD; and one per
 * declaration of a kind no CRD of the environment defines.
 */
export function findUnjudgedCustomResources(rendered: readonly RenderedObject[], modules: readonly PlatformModule[]): string[] {
  const crds = new Map<string, string>();
  for (const { file, object } of rendered) {
    if (object.kind === 'CustomResourceDefinition' && String(object.apiVersion).startsWith('apiextensions.k8s.io/')) crds.set(`${object.spec?.group}_${object.spec?.names?.kind}`, file);
  }
  const judged = new Set([...JUDGED_BY_ARGO_CD, ...modules.flatMap((module) => [...module.healthChecks, ...module.readyWhenApplied].map(({ resource }) => resource))]);
  const unjudged = new Map<string, string>();
  for (const { file, object } of rendered) {
    const resource = `${apiGroupOf(String(object.apiVersion))}_${object.kind}`;
    if (crds.has(resource) && !judged.has(resource) && !unjudged.has(resource)) unjudged.set(resource, file);
  }
  const stale = modules.flatMap((module) =>
    module.readyWhenApplied
      .filter(({ resource }) => !crds.has(resource))
      .map(({ resource }) => `module "${module.id}": declares ${resource.replace('_', '/')} ready when applied, but no CRD of the environment defines it (a stale declaration?)`),
  );
  const missing = [...unjudged].map(
    ([resource, file]) =>
      `${file}: Argo CD has no health check for ${resource.replace('_', '/')} (CRD ${crds.get(resource)}), so it would count it healthy at once and the next wave would not wait for it; add health/${resource}.lua to the module installing the CRD, or declare it ready when applied (declareReadyWhenApplied) with the reason`,
  );
  return [...stale, ...missing];
}
