import { readArchiveFiles } from './archive-files';
import { parseDocument } from './parse-manifests';

type Values = Record<string, unknown>;

/**
 * What a chart knows about its values (the defaults, subcharts' under their alias, and the text of its templates),
 * and the Kubernetes versions it runs on.
 */
export interface ChartKnowledge {
  /** The chart's name and version, as its Chart.yaml declares them. */
  readonly name?: string;
  readonly version?: string;
  readonly defaults: Values;
  readonly templates: string;
  /** The Kubernetes versions the chart declares it runs on (`kubeVersion` of Chart.yaml), when it says. */
  readonly kubeVersion?: string;
}

const isMap = (value: unknown): value is Values => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every path of `values` the chart would silently ignore: a key that is neither among the chart's default values
 * (at that place) nor read anywhere in its templates. A map is free-form, and not looked into, when its defaults
 * are empty (`nodeSelector: {}`), when its default is not a map, or when a template hands it on whole (`toYaml`,
 * `range`, `with`, `omit`: `nodeSelector: {kubernetes.io/os: linux}`, `configs.cm`).
 */
export function unknownValuesPaths(chart: ChartKnowledge, values: Values): string[] {
  const unknown: string[] = [];
  const walk = (ours: Values, defaults: Values, at: string) => {
    for (const [key, value] of Object.entries(ours)) {
      const here = at ? `${at}.${key}` : key;
      if (key in defaults) {
        const fallback = defaults[key];
        if (isMap(value) && isMap(fallback) && Object.keys(fallback).length > 0 && !handedOnWhole(chart.templates, key)) walk(value, fallback, here);
      } else if (!readByTemplates(chart.templates, key)) {
        unknown.push(here);
      }
    }
  };
  walk(values, chart.defaults, '');
  return unknown;
}

/** What a chart archive knows about its values, read from the archive in memory. */
export function readChartKnowledge(archive: string): ChartKnowledge {
  const files = readArchiveFiles(archive);
  const [top] = [...files.keys()][0]?.split('/') ?? [''];
  return readChart(files, top);
}

const escape = (key: string) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a template reads a key of that name (`.key`, `index . "key"`, `hasKey . "key"`). */
function readByTemplates(templates: string, key: string): boolean {
  return new RegExp(`\\.${escape(key)}\\b|"${escape(key)}"`).test(templates);
}

/** Whether a template action passes the map at `key` on as a whole rather than reading known keys of it. */
function handedOnWhole(templates: string, key: string): boolean {
  return new RegExp(`\\{\\{[^}]*\\b(with|range|toYaml|toJson|tpl|omit|merge|mergeOverwrite)\\b[^}]*\\.${escape(key)}\\b[^}]*\\}\\}`).test(templates);
}

/**
 * A chart's defaults, with each dependency's defaults under its alias or name, and all template text; `files` are
 * the archive's files by path, `dir` the chart's folder in it.
 */
function readChart(files: ReadonlyMap<string, string>, dir: string): ChartKnowledge {
  const read = (file: string) => files.get(`${dir}/${file}`) ?? '';
  // Read as Helm reads them (YAML 1.1), with the reader charts' renders use: values files are large.
  const defaults: Values = parseDocument(read('values.yaml'), `${dir}/values.yaml`) ?? {};
  const manifest = (parseDocument(read('Chart.yaml'), `${dir}/Chart.yaml`) as { name?: string; version?: string; kubeVersion?: string; dependencies?: Array<{ name: string; alias?: string }> } | undefined) ?? {};
  const templates = [...files].filter(([file]) => file.startsWith(`${dir}/templates/`)).map(([, text]) => text);
  for (const dependency of manifest.dependencies ?? []) {
    const subdir = `${dir}/charts/${dependency.name}`;
    if (!files.has(`${subdir}/Chart.yaml`)) continue;
    const sub = readChart(files, subdir);
    const key = dependency.alias ?? dependency.name;
    defaults[key] = { ...sub.defaults, ...(isMap(defaults[key]) ? defaults[key] : {}) };
    templates.push(sub.templates);
  }
  return { name: manifest.name, version: manifest.version === undefined ? undefined : String(manifest.version), defaults, templates: templates.join('\n'), kubeVersion: manifest.kubeVersion };
}
