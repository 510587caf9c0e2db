import { z } from 'zod';
import { replicas } from '../../config/primitives';
import { moduleSettings } from '../../platform/module-settings';

/** The `argocd` section of an environment file. */
export const ARGOCD_SETTINGS = moduleSettings(
  'argocd',
  z
    .strictObject({
      ha: z.boolean().default(true).describe('Run Argo CD highly available (redis-ha, replicated server and repo server).'),
      serverReplicas: replicas('Argo CD API server replicas.', 2),
      repoServerReplicas: replicas('Argo CD repo server replicas.', 2),
      applicationSetReplicas: replicas('ApplicationSet controller replicas.', 2),
    })
    .prefault({})
    .describe('Argo CD managing itself.'),
);
