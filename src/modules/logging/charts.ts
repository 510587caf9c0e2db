import type { SourcePin } from '../../platform/upstream-sources';

/** Graylog's official chart: Graylog 7.0 with Graylog Data Node (OpenSearch managed by Graylog); vendored in charts/. */
export const GRAYLOG_CHART: SourcePin = { name: 'graylog', version: '1.0.0' };

/** MongoDB Controllers for Kubernetes (MCK) 1.10.0: the operator of the MongoDBCommunity replica set; vendored in charts/. */
export const MONGODB_OPERATOR_CHART: SourcePin = { name: 'mongodb-kubernetes', version: '1.10.0' };

/** Fluent Bit 5.1 as a DaemonSet; vendored in charts/. */
export const FLUENT_BIT_CHART: SourcePin = { name: 'fluent-bit', version: '0.58.1' };
