import * as YAML from 'yaml';
import type { TileLayer } from './worldcereal-layer';

export interface MapproxyConfigProps {
  readonly layer: TileLayer;
  /** MapServer's WMS endpoint. */
  readonly wmsUrl: string;
  /** Where tiles are cached (an emptyDir: the cache is rebuilt from MapServer after a restart). */
  readonly cacheDir: string;
}

/** The grids MapProxy serves each EPSG code as (its built-in grids). */
const GRIDS: Record<number, string> = { 3857: 'GLOBAL_WEBMERCATOR', 4326: 'GLOBAL_GEODETIC' };

/** `mapproxy.yaml`: the layer over WMS and TMS, cached in the served grids, from MapServer's WMS. */
export function mapproxyConfig({ layer, wmsUrl, cacheDir }: MapproxyConfigProps): string {
  const srs = layer.servedEpsg.map((code) => `EPSG:${code}`);
  const cache = `${layer.name}_cache`;
  const source = `${layer.name}_wms`;
  return YAML.stringify(
    {
      services: { demo: {}, wms: { srs, md: { title: layer.title } }, tms: { use_grid_names: true, origin: 'nw' } },
      layers: [{ name: layer.name, title: layer.title, sources: [cache] }],
      caches: { [cache]: { grids: layer.servedEpsg.map((code) => GRIDS[code]), sources: [source] } },
      sources: { [source]: { type: 'wms', req: { url: wmsUrl, layers: layer.name, transparent: true }, supported_srs: srs } },
      globals: { cache: { base_dir: cacheDir, lock_dir: `${cacheDir}/locks`, tile_lock_dir: `${cacheDir}/tile_locks` } },
    },
    { lineWidth: 0 },
  );
}

/** The WSGI entry point uWSGI loads: MapProxy's application for that configuration. */
export function mapproxyApp(configFile: string): string {
  return ['from mapproxy.wsgiapp import make_wsgi_app', '', `application = make_wsgi_app(${JSON.stringify(configFile)})`, ''].join('\n');
}
