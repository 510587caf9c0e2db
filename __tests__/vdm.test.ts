import { DOMAIN, findObject, realmOf, renderUnit } from './support';

const NS = 'vdm';

describe('vdm module', () => {
  const rendered = renderUnit();
  const realm = realmOf(rendered);

  test('vdm.<domain>: backend on /backend and the web application on /, paths stripped, behind SSO with client vdm', () => {
    const ui = findObject(rendered, 'Ingress', 'vdm', NS);
    expect(ui.metadata.annotations['konghq.com/plugins']).toBe('vdm-oidc');
    expect(ui.metadata.annotations['konghq.com/strip-path']).toBe('true');
    expect(ui.spec.rules).toEqual([
      {
        host: `vdm.${DOMAIN}`,
        http: {
          paths: [
            { path: '/backend', pathType: 'Prefix', backend: { service: { name: 'be', port: { number: 9850 } } } },
            { path: '/', pathType: 'Prefix', backend: { service: { name: 'app-wcpdr', port: { number: 9000 } } } },
          ],
        },
      },
    ]);
    expect(findObject(rendered, 'KongPlugin', 'vdm-oidc', NS).config.bearer_only).toBe('no');
    const client = realm.clients.find((c: any) => c.clientId === 'vdm');
    expect(client.serviceAccountsEnabled).toBe(true);
    expect(realm.roles.client.vdm).toEqual([{ name: 'dissemination_role' }]);
  });

  test('vdmapi.<domain>: bearer tokens only with client vdmapi, the Authorization header removed before the backend', () => {
    const api = findObject(rendered, 'Ingress', 'vdmapi', NS);
    expect(api.metadata.annotations['konghq.com/plugins']).toBe('vdmapi-oidc,vdmapi-cleaner');
    expect(api.metadata.annotations['konghq.com/strip-path']).toBe('true');
    expect(api.spec.rules[0].http.paths.map((p: any) => [p.path, p.backend.service.name, p.backend.service.port.number])).toEqual([['/backend', 'be', 9850]]);
    expect(findObject(rendered, 'KongPlugin', 'vdmapi-oidc', NS).config).toMatchObject({ client_id: 'vdmapi', bearer_only: 'yes' });
    expect(findObject(rendered, 'KongPlugin', 'vdmapi-cleaner', NS)).toMatchObject({ plugin: 'request-transformer', config: { remove: { headers: ['Authorization'] } } });
    expect(realm.clients.find((c: any) => c.clientId === 'vdmapi').serviceAccountsEnabled).toBe(false);
  });

  test("the applications' pull secret is kept in the namespace, and the module syncs after Keycloak", () => {
    expect(findObject(rendered, 'ExternalSecret', 'aws-registry', NS).spec.target.template.type).toBe('kubernetes.io/dockerconfigjson');
    expect(rendered.waves.get('vdm')).toBeGreaterThan(rendered.waves.get('keycloak') as number);
  });
});
