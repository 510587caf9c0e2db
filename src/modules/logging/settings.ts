import { z } from 'zod';
import { cidr, quantity, replicas, uniqueList } from '../../config/primitives';
import { moduleSettings } from '../../platform/module-settings';

const HEAP = { error: 'must be a whole number of GiB from 1 to 64' };

/** The private address ranges, where a cluster's pod network lives (100.64.0.0/10: shared address space some CNIs use). */
const PRIVATE_NETWORKS = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'];
const heapGiB = (description: string, fallback: number) => z.number(HEAP).int(HEAP).min(1, HEAP).max(64, HEAP).default(fallback).describe(description);

/** The `logging` section of an environment file. */
export const LOGGING_SETTINGS = moduleSettings(
  'logging',
  z
    .strictObject({
      graylog: z
        .strictObject({
          replicas: replicas('Graylog servers, each on its own system node.', 3),
          heapGiB: heapGiB('Java heap of each Graylog server, in GiB (the pod requests 2 GiB more, and may use 4 GiB more).', 16),
          journalSize: quantity.default('30Gi').describe('Message journal volume of each Graylog server.'),
          trustedProxies: uniqueList(cidr.refine((network) => !network.endsWith('/0'), { message: 'would take the user header from any address; name the pod network' }))
            .min(1, { message: 'must name the pod network: without it Graylog ignores the user header Kong sends' })
            .default(PRIVATE_NETWORKS)
            .describe(
              "Networks Graylog takes the signed-in user's header (X-Username) from (its trusted_proxies): the pod network Kong's pods are in. The default is the private address ranges; a NetworkPolicy lets only Kong, the configuration Job and the logging namespace's own pods reach Graylog's HTTP port.",
            ),
        })
        .prefault({})
        .describe('Graylog servers.'),
      dataNode: z
        .strictObject({
          replicas: replicas('Graylog Data Nodes (the search backend), each on its own system node; indices get one replica when there are two or more.', 3),
          heapGiB: heapGiB('OpenSearch heap of each Data Node, in GiB (the pod requests twice as much memory).', 4),
          storageSize: quantity.default('100Gi').describe('Index volume of each Data Node.'),
        })
        .prefault({})
        .describe('Graylog Data Nodes.'),
      mongodb: z
        .strictObject({
          // A primary needs the votes of a majority: a fourth member adds no failure the set survives, a second
          // makes one member's loss stop all writes.
          members: replicas('MongoDB replica set members, each on its own system node: an odd number (1, 3, 5, ...), so a majority survives a lost member.', 3).refine((members) => members % 2 === 1, {
            message: 'must be odd (1, 3, 5, ...): a replica set elects its primary by majority, so an even number survives no more failures than one member fewer, and 2 stop all writes when one is lost',
          }),
          storageSize: quantity.default('10Gi').describe('Data volume of each member.'),
        })
        .prefault({})
        .describe("Graylog's MongoDB (MongoDBCommunity through the MCK operator)."),
    })
    .prefault({})
    .describe('Graylog with Data Node and MongoDB, Fluent Bit on every node, Graylog configured as code, in namespace logging.'),
);
