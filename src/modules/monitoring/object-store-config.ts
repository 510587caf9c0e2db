import type { Construct } from 'constructs';
import type { z } from 'zod';
import { TemplatedSecret } from '../../lib/templated-secret';
import type { MONITORING_SETTINGS } from './settings';

type ObjectStore = z.output<typeof MONITORING_SETTINGS.schema>['thanos']['objectStore'];

/** The keys of the access key wherever it comes from (the convention the postgres backups use too). */
const ACCESS_KEYS = ['ACCESS_KEY_ID', 'ACCESS_SECRET_KEY'] as const;

/** The key of the Secret holding the file. */
export const OBJSTORE_KEY = 'objstore.yml';

/**
 * Thanos' `objstore.yml`, built in the cluster from the access key an operator provides; git holds the bucket and
 * endpoint only.
 */
export function objectStoreConfig(scope: Construct, id: string, props: { namespace: string; name: string; objectStore: ObjectStore }): TemplatedSecret {
  const { objectStore } = props;
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
  return new TemplatedSecret(scope, id, { namespace: props.namespace, name: props.name, source: objectStore.credentials, sourceKeys: ACCESS_KEYS, template: { [OBJSTORE_KEY]: file }, keep: true });
}
