import type { PlatformConfig } from '../config/schema';
import { apiGroupOf, listAt, RenderedObject, valuesAt } from './rendered-object';
import { problemsUnlessKnownClean } from './known-clean';

/** A topology spread constraint, as pod specs and chart values take it. */
export interface TopologySpread {
  readonly maxSkew: number;
  readonly topologyKey: string;
  readonly whenUnsatisfiable: 'ScheduleAnyway' | 'DoNotSchedule';
  readonly labelSelector?: { readonly matchLabels: Record<string, string> };
}

/** A DaemonSet allowed to run on every node, and why. */
export interface EverywhereException {
  readonly namespace?: string;
  readonly name: string;
  readonly reason: string;
}

/**
 * A custom resource kind an operator makes pods from, and where in it those pods' scheduling is: the field holding
 * `nodeSelector` and `affinity` as a pod spec does (`spec` of a Prometheus, `spec.scheduling` of a Keycloak).
 */
export interface OperatorPods {
  /** `<group>_<Kind>`, as health checks name kinds. */
  readonly resource: string;
  /** Dotted path from the object's root. */
  readonly schedulingAt: string;
}

/**
 * Pins pods to the system node group. Modules spread `nodeSelector()` into pod specs and chart values; the check
 * below fails synth for any rendered pod template that lacks it.
 */
export class Placement {
  constructor(private readonly nodeGroup: PlatformConfig['nodeGroup']) {}

  /** The node selector of the system node group. */
  nodeSelector(): Record<string, string> {
    return { [this.nodeGroup.labelKey]: this.nodeGroup.labelValue };
  }

  /**
   * The same constraint as a required node affinity, for resources that take an affinity but no node selector
   * (the Keycloak CR's scheduling).
   */
  nodeAffinity(): { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: Array<{ matchExpressions: Array<{ key: string; operator: 'In'; values: string[] }> }> } } {
    return {
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [{ matchExpressions: [{ key: this.nodeGroup.labelKey, operator: 'In', values: [this.nodeGroup.labelValue] }] }],
      },
    };
  }

  /**
   * Spreads a component's replicas over the system nodes, one per node while there are nodes enough. Preferred,
   * not required: a drain or a cordoned node must not leave pods pending (budgets keep them available). Charts that
   * fill in the selector from their own labels take it without `matchLabels`.
   */
  spreadOverNodes(matchLabels?: Record<string, string>): TopologySpread[] {
    return [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', ...(matchLabels ? { labelSelector: { matchLabels } } : {}) }];
  }

  /**
   * Required pod anti-affinity: at most one pod with these labels a node, for replicas that must not fall together
   * (quorums, replicated data). Charts that fill in the selector from their own labels take it without one.
   */
  onePerNode(matchLabels?: Record<string, string>): { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: Array<{ topologyKey: string; labelSelector?: { matchLabels: Record<string, string> } }> } } {
    return { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'kubernetes.io/hostname', ...(matchLabels ? { labelSelector: { matchLabels } } : {}) }] } };
  }

  /** Chart values for a component: `{ nodeSelector }`, to merge with the component's other values. */
  values(): { nodeSelector: Record<string, string> } {
    return { nodeSelector: this.nodeSelector() };
  }

  /**
   * Every pod template in `objects` that is not pinned to the system node group: pod specs (anything with
   * `containers`), pod templates of custom resources (`podTemplate`, as in cert-manager's ACME solvers), and the
   * scheduling of custom resources operators make pods from (`operatorPods`, declared by the modules installing them);
   * and the exceptions that name no rendered DaemonSet.
   */
  findUnpinned(objects: readonly RenderedObject[], exceptions: readonly EverywhereException[], operatorPods: readonly OperatorPods[] = []): string[] {
    // An exception that names no rendered DaemonSet lets a future one of that name run everywhere unseen: a stale name.
    const problems = exceptions
      .filter((e) => !objects.some(({ object }) => object.kind === 'DaemonSet' && object.metadata?.name === e.name && (e.namespace ?? object.metadata?.namespace) === object.metadata?.namespace))
      .map((e) => `DaemonSet ${e.namespace ? `${e.namespace}/` : ''}${e.name} may run on every node, but is not rendered; remove the exception or fix its name`);
    const pinning = `nodeSelector or required node affinity ${this.nodeGroup.labelKey}: ${this.nodeGroup.labelValue}`;
    for (const { file, object } of objects) {
      // A CRD describes pod templates in its schema; it runs none.
      if (object.kind === 'CustomResourceDefinition') continue;
      const exempt = object.kind === 'DaemonSet' && exceptions.some((e) => e.name === object.metadata?.name && (e.namespace ?? object.metadata?.namespace) === object.metadata?.namespace);
      if (exempt) continue;
      const { labelKey, labelValue } = this.nodeGroup;
      const unpinned = problemsUnlessKnownClean(object, `placement ${labelKey}=${labelValue}`, () => this.unpinnedPodSpecs(object, ''));
      for (const path of unpinned) {
        problems.push(`${file}: ${object.kind} ${object.metadata?.name}: ${path || '(root)'}: pod template is not pinned to the system node group (${pinning})`);
      }
      const resource = `${apiGroupOf(String(object.apiVersion))}_${object.kind}`;
      // A declared place that holds containers (a Pooler's pod template) was judged above already.
      for (const { schedulingAt } of operatorPods.filter((declared) => declared.resource === resource && !unpinned.includes(declared.schedulingAt))) {
        const scheduling = schedulingAt.split('.').reduce<any>((node, key) => node?.[key], object);
        if (!this.isPinned(scheduling ?? {})) {
          problems.push(`${file}: ${object.kind} ${object.metadata?.name}: ${schedulingAt}: the pods its operator makes from it are not pinned to the system node group (${pinning})`);
        }
      }
    }
    return problems;
  }

  private unpinnedPodSpecs(node: unknown, path: string): string[] {
    if (Array.isArray(node)) return node.flatMap((item, i) => this.unpinnedPodSpecs(item, `${path}[${i}]`));
    if (typeof node !== 'object' || node === null) return [];
    const record = node as Record<string, unknown>;
    const found: string[] = [];
    if (Array.isArray(record.containers) && !this.isPinned(record)) found.push(path);
    for (const [key, value] of Object.entries(record)) {
      const at = path ? `${path}.${key}` : key;
      if (key === 'podTemplate' && !this.isPinned((value as { spec?: Record<string, unknown> })?.spec ?? {})) {
        found.push(`${at}.spec`);
      }
      found.push(...this.unpinnedPodSpecs(value, at));
    }
    return found;
  }

  /**
   * Pinned by the node selector, or by a required node affinity every term of which (terms are alternatives) asks
   * for the label with that value only, as cdk8s-plus' `scheduling.attract` writes it.
   */
  private isPinned(podSpec: Record<string, unknown>): boolean {
    const selector = podSpec.nodeSelector as Record<string, string> | undefined;
    if (selector?.[this.nodeGroup.labelKey] === this.nodeGroup.labelValue) return true;
    type Term = { matchExpressions?: Array<{ key: string; operator: string; values?: string[] }> };
    const affinity = podSpec.affinity as { nodeAffinity?: { requiredDuringSchedulingIgnoredDuringExecution?: { nodeSelectorTerms?: Term[] } } } | undefined;
    const terms = affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
    const { labelKey, labelValue } = this.nodeGroup;
    return (
      terms.length > 0 &&
      terms.every((term) => listAt(term.matchExpressions).some((e) => e.key === labelKey && e.operator === 'In' && valuesAt(e.values).length > 0 && valuesAt(e.values).every((v) => v === labelValue)))
    );
  }
}
