import { k8s } from 'cdk8s-plus-26';
import { Construct } from 'constructs';
import { ClusterSecretStore, ClusterSecretStoreSpecProviderKubernetesServerCaProviderType } from '../../../imports/eso-external-secrets.io';
import { lazySortedList } from '../../platform/lazy-list';

export interface NamespaceSecretStoreProps {
  /** Namespace whose secrets the store reads. */
  readonly sourceNamespace: string;
  /** Namespace of the External Secrets Operator (service account and CA). */
  readonly operatorNamespace: string;
}

/**
 * A ClusterSecretStore reading Secrets of one namespace with the Kubernetes provider, so a value produced there can
 * be copied to the namespaces that need it. Least privilege both ways: the store's service account may get only
 * the secrets that were shared, and only the namespaces they were shared with may use the store.
 */
export class NamespaceSecretStore extends Construct {
  /** Name of the ClusterSecretStore. */
  readonly storeName: string;
  private readonly consumers = new Set<string>();
  private readonly secrets = new Set<string>();

  constructor(scope: Construct, id: string, props: NamespaceSecretStoreProps) {
    super(scope, id);
    const reader = `shared-secrets-${props.sourceNamespace}`;
    this.storeName = `${props.sourceNamespace}-secrets`;

    new k8s.KubeServiceAccount(this, 'reader', { metadata: { name: reader, namespace: props.operatorNamespace } });
    new k8s.KubeRole(this, 'role', {
      metadata: { name: reader, namespace: props.sourceNamespace },
      rules: [{ apiGroups: [''], resources: ['secrets'], resourceNames: lazySortedList(this.secrets), verbs: ['get', 'list', 'watch'] }],
    });
    new k8s.KubeRoleBinding(this, 'binding', {
      metadata: { name: reader, namespace: props.sourceNamespace },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: reader },
      subjects: [{ kind: 'ServiceAccount', name: reader, namespace: props.operatorNamespace }],
    });
    new ClusterSecretStore(this, 'store', {
      metadata: { name: this.storeName },
      spec: {
        conditions: [{ namespaces: lazySortedList(this.consumers) }],
        provider: {
          kubernetes: {
            remoteNamespace: props.sourceNamespace,
            server: {
              caProvider: {
                type: ClusterSecretStoreSpecProviderKubernetesServerCaProviderType.CONFIG_MAP,
                name: 'kube-root-ca.crt',
                key: 'ca.crt',
                namespace: props.operatorNamespace,
              },
            },
            auth: { serviceAccount: { name: reader, namespace: props.operatorNamespace } },
          },
        },
      },
    });
  }

  /** Opens the store to one more consumer namespace for one more secret. */
  share(secretName: string, consumerNamespace: string): void {
    this.secrets.add(secretName);
    this.consumers.add(consumerNamespace);
  }
}
