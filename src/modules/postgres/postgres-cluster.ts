import { Construct } from 'constructs';
import { ObjectStore, ObjectStoreSpecConfigurationDataCompression, ObjectStoreSpecConfigurationWalCompression } from '../../../imports/barman-barmancloud.cnpg.io';
import { Cluster, Pooler, PoolerSpecPgbouncerPoolMode, PoolerSpecType, ScheduledBackup, ScheduledBackupSpecMethod } from '../../../imports/cnpg-postgresql.cnpg.io';
import type { z } from 'zod';
import type { POSTGRES_SETTINGS } from './settings';
import { KEEP_DATA, SYNC_OPTIONS_ANNOTATION } from '../../gitops/conventions';
import { addDisruptionBudget } from '../../platform/disruption-budget';
import type { Placement } from '../../platform/placement';

/** Name the Barman Cloud plugin registers under. */
const BARMAN_PLUGIN = 'barman-cloud.cloudnative-pg.io';

export interface PostgresClusterProps {
  readonly name: string;
  readonly namespace: string;
  readonly settings: z.output<typeof POSTGRES_SETTINGS.schema>;
  readonly storageClass: string;
  readonly placement: Placement;
}

/**
 * The shared PostgreSQL: a CloudNativePG Cluster with one instance per system node (required anti-affinity) and
 * the operator's disruption budget, a session-mode PgBouncer Pooler with its own budget, and, when configured,
 * base backups and WAL archiving to S3 through the Barman Cloud plugin.
 */
export class PostgresCluster extends Construct {
  /** Service of the read-write pooler: what clients connect to. */
  readonly poolerService: string;
  /** Labels of the pooler's pods. */
  readonly poolerLabels: Readonly<Record<string, string>>;
  /** Labels the operator puts on the instances' pods (not the pooler's). */
  readonly instanceLabels: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: PostgresClusterProps) {
    super(scope, id);
    const { name, namespace, settings, placement } = props;
    const keep = { [SYNC_OPTIONS_ANNOTATION]: KEEP_DATA };
    const backup = settings.backup;
    const objectStore = `${name}-backup`;

    new Cluster(this, 'cluster', {
      metadata: { name, namespace, annotations: keep },
      spec: {
        instances: settings.instances,
        postgresql: { parameters: { max_connections: '512' } },
        // With one instance a budget would block every drain of its node.
        enablePdb: settings.instances > 1,
        affinity: {
          enablePodAntiAffinity: true,
          podAntiAffinityType: 'required',
          topologyKey: 'kubernetes.io/hostname',
          nodeSelector: placement.nodeSelector(),
        },
        storage: { size: settings.storageSize, storageClass: settings.storageClass ?? props.storageClass },
        plugins: backup ? [{ name: BARMAN_PLUGIN, isWalArchiver: true, parameters: { barmanObjectName: objectStore } }] : undefined,
      },
    });

    this.instanceLabels = { 'cnpg.io/cluster': name, 'cnpg.io/podRole': 'instance' };
    this.poolerService = `${name}-pooler-rw`;
    const poolerLabels = { 'cnpg.io/poolerName': this.poolerService };
    this.poolerLabels = poolerLabels;
    new Pooler(this, 'pooler', {
      metadata: { name: this.poolerService, namespace },
      spec: {
        cluster: { name },
        instances: settings.poolerInstances,
        type: PoolerSpecType.RW,
        // Session mode: clients such as Keycloak rely on session state (prepared statements, advisory locks).
        pgbouncer: { poolMode: PoolerSpecPgbouncerPoolMode.SESSION, parameters: { max_client_conn: '1000', default_pool_size: '100' } },
        template: {
          metadata: { labels: poolerLabels },
          spec: {
            ...placement.values(),
            containers: [],
            affinity: {
              podAntiAffinity: {
                preferredDuringSchedulingIgnoredDuringExecution: [
                  { weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: poolerLabels } } },
                ],
              },
            },
          },
        },
      },
    });
    addDisruptionBudget(this, 'pooler-budget', { name: this.poolerService, namespace, matchLabels: poolerLabels, replicas: settings.poolerInstances });

    if (backup) {
      const credential = (key: string) => ({ name: backup.credentialsSecret, key });
      new ObjectStore(this, 'object-store', {
        // The cluster archives its WAL through it: without it, the backups already written could not be restored.
        metadata: { name: objectStore, namespace, annotations: keep },
        spec: {
          retentionPolicy: backup.retentionPolicy,
          configuration: {
            destinationPath: backup.destinationPath,
            endpointUrl: backup.endpointURL,
            s3Credentials: { accessKeyId: credential('ACCESS_KEY_ID'), secretAccessKey: credential('ACCESS_SECRET_KEY') },
            wal: { compression: ObjectStoreSpecConfigurationWalCompression.GZIP },
            data: { compression: ObjectStoreSpecConfigurationDataCompression.GZIP },
          },
        },
      });
      new ScheduledBackup(this, 'scheduled-backup', {
        metadata: { name: `${name}-daily`, namespace },
        spec: {
          schedule: backup.schedule,
          cluster: { name },
          method: ScheduledBackupSpecMethod.PLUGIN,
          pluginConfiguration: { name: BARMAN_PLUGIN },
          immediate: true,
        },
      });
    }
  }
}
