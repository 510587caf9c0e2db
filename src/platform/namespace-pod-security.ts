import type { PlatformModule } from './module';
import { POD_SECURITY_LEVELS, PodSecurityLevel } from './pod-security';

/** The Pod Security of a namespace: the level its ordinary pods meet, the level it enforces, and why they differ from restricted. */
export interface NamespacePodSecurity {
  /** What every pod of the namespace meets but the workloads relaxed by name. */
  readonly pods: PodSecurityLevel;
  /** What the namespace enforces: the lowest level among its pods. */
  readonly enforced: PodSecurityLevel;
  readonly reasons: readonly string[];
}

const lower = (a: PodSecurityLevel, b: PodSecurityLevel) => (POD_SECURITY_LEVELS.indexOf(a) < POD_SECURITY_LEVELS.indexOf(b) ? a : b);

/**
 * The Pod Security of each module namespace: restricted, unless a module deploying there asks for less for its pods
 * or for one workload, each with a reason. Modules sharing a namespace share its rules: the lowest level wins.
 */
export function namespacePodSecurity(modules: readonly PlatformModule[]): Map<string, NamespacePodSecurity> {
  const levels = new Map<string, NamespacePodSecurity>();
  const at = (namespace: string) => levels.get(namespace) ?? { pods: 'restricted', enforced: 'restricted', reasons: [] };
  for (const module of modules) {
    const namespace = module.destinationNamespace;
    if (!namespace) continue;
    const known = at(namespace);
    const { level, reason } = module.podSecurity;
    levels.set(namespace, { pods: lower(level, known.pods), enforced: lower(level, known.enforced), reasons: reason ? [...known.reasons, `${module.id}: ${reason}`] : known.reasons });
  }
  for (const module of modules) {
    for (const workload of module.podSecurityExceptions) {
      const known = at(workload.namespace);
      levels.set(workload.namespace, { ...known, enforced: lower(workload.level, known.enforced), reasons: [...known.reasons, `${workload.kind} ${workload.name}: ${workload.reason}`] });
    }
  }
  return levels;
}
