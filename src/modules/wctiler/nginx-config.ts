export interface NginxConfigProps {
  readonly port: number;
  readonly uwsgiPort: number;
  readonly statsPort: number;
  /** A writable folder (an emptyDir) for the pid file and temporary files: the root file system is read-only. */
  readonly scratch: string;
}

/**
 * nginx in front of MapProxy: `/map` to uWSGI, `/map/stats` to uWSGI's statistics, and nginx's status page at `/`
 * and `/map/status` (what probes and operators look at).
 */
export function nginxConfig(props: NginxConfigProps): string {
  const { scratch } = props;
  return [
    'worker_processes 1;',
    `pid ${scratch}/nginx.pid;`,
    'error_log stderr warn;',
    'events {',
    '  worker_connections 1024;',
    '}',
    'http {',
    '  access_log /dev/stdout;',
    `  client_body_temp_path ${scratch}/client_body;`,
    `  proxy_temp_path ${scratch}/proxy;`,
    `  fastcgi_temp_path ${scratch}/fastcgi;`,
    `  uwsgi_temp_path ${scratch}/uwsgi;`,
    `  scgi_temp_path ${scratch}/scgi;`,
    '  server {',
    `    listen ${props.port};`,
    '    location = / {',
    '      stub_status;',
    '    }',
    '    location = /map/status {',
    '      stub_status;',
    '    }',
    '    location /map/stats {',
    `      proxy_pass http://127.0.0.1:${props.statsPort}/;`,
    '    }',
    '    location /map {',
    '      include /etc/nginx/uwsgi_params;',
    '      uwsgi_param SCRIPT_NAME /map;',
    '      uwsgi_modifier1 30;',
    `      uwsgi_pass 127.0.0.1:${props.uwsgiPort};`,
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
}
