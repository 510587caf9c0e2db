import { listAt, RenderedObject } from '../rendered-object';

/** The ingress class an Ingress asks for: its field, or the annotation older controllers read. */
function ingressClassOf(object: Record<string, any>): string {
  return object.spec?.ingressClassName ?? object.metadata?.annotations?.['kubernetes.io/ingress.class'] ?? '';
}

/**
 * Ingress paths that two Ingresses of one class route: the same host, path and path type. The gateway sends such a
 * request to only one of the two backends, silently: a module's route claiming another's host (a second
 * `grafana.<domain>`) takes its traffic. Each collision is reported once, at the later Ingress, naming the first.
 */
export function findRouteCollisions(rendered: readonly RenderedObject[]): string[] {
  const first = new Map<string, { file: string; name: string }>();
  const violations: string[] = [];
  for (const { file, object } of rendered) {
    if (object.kind !== 'Ingress') continue;
    const name = `${object.metadata?.namespace ?? ''}/${object.metadata?.name}`;
    listAt(object.spec?.rules).forEach((rule: any, ruleIndex: number) => {
      listAt(rule.http?.paths).forEach((route: any, pathIndex: number) => {
        const host = rule.host ?? '*';
        // A Prefix path matches by `/`-separated elements, so a trailing slash changes nothing: /status/ is /status.
        const path = route.pathType === 'Prefix' && route.path !== '/' ? String(route.path ?? '/').replace(/\/+$/, '') : (route.path ?? '/');
        const key = JSON.stringify([ingressClassOf(object), host, path, route.pathType ?? '']);
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, { file, name });
        } else {
          violations.push(
            `${file}: Ingress ${name}: spec.rules[${ruleIndex}].http.paths[${pathIndex}]: ${host}${route.path ?? '/'} (${route.pathType}) is also routed by Ingress ${earlier.name} (${earlier.file}); the gateway would send it to only one of them`,
          );
        }
      });
    });
  }
  return violations;
}
