import { Construct } from 'constructs';
import { Database, DatabaseRole, DatabaseRoleSpecDatabaseRoleReclaimPolicy, DatabaseRoleSpecEnsure, DatabaseSpecDatabaseReclaimPolicy, DatabaseSpecEnsure } from '../../../imports/cnpg-postgresql.cnpg.io';
import { KEEP_DATA, SYNC_OPTIONS_ANNOTATION } from '../../gitops/conventions';
import { GeneratedSecret } from '../../lib/generated-secret';
import { SharedSecret } from '../../lib/shared-secret';
import { addDisruptionBudget } from '../../platform/disruption-budget';
import { PlatformError } from '../../platform/errors';
import { PlatformModule } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import { CertManagerModule } from '../cert-manager/cert-manager-module';
import { BARMAN_CLOUD_CHART, CLOUDNATIVE_PG_CHART } from './charts';
import type { DatabaseConnection, DatabaseRequest } from './database-connection';
import { PostgresCluster } from './postgres-cluster';
import type { BarmanCloudValues, CloudNativePgValues } from './postgres-values';
import { POSTGRES_SETTINGS } from './settings';

const NAMESPACE = 'sysdb';
const CLUSTER = 'postgres';
const PORT = 5432;
const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The shared PostgreSQL in namespace sysdb (CloudNativePG). Other modules ask it for a database through
 * `database()`: it creates the Database and its owning role here and hands back the connection, with a copy of the
 * credentials in the asking module's namespace.
 */
export class PostgresModule extends PlatformModule {
  static readonly id = 'postgres';
  static readonly summary = 'CloudNativePG operator, a 3-instance Cluster, a session-mode Pooler, optional S3 backups; databases on request';
  static readonly settings = POSTGRES_SETTINGS;

  private readonly cluster: PostgresCluster;
  private readonly databases = new Map<string, string>();

  constructor(platform: Platform) {
    // The Cluster and Pooler CRDs exceed the client-side apply limit; the CRs arrive with them.
    super(platform, { namespace: NAMESPACE, sync: { serverSideApply: true, skipDryRunOnMissingResource: true } });
    this.addHealthChecks(__dirname);
    // CloudNativePG's own scheduling type: `nodeSelector` beside the affinity terms, under spec.affinity.
    this.declareOperatorPods('postgresql.cnpg.io_Cluster', 'spec.affinity');
    this.declareOperatorPods('postgresql.cnpg.io_Pooler', 'spec.template.spec');
    const settings = this.settingsOf(POSTGRES_SETTINGS);
    const operatorLabels = { 'app.kubernetes.io/name': 'cloudnative-pg', 'app.kubernetes.io/instance': 'cnpg' };
    const operator: CloudNativePgValues = {
      replicaCount: settings.operatorReplicas,
      ...this.placement.values(),
      // The chart leaves the spread's selector to us, and has no budget of its own.
      topologySpreadConstraints: this.placement.spreadOverNodes(operatorLabels),
      crds: { create: true },
    };
    this.addHelmChart({ chart: CLOUDNATIVE_PG_CHART, releaseName: 'cnpg', values: operator });
    addDisruptionBudget(this, 'operator-budget', { name: 'cnpg-cloudnative-pg', namespace: NAMESPACE, matchLabels: operatorLabels, replicas: settings.operatorReplicas });
    if (settings.backup) {
      // The plugin's TLS between operator and instances is issued by cert-manager.
      this.use(CertManagerModule);
      const plugin: BarmanCloudValues = { ...this.placement.values(), crds: { create: true } };
      this.addHelmChart({ chart: BARMAN_CLOUD_CHART, releaseName: 'barman-cloud', values: plugin });
    }
    this.cluster = new PostgresCluster(this, 'postgres', {
      name: CLUSTER,
      namespace: NAMESPACE,
      settings,
      storageClass: this.config.storageClass,
      placement: this.placement,
    });

    const operatorPods = { namespace: NAMESPACE, pods: operatorLabels };
    const instances = { namespace: NAMESPACE, pods: this.cluster.instanceLabels };
    this.allowIngress({
      name: 'postgres-instances',
      to: { namespace: NAMESPACE, pods: this.cluster.instanceLabels, ports: [5432] },
      from: [{ namespace: NAMESPACE, pods: this.cluster.poolerLabels }, instances],
      reason: 'the pooler connects to the instances, and replicas stream from the primary',
    });
    this.allowIngress({
      name: 'postgres-instance-manager',
      to: { namespace: NAMESPACE, pods: this.cluster.instanceLabels, ports: [8000] },
      from: [operatorPods],
      reason: "the operator asks each instance's manager for its status",
    });
    if (settings.backup) {
      this.allowIngress({
        name: 'barman-cloud-plugin',
        to: { namespace: NAMESPACE, service: 'barman-cloud', port: 9090 },
        from: [operatorPods],
        reason: 'the operator drives backups through the barman-cloud plugin',
      });
    }
  }

