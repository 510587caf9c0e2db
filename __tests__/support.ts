import { spawnSync, SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as YAML from 'yaml';
import type { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-26';
import { ConfigError, type Environment, parseConfig } from '../src/config/load';
import { CODE_DIGEST } from '../src/hydrate/code-digest';
import { Hydrator } from '../src/hydrate/hydrator';
import { parseDocument } from '../src/hydrate/parse-manifests';
import { configSchemaFor } from '../src/config/schema';
import { projectCacheDir, writeCacheFile } from '../src/platform/cache-dir';
import { deepFreeze } from '../src/platform/deep-freeze';
import { PlatformModule, type ModuleClass } from '../src/platform/module';
import { Platform } from '../src/platform/platform';
import { renderEnvironment, RenderedEnvironment } from '../src/platform/render';
import { MODULES } from '../src/modules/registry';

export const ROOT = path.resolve(__dirname, '..');

/** Every file under the given top-level folders of `root`, with its text. */
export function readTree(root: string, tops: string[]): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else files.set(rel, fs.readFileSync(path.join(root, rel), 'utf8'));
    }
  };
  for (const top of tops) if (fs.existsSync(path.join(root, top))) walk(top);
  return files;
}

/** A scratch project for synth: this project's code and schemas, its own environments and output folders. */
export function synthScratchProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-project-'));
  for (const shared of ['src', 'imports', 'schemas', 'charts', 'scripts', 'node_modules', 'tsconfig.json', 'package.json', 'cdk8s.yaml']) {
    fs.symlinkSync(path.join(ROOT, shared), path.join(dir, shared));
  }
  // Copied, not linked: node would resolve a linked main.ts to this project and write here.
  fs.copyFileSync(path.join(ROOT, 'main.ts'), path.join(dir, 'main.ts'));
  fs.cpSync(path.join(ROOT, 'environments'), path.join(dir, 'environments'), { recursive: true });
  return dir;
}

/** Runs the synth process in the project at `dir` as `npm run synth` does (outside `cdk8s synth`: no output folder of the CLI to fill). */
export function runSynthProcess(dir: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['-r', './scripts/register-ts.js', 'main.ts'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CDK8S_OUTDIR: '' } });
}

/** Renders upstream charts for every test file, reusing what earlier synths and tests rendered. */
export const HYDRATOR = Hydrator.forProject(ROOT);

/** The schema of environment files with every registered module's section. */
export const CONFIG_SCHEMA = configSchemaFor(MODULES);

/** An environment file's content, as tests write it. */
export type ConfigInput = Record<string, any>;

/**
 * The production environment file's content: tests override what they exercise. Being production's, its charts are
 * the ones `npm run synth` rendered, so a test run after a synth renders only the variants tests ask for.
 */
export function baseConfig(): ConfigInput {
  return structuredClone(PRODUCTION);
}
// Parsed once (the yaml package takes milliseconds a file, and tests ask hundreds of times); each caller gets a copy.
const PRODUCTION: ConfigInput = YAML.parse(fs.readFileSync(path.join(ROOT, 'environments', 'prod.yaml'), 'utf8'));

/**
 * The test environment file's content: a small cluster (single replicas, Argo CD without HA, backups to S3, no
 * logging). `npm run synth` renders its charts too, so a test of a small cluster that changes only the platform's
 * own objects runs no Helm.
 */
export function testEnvironmentConfig(): ConfigInput {
  return structuredClone(TEST_ENVIRONMENT);
}
const TEST_ENVIRONMENT: ConfigInput = YAML.parse(fs.readFileSync(path.join(ROOT, 'environments', 'test.yaml'), 'utf8'));

/** The domain of baseConfig. */
export const DOMAIN: string = baseConfig().domain;

