import { z } from 'zod';
import { httpsUrl, imageRepository, imageTag, objectName, quantity, replicas, s3Path, storageClassName } from './primitives';

/** Sizes and settings of the platform services, one section per module. */

export const argocdSchema = z
  .strictObject({
    ha: z.boolean().default(true).describe('Run Argo CD highly available (redis-ha, replicated server and repo server).'),
    serverReplicas: replicas('Argo CD API server replicas.', 2),
    repoServerReplicas: replicas('Argo CD repo server replicas.', 2),
    applicationSetReplicas: replicas('ApplicationSet controller replicas.', 2),
  })
  .prefault({})
  .describe('Argo CD managing itself.');

export const certManagerSchema = z
  .strictObject({
    controllerReplicas: replicas('cert-manager controller replicas (leader-elected).', 2),
    webhookReplicas: replicas('cert-manager webhook replicas.', 3),
    cainjectorReplicas: replicas('cert-manager cainjector replicas (leader-elected).', 2),
  })
  .prefault({})
  .describe('cert-manager sizes.');

export const externalSecretsSchema = z
  .strictObject({
    controllerReplicas: replicas('External Secrets controller replicas (leader-elected).', 2),
    webhookReplicas: replicas('External Secrets webhook replicas.', 2),
    certControllerReplicas: replicas('External Secrets certificate controller replicas (leader-elected).', 2),
  })
  .prefault({})
  .describe('External Secrets Operator sizes.');

export const postgresSchema = z
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
  .describe('The shared PostgreSQL cluster (CloudNativePG) in namespace sysdb.');

export const kongSchema = z
  .strictObject({
    image: z
      .strictObject({
        repository: imageRepository.default('world-cereal/kong-oidc').describe('Gateway image repository in the private registry; the image carries the oidc plugin.'),
        tag: imageTag.describe('Gateway image tag (Kong 3.9 with the oidc plugin).'),
      })
      .describe('The in-house gateway image.'),
    controllerReplicas: replicas('Kong ingress controller replicas.', 2),
    proxyServiceType: z.enum(['LoadBalancer', 'NodePort']).default('LoadBalancer').describe('Service type exposing the gateway.'),
  })
  .describe('The Kong gateway (DB-less, gateway on every system node).');

export const keycloakSchema = z
  .strictObject({
    instances: replicas('Keycloak instances.', 3),
  })
  .prefault({})
  .describe('Keycloak single sign-on.');
