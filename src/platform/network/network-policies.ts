import { PlatformError } from '../errors';
import { ALLOWANCE_NAME_LENGTH, IngressAllowance, PodPeer, PortRef } from './ingress-allowance';

/** The annotation carrying an allowance's reason on its NetworkPolicy. */
export const REASON_ANNOTATION = 'ewoc-platform.io/reason';
const PART_OF = { 'app.kubernetes.io/part-of': 'ewoc-platform' };
/** The label Kubernetes puts on every namespace with its name: how a policy names a namespace. */
const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/** The policy that closes a namespace: no pod receives anything that no allowance lets in. */
export function defaultDenyIngress(namespace: string): Record<string, any> {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'default-deny-ingress', namespace, labels: { ...PART_OF }, annotations: { [REASON_ANNOTATION]: 'every path into the namespace is allowed by its own policy' } },
    spec: { podSelector: {}, policyTypes: ['Ingress'] },
  };
}

/**
 * The NetworkPolicy of an allowance. A Service target is resolved through the rendered Services (`services`): its
 * selector picks the pods, and the target port (a number or a container port name) the port. A Service that is not
 * rendered belongs to an application deployed from its own repository: every pod of the namespace may receive on the
 * Service's port from the allowed sources, which such an application must therefore listen on. A path open from
 * anywhere (a webhook) must reach a rendered Service.
 */
export function allowancePolicy(allowance: IngressAllowance, services: readonly Record<string, any>[], declaredBy: string): Record<string, any> {
  const { to } = allowance;
  const where = `module "${declaredBy}": allowance "${allowance.name}"`;
  const label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(allowance.name) && allowance.name.length <= ALLOWANCE_NAME_LENGTH;
  if (!label) throw new PlatformError(`${where}: the name must be a DNS label of at most ${ALLOWANCE_NAME_LENGTH} characters`);
  if (!allowance.reason.trim()) throw new PlatformError(`${where}: needs a reason`);
  if (allowance.from !== 'anywhere' && allowance.from.length === 0) throw new PlatformError(`${where}: names no source`);
  let pods: Readonly<Record<string, string>> | undefined;
  let ports: readonly PortRef[];
  if ('service' in to) {
    const service = services.find((s) => s.kind === 'Service' && s.metadata?.namespace === to.namespace && s.metadata?.name === to.service);
    const servicePort = service?.spec?.ports?.find((p: any) => p.port === to.port);
    if (service && !servicePort) throw new PlatformError(`${where}: Service ${to.namespace}/${to.service} has no port ${to.port}`);
    // Every pod of a namespace open to the world is too much to guess: such a path must name what it opens.
    if (!service && allowance.from === 'anywhere') {
      throw new PlatformError(`${where}: Service ${to.namespace}/${to.service} is not rendered, and a path open from anywhere must select the pods it opens; render the Service or name the pods`);
    }
    pods = service ? service.spec.selector : undefined;
    ports = [servicePort?.targetPort ?? to.port];
  } else {
    pods = to.pods;
    ports = to.ports;
    if (ports.length === 0) throw new PlatformError(`${where}: names no port`);
  }
  const rule: Record<string, any> = { ports: ports.map((port) => (typeof port === 'object' ? { protocol: port.protocol, port: port.port } : { protocol: 'TCP', port })) };
  if (allowance.from !== 'anywhere') rule.from = allowance.from.map(peer);
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: `allow-${allowance.name}`, namespace: to.namespace, labels: { ...PART_OF }, annotations: { [REASON_ANNOTATION]: allowance.reason } },
    spec: { podSelector: pods && Object.keys(pods).length > 0 ? { matchLabels: { ...pods } } : {}, policyTypes: ['Ingress'], ingress: [rule] },
  };
}

function peer({ namespace, pods }: PodPeer): Record<string, any> {
  const selected: Record<string, any> = { namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: namespace } } };
  if (pods && Object.keys(pods).length > 0) selected.podSelector = { matchLabels: { ...pods } };
  return selected;
}
