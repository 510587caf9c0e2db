import { derivedAllowanceName, IngressAllowance } from './ingress-allowance';
import { listAt } from '../rendered-object';

interface ServiceReference {
  readonly namespace: string;
  readonly name: string;
  readonly port?: number;
}

/** The Services an object makes the API server call: admission webhooks, CRD conversion webhooks. */
function calledServices(object: Record<string, any>): ServiceReference[] {
  switch (object.kind) {
    case 'ValidatingWebhookConfiguration':
    case 'MutatingWebhookConfiguration':
      return listAt(object.webhooks).flatMap((webhook: any) => (webhook.clientConfig?.service ? [webhook.clientConfig.service] : []));
    case 'CustomResourceDefinition': {
      const service = object.spec?.conversion?.webhook?.clientConfig?.service;
      return service ? [service] : [];
    }
    default:
      return [];
  }
}

/**
 * Paths the API server needs into webhook pods, derived from the objects that register them. The API server is not
 * a pod (on managed clusters its address is not even known), so the path is open from anywhere, on the webhook's
 * port only; the webhook authenticates nothing, but it only answers admission reviews.
 */
export function webhookAllowances(objects: readonly Record<string, any>[]): IngressAllowance[] {
  const byName = new Map<string, IngressAllowance>();
  for (const object of objects) {
    for (const service of calledServices(object)) {
      const port = service.port ?? 443;
      const name = derivedAllowanceName('webhook', service.name);
      byName.set(`${service.namespace}/${name}/${port}`, {
        name,
        to: { namespace: service.namespace, service: service.name, port },
        from: 'anywhere',
        reason: `the API server calls the webhook ${service.namespace}/${service.name}:${port}`,
      });
    }
  }
  return [...byName.values()];
}
