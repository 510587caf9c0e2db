import { POD_SECURITY_LEVELS, PodSecurityLevel, podSecurityViolations, podTemplatesOf } from '../src/platform/pod-security';

/** A container that meets restricted on its own. */
function hardened(name: string, extra: Record<string, any> = {}): Record<string, any> {
  return {
    name,
    image: 'registry.example/app:1.0',
    ...extra,
    securityContext: {
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
      runAsNonRoot: true,
      seccompProfile: { type: 'RuntimeDefault' },
      ...extra.securityContext,
    },
  };
}

function deployment(spec: Record<string, any>, metadata: Record<string, any> = {}): Record<string, any> {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'app', namespace: 'apps' },
    spec: { selector: { matchLabels: { app: 'app' } }, template: { metadata: { labels: { app: 'app' }, ...metadata }, spec } },
  };
}

function pod(spec: Record<string, any>, metadata: Record<string, any> = {}): Record<string, any> {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'app', namespace: 'apps', ...metadata }, spec };
}

/** The violations without their reasons, which are prose. */
function violations(object: Record<string, any>, level: PodSecurityLevel): Array<{ field: string; rule: string; level: string }> {
  return podSecurityViolations(object, level).map(({ field, rule, level: ruleLevel }) => ({ field, rule, level: ruleLevel }));
}

const C0 = 'spec.template.spec.containers[0]';

describe('pod security levels', () => {
  test('go from the least to the most restrictive', () => {
    expect(POD_SECURITY_LEVELS).toEqual(['privileged', 'baseline', 'restricted']);
  });
});

describe('podTemplatesOf', () => {
  const template = { metadata: { labels: { app: 'x' } }, spec: { containers: [{ name: 'x', image: 'x' }] } };

  test('finds the template of a CronJob, a Job and a StatefulSet', () => {
    const cronJob = { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'c' }, spec: { schedule: '@daily', jobTemplate: { spec: { template } } } };
    const job = { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j' }, spec: { template } };
    const statefulSet = { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 's' }, spec: { serviceName: 's', template } };
    expect(podTemplatesOf(cronJob)).toEqual([{ path: 'spec.jobTemplate.spec.template', metadata: template.metadata, spec: template.spec }]);
    expect(podTemplatesOf(job)).toEqual([{ path: 'spec.template', metadata: template.metadata, spec: template.spec }]);
    expect(podTemplatesOf(statefulSet)).toEqual([{ path: 'spec.template', metadata: template.metadata, spec: template.spec }]);
  });

  test("takes a Pod's own metadata and spec, and a PodTemplate's template", () => {
    const thePod = pod(template.spec);
    expect(podTemplatesOf(thePod)).toEqual([{ path: '', metadata: thePod.metadata, spec: template.spec }]);
    expect(podTemplatesOf({ apiVersion: 'v1', kind: 'PodTemplate', metadata: { name: 't' }, template })).toEqual([
      { path: 'template', metadata: template.metadata, spec: template.spec },
    ]);
  });

  test('finds nothing in other kinds, in workload kinds of other groups, or without a template', () => {
    expect(podTemplatesOf({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: 'b' } })).toEqual([]);
    expect(podTemplatesOf({ apiVersion: 'example.com/v1', kind: 'Job', metadata: { name: 'j' }, spec: { template } })).toEqual([]);
    expect(podTemplatesOf({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec: {} })).toEqual([]);
  });
});

describe('privileged level and non-workloads', () => {
  const daemonSet = {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'agent' },
    spec: { template: { spec: { hostNetwork: true, containers: [{ name: 'agent', image: 'x', securityContext: { privileged: true } }] } } },
  };

  test('privileged allows anything', () => {
    expect(podSecurityViolations(daemonSet, 'privileged')).toEqual([]);
    expect(podSecurityViolations(pod({ hostPID: true, containers: [{ name: 'a', image: 'x' }] }), 'privileged')).toEqual([]);
  });

  test('a ConfigMap breaks no rule at any level', () => {
    const configMap = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { hostNetwork: 'true' } };
    for (const level of POD_SECURITY_LEVELS) expect(podSecurityViolations(configMap, level)).toEqual([]);
  });
});

