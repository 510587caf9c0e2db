import { Construct } from 'constructs';
import {
  ExternalSecret,
  ExternalSecretSpecDataFromSourceRefGeneratorRefKind,
  ExternalSecretSpecRefreshPolicy,
  ExternalSecretSpecSecretStoreRefKind,
  ExternalSecretSpec,
} from '../../../imports/eso-external-secrets.io';
import { ClusterGenerator, ClusterGeneratorSpecKind } from '../../../imports/eso-generators.external-secrets.io';
import type { RegistryConfig } from '../../config/registry';
import { targetTemplate } from '../../lib/secret-source';

const DOCKER_CONFIG_JSON = 'kubernetes.io/dockerconfigjson';

export interface RegistryPullSecretsProps {
  /** The registry settings, with `pullSecret` set. */
  readonly registry: RegistryConfig & { readonly pullSecret: NonNullable<RegistryConfig['pullSecret']> };
  /** Namespaces that get the pull secret. */
  readonly namespaces: readonly string[];
  /** Namespace of the External Secrets Operator (where ECR credentials are). */
  readonly operatorNamespace: string;
}

/**
 * The image pull secret of the private registry in every namespace that pulls from it. From AWS ECR, a cluster-wide
 * ECRAuthorizationToken generator mints tokens (valid 12 h, refreshed every 6 h); from another registry, the docker
 * config JSON comes from an external store an operator configured.
 */
export class RegistryPullSecrets extends Construct {
  constructor(scope: Construct, id: string, props: RegistryPullSecretsProps) {
    super(scope, id);
    const { registry } = props;
    const { pullSecret } = registry;
    const server = registry.host.split('/')[0];
    const generator = 'registry-token';

    if (pullSecret.provider === 'ecr') {
      const credential = (key: string) => ({ name: pullSecret.credentialsSecret, key, namespace: props.operatorNamespace });
      new ClusterGenerator(this, 'ecr', {
        metadata: { name: generator },
        spec: {
          kind: ClusterGeneratorSpecKind.ECR_AUTHORIZATION_TOKEN,
          generator: {
            ecrAuthorizationTokenSpec: {
              region: pullSecret.region,
              auth: { secretRef: { accessKeyIdSecretRef: credential('access-key-id'), secretAccessKeySecretRef: credential('secret-access-key') } },
            },
          },
        },
      });
    }

    const name = registry.pullSecretName;
    const spec = pullSecret.provider === 'ecr' ? fromEcr(name, generator, server) : fromStore(name, pullSecret);
    for (const namespace of props.namespaces) {
      new ExternalSecret(this, namespace, { metadata: { name, namespace }, spec });
    }
  }
}

/** A docker config for `server` built from the token the cluster generator mints (valid 12 h, refreshed every 6 h). */
function fromEcr(name: string, generator: string, server: string): ExternalSecretSpec {
  return {
    refreshPolicy: ExternalSecretSpecRefreshPolicy.PERIODIC,
    refreshInterval: '6h',
    dataFrom: [{ sourceRef: { generatorRef: { apiVersion: 'generators.external-secrets.io/v1alpha1', kind: ExternalSecretSpecDataFromSourceRefGeneratorRefKind.CLUSTER_GENERATOR, name: generator } } }],
    target: {
      name,
      template: targetTemplate({ '.dockerconfigjson': `{"auths":{"${server}":{"auth":"{{ printf "%s:%s" .username .password | b64enc }}"}}}` }, DOCKER_CONFIG_JSON, true),
    },
  };
}

/** The docker config as an operator stored it. */
function fromStore(name: string, pullSecret: { readonly store: string; readonly key: string; readonly property: string }): ExternalSecretSpec {
  return {
    refreshPolicy: ExternalSecretSpecRefreshPolicy.PERIODIC,
    refreshInterval: '1h',
    secretStoreRef: { kind: ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name: pullSecret.store },
    data: [{ secretKey: '.dockerconfigjson', remoteRef: { key: pullSecret.key, property: pullSecret.property } }],
    target: { name, template: targetTemplate(undefined, DOCKER_CONFIG_JSON) },
  };
}
