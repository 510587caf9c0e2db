import { z } from 'zod';
import { hostWithPort, operatorSecretSource, quantity, replicas } from '../../config/primitives';
import { moduleSettings } from '../../platform/module-settings';
import { quantityValue } from '../../lib/quantity';

const DURATION_PATTERN = /^(\d+)(ms|s|m|h|d|w|y)$/;
/** A Prometheus duration such as 6h or 2m. */
const duration = z.string().regex(DURATION_PATTERN, { message: 'must be a Prometheus duration such as 30s, 2m, 6h or 15d' });

const HOUR = 3600 * 1000;
const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60 * 1000, h: HOUR, d: 24 * HOUR, w: 7 * 24 * HOUR, y: 365 * 24 * HOUR };
/** The milliseconds of a duration, or undefined when it is none (refused already, with its own message). */
const durationMs = (value: string) => {
  const match = DURATION_PATTERN.exec(value);
  return match ? Number(match[1]) * UNIT_MS[match[2]] : undefined;
};

/**
 * The shortest retention the compactor starts with, per resolution it downsamples from (0: for ever): it downsamples
 * raw blocks to 5 minutes after 40 hours, and 5-minute blocks to 1 hour after 10 days, and refuses to start when a
 * retention would delete blocks before that.
 */
const RETENTION_FLOORS = [
  { field: 'raw', floor: 40 * HOUR, text: '40h' },
  { field: 'fiveMinutes', floor: 10 * 24 * HOUR, text: '10d' },
] as const;

const bucketName = z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'must be an S3 bucket name (3 to 63 lower-case letters, digits, . and -)' });

/** The `monitoring` section of an environment file. */
export const MONITORING_SETTINGS = moduleSettings(
  'monitoring',
  z
    .strictObject({
      prometheus: z
        .strictObject({
          replicas: replicas('Prometheus replicas, each on its own system node.', 2),
          retention: duration.default('6h').describe('How long Prometheus keeps samples locally; Thanos keeps them longer.'),
          scrapeInterval: duration.default('2m').describe('Default scrape interval.'),
          storageSize: quantity.default('30Gi').describe('Volume size of each Prometheus replica.'),
          memoryRequest: quantity.default('4Gi').describe('Memory request of each Prometheus replica.'),
          memoryLimit: quantity.default('16Gi').describe('Memory limit of each Prometheus replica.'),
        })
        // Kubernetes refuses a pod whose request is above its limit: the pods would never be created.
        .refine((prometheus) => (quantityValue(prometheus.memoryRequest) as number) <= (quantityValue(prometheus.memoryLimit) as number), {
          path: ['memoryRequest'],
          message: 'must not be more than memoryLimit (Kubernetes refuses such a pod)',
        })
        .prefault({})
        .describe('Prometheus of kube-prometheus-stack.'),
      alertmanagerReplicas: replicas('Alertmanager replicas, each on its own system node.', 2),
      grafanaReplicas: replicas('Grafana replicas (unified alerting in HA between them).', 2),
      thanos: z
        .strictObject({
          objectStore: z
            .strictObject({
              bucket: bucketName.describe('Bucket receiving the Prometheus blocks.'),
              endpoint: hostWithPort.describe('S3 endpoint as Thanos takes it: host[:port], no scheme.'),
              region: z.string().regex(/^[a-z0-9-]{1,32}$/, { message: 'must be a region such as eu-central-1' }).optional().describe('S3 region, where the store needs one.'),
              credentials: operatorSecretSource('monitoring', ['ACCESS_KEY_ID', 'ACCESS_SECRET_KEY']).describe('Where the access key comes from: {secret} or {store, key}.'),
            })
            .describe('S3-compatible object storage of the Prometheus blocks; objstore.yml is built from it in the cluster.'),
          queryReplicas: replicas('Thanos query replicas.', 2),
          storeGatewayReplicas: replicas('Thanos store gateway replicas.', 2),
          storeGatewayStorageSize: quantity.default('10Gi').describe('Index cache volume of each store gateway.'),
          compactorStorageSize: quantity.default('100Gi').describe('Work volume of the compactor (a single instance).'),
          retention: z
            .strictObject({
              raw: duration.default('30d').describe('Raw samples.'),
              fiveMinutes: duration.default('30d').describe('Samples downsampled to 5 minutes.'),
              oneHour: duration.default('10y').describe('Samples downsampled to 1 hour.'),
            })
            .superRefine((retention, ctx) => {
              for (const { field, floor, text } of RETENTION_FLOORS) {
                const kept = durationMs(retention[field]);
                if (kept !== undefined && kept !== 0 && kept < floor) {
                  ctx.addIssue({ code: 'custom', path: [field], message: `must be 0d (for ever) or at least ${text}: the compactor downsamples these blocks after ${text}, and does not start with a shorter retention` });
                }
              }
            })
            .prefault({})
            .describe("How long the compactor keeps blocks in the bucket, per resolution (0d: for ever); the defaults are the original deployment's (its Thanos chart's)."),
        })
        .describe('Thanos: sidecar upload, query, store gateway and compactor.'),
    })
    .describe('Prometheus, Alertmanager, Grafana (SSO, database in postgres) and Thanos in namespace monitoring.'),
);
