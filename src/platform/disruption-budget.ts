/**
 * A chart's pod disruption budget for a component with `replicas` pods: one may always be evicted, and with a
 * single replica there is no budget at all (it would block node drains for good).
 */
export function chartDisruptionBudget(replicas: number): { enabled: boolean; minAvailable?: number } {
  return replicas > 1 ? { enabled: true, minAvailable: 1 } : { enabled: false };
}
