import { Construct } from 'constructs';
import {
  ExternalSecret,
  ExternalSecretSpecRefreshPolicy,
  ExternalSecretSpecSecretStoreRefKind,
  ExternalSecretSpecTargetCreationPolicy,
} from '../../../imports/eso-external-secrets.io';
import { targetTemplate } from '../../lib/secret-source';
import { PlatformModule } from '../../platform/module';
import { ExternalSecretsModule } from '../external-secrets/external-secrets-module';
import type { MONITORING_SETTINGS } from './settings';
import type { z } from 'zod';

type ObjectStore = z.output<typeof MONITORING_SETTINGS.schema>['thanos']['objectStore'];

/** The keys of the access key wherever it comes from (the convention the postgres backups use too). */
const ACCESS_KEYS = ['ACCESS_KEY_ID', 'ACCESS_SECRET_KEY'] as const;

export interface ObjectStoreConfigProps {
  readonly namespace: string;
  /** Name of the Secret holding `objstore.yml`. */
  readonly name: string;
  readonly objectStore: ObjectStore;
}

/**
 * Thanos' `objstore.yml` as a Secret built in the cluster: an ExternalSecret reads the access key (from a Secret an
 * operator created in the namespace, or from a key of a ClusterSecretStore) and renders the file from a template.
 * Git holds the bucket and endpoint only.
 */
export class ObjectStoreConfig extends Construct {
  /** The key of the Secret holding the file. */
  readonly key = 'objstore.yml';
  readonly name: string;

  constructor(scope: Construct, id: string, props: ObjectStoreConfigProps) {
    super(scope, id);
    const { objectStore, namespace } = props;
    this.name = props.name;
    const { credentials } = objectStore;
    const externalSecrets = PlatformModule.of(this).use(ExternalSecretsModule);
    const store =
      'secret' in credentials
        ? { name: externalSecrets.openSecretStore({ namespace, name: credentials.secret, keys: ACCESS_KEYS, keyRef: (key) => ({ name: credentials.secret, key }) }, namespace), key: credentials.secret }
        : { name: credentials.store, key: credentials.key };
    const file = [
      'type: S3',
      'config:',
      `  bucket: ${objectStore.bucket}`,
      `  endpoint: ${objectStore.endpoint}`,
      ...(objectStore.region ? [`  region: ${objectStore.region}`] : []),
      '  access_key: {{ .ACCESS_KEY_ID | quote }}',
      '  secret_key: {{ .ACCESS_SECRET_KEY | quote }}',
      '',
    ].join('\n');

    new ExternalSecret(this, 'secret', {
      metadata: { name: this.name, namespace },
      spec: {
        refreshPolicy: ExternalSecretSpecRefreshPolicy.PERIODIC,
        refreshInterval: '1h',
        secretStoreRef: { kind: ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name: store.name },
        target: { name: this.name, creationPolicy: ExternalSecretSpecTargetCreationPolicy.OWNER, template: targetTemplate({ [this.key]: file }, undefined, true) },
        data: ACCESS_KEYS.map((key) => ({ secretKey: key, remoteRef: { key: store.key, property: key } })),
      },
    });
  }
}
