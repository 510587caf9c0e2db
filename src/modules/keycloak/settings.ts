import { z } from 'zod';
import { replicas } from '../../config/primitives';
import { moduleSettings } from '../../platform/module-settings';

/** The `keycloak` section of an environment file. */
export const KEYCLOAK_SETTINGS = moduleSettings(
  'keycloak',
  z
    .strictObject({
      instances: replicas('Keycloak instances.', 3),
    })
    .prefault({})
    .describe('Keycloak single sign-on.'),
);
