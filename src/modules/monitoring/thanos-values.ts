import type { z } from 'zod';
import type { MONITORING_SETTINGS } from './settings';

type ThanosSettings = z.output<typeof MONITORING_SETTINGS.schema>['thanos'];

export interface ThanosValuesProps {
  readonly settings: ThanosSettings;
  readonly nodeSelector: Record<string, string>;
  readonly storageClass: string;
  /** Secret and key holding objstore.yml. */
  readonly objectStore: { readonly name: string; readonly key: string };
  /** DNS SRV name of the Prometheus sidecars' gRPC endpoints. */
  readonly sidecars: string;
}

/** One replica per node, required: two replicas on one node would fall together. The chart fills in the selector. */
const ONE_PER_NODE = { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'kubernetes.io/hostname' }] } };

/**
 * Values of the stevehipwell thanos chart: query (reading the store gateway, found by the chart, and the Prometheus
 * sidecars for the hours not yet uploaded), store gateway and compactor with volumes, all pinned to the system nodes
 * one per node; the objstore Secret is the one built in the cluster, never the chart's.
 */
export function thanosValues(props: ThanosValuesProps) {
  const { settings, nodeSelector, storageClass } = props;
  const budget = (replicas: number) => ({ enabled: replicas > 1, minAvailable: 1 });
  const volume = (size: string) => ({ enabled: true, size, storageClass });
  return {
    objstoreConfig: { create: false, name: props.objectStore.name, key: props.objectStore.key },
    additionalEndpoints: [props.sidecars],
    // Prometheus replicas carry this label; query and compactor deduplicate on it.
    additionalReplicaLabels: ['prometheus_replica'],
    query: { replicas: settings.queryReplicas, nodeSelector, affinity: ONE_PER_NODE, podDisruptionBudget: budget(settings.queryReplicas) },
    storeGateway: {
      replicas: settings.storeGatewayReplicas,
      nodeSelector,
      affinity: ONE_PER_NODE,
      podDisruptionBudget: budget(settings.storeGatewayReplicas),
      persistence: volume(settings.storeGatewayStorageSize),
    },
    // A single compactor: Thanos requires at most one per bucket.
    compact: { enabled: true, nodeSelector, affinity: ONE_PER_NODE, persistence: volume(settings.compactorStorageSize) },
  };
}
