import { z } from 'zod';
import { dnsLabel, fsType, objectName, quantity, storageClassName, zoneName } from '../../config/primitives';
import { moduleSettings } from '../../platform/module-settings';

/** Where a recovered volume lives in its storage backend. */
const volumeDriverSchema = z.enum(['cinder', 'ebs', 'csi']);

const recoveredVolumeSchema = z
  .strictObject({
    volumeId: z.string().min(1, { message: 'must name the backend volume', abort: true }).regex(/^[A-Za-z0-9][A-Za-z0-9_.:\/-]{0,254}$/, { message: 'must be a volume id: letters, digits and _ . : / -, at most 255 characters' }).describe('Backend volume id (OpenStack Cinder UUID, AWS EBS vol-..., or the CSI volume handle).'),
    driver: volumeDriverSchema.describe('Storage backend: `cinder` (cinder.csi.openstack.org), `ebs` (ebs.csi.aws.com) or `csi` (any CSI driver, named in csiDriver).'),
    csiDriver: z.string().regex(/^(?=.{1,63}$)[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, { message: 'must be a CSI driver name such as nfs.csi.k8s.io' }).optional().describe('CSI driver name; required when driver is `csi`.'),
    size: quantity.describe('Capacity, the same as the original volume (for example 30Gi).'),
    accessMode: z.enum(['ReadWriteOnce', 'ReadWriteOncePod', 'ReadOnlyMany', 'ReadWriteMany']).default('ReadWriteOnce').describe('Access mode of the volume; cinder and ebs volumes attach to one node at a time (ReadWriteOnce or ReadWriteOncePod).'),
    storageClass: storageClassName.optional().describe('Storage class of the PV and PVC; defaults to the environment storageClass.'),
    fsType: fsType.default('ext4').describe('Filesystem on the volume.'),
    zone: zoneName.optional().describe('Availability zone of a zonal volume; the PV gets the node affinity that keeps pods in that zone. Required for ebs.'),
    namespace: dnsLabel.describe('Namespace of the claim that binds to the volume.'),
    claimName: objectName.describe('Name of the PersistentVolumeClaim the owning workload uses (for a StatefulSet: <template>-<statefulset>-<ordinal>).'),
  })
  .describe('A volume that survived a cluster rebuild, to re-attach to the claim that owned it.');
export type RecoveredVolume = z.infer<typeof recoveredVolumeSchema>;

/** Volume ids each backend hands out; a typo here would bind a claim to nothing. */
const VOLUME_ID_FORMATS: Record<'cinder' | 'ebs', { pattern: RegExp; example: string }> = {
  cinder: { pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, example: '2f1c3a4e-9b7d-4c1e-8f00-5a6b7c8d9e0f' },
  ebs: { pattern: /^vol-[0-9a-f]{8,17}$/, example: 'vol-0123456789abcdef0' },
};

/** Checks that span fields of one volume or the whole inventory; zod reports them at the offending field. */
function checkRecoveryInventory(volumes: readonly RecoveredVolume[], ctx: z.RefinementCtx): void {
  const byVolume = new Map<string, number>();
  const byClaim = new Map<string, number>();
  volumes.forEach((volume, index) => {
    const at = (field: string) => ['volumes', index, field];
    if (volume.driver !== 'csi' && volume.volumeId) {
      const format = VOLUME_ID_FORMATS[volume.driver];
      if (!format.pattern.test(volume.volumeId)) {
        ctx.addIssue({ code: 'custom', path: at('volumeId'), message: `is not a ${volume.driver} volume id (expected the form ${format.example})` });
      }
    }
    if (volume.driver === 'csi' && !volume.csiDriver) {
      ctx.addIssue({ code: 'custom', path: at('csiDriver'), message: 'is required when driver is csi' });
    }
    if (volume.driver !== 'csi' && volume.csiDriver) {
      ctx.addIssue({ code: 'custom', path: at('csiDriver'), message: `is only for driver csi (the ${volume.driver} driver name is implied)` });
    }
    // Both attach a volume to one node at a time (a shared file system comes through a CSI driver such as NFS's).
    if (volume.driver !== 'csi' && (volume.accessMode === 'ReadWriteMany' || volume.accessMode === 'ReadOnlyMany')) {
      ctx.addIssue({ code: 'custom', path: at('accessMode'), message: `cannot be ${volume.accessMode} for ${volume.driver}: a ${volume.driver} volume attaches to one node at a time (ReadWriteOnce or ReadWriteOncePod)` });
    }
    if (volume.driver === 'ebs' && !volume.zone) {
      ctx.addIssue({ code: 'custom', path: at('zone'), message: 'is required for ebs: an EBS volume exists in one availability zone' });
    }
    const volumeKey = `${volume.driver}:${volume.csiDriver ?? ''}:${volume.volumeId}`;
    const firstVolume = byVolume.get(volumeKey);
    if (firstVolume !== undefined) {
      ctx.addIssue({ code: 'custom', path: at('volumeId'), message: `duplicates volumes[${firstVolume}]: one volume can back only one claim` });
    } else {
      byVolume.set(volumeKey, index);
    }
    const claimKey = `${volume.namespace}/${volume.claimName}`;
    const firstClaim = byClaim.get(claimKey);
    if (firstClaim !== undefined) {
      ctx.addIssue({ code: 'custom', path: at('claimName'), message: `duplicates volumes[${firstClaim}]: claim ${claimKey} can bind only one volume` });
    } else {
      byClaim.set(claimKey, index);
    }
  });
}

/** The `pvRecovery` section of an environment file: the recovery inventory. */
export const PV_RECOVERY_SETTINGS = moduleSettings(
  'pvRecovery',
  z
    .strictObject({
      volumes: z.array(recoveredVolumeSchema).default([]).describe('Volumes to re-attach after a rebuild.'),
    })
    .superRefine((section, ctx) => checkRecoveryInventory(section.volumes, ctx))
    .prefault({})
    .describe('Persistent-volume recovery inventory.'),
);
