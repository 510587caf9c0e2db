import { apiGroupOf, listAt, valuesAt } from './rendered-object';

/**
 * The Kubernetes Pod Security Standards, as the PodSecurity admission controller checks them at policy version 1.34
 * (k8s.io/pod-security-admission v0.34, which is what `latest` means on a 1.34 cluster and the newest minor the platform
 * supports). Each control is one function below; baseline controls apply at baseline and restricted, and at restricted
 * three of them give way to a stricter restricted control, as upstream does: HostPath Volumes to Volume Types,
 * Capabilities and Seccomp to their restricted forms.
 *
 * Upstream reports one message per control; here every offending field is its own violation, so that a chart patch can
 * be aimed at it. Where a container inherits a bad value from the pod, only the pod's field is reported.
 */

export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';

/** The levels, from the least to the most restrictive. */
export const POD_SECURITY_LEVELS: readonly PodSecurityLevel[] = ['privileged', 'baseline', 'restricted'];

/**
 * One broken rule: the field (path from the pod spec's owner object, like `spec.template.spec.containers[0].securityContext.privileged`,
 * or `spec.template.metadata.annotations["container.apparmor.security.beta.kubernetes.io/x"]`) and the rule, named as the PSS
 * control (e.g. "Privileged Containers", "Host Namespaces", "Seccomp"), and the level it belongs to, with a short reason.
 */
export interface PodSecurityViolation {
  readonly field: string;
  readonly rule: string;
  readonly level: 'baseline' | 'restricted';
  readonly reason: string;
}

/** A pod template of a workload: where its metadata and spec are (`<path>.metadata`, `<path>.spec`; a Pod's own at the top). */
export interface PodTemplate {
  readonly path: string;
  readonly metadata: Record<string, any>;
  readonly spec: Record<string, any>;
}

/**
 * Where each kind the admission controller checks keeps its pod template, by API group ('' is the core group). Kinds of
 * other groups (a custom resource called Job, say) are not workloads it knows.
 */
const TEMPLATE_PATHS: Record<string, Record<string, string[]>> = {
  '': { Pod: [], PodTemplate: ['template'], ReplicationController: ['spec', 'template'] },
  apps: { Deployment: ['spec', 'template'], StatefulSet: ['spec', 'template'], DaemonSet: ['spec', 'template'], ReplicaSet: ['spec', 'template'] },
  batch: { Job: ['spec', 'template'], CronJob: ['spec', 'jobTemplate', 'spec', 'template'] },
};

/**
 * The pod templates of a workload object: Pod (its own metadata and spec), Deployment/StatefulSet/DaemonSet/ReplicaSet/
 * ReplicationController/Job (spec.template), CronJob (spec.jobTemplate.spec.template), and PodTemplate (template), which
 * the admission controller checks as well. Other kinds, or a workload without a template: [].
 */
export function podTemplatesOf(object: Record<string, any>): PodTemplate[] {
  const apiVersion = String(object.apiVersion ?? '');
  const group = apiGroupOf(apiVersion);
  const keys = Object.entries(TEMPLATE_PATHS[group] ?? {}).find(([kind]) => kind === object.kind)?.[1];
  const template = keys?.reduce<Record<string, any> | undefined>((at, key) => at?.[key], object);
  if (!keys || !template) return [];
  return [{ path: keys.join('.'), metadata: template.metadata ?? {}, spec: template.spec ?? {} }];
}

/**
 * Every violation of `level` by the object's pod templates: baseline checks apply at baseline and restricted, restricted
 * adds its own (and replaces three baseline ones with stricter forms). [] for privileged or non-workload objects. The order
 * is that of the controls in the Pod Security Standards, then pod before containers, containers in the order
 * initContainers, containers, ephemeralContainers.
 */
export function podSecurityViolations(object: Record<string, any>, level: PodSecurityLevel): PodSecurityViolation[] {
  const controls = level === 'baseline' ? BASELINE_CONTROLS : level === 'restricted' ? RESTRICTED_CONTROLS : [];
  return podTemplatesOf(object).flatMap((pod) =>
    controls.flatMap(({ rule, level: ruleLevel, check }) => check(pod).map(({ field, reason }) => ({ field, rule, level: ruleLevel, reason }))),
  );
}

