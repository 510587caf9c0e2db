/** The longest allowance name: `allow-` and it make a NetworkPolicy name, which Kubernetes limits to 63 characters. */
export const ALLOWANCE_NAME_LENGTH = 55;

/** An allowance name derived from another object's name, cut to fit. */
export function derivedAllowanceName(prefix: string, name: string): string {
  return `${prefix}-${name}`.slice(0, ALLOWANCE_NAME_LENGTH).replace(/-+$/, '');
}

/** Pods that may open connections: a namespace's pods, all of them or those with these labels. */
export interface PodPeer {
  readonly namespace: string;
  /** @default every pod of the namespace */
  readonly pods?: Readonly<Record<string, string>>;
}

/** Pods that receive: those behind a Service (its selector and target port, read from the rendered Service). */
export interface ServiceTarget {
  readonly namespace: string;
  readonly service: string;
  /** The Service port. */
  readonly port: number;
}

/** A container port, by number or name; TCP unless it says UDP. */
export type PortRef = number | string | { readonly port: number | string; readonly protocol: 'TCP' | 'UDP' };

/** Pods that receive: by labels, on container ports. */
export interface PodTarget {
  readonly namespace: string;
  /** @default every pod of the namespace */
  readonly pods?: Readonly<Record<string, string>>;
  readonly ports: readonly PortRef[];
}

/**
 * A path through the default-deny ingress policy of a namespace, declared by the module that needs it: it becomes a
 * NetworkPolicy in the target's namespace, annotated with its reason. `anywhere` is for what comes from outside the
 * pod network (the API server calling a webhook, clients of the public gateway), and is limited to the ports named.
 */
export interface IngressAllowance {
  /** Names the NetworkPolicy (`allow-<name>`): a DNS label, unique in the target namespace. */
  readonly name: string;
  readonly to: ServiceTarget | PodTarget;
  readonly from: readonly PodPeer[] | 'anywhere';
  /** Why the path exists, in words; it is written on the NetworkPolicy. */
  readonly reason: string;
}
