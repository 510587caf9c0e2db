/**
 * A small evaluator of Kubernetes NetworkPolicy ingress semantics, for the connectivity tests: a connection to a pod
 * is allowed when no policy selects the pod for ingress, or when some policy selecting it has a rule whose sources
 * and ports both match. Egress is not restricted by the platform and not modelled.
 */

/** A pod as policies see it: its namespace, labels and container ports. */
export interface PodIdentity {
  readonly name: string;
  readonly namespace: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly ports: ReadonlyArray<{ readonly name?: string; readonly port: number; readonly protocol?: string }>;
  /** Pods on the host network are not subject to NetworkPolicies. */
  readonly hostNetwork?: boolean;
}

/** A source outside the pod network (the API server, a client of the load balancer). */
export const OUTSIDE = 'outside';
export type Source = PodIdentity | typeof OUTSIDE;

interface LabelSelector {
  readonly matchLabels?: Readonly<Record<string, string>>;
  readonly matchExpressions?: ReadonlyArray<{ readonly key: string; readonly operator: string; readonly values?: readonly string[] }>;
}

/** Whether labels satisfy a selector; an empty selector selects everything. */
export function selects(selector: LabelSelector | undefined, labels: Readonly<Record<string, string>>): boolean {
  if (!selector) return true;
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  const byExpressions = (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    switch (operator) {
      case 'In':
        return key in labels && values.includes(labels[key]);
      case 'NotIn':
        return !(key in labels) || !values.includes(labels[key]);
      case 'Exists':
        return key in labels;
      case 'DoesNotExist':
        return !(key in labels);
      default:
        throw new Error(`unknown selector operator ${operator}`);
    }
  });
  return byLabels && byExpressions;
}

export class NetworkPolicyEvaluator {
  constructor(private readonly policies: readonly Record<string, any>[]) {}

  /** Whether `source` may open a connection to `target` on `port`. */
  allows(source: Source, target: PodIdentity, port: number, protocol = 'TCP'): boolean {
    if (target.hostNetwork) return true;
    const selecting = this.policies.filter(
      (policy) => policy.metadata.namespace === target.namespace && selects(policy.spec.podSelector, target.labels) && (policy.spec.policyTypes ?? ['Ingress']).includes('Ingress'),
    );
    if (selecting.length === 0) return true;
    return selecting.some((policy) => (policy.spec.ingress ?? []).some((rule: any) => this.portMatches(rule, target, port, protocol) && this.sourceMatches(rule, policy.metadata.namespace, source)));
  }

  private portMatches(rule: any, target: PodIdentity, port: number, protocol: string): boolean {
    if (!rule.ports || rule.ports.length === 0) return true;
    return rule.ports.some((entry: any) => {
      if ((entry.protocol ?? 'TCP') !== protocol) return false;
      if (entry.port === undefined) return true;
      if (typeof entry.port === 'number') return entry.endPort ? port >= entry.port && port <= entry.endPort : port === entry.port;
      // A named port is the target container's port of that name.
      return target.ports.some((p) => p.name === entry.port && p.port === port && (p.protocol ?? 'TCP') === protocol);
    });
  }

  private sourceMatches(rule: any, policyNamespace: string, source: Source): boolean {
    if (!rule.from || rule.from.length === 0) return true;
    return rule.from.some((peer: any) => {
      if (peer.ipBlock) return source === OUTSIDE;
      if (source === OUTSIDE) return false;
      const namespaceLabels = { 'kubernetes.io/metadata.name': source.namespace };
      const inNamespace = peer.namespaceSelector ? selects(peer.namespaceSelector, namespaceLabels) : source.namespace === policyNamespace;
      return inNamespace && selects(peer.podSelector, source.labels);
    });
  }
}
