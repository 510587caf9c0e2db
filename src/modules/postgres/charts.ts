import type { SourcePin } from '../../platform/upstream-sources';

/** The CloudNativePG operator chart (operator 1.30), with its CRDs; vendored in charts/ (lock.yaml). */
export const CLOUDNATIVE_PG_CHART: SourcePin = { name: 'cloudnative-pg', version: '0.29.0' };

/** The Barman Cloud plugin chart for backups, installed only with postgres.backup; vendored in charts/. */
export const BARMAN_CLOUD_CHART: SourcePin = { name: 'plugin-barman-cloud', version: '0.7.0' };
