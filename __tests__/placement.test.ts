import { k8s } from 'cdk8s-plus-26';
import { PlatformModule } from '../src/platform/module';
import type { Platform } from '../src/platform/platform';
import { NamespacesModule } from '../src/modules/namespaces/namespaces-module';
import { Placement } from '../src/platform/placement';
import { renderUnit } from './support';

const podSpec = (nodeSelector?: Record<string, string>): k8s.PodSpec => ({
  nodeSelector,
  // Pod Security restricted, which every namespace of these tests enforces.
  securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } },
  containers: [{ name: 'main', image: 'registry.example.org/app:1.0.0', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }],
});

class UnpinnedDeploymentModule extends PlatformModule {
  static readonly id = 'unpinned';
  constructor(platform: Platform) {
    super(platform, { namespace: 'rdm' });
    new k8s.KubeDeployment(this, 'api', {
      metadata: { name: 'api', namespace: 'rdm' },
      spec: { selector: { matchLabels: { app: 'api' } }, template: { metadata: { labels: { app: 'api' } }, spec: podSpec({ 'kubernetes.io/os': 'linux' }) } },
    });
  }
}

class PinnedCronJobModule extends PlatformModule {
  static readonly id = 'pinned';
  constructor(platform: Platform) {
    super(platform, { namespace: 'rdm' });
    new k8s.KubeCronJob(this, 'cleanup', {
      metadata: { name: 'cleanup', namespace: 'rdm' },
      spec: { schedule: '0 3 * * *', jobTemplate: { spec: { template: { spec: { ...podSpec(this.placement.nodeSelector()), restartPolicy: 'OnFailure' } } } } },
    });
  }
}

class LogShipperModule extends PlatformModule {
  static readonly id = 'log-shipper';
  constructor(platform: Platform, exempt: boolean) {
    super(platform, { namespace: 'logging' });
    new k8s.KubeDaemonSet(this, 'shipper', {
      metadata: { name: 'shipper', namespace: 'logging' },
      spec: { selector: { matchLabels: { app: 'shipper' } }, template: { metadata: { labels: { app: 'shipper' } }, spec: podSpec() } },
    });
    if (exempt) this.runOnEveryNode({ name: 'shipper', namespace: 'logging', reason: 'ships the logs of every node' });
  }
}
class ExemptShipper extends LogShipperModule {
  constructor(platform: Platform) {
    super(platform, true);
  }
}
class UnexemptShipper extends LogShipperModule {
  constructor(platform: Platform) {
    super(platform, false);
  }
}

describe('placement', () => {
  test('a pod template off the system node group fails synth, naming file, object and path', () => {
    expect(() => renderUnit(undefined, [NamespacesModule, UnpinnedDeploymentModule])).toThrow(
      'dist/unit/unpinned/deployment-api.yaml: Deployment api: spec.template.spec: pod template is not pinned to the system node group (nodeSelector or required node affinity system-tag: world-cereal-system)',
    );
  });

  test('the placement helper pins any pod template, however deep', () => {
    const rendered = renderUnit(undefined, [NamespacesModule, PinnedCronJobModule]);
    const cronJob = rendered.tree.get('dist/unit/pinned/cronjob-cleanup.yaml')?.[0];
    expect(cronJob?.spec.jobTemplate.spec.template.spec.nodeSelector).toEqual({ 'system-tag': 'world-cereal-system' });
  });

  test('a DaemonSet may run everywhere only as a named exception', () => {
    expect(() => renderUnit(undefined, [NamespacesModule, UnexemptShipper])).toThrow(/DaemonSet shipper: spec\.template\.spec: pod template is not pinned/);
    expect(() => renderUnit(undefined, [NamespacesModule, ExemptShipper])).not.toThrow();
  });

  test('an exception for a DaemonSet that is not rendered is an error', () => {
    class Stale extends PlatformModule {
      static readonly id = 'stale';
      constructor(platform: Platform) {
        super(platform, { namespace: 'logging' });
        this.runOnEveryNode({ name: 'shiper', namespace: 'logging', reason: 'ships the logs of every node' });
      }
    }
    expect(() => renderUnit(undefined, [NamespacesModule, Stale])).toThrow('DaemonSet logging/shiper may run on every node, but is not rendered; remove the exception or fix its name');
  });

  test('an exception needs a reason', () => {
    class Reasonless extends PlatformModule {
      static readonly id = 'reasonless';
      constructor(platform: Platform) {
        super(platform, { namespace: 'logging' });
        this.runOnEveryNode({ name: 'x', reason: ' ' });
      }
    }
    expect(() => renderUnit(undefined, [NamespacesModule, Reasonless])).toThrow('module "reasonless": DaemonSet x needs a reason to run on every node');
  });

  test('the ACME solver pod templates of the rendered platform are pinned', () => {
    const rendered = renderUnit();
    const issuer = rendered.tree.get('dist/unit/cert-manager/clusterissuer-letsencrypt-prod.yaml')?.[0];
    expect(issuer?.spec.acme.solvers[0].http01.ingress.podTemplate.spec.nodeSelector).toEqual({ 'system-tag': 'world-cereal-system' });
  });
});

