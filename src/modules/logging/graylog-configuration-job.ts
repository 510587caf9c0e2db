import * as fs from 'node:fs';
import * as path from 'node:path';
import { k8s } from 'cdk8s-plus-26';
import { Construct } from 'constructs';
import { PostSyncJob } from '../../lib/post-sync-job';
import { fromSecretKey, SecretKeyRef } from '../../lib/secret-source';
import type { Placement } from '../../platform/placement';
import { PlatformError } from '../../platform/errors';
import { PlatformModule } from '../../platform/module';
import type { GraylogDescription } from './graylog/graylog-description';
import { checkDescription } from './graylog/reconciler';

/** The image the reconciler runs in: plain Node.js, which is all reconciler.js needs. */
const RECONCILER_IMAGE = 'docker.io/library/node:22.12.0-alpine3.20';
/** The reconciler, read from its file: the very code the tests run against the fake Graylog. */
const RECONCILER_FILE = path.join(__dirname, 'graylog', 'reconciler.js');
const MOUNT = '/etc/graylog-reconciler';

export interface GraylogConfigurationJobProps {
  readonly namespace: string;
  readonly name: string;
  /** The Graylog REST API base URL. */
  readonly apiUrl: string;
  readonly description: GraylogDescription;
  readonly adminUsername: string;
  readonly adminPassword: SecretKeyRef;
  readonly operatorPassword: SecretKeyRef;
  readonly placement: Placement;
}

/**
 * Graylog configured as code: the description and the reconciler in a ConfigMap, and a Job that runs the reconciler
 * after every sync of the module (an Argo CD PostSync hook, replaced each time), waiting for Graylog when it is not
 * ready yet. Its logs say what it created or corrected; a failed run fails the sync with the API's answer.
 */
export class GraylogConfigurationJob extends Construct {
  /** Labels of the Job's pods. */
  readonly podLabels: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: GraylogConfigurationJobProps) {
    super(scope, id);
    const { namespace, name } = props;
    // Checked here by the reconciler's own check, so a description it would refuse fails the synth, not the sync.
    // (Its JSDoc shapes are mutable; it only reads.)
    try {
      checkDescription(props.description as Parameters<typeof checkDescription>[0]);
    } catch (error) {
      throw new PlatformError(`module "${PlatformModule.of(this).id}": the Graylog description is refused: ${(error as Error).message}`);
    }
    new k8s.KubeConfigMap(this, 'files', {
      metadata: { name, namespace },
      data: {
        'reconciler.js': fs.readFileSync(RECONCILER_FILE, 'utf8'),
        'description.json': `${JSON.stringify(props.description, null, 2)}\n`,
      },
    });
    const job = new PostSyncJob(this, 'job', {
      namespace,
      name,
      placement: props.placement,
      user: 1000,
      backoffLimit: 2,
      // The reconciler waits up to five minutes for Graylog.
      activeDeadlineSeconds: 900,
      container: {
        name: 'reconciler',
        image: RECONCILER_IMAGE,
        command: ['node', `${MOUNT}/reconciler.js`],
        env: [
          { name: 'GRAYLOG_API_URL', value: props.apiUrl },
          { name: 'GRAYLOG_ADMIN_USERNAME', value: props.adminUsername },
          { name: 'GRAYLOG_ADMIN_PASSWORD', valueFrom: fromSecretKey(props.adminPassword) },
          { name: 'GRAYLOG_OPERATOR_PASSWORD', valueFrom: fromSecretKey(props.operatorPassword) },
          { name: 'GRAYLOG_DESCRIPTION_FILE', value: `${MOUNT}/description.json` },
        ],
        resources: { requests: { cpu: k8s.Quantity.fromString('50m'), memory: k8s.Quantity.fromString('64Mi') }, limits: { memory: k8s.Quantity.fromString('128Mi') } },
        volumeMounts: [{ name: 'files', mountPath: MOUNT, readOnly: true }],
      },
      volumes: [{ name: 'files', configMap: { name } }],
    });
    this.podLabels = job.podLabels;
  }
}
