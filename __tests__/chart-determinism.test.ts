import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadEnvironments } from '../src/config/load';
import { applyChartPatches } from '../src/hydrate/chart-patches';
import { helmTemplateJob } from '../src/hydrate/helm-template';
import { parseDocument, splitDocuments } from '../src/hydrate/parse-manifests';
import { resolveHelm } from '../src/hydrate/pinned-tools';
import { runAllIsolatedInto } from '../src/hydrate/run-isolated';
import { SourceLock } from '../src/hydrate/source-lock';
import { MODULES } from '../src/modules/registry';
import { Platform } from '../src/platform/platform';
import { KubernetesDefinitions } from '../src/platform/validation/kubernetes-schemas';
import { CONFIG_SCHEMA, ROOT } from './support';

/**
 * Helm itself, not the render cache: each chart of each committed environment rendered twice by the pinned Helm, with
 * the environment's values, release, namespace and Kubernetes version. A chart generating certificates, passwords or timestamps at render time fails here
 * unless its values turn that off or a chart patch removes what it randomizes.
 */
test('every chart of every environment renders deterministically: two helm runs give the same objects, once patched', () => {
  const helm = resolveHelm(ROOT);
  const lock = SourceLock.load(ROOT);
  const environments = loadEnvironments(path.join(ROOT, 'environments'), CONFIG_SCHEMA);
  const renders = environments.flatMap((environment) => {
    const minor = environment.config.kubernetesVersion;
    const apiVersions = new KubernetesDefinitions(path.join(ROOT, 'schemas', 'kubernetes'), minor).servedApiVersions();
    return new Platform(environment, MODULES).modules.flatMap((module) =>
      module.helmCharts.map((chart) => ({
        name: `${environment.name}: ${module.id}: ${chart.chart.name} ${chart.chart.version}`,
        chart,
        job: helmTemplateJob({
          helm,
          chart: lock.chart(chart.chart.name, chart.chart.version, module.id).archive,
          releaseName: chart.releaseName ?? module.id,
          namespace: chart.namespace ?? (module.destinationNamespace as string),
          kubeVersion: `v${minor}.0`,
          apiVersions,
          values: chart.values as Record<string, unknown>,
        }),
      })),
    );
  });
  // Not a vacuous pass: every environment file contributes renders.
  expect(environments.filter(({ name }) => !renders.some((render) => render.name.startsWith(`${name}: `)))).toEqual([]);
  // Every render twice, in parallel as synth runs them.
  const outputDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-determinism-'));
  let outputs: string[];
  try {
    outputs = runAllIsolatedInto([...renders, ...renders].map(({ job }) => job), outputDir).map((file) => fs.readFileSync(file, 'utf8'));
  } finally {
    fs.rmSync(outputDir, { recursive: true, force: true });
  }
  renders.forEach(({ name, chart }, index) => {
    // What lands in dist/: a chart's patches remove what it randomizes that no value turns off.
    const landed = (text: string) =>
      chart.patches ? JSON.stringify(applyChartPatches(splitDocuments(text).map((d) => parseDocument(d, chart.chart.name) ?? {}), chart.patches, chart.chart.name)) : text;
    const [first, second] = [outputs[index], outputs[index + renders.length]];
    expect(`${name}: ${first === second || landed(first) === landed(second)}`).toBe(`${name}: true`);
  });
});
