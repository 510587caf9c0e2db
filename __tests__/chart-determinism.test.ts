import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadEnvironments } from '../src/config/load';
import { applyChartPatches } from '../src/hydrate/chart-patches';
import { helmTemplateJob } from '../src/hydrate/helm-template';
import { Hydrator } from '../src/hydrate/hydrator';
import { parseDocument, splitDocuments } from '../src/hydrate/parse-manifests';
import { runAllIsolatedInto } from '../src/hydrate/run-isolated';
import { MODULES } from '../src/modules/registry';
import { Platform } from '../src/platform/platform';
import { CONFIG_SCHEMA, ROOT } from './support';

/**
 * Helm itself, not the render cache: each chart of each committed environment rendered twice by the pinned Helm, with
 * the options synth renders it with (values, release, namespace, Kubernetes version, and the API versions of the
 * environment's CRDs, which switch templates on). A chart generating certificates, passwords or timestamps at render
 * time fails here unless its values turn that off or a chart patch removes what it randomizes.
 */
test('every chart of every environment renders deterministically: two helm runs give the same objects, once patched', () => {
  const environments = loadEnvironments(path.join(ROOT, 'environments'), CONFIG_SCHEMA);
  const batch = environments.map((environment) => ({
    modules: new Platform(environment, MODULES).modules,
    target: { environment: environment.name, file: environment.file, minor: environment.config.kubernetesVersion },
  }));
  const renders = Hydrator.forProject(ROOT).finalRenders(batch).map((render) => {
    const { target } = batch.find(({ modules }) => modules.includes(render.module)) as (typeof batch)[number];
    return { ...render, name: `${target.environment}: ${render.module.id}: ${render.chart.chart.name} ${render.chart.chart.version}` };
  });
  // Not a vacuous pass: every environment file contributes renders.
  expect(environments.filter(({ name }) => !renders.some((render) => render.name.startsWith(`${name}: `)))).toEqual([]);
  // Every render twice, in parallel as synth runs them.
  const jobs = renders.map(({ options }) => helmTemplateJob(options));
  const outputDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-determinism-'));
  let outputs: string[];
  try {
    outputs = runAllIsolatedInto([...jobs, ...jobs], outputDir).map((file) => fs.readFileSync(file, 'utf8'));
  } finally {
    fs.rmSync(outputDir, { recursive: true, force: true });
  }
  renders.forEach(({ chart, name }, index) => {
    // What lands in dist/: a chart's patches remove what it randomizes that no value turns off.
    const landed = (text: string) =>
      chart.patches ? JSON.stringify(applyChartPatches(splitDocuments(text).map((d) => parseDocument(d, chart.chart.name) ?? {}), chart.patches, chart.chart.name)) : text;
    const [first, second] = [outputs[index], outputs[index + renders.length]];
    expect(`${name}: ${first === second || landed(first) === landed(second)}`).toBe(`${name}: true`);
  });
});
