import * as fs from 'node:fs';
import * as path from 'node:path';
import { CrdSchemas, RenderedCrds } from './crd-schemas';
import { KnownValidObjects, sha256 } from './known-valid';
import { KubernetesDefinitions } from './kubernetes-schemas';
import type { SchemaNode } from './strict-schema';
import { StructuralValidator } from './structural-validator';
import type { RenderedObject } from '../rendered-object';


export interface SchemaGateProps {
  /** Folder with v<minor>.json Kubernetes OpenAPI definitions. */
  readonly kubernetesSchemaDir: string;
  /** Folder with <project>/*.yaml CRDs. */
  readonly crdDir: string;
  /** Kubernetes minors objects can be checked against. */
  readonly minors: readonly string[];
  /** Folder for what the gate remembers across runs (the objects found valid). */
  readonly cacheDir: string;
}

const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';

/**
 * Strict schema validation of rendered objects: built-in kinds against the OpenAPI definitions of every supported
 * Kubernetes minor, custom resources against their CRD and their metadata against ObjectMeta of every minor.
 * Unknown fields are errors. Each problem names the file, the object, the field, and the minors (or CRD) concerned.
 */
export class SchemaGate {
  private readonly known: KnownValidObjects;
  /** Validators by lookup (minor or rendered CRDs, apiVersion and kind); undefined when there is no schema. */
  private readonly validators = new Map<string, StructuralValidator | undefined>();
  /** Built-in validators by schema text: minors whose definitions agree share one, which then runs once per object. */
  private readonly byContent = new Map<string, StructuralValidator>();
  private readonly kubernetes: KubernetesDefinitions[];
  private readonly crds: CrdSchemas;
  /** Identifies the schema files as they are now (names, sizes, modification times), without reading them. */
  private readonly fingerprint: string;

  constructor(props: SchemaGateProps) {
    this.kubernetes = props.minors.map((minor) => new KubernetesDefinitions(props.kubernetesSchemaDir, minor));
    this.crds = new CrdSchemas(props.crdDir);
    this.known = new KnownValidObjects(path.join(props.cacheDir, 'known-valid.json'));
    this.fingerprint = fingerprint([props.kubernetesSchemaDir, props.crdDir]);
  }

  /**
   * Every problem found, one line each; empty when all objects are valid in each of `minors` (by default every
   * minor of the gate). Custom resources are checked against the CRDs among `manifests` first (what the platform
   * installs), then against schemas/crds.
   */
  validate(manifests: readonly RenderedObject[], minors: readonly string[] = this.kubernetes.map((defs) => defs.minor)): string[] {
    return this.validateAll([{ manifests, minors }]);
  }

  /**
   * `validate` for several trees at once (one per environment, each with its minors). What the cache remembers
   * follows exactly what this call saw, so every tree of a synth goes through one call.
   */
  validateAll(batches: ReadonlyArray<{ readonly manifests: readonly RenderedObject[]; readonly minors: readonly string[] }>): string[] {
    const problems = batches.flatMap(({ manifests, minors }) => this.validateBatch(manifests, minors));
    this.known.save();
    return problems;
  }

  private validateBatch(manifests: readonly RenderedObject[], minors: readonly string[]): string[] {
    const kubernetes = this.kubernetes.filter((defs) => minors.includes(defs.minor));
    const crdManifests = manifests.filter(({ object }) => object.kind === 'CustomResourceDefinition' && object.apiVersion === 'apiextensions.k8s.io/v1');
    const rendered = new RenderedCrds(crdManifests);
    // The rendered CRDs select custom resources' schemas as much as the schema files do.
    const renderedKey = sha256(crdManifests.map(({ object, identity }) => identity ?? JSON.stringify(object)).join('\n')).slice(0, 16);
    return manifests.flatMap((manifest) => {
      // The object, the minors and the schemas (files and rendered CRDs) select the validation; the cache adds the derivation code.
      const key = sha256(`${this.fingerprint}\n${renderedKey}\n${minors.join(',')}\n${manifest.identity ?? JSON.stringify(manifest.object)}`);
      if (this.known.has(key)) return [];
      const found = this.validateOne(manifest, kubernetes, rendered, renderedKey);
      if (found.length === 0) this.known.remember(key);
      return found;
    });
  }

