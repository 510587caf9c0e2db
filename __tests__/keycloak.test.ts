import { baseConfig, DOMAIN, findObject, objectsOfKind, renderUnit } from './support';

describe('keycloak module', () => {
  const rendered = renderUnit({ ...baseConfig(), keycloak: { instances: 3 } });
  const keycloak = findObject(rendered, 'Keycloak', 'keycloak', 'keycloak');
  const realm = findObject(rendered, 'KeycloakRealmImport', 'worldcereal', 'keycloak');

  test('the operator is built by kustomize from keycloak-k8s-resources 26.0.0 into keycloak, pinned to system nodes by a patch', () => {
    const operator = findObject(rendered, 'Deployment', 'keycloak-operator', 'keycloak');
    expect(operator.spec.template.spec.containers[0].image).toBe('quay.io/keycloak/keycloak-operator:26.0.0');
    expect(operator.spec.template.spec.nodeSelector).toEqual({ 'system-tag': 'world-cereal-system' });
    expect(findObject(rendered, 'CustomResourceDefinition', 'keycloaks.k8s.keycloak.org').spec.group).toBe('k8s.keycloak.org');
    // kustomize places namespaced objects, and subjects of cluster bindings, in the module's namespace.
    const binding = objectsOfKind(rendered, 'ClusterRoleBinding').find(({ object }) => object.metadata.name.startsWith('keycloak-operator'));
    expect(binding?.object.subjects).toEqual([{ kind: 'ServiceAccount', name: 'keycloak-operator', namespace: 'keycloak' }]);
    expect(rendered.waves.get('keycloak')).toBeGreaterThan(rendered.waves.get('keycloak-operator') as number);
  });

  test('3 instances at auth.<domain>, behind the gateway, spread over system nodes', () => {
    expect(keycloak.spec).toMatchObject({
      instances: 3,
      hostname: { hostname: `https://auth.${DOMAIN}` },
      http: { httpEnabled: true },
      proxy: { headers: 'xforwarded' },
      ingress: { enabled: false },
    });
    expect(keycloak.spec.scheduling.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms).toEqual([
      { matchExpressions: [{ key: 'system-tag', operator: 'In', values: ['world-cereal-system'] }] },
    ]);
    expect(keycloak.spec.scheduling.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey).toBe('kubernetes.io/hostname');
    const budget = findObject(rendered, 'PodDisruptionBudget', 'keycloak', 'keycloak');
    expect(budget.spec).toEqual({ maxUnavailable: 1, selector: { matchLabels: { app: 'keycloak', 'app.kubernetes.io/instance': 'keycloak' } } });
  });

  test('its database comes through the postgres handle, its admin from a generated Secret', () => {
    expect(keycloak.spec.db).toEqual({
      vendor: 'postgres',
      host: 'postgres-pooler-rw.sysdb.svc',
      port: 5432,
      database: 'keycloak',
      usernameSecret: { name: 'keycloak-database', key: 'username' },
      passwordSecret: { name: 'keycloak-database', key: 'password' },
    });
    expect(keycloak.spec.bootstrapAdmin).toEqual({ user: { secret: 'keycloak-bootstrap-admin' } });
    const admin = findObject(rendered, 'ExternalSecret', 'keycloak-bootstrap-admin', 'keycloak');
    expect(admin.spec.target.template.data).toEqual({ username: 'admin' });
    expect(admin.spec.dataFrom[0].sourceRef.generatorRef.kind).toBe('Password');
  });

  test('the realm carries the settings of the original deployment', () => {
    expect(realm.spec.keycloakCRName).toBe('keycloak');
    expect(realm.spec.realm).toMatchObject({
      realm: 'worldcereal',
      enabled: true,
      sslRequired: 'external',
      registrationAllowed: false,
      accessTokenLifespan: 300,
      ssoSessionIdleTimeout: 1800,
      ssoSessionMaxLifespan: 36000,
    });
    expect(realm.spec.realm.roles.realm.map((r: any) => r.name)).toEqual(['super_admin', 'admin', 'user']);
    const groups = Object.fromEntries(realm.spec.realm.groups.map((g: any) => [g.name, g]));
    expect(groups.ewoc_admin.realmRoles).toEqual(['admin']);
    expect(groups.ewoc_platform_admin.realmRoles).toEqual(['super_admin']);
    expect(groups.ewoc_user).toMatchObject({ realmRoles: ['user'], clientRoles: { rdmapi: ['rdmapi_role'] } });
    expect(groups.rdm_users.clientRoles).toEqual({ rdm: ['rdm_role'], rdmapi: ['rdmapi_role'] });
  });

  test('registered clients are confidential, with redirect URIs from their hosts and secrets as placeholders', () => {
    const rdm = realm.spec.realm.clients.find((c: any) => c.clientId === 'rdm');
    expect(rdm).toMatchObject({
      publicClient: false,
      clientAuthenticatorType: 'client-secret',
      secret: '${CLIENT_SECRET_RDM}',
      standardFlowEnabled: true,
      directAccessGrantsEnabled: true,
      serviceAccountsEnabled: true,
    });
    expect(rdm.redirectUris).toEqual([`https://rdm.${DOMAIN}/*`, `https://rdmdb.${DOMAIN}/*`, `https://rdmui.${DOMAIN}/*`, `https://rdmapi.${DOMAIN}/*`]);
    expect(rdm.protocolMappers.map((m: any) => [m.protocolMapper, m.config['claim.name']])).toEqual([
      ['oidc-group-membership-mapper', 'group'],
      ['oidc-usermodel-property-mapper', 'username'],
      ['oidc-usermodel-attribute-mapper', 'userid'],
    ]);
    expect(realm.spec.placeholders.CLIENT_SECRET_RDM).toEqual({ secret: { name: 'oidc-client-rdm', key: 'client-secret' } });
  });

  test('auth.<domain> is routed through Kong with TLS, unprotected', () => {
    const ingress = findObject(rendered, 'Ingress', 'keycloak', 'keycloak');
    expect(ingress.metadata.annotations).toEqual({
      'cert-manager.io/cluster-issuer': baseConfig().acme.issuer,
      'konghq.com/protocols': 'https',
      'konghq.com/https-redirect-status-code': '302',
    });
    expect(ingress.spec.tls).toEqual([{ hosts: [`auth.${DOMAIN}`], secretName: 'auth-tls' }]);
    expect(ingress.spec.rules[0].http.paths[0].backend).toEqual({ service: { name: 'keycloak-service', port: { number: 8080 } } });
  });

  test('a single instance has no budget', () => {
    const small = renderUnit({ ...baseConfig(), keycloak: { instances: 1 } });
    expect(objectsOfKind(small, 'PodDisruptionBudget', 'keycloak')).toEqual([]);
  });

  test('snapshot', () => {
    expect(keycloak).toMatchSnapshot();
    // The realm's own settings; its clients and their roles come from whichever modules register them.
    const { clients, roles, groups, ...settings } = realm.spec.realm;
    expect(clients.length).toBeGreaterThan(0);
    expect({ ...settings, realmRoles: roles.realm, groups: groups.map(({ clientRoles, ...group }: any) => group) }).toMatchSnapshot();
  });
});
