import { derivedAllowanceName, IngressAllowance, PodPeer, PortRef } from './ingress-allowance';
import { listAt } from '../rendered-object';

/** Whether labels carry every label of a selector's matchLabels (the selectors monitors use). */
const selects = (selector: Record<string, any> | undefined, labels: Record<string, string> | undefined) =>
  Object.entries(selector?.matchLabels ?? {}).every(([key, value]) => labels?.[key] === value);

/**
 * The pods of the Prometheus servers of a tree, by the labels prometheus-operator gives them: they are the ones that
 * scrape.
 */
function scrapers(objects: readonly Record<string, any>[]): PodPeer[] {
  return objects
    .filter((o) => o.kind === 'Prometheus' && String(o.apiVersion).startsWith('monitoring.coreos.com/'))
    .map((o) => ({ namespace: o.metadata.namespace, pods: { 'app.kubernetes.io/name': 'prometheus', 'operator.prometheus.io/name': o.metadata.name } }));
}

/** The namespaces a monitor looks in: those it names, or its own. */
function monitoredNamespaces(monitor: Record<string, any>): string[] | 'any' {
  const selector = monitor.spec?.namespaceSelector;
  if (selector?.any) return 'any';
  return selector?.matchNames?.length ? selector.matchNames : [monitor.metadata.namespace];
}

/**
 * Paths Prometheus needs to the ports its ServiceMonitors and PodMonitors name, derived from the monitors a module
 * renders: a ServiceMonitor's endpoints name Service ports, reached on their target ports of the Services' pods; a
 * PodMonitor's name container ports of the pods it selects. Targets outside the tree (the API server, kubelets) are
 * not pods the platform's policies cover.
 */
export function scrapeAllowances(monitors: readonly Record<string, any>[], tree: readonly Record<string, any>[]): IngressAllowance[] {
  const from = scrapers(tree);
  if (from.length === 0) return [];
  const inScope = (monitor: Record<string, any>, namespace: string) => {
    const namespaces = monitoredNamespaces(monitor);
    return namespaces === 'any' || namespaces.includes(namespace);
  };
  return monitors.flatMap((monitor): IngressAllowance[] => {
    const name = derivedAllowanceName('scrape', monitor.metadata.name);
    const reason = `Prometheus scrapes what ${monitor.kind} ${monitor.metadata.namespace}/${monitor.metadata.name} names`;
    if (monitor.kind === 'ServiceMonitor') {
      const services = tree.filter((o) => o.kind === 'Service' && inScope(monitor, o.metadata?.namespace) && selects(monitor.spec?.selector, o.metadata?.labels));
      return services.flatMap((service) => {
        const ports: PortRef[] = listAt(monitor.spec?.endpoints).flatMap((endpoint: any) => {
          const port = service.spec?.ports?.find((p: any) => p.name === endpoint.port || (endpoint.targetPort !== undefined && p.targetPort === endpoint.targetPort));
          return port ? [port.targetPort ?? port.port] : [];
        });
        if (ports.length === 0 || !service.spec?.selector) return [];
        return [{ name, to: { namespace: service.metadata.namespace, pods: service.spec.selector, ports: [...new Set(ports)] }, from, reason }];
      });
    }
    if (monitor.kind === 'PodMonitor') {
      const ports: PortRef[] = listAt(monitor.spec?.podMetricsEndpoints).flatMap((endpoint: any) => (endpoint.port !== undefined ? [endpoint.port] : []));
      const namespaces = monitoredNamespaces(monitor);
      if (ports.length === 0 || namespaces === 'any') return [];
      return namespaces.map((namespace) => ({ name, to: { namespace, pods: monitor.spec?.selector?.matchLabels ?? {}, ports }, from, reason }));
    }
    return [];
  });
}