  private validateOne({ file, object }: RenderedObject, kubernetes: readonly KubernetesDefinitions[], rendered: RenderedCrds, renderedKey: string): string[] {
    const { apiVersion, kind } = object;
    const label = `${file}: ${kind ?? '(no kind)'} ${object.metadata?.name ?? '(no name)'}`;
    if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
      return [`${label}: apiVersion and kind are required`];
    }
    const renderedSource = rendered.sourceOf(apiVersion, kind);
    const custom = renderedSource
      ? this.validator(`rendered-crd:${renderedKey}:${apiVersion}/${kind}`, () => validatorOf(rendered.schemaFor(apiVersion, kind)))
      : this.validator(`crd:${apiVersion}/${kind}`, () => validatorOf(this.crds.schemaFor(apiVersion, kind)));
    if (renderedSource && !custom) return [`${label}: ${renderedSource} does not serve ${apiVersion}`];
    // Minors whose definitions agree share a validator: each runs once on the object.
    const once = memoized();
    if (custom) {
      const problems = run(custom, { ...object, metadata: {} });
      const source = problems.length > 0 ? renderedSource ?? this.crds.sourceOf(apiVersion, kind) : '';
      return [
        ...problems.map((p) => `${label}: ${p} (CRD ${source})`),
        ...this.acrossMinors(kubernetes, label, (defs) => once(this.kubernetesValidator(defs, `#${OBJECT_META}`, () => OBJECT_META) as StructuralValidator, object.metadata ?? {}, 'metadata')),
      ];
    }
    const builtIn = (defs: KubernetesDefinitions) => this.kubernetesValidator(defs, `${apiVersion}/${kind}`, () => defs.definitionFor(apiVersion, kind));
    if (!kubernetes.some(builtIn)) {
      // Only now are the CRD files scanned: a CRD that lacks this version says more than "not served".
      const crd = this.crds.sourceOf(apiVersion, kind);
      if (crd) return [`${label}: ${crd} does not serve ${apiVersion}`];
    }
    return this.acrossMinors(kubernetes, label, (defs) => {
      const validate = builtIn(defs);
      return validate ? once(validate, object) : [`${apiVersion} ${kind} is not served (neither built in, nor defined by a CRD the platform renders or one under schemas/crds)`];
    });
  }

  private kubernetesValidator(defs: KubernetesDefinitions, lookup: string, definition: () => string | undefined): StructuralValidator | undefined {
    return this.validator(`k8s:${defs.minor}:${lookup}`, () => {
      const name = definition();
      if (!name) return undefined;
      const closure = defs.closure(name);
      let shared = this.byContent.get(closure.key);
      if (!shared) {
        shared = new StructuralValidator(closure.schema);
        this.byContent.set(closure.key, shared);
      }
      return shared;
    });
  }

  /** The validator found under `lookup`, made by `make` the first time it is asked for. */
  private validator(lookup: string, make: () => StructuralValidator | undefined): StructuralValidator | undefined {
    if (!this.validators.has(lookup)) this.validators.set(lookup, make());
    return this.validators.get(lookup);
  }

  /** Runs a check per minor and reports each distinct problem once, with the minors it occurs in. */
  private acrossMinors(kubernetes: readonly KubernetesDefinitions[], label: string, check: (defs: KubernetesDefinitions) => string[]): string[] {
    const minorsByProblem = new Map<string, string[]>();
    for (const defs of kubernetes) {
      for (const problem of check(defs)) {
        minorsByProblem.set(problem, [...(minorsByProblem.get(problem) ?? []), defs.minor]);
      }
    }
    // A problem of the environment's own minor that the newest does not have: its Kubernetes is too old for the object.
    const [oldest, newest] = [kubernetes[0]?.minor, kubernetes[kubernetes.length - 1]?.minor];
    return [...minorsByProblem].map(([problem, minors]) => {
      const tooOld = minors.includes(oldest) && !minors.includes(newest) ? `; ${newest} accepts it: the environment's kubernetesVersion is older than this object needs` : '';
      return `${label}: ${problem} (Kubernetes ${minors.join(', ')}${tooOld})`;
    });
  }
}

/**
 * Digest of every file's path, size and modification time (to the millisecond) under the given folders, each
 * folder by its real path: a project whose schemas folder links to another's (a scratch project of the tests)
 * shares what that one's gate remembers.
 */
function fingerprint(folders: readonly string[]): string {
  const entries: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = fs.statSync(full);
        entries.push(`${full}:${stat.size}:${Math.round(stat.mtimeMs)}`);
      }
    }
  };
  for (const folder of folders) walk(fs.realpathSync(folder));
  return sha256(entries.join('\n')).slice(0, 16);
}

function validatorOf(schema: SchemaNode | undefined): StructuralValidator | undefined {
  return schema && new StructuralValidator(schema);
}

/** `run`, remembering each validator's answer: for one object, a validator shared by several minors runs once. */
function memoized(): (validator: StructuralValidator, value: unknown, basePath?: string) => string[] {
  const answers = new Map<StructuralValidator, string[]>();
  return (validator, value, basePath) => {
    let answer = answers.get(validator);
    if (!answer) {
      answer = run(validator, value, basePath);
      answers.set(validator, answer);
    }
    return answer;
  };
}

function run(validator: StructuralValidator, value: unknown, basePath = ''): string[] {
  return validator.violations(value).map(({ path: at, message }) => `${fieldPath(basePath, at)}: ${message}`);
}

/** `spec.template.spec.containers[0].image` from a violation's path. */
function fieldPath(basePath: string, at: ReadonlyArray<string | number>): string {
  let field = basePath;
  for (const segment of at) {
    field += typeof segment === 'number' ? `[${segment}]` : `${field ? '.' : ''}${segment}`;
  }
  return field || '(root)';
}
