import { z } from 'zod';
import { dnsLabel, objectName, quantity } from './primitives';

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
    claimName: objectName.describe('Name of the PersistentVolumeClaim the owning workload uses (for a StatefulSet: <template>-<statefulset>-<ordinal>).'),
  })
  .describe('A volume that survived a cluster rebuild, to re-attach to the claim that owned it.');
export type RecoveredVolume = z.infer<typeof recoveredVolumeSchema>;