interface Finding {
  readonly field: string;
  readonly reason: string;
}

interface Control {
  readonly rule: string;
  readonly level: 'baseline' | 'restricted';
  readonly check: (pod: PodTemplate) => Finding[];
  /** The baseline control this restricted one takes the place of at restricted. */
  readonly replaces?: Control;
}

export interface ContainerAt {
  readonly path: string;
  readonly container: Record<string, any>;
}

/** `<prefix>.<rest>`, or just `rest` at the top of the object (a Pod's own spec). */
function fieldPath(prefix: string, rest: string): string {
  return prefix ? `${prefix}.${rest}` : rest;
}

/** Where a pod template's spec is in its object: `spec.template.spec`, or `spec` for a Pod. */
export function specPath(pod: PodTemplate): string {
  return fieldPath(pod.path, 'spec');
}

/**
 * Every container of the pod: init, regular and ephemeral, as the admission controller visits them, each with its
 * path from the object (`spec.template.spec.containers[0]`).
 */
export function containersOf(pod: PodTemplate): ContainerAt[] {
  return ['initContainers', 'containers', 'ephemeralContainers'].flatMap((list) =>
    listAt(pod.spec[list]).map((container, i) => ({ path: `${specPath(pod)}.${list}[${i}]`, container })),
  );
}

/** The pod's own security context and each container's, with the path of each: for fields both levels may set. */
function securityContextsOf(pod: PodTemplate): Array<{ readonly path: string; readonly context: Record<string, any> }> {
  return [
    { path: `${specPath(pod)}.securityContext`, context: pod.spec.securityContext ?? {} },
    ...containersOf(pod).map(({ path, container }) => ({ path: `${path}.securityContext`, context: container.securityContext ?? {} })),
  ];
}

/**
 * The restricted Privilege Escalation, Seccomp and Capabilities controls leave Windows pods alone (Linux-only features).
 * At restricted the baseline Seccomp and Capabilities controls are replaced all the same, so a Windows pod is not checked
 * for seccomp or capabilities at all there, as upstream.
 */
function isWindows(pod: PodTemplate): boolean {
  return pod.spec.os?.name === 'windows';
}

// Baseline

function hostProcess(pod: PodTemplate): Finding[] {
  return securityContextsOf(pod)
    .filter(({ context }) => context.windowsOptions?.hostProcess === true)
    .map(({ path }) => ({ field: `${path}.windowsOptions.hostProcess`, reason: 'Windows HostProcess containers have privileged access to the node' }));
}

function hostNamespaces(pod: PodTemplate): Finding[] {
  return ['hostNetwork', 'hostPID', 'hostIPC']
    .filter((key) => pod.spec[key] === true)
    .map((key) => ({ field: `${specPath(pod)}.${key}`, reason: `${key}=true shares a namespace of the node` }));
}

function privilegedContainers(pod: PodTemplate): Finding[] {
  return containersOf(pod)
    .filter(({ container }) => container.securityContext?.privileged === true)
    .map(({ path }) => ({ field: `${path}.securityContext.privileged`, reason: 'privileged containers disable most security mechanisms' }));
}

/** The capabilities container runtimes grant by default; baseline allows adding these (again) and nothing else. */
const DEFAULT_CAPABILITIES = new Set([
  'AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT',
]);

function addedCapabilities(pod: PodTemplate, allowed: (capability: string) => boolean, reason: (capability: string) => string): Finding[] {
  return containersOf(pod).flatMap(({ path, container }) =>
    valuesAt<string>(container.securityContext?.capabilities?.add).flatMap((capability, i) =>
      allowed(capability) ? [] : [{ field: `${path}.securityContext.capabilities.add[${i}]`, reason: reason(capability) }],
    ),
  );
}