describe('placement by node affinity', () => {
  const placement = new Placement({ labelKey: 'system-tag', labelValue: 'world-cereal-system' });
  const expression = (values: string[]) => ({ key: 'system-tag', operator: 'In', values });
  const pod = (terms: Array<{ matchExpressions: object[] }>) => ({
    file: 'f.yaml',
    object: { kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c' }], affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms } } } } },
  });

  test.each([
    ['a required affinity to the system label pins', [{ matchExpressions: [expression(['world-cereal-system'])] }], 0],
    ['another value allowed beside it does not', [{ matchExpressions: [expression(['world-cereal-system', 'processing'])] }], 1],
    ['a second term without it does not (terms are alternatives)', [{ matchExpressions: [expression(['world-cereal-system'])] }, { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }], 1],
    ['NotIn does not', [{ matchExpressions: [{ key: 'system-tag', operator: 'NotIn', values: ['world-cereal-system'] }] }], 1],
  ])('%s', (_, terms, problems) => {
    expect(placement.findUnpinned([pod(terms)], [])).toHaveLength(problems);
  });
});

describe('placement of the pods operators make', () => {
  const rendered = renderUnit();
  const placement = new Placement({ labelKey: 'system-tag', labelValue: 'world-cereal-system' });
  const declared = rendered.modules.flatMap((module) => module.podsOfOperators);
  const resourceOf = (object: Record<string, any>) => `${String(object.apiVersion).split('/')[0]}_${object.kind}`;
  const made = [...rendered.tree].flatMap(([file, objects]) => objects.map((object) => ({ file, object }))).filter(({ object }) => declared.some((d) => d.resource === resourceOf(object)));

  test('the modules installing operators declare the kinds they make pods from, and the platform renders them pinned', () => {
    expect(new Set(made.map(({ object }) => object.kind))).toEqual(new Set(['Prometheus', 'Alertmanager', 'Cluster', 'Pooler', 'Keycloak', 'MongoDBCommunity']));
    expect(placement.findUnpinned(made, [], declared)).toEqual([]);
  });

  test.each(['Prometheus', 'Alertmanager', 'Cluster', 'Pooler', 'Keycloak', 'MongoDBCommunity'])('a %s without the system node selector fails, naming the file and the field', (kind) => {
    const { file, object } = made.find((entry) => entry.object.kind === kind) as { file: string; object: Record<string, any> };
    const { schedulingAt } = declared.find((d) => d.resource === resourceOf(object)) as { schedulingAt: string };
    const unpinned = structuredClone(object);
    const scheduling = schedulingAt.split('.').reduce<any>((node, key) => node[key], unpinned);
    delete scheduling.nodeSelector;
    delete scheduling.affinity?.nodeAffinity;
    // Once, even where the place is also a pod template (a Pooler's).
    const problems = placement.findUnpinned([{ file, object: unpinned }], [], declared);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(`${file}: ${kind} ${object.metadata.name}: ${schedulingAt}: `);
    expect(problems[0]).toMatch(/not pinned to the system node group \(nodeSelector or required node affinity system-tag: world-cereal-system\)$/);
  });

  test('a declaration names a kind as <group>_<Kind>', () => {
    class Misnamed extends PlatformModule {
      static readonly id = 'misnamed';
      constructor(platform: Platform) {
        super(platform, { namespace: 'rdm' });
        this.declareOperatorPods('Prometheus', 'spec');
      }
    }
    expect(() => renderUnit(undefined, [NamespacesModule, Misnamed])).toThrow('module "misnamed": Prometheus must be written <group>_<Kind>');
  });

  test.each(['', 'spec..scheduling', 'spec/scheduling'])('a declaration names where the scheduling is as a dotted path, not "%s"', (schedulingAt) => {
    class Nowhere extends PlatformModule {
      static readonly id = 'nowhere';
      constructor(platform: Platform) {
        super(platform, { namespace: 'rdm' });
        this.declareOperatorPods('example.org_Widget', schedulingAt);
      }
    }
    expect(() => renderUnit(undefined, [NamespacesModule, Nowhere])).toThrow(`module "nowhere": example.org_Widget: "${schedulingAt}" must be a dotted path to the scheduling fields, such as spec.scheduling`);
  });
});
