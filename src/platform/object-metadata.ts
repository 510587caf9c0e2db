import { dnsLabel, labelKey, labelValue, objectName } from '../config/primitives';
import { problemsUnlessKnownClean } from './known-clean';
import type { RenderedObject } from './rendered-object';

/**
 * The API server's checks of metadata and of a workload's selector, which the OpenAPI schemas leave out: an object
 * the schema gate passes can still be refused at apply time ("metadata.name: Invalid value"), and Argo CD would then
 * fail the sync of its whole wave. Each rule is the one the API server applies to that kind.
 */
export function findInvalidMetadata(rendered: readonly RenderedObject[]): string[] {
  return rendered.flatMap(({ file, object }) => {
    const where = `${file}: ${object.kind} ${object.metadata?.name ?? object.metadata?.generateName ?? '(no name)'}`;
    return problemsUnlessKnownClean(object, 'metadata', () => [...metadataProblems(object), ...selectorProblems(object)]).map((problem) => `${where}: ${problem}`);
  });
}

/** Annotations of one object may hold at most this many bytes, keys and values together. */
const ANNOTATIONS_LIMIT = 256 * 1024;

/** Workloads whose API refuses a selector that does not select the pods of their template. */
const SELECTING_WORKLOADS = new Set(['apps/v1 Deployment', 'apps/v1 StatefulSet', 'apps/v1 DaemonSet', 'apps/v1 ReplicaSet']);

function metadataProblems(object: Record<string, any>): string[] {
  const metadata = object.metadata ?? {};
  const problems: string[] = [];
  if (typeof metadata.name === 'string') {
    const wrong = nameProblem(object.apiVersion, object.kind, metadata.name);
    if (wrong) problems.push(`metadata.name: "${metadata.name}" ${wrong}`);
  } else if (metadata.name !== undefined) {
    problems.push(`metadata.name: must be text, not ${JSON.stringify(metadata.name)}`);
  } else if (typeof metadata.generateName !== 'string') {
    problems.push('metadata.name: is missing');
  }
  if (metadata.namespace !== undefined && !dnsLabel.safeParse(metadata.namespace).success) {
    problems.push(`metadata.namespace: "${metadata.namespace}" must be a DNS label: lower-case letters, digits and "-", at most 63 characters`);
  }
  for (const [key, value] of Object.entries<unknown>(metadata.labels ?? {})) {
    if (!labelKey.safeParse(key).success) problems.push(`metadata.labels: "${key}" is not a label key (an optional DNS prefix and "/", then at most 63 letters, digits, "-", "_" or ".")`);
    else if (typeof value !== 'string' || (value !== '' && !labelValue.safeParse(value).success)) {
      problems.push(`metadata.labels.${key}: "${String(value).slice(0, 80)}" is not a label value (at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit)`);
    }
  }
  let annotationBytes = 0;
  for (const [key, value] of Object.entries<unknown>(metadata.annotations ?? {})) {
    // The API server checks annotation keys lower-cased: an upper-case prefix passes there.
    if (!labelKey.safeParse(key.toLowerCase()).success) problems.push(`metadata.annotations: "${key}" is not an annotation key (an optional DNS prefix and "/", then at most 63 letters, digits, "-", "_" or ".")`);
    annotationBytes += Buffer.byteLength(key) + Buffer.byteLength(String(value));
  }
  if (annotationBytes > ANNOTATIONS_LIMIT) problems.push(`metadata.annotations: hold ${annotationBytes} bytes; the API server takes at most ${ANNOTATIONS_LIMIT}`);
  return problems;
}

/**
 * What is wrong with an object's name, by the rule of its kind: a DNS label for a Namespace, an RFC 1035 label for
 * a Service (it becomes a DNS name and environment variable names), any path segment for RBAC objects (built-in
 * roles are named `system:...`), at most 52 characters for a CronJob (its Jobs add 11), a DNS subdomain otherwise
 * (custom resources included).
 */
