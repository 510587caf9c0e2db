import type { SourcePin } from '../../platform/upstream-sources';

/** The kong/ingress chart: Kong gateway 3.9 and ingress controller 3.5; vendored in charts/ (lock.yaml). */
export const KONG_CHART: SourcePin = { name: 'ingress', version: '0.24.0' };
