import { dnsLabel } from '../../config/primitives';
import { ConfigFieldError } from '../errors';
import { listAt, RenderedObject, valuesAt } from '../rendered-object';

/** Most characters of a host name (RFC 1035); Kubernetes validates Ingress hosts so. */
const MAX_HOST = 253;

/** Where objects name the hosts they serve or certify. */
function hostsOf(object: Record<string, any>): Array<{ at: string; host: unknown }> {
  if (object.kind === 'Ingress') {
    return [
      ...listAt(object.spec?.rules).map((rule: any, index: number) => ({ at: `spec.rules[${index}].host`, host: rule.host })),
      ...listAt(object.spec?.tls).flatMap((tls: any, index: number) => valuesAt(tls.hosts).map((host: unknown, at: number) => ({ at: `spec.tls[${index}].hosts[${at}]`, host }))),
    ].filter(({ host }) => host !== undefined);
  }
  if (object.kind === 'Certificate' && String(object.apiVersion).startsWith('cert-manager.io/')) {
    return valuesAt(object.spec?.dnsNames).map((host: unknown, index: number) => ({ at: `spec.dnsNames[${index}]`, host }));
  }
  return [];
}

/** Why a host name is not one, or undefined when it is (a leading `*.` wildcard is allowed). */
function hostProblem(host: unknown): string | undefined {
  if (typeof host !== 'string') return 'is not a string';
  if (host.length > MAX_HOST) return `has ${host.length} characters, more than the ${MAX_HOST} of a host name`;
  const labels = (host.startsWith('*.') ? host.slice(2) : host).split('.');
  const bad = labels.find((label) => !dnsLabel.safeParse(label).success);
  if (bad !== undefined) return `has the label "${bad}": labels are lower-case letters, digits and "-", 1 to 63 characters`;
  return undefined;
}

/**
 * Why a public host is not the environment's: the gateway would route, and cert-manager try to certify, a name whose
 * DNS this environment does not hold (a host written out instead of built from the configured domain).
 */
function outsideDomain(host: string, domain: string): string | undefined {
  const name = host.startsWith('*.') ? host.slice(2) : host;
  return name === domain || name.endsWith(`.${domain}`) ? undefined : `is not under the environment's domain ${domain}; build it from the configured domain`;
}

/**
 * Hosts of Ingresses and certificates that the API server, DNS or the certificate authority would refuse, and
 * Ingress hosts outside the environment's domain, as violations naming the file and the field. The hosts the
 * platform serves are `<service>.<domain>`: when one of those is too long, the domain is what to change, and the
 * error says so against the environment file.
 */
export function findInvalidHosts(rendered: readonly RenderedObject[], domain: string): string[] {
  const violations: string[] = [];
  let longest: { file: string; host: string } | undefined;
  for (const { file, object } of rendered) {
    for (const { at, host } of hostsOf(object)) {
      const problem = hostProblem(host) ?? (object.kind === 'Ingress' ? outsideDomain(host as string, domain) : undefined);
      if (!problem) continue;
      if (typeof host === 'string' && host.endsWith(`.${domain}`) && host.length > MAX_HOST) {
        if (!longest || host.length > longest.host.length) longest = { file, host };
      } else {
        violations.push(`${file}: ${object.kind} ${object.metadata?.name}: ${at} "${String(host)}" ${problem}`);
      }
    }
  }
  if (longest) {
    const { file, host } = longest;
    throw new ConfigFieldError('domain', `is too long: the host ${host} (${file}) has ${host.length} characters, more than the ${MAX_HOST} of a host name; use a domain of at most ${domain.length - (host.length - MAX_HOST)} characters`);
  }
  return violations;
}
