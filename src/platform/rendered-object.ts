/** A rendered object and the file it is written to: what policy checks inspect and report. */
export interface RenderedObject {
  readonly file: string;
  readonly object: Record<string, any>;
  /**
   * A short text standing for the object's content, when one is known (a hydrated object: its render's input
   * digest and place); cheaper than serializing a large object to recognize it.
   */
  readonly identity?: string;
}

/**
 * A field that must hold a list of maps, as the checks before the schema gate read it: [] when it holds anything
 * else, and {} for an item that is no map (a stray `-` line is a null), so a malformed object reaches the gate,
 * which names the field and what it holds, instead of crashing a check. Items keep their indexes.
 */
export function listAt(value: unknown): Record<string, any>[] {
  return valuesAt(value).map((item) => (item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, any>) : {}));
}

/**
 * A field that must hold a list of plain values (host names, capabilities), read as listAt reads lists of maps; the
 * items are as rendered, whatever `T` says.
 */
export function valuesAt<T = unknown>(value: unknown): T[] {
  return Array.isArray(value) ? value : [];
}

/** The API group of an apiVersion: `apps` of `apps/v1`, '' for the core group (`v1`). */
export function apiGroupOf(apiVersion: string): string {
  return apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
}
