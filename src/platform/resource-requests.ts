import { containersOf, podTemplatesOf } from './pod-security';
import { listAt, RenderedObject } from './rendered-object';

/** The resources every container must request, itself or through its namespace's LimitRange. */
const REQUESTED = ['cpu', 'memory'];

/**
 * Containers that request no CPU or no memory when no LimitRange of their namespace gives them a default request.
 * The scheduler places such a pod without counting what it uses, and one that requests nothing at all runs
 * BestEffort: the kubelet evicts it first when its node runs short.
 */
export function findUnrequestedContainers(rendered: readonly RenderedObject[]): string[] {
  const defaults = new Map<string, Set<string>>();
  for (const { object } of rendered.filter(({ object }) => object.apiVersion === 'v1' && object.kind === 'LimitRange')) {
    const given = defaults.get(object.metadata?.namespace) ?? new Set<string>();
    // The LimitRanger fills a missing defaultRequest from default, and a missing default from max.
    for (const limit of listAt(object.spec?.limits)) {
      if (limit.type === 'Container') for (const field of ['defaultRequest', 'default', 'max']) Object.keys(limit[field] ?? {}).forEach((resource) => given.add(resource));
    }
    defaults.set(object.metadata?.namespace, given);
  }
  return rendered.flatMap(({ file, object }) =>
    podTemplatesOf(object).flatMap((pod) => {
      const byDefault = defaults.get(object.metadata?.namespace) ?? new Set<string>();
      return containersOf(pod).flatMap(({ path, container }) => {
        const missing = REQUESTED.filter((resource) => container.resources?.requests?.[resource] == null && container.resources?.limits?.[resource] == null && !byDefault.has(resource));
        if (missing.length === 0) return [];
        return [
          `${file}: ${object.kind} ${object.metadata?.name}: ${path} (${container.name}): requests no ${missing.join(' and no ')}, and namespace ${object.metadata?.namespace} gives no default (LimitRange); set resources.requests, or the scheduler places it without counting its ${missing.join(' and ')}`,
        ];
      });
    }),
  );
}
