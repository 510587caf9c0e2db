/**
 * The Graylog configuration the platform wants, as plain JSON-serializable data.
 *
 * The configuration Job mounts it as a JSON file and `reconciler.js` applies it through the Graylog REST API on every
 * Argo CD sync. The reconciler is plain JavaScript (it runs as is in a `node` image), so it repeats these shapes in
 * JSDoc: change both together.
 */

/** HTTP-header authentication: Kong authenticates users through Keycloak and names them in a trusted header. */
export interface GraylogHeaderAuthentication {
  readonly enabled: boolean;
  /** The request header carrying the name of the authenticated user. */
  readonly usernameHeader: string;
}

/** A local Graylog user; its password is not part of the description but comes from the environment of the Job. */
export interface GraylogUser {
  readonly username: string;
  /** Graylog requires a first and last name and an e-mail address for local users. */
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  /** Role names as Graylog shows them (`Admin`, `Reader`, ...). */
  readonly roles: readonly string[];
}

/** A global input, started on every Graylog node. */
export interface GraylogInput {
  /** Unique among inputs: the reconciler finds an input by its title. */
  readonly title: string;
  /** The Graylog input class, e.g. `org.graylog2.inputs.syslog.udp.SyslogUDPInput`. */
  readonly type: string;
  /** The input's configuration, keyed as Graylog keys it for this input type. */
  readonly configuration: Readonly<Record<string, string | number | boolean>>;
  /** Fields added to every message the input receives; streams route on them. */
  readonly staticFields: Readonly<Record<string, string>>;
}

/** Rotation of the active index once it reaches a size. */
export interface GraylogSizeRotation {
  readonly strategy: 'size';
  readonly maxSizeBytes: number;
}

/** Retention that deletes the oldest indices beyond a count. */
export interface GraylogDeletionRetention {
  readonly strategy: 'delete';
  readonly maxIndices: number;
}

/** An index set: where the messages of the streams that name it are stored. */
export interface GraylogIndexSet {
  /** Unique among index sets and immutable in Graylog: the reconciler finds an index set by its prefix. */
  readonly indexPrefix: string;
  readonly title: string;
  readonly description: string;
  readonly shards: number;
  readonly replicas: number;
  readonly rotation: GraylogSizeRotation;
  readonly retention: GraylogDeletionRetention;
  /** Whether messages that no stream claims are stored here. At most one index set is the default. */
  readonly default: boolean;
}

/** How a stream rule compares the field with the value (Graylog's rule types). */
export type GraylogStreamRuleType = 'exact' | 'regex' | 'greater' | 'smaller' | 'presence' | 'contains';

/** A condition a message must meet to be routed into a stream. */
export interface GraylogStreamRule {
  readonly field: string;
  readonly type: GraylogStreamRuleType;
  readonly value: string;
  /** Whether the rule matches when the condition is not met. */
  readonly inverted: boolean;
}

/** A stream: routes the messages its rules match into an index set. */
export interface GraylogStream {
  /** Unique among streams: the reconciler finds a stream by its title. */
  readonly title: string;
  readonly description: string;
  /** The prefix of the index set the stream writes to. */
  readonly indexSetPrefix: string;
  /** `AND`: a message must match every rule; `OR`: any rule. */
  readonly matchingType: 'AND' | 'OR';
  readonly rules: readonly GraylogStreamRule[];
  /** Whether matched messages leave the default stream, so they are stored once, in this stream's index set. */
  readonly removeMatchesFromDefaultStream: boolean;
  /** Whether the stream routes messages; Graylog creates streams paused. */
  readonly started: boolean;
}

/** Everything the reconciler makes Graylog match. */
export interface GraylogDescription {
  readonly headerAuthentication: GraylogHeaderAuthentication;
  /** The user the gateway names in the authentication header. */
  readonly operator: GraylogUser;
  readonly inputs: readonly GraylogInput[];
  readonly indexSets: readonly GraylogIndexSet[];
  readonly streams: readonly GraylogStream[];
}

