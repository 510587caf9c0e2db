import { applyChartPatches } from '../src/hydrate/chart-patches';
import { PlatformError } from '../src/platform/errors';

const rendered = () => [
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' }, data: { x: '1' } },
  { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'b', annotations: { 'checksum/config': 'random' } }, spec: {} },
];

describe('chart patches', () => {
  test('apply to a copy of the one object they target; the rest are the same objects', () => {
    const objects = rendered();
    const patched = applyChartPatches(
      objects,
      [{ target: { kind: 'StatefulSet', name: 'b' }, operations: [{ op: 'remove', path: '/metadata/annotations/checksum~1config' }, { op: 'add', path: '/spec/replicas', value: 2 }] }],
      'module "m": chart c 1.0.0',
    );
    expect(patched[1]).toEqual({ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'b', annotations: {} }, spec: { replicas: 2 } });
    expect(objects[1].metadata.annotations).toEqual({ 'checksum/config': 'random' });
    expect(patched[0]).toBe(objects[0]);
  });

  test("annotations join the object's own, whether it has some or none", () => {
    const [configMap, statefulSet] = applyChartPatches(
      rendered(),
      [
        { target: { kind: 'ConfigMap', name: 'a' }, annotations: { keep: 'yes' } },
        { target: { kind: 'StatefulSet', name: 'b' }, annotations: { keep: 'yes' } },
      ],
      'module "m": chart c 1.0.0',
    );
    expect(configMap.metadata).toEqual({ name: 'a', annotations: { keep: 'yes' } });
    expect(statefulSet.metadata).toEqual({ name: 'b', annotations: { 'checksum/config': 'random', keep: 'yes' } });
  });

  test.each([
    [{ kind: 'StatefulSet', name: 'c' }, [{ op: 'remove' as const, path: '/spec' }], 'module "m": chart c 1.0.0: patch of StatefulSet c: the chart renders no such object'],
    [{ kind: 'StatefulSet', name: 'b' }, [{ op: 'remove' as const, path: '/spec/template' }], 'module "m": chart c 1.0.0: patch of StatefulSet b: OPERATION_PATH_UNRESOLVABLE at operation 1 (remove /spec/template)'],
    [{ kind: 'ConfigMap', name: 'a' }, [{ op: 'test' as const, path: '/data/x', value: '2' }], 'module "m": chart c 1.0.0: patch of ConfigMap a: TEST_OPERATION_FAILED at operation 1 (test /data/x)'],
  ])('a patch that does not apply fails synth, naming the chart, the target and the operation (%#)', (target, operations, message) => {
    expect(() => applyChartPatches(rendered(), [{ target, operations }], 'module "m": chart c 1.0.0')).toThrow(new PlatformError(message));
  });
});
