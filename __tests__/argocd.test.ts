import { APPLICATION_HEALTH_KEY } from '../src/modules/argocd/application-health';
import { baseConfig, objectAt, renderUnit } from './support';

describe('argocd module', () => {
  const app = objectAt(renderUnit(), 'dist/unit/apps/argocd.yaml');
  const [chart] = app.spec.sources ?? [app.spec.source];
  const values = chart.helm.valuesObject;

  test('installs the pinned argo-cd chart as release "argocd", adopting the bootstrap install', () => {
    expect(chart).toMatchObject({ repoURL: 'https://argoproj.github.io/argo-helm', chart: 'argo-cd', targetRevision: '10.1.1' });
    expect(chart.helm.releaseName).toBe('argocd');
    expect(app.spec.destination).toEqual({ server: 'https://kubernetes.default.svc', namespace: 'argocd' });
  });

  test('is highly available by default and pinned to the system nodes, redis-ha included', () => {
    const pinned = { 'system-tag': 'world-cereal-system' };
    expect(values.global.nodeSelector).toEqual(pinned);
    expect(values['redis-ha']).toEqual({ enabled: true, nodeSelector: pinned });
    expect(values.server.replicas).toBe(2);
    expect(values.repoServer.replicas).toBe(2);
    expect(values.applicationSet.replicas).toBe(2);
    expect(values.dex.enabled).toBe(false);
  });

  test('assesses child Application health so waves wait for it', () => {
    const lua: string = values.configs.cm[APPLICATION_HEALTH_KEY];
    expect(APPLICATION_HEALTH_KEY).toBe('resource.customizations.health.argoproj.io_Application');
    expect(lua).toContain('hs.status = "Progressing"');
    expect(lua).toContain('hs.status = obj.status.health.status');
    expect(lua.trim().endsWith('return hs')).toBe(true);
  });

  test('applies server-side: the ApplicationSet CRD exceeds the client-side annotation limit', () => {
    expect(app.spec.syncPolicy.syncOptions).toContain('ServerSideApply=true');
  });

  test('a small cluster can run it without HA', () => {
    const small = objectAt(renderUnit({ ...baseConfig(), argocd: { ha: false, serverReplicas: 1, repoServerReplicas: 1, applicationSetReplicas: 1 } }), 'dist/unit/apps/argocd.yaml');
    const smallValues = (small.spec.sources ?? [small.spec.source])[0].helm.valuesObject;
    expect(smallValues['redis-ha'].enabled).toBe(false);
    expect(smallValues.server.replicas).toBe(1);
  });

  test('snapshot', () => {
    expect(app).toMatchSnapshot();
  });
});