function baselineCapabilities(pod: PodTemplate): Finding[] {
  return addedCapabilities(pod, (capability) => DEFAULT_CAPABILITIES.has(capability), (capability) => `adds ${capability}, which is not in the default set`);
}

function hostPathVolumes(pod: PodTemplate): Finding[] {
  return listAt(pod.spec.volumes).flatMap((volume, i) =>
    volume.hostPath != null ? [{ field: `${specPath(pod)}.volumes[${i}].hostPath`, reason: `mounts ${volume.hostPath.path ?? 'a path'} of the node` }] : [],
  );
}

function hostPorts(pod: PodTemplate): Finding[] {
  return containersOf(pod).flatMap(({ path, container }) =>
    listAt(container.ports).flatMap((port, i) =>
      (port.hostPort ?? 0) !== 0 ? [{ field: `${path}.ports[${i}].hostPort`, reason: `binds port ${port.hostPort} of the node` }] : [],
    ),
  );
}

/** A probe or lifecycle hook with a host connects wherever that is (the node, another pod) rather than to its own pod. */
function hostProbesAndLifecycleHooks(pod: PodTemplate): Finding[] {
  const handlers = ['livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle.postStart', 'lifecycle.preStop'];
  return containersOf(pod).flatMap(({ path, container }) =>
    handlers.flatMap((handler) => {
      const at = handler.split('.').reduce<Record<string, any> | undefined>((object, key) => object?.[key], container);
      return ['httpGet', 'tcpSocket'].flatMap((action) => {
        const host = at?.[action]?.host;
        return host ? [{ field: `${path}.${handler}.${action}.host`, reason: `connects to host ${host} instead of the pod` }] : [];
      });
    }),
  );
}

/** Why an AppArmor or seccomp profile is refused: both allow only the runtime's default and profiles on the node. */
function profileTypeReason(profile: Record<string, any>): string {
  return `profile type ${profile.type ?? '(none)'} is neither RuntimeDefault nor Localhost`;
}

function appArmor(pod: PodTemplate): Finding[] {
  const profiles = securityContextsOf(pod)
    .filter(({ context }) => context.appArmorProfile != null && !['RuntimeDefault', 'Localhost'].includes(context.appArmorProfile.type))
    .map(({ path, context }) => ({ field: `${path}.appArmorProfile.type`, reason: profileTypeReason(context.appArmorProfile) }));
  // The deprecated annotations count for every key with the prefix, whether or not it names a container of the pod.
  const prefix = 'container.apparmor.security.beta.kubernetes.io/';
  const annotations: Record<string, string> = pod.metadata.annotations ?? {};
  const annotated = Object.keys(annotations)
    .filter((key) => key.startsWith(prefix))
    .sort()
    .filter((key) => {
      const value = annotations[key] ?? '';
      return !(value === '' || value === 'runtime/default' || value.startsWith('localhost/'));
    })
    .map((key) => ({
      field: `${fieldPath(pod.path, 'metadata')}.annotations[${JSON.stringify(key)}]`,
      reason: `profile ${annotations[key]} is neither runtime/default nor localhost/*`,
    }));
  return [...profiles, ...annotated];
}

/** The SELinux types of containers; '' leaves the runtime's default. container_engine_t is allowed from policy 1.31. */
const SELINUX_TYPES = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t']);

function seLinux(pod: PodTemplate): Finding[] {
  return securityContextsOf(pod).flatMap(({ path, context }) => {
    const options = context.seLinuxOptions;
    if (options == null) return [];
    return [
      ...(SELINUX_TYPES.has(options.type ?? '') ? [] : [{ field: `${path}.seLinuxOptions.type`, reason: `type ${options.type} is not a container type` }]),
      ...(options.user ? [{ field: `${path}.seLinuxOptions.user`, reason: 'a custom SELinux user is forbidden' }] : []),
      ...(options.role ? [{ field: `${path}.seLinuxOptions.role`, reason: 'a custom SELinux role is forbidden' }] : []),
    ];
  });
}

