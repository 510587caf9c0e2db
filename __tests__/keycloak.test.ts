import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { RealmDescription } from '../src/modules/keycloak/realm-description';
import { RealmSettings, WORLDCEREAL_REALM } from '../src/modules/keycloak/realm-settings';
import { SchemaGate } from '../src/platform/validation/schema-gate';
import { baseConfig, DOMAIN, findObject, objectsOfKind, realmOf, renderUnit, ROOT } from './support';

describe('keycloak module', () => {
  const rendered = renderUnit({ ...baseConfig(), keycloak: { instances: 3 } });
  const keycloak = findObject(rendered, 'Keycloak', 'keycloak', 'keycloak');
  const realm = realmOf(rendered);

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
    expect(realm).toMatchObject({
      realm: 'worldcereal',
      enabled: true,
      sslRequired: 'external',
      registrationAllowed: false,
      accessTokenLifespan: 300,
      ssoSessionIdleTimeout: 1800,
      ssoSessionMaxLifespan: 36000,
    });
  });

  // The realm of FACTS.md, field by field; argo-workflows is this platform's addition.
  test('roles: super_admin, admin, user; a <client>_role for each client of the original, dissemination_role for vdm', () => {
    expect(realm.roles.realm).toEqual([{ name: 'super_admin' }, { name: 'admin' }, { name: 'user' }]);
    const clientRoles = Object.fromEntries(Object.entries(realm.roles.client).map(([client, roles]: [string, any]) => [client, roles.map((r: any) => r.name)]));
    expect(clientRoles).toEqual({
      api: ['api_role'],
      grafana: ['grafana_role'],
      graylog: ['graylog_role'],
      prometheus: ['prometheus_role'],
      rdm: ['rdm_role'],
      rdmapi: ['rdmapi_role'],
      vdm: ['dissemination_role'],
      vdmapi: ['vdmapi_role'],
      wctiler: ['wctiler_role'],
    });
  });

  test('groups with their realm and client roles', () => {
    expect(realm.groups).toEqual([
      { name: 'ewoc_admin', path: '/ewoc_admin', realmRoles: ['admin'] },
      { name: 'ewoc_platform_admin', path: '/ewoc_platform_admin', realmRoles: ['super_admin'] },
      { name: 'ewoc_user', path: '/ewoc_user', realmRoles: ['user'], clientRoles: { api: ['api_role'], rdmapi: ['rdmapi_role'] } },
      { name: 'rdm_users', path: '/rdm_users', realmRoles: [], clientRoles: { rdm: ['rdm_role'], rdmapi: ['rdmapi_role'] } },
    ]);
  });

  test('clients: the confidential ones of the original with their hosts and service accounts, and the public client auth', () => {
    const clients = Object.fromEntries(realm.clients.map((c: any) => [c.clientId, c]));
    expect(Object.keys(clients)).toEqual(['api', 'argo-workflows', 'auth', 'grafana', 'graylog', 'prometheus', 'rdm', 'rdmapi', 'vdm', 'vdmapi', 'wctiler']);
    const confidential = Object.values(clients).filter((c: any) => !c.publicClient);
    for (const client of confidential) {
      expect(client).toMatchObject({ protocol: 'openid-connect', clientAuthenticatorType: 'client-secret', standardFlowEnabled: true, directAccessGrantsEnabled: true });
    }
    const serviceAccounts = confidential.filter((c: any) => c.serviceAccountsEnabled).map((c: any) => c.clientId);
    expect(serviceAccounts).toEqual(['rdm', 'vdm']);
    expect(clients.api.redirectUris).toEqual([`https://api.${DOMAIN}/*`]);
    expect(clients.wctiler.rootUrl).toBe(`https://wctiler.${DOMAIN}/`);
    expect(clients.grafana.protocolMappers.map((m: any) => m.config['claim.name'])).toEqual(['groups']);
    expect(clients.auth).toEqual({
      clientId: 'auth',
      name: 'auth',
      enabled: true,
      protocol: 'openid-connect',
      standardFlowEnabled: true,
      redirectUris: [`https://auth.${DOMAIN}/*`],
      webOrigins: ['+'],
      publicClient: true,
      directAccessGrantsEnabled: false,
      serviceAccountsEnabled: false,
    });
  });

  test('client scope rest adds audience vdm; the vdm clients may ask for it', () => {
    expect(realm.clientScopes).toEqual([
      {
        name: 'rest',
        protocol: 'openid-connect',
        attributes: { 'include.in.token.scope': 'true', 'display.on.consent.screen': 'false' },
        protocolMappers: [
          {
            name: 'audience-vdm',
            protocol: 'openid-connect',
            protocolMapper: 'oidc-audience-mapper',
            config: { 'included.client.audience': 'vdm', 'access.token.claim': 'true', 'id.token.claim': 'false' },
          },
        ],
      },
    ]);
    const withRest = realm.clients.filter((c: any) => c.optionalClientScopes?.includes('rest')).map((c: any) => c.clientId);
    expect(withRest).toEqual(['vdm', 'vdmapi']);
  });

  test("the description is a realm representation: it passes the schema of the operator's realm import, unknown fields refused", () => {
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-realm-'));
    try {
      const gate = new SchemaGate({ kubernetesSchemaDir: path.join(ROOT, 'schemas', 'kubernetes'), crdDir: path.join(ROOT, 'schemas', 'crds'), minors: ['1.30'], cacheDir });
      const crds = objectsOfKind(rendered, 'CustomResourceDefinition').filter(({ object }) => object.spec.group === 'k8s.keycloak.org');
      const asImport = (description: Record<string, any>) => ({
        file: 'realm.yaml',
        object: { apiVersion: 'k8s.keycloak.org/v2alpha1', kind: 'KeycloakRealmImport', metadata: { name: 'worldcereal', namespace: 'keycloak' }, spec: { keycloakCRName: 'keycloak', realm: description } },
      });
      expect(gate.validate([...crds, asImport(realm)])).toEqual([]);
      // The check can fail: a misspelt field is refused.
      const misspelt = { ...realm, clients: [{ ...realm.clients[0], redirectUri: [] }] };
      expect(gate.validate([...crds, asImport(misspelt)]).join('\n')).toContain('redirectUri');
    } finally {
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  test('registered clients are confidential, with redirect URIs from their hosts and secrets read from the environment', () => {
    const rdm = realm.clients.find((c: any) => c.clientId === 'rdm');
    expect(rdm).toMatchObject({
      publicClient: false,
      clientAuthenticatorType: 'client-secret',
      secret: '$(env:CLIENT_SECRET_RDM)',
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
  });

  test('keycloak-config-cli, pinned, syncs the realm after every sync of the module, as the bootstrap admin', () => {
    const job = findObject(rendered, 'Job', 'realm-worldcereal', 'keycloak');
    expect(job.metadata.annotations).toEqual({ 'argocd.argoproj.io/hook': 'PostSync', 'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation' });
    const [container] = job.spec.template.spec.containers;
    expect(container.image).toBe('docker.io/adorsys/keycloak-config-cli:6.5.0-26.0.5');
    const env = Object.fromEntries(container.env.map((e: any) => [e.name, e.value ?? e.valueFrom.secretKeyRef]));
    expect(env).toMatchObject({
      KEYCLOAK_URL: 'http://keycloak-service.keycloak.svc:8080',
      KEYCLOAK_USER: { name: 'keycloak-bootstrap-admin', key: 'username' },
      KEYCLOAK_PASSWORD: { name: 'keycloak-bootstrap-admin', key: 'password' },
      IMPORT_FILES_LOCATIONS: 'file:/config/worldcereal.json',
      IMPORT_VARSUBSTITUTION_ENABLED: 'true',
      // Deletes only what it created itself: users and hand-made objects stay.
      IMPORT_REMOTESTATE_ENABLED: 'true',
    });
    expect(job.spec.template.spec.volumes[0]).toEqual({ name: 'realm', configMap: { name: 'realm-worldcereal' } });
    // No realm setting deletes users or turns off the record of what the tool created.
    expect(Object.keys(env).filter((name) => /^IMPORT_(MANAGED|REMOTESTATE|BEHAVIORS)/.test(name))).toEqual(['IMPORT_REMOTESTATE_ENABLED']);
    expect(realm).not.toHaveProperty('users');
  });

  test('each confidential client secret comes from the Secret generated for it, bound by the variable the realm names', () => {
    const job = findObject(rendered, 'Job', 'realm-worldcereal', 'keycloak');
    const env = new Map<string, any>(job.spec.template.spec.containers[0].env.map((e: any) => [e.name, e.valueFrom?.secretKeyRef]));
    for (const client of realm.clients.filter((c: any) => !c.publicClient)) {
      const variable = /^\$\(env:(\w+)\)$/.exec(client.secret)?.[1] as string;
      expect(env.get(variable)).toEqual({ name: `oidc-client-${client.clientId}`, key: 'client-secret' });
      const secret = findObject(rendered, 'ExternalSecret', `oidc-client-${client.clientId}`, 'keycloak');
      expect(secret.spec.refreshPolicy).toBe('CreatedOnce');
    }
    expect(realm.clients.find((c: any) => c.clientId === 'auth')).not.toHaveProperty('secret');
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
    const { clients, clientScopes, roles, groups, ...settings } = realm;
    expect(clients.length).toBeGreaterThan(0);
    expect({ ...settings, realmRoles: roles.realm, groups: groups.map(({ clientRoles, ...group }: any) => group) }).toMatchSnapshot();
  });
});

describe("the realm's own settings", () => {
  test.each<[string, Partial<RealmSettings>, string]>([
    ['a group granted a realm role the realm does not have', { groups: [{ name: 'ewoc_admin', realmRoles: ['admin', 'root'] }] }, 'realm worldcereal: group "ewoc_admin" is granted realm role "root", which the realm does not have (realm roles: super_admin, admin, user)'],
    ['a realm role declared twice', { realmRoles: ['admin', 'user', 'admin'] }, 'realm worldcereal: realm role "admin" is declared twice'],
    ['a group declared twice', { groups: [{ name: 'ewoc_user', realmRoles: [] }, { name: 'ewoc_user', realmRoles: ['user'] }] }, 'realm worldcereal: group "ewoc_user" is declared twice'],
  ])('%s is refused before any client registers', (_name, change, message) => {
    expect(() => new RealmDescription({ ...WORLDCEREAL_REALM, ...change })).toThrow(message);
  });

  test("WorldCereal's realm settings pass", () => {
    expect(() => new RealmDescription(WORLDCEREAL_REALM)).not.toThrow();
  });
});
