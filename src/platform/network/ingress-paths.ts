import { isPortNumber } from '../../config/primitives';
import { listAt, RenderedObject } from '../rendered-object';

/** Sequences the API server refuses in a Prefix or Exact path, and endings it refuses. */
const REFUSED_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const REFUSED_ENDINGS = ['/..', '/.'];

/**
 * Ingress paths and backend ports the API server refuses though the schema takes them: a path that is not absolute
 * or walks the path tree (`//`, `/../`, an encoded `/`), a service port outside 1-65535. Argo CD would fail the sync
 * of the whole wave on it.
 */
export function findInvalidIngressPaths(rendered: readonly RenderedObject[]): string[] {
  return rendered.flatMap(({ file, object }) => {
    if (object.apiVersion !== 'networking.k8s.io/v1' || object.kind !== 'Ingress') return [];
    const where = `${file}: Ingress ${object.metadata?.namespace}/${object.metadata?.name}`;
    return listAt(object.spec?.rules).flatMap((rule, r) =>
      listAt(rule.http?.paths).flatMap((entry, p) => {
        const at = `${where}: spec.rules[${r}].http.paths[${p}]`;
        const problems: string[] = [];
        const path = typeof entry.path === 'string' ? entry.path : '';
        // An implementation-specific path may be empty (every path); a Prefix or Exact one may not.
        const absolute = path.startsWith('/') || (path === '' && entry.pathType === 'ImplementationSpecific');
        if (!absolute) problems.push(`${at}.path: "${path}" must be an absolute path (start with "/")`);
        else if (entry.pathType !== 'ImplementationSpecific') {
          for (const sequence of REFUSED_SEQUENCES) if (path.includes(sequence)) problems.push(`${at}.path: "${path}" must not contain "${sequence}"`);
          for (const ending of REFUSED_ENDINGS) if (path.endsWith(ending)) problems.push(`${at}.path: "${path}" must not end with "${ending}"`);
        }
        const port = entry.backend?.service?.port?.number;
        if (port !== undefined && !isPortNumber(port)) problems.push(`${at}.backend.service.port.number: ${port} must be a port from 1 to 65535`);
        return problems;
      }),
    );
  });
}
