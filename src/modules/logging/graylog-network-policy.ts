import { k8s } from 'cdk8s-plus-26';
import { Construct } from 'constructs';

export interface GraylogNetworkPolicyProps {
  readonly namespace: string;
  /** Labels of the Graylog server pods. */
  readonly graylogLabels: Record<string, string>;
  /** Graylog's web and API port, where header authentication applies. */
  readonly httpPort: number;
  /** Namespace of the gateway that authenticates users and sets the header. */
  readonly gatewayNamespace: string;
  /** Ports of the log inputs, open to every pod and node: Fluent Bit and processing pods send there. */
  readonly inputPorts: ReadonlyArray<{ readonly port: number; readonly protocol: 'TCP' | 'UDP' }>;
}

/**
 * Header authentication makes whoever reaches Graylog's HTTP port the user the header names, so only the gateway
 * (which sets the header after single sign-on) and pods of Graylog's own namespace (the Data Nodes, the
 * configuration Job) may reach it. The log inputs stay open; nothing else of Graylog is reachable.
 */
export class GraylogNetworkPolicy extends Construct {
  constructor(scope: Construct, id: string, props: GraylogNetworkPolicyProps) {
    super(scope, id);
    new k8s.KubeNetworkPolicy(this, 'policy', {
      metadata: { name: 'graylog-ingress', namespace: props.namespace },
      spec: {
        podSelector: { matchLabels: props.graylogLabels },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': props.gatewayNamespace } } }, { podSelector: {} }],
            ports: [{ port: k8s.IntOrString.fromNumber(props.httpPort), protocol: 'TCP' }],
          },
          { ports: props.inputPorts.map(({ port, protocol }) => ({ port: k8s.IntOrString.fromNumber(port), protocol })) },
        ],
      },
    });
  }
}
