import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { imagesOf } from '../src/platform/image-pinning';
import { committedTree, ROOT } from './support';

/** What the real Mermaid parser says of each diagram: null when it parses, its message otherwise. */
function mermaidParse(diagrams: readonly string[]): Array<string | null> {
  const result = spawnSync(process.execPath, [path.join(__dirname, 'mermaid-parse.mjs')], { input: JSON.stringify(diagrams), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`the Mermaid parser did not run: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

const ENVIRONMENTS = ['prod', 'test'];
const mapOf = (environment: string) => fs.readFileSync(path.join(ROOT, 'dist', environment, 'README.md'), 'utf8');
const diagramsOf = (map: string) => [...map.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]);
const BROKEN = 'flowchart LR\n  a -->\n';
/** Every diagram of the maps and a broken one, parsed by one Mermaid process: loading Mermaid takes seconds. */
const parsed = (() => {
  const diagrams = [...ENVIRONMENTS.flatMap((environment) => diagramsOf(mapOf(environment))), BROKEN];
  const answers = mermaidParse(diagrams);
  return new Map(diagrams.map((diagram, index) => [diagram, answers[index]]));
})();

describe.each(ENVIRONMENTS)('the map of the %s environment', (environment) => {
  const map = mapOf(environment);
  const tree = committedTree(environment);
  const section = (title: string) => map.split(`\n## ${title}\n`)[1].split('\n## ')[0];

  test('its diagram of modules and waves parses with the real Mermaid parser, and names every module', () => {
    const diagrams = diagramsOf(map);
    expect(diagrams).toHaveLength(1);
    expect(parsed.get(diagrams[0])).toBeNull();
    const apps = tree.filter(({ file }) => file.startsWith(`dist/${environment}/apps/`)).map(({ object }) => object.metadata.name as string);
    for (const app of apps) expect(diagrams[0]).toContain(`["${app}"]`);
  });

  test('lists every public host with its backend, and every image the tree runs', () => {
    const hosts = section('Public hosts');
    for (const { object } of tree.filter(({ object }) => object.kind === 'Ingress')) {
      for (const rule of object.spec.rules) for (const p of rule.http.paths) expect(hosts).toContain(`| https://${rule.host}${p.path} |`);
    }
    const images = section('Images');
    const used = new Set(tree.filter(({ object }) => object.kind !== 'CustomResourceDefinition').flatMap(({ object }) => imagesOf(object.spec ?? {}).map((i) => i.image)));
    expect(used.size).toBeGreaterThan(20);
    for (const image of used) expect(images).toContain(`| ${image} |`);
  });

  test('lists the charts with their versions, and the recovery inventory', () => {
    const charts = section('Charts and sources');
    expect(charts).toContain(environment === 'test' ? '| cert-manager | chart cert-manager | v1.21.1 | environment file (charts:) |' : '| cert-manager | chart cert-manager | v1.20.3 | module default |');
    const volumes = tree.filter(({ object }) => object.kind === 'PersistentVolume');
    for (const { object } of volumes) expect(section('Recovery inventory')).toContain(object.spec.csi.volumeHandle);
  });
});

test('the Mermaid check can fail: a broken diagram is refused with the parser message', () => {
  expect(parsed.get(BROKEN)).toMatch(/^Parse error on line/);
});
