import { KongClusterPlugin } from '../../../imports/kong-configuration.konghq.com';
import { GeneratedSecret } from '../../lib/generated-secret';
import { fromSecretKey } from '../../lib/secret-source';
import { chartDisruptionBudget } from '../../platform/disruption-budget';
import { KONG_CHART } from './chart';
import { PlatformModule } from '../../platform/module';
import type { PodPeer } from '../../platform/network/ingress-allowance';
import type { Platform } from '../../platform/platform';
import { CertManagerModule } from '../cert-manager/cert-manager-module';
import { ExternalSecretsModule } from '../external-secrets/external-secrets-module';
import { AdmissionWebhookCertificate } from './admission-webhook-certificate';
import { KONG_INGRESS_CLASS } from './ingress-class';
import type { KongValues } from './kong-values';
import { KONG_SETTINGS } from './settings';

const NAMESPACE = 'kong';
const RELEASE = 'kong';
/** The chart installs the controller as subchart `controller`: its objects are named kong-controller-*. */
const CONTROLLER = `${RELEASE}-controller`;
/** Labels the chart puts on the gateway and the controller pods. */
const GATEWAY_PODS = { 'app.kubernetes.io/name': 'gateway', 'app.kubernetes.io/instance': RELEASE };
const CONTROLLER_PODS = { 'app.kubernetes.io/name': 'controller', 'app.kubernetes.io/instance': RELEASE };

/**
 * The ingress controller image, registry named and pinned to a patch release: the chart's default is Docker Hub's
 * moving `3.5` tag. 3.5.13 is the newest 3.5 release (2026-08).
 */
const CONTROLLER_IMAGE = { repository: 'docker.io/kong/kubernetes-ingress-controller', tag: '3.5.13' };

/** Proxy buffers of the original gateway: large OIDC session cookies and headers must not be cut. */
const PROXY_BUFFERS = {
  nginx_proxy_proxy_buffer_size: '2m',
  nginx_proxy_proxy_buffers: '64 2m',
  nginx_proxy_proxy_busy_buffers_size: '2m',
  nginx_proxy_large_client_header_buffers: '64 2m',
  nginx_proxy_client_header_buffer_size: '2m',
};

/**
 * The Kong gateway, DB-less: the in-house image carrying the oidc plugin as a DaemonSet on the system nodes, the
 * ingress controller (2 replicas by default, one per node, with a budget), the admission webhook's certificate from
 * cert-manager, the OIDC session secret generated in the cluster, and global Prometheus metrics. Routes are
 * Ingresses of class `kong` (see lib/public-route and lib/sso-route).
 */
export class KongModule extends PlatformModule {
  static readonly id = 'kong';
  static readonly summary = 'Kong gateway (DB-less DaemonSet, oidc plugin), ingress controller, webhook certificate, global metrics plugin';
  static readonly settings = KONG_SETTINGS;

  /** Ingress class routes use. */
  readonly ingressClass = KONG_INGRESS_CLASS;
  /** The gateway pods: the only source of routed traffic, which route backends open their ports to. */
  readonly gatewayPods: PodPeer = { namespace: NAMESPACE, pods: GATEWAY_PODS };

