import type { z } from 'zod';
import type { MONITORING_SETTINGS } from './settings';

type ThanosSettings = z.output<typeof MONITORING_SETTINGS.schema>['thanos'];

export interface ThanosValuesProps {
  readonly settings: ThanosSettings;
  readonly nodeSelector: Record<string, string>;
  /** Required one-a-node anti-affinity; the chart fills in each component's selector. */
  readonly onePerNode: object;
  readonly storageClass: string;
  /** Secret and key holding objstore.yml. */
  readonly objectStore: { readonly name: string; readonly key: string };
  /** DNS SRV name of the Prometheus sidecars' gRPC endpoints. */
  readonly sidecars: string;
}

/**
 * Values of the stevehipwell thanos chart: query (reading the store gateway, found by the chart, and the Prometheus
 * sidecars for the hours not yet uploaded), store gateway and compactor with volumes, all pinned to the system nodes
 * one per node; the objstore Secret is the one built in the cluster, never the chart's.
 */
export function thanosValues(props: ThanosValuesProps) {
  const { settings, nodeSelector, storageClass, onePerNode } = props;
  const budget = (replicas: number) => ({ enabled: replicas > 1, minAvailable: 1 });
  const volume = (size: string) => ({ enabled: true, size, storageClass });
  return {
    objstoreConfig: { create: false, name: props.objectStore.name, key: props.objectStore.key },
    additionalEndpoints: [props.sidecars],
    // Prometheus replicas carry this label; query and compactor deduplicate on it.
    additionalReplicaLabels: ['prometheus_replica'],
    query: { replicas: settings.queryReplicas, nodeSelector, affinity: onePerNode, podDisruptionBudget: budget(settings.queryReplicas) },
    storeGateway: {
      replicas: settings.storeGatewayReplicas,
      nodeSelector,
      affinity: onePerNode,
      podDisruptionBudget: budget(settings.storeGatewayReplicas),
      persistence: volume(settings.storeGatewayStorageSize),
    },
    // A single compactor: Thanos requires at most one per bucket. Without retention flags it keeps every block for ever.
    compact: {
      enabled: true,
      nodeSelector,
      affinity: onePerNode,
      persistence: volume(settings.compactorStorageSize),
      extraArgs: [
        `--retention.resolution-raw=${settings.retention.raw}`,
        `--retention.resolution-5m=${settings.retention.fiveMinutes}`,
        `--retention.resolution-1h=${settings.retention.oneHour}`,
      ],
    },
  };
}
