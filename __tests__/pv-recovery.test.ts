import { PlatformModule } from '../src/platform/module';
import type { Platform } from '../src/platform/platform';
import { MODULES } from '../src/modules/registry';
import { baseConfig, ConfigInput, filesUnder, objectAt, renderUnit } from './support';

const inventory = (volumes: object[]): ConfigInput => ({ ...baseConfig(), pvRecovery: { volumes } });

describe('pv-recovery module', () => {
  const rendered = renderUnit(
    inventory([
      { volumeId: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b', driver: 'cinder', size: '20Gi', namespace: 'keycloak', claimName: 'data-keycloak-0' },
      { volumeId: 'vol-0a1b2c3d4e5f60718', driver: 'ebs', size: '50Gi', zone: 'eu-central-1a', storageClass: 'gp3', namespace: 'rdm', claimName: 'rdm-data' },
      { volumeId: 'share-7', driver: 'csi', csiDriver: 'nfs.csi.k8s.io', size: '1Ti', accessMode: 'ReadWriteMany', namespace: 'vdm', claimName: 'tiles' },
    ]),
  );

  test('renders a CSI PersistentVolume reserved for its claim, retained, for Cinder', () => {
    const pv = objectAt(rendered, 'dist/unit/pv-recovery/persistentvolume-recovered-keycloak-data-keycloak-0.yaml');
    expect(pv.spec).toEqual({
      accessModes: ['ReadWriteOnce'],
      capacity: { storage: '20Gi' },
      claimRef: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', name: 'data-keycloak-0', namespace: 'keycloak' },
      csi: { driver: 'cinder.csi.openstack.org', fsType: 'ext4', volumeHandle: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b' },
      persistentVolumeReclaimPolicy: 'Retain',
      storageClassName: baseConfig().storageClass,
      volumeMode: 'Filesystem',
    });
    expect(pv.spec.cinder).toBeUndefined();
    expect(pv.metadata.annotations['argocd.argoproj.io/sync-options']).toBe('Prune=false,Delete=false');
  });

  test('a zonal EBS volume keeps its pods in its zone', () => {
    const pv = objectAt(rendered, 'dist/unit/pv-recovery/persistentvolume-recovered-rdm-rdm-data.yaml');
    expect(pv.spec.csi.driver).toBe('ebs.csi.aws.com');
    expect(pv.spec.storageClassName).toBe('gp3');
    expect(pv.spec.nodeAffinity).toEqual({
      required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'topology.ebs.csi.aws.com/zone', operator: 'In', values: ['eu-central-1a'] }] }] },
    });
  });

  test('any CSI driver can be named', () => {
    const pv = objectAt(rendered, 'dist/unit/pv-recovery/persistentvolume-recovered-vdm-tiles.yaml');
    expect(pv.spec.csi).toEqual({ driver: 'nfs.csi.k8s.io', fsType: 'ext4', volumeHandle: 'share-7' });
    expect(pv.spec.accessModes).toEqual(['ReadWriteMany']);
    expect(pv.spec.nodeAffinity).toBeUndefined();
  });

  test('the claim binds to its volume by name and is protected too', () => {
    const pvc = objectAt(rendered, 'dist/unit/pv-recovery/persistentvolumeclaim-rdm-data.rdm.yaml');
    expect(pvc.metadata).toMatchObject({ name: 'rdm-data', namespace: 'rdm', annotations: { 'argocd.argoproj.io/sync-options': 'Prune=false,Delete=false' } });
    expect(pvc.spec).toEqual({
      accessModes: ['ReadWriteOnce'],
      resources: { requests: { storage: '50Gi' } },
      storageClassName: 'gp3',
      volumeName: 'recovered-rdm-rdm-data',
    });
  });

  test('syncs in a wave before the module that owns the claim', () => {
    class KeycloakLikeModule extends PlatformModule {
      static readonly id = 'keycloak-like';
      constructor(platform: Platform) {
        super(platform, { namespace: 'keycloak', dependsOn: ['cert-manager'] });
      }
    }
    const { waves } = renderUnit(
      inventory([{ volumeId: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b', driver: 'cinder', size: '20Gi', namespace: 'keycloak', claimName: 'data' }]),
      [...MODULES, KeycloakLikeModule],
    );
    expect(waves.get('pv-recovery')).toBe(1);
    expect(waves.get('keycloak-like')).toBe(2);
  });

  test('a claim in a namespace the platform does not create is an error naming the field', () => {
    expect(() => renderUnit(inventory([{ volumeId: '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b', driver: 'cinder', size: '20Gi', namespace: 'default', claimName: 'data' }]))).toThrow(
      'unit.yaml: pvRecovery.volumes[0].namespace: "default" is not a namespace of this environment\'s modules (namespaces: argo, argocd, cert-manager, external-secrets, keycloak, kong, logging, monitoring, node-logs, node-metrics, rdm, sysdb, vdm, wctiler)',
    );
  });

  test('an empty inventory delivers nothing and gets no Application', () => {
    const empty = renderUnit();
    expect(filesUnder(empty, 'dist/unit/pv-recovery').size).toBe(0);
    expect(empty.tree.has('dist/unit/apps/pv-recovery.yaml')).toBe(false);
  });

  test('snapshot', () => {
    expect([...filesUnder(rendered, 'dist/unit/pv-recovery')]).toMatchSnapshot();
  });
});
