import type { RenderedObject } from '../rendered-object';

/**
 * What of a Service must never be routed from the public gateway: paths (and everything under them) and ports. A
 * module declares the admin surfaces of what it deploys; synth refuses any Ingress reaching one.
 */
export interface AdminSurface {
  readonly namespace: string;
  readonly service: string;
  /** Path prefixes of the admin surface; `/` is the whole Service. */
  readonly paths: readonly string[];
  /** Service ports that serve only administration. */
  readonly ports: readonly number[];
  /** What the surface is, for the message. */
  readonly what: string;
}

/** Whether a route path prefix reaches an admin path: it is the admin path, lies under it, or contains it. */
function reaches(routePath: string, adminPath: string): boolean {
  const route = routePath.replace(/\/+$/, '') || '/';
  const admin = adminPath.replace(/\/+$/, '') || '/';
  if (admin === '/' || route === '/') return true;
  return route === admin || route.startsWith(`${admin}/`) || admin.startsWith(`${route}/`);
}

/** Every Ingress path that reaches a declared admin surface. */
export function findPublicAdminRoutes(rendered: readonly RenderedObject[], surfaces: readonly AdminSurface[]): string[] {
  return rendered.flatMap(({ file, object }) => {
    if (object.kind !== 'Ingress') return [];
    return (object.spec?.rules ?? []).flatMap((rule: any) =>
      (rule.http?.paths ?? []).flatMap((path: any) => {
        const backend = path.backend?.service;
        const surface = surfaces.find((s) => s.namespace === object.metadata?.namespace && s.service === backend?.name);
        if (!surface) return [];
        const port = backend.port?.number;
        const adminPath = surface.paths.find((p) => reaches(path.path ?? '/', p));
        if (adminPath === undefined && !surface.ports.includes(port)) return [];
        const reached = adminPath !== undefined ? `path ${adminPath}` : `port ${port}`;
        return [`${file}: Ingress ${object.metadata.name}: ${rule.host}${path.path ?? '/'} reaches ${surface.what} (${surface.namespace}/${surface.service} ${reached}); route only its public paths`];
      }),
    );
  });
}
