import { z } from 'zod';
import { labelKey, labelValue, replicas } from '../../config/primitives';
import { moduleSettings } from '../../platform/module-settings';

/** The `argoWorkflows` section of an environment file. */
export const ARGO_WORKFLOWS_SETTINGS = moduleSettings(
  'argoWorkflows',
  z
    .strictObject({
      controllerReplicas: replicas('Workflow controller replicas (leader-elected), each on its own system node.', 2),
      serverReplicas: replicas('Argo server replicas, each on its own system node.', 2),
      processingNodes: z
        .strictObject({
          labelKey: labelKey.describe('Label of the processing node group.'),
          labelValue: labelValue.describe('Its value.'),
          taint: z
            .strictObject({
              key: labelKey.describe('Taint key.'),
              value: labelValue.optional().describe('Taint value, if the taint has one.'),
              effect: z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute']).describe('Taint effect.'),
            })
            .optional()
            .describe('The taint keeping other pods off the processing nodes, which workflow pods tolerate.'),
        })
        .describe('Where workflow pods run by default: the processing node group, not the system nodes.'),
    })
    .describe('Argo Workflows (the preprocessing workflows) in namespace argo.'),
);