  constructor(platform: Platform) {
    // KongClusterPlugin and the certificates arrive with their CRDs (Kong's in this sync, cert-manager's before).
    super(platform, { namespace: NAMESPACE, sync: { skipDryRunOnMissingResource: true } });
    this.declareReadyWhenApplied('configuration.konghq.com_KongPlugin', 'the ingress controller 3.x no longer writes its Programmed condition');
    this.declareReadyWhenApplied('configuration.konghq.com_KongClusterPlugin', 'the ingress controller 3.x no longer writes its Programmed condition');
    this.use(CertManagerModule);
    const { registry } = this.config;
    const kong = this.settingsOf(KONG_SETTINGS);
    const pullSecrets = this.use(ExternalSecretsModule).imagePullSecrets(NAMESPACE);

    const webhook = new AdmissionWebhookCertificate(this, 'admission-webhook', {
      namespace: NAMESPACE,
      service: `${CONTROLLER}-validation-webhook`,
      secretName: `${CONTROLLER}-admission-webhook`,
    });
    // lua-resty-session signs OIDC session cookies with $session_secret; every gateway pod must share it.
    const session = new GeneratedSecret(this, 'oidc-session', {
      namespace: NAMESPACE,
      name: 'kong-oidc-session',
      template: { 'nginx-directive': '$session_secret {{ .password }}' },
    });

    const values: KongValues = {
      controller: {
        replicaCount: kong.controllerReplicas,
        ...this.placement.values(),
        affinity: {
          podAntiAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: [
              { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { 'app.kubernetes.io/name': 'controller', 'app.kubernetes.io/instance': RELEASE } } },
            ],
          },
        },
        podDisruptionBudget: chartDisruptionBudget(kong.controllerReplicas),
        ingressController: {
          image: CONTROLLER_IMAGE,
          ingressClass: this.ingressClass,
          admissionWebhook: {
            enabled: true,
            certificate: { provided: true, secretName: `${CONTROLLER}-admission-webhook` },
            annotations: { 'cert-manager.io/inject-ca-from': webhook.injectCaFrom },
          },
        },
      },
      gateway: {
        deployment: { daemonset: true },
        ...this.placement.values(),
        image: {
          repository: `${registry.host}/${kong.image.repository}`,
          tag: kong.image.tag,
          // The chart reads Kong's version from the tag; the image is then pulled by digest when there is one.
          ...(kong.image.digest ? { unifiedRepoTag: `${registry.host}/${kong.image.repository}:${kong.image.tag}@${kong.image.digest}` } : {}),
          pullSecrets,
        },
        env: {
          database: 'off',
          plugins: 'bundled,oidc',
          // Kong serves its Manager GUI on 8002/8445 by default; nothing listens there.
          admin_gui_listen: 'off',
          ...PROXY_BUFFERS,
          nginx_proxy_set: { valueFrom: fromSecretKey(session.keyRef('nginx-directive')) },
        },
        proxy: { type: kong.proxyServiceType },
        // No admin GUI outside the pod: no Kong Manager Service either.
        manager: { enabled: false },
      },
    };
    this.addHelmChart({ chart: KONG_CHART, releaseName: RELEASE, values });

    this.allowIngress({
      name: 'gateway-proxy',
      to: { namespace: NAMESPACE, pods: GATEWAY_PODS, ports: [8000, 8443] },
      from: 'anywhere',
      reason: 'the public entry: clients reach the gateway through the load balancer or the node ports',
    });
    this.allowIngress({
      name: 'gateway-admin',
      to: { namespace: NAMESPACE, pods: GATEWAY_PODS, ports: [8444] },
      from: [{ namespace: NAMESPACE, pods: CONTROLLER_PODS }],
      reason: "the ingress controller pushes the routes to the gateway's admin API, which nothing else may reach",
    });

    this.declareEntryPoint({ namespace: NAMESPACE, service: `${RELEASE}-gateway-proxy`, reason: 'the public entry of every route, behind the load balancer or on the node ports' });
    // The Admin API configures every route; the Manager GUI is off, and its Service must never be routed either.
    this.declareAdminSurface({ namespace: NAMESPACE, service: `${RELEASE}-gateway-admin`, paths: ['/'], ports: [8444], what: "Kong's Admin API" });
    this.declareAdminSurface({ namespace: NAMESPACE, service: `${RELEASE}-gateway-manager`, paths: ['/'], ports: [8002, 8445], what: 'Kong Manager' });

    new KongClusterPlugin(this, 'prometheus', {
      metadata: { name: 'prometheus', labels: { global: 'true' }, annotations: { 'kubernetes.io/ingress.class': this.ingressClass } },
      plugin: 'prometheus',
    });
  }
}
