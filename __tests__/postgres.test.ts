import { parseConfig } from '../src/config/load';
import type { DatabaseConnection } from '../src/modules/postgres/database-connection';
import { PostgresModule } from '../src/modules/postgres/postgres-module';
import { MODULES } from '../src/modules/registry';
import { baseConfig, CONFIG_SCHEMA, findObject, fixtureModule, objectsOfKind, renderTestEnvironment, renderUnit, testEnvironmentConfig } from './support';

const pinned = { 'system-tag': 'world-cereal-system' };
const KEEP = 'Prune=false,Delete=false';

describe('postgres module', () => {
  const rendered = renderUnit({ ...baseConfig(), postgres: { storageSize: '50Gi', storageClass: 'fast' } });
  const cluster = findObject(rendered, 'Cluster', 'postgres', 'sysdb');

  test('installs the CloudNativePG operator chart with its CRDs: 2 replicas spread over the system nodes, with a budget', () => {
    const operator = findObject(rendered, 'Deployment', 'cnpg-cloudnative-pg', 'sysdb');
    const labels = { 'app.kubernetes.io/name': 'cloudnative-pg', 'app.kubernetes.io/instance': 'cnpg' };
    expect(operator.spec.replicas).toBe(2);
    expect(operator.spec.template.spec.nodeSelector).toEqual(pinned);
    expect(operator.spec.template.metadata.labels).toMatchObject(labels);
    expect(operator.spec.template.spec.topologySpreadConstraints).toEqual([{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: labels } }]);
    expect(findObject(rendered, 'PodDisruptionBudget', 'cnpg-cloudnative-pg', 'sysdb').spec).toEqual({ maxUnavailable: 1, selector: { matchLabels: labels } });
    expect(findObject(rendered, 'CustomResourceDefinition', 'clusters.postgresql.cnpg.io').spec.scope).toBe('Namespaced');
    const app = findObject(rendered, 'Application', 'postgres');
    expect(app.spec.syncPolicy.syncOptions).toEqual(['CreateNamespace=false', 'ServerSideApply=true', 'SkipDryRunOnMissingResource=true']);
  });

  test('runs 3 instances, one per system node, with a budget, the configured storage and 512 connections', () => {
    expect(cluster.spec.instances).toBe(3);
    expect(cluster.spec.affinity).toEqual({ enablePodAntiAffinity: true, podAntiAffinityType: 'required', topologyKey: 'kubernetes.io/hostname', nodeSelector: pinned });
    expect(cluster.spec.enablePDB).toBe(true);
    expect(cluster.spec.storage).toEqual({ size: '50Gi', storageClass: 'fast' });
    expect(cluster.spec.postgresql.parameters.max_connections).toBe('512');
    expect(cluster.metadata.annotations['argocd.argoproj.io/sync-options']).toBe(KEEP);
  });

  test('a session-mode pooler of 3 on the system nodes, with its own budget', () => {
    const pooler = findObject(rendered, 'Pooler', 'postgres-pooler-rw', 'sysdb');
    expect(pooler.spec).toMatchObject({ cluster: { name: 'postgres' }, instances: 3, type: 'rw', pgbouncer: { poolMode: 'session' } });
    expect(pooler.spec.template.spec.nodeSelector).toEqual(pinned);
    const budget = findObject(rendered, 'PodDisruptionBudget', 'postgres-pooler-rw', 'sysdb');
    expect(budget.spec).toEqual({ maxUnavailable: 1, selector: { matchLabels: { 'cnpg.io/poolerName': 'postgres-pooler-rw' } } });
  });

  test('no backups unless configured', () => {
    expect(cluster.spec.plugins).toBeUndefined();
    expect(objectsOfKind(rendered, 'ScheduledBackup')).toEqual([]);
  });

  describe('a small cluster with backups (the test environment)', () => {
    const config = testEnvironmentConfig();
    const { backup } = config.postgres;
    const small = renderTestEnvironment();

    test('S3 backups through the Barman Cloud plugin, which needs cert-manager first', () => {
      const store = findObject(small, 'ObjectStore', 'postgres-backup', 'sysdb');
      expect(backup.retentionPolicy).toBe('7d');
      expect(store.spec).toEqual({
        retentionPolicy: '7d',
        configuration: {
          destinationPath: backup.destinationPath,
          endpointURL: backup.endpointURL,
          s3Credentials: { accessKeyId: { name: backup.credentialsSecret, key: 'ACCESS_KEY_ID' }, secretAccessKey: { name: backup.credentialsSecret, key: 'ACCESS_SECRET_KEY' } },
          wal: { compression: 'gzip' },
          data: { compression: 'gzip' },
        },
      });
      expect(findObject(small, 'Cluster', 'postgres').spec.plugins).toEqual([{ name: 'barman-cloud.cloudnative-pg.io', isWALArchiver: true, parameters: { barmanObjectName: 'postgres-backup' } }]);
      expect(findObject(small, 'ScheduledBackup', 'postgres-daily').spec).toEqual({
        schedule: '0 0 2 * * *',
        cluster: { name: 'postgres' },
        method: 'plugin',
        pluginConfiguration: { name: 'barman-cloud.cloudnative-pg.io' },
        immediate: true,
      });
      expect(findObject(small, 'Deployment', 'barman-cloud-plugin-barman-cloud', 'sysdb').spec.template.spec.nodeSelector).toEqual(pinned);
      expect(findObject(small, 'CustomResourceDefinition', 'objectstores.barmancloud.cnpg.io')).toBeDefined();
      expect(small.waves.get('postgres')).toBeGreaterThan(small.waves.get('cert-manager') as number);
    });

    test('backups are kept 30 days where the environment does not say', () => {
      const { retentionPolicy: _given, ...unsaid } = backup;
      const parsed: any = parseConfig('env.yaml', { ...baseConfig(), postgres: { backup: unsaid } }, CONFIG_SCHEMA);
      expect(parsed.postgres.backup.retentionPolicy).toBe('30d');
    });

    test('the operator runs a single replica, as the environment asks', () => {
      expect(config.postgres.operatorReplicas).toBe(1);
      expect(findObject(small, 'Deployment', 'cnpg-cloudnative-pg', 'sysdb').spec.replicas).toBe(1);
    });

    test('a single-instance cluster has no budgets (they would block every drain)', () => {
      expect([config.postgres.instances, config.postgres.poolerInstances]).toEqual([1, 1]);
      expect(findObject(small, 'Cluster', 'postgres').spec.enablePDB).toBe(false);
      expect(objectsOfKind(small, 'PodDisruptionBudget', 'sysdb')).toEqual([]);
    });
  });

  describe('database handle', () => {
    let connection: DatabaseConnection | undefined;
    const ReportsModule = fixtureModule('reports', 'monitoring', (module) => {
      connection = module.use(PostgresModule).database(module, { database: 'grafana_reports', owner: 'reporter' });
    });
    const withReports = renderUnit(undefined, [...MODULES, ReportsModule]);

    test('hands back where to connect and the Secret in the asking namespace', () => {
      expect(connection).toMatchObject({ host: 'postgres-pooler-rw.sysdb.svc', port: 5432, database: 'grafana_reports', username: 'reporter' });
      expect(connection?.secret.namespace).toBe('monitoring');
      expect(connection?.secret.keyRef('uri')).toEqual({ name: 'grafana-reports-database', key: 'uri' });
    });

    test('creates the database, owned by its role, both kept when removed from git', () => {
      const database = findObject(withReports, 'Database', 'postgres-grafana-reports', 'sysdb');
      expect(database.spec).toEqual({ cluster: { name: 'postgres' }, name: 'grafana_reports', owner: 'reporter', ensure: 'present', databaseReclaimPolicy: 'retain' });
      const role = findObject(withReports, 'DatabaseRole', 'postgres-reporter', 'sysdb');
      expect(role.spec).toEqual({
        cluster: { name: 'postgres' },
        name: 'reporter',
        login: true,
        passwordSecret: { name: 'reporter-db-credentials' },
        ensure: 'present',
        databaseRoleReclaimPolicy: 'retain',
      });
      expect([database, role].map((o) => o.metadata.annotations['argocd.argoproj.io/sync-options'])).toEqual([KEEP, KEEP]);
    });

    test('generates the role password as basic-auth in sysdb and copies connection details to the consumer', () => {
      const source = findObject(withReports, 'ExternalSecret', 'reporter-db-credentials', 'sysdb');
      expect(source.spec.target.template).toMatchObject({ type: 'kubernetes.io/basic-auth', data: { username: 'reporter' } });
      const copy = findObject(withReports, 'ExternalSecret', 'grafana-reports-database', 'monitoring');
      expect(copy.spec.secretStoreRef.name).toBe('sysdb-secrets');
      expect(copy.spec.target.template.data).toEqual({
        host: 'postgres-pooler-rw.sysdb.svc',
        port: '5432',
        dbname: 'grafana_reports',
        uri: 'postgresql://{{ .username }}:{{ .password }}@postgres-pooler-rw.sysdb.svc:5432/grafana_reports',
        'jdbc-url': 'jdbc:postgresql://postgres-pooler-rw.sysdb.svc:5432/grafana_reports',
      });
      expect(withReports.waves.get('reports')).toBeGreaterThan(withReports.waves.get('postgres') as number);
    });

    test.each([
      ['Grafana', 'database "Grafana": the name must be lower-case letters, digits and _, starting with a letter'],
      ['keycloak', 'database "keycloak": already requested by module "keycloak"'],
    ])('asking for %s is an error', (database, message) => {
      const Asker = fixtureModule('asker', 'monitoring', (module) => {
        module.use(PostgresModule).database(module, { database });
      });
      expect(() => renderUnit(undefined, [...MODULES, Asker])).toThrow(`module "asker": ${message}`);
    });
  });

  test('snapshot', () => {
    expect(cluster).toMatchSnapshot();
  });
});
