import type { ChartPin } from '../../platform/upstream-sources';

/**
 * The cert-manager chart, with its CRDs; vendored in charts/ (lock.yaml). Environments render v1.20.3 unless
 * their file picks v1.21.1, whose values were reviewed too: the upgrade is tried in `test` before it becomes the
 * default.
 */
export const CERT_MANAGER_CHART: ChartPin = { name: 'cert-manager', version: 'v1.20.3', supportedVersions: ['v1.20.3', 'v1.21.1'] };
