/** Bad module wiring or inventory found while building the platform; the message names the module and field. */
export class PlatformError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlatformError';
  }
}

/**
 * A configuration value that validated on its own but that the modules cannot use (a namespace no module creates).
 * Rendering turns it into a message naming the environment file and the field, like a schema error.
 */
export class ConfigFieldError extends PlatformError {
  constructor(
    /** The field as written in the environment file: `registry.pullSecretNamespaces[2]`. */
    readonly field: string,
    /** Why the value cannot be used. */
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'ConfigFieldError';
  }
}

/** Replacing the tree failed and the old folders could not all be moved back: the message says how to restore them. */
export class TreeLeftBrokenError extends PlatformError {
  constructor(message: string) {
    super(message);
    this.name = 'TreeLeftBrokenError';
  }
}
