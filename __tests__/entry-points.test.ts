import { k8s } from 'cdk8s-plus-26';
import { PlatformModule } from '../src/platform/module';
import type { Platform } from '../src/platform/platform';
import { NamespacesModule } from '../src/modules/namespaces/namespaces-module';
import { committedTree, renderUnit } from './support';

/** A module in namespace rdm with one Service of `spec`, declaring it an entry point when given a reason. */
const serving = (spec: Record<string, any>, reason?: string) =>
  class Serving extends PlatformModule {
    static readonly id = 'serving';
    constructor(platform: Platform) {
      super(platform, { namespace: 'rdm' });
      new k8s.KubeService(this, 'service', { metadata: { name: 'reports', namespace: 'rdm' }, spec: { selector: { app: 'reports' }, ports: [{ name: 'http', port: 80 }], ...spec } });
      if (reason !== undefined) this.declareEntryPoint({ namespace: 'rdm', service: 'reports', reason });
    }
  };

describe('entry points', () => {
  test.each(['prod', 'test'])('in the committed %s tree, the gateway proxy is the one Service reaching outside the cluster', (environment) => {
    const outside = committedTree(environment).filter(({ object }) => object.kind === 'Service' && ['LoadBalancer', 'NodePort'].includes(object.spec?.type));
    expect(outside.map(({ object }) => `${object.metadata.namespace}/${object.metadata.name}`)).toEqual(['kong/kong-gateway-proxy']);
  });

  test.each<[string, Record<string, any>, string]>([
    ['node ports', { type: 'NodePort' }, 'type NodePort'],
    ['a load balancer', { type: 'LoadBalancer' }, 'type LoadBalancer'],
    ['external IPs', { externalIPs: ['192.0.2.10'] }, 'spec.externalIPs'],
  ])('a Service on %s that its module does not declare an entry point is refused', (_case, spec, how) => {
    expect(() => renderUnit(undefined, [NamespacesModule, serving(spec)])).toThrow(
      `dist/unit/serving/service-reports.yaml: Service rdm/reports: ${how} exposes it outside the cluster, past the gateway and the SSO of its routes; keep it ClusterIP and route it through Kong, or declare it an entry point of its module (declareEntryPoint)`,
    );
  });

  test('a declared entry point passes; one without a reason is refused', () => {
    expect(() => renderUnit(undefined, [NamespacesModule, serving({ type: 'LoadBalancer' }, 'reports are fetched by a partner over a private link')])).not.toThrow();
    expect(() => renderUnit(undefined, [NamespacesModule, serving({ type: 'LoadBalancer' }, ' ')])).toThrow('module "serving": entry point rdm/reports needs a reason');
  });
});
