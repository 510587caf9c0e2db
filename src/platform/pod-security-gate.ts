import { problemsUnlessKnownClean } from './known-clean';
import type { WorkloadPodSecurity } from './module';
import type { NamespacePodSecurity } from './namespace-pod-security';
import { podSecurityViolations } from './pod-security';
import type { RenderedObject } from './rendered-object';

/**
 * Every pod template checked against its Pod Security level: its namespace's, or its own where a module relaxed it
 * by name. The namespace enforces no more than that, so what passes here is what the admission controller admits;
 * each broken rule names the file, the object, the field and the rule.
 */
export function findPodSecurityViolations(
  rendered: readonly RenderedObject[],
  levels: ReadonlyMap<string, NamespacePodSecurity>,
  relaxed: readonly WorkloadPodSecurity[],
): string[] {
  // A relaxation that names no rendered workload would lower its namespace's level for nothing: a stale name.
  const stale = relaxed
    .filter((w) => !rendered.some(({ object }) => object.kind === w.kind && object.metadata?.name === w.name && object.metadata?.namespace === w.namespace))
    .map((w) => `Pod Security ${w.level} is allowed for ${w.kind} ${w.namespace}/${w.name}, which is not rendered; remove the exception or fix its name`);
  return [...stale, ...violationsOf(rendered, levels, relaxed)];
}

function violationsOf(rendered: readonly RenderedObject[], levels: ReadonlyMap<string, NamespacePodSecurity>, relaxed: readonly WorkloadPodSecurity[]): string[] {
  return rendered.flatMap(({ file, object }) => {
    const namespace = object.metadata?.namespace;
    const own = relaxed.find((w) => w.kind === object.kind && w.name === object.metadata?.name && w.namespace === namespace);
    const level = own?.level ?? levels.get(namespace)?.pods ?? 'restricted';
    return problemsUnlessKnownClean(object, `pod-security ${level}`, () => podSecurityViolations(object, level)).map(
      (v) => `${file}: ${object.kind} ${object.metadata?.name}: ${v.field}: breaks "${v.rule}" of Pod Security ${v.level}, which its pods must meet in namespace ${namespace} (${v.reason})`,
    );
  });
}
