import { KEEP_DATA, SYNC_OPTIONS_ANNOTATION } from '../src/gitops/conventions';
import { baseConfig, renderUnit } from './support';

/** Whether an object holds data that must outlive its Application: volumes, databases, their claims. */
function holdsData(object: Record<string, any>): boolean {
  switch (object.kind) {
    case 'PersistentVolume':
    case 'PersistentVolumeClaim':
    case 'MongoDBCommunity':
      return true;
    case 'StatefulSet':
      return (object.spec.volumeClaimTemplates ?? []).length > 0;
    case 'Prometheus':
      return object.spec.storage !== undefined;
    default:
      return object.apiVersion?.startsWith('postgresql.cnpg.io/') && ['Cluster', 'Database'].includes(object.kind);
  }
}

describe('data protection', () => {
  // Every module, with a recovery inventory, so that each kind of data-bearing object is rendered.
  const rendered = renderUnit({
    ...baseConfig(),
    pvRecovery: { volumes: [{ volumeId: '0c9d8e7f-6a5b-4c3d-9e8f-7a6b5c4d3e2f', driver: 'cinder', size: '10Gi', namespace: 'logging', claimName: 'data-graylog-datanode-0' }] },
  });

  test('every object holding data is kept by Argo CD when it leaves git or its Application is deleted', () => {
    const holding = [...rendered.tree].flatMap(([file, objects]) => objects.filter(holdsData).map((object) => ({ file, object })));
    expect(new Set(holding.map(({ object }) => object.kind))).toEqual(new Set(['PersistentVolume', 'PersistentVolumeClaim', 'MongoDBCommunity', 'StatefulSet', 'Prometheus', 'Cluster', 'Database']));
    const unprotected = holding.filter(({ object }) => object.metadata.annotations?.[SYNC_OPTIONS_ANNOTATION] !== KEEP_DATA).map(({ file }) => file);
    expect(unprotected).toEqual([]);
  });
});