  /**
   * A database for `consumer` (a construct in the asking module): the Database (kept when removed from git), its
   * owning DatabaseRole with a generated password, and a copy of the credentials in the consumer's namespace.
   */
  database(consumer: Construct, request: DatabaseRequest): DatabaseConnection {
    const consumerModule = PlatformModule.of(consumer);
    const namespace = consumerModule.destinationNamespace;
    const { database } = request;
    const owner = request.owner ?? database;
    const where = `module "${consumerModule.id}": database "${database}"`;
    if (!namespace) throw new PlatformError(`${where}: the module needs a namespace to receive the credentials`);
    if (!IDENTIFIER.test(database)) throw new PlatformError(`${where}: the name must be lower-case letters, digits and _, starting with a letter`);
    if (!IDENTIFIER.test(owner)) throw new PlatformError(`${where}: owner "${owner}" must be lower-case letters, digits and _, starting with a letter`);
    const taken = this.databases.get(database);
    if (taken) throw new PlatformError(`${where}: already requested by module "${taken}"`);
    this.databases.set(database, consumerModule.id);

    const host = `${this.cluster.poolerService}.${NAMESPACE}.svc`;
    // The handle is the path: the consumer's namespace reaches the pooler, and nothing else of the cluster.
    consumerModule.allowIngress({
      name: `postgres-${consumerModule.id}`,
      to: { namespace: NAMESPACE, pods: this.cluster.poolerLabels, ports: [5432] },
      from: [{ namespace }],
      reason: `module ${consumerModule.id} uses its databases through the pooler`,
    });
    const keep = { [SYNC_OPTIONS_ANNOTATION]: KEEP_DATA };
    const scope = new Construct(this, `database-${database}`);
    const credentials = new GeneratedSecret(scope, 'credentials', {
      namespace: NAMESPACE,
      name: `${owner.replace(/_/g, '-')}-db-credentials`,
      type: 'kubernetes.io/basic-auth',
      template: { username: owner },
    });
    new DatabaseRole(scope, 'role', {
      metadata: { name: `${CLUSTER}-${owner.replace(/_/g, '-')}`, namespace: NAMESPACE, annotations: keep },
      spec: {
        cluster: { name: CLUSTER },
        name: owner,
        login: true,
        passwordSecret: { name: credentials.name },
        ensure: DatabaseRoleSpecEnsure.PRESENT,
        databaseRoleReclaimPolicy: DatabaseRoleSpecDatabaseRoleReclaimPolicy.RETAIN,
      },
    });
    new Database(scope, 'database', {
      metadata: { name: `${CLUSTER}-${database.replace(/_/g, '-')}`, namespace: NAMESPACE, annotations: keep },
      spec: {
        cluster: { name: CLUSTER },
        name: database,
        owner,
        ensure: DatabaseSpecEnsure.PRESENT,
        databaseReclaimPolicy: DatabaseSpecDatabaseReclaimPolicy.RETAIN,
      },
    });
    const secret = new SharedSecret(consumer, `database-${database}`, {
      source: credentials,
      namespace,
      name: `${database.replace(/_/g, '-')}-database`,
      keys: ['username', 'password'],
      template: {
        host,
        port: String(PORT),
        dbname: database,
        uri: `postgresql://{{ .username }}:{{ .password }}@${host}:${PORT}/${database}`,
        'jdbc-url': `jdbc:postgresql://${host}:${PORT}/${database}`,
      },
    });
    return { host, port: PORT, database, username: owner, secret };
  }
}
