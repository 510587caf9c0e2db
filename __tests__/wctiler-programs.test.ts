import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findObject, renderUnit } from './support';

/**
 * WCTiler's generated files, as rendered, checked by the programs that read them: nginx, MapServer (its mapfile
 * parser, through mapscript) and MapProxy (its configuration loader). A missing program skips its check with a
 * warning naming the Debian package; `.ci/run` installs them all.
 */

/** The first of `candidates` that runs `args` successfully. */
function findProgram(candidates: string[], args: string[]): string | undefined {
  return candidates.find((candidate) => spawnSync(candidate, args, { encoding: 'utf8' }).status === 0);
}

const nginx = findProgram(['nginx', '/usr/sbin/nginx'], ['-v']);
// Debian's python3: a python3 earlier on PATH (pyenv, a virtualenv) may lack the Debian modules.
const pythonWith = (module: string) => findProgram(['/usr/bin/python3', 'python3'], ['-c', `import importlib.util, sys; sys.exit(importlib.util.find_spec('${module}') is None)`]);
const mapscriptPython = pythonWith('mapscript');
const mapproxyPython = pythonWith('mapproxy');

const missing: Array<[string | undefined, string]> = [
  [nginx, 'nginx -t on the generated nginx.conf needs nginx: apt-get install nginx-light'],
  [mapscriptPython, "MapServer's parser on the generated mapfile needs mapscript: apt-get install python3-mapscript"],
  [mapproxyPython, "MapProxy's loader on the generated mapproxy.yaml needs MapProxy: apt-get install python3-mapproxy"],
];
for (const [found, message] of missing) if (!found) console.warn(`skipped: ${message}`);

const rendered = renderUnit();
const mapproxyFiles = findObject(rendered, 'ConfigMap', 'mapproxy', 'wctiler').data as Record<string, string>;
const mapfileText = findObject(rendered, 'ConfigMap', 'mapserver', 'wctiler').data['worldcereal.map'] as string;

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-wctiler-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * Runs a program, returning its exit status and what it said. Its output goes to a file, not a pipe: nginx opens
 * /dev/stdout for its access log, which a socket (what node's pipes are) refuses.
 */
function run(program: string, args: string[]): { status: number | null; output: string } {
  const log = path.join(dir, 'output.log');
  const fd = fs.openSync(log, 'w');
  try {
    const result = spawnSync(program, args, { stdio: ['ignore', fd, fd] });
    return { status: result.status, output: fs.readFileSync(log, 'utf8') };
  } finally {
    fs.closeSync(fd);
  }
}

/** nginx -t on a configuration; its scratch folder is moved into the test's folder. */
function nginxCheck(conf: string) {
  const file = path.join(dir, 'nginx.conf');
  fs.writeFileSync(file, conf.replaceAll('/tmp/nginx', dir));
  return run(nginx as string, ['-t', '-q', '-c', file, '-p', dir]);
}

/** MapServer's parser on a mapfile, the connection include written beside it as the Secret would mount it. */
function mapfileCheck(text: string) {
  const include = path.join(dir, 'connection.inc');
  fs.writeFileSync(include, "CONNECTION \"host='db' port='5432' dbname='tiles' user='reader' password='x'\"\n");
  const file = path.join(dir, 'worldcereal.map');
  fs.writeFileSync(file, text.replace('/etc/mapserver/postgis/connection.inc', include));
  const script = [
    'import sys, mapscript',
    'm = mapscript.mapObj(sys.argv[1])',
    'layer = m.getLayerByName("worldcereal_status")',
    'print(m.numlayers, layer.numclasses, layer.connectiontype == mapscript.MS_POSTGIS, layer.connection != "")',
  ].join('\n');
  return run(mapscriptPython as string, ['-c', script, file]);
}

/**
 * MapProxy's configuration loader on mapproxy.yaml files, all in one process (loading MapProxy takes most of a
 * second): per file, the layers it configures, or the error it was refused with.
 */
function mapproxyCheck(texts: readonly string[]): Array<{ layers: string[] } | { error: string }> {
  const files = texts.map((text, index) => {
    const file = path.join(dir, `mapproxy-${index}.yaml`);
    fs.writeFileSync(file, text);
    return file;
  });
  // Loading resolves little; building every cache and layer is what finds a dangling grid or source.
  const script = [
    'import json, sys',
    'from mapproxy.config.loader import load_configuration',
    'results = []',
    'for file in sys.argv[1:]:',
    '    try:',
    '        conf = load_configuration(file, ignore_warnings=False)',
    '        for cache in conf.caches.values(): cache.caches()',
    '        for layer in conf.layers.values(): layer.wms_layer()',
    '        results.append({"layers": sorted(conf.layers.keys())})',
    '    except Exception as error:',
    '        results.append({"error": f"{type(error).__name__}: {error}"})',
    'print(json.dumps(results))',
  ].join('\n');
  const result = spawnSync(mapproxyPython as string, ['-c', script, ...files], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`MapProxy's loader did not run: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

describe('WCTiler files, checked by their programs', () => {
  (nginx ? test : test.skip)('nginx -t accepts the generated nginx.conf, and refuses a broken one with its message', () => {
    expect(nginxCheck(mapproxyFiles['nginx.conf'])).toEqual({ status: 0, output: '' });
    const broken = nginxCheck(mapproxyFiles['nginx.conf'].replace('uwsgi_pass', 'uwsgi_pas'));
    expect(broken.status).not.toBe(0);
    expect(broken.output).toContain('unknown directive "uwsgi_pas"');
  });

  (mapscriptPython ? test : test.skip)("MapServer's parser reads the generated mapfile (one PostGIS layer, five classes), and refuses a broken one", () => {
    const read = mapfileCheck(mapfileText);
    expect(read).toEqual({ status: 0, output: '1 5 True True\n' });
    const broken = mapfileCheck(mapfileText.replace('TYPE POLYGON', 'TYPE POLYGONS'));
    expect(broken.status).not.toBe(0);
    expect(broken.output).toMatch(/msyylex|Parsing error|POLYGONS/);
  });

  (mapproxyPython ? test : test.skip)("MapProxy's loader reads the generated mapproxy.yaml, and refuses a broken one", () => {
    const [generated, broken] = mapproxyCheck([mapproxyFiles['mapproxy.yaml'], mapproxyFiles['mapproxy.yaml'].replace('GLOBAL_GEODETIC', 'GLOBAL_NOWHERE')]);
    expect(generated).toEqual({ layers: ['worldcereal_status'] });
    expect(broken).toEqual({ error: expect.stringContaining('GLOBAL_NOWHERE') });
  });
});
