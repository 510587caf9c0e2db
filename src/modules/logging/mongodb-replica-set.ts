import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { KEEP_DATA, SYNC_OPTIONS_ANNOTATION } from '../../gitops/conventions';
import type { SecretKeyRef } from '../../lib/secret-source';
import type { Placement } from '../../platform/placement';

/** The MongoDB server version the operator runs (its community image `mongodb-community-server:<version>-ubi8`). */
const MONGODB_VERSION = '7.0.25';
const PORT = 27017;

export interface MongoDbReplicaSetProps {
  readonly name: string;
  readonly namespace: string;
  readonly members: number;
  readonly storageSize: string;
  readonly storageClass: string;
  readonly placement: Placement;
  /** The one user: its name is also its database, where it may read, write and manage indices. */
  readonly user: string;
  readonly password: SecretKeyRef;
}

/**
 * A MongoDB replica set run by the MCK operator (MongoDBCommunity): SCRAM authentication, one user owning its
 * database with a password from a Secret generated in the cluster, members on system nodes one per node (required),
 * and the resource kept when removed from git (its volumes hold Graylog's configuration).
 */
export class MongoDbReplicaSet extends Construct {
  /** Labels of the members' pods. */
  readonly memberLabels: Readonly<Record<string, string>>;
  /** The port the members serve on. */
  readonly port = PORT;
  private readonly hosts: string[];

  constructor(scope: Construct, id: string, private readonly props: MongoDbReplicaSetProps) {
    super(scope, id);
    const { name, namespace } = props;
    // The operator labels the members with the name of their headless Service.
    const service = `${name}-svc`;
    this.memberLabels = { app: service };
    new ApiObject(this, 'replica-set', {
      apiVersion: 'mongodbcommunity.mongodb.com/v1',
      kind: 'MongoDBCommunity',
      metadata: { name, namespace, annotations: { [SYNC_OPTIONS_ANNOTATION]: KEEP_DATA } },
      spec: {
        type: 'ReplicaSet',
        members: props.members,
        version: MONGODB_VERSION,
        security: { authentication: { modes: ['SCRAM'] } },
        users: [
          {
            name: props.user,
            db: props.user,
            passwordSecretRef: { name: props.password.name, key: props.password.key },
            roles: [
              { name: 'readWrite', db: props.user },
              { name: 'dbAdmin', db: props.user },
            ],
            scramCredentialsSecretName: `${name}-${props.user}-scram`,
          },
        ],
        statefulSet: {
          spec: {
            template: {
              spec: {
                nodeSelector: props.placement.nodeSelector(),
                affinity: props.placement.onePerNode({ app: service }),
              },
            },
            volumeClaimTemplates: [
              { metadata: { name: 'data-volume' }, spec: { storageClassName: props.storageClass, resources: { requests: { storage: props.storageSize } } } },
            ],
          },
        },
      },
    });
    this.hosts = Array.from({ length: props.members }, (_, index) => `${name}-${index}.${service}.${namespace}.svc.cluster.local:${PORT}`);
  }

  /** The connection URI of the user, with `password` (an External Secrets template expression) as its password. */
  connectionUri(password: string): string {
    return `mongodb://${this.props.user}:${password}@${this.hosts.join(',')}/${this.props.user}?replicaSet=${this.props.name}`;
  }
}
