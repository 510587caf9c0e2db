import { z } from 'zod';
import { exactImageTag, imageDigest, imageRepository, operatorSecretSource, replicas } from '../../config/primitives';
import { moduleSettings } from '../../platform/module-settings';

const image = (description: string) =>
  z
    .strictObject({
      repository: imageRepository.describe('Image repository, with its registry (docker.io/library/nginx, not nginx).'),
      tag: exactImageTag.describe('Exact tag of a release (not latest, not a moving minor tag).'),
      digest: imageDigest.optional(),
    })
    .describe(description);

/** The keys of the PostGIS connection wherever it comes from. */
export const POSTGIS_KEYS = ['host', 'port', 'dbname', 'user', 'password'] as const;

/** The `wctiler` section of an environment file. */
export const WCTILER_SETTINGS = moduleSettings(
  'wctiler',
  z
    .strictObject({
      images: z
        .strictObject({
          mapproxy: image('Image with MapProxy and uWSGI (repository with its registry, exact tag).'),
          mapserver: image('Image with MapServer served over HTTP on port 80.'),
          nginx: image('nginx image of the sidecar in front of MapProxy.'),
        })
        .describe('Images of WCTiler, pinned to exact tags.'),
      postgis: operatorSecretSource('wctiler', [...POSTGIS_KEYS]).describe('The PostGIS database holding the tiles table: {secret} or {store, key}.'),
      mapproxyReplicas: replicas('MapProxy replicas (replaced, not rolled, on update: the Deployment strategy is Recreate).', 1),
      mapserverReplicas: replicas('MapServer replicas.', 2),
    })
    .describe('WCTiler: MapProxy (WMS and TMS) in front of MapServer reading the tile status from PostGIS, in namespace wctiler.'),
);
