import type { SourcePin } from '../../platform/upstream-sources';

/** The External Secrets Operator chart, with its CRDs; vendored in charts/ (lock.yaml). */
export const EXTERNAL_SECRETS_CHART: SourcePin = { name: 'external-secrets', version: '2.9.0' };
