export interface UwsgiConfigProps {
  /** The WSGI file. */
  readonly app: string;
  /** uwsgi protocol port nginx passes requests to. */
  readonly port: number;
  readonly statsPort: number;
  readonly processes: number;
}

/**
 * uWSGI's ini: MapProxy in `processes` workers on the uwsgi protocol, statistics over HTTP. `buffer-size` is 32 KiB
 * because the default 4 KiB drops tile requests whose query string and headers are larger (long WMS requests).
 */
export function uwsgiConfig(props: UwsgiConfigProps): string {
  return [
    '[uwsgi]',
    'master = true',
    `processes = ${props.processes}`,
    `socket = :${props.port}`,
    'buffer-size = 32768',
    `stats = :${props.statsPort}`,
    'stats-http = true',
    `wsgi-file = ${props.app}`,
    'die-on-term = true',
    '',
  ].join('\n');
}
