import { z } from 'zod';
import { checkRecoveryInventory } from './recovery-rules';

/**
 * The one typed configuration of a platform environment (it replaces the original `export-env.sh`).
 * Every default lives here, and the editor JSON Schema and docs/configuration.md are generated from this file,
 * so a field's description is written once.
 */

/** Kubernetes minors the rendered tree is validated against; the target minor must be one of them. */
export const SUPPORTED_KUBERNETES_MINORS = ['1.26', '1.27', '1.28', '1.29', '1.30', '1.31', '1.32', '1.33', '1.34'] as const;

const dnsName = z
  .string()
  .regex(/^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+$/, {
    message: 'must be a lower-case DNS name with at least two labels, such as cloud.example.org',
  });

const dnsLabel = z.string().regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, {
  message: 'must be a DNS label: lower-case letters, digits and "-", at most 63 characters',
});

const exactVersion = z.string().regex(/^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, {
  message: 'must be an exact version such as 1.21.1 (ranges are not reproducible)',
});

const quantity = z.string().regex(/^\d+(\.\d+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/, {
  message: 'must be a Kubernetes quantity such as 30Gi',
});

const httpsUrl = z.url({ protocol: /^https$/, message: 'must be an https:// URL' });

const replicas = (description: string, fallback: number) =>
  z.number().int({ message: 'must be a whole number' }).min(1, { message: 'must be at least 1' }).max(15).default(fallback).describe(description);

/** An upstream Helm chart at an exact version. */
export const chartSchema = z
  .strictObject({
    repoURL: httpsUrl.describe('Helm repository URL.'),
    chart: z.string().min(1).describe('Chart name in that repository.'),
    version: exactVersion.describe('Exact chart version.'),
  })
  .describe('An upstream Helm chart pinned to an exact version.');
export type ChartRef = z.infer<typeof chartSchema>;

/** Where a recovered volume lives in its storage backend. */
export const volumeDriverSchema = z.enum(['cinder', 'ebs', 'csi']);

export const recoveredVolumeSchema = z
  .strictObject({
    volumeId: z.string().min(1, { message: 'must name the backend volume' }).describe('Backend volume id (OpenStack Cinder UUID, AWS EBS vol-..., or the CSI volume handle).'),
    driver: volumeDriverSchema.describe('Storage backend: `cinder` (cinder.csi.openstack.org), `ebs` (ebs.csi.aws.com) or `csi` (any CSI driver, named in csiDriver).'),
    csiDriver: z.string().regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, { message: 'must be a CSI driver name such as nfs.csi.k8s.io' }).optional().describe('CSI driver name; required when driver is `csi`.'),
    size: quantity.describe('Capacity, the same as the original volume (for example 30Gi).'),
    accessMode: z.enum(['ReadWriteOnce', 'ReadWriteOncePod', 'ReadOnlyMany', 'ReadWriteMany']).default('ReadWriteOnce').describe('Access mode of the volume.'),
    storageClass: z.string().optional().describe('Storage class of the PV and PVC; defaults to the environment storageClass.'),
    fsType: z.string().default('ext4').describe('Filesystem on the volume.'),
    zone: z.string().optional().describe('Availability zone of a zonal volume; the PV gets the node affinity that keeps pods in that zone. Required for ebs.'),
    namespace: dnsLabel.describe('Namespace of the claim that binds to the volume.'),
    claimName: z.string().regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, { message: 'must be a Kubernetes object name' }).describe('Name of the PersistentVolumeClaim the owning workload uses (for a StatefulSet: <template>-<statefulset>-<ordinal>).'),
  })
  .describe('A volume that survived a cluster rebuild, to re-attach to the claim that owned it.');
export type RecoveredVolume = z.infer<typeof recoveredVolumeSchema>;

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
    registry: z
      .strictObject({
        host: z.string().regex(/^[a-z0-9.-]+(:\d+)?(\/[a-z0-9._/-]+)?$/, { message: 'must be a registry host such as 123456789012.dkr.ecr.eu-central-1.amazonaws.com' }).describe('Private image registry holding the in-house images.'),
      })
      .describe('Container image registry.'),
    nodeGroup: z
      .strictObject({
        labelKey: z.string().min(1).default('system-tag').describe('Node label that marks the system node group.'),
        labelValue: z.string().min(1).default('world-cereal-system').describe('Value of that label on system nodes.'),
      })
      .prefault({})
      .describe('The system node group every platform pod is pinned to.'),
    storageClass: dnsLabel.describe('Storage class for persistent volumes.'),
    gitops: z
      .strictObject({
        repoURL: z.string().regex(/^(https:\/\/|ssh:\/\/|git@)\S+$/, { message: 'must be a git URL (https://, ssh:// or git@)' }).describe('Git repository Argo CD reads the rendered tree from.'),
        revision: z.string().min(1).default('main').describe('Branch, tag or commit Argo CD follows.'),
        path: z.string().regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/, { message: 'must be a relative path without leading or trailing "/"' }).default('dist').describe('Folder of the rendered tree inside the repository.'),
        project: dnsLabel.default('ewoc-platform').describe('Argo CD AppProject holding the platform Applications.'),
      })
      .describe('Where Argo CD finds this environment.'),
    charts: z
      .strictObject({
        argoCd: chartSchema
          .default({ repoURL: 'https://argoproj.github.io/argo-helm', chart: 'argo-cd', version: '10.1.1' })
          .describe('argo-cd chart (Argo CD managing itself); 10.1.1 ships Argo CD v3.4.4.'),
        certManager: chartSchema
          .default({ repoURL: 'https://charts.jetstack.io', chart: 'cert-manager', version: 'v1.21.1' })
          .describe('cert-manager chart, with its CRDs.'),
      })
      .prefault({})
      .describe('Pinned upstream charts.'),
    argocd: z
      .strictObject({
        ha: z.boolean().default(true).describe('Run Argo CD highly available (redis-ha, replicated server and repo server).'),
        serverReplicas: replicas('Argo CD API server replicas.', 2),
        repoServerReplicas: replicas('Argo CD repo server replicas.', 2),
        applicationSetReplicas: replicas('ApplicationSet controller replicas.', 2),
      })
      .prefault({})
      .describe('Argo CD managing itself.'),
    certManager: z
      .strictObject({
        controllerReplicas: replicas('cert-manager controller replicas (leader-elected).', 2),
        webhookReplicas: replicas('cert-manager webhook replicas.', 3),
        cainjectorReplicas: replicas('cert-manager cainjector replicas (leader-elected).', 2),
      })
      .prefault({})
      .describe('cert-manager sizes.'),
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
