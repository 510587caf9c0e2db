/** Argo CD facts shared by the bootstrap and the child Applications. */

/** Namespace Argo CD runs in; Applications and the AppProject live there. */
export const ARGOCD_NAMESPACE = 'argocd';

/** The root Application of an environment: the one an operator applies, which syncs the child Applications. */
export const rootApplicationName = (environment: string) => `ewoc-platform-${environment}`;

/**
 * Longest Application name Argo CD can track: it labels what an Application deploys with the Application's name
 * (`application.instanceLabelKey`), and a label value holds at most 63 characters.
 */
export const MAX_APPLICATION_NAME = 63;

/** The cluster Argo CD runs in, as Application destinations name it. */
export const IN_CLUSTER = 'https://kubernetes.default.svc';

/** Orders child Applications: lower waves must be synced and healthy first. */
export const SYNC_WAVE_ANNOTATION = 'argocd.argoproj.io/sync-wave';

/** Per-object sync options; `Prune=false,Delete=false` keeps data-bearing objects when Argo CD would remove them. */
export const SYNC_OPTIONS_ANNOTATION = 'argocd.argoproj.io/sync-options';
export const KEEP_DATA = 'Prune=false,Delete=false';

/** Retries of a failed sync: 10 s doubling to 5 min covers CRDs and webhooks arriving from another wave. */
export const SYNC_RETRY = { limit: 10, backoff: { duration: '10s', factor: 2, maxDuration: '5m' } };

/** Makes deleting an Application delete what it deployed (objects marked Delete=false excepted). */
export const CASCADE_FINALIZER = 'resources-finalizer.argocd.argoproj.io';

/** Folder of an environment's rendered tree inside the git repository. */
export function environmentPath(gitopsPath: string, environment: string): string {
  return `${gitopsPath}/${environment}`;
}
