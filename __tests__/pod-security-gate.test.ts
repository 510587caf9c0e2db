import { k8s } from 'cdk8s-plus-26';
import { PlatformModule, WorkloadPodSecurity } from '../src/platform/module';
import type { Platform } from '../src/platform/platform';
import { NamespacesModule } from '../src/modules/namespaces/namespaces-module';
import { findObject, renderUnit } from './support';

const RESTRICTED_POD: k8s.PodSpec = {
  securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } },
  containers: [{ name: 'agent', image: 'registry.example.org/agent:1.0.0', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }],
};
const PRIVILEGED_POD: k8s.PodSpec = { hostPid: true, containers: [{ name: 'agent', image: 'registry.example.org/agent:1.0.0', securityContext: { privileged: true } }] };

/** A module with one Deployment `agent` in namespace `agents`, what else the test gives it, and a relaxation. */
function agentModule(pod: k8s.PodSpec, configure: (module: PlatformModule) => void = () => {}, props: Record<string, unknown> = {}, relax?: WorkloadPodSecurity) {
  return class extends PlatformModule {
    static readonly id = 'agents';
    constructor(platform: Platform) {
      super(platform, { namespace: 'agents', ...props });
      new k8s.KubeDeployment(this, 'agent', {
        metadata: { name: 'agent', namespace: 'agents' },
        spec: { selector: { matchLabels: { app: 'agent' } }, template: { metadata: { labels: { app: 'agent' } }, spec: { ...pod, ...this.placement.values() } } },
      });
      configure(this);
      if (relax) this.relaxPodSecurity(relax);
    }
  };
}
const READS_THE_HOST: WorkloadPodSecurity = { kind: 'Deployment', name: 'agent', namespace: 'agents', level: 'privileged', reason: 'reads the host' };

describe('the Pod Security gate', () => {
  test('a restricted pod passes in a namespace that enforces restricted', () => {
    const rendered = renderUnit(undefined, [NamespacesModule, agentModule(RESTRICTED_POD)]);
    expect(findObject(rendered, 'Namespace', 'agents').metadata.labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
  });

  test('a privileged pod is refused in a restricted namespace, naming the object, the field and the rule', () => {
    let message = '';
    try {
      renderUnit(undefined, [NamespacesModule, agentModule(PRIVILEGED_POD)]);
    } catch (error) {
      message = (error as Error).message;
    }
    const lines = message.split('\n');
    expect(lines).toContain(
      'dist/unit/agents/deployment-agent.yaml: Deployment agent: spec.template.spec.containers[0].securityContext.privileged: breaks "Privileged Containers" of Pod Security baseline, which its pods must meet in namespace agents (privileged containers disable most security mechanisms)',
    );
    expect(lines.some((line) => line.includes('spec.template.spec.hostPID: breaks "Host Namespaces" of Pod Security baseline'))).toBe(true);
    expect(lines.some((line) => line.includes('breaks "Seccomp" of Pod Security restricted'))).toBe(true);
  });

  test('a baseline namespace refuses what baseline forbids, and accepts what only restricted forbids', () => {
    const baseline = { podSecurity: { level: 'baseline', reason: 'third-party pods' } };
    const unhardened: k8s.PodSpec = { containers: [{ name: 'agent', image: 'registry.example.org/agent:1.0.0' }] };
    const rendered = renderUnit(undefined, [NamespacesModule, agentModule(unhardened, undefined, baseline)]);
    const namespace = findObject(rendered, 'Namespace', 'agents');
    expect(namespace.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('baseline');
    expect(namespace.metadata.annotations['ewoc-platform.io/pod-security-reason']).toBe('agents: third-party pods');
    expect(() => renderUnit(undefined, [NamespacesModule, agentModule(PRIVILEGED_POD, undefined, baseline)])).toThrow('breaks "Privileged Containers" of Pod Security baseline');
  });

  test('one workload relaxed by name, with a reason, lowers what the namespace enforces but not what its other pods must meet', () => {
    const rendered = renderUnit(undefined, [NamespacesModule, agentModule(PRIVILEGED_POD, undefined, {}, READS_THE_HOST)]);
    const namespace = findObject(rendered, 'Namespace', 'agents');
    expect(namespace.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
    expect(namespace.metadata.annotations['ewoc-platform.io/pod-security-reason']).toBe('Deployment agent: reads the host');
    const withAnother = (module: PlatformModule) => {
      new k8s.KubeJob(module, 'job', { metadata: { name: 'job', namespace: 'agents' }, spec: { template: { spec: { ...PRIVILEGED_POD, restartPolicy: 'Never', ...module.placement.values() } } } });
    };
    expect(() => renderUnit(undefined, [NamespacesModule, agentModule(PRIVILEGED_POD, withAnother, {}, READS_THE_HOST)])).toThrow(
      'dist/unit/agents/job-job.yaml: Job job: spec.template.spec.containers[0].securityContext.privileged: breaks "Privileged Containers"',
    );
  });

  test('a level below restricted needs a reason', () => {
    expect(() => renderUnit(undefined, [NamespacesModule, agentModule(RESTRICTED_POD, undefined, { podSecurity: { level: 'baseline', reason: '' } })])).toThrow(
      'module "agents": Pod Security level baseline needs a reason',
    );
    expect(() => renderUnit(undefined, [NamespacesModule, agentModule(PRIVILEGED_POD, undefined, {}, { ...READS_THE_HOST, reason: ' ' })])).toThrow(
      'module "agents": Deployment agent needs a reason for Pod Security privileged',
    );
  });

  test('a relaxation naming no rendered workload is refused: it would lower the namespace for nothing', () => {
    expect(() => renderUnit(undefined, [NamespacesModule, agentModule(RESTRICTED_POD, undefined, {}, { ...READS_THE_HOST, name: 'agnet' })])).toThrow(
      'Pod Security privileged is allowed for Deployment agents/agnet, which is not rendered; remove the exception or fix its name',
    );
  });
});