function procMount(pod: PodTemplate): Finding[] {
  return containersOf(pod)
    .filter(({ container }) => container.securityContext?.procMount != null && container.securityContext.procMount !== 'Default')
    .map(({ path, container }) => ({
      field: `${path}.securityContext.procMount`,
      reason: `procMount ${container.securityContext.procMount} unmasks /proc; only Default is allowed`,
    }));
}

function validSeccomp(profile: Record<string, any>): boolean {
  return profile.type === 'RuntimeDefault' || profile.type === 'Localhost';
}

function baselineSeccomp(pod: PodTemplate): Finding[] {
  return securityContextsOf(pod)
    .filter(({ context }) => context.seccompProfile != null && !validSeccomp(context.seccompProfile))
    .map(({ path, context }) => ({ field: `${path}.seccompProfile.type`, reason: profileTypeReason(context.seccompProfile) }));
}

/** The sysctls namespaced to the pod and isolated from the rest of the node, as of policy 1.32 (unchanged through 1.34). */
const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
  'net.ipv4.tcp_rmem',
  'net.ipv4.tcp_wmem',
]);

function sysctls(pod: PodTemplate): Finding[] {
  return listAt(pod.spec.securityContext?.sysctls).flatMap((sysctl, i) =>
    SAFE_SYSCTLS.has(sysctl.name) ? [] : [{ field: `${specPath(pod)}.securityContext.sysctls[${i}].name`, reason: `${sysctl.name} is not a safe sysctl` }],
  );
}

// Restricted

