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
 * A field that must hold a list, as the checks before the schema gate read it: [] when it holds anything else, so a
 * malformed object reaches the gate, which names the field and what it holds, instead of crashing a check.
 */
export function listAt<T = Record<string, any>>(value: unknown): T[] {
  return Array.isArray(value) ? value : [];
}

/** The API group of an apiVersion: `apps` of `apps/v1`, '' for the core group (`v1`). */
export function apiGroupOf(apiVersion: string): string {
  return apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
}
