import { listAt, RenderedObject } from '../rendered-object';

/**
 * A Service a module exposes outside the cluster on purpose (a LoadBalancer or node ports): the gateway every
 * route goes through. Declared with the reason, as `runOnEveryNode` exceptions are.
 */
export interface EntryPoint {
  readonly namespace: string;
  readonly service: string;
  readonly reason: string;
}

/** Service types that reach outside the cluster. */
const OUTSIDE_TYPES = ['LoadBalancer', 'NodePort'];

/**
 * Services reachable from outside the cluster that no module declares an entry point: a LoadBalancer, node ports,
 * or external IPs. Such a Service bypasses the gateway, and with it the routes' SSO and TLS; a chart value can turn
 * one on unnoticed.
 */
export function findUndeclaredEntryPoints(rendered: readonly RenderedObject[], entryPoints: readonly EntryPoint[]): string[] {
  return rendered.flatMap(({ file, object }) => {
    if (object.apiVersion !== 'v1' || object.kind !== 'Service') return [];
    const { namespace, name } = object.metadata ?? {};
    if (entryPoints.some((entry) => entry.namespace === namespace && entry.service === name)) return [];
    const type = object.spec?.type ?? 'ClusterIP';
    const how = OUTSIDE_TYPES.includes(type) ? `type ${type}` : listAt(object.spec?.externalIPs).length > 0 ? 'spec.externalIPs' : undefined;
    if (!how) return [];
    return [`${file}: Service ${namespace}/${name}: ${how} exposes it outside the cluster, past the gateway and the SSO of its routes; keep it ClusterIP and route it through Kong, or declare it an entry point of its module (declareEntryPoint)`];
  });
}
