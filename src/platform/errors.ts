/** Bad module wiring or inventory found while building the platform; the message names the module and field. */
export class PlatformError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlatformError';
  }
}