function nameProblem(apiVersion: string, kind: string, name: string): string | undefined {
  if (apiVersion === 'rbac.authorization.k8s.io/v1') {
    return name === '' || name === '.' || name === '..' || /[/%]/.test(name) ? 'must be a path segment: not empty, "." or "..", without "/" or "%"' : undefined;
  }
  if (apiVersion === 'v1' && kind === 'Namespace') {
    return dnsLabel.safeParse(name).success ? undefined : 'must be a DNS label: lower-case letters, digits and "-", at most 63 characters';
  }
  if (apiVersion === 'v1' && kind === 'Service') {
    return /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/.test(name) ? undefined : 'must be an RFC 1035 label: a lower-case letter, then lower-case letters, digits and "-", at most 63 characters';
  }
  if (!objectName.safeParse(name).success) return 'must be a DNS subdomain: lower-case DNS labels joined by ".", at most 253 characters';
  if (apiVersion === 'batch/v1' && kind === 'CronJob' && name.length > 52) return 'must be at most 52 characters (the Jobs of a CronJob add 11 to it)';
  return undefined;
}

/**
 * A workload whose selector does not select the labels of its pod template is refused by the API server, and so is
 * a selector expression it cannot read (an unknown operator, values where the operator takes none or none where it
 * needs them).
 */
function selectorProblems(object: Record<string, any>): string[] {
  if (!SELECTING_WORKLOADS.has(`${object.apiVersion} ${object.kind}`)) return [];
  const matchLabels: unknown = object.spec?.selector?.matchLabels ?? {};
  const expressions: unknown = object.spec?.selector?.matchExpressions ?? [];
  // A field of the wrong shape is the schema gate's to name, with what it holds.
  if (!isMap(matchLabels) || !Array.isArray(expressions)) return [];
  if (Object.keys(matchLabels).length === 0 && expressions.length === 0) {
    return ['spec.selector: is empty; the API server refuses a workload selecting every pod of its namespace'];
  }
  const labels: Record<string, unknown> = object.spec?.template?.metadata?.labels ?? {};
  const shown = (key: string) => (labels[key] === undefined ? 'none' : JSON.stringify(labels[key]));
  const problems = Object.entries(matchLabels)
    .filter(([key, value]) => labels[key] !== value)
    .map(([key, value]) => `spec.selector.matchLabels.${key}: ${JSON.stringify(value)} does not select the pods of spec.template (labels ${key}: ${shown(key)})`);
  expressions.forEach((expression: unknown, index) => {
    if (!isMap(expression) || typeof expression.key !== 'string' || !Array.isArray(expression.values ?? [])) return;
    const { key, operator } = expression;
    const listed = (expression.values ?? []) as unknown[];
    const at = `spec.selector.matchExpressions[${index}]`;
    const set = operator === 'In' || operator === 'NotIn';
    if (!set && operator !== 'Exists' && operator !== 'DoesNotExist') {
      problems.push(`${at}.operator: ${JSON.stringify(operator)} is not In, NotIn, Exists or DoesNotExist`);
    } else if (set && listed.length === 0) {
      problems.push(`${at}.values: must be given for operator ${operator}`);
    } else if (!set && listed.length > 0) {
      problems.push(`${at}.values: must be empty for operator ${operator}`);
    } else if (!selects(labels[key], operator, listed)) {
      problems.push(`${at}: ${key} ${operator}${set ? ` ${JSON.stringify(listed)}` : ''} does not select the pods of spec.template (labels ${key}: ${shown(key)})`);
    }
  });
  return problems;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Whether a label value (undefined: no such label) meets a selector expression, as the API server reads one. */
function selects(value: unknown, operator: string, values: readonly unknown[]): boolean {
  switch (operator) {
    case 'In':
      return value !== undefined && values.includes(value);
    case 'NotIn':
      return value === undefined || !values.includes(value);
    case 'Exists':
      return value !== undefined;
    default:
      return value === undefined;
  }
}