const RESTRICTED_VOLUME_TYPES = ['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'image', 'persistentVolumeClaim', 'projected', 'secret'];

function volumeTypes(pod: PodTemplate): Finding[] {
  return listAt(pod.spec.volumes).flatMap((volume, i) => {
    const sources = Object.keys(volume).filter((key) => key !== 'name' && volume[key] != null);
    // A volume naming no source is an emptyDir: the API server fills that in before admission.
    if (sources.length === 0 || sources.some((source) => RESTRICTED_VOLUME_TYPES.includes(source))) return [];
    const reason = `${sources[0]} volumes are not allowed; only ${RESTRICTED_VOLUME_TYPES.join(', ')}`;
    return [{ field: `${specPath(pod)}.volumes[${i}].${sources[0]}`, reason }];
  });
}

function privilegeEscalation(pod: PodTemplate): Finding[] {
  if (isWindows(pod)) return [];
  return containersOf(pod)
    .filter(({ container }) => container.securityContext?.allowPrivilegeEscalation !== false)
    .map(({ path, container }) => ({
      field: `${path}.securityContext.allowPrivilegeEscalation`,
      reason: `must be false, is ${container.securityContext?.allowPrivilegeEscalation ?? 'unset'}`,
    }));
}

/** A security context field both the pod and its containers may set, each container's value overriding the pod's. */
interface InheritedField {
  readonly key: string;
  readonly good: (value: any) => boolean;
  /** Where under the field a bad value is (a profile's `.type`). */
  readonly badAt?: string;
  readonly bad: (value: any) => string;
  readonly unset: string;
}

/**
 * `good` must hold for the pod's value if set and for each container's value if set, and a container setting nothing needs
 * the pod to have set a good value. A container inheriting a bad value is left out: the pod's field is the one to fix.
 */
function inheritedField(pod: PodTemplate, { key, good, badAt = '', bad, unset }: InheritedField): Finding[] {
  const podValue = pod.spec.securityContext?.[key];
  const podFindings = podValue != null && !good(podValue) ? [{ field: `${specPath(pod)}.securityContext.${key}${badAt}`, reason: bad(podValue) }] : [];
  const containerFindings = containersOf(pod).flatMap(({ path, container }) => {
    const value = container.securityContext?.[key];
    const field = `${path}.securityContext.${key}`;
    if (value != null) return good(value) ? [] : [{ field: `${field}${badAt}`, reason: bad(value) }];
    return podValue == null ? [{ field, reason: unset }] : [];
  });
  return [...podFindings, ...containerFindings];
}

function runningAsNonRoot(pod: PodTemplate): Finding[] {
  return inheritedField(pod, {
    key: 'runAsNonRoot',
    good: (value) => value === true,
    bad: (value) => `must be true, is ${value}`,
    unset: 'neither the container nor the pod sets it to true',
  });
}

function runningAsNonRootUser(pod: PodTemplate): Finding[] {
  return securityContextsOf(pod)
    .filter(({ context }) => context.runAsUser === 0)
    .map(({ path }) => ({ field: `${path}.runAsUser`, reason: 'runs as root (user 0)' }));
}

function restrictedSeccomp(pod: PodTemplate): Finding[] {
  if (isWindows(pod)) return [];
  return inheritedField(pod, {
    key: 'seccompProfile',
    good: validSeccomp,
    badAt: '.type',
    bad: profileTypeReason,
    unset: 'neither the container nor the pod sets a RuntimeDefault or Localhost profile',
  });
}

function restrictedCapabilities(pod: PodTemplate): Finding[] {
  if (isWindows(pod)) return [];
  const withoutDropAll = containersOf(pod)
    .filter(({ container }) => !valuesAt<string>(container.securityContext?.capabilities?.drop).includes('ALL'))
    .map(({ path }) => ({ field: `${path}.securityContext.capabilities.drop`, reason: 'must include ALL' }));
  const added = addedCapabilities(
    pod,
    (capability) => capability === 'NET_BIND_SERVICE',
    (capability) => `adds ${capability}; only NET_BIND_SERVICE may be added`,
  );
  return [...withoutDropAll, ...added];
}

const HOST_PATH_VOLUMES: Control = { rule: 'HostPath Volumes', level: 'baseline', check: hostPathVolumes };
const BASELINE_CAPABILITIES: Control = { rule: 'Capabilities', level: 'baseline', check: baselineCapabilities };
const BASELINE_SECCOMP: Control = { rule: 'Seccomp', level: 'baseline', check: baselineSeccomp };

/** The baseline controls, in the order of the Pod Security Standards. */
const BASELINE_CONTROLS: readonly Control[] = [
  { rule: 'HostProcess', level: 'baseline', check: hostProcess },
  { rule: 'Host Namespaces', level: 'baseline', check: hostNamespaces },
  { rule: 'Privileged Containers', level: 'baseline', check: privilegedContainers },
  BASELINE_CAPABILITIES,
  HOST_PATH_VOLUMES,
  { rule: 'Host Ports', level: 'baseline', check: hostPorts },
  { rule: 'Host Probes / Lifecycle Hooks', level: 'baseline', check: hostProbesAndLifecycleHooks },
  { rule: 'AppArmor', level: 'baseline', check: appArmor },
  { rule: 'SELinux', level: 'baseline', check: seLinux },
  { rule: '/proc Mount Type', level: 'baseline', check: procMount },
  BASELINE_SECCOMP,
  { rule: 'Sysctls', level: 'baseline', check: sysctls },
];

/** The restricted controls, in the order of the Pod Security Standards. */
const RESTRICTED_ONLY: readonly Control[] = [
  { rule: 'Volume Types', level: 'restricted', check: volumeTypes, replaces: HOST_PATH_VOLUMES },
  { rule: 'Privilege Escalation', level: 'restricted', check: privilegeEscalation },
  { rule: 'Running as Non-root', level: 'restricted', check: runningAsNonRoot },
  { rule: 'Running as Non-root user', level: 'restricted', check: runningAsNonRootUser },
  { rule: 'Seccomp', level: 'restricted', check: restrictedSeccomp, replaces: BASELINE_SECCOMP },
  { rule: 'Capabilities', level: 'restricted', check: restrictedCapabilities, replaces: BASELINE_CAPABILITIES },
];

const RESTRICTED_CONTROLS: readonly Control[] = [
  ...BASELINE_CONTROLS.filter((control) => !RESTRICTED_ONLY.some(({ replaces }) => replaces === control)),
  ...RESTRICTED_ONLY,
];
