import type { SourcePin } from '../../platform/upstream-sources';

/** kube-prometheus-stack: Prometheus operator 0.93, Prometheus 3.14, Alertmanager 0.34, Grafana 13.2; vendored in charts/. */
export const KUBE_PROMETHEUS_STACK_CHART: SourcePin = { name: 'kube-prometheus-stack', version: '88.5.3' };

/** stevehipwell/thanos: Thanos 0.42 from quay.io/thanos/thanos (not Bitnami's images); vendored in charts/. */
export const THANOS_CHART: SourcePin = { name: 'thanos', version: '1.24.1' };
