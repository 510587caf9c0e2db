import { z } from 'zod';
import { replicas } from '../../config/primitives';
import { moduleSettings } from '../../platform/module-settings';

/** The `externalSecrets` section of an environment file. */
export const EXTERNAL_SECRETS_SETTINGS = moduleSettings(
  'externalSecrets',
  z
    .strictObject({
      controllerReplicas: replicas('External Secrets controller replicas (leader-elected).', 2),
      webhookReplicas: replicas('External Secrets webhook replicas.', 2),
      certControllerReplicas: replicas('External Secrets certificate controller replicas (leader-elected).', 2),
    })
    .prefault({})
    .describe('External Secrets Operator sizes.'),
);
