import { Construct } from 'constructs';
import {
  ExternalSecret,
  ExternalSecretSpecRefreshPolicy,
  ExternalSecretSpecSecretStoreRefKind,
  ExternalSecretSpecTargetCreationPolicy,
} from '../../imports/eso-external-secrets.io';
import { KEEP_DATA, SYNC_OPTIONS_ANNOTATION } from '../gitops/conventions';
import { PlatformModule } from '../platform/module';
import { ExternalSecretsModule } from '../modules/external-secrets/external-secrets-module';
import { ProducedSecret, targetTemplate } from './secret-source';

/** Where values an operator provides come from: a Secret they create in the namespace, or a key of a ClusterSecretStore. */
export type OperatorSecretSource = { readonly secret: string } | { readonly store: string; readonly key: string };

export interface TemplatedSecretProps {
  readonly namespace: string;
  readonly name: string;
  readonly source: OperatorSecretSource;
  /** The keys (or store properties) of the source that the template reads. */
  readonly sourceKeys: readonly string[];
  /** The Secret's keys, each an ESO template (v2) over the source keys: `{{ .password }}`. */
  readonly template: Readonly<Record<string, string>>;
  /**
   * Whether the Secret stays in the cluster when it leaves git or its Application is deleted: for the credentials of
   * data kept outside the cluster (an object store), which stay with the data until removed on purpose.
   * @default false
   */
  readonly keep?: boolean;
}

/**
 * A Secret built in the cluster from values an operator provides: an ExternalSecret reads them (through a store of
 * the namespace for a Secret, or from the named ClusterSecretStore) and renders only the template's keys, such as a
 * whole configuration file. Git holds the template, never the values.
 */
export class TemplatedSecret extends ProducedSecret {
  constructor(scope: Construct, id: string, props: TemplatedSecretProps) {
    super(scope, id, props.namespace, props.name, Object.keys(props.template));
    const { source, namespace } = props;
    const externalSecrets = PlatformModule.of(this).use(ExternalSecretsModule);
    const store =
      'secret' in source
        ? { name: externalSecrets.openSecretStore({ namespace, name: source.secret, keys: props.sourceKeys, keyRef: (key) => ({ name: source.secret, key }) }, namespace), key: source.secret }
        : { name: source.store, key: source.key };

    new ExternalSecret(this, 'secret', {
      metadata: { name: props.name, namespace, annotations: props.keep ? { [SYNC_OPTIONS_ANNOTATION]: KEEP_DATA } : undefined },
      spec: {
        refreshPolicy: ExternalSecretSpecRefreshPolicy.PERIODIC,
        refreshInterval: '1h',
        secretStoreRef: { kind: ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name: store.name },
        target: { name: props.name, creationPolicy: ExternalSecretSpecTargetCreationPolicy.OWNER, template: targetTemplate(props.template, undefined, true) },
        data: props.sourceKeys.map((key) => ({ secretKey: key, remoteRef: { key: store.key, property: key } })),
      },
    });
  }
}
