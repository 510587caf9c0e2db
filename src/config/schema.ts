import { z } from 'zod';
import { dnsLabel, dnsName, gitRevision, gitUrl, httpsUrl, labelKey, labelValue, repositoryPath, storageClassName } from './primitives';
import { checkRecoveryInventory, recoveredVolumeSchema } from './recovery';
import { registrySchema } from './registry';
import { argocdSchema, certManagerSchema, externalSecretsSchema, keycloakSchema, kongSchema, postgresSchema } from './services';

export type { RecoveredVolume } from './recovery';

/**
 * The one typed configuration of a platform environment (it replaces the original `export-env.sh`).
 * Every default lives in these schemas, and the editor JSON Schema and docs/configuration.md are generated from
 * them, so a field's description is written once.
 */

/** Kubernetes minors the rendered tree is validated against; the target minor must be one of them. */
export const SUPPORTED_KUBERNETES_MINORS = ['1.26', '1.27', '1.28', '1.29', '1.30', '1.31', '1.32', '1.33', '1.34'] as const;

export const configSchema = z
  .strictObject({
    domain: dnsName.describe('Base domain; public hosts are <service>.<domain> (auth.<domain>, grafana.<domain>, ...).'),
    kubernetesVersion: z
      .enum(SUPPORTED_KUBERNETES_MINORS, { message: `must be one of ${SUPPORTED_KUBERNETES_MINORS.join(', ')}` })
      .describe('Kubernetes minor of the target cluster; Helm charts render for it. Every minor from 1.26 to 1.34 is validated regardless.'),
    acme: z
      .strictObject({
        email: z.email({ message: 'must be an e-mail address (Let\'s Encrypt sends expiry notices there)' }).describe('Account e-mail for the ACME issuers.'),
        issuer: z.enum(['letsencrypt-prod', 'letsencrypt-staging']).describe('ClusterIssuer that public routes use.'),
        productionServer: httpsUrl.default('https://acme-v02.api.letsencrypt.org/directory').describe('ACME directory of letsencrypt-prod.'),
        stagingServer: httpsUrl.default('https://acme-staging-v02.api.letsencrypt.org/directory').describe('ACME directory of letsencrypt-staging.'),
      })
      .describe('TLS certificates from an ACME CA through cert-manager.'),
    registry: registrySchema,
    nodeGroup: z
      .strictObject({
        labelKey: labelKey.default('system-tag').describe('Node label that marks the system node group.'),
        labelValue: labelValue.default('world-cereal-system').describe('Value of that label on system nodes.'),
      })
      .prefault({})
      .describe('The system node group every platform pod is pinned to.'),
    storageClass: storageClassName.describe('Storage class for persistent volumes.'),
    gitops: z
      .strictObject({
        repoURL: gitUrl.describe('Git repository Argo CD reads the rendered tree from.'),
        revision: gitRevision.default('main').describe('Branch, tag or commit Argo CD follows.'),
        path: repositoryPath.default('dist').describe('Folder of the rendered tree inside the repository.'),
        project: dnsLabel.default('ewoc-platform').describe('Argo CD AppProject holding the platform Applications.'),
      })
      .describe('Where Argo CD finds this environment.'),
    argocd: argocdSchema,
    certManager: certManagerSchema,
    externalSecrets: externalSecretsSchema,
    postgres: postgresSchema,
    kong: kongSchema,
    keycloak: keycloakSchema,
    pvRecovery: z
      .strictObject({
        volumes: z.array(recoveredVolumeSchema).default([]).describe('Volumes to re-attach after a rebuild.'),
      })
      .prefault({})
      .describe('Persistent-volume recovery inventory.'),
  })
  .superRefine((config, ctx) => checkRecoveryInventory(config.pvRecovery.volumes, ctx))
  .describe('One platform environment.');

/** The configuration as written in environments/<name>.yaml. */
export type PlatformConfigInput = z.input<typeof configSchema>;
/** The configuration after defaults are applied. */
export type PlatformConfig = z.output<typeof configSchema>;
