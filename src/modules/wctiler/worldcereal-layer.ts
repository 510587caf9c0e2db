/** A class of a MapServer layer: features whose status is `status`, filled with `color` (#RRGGBBAA). */
export interface StatusClass {
  readonly name: string;
  readonly status: string;
  readonly color: string;
}

/** The one layer WCTiler serves, as MapServer reads it from PostGIS and MapProxy serves it. */
export interface TileLayer {
  readonly name: string;
  readonly title: string;
  /** PostGIS table, the fields MapServer reads from it, and which of them is the geometry, the key and the status. */
  readonly table: string;
  readonly fields: readonly string[];
  readonly geometryColumn: string;
  readonly keyColumn: string;
  readonly statusColumn: string;
  /** EPSG code of the stored geometries. */
  readonly storedEpsg: number;
  readonly classes: readonly StatusClass[];
  /** EPSG codes served over WMS and as tile grids. */
  readonly servedEpsg: readonly number[];
}

/** The WorldCereal processing status of each tile (FACTS.md, WCTiler), half transparent over a base map. */
export const WORLDCEREAL_STATUS: TileLayer = {
  name: 'worldcereal_status',
  title: 'WorldCereal processing status',
  table: 'tile',
  fields: ['id', 'wp_id', 'status', 'epsg', 'geometry'],
  geometryColumn: 'geometry',
  keyColumn: 'id',
  statusColumn: 'status',
  storedEpsg: 4326,
  classes: [
    { name: 'scheduled', status: 'scheduled', color: '#4363d880' },
    { name: 'processing', status: 'processing', color: '#ffe11980' },
    { name: 'done', status: 'done', color: '#3cb44b80' },
    { name: 'error', status: 'error', color: '#e6194B80' },
    { name: 'pre-processing-error', status: 'pre-processing-error', color: '#ff830080' },
  ],
  servedEpsg: [3857, 4326],
};
