import * as path from 'node:path';
import { k8s } from 'cdk8s-plus-26';
import { KongPlugin } from '../imports/kong-configuration.konghq.com';
import { loadEnvironments } from '../src/config/load';
import { PublicRoute } from '../src/lib/public-route';
import { SsoRoute } from '../src/lib/sso-route';
import { PlatformModule } from '../src/platform/module';
import type { Platform } from '../src/platform/platform';
import { renderEnvironment, RenderedEnvironment } from '../src/platform/render';
import { KeycloakModule } from '../src/modules/keycloak/keycloak-module';
import { PostgresModule } from '../src/modules/postgres/postgres-module';
import { MODULES } from '../src/modules/registry';
import { baseConfig, CONFIG_SCHEMA, DOMAIN, findObject, fixtureModule, HYDRATOR, objectsOfKind, realmOf, renderUnit, ROOT } from './support';

/** The shipped environments, rendered: the invariants below must hold in each. */
const environments: RenderedEnvironment[] = loadEnvironments(path.join(ROOT, 'environments'), CONFIG_SCHEMA).map((env) => renderEnvironment(env, MODULES, HYDRATOR));

/** ExternalSecrets producing a Secret of this name in this namespace. */
const producers = (rendered: RenderedEnvironment, namespace: string, name: string) =>
  objectsOfKind(rendered, 'ExternalSecret', namespace).filter(({ object }) => (object.spec.target?.name ?? object.metadata.name) === name);

describe.each(environments.map((e) => [e.environment.name, e] as const))('wiring of %s', (_name, rendered) => {
  test('no secret value in git: Secrets from charts are empty placeholders, every value is produced in the cluster', () => {
    for (const { file, object } of objectsOfKind(rendered, 'Secret')) {
      expect(`${file}: ${JSON.stringify([object.data ?? {}, object.stringData ?? {}])}`).toBe(`${file}: [{},{}]`);
    }
    for (const [file, objects] of rendered.tree) {
      for (const object of objects) {
        if (object.kind !== 'Secret') expect(`${file}: ${'stringData' in object}`).toBe(`${file}: false`);
      }
    }
  });

  test('every oidc KongPlugin takes its client secret from a Secret an ExternalSecret produces in its namespace', () => {
    const plugins = objectsOfKind(rendered, 'KongPlugin').filter(({ object }) => object.plugin === 'oidc');
    expect(plugins.length).toBeGreaterThan(0);
    for (const { object: plugin } of plugins) {
      const [patch] = plugin.configPatches;
      expect(patch.path).toBe('/client_secret');
      const { name, key } = patch.valueFrom.secretKeyRef;
      const [producer] = producers(rendered, plugin.metadata.namespace, name);
      expect(producer).toBeDefined();
      expect(producer.object.spec.data.map((d: any) => d.secretKey)).toContain(key);
      expect(plugin.config.ssl_verify).toBe('yes');
      expect(plugin.config).not.toHaveProperty('client_secret');
    }
  });


  test("Keycloak's database user owns Keycloak's database", () => {
    const keycloak = findObject(rendered, 'Keycloak', 'keycloak', 'keycloak');
    const database = objectsOfKind(rendered, 'Database', 'sysdb').find(({ object }) => object.spec.name === keycloak.spec.db.database)?.object;
    const role = objectsOfKind(rendered, 'DatabaseRole', 'sysdb').find(({ object }) => object.spec.name === database?.spec.owner)?.object;
    expect(role).toBeDefined();
    // The user Keycloak logs in as is the role's, copied from the role's password Secret.
    const copy = producers(rendered, 'keycloak', keycloak.spec.db.usernameSecret.name)[0].object;
    const source = producers(rendered, 'sysdb', copy.spec.data[0].remoteRef.key)[0].object;
    expect(source.metadata.name).toBe(role?.spec.passwordSecret.name);
    expect(source.spec.target.template.data.username).toBe(database?.spec.owner);
  });

  test('waves follow from use: secrets and cert-manager, then postgres, then keycloak; kong before any route', () => {
    const wave = (id: string) => rendered.waves.get(id) as number;
    expect(wave('postgres')).toBeGreaterThan(wave('external-secrets'));
    expect(wave('postgres')).toBeGreaterThan(wave('cert-manager'));
    expect(wave('keycloak')).toBeGreaterThan(wave('postgres'));
    expect(wave('keycloak')).toBeGreaterThan(wave('kong'));
    expect(wave('rdm')).toBeGreaterThan(wave('keycloak'));
    for (const { file } of objectsOfKind(rendered, 'Ingress')) {
      const module = file.split('/')[2];
      expect(`${module}: ${wave(module) > wave('kong')}`).toBe(`${module}: true`);
    }
  });
});

