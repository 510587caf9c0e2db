import { z } from 'zod';
import { replicas } from '../../config/primitives';
import { moduleSettings } from '../../platform/module-settings';

/** The `certManager` section of an environment file. */
export const CERT_MANAGER_SETTINGS = moduleSettings(
  'certManager',
  z
    .strictObject({
      controllerReplicas: replicas('cert-manager controller replicas (leader-elected).', 2),
      webhookReplicas: replicas('cert-manager webhook replicas.', 3),
      cainjectorReplicas: replicas('cert-manager cainjector replicas (leader-elected).', 2),
    })
    .prefault({})
    .describe('cert-manager sizes.'),
);
