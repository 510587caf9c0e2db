import { Construct } from 'constructs';
import { ClusterIssuer } from '../../../imports/certmanager-cert-manager.io';

export interface AcmeClusterIssuerProps {
  /** Issuer name, as `cert-manager.io/cluster-issuer` annotations refer to it. */
  readonly name: string;
  /** ACME directory URL. */
  readonly server: string;
  /** ACME account e-mail. */
  readonly email: string;
  /** Ingress class that routes the HTTP-01 challenge. */
  readonly ingressClassName: string;
  /** Node selector of the short-lived solver pods. */
  readonly solverNodeSelector: Record<string, string>;
}

/** A ClusterIssuer for an ACME CA answering HTTP-01 challenges through the gateway. */
export class AcmeClusterIssuer extends Construct {
  constructor(scope: Construct, id: string, props: AcmeClusterIssuerProps) {
    super(scope, id);
    new ClusterIssuer(this, 'Resource', {
      metadata: { name: props.name },
      spec: {
        acme: {
          email: props.email,
          server: props.server,
          // cert-manager creates the account key in this Secret; it never comes from git.
          privateKeySecretRef: { name: `${props.name}-account-key` },
          solvers: [
            {
              http01: {
                ingress: {
                  ingressClassName: props.ingressClassName,
                  podTemplate: { spec: { nodeSelector: props.solverNodeSelector } },
                },
              },
            },
          ],
        },
      },
    });
  }
}