describe('SSO route', () => {
  const rendered = renderUnit();

  test('a UI route redirects to login; an API route accepts bearer tokens only', () => {
    const ui = findObject(rendered, 'KongPlugin', 'rdm-oidc', 'rdm');
    expect(ui.config).toEqual({
      client_id: 'rdm',
      realm: 'worldcereal',
      discovery: `https://auth.${DOMAIN}/realms/worldcereal/.well-known/openid-configuration`,
      introspection_endpoint: `https://auth.${DOMAIN}/realms/worldcereal/protocol/openid-connect/token/introspect`,
      response_type: 'code',
      scope: 'openid',
      token_endpoint_auth_method: 'client_secret_post',
      logout_path: '/logout',
      redirect_after_logout_uri: '/',
      bearer_only: 'no',
      ssl_verify: 'yes',
    });
    expect(findObject(rendered, 'KongPlugin', 'rdmapi-oidc', 'rdm').config.bearer_only).toBe('yes');
  });

  test('the Ingress is class kong, HTTPS only with a per-host certificate, the oidc plugin first', () => {
    const ingress = findObject(rendered, 'Ingress', 'rdm', 'rdm');
    expect(ingress.spec.ingressClassName).toBe('kong');
    expect(ingress.metadata.annotations).toEqual({
      'cert-manager.io/cluster-issuer': baseConfig().acme.issuer,
      'konghq.com/protocols': 'https',
      'konghq.com/https-redirect-status-code': '302',
      'konghq.com/plugins': 'rdm-oidc',
    });
    expect(ingress.spec.tls).toEqual([
      { hosts: [`rdm.${DOMAIN}`], secretName: 'rdm-tls' },
      { hosts: [`rdmdb.${DOMAIN}`], secretName: 'rdmdb-tls' },
    ]);
    expect(ingress.spec.rules[0].http.paths.map((p: any) => [p.path, p.backend.service.name, p.backend.service.port.number])).toEqual([
      ['/data/', 'rdmapi', 80],
      ['/', 'rdmui-nginx', 80],
    ]);
  });

  test('a public path on a protected host shares its certificate without asking for a second one', () => {
    const swagger = findObject(rendered, 'Ingress', 'rdmapiswagger', 'rdm');
    expect(swagger.metadata.annotations).not.toHaveProperty('cert-manager.io/cluster-issuer');
    expect(swagger.metadata.annotations).not.toHaveProperty('konghq.com/plugins');
    expect(swagger.spec.tls).toEqual([{ hosts: [`rdmapi.${DOMAIN}`], secretName: 'rdmapi-tls' }]);
  });

  const FixtureModule = fixtureModule('fixture', 'fixture', (module) => {
    new KongPlugin(module, 'http', { metadata: { name: 'fixture-http', namespace: 'fixture' }, plugin: 'request-transformer', config: { remove: { headers: ['X-Debug'] } } });
    new SsoRoute(module, 'ui', {
      namespace: 'fixture',
      name: 'fixture',
      access: 'ui',
      stripPath: true,
      rules: [{ host: `fixture.${module.config.domain}`, paths: [{ path: '/', service: 'fixture', port: 9000 }] }],
      client: { clientId: 'fixture', roles: [{ name: 'fixture_role', groups: ['ewoc_admin'] }], claims: 'groups' },
      extraPlugins: ['fixture-http'],
    });
  });

  test('extra plugins follow the oidc one; the client, its copy and its role land where they belong', () => {
    const withFixture = renderUnit(undefined, [...MODULES, FixtureModule]);
    const ingress = findObject(withFixture, 'Ingress', 'fixture', 'fixture');
    expect(ingress.metadata.annotations['konghq.com/plugins']).toBe('fixture-oidc,fixture-http');
    expect(ingress.metadata.annotations['konghq.com/strip-path']).toBe('true');
    expect(findObject(withFixture, 'ExternalSecret', 'fixture-oidc-client', 'fixture').spec.secretStoreRef.name).toBe('keycloak-secrets');
    const realm = realmOf(withFixture);
    const client = realm.clients.find((c: any) => c.clientId === 'fixture');
    expect(client.protocolMappers).toEqual([
      {
        name: 'groups',
        protocol: 'openid-connect',
        protocolMapper: 'oidc-group-membership-mapper',
        config: { 'id.token.claim': 'true', 'access.token.claim': 'true', 'userinfo.token.claim': 'true', 'claim.name': 'groups', 'full.path': 'false' },
      },
    ]);
    expect(realm.groups.find((g: any) => g.name === 'ewoc_admin').clientRoles).toEqual({ fixture: ['fixture_role'] });
    expect(withFixture.waves.get('fixture')).toBeGreaterThan(withFixture.waves.get('keycloak') as number);
  });

  test("a module's new client changes the realm sync's input and nothing else", () => {
    const withClient = (register: boolean) =>
      class Reports extends PlatformModule {
        static readonly id = 'reports';
        constructor(platform: Platform) {
          super(platform, { namespace: 'vdm' });
          if (register) this.use(KeycloakModule).registerClient({ clientId: 'reports', hosts: [`reports.${this.config.domain}`], roles: [{ name: 'reports_role', groups: ['ewoc_user'] }] });
          else this.use(KeycloakModule);
        }
      };
    const before = renderUnit(undefined, [...MODULES, withClient(false)]).tree;
    const after = renderUnit(undefined, [...MODULES, withClient(true)]).tree;
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((file) => JSON.stringify(before.get(file)) !== JSON.stringify(after.get(file))).sort();
    const keycloak = 'dist/unit/keycloak';
    expect(changed).toEqual([
      `${keycloak}/configmap-realm-worldcereal.yaml`,
      `${keycloak}/externalsecret-oidc-client-reports.yaml`,
      `${keycloak}/job-realm-worldcereal.yaml`,
      `${keycloak}/password-oidc-client-reports-generator.yaml`,
    ]);
    // The Job differs only by the one variable its new secret is read from.
    const env = (tree: typeof before) => (tree.get(`${keycloak}/job-realm-worldcereal.yaml`) as any)[0].spec.template.spec.containers[0].env;
    const jobWithout = (tree: typeof before) => {
      const job = structuredClone((tree.get(`${keycloak}/job-realm-worldcereal.yaml`) as any)[0]);
      delete job.spec.template.spec.containers[0].env;
      return job;
    };
    expect(jobWithout(after)).toEqual(jobWithout(before));
    expect(env(after).filter((e: any) => !env(before).some((b: any) => b.name === e.name))).toEqual([
      { name: 'CLIENT_SECRET_REPORTS', valueFrom: { secretKeyRef: { name: 'oidc-client-reports', key: 'client-secret' } } },
    ]);
  });

  test.each<[string, (m: PlatformModule) => void, string]>([
    [
      'a role for a group the realm lacks',
      (m) => m.use(KeycloakModule).registerClient({ clientId: 'x', hosts: ['x.example.org'], roles: [{ name: 'r', groups: ['admins'] }] }),
      'realm worldcereal: client "x": role "r" is granted to group "admins", which the realm does not have (groups: ewoc_admin, ewoc_platform_admin, ewoc_user, rdm_users)',
    ],
    ['a client registered twice', (m) => m.use(KeycloakModule).registerClient({ clientId: 'rdm', hosts: ['x.example.org'] }), 'realm worldcereal: client "rdm": registered twice'],
    ['a public client under the id of a confidential one', (m) => m.use(KeycloakModule).registerPublicClient({ clientId: 'vdm', hosts: ['x.example.org'] }), 'realm worldcereal: client "vdm": registered twice'],
    [
      'a role declared twice',
      (m) => m.use(KeycloakModule).registerClient({ clientId: 'x', hosts: ['x.example.org'], roles: [{ name: 'r', groups: [] }, { name: 'r', groups: ['ewoc_user'] }] }),
      'realm worldcereal: client "x": role "r" is declared twice',
    ],
    [
      'a client scope whose audience no module registers',
      (m) => m.use(KeycloakModule).registerClientScope({ name: 'reports', audience: 'reporting' }),
      'realm worldcereal: client scope "reports" adds audience "reporting", a client that no module registers (registered: api, argo-workflows, auth, grafana, graylog, prometheus, rdm, rdmapi, vdm, vdmapi, wctiler)',
    ],
    [
      'a client asking for a scope the realm lacks',
      (m) => m.use(KeycloakModule).registerClient({ clientId: 'x', hosts: ['x.example.org'], optionalScopes: ['reports'] }),
      'realm worldcereal: client "x": optional scope "reports" is not a client scope of the realm (client scopes: rest)',
    ],
    [
      'a route without paths',
      (m) => new PublicRoute(m, 'r', { namespace: 'logging', name: 'empty', rules: [{ host: 'x.example.org', paths: [] }] }),
      'route "empty" needs at least one host, and at least one path per host',
    ],
  ])('%s is an error', (_name, misuse, message) => {
    class Misuse extends PlatformModule {
      static readonly id = 'misuse';
      constructor(platform: Platform) {
        super(platform, { namespace: 'logging' });
        misuse(this);
      }
    }
    expect(() => renderUnit(undefined, [...MODULES, Misuse])).toThrow(message);
  });

  test('removing the postgres module while keycloak uses it is a synth error naming both', () => {
    expect(() => renderUnit(undefined, MODULES.filter((m) => m !== PostgresModule))).toThrow(
      'module "keycloak" uses module "postgres", which is not registered in src/modules/registry.ts',
    );
  });

  test('a Secret in git fails synth', () => {
    const Leaky = fixtureModule('leaky', 'logging', (module) => {
      new k8s.KubeSecret(module, 'password', { metadata: { name: 'graylog-root', namespace: 'logging' }, stringData: { password: 'hunter2' } });
    });
    expect(() => renderUnit(undefined, [...MODULES, Leaky])).toThrow(
      'dist/unit/leaky/secret-graylog-root.yaml: Secret graylog-root: secret values must not be in git; produce the Secret in the cluster (GeneratedSecret or SharedSecret in src/lib)',
    );
  });

  test('snapshot of the protected API route', () => {
    expect([findObject(rendered, 'Ingress', 'rdmapi', 'rdm'), findObject(rendered, 'KongPlugin', 'rdmapi-oidc', 'rdm')]).toMatchSnapshot();
  });
});
