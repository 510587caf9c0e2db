import type { SourcePin } from '../../platform/upstream-sources';

/** The argo-cd chart (Argo CD v3.4.4) managing Argo CD itself; vendored in charts/ (lock.yaml). */
export const ARGO_CD_CHART: SourcePin = { name: 'argo-cd', version: '10.1.1' };
