import { baseConfig, findObject, objectsOfKind, renderUnit } from './support';

const pinned = { 'system-tag': 'world-cereal-system' };

/** The environment variables of a container, as name -> value or valueFrom. */
const envOf = (container: Record<string, any>) => Object.fromEntries((container.env ?? []).map((e: any) => [e.name, e.value ?? e.valueFrom]));

describe('kong module', () => {
  // Production's environment: its private registry (ECR, with the pull secret aws-registry) and two controllers.
  const rendered = renderUnit();
  const gateway = findObject(rendered, 'DaemonSet', 'kong-gateway', 'kong');
  const proxy = gateway.spec.template.spec.containers.find((c: any) => c.name === 'proxy');
  const controller = findObject(rendered, 'Deployment', 'kong-controller', 'kong');

  test('runs the in-house gateway image with the oidc plugin, DB-less, as a DaemonSet on the system nodes', () => {
    expect(gateway.spec.template.spec.nodeSelector).toEqual(pinned);
    expect(proxy.image).toBe(`${baseConfig().registry.host}/world-cereal/kong-oidc:3.9.1-oidc`);
    expect(gateway.spec.template.spec.imagePullSecrets).toEqual([{ name: 'aws-registry' }]);
    expect(envOf(proxy)).toMatchObject({ KONG_DATABASE: 'off', KONG_PLUGINS: 'bundled,oidc' });
  });

  test('serves no Kong Manager: no Service, no listener', () => {
    expect(envOf(proxy).KONG_ADMIN_GUI_LISTEN).toBe('off');
    expect(objectsOfKind(rendered, 'Service', 'kong').map(({ object }) => object.metadata.name).sort()).toEqual([
      'kong-controller-metrics',
      'kong-controller-validation-webhook',
      'kong-gateway-admin',
      'kong-gateway-proxy',
    ]);
    expect(findObject(rendered, 'Service', 'kong-gateway-admin', 'kong').spec.clusterIP).toBe('None');
  });

  test('signs OIDC sessions with a secret generated in the cluster', () => {
    expect(envOf(proxy).KONG_NGINX_PROXY_SET).toEqual({ secretKeyRef: { name: 'kong-oidc-session', key: 'nginx-directive' } });
    const session = findObject(rendered, 'ExternalSecret', 'kong-oidc-session', 'kong');
    expect(session.spec.target.template.data).toEqual({ 'nginx-directive': '$session_secret {{ .password }}' });
    expect(session.spec.refreshPolicy).toBe('CreatedOnce');
  });

  test('controller: a pinned image with its registry named, 2 replicas on distinct system nodes, with a budget', () => {
    const spec = controller.spec.template.spec;
    expect(spec.containers.map((c: any) => c.image)).toEqual(['docker.io/kong/kubernetes-ingress-controller:3.5.13']);
    expect(controller.spec.replicas).toBe(2);
    expect(spec.nodeSelector).toEqual(pinned);
    expect(spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution).toEqual([
      { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { 'app.kubernetes.io/name': 'controller', 'app.kubernetes.io/instance': 'kong' } } },
    ]);
    expect(findObject(rendered, 'PodDisruptionBudget', 'kong-controller', 'kong').spec.minAvailable).toBe(1);
  });

  test('the IngressClass is rendered: the cluster serves networking.k8s.io/v1/IngressClass', () => {
    expect(findObject(rendered, 'IngressClass', 'kong').spec.controller).toBe('ingress-controllers.konghq.com/kong');
  });

  test('the admission webhook certificate comes from cert-manager, which injects its CA; no certificate is generated at render', () => {
    const webhook = findObject(rendered, 'ValidatingWebhookConfiguration', 'kong-controller-kong-validations');
    expect(webhook.metadata.annotations['cert-manager.io/inject-ca-from']).toBe('kong/kong-controller-admission-webhook');
    expect(webhook.webhooks.every((w: any) => w.clientConfig.caBundle === undefined)).toBe(true);
    expect(objectsOfKind(rendered, 'Secret', 'kong')).toEqual([]);
    const serving = findObject(rendered, 'Certificate', 'kong-controller-admission-webhook', 'kong');
    expect(serving.spec).toEqual({
      secretName: 'kong-controller-admission-webhook',
      dnsNames: ['kong-controller-validation-webhook.kong.svc'],
      issuerRef: { kind: 'Issuer', name: 'kong-controller-admission-webhook-ca' },
    });
    expect(findObject(rendered, 'Certificate', 'kong-controller-admission-webhook-ca', 'kong').spec.isCA).toBe(true);
    expect(rendered.waves.get('kong')).toBeGreaterThan(rendered.waves.get('cert-manager') as number);
  });

  test('a global prometheus plugin exposes gateway metrics', () => {
    const plugin = findObject(rendered, 'KongClusterPlugin', 'prometheus');
    expect(plugin).toMatchObject({ plugin: 'prometheus', metadata: { labels: { global: 'true' }, annotations: { 'kubernetes.io/ingress.class': 'kong' } } });
  });

  test('snapshot', () => {
    expect(gateway).toMatchSnapshot();
  });
});
