import { Construct } from 'constructs';
import { Certificate, Issuer } from '../../../imports/certmanager-cert-manager.io';

export interface AdmissionWebhookCertificateProps {
  readonly namespace: string;
  /** Service of the webhook: the certificate's DNS name is <service>.<namespace>.svc. */
  readonly service: string;
  /** Secret the webhook server reads its certificate from. */
  readonly secretName: string;
}

/**
 * A serving certificate for an admission webhook, from a private CA that cert-manager keeps in the cluster. A chart
 * generating its own certificate renders a new one on every sync, which Argo CD would apply forever; cert-manager's
 * cainjector puts the CA into the webhook configuration (annotation `inject-ca-from` = `annotationValue`).
 */
export class AdmissionWebhookCertificate extends Construct {
  /** Value for `cert-manager.io/inject-ca-from` on the webhook configuration. */
  readonly injectCaFrom: string;

  constructor(scope: Construct, id: string, props: AdmissionWebhookCertificateProps) {
    super(scope, id);
    const { namespace } = props;
    const ca = `${props.secretName}-ca`;
    new Issuer(this, 'self-signed', { metadata: { name: `${ca}-bootstrap`, namespace }, spec: { selfSigned: {} } });
    new Certificate(this, 'ca', {
      metadata: { name: ca, namespace },
      spec: { isCa: true, commonName: ca, secretName: ca, duration: '87600h', issuerRef: { kind: 'Issuer', name: `${ca}-bootstrap` } },
    });
    new Issuer(this, 'ca-issuer', { metadata: { name: ca, namespace }, spec: { ca: { secretName: ca } } });
    new Certificate(this, 'serving', {
      metadata: { name: props.secretName, namespace },
      spec: { secretName: props.secretName, dnsNames: [`${props.service}.${namespace}.svc`], issuerRef: { kind: 'Issuer', name: ca } },
    });
    this.injectCaFrom = `${namespace}/${props.secretName}`;
  }
}
