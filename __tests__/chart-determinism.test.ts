// @slow: renders every chart of every environment again with Helm.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadEnvironments } from '../src/config/load';
import { helmTemplateJob } from '../src/hydrate/helm-template';
import { Hydrator } from '../src/hydrate/hydrator';
import { textDigest } from '../src/hydrate/hydration-cache';
import { runAllIsolatedInto } from '../src/hydrate/run-isolated';
import { MODULES } from '../src/modules/registry';
import { Platform } from '../src/platform/platform';
import { CONFIG_SCHEMA, ROOT } from './support';

/**
 * Helm itself, not the render cache: each chart of each committed environment rendered again by the pinned Helm, with
 * the options synth renders it with (values, release, namespace, Kubernetes version, and the API versions of the
 * environment's CRDs, which switch templates on), and compared with the render synth cached (a run at another time,
 * in another process), or rendered twice when none is cached. A render synth already saw Helm repeat needs no run:
 * Helm rendered it afresh into the very files the tree held from another run (the first synth of a fresh clone sees
 * that of every chart; see Hydrator.recordRepeated). A chart generating certificates, passwords or timestamps at
 * render time fails here unless its values turn that off or a chart patch removes what it randomizes.
 */
test('every chart of every environment renders deterministically: two helm runs give the same objects, once patched', () => {
  const environments = loadEnvironments(path.join(ROOT, 'environments'), CONFIG_SCHEMA);
  const batch = environments.map((environment) => ({
    modules: new Platform(environment, MODULES).modules,
    target: { environment: environment.name, file: environment.file, minor: environment.config.kubernetesVersion },
  }));
  const renders = Hydrator.forProject(ROOT).finalRenders(batch).map((render) => {
    const { target } = batch.find(({ modules }) => modules.includes(render.module)) as (typeof batch)[number];
    return { render, name: `${target.environment}: ${render.module.id}: ${render.chart.chart.name} ${render.chart.chart.version}` };
  });
  // Not a vacuous pass: every environment file contributes renders.
  expect(environments.filter(({ name }) => !renders.some((render) => render.name.startsWith(`${name}: `)))).toEqual([]);
  // A render a synth saw Helm repeat is settled. The others run once when cached, twice otherwise; in parallel as
  // synth runs them.
  const unsettled = renders.filter(({ render }) => !render.repeated);
  const runs = unsettled.flatMap(({ render }, index) => (render.cachedOutputDigest ? [index] : [index, index]));
  const outputDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-determinism-'));
  const outputs: string[][] = unsettled.map(() => []);
  try {
    const files = runAllIsolatedInto(runs.map((index) => helmTemplateJob(unsettled[index].render.options)), outputDir);
    files.forEach((file, run) => outputs[runs[run]].push(fs.readFileSync(file, 'utf8')));
  } finally {
    fs.rmSync(outputDir, { recursive: true, force: true });
  }
  unsettled.forEach(({ render, name }, index) => {
    const [first, second] = outputs[index];
    // The same output, or (when a chart's patches remove what it randomizes) the same objects in dist/.
    const same =
      second === undefined
        ? textDigest(first) === render.cachedOutputDigest || JSON.stringify(render.land(first)) === JSON.stringify(render.cachedTexts())
        : first === second || JSON.stringify(render.land(first)) === JSON.stringify(render.land(second));
    expect(`${name}: ${same}`).toBe(`${name}: true`);
  });
});
