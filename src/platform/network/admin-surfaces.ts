import { listAt, RenderedObject } from '../rendered-object';

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

/** The routes of an Ingress: each rule's paths, and the default backend, which answers every host and path. */
function routesOf(ingress: Record<string, any>): Array<{ where: string; path: string; backend: any }> {
  const paths = listAt(ingress.spec?.rules).flatMap((rule: any) =>
    listAt(rule.http?.paths).map((p: any) => ({ where: `${rule.host ?? '*'}${p.path ?? '/'}`, path: p.path ?? '/', backend: p.backend?.service })),
  );
  const fallback = ingress.spec?.defaultBackend?.service;
  return fallback ? [...paths, { where: 'its default backend', path: '/', backend: fallback }] : paths;
}

/**
 * Every way from outside to a declared admin surface: an Ingress path (or default backend) reaching an admin path or
 * port, and an admin Service exposed by itself as a LoadBalancer or on node ports.
 */
export function findPublicAdminRoutes(rendered: readonly RenderedObject[], surfaces: readonly AdminSurface[]): string[] {
  const surfaceOf = (namespace: string, service: string) => surfaces.find((s) => s.namespace === namespace && s.service === service);
  return rendered.flatMap(({ file, object }) => {
    if (object.kind === 'Service') {
      const surface = surfaceOf(object.metadata?.namespace, object.metadata?.name);
      const type = object.spec?.type ?? 'ClusterIP';
      return surface && (type === 'LoadBalancer' || type === 'NodePort')
        ? [`${file}: Service ${object.metadata.name}: type ${type} exposes ${surface.what} outside the cluster; keep it ClusterIP`]
        : [];
    }
    if (object.kind !== 'Ingress') return [];
    return routesOf(object).flatMap(({ where, path, backend }) => {
      const surface = surfaceOf(object.metadata?.namespace, backend?.name);
      if (!surface) return [];
      const port = backend.port?.number;
      const adminPath = surface.paths.find((p) => reaches(path, p));
      if (adminPath === undefined && !surface.ports.includes(port)) return [];
      const reached = adminPath !== undefined ? `path ${adminPath}` : `port ${port}`;
      return [`${file}: Ingress ${object.metadata.name}: ${where} reaches ${surface.what} (${surface.namespace}/${surface.service} ${reached}); route only its public paths`];
    });
  });
}
