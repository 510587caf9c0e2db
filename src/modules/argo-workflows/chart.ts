import type { SourcePin } from '../../platform/upstream-sources';

/** argo-workflows chart: Argo Workflows v4.0.6 (quay.io/argoproj images); vendored in charts/. */
export const ARGO_WORKFLOWS_CHART: SourcePin = { name: 'argo-workflows', version: '1.0.18' };
