import { Lazy } from 'cdk8s';
import { k8s } from 'cdk8s-plus-26';
import { Construct } from 'constructs';
import { PostSyncJob } from '../../lib/post-sync-job';
import { fromSecretKey, SecretKeyRef } from '../../lib/secret-source';
import type { Placement } from '../../platform/placement';
import type { RealmDescription } from './realm-description';

/**
 * keycloak-config-cli, the build for the Keycloak 26.0 server the operator runs. 6.5.0 is the first release that
 * records the groups it creates, so it never deletes a group made by hand.
 */
const KEYCLOAK_CONFIG_CLI_IMAGE = 'docker.io/adorsys/keycloak-config-cli:6.5.0-26.0.5';
const CONFIG_MOUNT = '/config';

export interface RealmSyncJobProps {
  readonly namespace: string;
  /** Name of the ConfigMap holding the realm and of the Job. */
  readonly name: string;
  readonly description: RealmDescription;
  /** Keycloak's URL inside the cluster. */
  readonly keycloakUrl: string;
  /** The admin Keycloak bootstraps, with keys `username` and `password`. */
  readonly adminSecret: string;
  /** Where each confidential client's secret is read from, by the variable the description names. */
  readonly clientSecrets: (clientId: string) => SecretKeyRef;
  readonly placement: Placement;
}

/**
 * The realm kept as described, on every sync of the module: the description in a ConfigMap, its client secrets as
 * `$(env:…)` references, and keycloak-config-cli run as a PostSync Job (replaced each sync) that creates the realm
 * when it is missing and otherwise brings it to the description. It records what it creates in the realm, and
 * deletes only those of its own objects the description no longer has: users, and anything made by hand, stay.
 */
export class RealmSyncJob extends Construct {
  /** Labels of the Job's pods. */
  readonly podLabels: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: RealmSyncJobProps) {
    super(scope, id);
    const { namespace, name, description } = props;
    const file = `${description.settings.name}.json`;
    new k8s.KubeConfigMap(this, 'realm', {
      metadata: { name, namespace },
      data: {
        [file]: Lazy.any({ produce: () => `${JSON.stringify(description.representation((variable) => `$(env:${variable})`), null, 2)}\n` }) as unknown as string,
      },
    });
    const clientSecretEnv = (): k8s.EnvVar[] =>
      description.secretVariables().map(({ clientId, variable }) => ({ name: variable, valueFrom: fromSecretKey(props.clientSecrets(clientId)) }));
    const admin = (key: string) => fromSecretKey({ name: props.adminSecret, key });

    const job = new PostSyncJob(this, 'job', {
      namespace,
      name,
      placement: props.placement,
      // The image's own user.
      user: 65534,
      backoffLimit: 3,
      // keycloak-config-cli waits up to ten minutes for Keycloak.
      activeDeadlineSeconds: 1800,
      container: {
        name: 'keycloak-config-cli',
        image: KEYCLOAK_CONFIG_CLI_IMAGE,
        // Rendered once every module has registered its clients.
        env: Lazy.any({
          produce: (): k8s.EnvVar[] => [
            { name: 'KEYCLOAK_URL', value: props.keycloakUrl },
            { name: 'KEYCLOAK_USER', valueFrom: admin('username') },
            { name: 'KEYCLOAK_PASSWORD', valueFrom: admin('password') },
            { name: 'KEYCLOAK_AVAILABILITYCHECK_ENABLED', value: 'true' },
            { name: 'KEYCLOAK_AVAILABILITYCHECK_TIMEOUT', value: '600s' },
            { name: 'IMPORT_FILES_LOCATIONS', value: `file:${CONFIG_MOUNT}/${file}` },
            { name: 'IMPORT_VARSUBSTITUTION_ENABLED', value: 'true' },
            // Only what this tool created may be deleted when the description drops it.
            { name: 'IMPORT_REMOTESTATE_ENABLED', value: 'true' },
            // Import even when the file is unchanged: a client secret may have changed, or a hand edit be undone.
            { name: 'IMPORT_CACHE_ENABLED', value: 'false' },
            ...clientSecretEnv(),
          ],
        }) as unknown as k8s.EnvVar[],
        resources: { requests: { cpu: k8s.Quantity.fromString('100m'), memory: k8s.Quantity.fromString('384Mi') }, limits: { memory: k8s.Quantity.fromString('512Mi') } },
        volumeMounts: [
          { name: 'realm', mountPath: CONFIG_MOUNT, readOnly: true },
          // The JVM writes its temporary files here.
          { name: 'tmp', mountPath: '/tmp' },
        ],
      },
      volumes: [
        { name: 'realm', configMap: { name } },
        { name: 'tmp', emptyDir: { sizeLimit: k8s.Quantity.fromString('64Mi') } },
      ],
    });
    this.podLabels = job.podLabels;
  }
}
