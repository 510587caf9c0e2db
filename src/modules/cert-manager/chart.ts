import type { SourcePin } from '../../platform/upstream-sources';

/** The cert-manager chart, with its CRDs; vendored in charts/ (lock.yaml). */
export const CERT_MANAGER_CHART: SourcePin = { name: 'cert-manager', version: 'v1.21.1' };
