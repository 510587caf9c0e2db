import { baseConfig, chartValues, findObject, renderUnit } from './support';

const pinned = { 'system-tag': 'world-cereal-system' };

describe('kong module', () => {
  const rendered = renderUnit({
    ...baseConfig(),
    registry: { host: 'registry.example.org/ewoc', pullSecretName: 'registry-credentials', pullSecret: { provider: 'dockerconfigjson', store: 'vault', key: 'registry' } },
    kong: { image: { tag: '3.9.1-oidc' }, controllerReplicas: 2 },
  });
  const values = chartValues(rendered, 'kong', 'ingress');

  test('installs the kong/ingress chart, DB-less', () => {
    const app = findObject(rendered, 'Application', 'kong');
    expect(app.spec.sources[0]).toMatchObject({ repoURL: 'https://charts.konghq.com', chart: 'ingress', targetRevision: '0.24.0', helm: { releaseName: 'kong' } });
    expect(values.gateway.env.database).toBe('off');
  });

  test('runs the in-house gateway image with the oidc plugin as a DaemonSet on the system nodes', () => {
    expect(values.gateway.deployment).toEqual({ daemonset: true });
    expect(values.gateway.nodeSelector).toEqual(pinned);
    expect(values.gateway.image).toEqual({ repository: 'registry.example.org/ewoc/world-cereal/kong-oidc', tag: '3.9.1-oidc', pullSecrets: ['registry-credentials'] });
    expect(values.gateway.env.plugins).toBe('bundled,oidc');
  });

  test('signs OIDC sessions with a secret generated in the cluster', () => {
    expect(values.gateway.env.nginx_proxy_set).toEqual({ valueFrom: { secretKeyRef: { name: 'kong-oidc-session', key: 'nginx-directive' } } });
    const session = findObject(rendered, 'ExternalSecret', 'kong-oidc-session', 'kong');
    expect(session.spec.target.template.data).toEqual({ 'nginx-directive': '$session_secret {{ .password }}' });
    expect(session.spec.refreshPolicy).toBe('CreatedOnce');
  });

  test('controller: 2 replicas on distinct system nodes, with a budget', () => {
    expect(values.controller.replicaCount).toBe(2);
    expect(values.controller.nodeSelector).toEqual(pinned);
    expect(values.controller.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution).toEqual([
      { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { 'app.kubernetes.io/name': 'controller', 'app.kubernetes.io/instance': 'kong' } } },
    ]);
    expect(values.controller.podDisruptionBudget).toEqual({ enabled: true, minAvailable: 1 });
    expect(values.controller.ingressController.ingressClass).toBe('kong');
  });

  test('the admission webhook certificate comes from cert-manager, which injects its CA', () => {
    const webhook = values.controller.ingressController.admissionWebhook;
    expect(webhook).toEqual({
      enabled: true,
      certificate: { provided: true, secretName: 'kong-controller-admission-webhook' },
      annotations: { 'cert-manager.io/inject-ca-from': 'kong/kong-controller-admission-webhook' },
    });
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
    expect(values).toMatchSnapshot();
  });
});
