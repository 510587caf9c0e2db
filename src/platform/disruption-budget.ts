import { k8s } from 'cdk8s-plus-26';
import type { Construct } from 'constructs';

/**
 * Disruption budgets let one pod of a component go at a time (node drains, spot reclaims). With a single replica
 * there is no budget at all: it would block every drain of that node for good.
 */

/** A chart's pod disruption budget values for a component with `replicas` pods. */
export function chartDisruptionBudget(replicas: number): { enabled: boolean; minAvailable?: number } {
  return replicas > 1 ? { enabled: true, minAvailable: 1 } : { enabled: false };
}

export interface DisruptionBudgetProps {
  readonly name: string;
  readonly namespace: string;
  /** Labels of the component's pods. */
  readonly matchLabels: Record<string, string>;
  /** Replicas of the component. */
  readonly replicas: number;
}

/** A PodDisruptionBudget for pods another controller creates (an operator's), when there is more than one. */
export function addDisruptionBudget(scope: Construct, id: string, props: DisruptionBudgetProps): void {
  if (props.replicas <= 1) return;
  new k8s.KubePodDisruptionBudget(scope, id, {
    metadata: { name: props.name, namespace: props.namespace },
    spec: { maxUnavailable: k8s.IntOrString.fromNumber(1), selector: { matchLabels: props.matchLabels } },
  });
}