/** The message a configuration changed by `mutate` is refused with (as file `env.yaml`); a failure when accepted. */
export function configErrorFor(mutate: (config: any) => void): string {
  const config: any = baseConfig();
  mutate(config);
  try {
    parseConfig('env.yaml', config, CONFIG_SCHEMA);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('configuration was accepted');
}

/** Renders the `unit` environment from a configuration object (defaults: baseConfig and every module). */
export function renderUnit(config?: ConfigInput, registry: readonly ModuleClass[] = MODULES): RenderedEnvironment {
  if (config === undefined && registry === MODULES) return renderedOnce('production', baseConfig);
  return renderFresh(config ?? baseConfig(), registry);
}

/**
 * A module of a test: its id, the namespace it deploys to, and what its constructor adds to it. The class is named
 * after the id (`log-archive`: LogArchiveModule), as messages naming module classes show it.
 */
export function fixtureModule(id: string, namespace: string, build: (module: PlatformModule) => void): ModuleClass {
  const fixture = class extends PlatformModule {
    static readonly id = id;
    constructor(platform: Platform) {
      super(platform, { namespace });
      build(this);
    }
  };
  const name = `${id.replace(/(^|-)(\w)/g, (_, _dash, letter: string) => letter.toUpperCase())}Module`;
  return Object.defineProperty(fixture, 'name', { value: name });
}

/** The test environment's configuration (a small cluster) with every module: see renderedOnce. */
export function renderTestEnvironment(): RenderedEnvironment {
  return renderedOnce('test', testEnvironmentConfig);
}

/**
 * A configuration with every module, rendered once per worker (many test files ask for the same two), its objects
 * and configuration frozen: a test changing them would change them for the others. Its maps (tree, waves,
 * dependencies) are shared too: read them only.
 */
function renderedOnce(name: string, config: () => ConfigInput): RenderedEnvironment {
  let rendered = renderedByName.get(name);
  if (!rendered) {
    rendered = renderFresh(config(), MODULES);
    for (const objects of rendered.tree.values()) deepFreeze(objects);
    deepFreeze(rendered.environment.config);
    renderedByName.set(name, rendered);
  }
  return rendered;
}
const renderedByName = new Map<string, RenderedEnvironment>();

function renderFresh(config: ConfigInput, registry: readonly ModuleClass[]): RenderedEnvironment {
  return renderEnvironment(unitEnvironment(config, registry), registry, HYDRATOR);
}

/** The environment `unit` (file unit.yaml) of `config`, for `registry`: with every module, or a smaller one's sections. */
function unitEnvironment(config: ConfigInput, registry: readonly ModuleClass[]): Environment {
  const parsed = registry === MODULES ? parseConfig('unit.yaml', config, CONFIG_SCHEMA) : parseConfig('unit.yaml', sectionsOf(config, registry), configSchemaFor(registry));
  return { name: 'unit', file: 'unit.yaml', config: parsed };
}

/** A configuration for a smaller registry, which has fewer sections: those of unregistered modules are dropped. */
export function sectionsOf(config: ConfigInput, registry: readonly ModuleClass[]): ConfigInput {
  const unregistered = new Set(MODULES.filter((module) => module.settings && !registry.includes(module)).map((module) => module.settings?.field));
  return Object.fromEntries(Object.entries(config).filter(([field]) => !unregistered.has(field)));
}

/** The single object in a rendered file, failing clearly when the file is missing. */
export function objectAt(rendered: RenderedEnvironment, file: string): Record<string, any> {
  const objects = rendered.tree.get(file);
  if (!objects) throw new Error(`${file} was not rendered; rendered: ${[...rendered.tree.keys()].join(', ')}`);
  return objects[0];
}

/** Files rendered under a folder, with their objects. */
export function filesUnder(rendered: RenderedEnvironment, folder: string): Map<string, Record<string, any>[]> {
  return new Map([...rendered.tree].filter(([file]) => file.startsWith(`${folder}/`)));
}

/** Every rendered object of a kind (optionally in one namespace), with its file. */
export function objectsOfKind(rendered: RenderedEnvironment, kind: string, namespace?: string): Array<{ file: string; object: Record<string, any> }> {
  return [...rendered.tree].flatMap(([file, objects]) =>
    objects.filter((o) => o.kind === kind && (namespace === undefined || o.metadata?.namespace === namespace)).map((object) => ({ file, object })),
  );
}

/** The one rendered object of a kind and name, failing clearly when there is not exactly one. */
export function findObject(rendered: RenderedEnvironment, kind: string, name: string, namespace?: string): Record<string, any> {
  const found = objectsOfKind(rendered, kind, namespace).filter(({ object }) => object.metadata?.name === name);
  if (found.length !== 1) throw new Error(`expected one ${kind} ${namespace ?? '*'}/${name}, found ${found.length}`);
  return found[0].object;
}

/**
 * Every object of a committed environment folder of dist/ (one per file), with its file; read once per worker,
 * frozen. Parsing YAML 1.1 is most of the cost (about a second an environment), so the parse is also kept in the
 * cache folder, under the digest of the files and of the parser's code: another worker, or the next run, reads it.
 */
export function committedTree(environment: string): ReadonlyArray<{ file: string; object: Record<string, any> }> {
  const known = committed.get(environment);
  if (known) return known;
  const root = path.join(ROOT, 'dist', environment);
  const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.yaml')).sort();
  const texts = files.map((file) => fs.readFileSync(path.join(root, file), 'utf8'));
  const objects = parsedTexts(environment, files, texts);
  const tree = files.map((file, index) => ({ file: `dist/${environment}/${file}`, object: deepFreeze(objects[index]) }));
  committed.set(environment, tree);
  return tree;
}

/** The parse of the files' texts: from the cache when this parser read these files before, else parsed and cached. */
function parsedTexts(environment: string, files: readonly string[], texts: readonly string[]): Record<string, any>[] {
  // The parser: its code, and the versions of the YAML packages it uses (an npm install can change them in place).
  const parsers = ['js-yaml', 'yaml'].map((name) => `${name}@${require(`${name}/package.json`).version}`).join(' ');
  const hash = createHash('sha256').update(`${CODE_DIGEST}\n${parsers}\n`);
  files.forEach((file, index) => hash.update(`${file}\n${texts[index].length}\n`).update(texts[index]));
  const folder = path.join(projectCacheDir(ROOT), 'committed-trees');
  const cached = path.join(folder, `${environment}-${hash.digest('hex')}.v8`);
  try {
    const objects = v8.deserialize(fs.readFileSync(cached));
    if (Array.isArray(objects) && objects.length === files.length) return objects;
  } catch {
    // Not cached (or unreadable): parsed below.
  }
  const objects = texts.map((text, index) => parsedText(text, files[index]));
  // v8's serialization keeps what JSON would change (.nan, .inf); the earlier parses of this environment go.
  const ofThisEnvironment = new RegExp(`^${environment}-[0-9a-f]{64}\\.v8$`);
  const stale = fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => ofThisEnvironment.test(name) && name !== path.basename(cached)) : [];
  for (const name of stale) fs.rmSync(path.join(folder, name), { force: true });
  writeCacheFile(cached, v8.serialize(objects));
  return objects;
}