/** The header Kong's request-transformer sets and Graylog trusts to name the user. */
export const GRAYLOG_USERNAME_HEADER = 'X-Username';

/** The Graylog user every SSO-authenticated request acts as. */
export const GRAYLOG_OPERATOR_USERNAME = 'operator';

/** The static field the inputs stamp on messages, so streams can route by origin. */
const GRAYLOG_INPUT_SOURCE_FIELD = 'input_src';

const SYSLOG_UDP_INPUT_TYPE = 'org.graylog2.inputs.syslog.udp.SyslogUDPInput';

const GIB = 1024 ** 3;

/** A global syslog UDP input whose messages carry `input_src = source`. */
function syslogUdpInput(title: string, port: number, source: string, workerThreads: number): GraylogInput {
  return {
    title,
    type: SYSLOG_UDP_INPUT_TYPE,
    configuration: {
      bind_address: '0.0.0.0',
      port,
      // 2.5 MiB: Fluent Bit sends in bursts; the kernel's default UDP buffer drops datagrams under load.
      recv_buffer_size: 2621440,
      number_worker_threads: workerThreads,
      // Fluent Bit stamps the time the line was logged; keep it rather than the time of reception.
      allow_override_date: true,
    },
    staticFields: { [GRAYLOG_INPUT_SOURCE_FIELD]: source },
  };
}

/** A stream matching `input_src` against any of `sources`, stored in the index set `indexSetPrefix`. */
function streamOfSources(title: string, description: string, indexSetPrefix: string, sources: readonly string[]): GraylogStream {
  return {
    title,
    description,
    indexSetPrefix,
    matchingType: sources.length > 1 ? 'OR' : 'AND',
    rules: sources.map((source) => ({ field: GRAYLOG_INPUT_SOURCE_FIELD, type: 'exact', value: source, inverted: false })),
    // Each message is stored once, in the index set of its stream, with that set's retention.
    removeMatchesFromDefaultStream: true,
    started: true,
  };
}

/**
 * The Graylog configuration of the original WorldCereal deployment (FACTS.md, Logging). `indexReplicas` is the
 * replica count of each index: the original's 1 needs at least two Data Nodes.
 */
export function worldCerealGraylogDescription(indexReplicas = 1): GraylogDescription {
  return {
    headerAuthentication: { enabled: true, usernameHeader: GRAYLOG_USERNAME_HEADER },
    operator: {
      username: GRAYLOG_OPERATOR_USERNAME,
      firstName: 'Platform',
      lastName: 'Operator',
      email: 'operator@graylog.invalid',
      roles: ['Admin'],
    },
    // Fluent Bit sends node logs, pod logs and processing logs to separate ports, so each gets its own source tag.
    inputs: [
      syslogUdpInput('System Logs (Nodes)', 30514, 'system-hosts', 4),
      syslogUdpInput('System Logs (Pods)', 31514, 'system-k8s', 4),
      // Processing pods log the most: twice the workers.
      syslogUdpInput('Processing Logs', 32514, 'ewoc', 8),
    ],
    indexSets: [
      {
        indexPrefix: 'system',
        title: 'system',
        description: 'Logs of the Kubernetes nodes and pods, and messages no other stream claims',
        shards: 3,
        replicas: indexReplicas,
        rotation: { strategy: 'size', maxSizeBytes: 1 * GIB },
        retention: { strategy: 'delete', maxIndices: 10 },
        default: true,
      },
      {
        indexPrefix: 'ewoc',
        title: 'ewoc',
        description: 'Logs of the EWoC processing',
        shards: 3,
        replicas: indexReplicas,
        // Processing logs are far more voluminous: larger indices, the same count kept.
        rotation: { strategy: 'size', maxSizeBytes: 10 * GIB },
        retention: { strategy: 'delete', maxIndices: 10 },
        default: false,
      },
    ],
    streams: [
      streamOfSources('System Logs', 'Logs of the Kubernetes nodes and pods', 'system', ['system-k8s', 'system-hosts']),
      streamOfSources('Processing Logs', 'Logs of the EWoC processing', 'ewoc', ['ewoc']),
    ],
  };
}
