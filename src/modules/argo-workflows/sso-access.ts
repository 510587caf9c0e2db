import { k8s } from 'cdk8s-plus-26';
import { Construct } from 'constructs';

/** What a group of the realm may do in the Argo UI. */
export interface SsoAccessLevel {
  /** ServiceAccount (and Role) name. */
  readonly name: string;
  /** Realm groups whose members get this access. */
  readonly groups: readonly string[];
  /** Verbs on Argo's resources. */
  readonly verbs: readonly string[];
  /** When a user is in several groups, the level with the highest precedence applies. */
  readonly precedence: number;
}

/** Argo's own resources, as the server's RBAC needs them for the UI. */
const ARGO_RESOURCES = ['workflows', 'workflowtemplates', 'cronworkflows', 'clusterworkflowtemplates', 'workfloweventbindings', 'workflowtasksets', 'workflowtaskresults', 'workflowartifactgctasks'];

/**
 * Argo server's SSO RBAC for one access level: a ServiceAccount whose rule matches the user's realm groups, the
 * token Secret Argo reads it through (empty: Kubernetes fills it in), and a Role with the level's verbs in the
 * namespace bound to it.
 */
export class SsoAccess extends Construct {
  constructor(scope: Construct, id: string, props: { readonly namespace: string; readonly level: SsoAccessLevel }) {
    super(scope, id);
    const { namespace, level } = props;
    const rule = level.groups.map((group) => `'${group}' in groups`).join(' || ');
    new k8s.KubeServiceAccount(this, 'account', {
      metadata: {
        name: level.name,
        namespace,
        annotations: { 'workflows.argoproj.io/rbac-rule': rule, 'workflows.argoproj.io/rbac-rule-precedence': String(level.precedence) },
      },
    });
    new k8s.KubeSecret(this, 'token', {
      metadata: { name: `${level.name}.service-account-token`, namespace, annotations: { 'kubernetes.io/service-account.name': level.name } },
      type: 'kubernetes.io/service-account-token',
    });
    new k8s.KubeRole(this, 'role', {
      metadata: { name: level.name, namespace },
      rules: [
        { apiGroups: ['argoproj.io'], resources: ARGO_RESOURCES, verbs: [...level.verbs] },
        // Logs and pods of workflow steps, read-only for every level.
        { apiGroups: [''], resources: ['pods', 'pods/log', 'events'], verbs: ['get', 'list', 'watch'] },
      ],
    });
    new k8s.KubeRoleBinding(this, 'binding', {
      metadata: { name: level.name, namespace },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: level.name },
      subjects: [{ kind: 'ServiceAccount', name: level.name, namespace }],
    });
  }
}
