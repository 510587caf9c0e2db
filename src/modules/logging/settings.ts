import { z } from 'zod';
import { quantity, replicas } from '../../config/primitives';
import { moduleSettings } from '../../platform/module-settings';

const HEAP = { error: 'must be a whole number of GiB from 1 to 64' };
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
          members: replicas('MongoDB replica set members, each on its own system node.', 3),
          storageSize: quantity.default('10Gi').describe('Data volume of each member.'),
        })
        .prefault({})
        .describe("Graylog's MongoDB (MongoDBCommunity through the MCK operator)."),
    })
    .prefault({})
    .describe('Graylog with Data Node and MongoDB, Fluent Bit on every node, Graylog configured as code, in namespace logging.'),
);