describe('baseline controls', () => {
  const plain = (extra: Record<string, any> = {}) => ({ name: 'app', image: 'x', ...extra });

  test('a minimally specified pod passes baseline (and fails restricted)', () => {
    expect(violations(deployment({ containers: [plain()] }), 'baseline')).toEqual([]);
    expect(violations(deployment({ containers: [plain()] }), 'restricted')).toEqual([
      { field: `${C0}.securityContext.allowPrivilegeEscalation`, rule: 'Privilege Escalation', level: 'restricted' },
      { field: `${C0}.securityContext.runAsNonRoot`, rule: 'Running as Non-root', level: 'restricted' },
      { field: `${C0}.securityContext.seccompProfile`, rule: 'Seccomp', level: 'restricted' },
      { field: `${C0}.securityContext.capabilities.drop`, rule: 'Capabilities', level: 'restricted' },
    ]);
  });

  test('HostProcess', () => {
    expect(violations(deployment({ securityContext: { windowsOptions: { hostProcess: false } }, containers: [plain()] }), 'baseline')).toEqual([]);
    const object = deployment({
      securityContext: { windowsOptions: { hostProcess: true } },
      containers: [plain({ securityContext: { windowsOptions: { hostProcess: true } } })],
    });
    expect(violations(object, 'baseline')).toEqual([
      { field: 'spec.template.spec.securityContext.windowsOptions.hostProcess', rule: 'HostProcess', level: 'baseline' },
      { field: `${C0}.securityContext.windowsOptions.hostProcess`, rule: 'HostProcess', level: 'baseline' },
    ]);
  });

  test('Host Namespaces', () => {
    expect(violations(deployment({ hostNetwork: false, hostPID: false, containers: [plain()] }), 'baseline')).toEqual([]);
    expect(violations(deployment({ hostIPC: true, containers: [plain()] }), 'baseline')).toEqual([
      { field: 'spec.template.spec.hostIPC', rule: 'Host Namespaces', level: 'baseline' },
    ]);
  });

  test('Privileged Containers, init containers included', () => {
    expect(violations(deployment({ containers: [plain({ securityContext: { privileged: false } })] }), 'baseline')).toEqual([]);
    expect(violations(deployment({ initContainers: [plain({ securityContext: { privileged: true } })], containers: [plain()] }), 'baseline')).toEqual([
      { field: 'spec.template.spec.initContainers[0].securityContext.privileged', rule: 'Privileged Containers', level: 'baseline' },
    ]);
  });

  test('Capabilities: only the default set may be added', () => {
    const adding = (add: string[]) => deployment({ containers: [plain({ securityContext: { capabilities: { add } } })] });
    expect(violations(adding(['CHOWN', 'NET_BIND_SERVICE', 'SYS_CHROOT']), 'baseline')).toEqual([]);
    expect(violations(adding(['CHOWN', 'NET_ADMIN', 'NET_RAW']), 'baseline')).toEqual([
      { field: `${C0}.securityContext.capabilities.add[1]`, rule: 'Capabilities', level: 'baseline' },
      { field: `${C0}.securityContext.capabilities.add[2]`, rule: 'Capabilities', level: 'baseline' },
    ]);
  });

  test('HostPath Volumes', () => {
    expect(violations(deployment({ volumes: [{ name: 'tmp', emptyDir: {} }], containers: [plain()] }), 'baseline')).toEqual([]);
    const object = deployment({ volumes: [{ name: 'tmp', emptyDir: {} }, { name: 'logs', hostPath: { path: '/var/log' } }], containers: [plain()] });
    expect(violations(object, 'baseline')).toEqual([{ field: 'spec.template.spec.volumes[1].hostPath', rule: 'HostPath Volumes', level: 'baseline' }]);
  });

  test('Host Ports', () => {
    expect(violations(deployment({ containers: [plain({ ports: [{ containerPort: 80 }, { containerPort: 81, hostPort: 0 }] })] }), 'baseline')).toEqual([]);
    const object = deployment({ containers: [plain({ ports: [{ containerPort: 80 }, { containerPort: 81, hostPort: 8081 }] })] });
    expect(violations(object, 'baseline')).toEqual([{ field: `${C0}.ports[1].hostPort`, rule: 'Host Ports', level: 'baseline' }]);
  });

  test('Host Probes / Lifecycle Hooks', () => {
    const probes = { livenessProbe: { httpGet: { path: '/healthz', port: 80, host: '' } }, readinessProbe: { tcpSocket: { port: 80 } } };
    expect(violations(deployment({ containers: [plain(probes)] }), 'baseline')).toEqual([]);
    const object = deployment({
      containers: [
        plain({ startupProbe: { httpGet: { path: '/', port: 80, host: '10.0.0.1' } }, lifecycle: { preStop: { tcpSocket: { port: 22, host: 'node' } } } }),
      ],
    });
    expect(violations(object, 'baseline')).toEqual([
      { field: `${C0}.startupProbe.httpGet.host`, rule: 'Host Probes / Lifecycle Hooks', level: 'baseline' },
      { field: `${C0}.lifecycle.preStop.tcpSocket.host`, rule: 'Host Probes / Lifecycle Hooks', level: 'baseline' },
    ]);
  });

  test('AppArmor: fields and annotations', () => {
    const allowed = deployment(
      {
        securityContext: { appArmorProfile: { type: 'RuntimeDefault' } },
        containers: [plain({ securityContext: { appArmorProfile: { type: 'Localhost', localhostProfile: 'p' } } })],
      },
      {
        annotations: {
          'container.apparmor.security.beta.kubernetes.io/app': 'localhost/p',
          'container.apparmor.security.beta.kubernetes.io/other': 'runtime/default',
          'container.apparmor.security.beta.kubernetes.io/third': '',
        },
      },
    );
    expect(violations(allowed, 'baseline')).toEqual([]);
    const forbidden = deployment(
      { securityContext: { appArmorProfile: { type: 'Unconfined' } }, containers: [plain({ securityContext: { appArmorProfile: { type: 'Unconfined' } } })] },
      { annotations: { 'container.apparmor.security.beta.kubernetes.io/app': 'unconfined', 'example.com/unrelated': 'unconfined' } },
    );
    expect(violations(forbidden, 'baseline')).toEqual([
      { field: 'spec.template.spec.securityContext.appArmorProfile.type', rule: 'AppArmor', level: 'baseline' },
      { field: `${C0}.securityContext.appArmorProfile.type`, rule: 'AppArmor', level: 'baseline' },
      { field: 'spec.template.metadata.annotations["container.apparmor.security.beta.kubernetes.io/app"]', rule: 'AppArmor', level: 'baseline' },
    ]);
  });

  test('AppArmor annotations on a Pod are under its own metadata', () => {
    const object = pod({ containers: [plain()] }, { annotations: { 'container.apparmor.security.beta.kubernetes.io/app': 'unconfined' } });
    expect(violations(object, 'baseline')).toEqual([
      { field: 'metadata.annotations["container.apparmor.security.beta.kubernetes.io/app"]', rule: 'AppArmor', level: 'baseline' },
    ]);
  });

  test('SELinux', () => {
    const allowed = deployment({
      securityContext: { seLinuxOptions: { type: 'container_engine_t', level: 's0:c1,c2' } },
      containers: [plain({ securityContext: { seLinuxOptions: { type: 'container_t' } } })],
    });
    expect(violations(allowed, 'baseline')).toEqual([]);
    const forbidden = deployment({
      securityContext: { seLinuxOptions: { type: 'spc_t' } },
      containers: [plain({ securityContext: { seLinuxOptions: { user: 'system_u', role: 'system_r' } } })],
    });
    expect(violations(forbidden, 'baseline')).toEqual([
      { field: 'spec.template.spec.securityContext.seLinuxOptions.type', rule: 'SELinux', level: 'baseline' },
      { field: `${C0}.securityContext.seLinuxOptions.user`, rule: 'SELinux', level: 'baseline' },
      { field: `${C0}.securityContext.seLinuxOptions.role`, rule: 'SELinux', level: 'baseline' },
    ]);
  });

  test('/proc Mount Type, ephemeral containers included', () => {
    expect(violations(pod({ containers: [plain({ securityContext: { procMount: 'Default' } })] }), 'baseline')).toEqual([]);
    const object = pod({ containers: [plain()], ephemeralContainers: [plain({ name: 'debug', securityContext: { procMount: 'Unmasked' } })] });
    expect(violations(object, 'baseline')).toEqual([
      { field: 'spec.ephemeralContainers[0].securityContext.procMount', rule: '/proc Mount Type', level: 'baseline' },
    ]);
    // Before policy 1.35 a user-namespaced pod gets no exception.
    expect(violations({ ...object, spec: { ...object.spec, hostUsers: false } }, 'baseline')).toHaveLength(1);
  });

  test('Seccomp: no Unconfined profile (none at all is fine at baseline)', () => {
    expect(violations(deployment({ containers: [plain()] }), 'baseline')).toEqual([]);
    const localhost = { type: 'Localhost', localhostProfile: 'p.json' };
    expect(violations(deployment({ securityContext: { seccompProfile: localhost }, containers: [plain()] }), 'baseline')).toEqual([]);
    const object = deployment({
      securityContext: { seccompProfile: { type: 'Unconfined' } },
      containers: [plain({ securityContext: { seccompProfile: { type: 'Unconfined' } } })],
    });
    expect(violations(object, 'baseline')).toEqual([
      { field: 'spec.template.spec.securityContext.seccompProfile.type', rule: 'Seccomp', level: 'baseline' },
      { field: `${C0}.securityContext.seccompProfile.type`, rule: 'Seccomp', level: 'baseline' },
    ]);
  });

  test('Sysctls: the safe set of policy 1.34', () => {
    const setting = (...names: string[]) => deployment({ securityContext: { sysctls: names.map((name) => ({ name, value: '1' })) }, containers: [plain()] });
    expect(violations(setting('net.ipv4.tcp_rmem', 'net.ipv4.tcp_keepalive_time', 'kernel.shm_rmid_forced'), 'baseline')).toEqual([]);
    // tcp_slow_start_after_idle only becomes safe in policy 1.37.
    expect(violations(setting('net.ipv4.tcp_wmem', 'kernel.msgmax', 'net.ipv4.tcp_slow_start_after_idle'), 'baseline')).toEqual([
      { field: 'spec.template.spec.securityContext.sysctls[1].name', rule: 'Sysctls', level: 'baseline' },
      { field: 'spec.template.spec.securityContext.sysctls[2].name', rule: 'Sysctls', level: 'baseline' },
    ]);
  });

  test('a privileged DaemonSet fails baseline on each of its host accesses', () => {
    const daemonSet = {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'node-agent', namespace: 'monitoring' },
      spec: {
        selector: { matchLabels: { app: 'node-agent' } },
        template: {
          metadata: { labels: { app: 'node-agent' } },
          spec: {
            hostNetwork: true,
            hostPID: true,
            volumes: [{ name: 'root', hostPath: { path: '/' } }, { name: 'tmp', emptyDir: {} }],
            containers: [{ name: 'agent', image: 'x', securityContext: { privileged: true }, volumeMounts: [{ name: 'root', mountPath: '/host' }] }],
          },
        },
      },
    };
    expect(violations(daemonSet, 'baseline')).toEqual([
      { field: 'spec.template.spec.hostNetwork', rule: 'Host Namespaces', level: 'baseline' },
      { field: 'spec.template.spec.hostPID', rule: 'Host Namespaces', level: 'baseline' },
      { field: 'spec.template.spec.containers[0].securityContext.privileged', rule: 'Privileged Containers', level: 'baseline' },
      { field: 'spec.template.spec.volumes[0].hostPath', rule: 'HostPath Volumes', level: 'baseline' },
    ]);
    expect(podSecurityViolations(daemonSet, 'baseline').every(({ reason }) => reason.length > 0)).toBe(true);
  });
});

