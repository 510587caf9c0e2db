import { dnsLabel, isPortName, isPortNumber } from '../config/primitives';
import { containersOf, podTemplatesOf, specPath } from './pod-security';
import { listAt, RenderedObject } from './rendered-object';

/** How a probe checks a container: it must say exactly one. */
const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'];

/**
 * What the API server refuses in a pod template though the schema takes it: container and volume names that are no
 * DNS label or appear twice, a mount of a volume the pod does not have (nor its StatefulSet's claim templates), a
 * container port outside 1-65535, port names it does not take or that appear twice in a container, a probe without
 * exactly one way of probing. Argo CD would fail the sync of the whole wave on it.
 */
export function findInvalidPodSpecs(rendered: readonly RenderedObject[]): string[] {
  return rendered.flatMap(({ file, object }) =>
    podTemplatesOf(object).flatMap((pod) => {
      const where = `${file}: ${object.kind} ${object.metadata?.name}`;
      const spec = `${where}: ${specPath(pod)}`;
      const problems: string[] = [];
      const volumes = listAt(pod.spec.volumes).map((volume) => volume.name);
      names(volumes, `${spec}.volumes`, problems);
      // A StatefulSet's pods also mount the claims it makes from its templates, by the templates' names.
      const claimed = object.kind === 'StatefulSet' ? listAt(object.spec?.volumeClaimTemplates).map((template) => template.metadata?.name) : [];
      const mountable = [...volumes, ...claimed];
      const containers = containersOf(pod);
      names(
        containers.map(({ container }) => container.name),
        `${spec}.containers`,
        problems,
      );
      for (const { path, container } of containers) {
        const at = `${where}: ${path}`;
        listAt(container.volumeMounts).forEach((mount, index) => {
          if (!mountable.includes(mount.name)) problems.push(`${at}.volumeMounts[${index}]: mounts volume "${mount.name}", which the pod does not have`);
        });
        // Unique in the container; two containers sharing one only draws a warning (a Service takes the first).
        const portNames = new Map<string, number>();
        listAt(container.ports).forEach((port, index) => {
          if (!isPortNumber(port.containerPort)) problems.push(`${at}.ports[${index}].containerPort: ${JSON.stringify(port.containerPort) ?? 'missing'} must be a port from 1 to 65535`);
          if (port.name === undefined) return;
          if (!isPortName(port.name)) problems.push(`${at}.ports[${index}].name: ${JSON.stringify(port.name)} must be at most 15 lower-case letters, digits and single dashes, with a letter`);
          else if (portNames.has(port.name)) problems.push(`${at}.ports[${index}].name: "${port.name}" is also the name of ports[${portNames.get(port.name)}]; port names are unique in a container`);
          else portNames.set(port.name, index);
        });
        for (const probe of PROBES.filter((name) => container[name])) {
          // A handler given as null is not given: the API server reads JSON null as an unset field.
          const handlers = PROBE_HANDLERS.filter((handler) => container[probe][handler] !== undefined && container[probe][handler] !== null);
          if (handlers.length !== 1) problems.push(`${at}.${probe}: ${handlers.length === 0 ? 'says no way of probing' : `says ${handlers.join(' and ')}`}; give exactly one of ${PROBE_HANDLERS.join(', ')}`);
        }
      }
      return problems;
    }),
  );
}

/** Names of a pod's containers or volumes (the field `at`): each a DNS label, none twice. */
function names(list: readonly unknown[], at: string, problems: string[]): void {
  const seen = new Set<unknown>();
  for (const name of list) {
    if (typeof name !== 'string' || !dnsLabel.safeParse(name).success) problems.push(`${at}: "${String(name)}" must be a DNS label: lower-case letters, digits and "-", at most 63 characters`);
    else if (seen.has(name)) problems.push(`${at}: "${name}" appears twice; names are unique in a pod`);
    seen.add(name);
  }
}
