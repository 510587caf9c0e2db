import { z } from 'zod';
import { httpsUrl, objectName, quantity, replicas, s3Path, storageClassName } from '../../config/primitives';
import { moduleSettings } from '../../platform/module-settings';

/** The `postgres` section of an environment file. */
export const POSTGRES_SETTINGS = moduleSettings(
  'postgres',
  z
    .strictObject({
      operatorReplicas: replicas('CloudNativePG operator replicas (leader-elected).', 2),
      instances: replicas('PostgreSQL instances (one primary, the others streaming replicas), each on its own system node.', 3),
      storageSize: quantity.default('20Gi').describe('Data volume size of each instance.'),
      storageClass: storageClassName.optional().describe('Storage class of the data volumes; defaults to the environment storageClass.'),
      poolerInstances: replicas('PgBouncer pooler instances (session mode).', 3),
      backup: z
        .strictObject({
          destinationPath: s3Path.describe('S3 bucket (and prefix) receiving base backups and WAL.'),
          endpointURL: httpsUrl.optional().describe('S3 endpoint for non-AWS object storage.'),
          credentialsSecret: objectName.describe('Secret in namespace sysdb with keys ACCESS_KEY_ID and ACCESS_SECRET_KEY, provided by an operator or an external store; never in git.'),
          retentionPolicy: z.string().regex(/^\d+[dwm]$/, { message: 'must be a retention such as 30d, 4w or 6m' }).default('30d').describe('How long backups are kept.'),
          schedule: z.string().regex(/^[0-9A-Za-z*?\/,#-]+( [0-9A-Za-z*?\/,#-]+){5}$/, { message: 'must be a six-field cron expression (seconds first), such as "0 0 2 * * *"' }).default('0 0 2 * * *').describe('When base backups run (six-field cron, seconds first).'),
        })
        .optional()
        .describe('S3 backups through the Barman Cloud plugin; none when absent.'),
    })
    .prefault({})
    .describe('The shared PostgreSQL cluster (CloudNativePG) in namespace sysdb.'),
);
