import { dnsLabel, isPortName, isPortNumber } from '../../config/primitives';
import { listAt, RenderedObject } from '../rendered-object';

/**
 * Service ports the API server refuses though the schema takes them: a port or target port outside 1-65535, a
 * target port name it does not take, a malformed port name, a missing or repeated one where the Service has several
 * ports, one port number twice for one protocol.
 */
export function findInvalidServicePorts(rendered: readonly RenderedObject[]): string[] {
  return rendered.flatMap(({ file, object }) => {
    if (object.apiVersion !== 'v1' || object.kind !== 'Service') return [];
    const ports = listAt(object.spec?.ports);
    const at = `${file}: Service ${object.metadata?.namespace}/${object.metadata?.name}: spec.ports`;
    const seen = new Set<string>();
    const numbers = new Set<string>();
    return ports.flatMap((port, index) => {
      const problems: string[] = [];
      if (!isPortNumber(port.port)) problems.push(`${at}[${index}].port: ${JSON.stringify(port.port)} must be a port from 1 to 65535`);
      else {
        const number = `${port.port}/${port.protocol ?? 'TCP'}`;
        if (numbers.has(number)) problems.push(`${at}[${index}].port: ${number} is given twice`);
        numbers.add(number);
      }
      const target = port.targetPort;
      if (typeof target === 'number' ? !isPortNumber(target) : target !== undefined && !isPortName(target)) {
        problems.push(`${at}[${index}].targetPort: ${JSON.stringify(target)} must be a port from 1 to 65535 or a container port's name`);
      }
      if (port.name == null || port.name === '') {
        if (ports.length > 1) problems.push(`${at}[${index}].name: a Service of several ports names each with a DNS label`);
      } else if (typeof port.name !== 'string' || !dnsLabel.safeParse(port.name).success) problems.push(`${at}[${index}].name: ${JSON.stringify(port.name)} must be a DNS label`);
      else if (seen.has(port.name)) problems.push(`${at}[${index}].name: "${port.name}" names two ports`);
      else seen.add(port.name);
      return problems;
    });
  });
}
