/** A rendered object and the file it is written to: what policy checks inspect and report. */
export interface RenderedObject {
  readonly file: string;
  readonly object: Record<string, any>;
  /** The object's YAML text when it is alone in its file: a cheaper identity than serializing it again. */
  readonly text?: string;
}
