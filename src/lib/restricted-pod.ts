import { ApiObject, JsonPatch } from 'cdk8s';
import * as kplus from 'cdk8s-plus-26';

/**
 * Completes what cdk8s-plus cannot say of a workload's pods for Pod Security `restricted`: the runtime's default
 * seccomp profile for the pod, and every capability dropped from each container. The rest (non-root user, no
 * privilege escalation) is said through cdk8s-plus' own security contexts.
 */
export function completeRestrictedPods(workload: kplus.Deployment | kplus.StatefulSet | kplus.DaemonSet | kplus.Job): void {
  const object = ApiObject.of(workload);
  object.addJsonPatch(JsonPatch.add('/spec/template/spec/securityContext/seccompProfile', { type: 'RuntimeDefault' }));
  workload.containers.forEach((_container, index) => {
    object.addJsonPatch(JsonPatch.add(`/spec/template/spec/containers/${index}/securityContext/capabilities`, { drop: ['ALL'] }));
  });
}

/**
 * Lets a non-root process bind ports below 1024 (nginx and web servers on port 80): the sysctl is namespaced and
 * among those Pod Security allows.
 */
export const UNPRIVILEGED_LOW_PORTS: kplus.Sysctl = { name: 'net.ipv4.ip_unprivileged_port_start', value: '0' };
