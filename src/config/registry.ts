import { z } from 'zod';
import { dnsLabel, objectName, registryHost, secretStoreKey, uniqueList } from './primitives';

/** Namespaces of the original deployment that pull private images (FACTS: pull secret `aws-registry`). */
export const PULLING_NAMESPACES = ['kong', 'keycloak', 'logging', 'monitoring', 'vdm', 'rdm', 'wctiler'];

const ecrPullSecret = z
  .strictObject({
    provider: z.literal('ecr'),
    region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, { message: 'must be an AWS region such as eu-central-1' }).describe('AWS region of the registry.'),
    credentialsSecret: objectName
      .default('ecr-credentials')
      .describe('Secret in namespace external-secrets with keys `access-key-id` and `secret-access-key` of an IAM user allowed ecr:GetAuthorizationToken. Created once by an operator; never in git.'),
  })
  .describe('Short-lived ECR tokens from the ECRAuthorizationToken generator, refreshed before they expire.');

const storedPullSecret = z
  .strictObject({
    provider: z.literal('dockerconfigjson'),
    store: objectName.describe('ClusterSecretStore (configured by an operator) holding the registry credentials.'),
    key: secretStoreKey.describe('Key of the remote secret.'),
    property: secretStoreKey.default('.dockerconfigjson').describe('Property of the remote secret holding the docker config JSON.'),
  })
  .describe('A docker config JSON kept in an external secret store.');

export const registrySchema = z
  .strictObject({
    host: registryHost.describe('Private image registry holding the in-house images.'),
    pullSecret: z
      .discriminatedUnion('provider', [ecrPullSecret, storedPullSecret], { message: 'provider must be "ecr" or "dockerconfigjson"' })
      .optional()
      .describe('Where the credentials of the private registry come from; without it, no pull secret is rendered.'),
    pullSecretName: objectName.default('aws-registry').describe('Name of the image pull secret in each namespace that pulls private images.'),
    pullSecretNamespaces: uniqueList(dnsLabel)
      .optional()
      .describe(`Namespaces that pull private images and get the pull secret. Default: those of ${PULLING_NAMESPACES.join(', ')} that the environment's modules deploy to.`),
  })
  .describe('Container image registry.');
export type RegistryConfig = z.output<typeof registrySchema>;