const committed = new Map<string, ReadonlyArray<{ file: string; object: Record<string, any> }>>();

/**
 * A file's parse, shared by every file of the worker holding the same text: the environments' trees hold the same
 * CustomResourceDefinitions, which are most of their bytes, so the second environment parses in a fraction of the
 * time. Shared objects are safe: committedTree freezes them.
 */
function parsedText(text: string, file: string): Record<string, any> {
  let object = parses.get(text);
  if (!object) {
    object = parseDocument(text, file) as Record<string, any>;
    parses.set(text, object);
  }
  return object;
}
const parses = new Map<string, Record<string, any>>();

/** The realm description the realm sync Job writes into Keycloak, parsed from its ConfigMap. */
export function realmOf(rendered: RenderedEnvironment): Record<string, any> {
  return JSON.parse(findObject(rendered, 'ConfigMap', 'realm-worldcereal', 'keycloak').data['worldcereal.json']);
}

/**
 * The Helm values a module gives its chart under `config`, as the platform builds them: no render, no Helm. A test
 * of a configuration field checks here that each value reaches its place in the values, and in the environments'
 * renders (production's, the test environment's) that the chart applies that place: together they cover what a
 * render of one more variant would, without running Helm for it.
 */
export function chartValues(config: ConfigInput, moduleId: string, chart: string): Record<string, any> {
  const installed = builtModules(config, moduleId)[0].helmCharts.find((candidate) => candidate.chart.name === chart);
  if (!installed) throw new Error(`module ${moduleId} installs no chart ${chart}`);
  return installed.values as Record<string, any>;
}

