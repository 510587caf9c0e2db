import { z } from 'zod';
import { exactImageTag, imageDigest, imageRepository, replicas } from '../../config/primitives';
import { moduleSettings } from '../../platform/module-settings';

/** The `kong` section of an environment file. */
export const KONG_SETTINGS = moduleSettings(
  'kong',
  z
    .strictObject({
      image: z
        .strictObject({
          repository: imageRepository.default('world-cereal/kong-oidc').describe('Gateway image repository in the private registry; the image carries the oidc plugin.'),
          tag: exactImageTag.describe('Gateway image tag (Kong 3.9 with the oidc plugin), an exact release.'),
          digest: imageDigest.optional(),
        })
        .describe('The in-house gateway image.'),
      controllerReplicas: replicas('Kong ingress controller replicas.', 2),
      proxyServiceType: z.enum(['LoadBalancer', 'NodePort']).default('LoadBalancer').describe('Service type exposing the gateway.'),
    })
    .describe('The Kong gateway (DB-less, gateway on every system node).'),
);
