import { dnsLabel } from '../../config/primitives';
import type { RenderedObject } from '../rendered-object';

/** A target port by name, as the API server takes it (IANA service name). */
const PORT_NAME = /^(?=.{1,15}$)(?=.*[a-z])[a-z0-9]+(-[a-z0-9]+)*$/;

const isPort = (value: unknown) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 65535;

/**
 * Service ports the API server refuses though the schema takes them: a port or target port outside 1-65535, a
 * target port name it does not take, a missing, malformed or repeated port name where the Service has several ports.
 */
export function findInvalidServicePorts(rendered: readonly RenderedObject[]): string[] {
  return rendered.flatMap(({ file, object }) => {
    if (object.apiVersion !== 'v1' || object.kind !== 'Service') return [];
    const ports = (object.spec?.ports ?? []) as Array<Record<string, any>>;
    const at = `${file}: Service ${object.metadata?.namespace}/${object.metadata?.name}: spec.ports`;
    const seen = new Set<string>();
    return ports.flatMap((port, index) => {
      const problems: string[] = [];
      if (!isPort(port.port)) problems.push(`${at}[${index}].port: ${port.port} must be a port from 1 to 65535`);
      const target = port.targetPort;
      if (typeof target === 'number' ? !isPort(target) : target !== undefined && !PORT_NAME.test(String(target))) {
        problems.push(`${at}[${index}].targetPort: ${JSON.stringify(target)} must be a port from 1 to 65535 or a container port's name`);
      }
      if (ports.length > 1) {
        if (typeof port.name !== 'string' || !dnsLabel.safeParse(port.name).success) problems.push(`${at}[${index}].name: a Service of several ports names each with a DNS label`);
        else if (seen.has(port.name)) problems.push(`${at}[${index}].name: "${port.name}" names two ports`);
        else seen.add(port.name);
      }
      return problems;
    });
  });
}
