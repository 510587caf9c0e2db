import { k8s } from 'cdk8s-plus-26';
import { Construct } from 'constructs';
import { PlatformError } from '../platform/errors';
import { PlatformModule } from '../platform/module';
import { CertManagerModule } from '../modules/cert-manager/cert-manager-module';
import { KongModule } from '../modules/kong/kong-module';
import { PLUGINS_ANNOTATION } from '../platform/network/kong-plugin-references';

/** A path of a host and the service port it goes to. */
export interface RoutePath {
  /** Path prefix, such as `/` or `/backend`. */
  readonly path: string;
  readonly service: string;
  readonly port: number;
  /**
   * Labels of the pods behind the Service, when the tree does not render the Service (an operator creates it):
   * only they receive from the gateway, instead of every pod of the namespace.
   * @default the rendered Service's selector, or every pod of the namespace
   */
  readonly pods?: Readonly<Record<string, string>>;
}

/** A host and its paths. */
export interface RouteRule {
  /** Fully qualified host name. */
  readonly host: string;
  readonly paths: readonly RoutePath[];
}

export interface PublicRouteProps {
  readonly namespace: string;
  /** Name of the Ingress. */
  readonly name: string;
  readonly rules: readonly RouteRule[];
  /**
   * Kong plugins (KongPlugin names in the namespace) applied to the route, in order.
   * @default none
   */
  readonly plugins?: readonly string[];
  /**
   * Strip the matched path before proxying.
   * @default false
   */
  readonly stripPath?: boolean;
  /**
   * Ask cert-manager for the hosts' certificates. Turn off for a second route on a host whose certificate another
   * route already asks for: it then only uses the same TLS Secret.
   * @default true
   */
  readonly issueCertificate?: boolean;
}

/**
 * A public HTTPS route through the Kong gateway: an Ingress of class kong, a TLS Secret per host from the
 * environment's ACME ClusterIssuer, and HTTP redirected to HTTPS with a 302.
 */
export class PublicRoute extends Construct {
  constructor(scope: Construct, id: string, props: PublicRouteProps) {
    super(scope, id);
    const module = PlatformModule.of(this);
    const kong = module.use(KongModule);
    const issuer = module.use(CertManagerModule).issuer;
    if (props.rules.length === 0 || props.rules.some((r) => r.paths.length === 0)) {
      throw new PlatformError(`${this.node.path}: route "${props.name}" needs at least one host, and at least one path per host`);
    }
    const annotations: Record<string, string> = {
      'konghq.com/protocols': 'https',
      'konghq.com/https-redirect-status-code': '302',
    };
    if (props.issueCertificate ?? true) annotations['cert-manager.io/cluster-issuer'] = issuer;
    if (props.plugins?.length) annotations[PLUGINS_ANNOTATION] = props.plugins.join(',');
    if (props.stripPath) annotations['konghq.com/strip-path'] = 'true';

    // Only the gateway reaches the backends, and the ACME solvers cert-manager starts for the hosts' certificates.
    for (const { service, port, pods } of props.rules.flatMap((rule) => rule.paths)) {
      module.allowIngress({
        name: `route-${props.name}-${service}-${port}`,
        to: pods ? { namespace: props.namespace, pods, ports: [port] } : { namespace: props.namespace, service, port },
        from: [kong.gatewayPods],
        reason: `the gateway forwards the routes of ${service}:${port}`,
      });
    }
    if (props.issueCertificate ?? true) {
      module.allowIngress({
        name: 'acme-http01-solver',
        to: { namespace: props.namespace, pods: { 'acme.cert-manager.io/http01-solver': 'true' }, ports: [8089] },
        from: [kong.gatewayPods],
        reason: "Let's Encrypt checks the hosts' HTTP-01 challenges through the gateway",
      });
    }

    new k8s.KubeIngress(this, 'ingress', {
      metadata: { name: props.name, namespace: props.namespace, annotations },
      spec: {
        ingressClassName: kong.ingressClass,
        tls: props.rules.map((rule) => ({ hosts: [rule.host], secretName: tlsSecretName(rule.host) })),
        rules: props.rules.map((rule) => ({
          host: rule.host,
          http: {
            paths: rule.paths.map((p) => ({
              path: p.path,
              pathType: 'Prefix',
              backend: { service: { name: p.service, port: { number: p.port } } },
            })),
          },
        })),
      },
    });
  }
}

/** TLS Secret of a host: one per host, named after its first label (`rdm.example.org` -> `rdm-tls`). */
function tlsSecretName(host: string): string {
  return `${host.split('.')[0]}-tls`;
}