describe('restricted controls', () => {
  test('a fully hardened Deployment passes restricted', () => {
    const object = deployment({
      securityContext: { runAsNonRoot: true, runAsUser: 10001, runAsGroup: 10001, fsGroup: 10001, seccompProfile: { type: 'RuntimeDefault' } },
      volumes: [
        { name: 'config', configMap: { name: 'app' } },
        { name: 'secret', secret: { secretName: 'app' } },
        { name: 'tmp', emptyDir: {} },
        { name: 'token', projected: { sources: [{ serviceAccountToken: { path: 'token' } }] } },
        { name: 'data', persistentVolumeClaim: { claimName: 'data' } },
      ],
      initContainers: [hardened('migrate')],
      containers: [
        hardened('app', {
          ports: [{ containerPort: 8080 }],
          securityContext: { readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] } },
        }),
      ],
    });
    expect(podSecurityViolations(object, 'restricted')).toEqual([]);
    expect(podSecurityViolations(object, 'baseline')).toEqual([]);
  });

  test('baseline controls apply at restricted too', () => {
    expect(violations(deployment({ hostNetwork: true, containers: [hardened('app')] }), 'restricted')).toEqual([
      { field: 'spec.template.spec.hostNetwork', rule: 'Host Namespaces', level: 'baseline' },
    ]);
  });

  test('Volume Types, which take the place of HostPath Volumes', () => {
    const allowed = [
      { name: 'a', csi: { driver: 'secrets-store.csi.k8s.io' } },
      { name: 'b', downwardAPI: { items: [] } },
      { name: 'c', ephemeral: { volumeClaimTemplate: { spec: {} } } },
      { name: 'd', image: { reference: 'registry.example/data:1' } },
      { name: 'e' },
    ];
    expect(violations(deployment({ volumes: allowed, containers: [hardened('app')] }), 'restricted')).toEqual([]);
    const object = deployment({
      volumes: [{ name: 'share', nfs: { server: 'nfs', path: '/' } }, { name: 'logs', hostPath: { path: '/var/log' } }],
      containers: [hardened('app')],
    });
    expect(violations(object, 'restricted')).toEqual([
      { field: 'spec.template.spec.volumes[0].nfs', rule: 'Volume Types', level: 'restricted' },
      { field: 'spec.template.spec.volumes[1].hostPath', rule: 'Volume Types', level: 'restricted' },
    ]);
  });

  test('Privilege Escalation must be false on every container', () => {
    const object = deployment({
      initContainers: [hardened('init', { securityContext: { allowPrivilegeEscalation: true } })],
      containers: [hardened('app', { securityContext: { allowPrivilegeEscalation: undefined } })],
    });
    expect(violations(object, 'restricted')).toEqual([
      { field: 'spec.template.spec.initContainers[0].securityContext.allowPrivilegeEscalation', rule: 'Privilege Escalation', level: 'restricted' },
      { field: `${C0}.securityContext.allowPrivilegeEscalation`, rule: 'Privilege Escalation', level: 'restricted' },
    ]);
  });

  test('Windows pods are not checked for privilege escalation, seccomp or capabilities', () => {
    const windows = deployment({ os: { name: 'windows' }, securityContext: { runAsNonRoot: true }, containers: [{ name: 'app', image: 'x' }] });
    expect(violations(windows, 'restricted')).toEqual([]);
    // At restricted the baseline Seccomp and Capabilities controls give way to the restricted ones, which skip Windows pods.
    const unconfined = { seccompProfile: { type: 'Unconfined' }, capabilities: { add: ['SYS_ADMIN'] } };
    const loose = deployment({
      os: { name: 'windows' },
      securityContext: { runAsNonRoot: true },
      containers: [{ name: 'app', image: 'x', securityContext: unconfined }],
    });
    expect(violations(loose, 'restricted')).toEqual([]);
    expect(violations(loose, 'baseline')).toEqual([
      { field: `${C0}.securityContext.capabilities.add[0]`, rule: 'Capabilities', level: 'baseline' },
      { field: `${C0}.securityContext.seccompProfile.type`, rule: 'Seccomp', level: 'baseline' },
    ]);
  });

  test('Running as Non-root: the pod sets it for containers that do not', () => {
    // Container a sets nothing, b sets `second`.
    const withPod = (runAsNonRoot: boolean | undefined, second: boolean) =>
      deployment({
        securityContext: { runAsNonRoot },
        containers: [hardened('a', { securityContext: { runAsNonRoot: undefined } }), hardened('b', { securityContext: { runAsNonRoot: second } })],
      });
    expect(violations(withPod(true, true), 'restricted')).toEqual([]);
    expect(violations(withPod(true, false), 'restricted')).toEqual([
      { field: 'spec.template.spec.containers[1].securityContext.runAsNonRoot', rule: 'Running as Non-root', level: 'restricted' },
    ]);
    expect(violations(withPod(undefined, true), 'restricted')).toEqual([
      { field: `${C0}.securityContext.runAsNonRoot`, rule: 'Running as Non-root', level: 'restricted' },
    ]);
    // A pod-level false is the one to fix, even where a container overrides it.
    expect(violations(withPod(false, true), 'restricted')).toEqual([
      { field: 'spec.template.spec.securityContext.runAsNonRoot', rule: 'Running as Non-root', level: 'restricted' },
    ]);
  });

  test('Running as Non-root user: runAsUser is never 0', () => {
    const runningAs = (pod: number, container: number) =>
      deployment({ securityContext: { runAsUser: pod }, containers: [hardened('app', { securityContext: { runAsUser: container } })] });
    expect(violations(runningAs(1000, 1001), 'restricted')).toEqual([]);
    expect(violations(runningAs(0, 0), 'restricted')).toEqual([
      { field: 'spec.template.spec.securityContext.runAsUser', rule: 'Running as Non-root user', level: 'restricted' },
      { field: `${C0}.securityContext.runAsUser`, rule: 'Running as Non-root user', level: 'restricted' },
    ]);
  });

  test('Seccomp: RuntimeDefault or Localhost on the pod or on every container', () => {
    const runtimeDefault = { type: 'RuntimeDefault' };
    const withProfile = (name: string, seccompProfile?: Record<string, any>) => hardened(name, { securityContext: { seccompProfile } });
    const withPod = (seccompProfile: Record<string, any> | undefined, ...containers: Record<string, any>[]) =>
      deployment({ securityContext: { seccompProfile }, containers });
    expect(violations(withPod(runtimeDefault, withProfile('a')), 'restricted')).toEqual([]);
    const localhost = { type: 'Localhost', localhostProfile: 'p.json' };
    expect(violations(withPod(undefined, withProfile('a', localhost), withProfile('b', runtimeDefault)), 'restricted')).toEqual([]);
    expect(violations(withPod(undefined, withProfile('a', runtimeDefault), withProfile('b')), 'restricted')).toEqual([
      { field: 'spec.template.spec.containers[1].securityContext.seccompProfile', rule: 'Seccomp', level: 'restricted' },
    ]);
    expect(violations(withPod(runtimeDefault, withProfile('a', { type: 'Unconfined' })), 'restricted')).toEqual([
      { field: `${C0}.securityContext.seccompProfile.type`, rule: 'Seccomp', level: 'restricted' },
    ]);
  });

  test('Capabilities: drop ALL, add only NET_BIND_SERVICE', () => {
    const withCapabilities = (capabilities: Record<string, any>) => deployment({ containers: [hardened('app', { securityContext: { capabilities } })] });
    expect(violations(withCapabilities({ drop: ['ALL'], add: ['NET_BIND_SERVICE'] }), 'restricted')).toEqual([]);
    // CHOWN is in the default set: baseline allows adding it, restricted does not.
    expect(violations(withCapabilities({ drop: ['ALL'], add: ['CHOWN'] }), 'baseline')).toEqual([]);
    expect(violations(withCapabilities({ drop: ['NET_RAW'], add: ['NET_BIND_SERVICE', 'CHOWN'] }), 'restricted')).toEqual([
      { field: `${C0}.securityContext.capabilities.drop`, rule: 'Capabilities', level: 'restricted' },
      { field: `${C0}.securityContext.capabilities.add[1]`, rule: 'Capabilities', level: 'restricted' },
    ]);
  });

  test('the order is deterministic: controls as in the standard, pod before containers', () => {
    const object = pod({
      hostPID: true,
      securityContext: { runAsUser: 0 },
      volumes: [{ name: 'n', nfs: { server: 's', path: '/' } }],
      containers: [{ name: 'app', image: 'x', securityContext: { privileged: true, runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } } }],
    });
    expect(violations(object, 'restricted')).toEqual([
      { field: 'spec.hostPID', rule: 'Host Namespaces', level: 'baseline' },
      { field: 'spec.containers[0].securityContext.privileged', rule: 'Privileged Containers', level: 'baseline' },
      { field: 'spec.volumes[0].nfs', rule: 'Volume Types', level: 'restricted' },
      { field: 'spec.containers[0].securityContext.allowPrivilegeEscalation', rule: 'Privilege Escalation', level: 'restricted' },
      { field: 'spec.securityContext.runAsUser', rule: 'Running as Non-root user', level: 'restricted' },
      { field: 'spec.containers[0].securityContext.capabilities.drop', rule: 'Capabilities', level: 'restricted' },
    ]);
    expect(podSecurityViolations(object, 'restricted')).toEqual(podSecurityViolations(JSON.parse(JSON.stringify(object)), 'restricted'));
  });
});
