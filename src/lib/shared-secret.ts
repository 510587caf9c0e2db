import { Construct } from 'constructs';
import {
  ExternalSecret,
  ExternalSecretSpecRefreshPolicy,
  ExternalSecretSpecSecretStoreRefKind,
  ExternalSecretSpecTargetCreationPolicy,
} from '../../imports/eso-external-secrets.io';
import { PlatformError } from '../platform/errors';
import { PlatformModule } from '../platform/module';
import { ExternalSecretsModule } from '../modules/external-secrets/external-secrets-module';
import { ProducedSecret, SecretSource, targetTemplate } from './secret-source';

export interface SharedSecretProps {
  /** The Secret to copy from (it lives in another namespace). */
  readonly source: SecretSource;
  /** Namespace to copy into. */
  readonly namespace: string;
  /**
   * Name of the copy.
   * @default the source's name
   */
  readonly name?: string;
  /**
   * Keys to copy.
   * @default every key of the source
   */
  readonly keys?: readonly string[];
  /**
   * Further keys derived from the copied ones, as in GeneratedSecret (`{{ .password }}`).
   * @default none
   */
  readonly template?: Readonly<Record<string, string>>;
  /**
   * Secret type of the copy.
   * @default Opaque
   */
  readonly type?: string;
}

/**
 * A copy, in another namespace, of a Secret produced in the cluster: an ExternalSecret reading the source namespace
 * through the ClusterSecretStore the external-secrets module keeps for it. Only the consumer namespaces a store was
 * opened to may use it, and it can read only the secrets shared through it.
 */
export class SharedSecret extends ProducedSecret {
  constructor(scope: Construct, id: string, props: SharedSecretProps) {
    const { source } = props;
    const copied = props.keys ?? source.keys;
    super(scope, id, props.namespace, props.name ?? source.name, [...copied, ...Object.keys(props.template ?? {})]);
    if (source.namespace === props.namespace) {
      throw new PlatformError(`${this.node.path}: ${source.namespace}/${source.name} is already in namespace ${props.namespace}; use it directly`);
    }
    copied.forEach((key) => source.keyRef(key));
    const store = PlatformModule.of(this).use(ExternalSecretsModule).openSecretStore(source, props.namespace);

    new ExternalSecret(this, 'secret', {
      metadata: { name: this.name, namespace: props.namespace },
      spec: {
        // Follows the source (a rotated value reaches every copy within the hour).
        refreshPolicy: ExternalSecretSpecRefreshPolicy.PERIODIC,
        refreshInterval: '1h',
        secretStoreRef: { kind: ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name: store },
        target: {
          name: this.name,
          creationPolicy: ExternalSecretSpecTargetCreationPolicy.OWNER,
          template: targetTemplate(props.template, props.type),
        },
        data: copied.map((key) => ({ secretKey: key, remoteRef: { key: source.name, property: key } })),
      },
    });
  }

}
