/** A rendered object and the file it is written to: what policy checks inspect and report. */
export interface RenderedObject {
  readonly file: string;
  readonly object: Record<string, any>;
}
