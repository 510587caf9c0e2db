import { PlatformError } from '../../platform/errors';
import type { TileLayer } from './worldcereal-layer';

export interface MapfileProps {
  readonly layer: TileLayer;
  /** Path of the include file that holds the layer's PostGIS CONNECTION (mounted from a Secret). */
  readonly connectionInclude: string;
}

const quote = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * The MapServer mapfile serving `layer` over WMS: polygons read from PostGIS (the connection is an include file
 * from a Secret, so the mapfile itself holds no credential), one class a status, in the served projections.
 */
export function mapfile({ layer, connectionInclude }: MapfileProps): string {
  const srs = layer.servedEpsg.map((code) => `EPSG:${code}`).join(' ');
  const unread = [layer.geometryColumn, layer.keyColumn, layer.statusColumn].filter((column) => !layer.fields.includes(column));
  if (unread.length > 0) throw new PlatformError(`layer ${layer.name}: ${unread.join(', ')} must be among the fields read from ${layer.table}`);
  const columns = layer.fields.join(', ');
  const lines = [
    'MAP',
    `  NAME ${quote('wctiler')}`,
    '  STATUS ON',
    '  EXTENT -180 -90 180 90',
    '  SIZE 256 256',
    '  UNITS DD',
    `  IMAGETYPE ${quote('png')}`,
    `  PROJECTION ${quote(`EPSG:${layer.storedEpsg}`)} END`,
    '  OUTPUTFORMAT',
    `    NAME ${quote('png')}`,
    `    DRIVER ${quote('AGG/PNG')}`,
    `    MIMETYPE ${quote('image/png')}`,
    '    IMAGEMODE RGBA',
    `    EXTENSION ${quote('png')}`,
    '    TRANSPARENT ON',
    '  END',
    '  WEB',
    '    METADATA',
    `      ${quote('wms_title')} ${quote(layer.title)}`,
    `      ${quote('wms_srs')} ${quote(srs)}`,
    `      ${quote('wms_enable_request')} ${quote('GetMap GetCapabilities GetLegendGraphic')}`,
    '    END',
    '  END',
    '  LAYER',
    `    NAME ${quote(layer.name)}`,
    '    TYPE POLYGON',
    '    STATUS ON',
    '    CONNECTIONTYPE POSTGIS',
    `    INCLUDE ${quote(connectionInclude)}`,
    `    DATA ${quote(`${layer.geometryColumn} FROM (SELECT ${columns} FROM ${layer.table}) AS tiles USING UNIQUE ${layer.keyColumn} USING SRID=${layer.storedEpsg}`)}`,
    `    PROJECTION ${quote(`EPSG:${layer.storedEpsg}`)} END`,
    '    METADATA',
    `      ${quote('wms_title')} ${quote(layer.title)}`,
    `      ${quote('wms_srs')} ${quote(srs)}`,
    '    END',
    `    CLASSITEM ${quote(layer.statusColumn)}`,
    ...layer.classes.flatMap((klass) => [
      '    CLASS',
      `      NAME ${quote(klass.name)}`,
      `      EXPRESSION ${quote(klass.status)}`,
      '      STYLE',
      `        COLOR ${quote(klass.color)}`,
      `        OUTLINECOLOR ${quote(klass.color.slice(0, 7))}`,
      '      END',
      '    END',
    ]),
    '  END',
    'END',
    '',
  ];
  return lines.join('\n');
}

/** The include file's template (External Secrets v2): the libpq connection string from the Secret's keys. */
export const POSTGIS_CONNECTION_TEMPLATE =
  "CONNECTION \"host='{{ .host }}' port='{{ .port }}' dbname='{{ .dbname }}' user='{{ .user }}' password='{{ .password }}'\"\n";