/**
 * The objects the modules make themselves under `config` (not their charts'), `moduleId`'s only when given, as the
 * platform builds them: no Helm.
 */
export function ownObjects(config: ConfigInput, moduleId?: string): Record<string, any>[] {
  return builtModules(config, moduleId).flatMap((module) => module.toJson() as Record<string, any>[]);
}

/** The modules of the platform built under `config`, `moduleId` alone when given; an error when it is not there. */
function builtModules(config: ConfigInput, moduleId?: string): PlatformModule[] {
  const modules = builtPlatform(config).modules.filter((module) => moduleId === undefined || module.id === moduleId);
  if (modules.length === 0) throw new Error(`module ${moduleId} is not in the platform`);
  return modules;
}

/** The platform of every module under `config`, its modules built (their objects and values made), not rendered. */
export function builtPlatform(config: ConfigInput): Platform {
  return new Platform(unitEnvironment(config, MODULES), MODULES);
}

/** The uid and gid of `nobody`, whom root becomes to meet permissions as an ordinary user does. */
const NOBODY = 65534;

/**
 * Runs `fn` as an ordinary user would meet the file system: root ignores permission bits, so as root the effective
 * ids become `nobody` for the call (files it needs must be reachable by others). As anyone else it just runs.
 */
export function asOrdinaryUser<T>(fn: () => T): T {
  if (process.getuid?.() !== 0) return fn();
  process.setegid?.(NOBODY);
  process.seteuid?.(NOBODY);
  try {
    return fn();
  } finally {
    process.seteuid?.(0);
    process.setegid?.(0);
  }
}

/** Gives a scratch folder to the user `asOrdinaryUser` runs as, so it can write there. */
export function handToOrdinaryUser(dir: string): void {
  if (process.getuid?.() !== 0) return;
  const own = (target: string) => {
    fs.lchownSync(target, NOBODY, NOBODY);
    if (fs.lstatSync(target).isDirectory()) for (const entry of fs.readdirSync(target)) own(path.join(target, entry));
  };
  own(dir);
}

/**
 * A Deployment named `name` in `namespace` that the placement and Pod Security checks pass: pinned to the system
 * nodes, its pod and each of `containers` restricted. `pod` adds to the pod spec (volumes, pull secrets).
 */
export function pinnedDeployment(scope: Construct, namespace: string, name: string, containers: Array<Record<string, any>>, pod: Record<string, any> = {}): k8s.KubeDeployment {
  const restricted = { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } };
  return new k8s.KubeDeployment(scope, name, {
    metadata: { name, namespace },
    spec: {
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          nodeSelector: { 'system-tag': 'world-cereal-system' },
          securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
          containers: containers.map((container) => ({ securityContext: restricted, ...container }) as k8s.Container),
          ...pod,
        },
      },
    },
  });
}

/** What an Ingress of `ingressOf` routes and how: everything but its host and path has a default. */
export interface IngressOptions {
  readonly namespace?: string;
  readonly name?: string;
  readonly pathType?: string;
  /** Of the Service the path goes to, which is named as the Ingress. */
  readonly port?: number;
  readonly ingressClassName?: string;
  readonly annotations?: Record<string, string>;
  /** Certify the host (spec.tls). */
  readonly tls?: boolean;
}

/** An Ingress routing one host and path, in the file a module `m` of environment `unit` would write it to. */
export function ingressOf(host: string, path: string, options: IngressOptions = {}): { file: string; object: Record<string, any> } {
  const { namespace = 'm', name = 'web', pathType = 'Prefix', port = 80, ingressClassName = 'kong', annotations = {}, tls = false } = options;
  return {
    file: `dist/unit/${namespace}/ingress-${name}.yaml`,
    object: {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name, namespace, annotations },
      spec: {
        ingressClassName,
        rules: [{ host, http: { paths: [{ path, pathType, backend: { service: { name, port: { number: port } } } }] } }],
        ...(tls ? { tls: [{ hosts: [host] }] } : {}),
      },
    },
  };
}
