import { k8s } from 'cdk8s-plus-26';
import { Construct } from 'constructs';
import type { RecoveredVolume } from './settings';
import { KEEP_DATA, SYNC_OPTIONS_ANNOTATION } from '../../gitops/conventions';

/** CSI driver name and the node label its node plugin sets for the zone, per backend. */
const DRIVERS: Record<'cinder' | 'ebs', { driver: string; zoneKey: string }> = {
  cinder: { driver: 'cinder.csi.openstack.org', zoneKey: 'topology.cinder.csi.openstack.org/zone' },
  ebs: { driver: 'ebs.csi.aws.com', zoneKey: 'topology.ebs.csi.aws.com/zone' },
};
const WELL_KNOWN_ZONE_KEY = 'topology.kubernetes.io/zone';

export interface RecoveredVolumeClaimProps {
  /** The inventory entry. */
  readonly volume: RecoveredVolume;
  /** Storage class when the entry names none. */
  readonly defaultStorageClass: string;
}

/**
 * Re-attaches an existing backend volume: a CSI PersistentVolume reserved for one claim (claimRef) that keeps the
 * volume when released (Retain), and the claim itself, bound to it by name. A zonal volume gets node affinity to
 * its zone, since a pod elsewhere could not attach it. Both carry Prune=false,Delete=false.
 */
export class RecoveredVolumeClaim extends Construct {
  /** Name of the PersistentVolume. */
  readonly volumeName: string;

  constructor(scope: Construct, id: string, props: RecoveredVolumeClaimProps) {
    super(scope, id);
    const { volume } = props;
    const backend = volume.driver === 'csi' ? { driver: volume.csiDriver as string, zoneKey: WELL_KNOWN_ZONE_KEY } : DRIVERS[volume.driver];
    const storageClassName = volume.storageClass ?? props.defaultStorageClass;
    const annotations = { [SYNC_OPTIONS_ANNOTATION]: KEEP_DATA };
    this.volumeName = `recovered-${volume.namespace}-${volume.claimName}`;

    new k8s.KubePersistentVolume(this, 'volume', {
      metadata: { name: this.volumeName, annotations: { ...annotations, 'pv.kubernetes.io/provisioned-by': backend.driver } },
      spec: {
        capacity: { storage: k8s.Quantity.fromString(volume.size) },
        accessModes: [volume.accessMode],
        persistentVolumeReclaimPolicy: 'Retain',
        storageClassName,
        volumeMode: 'Filesystem',
        csi: { driver: backend.driver, volumeHandle: volume.volumeId, fsType: volume.fsType },
        claimRef: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', namespace: volume.namespace, name: volume.claimName },
        nodeAffinity: volume.zone
          ? { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: backend.zoneKey, operator: 'In', values: [volume.zone] }] }] } }
          : undefined,
      },
    });

    new k8s.KubePersistentVolumeClaim(this, 'claim', {
      metadata: { name: volume.claimName, namespace: volume.namespace, annotations },
      spec: {
        accessModes: [volume.accessMode],
        storageClassName,
        volumeName: this.volumeName,
        resources: { requests: { storage: k8s.Quantity.fromString(volume.size) } },
      },
    });
  }
}
