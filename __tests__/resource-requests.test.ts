import { findUnrequestedContainers } from '../src/platform/resource-requests';
import { committedTree } from './support';

const deployment = (namespace: string, resources?: Record<string, any>) => ({
  file: `dist/unit/m/deployment-web.${namespace}.yaml`,
  object: {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace },
    spec: { template: { spec: { initContainers: [{ name: 'init', resources: { requests: { cpu: '10m', memory: '16Mi' } } }], containers: [{ name: 'web', resources }] } } },
  },
});
const limitRange = (namespace: string, defaultRequest: Record<string, string>) => ({
  file: `dist/unit/namespaces/limitrange-default-requests.${namespace}.yaml`,
  object: { apiVersion: 'v1', kind: 'LimitRange', metadata: { name: 'default-requests', namespace }, spec: { limits: [{ type: 'Container', defaultRequest }] } },
});

describe('resource requests', () => {
  test('a container asking for nothing, in a namespace giving no default, is named with what it lacks', () => {
    expect(findUnrequestedContainers([deployment('rdm'), limitRange('rdm', { cpu: '50m' })])).toEqual([
      'dist/unit/m/deployment-web.rdm.yaml: Deployment web: spec.template.spec.containers[0] (web): requests no memory, and namespace rdm gives no default (LimitRange); set resources.requests, or the scheduler places it without counting its memory',
    ]);
    expect(findUnrequestedContainers([deployment('vdm')])).toEqual([expect.stringContaining('(web): requests no cpu and no memory, and namespace vdm gives no default')]);
    // Another namespace's defaults are not this one's.
    expect(findUnrequestedContainers([deployment('vdm'), limitRange('rdm', { cpu: '50m', memory: '64Mi' })])).toEqual([
      expect.stringContaining('(web): requests no cpu and no memory, and namespace vdm gives no default'),
    ]);
  });

  test("its own requests, its limits (the API server copies them into requests), or its namespace's defaults suffice", () => {
    expect(findUnrequestedContainers([deployment('rdm', { requests: { cpu: '1', memory: '1Gi' } })])).toEqual([]);
    expect(findUnrequestedContainers([deployment('rdm', { limits: { cpu: '1', memory: '1Gi' } })])).toEqual([]);
    expect(findUnrequestedContainers([deployment('rdm'), limitRange('rdm', { cpu: '50m', memory: '64Mi' })])).toEqual([]);
    // The LimitRanger takes a default request from the default limit, and a default limit from the maximum.
    const limits = (limit: Record<string, any>) => ({ ...limitRange('rdm', {}), object: { ...limitRange('rdm', {}).object, spec: { limits: [{ type: 'Container', ...limit }] } } });
    expect(findUnrequestedContainers([deployment('rdm'), limits({ default: { cpu: '1' }, max: { memory: '1Gi' } })])).toEqual([]);
    // A request of null is none.
    expect(findUnrequestedContainers([deployment('rdm', { requests: { cpu: null, memory: '1Gi' } })])).toEqual([expect.stringContaining('(web): requests no cpu,')]);
  });

  test('in dist/, charts leave containers asking for nothing, and the LimitRange of their namespace is what keeps them from BestEffort', () => {
    for (const environment of ['prod', 'test']) {
      const tree = committedTree(environment);
      const withoutLimitRanges = tree.filter(({ object }) => object.kind !== 'LimitRange');
      expect(findUnrequestedContainers(withoutLimitRanges).length).toBeGreaterThan(10);
      expect(findUnrequestedContainers(tree)).toEqual([]);
    }
  });
});
