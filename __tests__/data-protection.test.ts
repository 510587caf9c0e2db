import { KEEP_DATA, SYNC_OPTIONS_ANNOTATION } from '../src/gitops/conventions';
import { baseConfig, committedTree, renderUnit } from './support';

/**
 * Whether an object holds data, or reaches data, that must outlive its Application: namespaces (deleting one
 * deletes all in it), volumes and their claims, databases, and the configuration of object stores holding data.
 */
function holdsData(object: Record<string, any>): boolean {
  switch (object.kind) {
    case 'Namespace':
    case 'PersistentVolume':
    case 'PersistentVolumeClaim':
    case 'MongoDBCommunity':
      return true;
    case 'StatefulSet':
      return (object.spec.volumeClaimTemplates ?? []).length > 0;
    case 'Prometheus':
      return object.spec.storage !== undefined;
    case 'ObjectStore':
      return object.apiVersion.startsWith('barmancloud.cnpg.io/');
    case 'ExternalSecret':
      return Object.keys(object.spec.target?.template?.data ?? {}).includes('objstore.yml');
    default:
      return object.apiVersion?.startsWith('postgresql.cnpg.io/') && ['Cluster', 'Database'].includes(object.kind);
  }
}


const unprotected = (objects: ReadonlyArray<{ file: string; object: Record<string, any> }>) =>
  objects.filter(({ object }) => holdsData(object) && object.metadata.annotations?.[SYNC_OPTIONS_ANNOTATION] !== KEEP_DATA).map(({ file }) => file);

describe('data protection', () => {
  // Every module, with a recovery inventory, so that each kind of data-bearing object is rendered.
  const rendered = renderUnit({
    ...baseConfig(),
    pvRecovery: { volumes: [{ volumeId: '0c9d8e7f-6a5b-4c3d-9e8f-7a6b5c4d3e2f', driver: 'cinder', size: '10Gi', namespace: 'logging', claimName: 'data-graylog-datanode-0' }] },
  });
  const unit = [...rendered.tree].flatMap(([file, objects]) => objects.map((object) => ({ file, object })));

  test('every object holding data is kept by Argo CD when it leaves git or its Application is deleted', () => {
    const kinds = new Set(unit.filter(({ object }) => holdsData(object)).map(({ object }) => object.kind));
    expect(kinds).toEqual(new Set(['Namespace', 'PersistentVolume', 'PersistentVolumeClaim', 'MongoDBCommunity', 'StatefulSet', 'Prometheus', 'Cluster', 'Database', 'ExternalSecret']));
    expect(unprotected(unit)).toEqual([]);
  });

  // Leaving a module out deletes its Application, and the resources finalizer then deletes what Argo CD manages.
  test.each(['prod', 'test'])('in the committed %s tree, no data-bearing object can be deleted by Argo CD', (environment) => {
    const tree = committedTree(environment);
    expect(tree.filter(({ object }) => holdsData(object)).length).toBeGreaterThan(10);
    expect(unprotected(tree)).toEqual([]);
  });

  test('the backup object store of the test environment is kept too', () => {
    const stores = committedTree('test').filter(({ object }) => object.kind === 'ObjectStore' && holdsData(object));
    expect(stores.map(({ object }) => object.metadata.annotations?.[SYNC_OPTIONS_ANNOTATION])).toEqual([KEEP_DATA]);
  });

  test('generated passwords outlive their ExternalSecret: created once, orphaned', () => {
    const generated = unit.filter(({ object }) => object.kind === 'ExternalSecret' && object.spec.dataFrom?.some((d: any) => d.sourceRef?.generatorRef?.kind === 'Password'));
    expect(generated.length).toBeGreaterThan(10);
    for (const { object } of generated) expect([object.spec.refreshPolicy, object.spec.target.creationPolicy]).toEqual(['CreatedOnce', 'Orphan']);
  });
});
