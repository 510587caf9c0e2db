import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import Ajv, { ValidateFunction } from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import type { SchemaNode } from './strict-schema';

/**
 * Patterns of Kubernetes schemas are Go regular expressions (RE2 syntax), which the API server evaluates with Go's
 * regexp: `(?i)` and other RE2 forms that JavaScript's RegExp refuses are common in CRDs. They run on RE2JS, a port
 * of RE2 whose `test` is unanchored like Go's MatchString (and whose `toString` is the pattern, which ajv keys its
 * compiled patterns by). The code is text so that standalone validators carry it.
 */
const GO_REGEXP_CODE = '((pattern) => require("re2js").RE2JS.compile(pattern))';
const goRegExp = Object.assign(new Function('require', `return ${GO_REGEXP_CODE}`)(require) as (pattern: string) => { test(text: string): boolean }, { code: GO_REGEXP_CODE });

const AJV_OPTIONS = {
  strict: false,
  allErrors: true,
  validateFormats: false,
  logger: false as const,
  inlineRefs: false,
  // Optimizing the generated code costs more compile time than it saves on the few runs a validator gets.
  code: { source: true, optimize: false, regExp: goRegExp },
};
const AJV_VERSION: string = require('ajv/package.json').version;

/**
 * Digest of the code in this folder, which turns upstream schemas into the ones validators are compiled from: a
 * change to it must not meet validators compiled by the previous version.
 */
const DERIVATION = sha256(
  fs
    .readdirSync(__dirname)
    .filter((f) => /\.[jt]s$/.test(f))
    .sort()
    .map((f) => fs.readFileSync(path.join(__dirname, f), 'utf8'))
    .join('\n'),
).slice(0, 16);
const INDEX_FILE = 'index.json';
const requireFromHere = createRequire(__filename);
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;
/** Index value of an object found valid (lookups map to validator digests or null). */
const VALID = 'valid';

/** Hex SHA-256 of a text. */
export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A schema to compile, and the text that identifies its content (equal text, equal schema). */
export interface SchemaSource {
  readonly contentKey: string;
  readonly schema: () => SchemaNode;
}

/**
 * Compiled validators, kept in memory and on disk as ajv standalone modules. Compiling the schema of a large kind
 * takes ~150 ms per Kubernetes minor; loading the compiled module takes a few, and finding it needs no schema at
 * all: an index maps each lookup (schema files' fingerprint plus apiVersion/kind) to the validator's content
 * digest, so warm runs neither read the schema files nor compile. Content digests include ajv's version and
 * options, so a changed schema or ajv never meets a stale validator; minors whose schemas agree share one file.
 * Each module also keeps V8's code cache, taken after it ran, so the next run skips parsing and compiling the
 * functions it used (a megabyte of code per large CRD).
 */
export class ValidatorCache {
  private readonly inMemory = new Map<string, ValidateFunction>();
  /** Modules loaded without a usable code cache: their cache is written at flush, once they have run. */
  private readonly uncached = new Map<string, vm.Script>();
  private readonly index: Record<string, string | null>;
  private indexChanged = false;
  /** Objects found valid in this run, as index keys; other remembered results are dropped at flush. */
  private readonly validNow = new Set<string>();

  constructor(private readonly directory: string) {
    const indexPath = path.join(directory, INDEX_FILE);
    const saved: Record<string, string | null> = fs.existsSync(indexPath) ? JSON.parse(fs.readFileSync(indexPath, 'utf8')) : {};
    // Lookups made by an earlier version of the derivation code can never match again.
    this.index = Object.fromEntries(Object.entries(saved).filter(([key]) => key.startsWith(`${DERIVATION}:`)));
  }

  /**
   * The validator found under `lookupKey`, or undefined when `resolve` says there is no schema for it.
   * `lookup` must change whenever the schema could (it includes the schema files' fingerprint).
   */
  get(lookup: string, resolve: () => SchemaSource | undefined): ValidateFunction | undefined {
    const lookupKey = `${DERIVATION}:${lookup}`;
    let digest = this.index[lookupKey];
    let source: SchemaSource | undefined;
    if (digest === undefined) {
      source = resolve();
      digest = source ? sha256(`${AJV_VERSION}\n${JSON.stringify(AJV_OPTIONS)}\n${DERIVATION}\n${source.contentKey}`).slice(0, 32) : null;
      this.index[lookupKey] = digest;
      this.indexChanged = true;
    }
    if (digest === null) return undefined;
    let validate = this.inMemory.get(digest);
    if (!validate) {
      validate = this.load(digest, () => source ?? (resolve() as SchemaSource));
      this.inMemory.set(digest, validate);
    }
    return validate;
  }

  /**
   * Whether an object (identified by `key`, which must cover its content and everything that selects its
   * schemas) was found valid by an earlier run with this same derivation code. Validation is a pure function of
   * those, so the answer stands; an unchanged object then costs no validator load at all.
   */
  isKnownValid(key: string): boolean {
    const entry = `${DERIVATION}:valid:${key}`;
    if (this.index[entry] !== VALID) return false;
    this.validNow.add(entry);
    return true;
  }

  /** Remembers that the object identified by `key` is valid. */
  rememberValid(key: string): void {
    const entry = `${DERIVATION}:valid:${key}`;
    this.validNow.add(entry);
    if (this.index[entry] !== VALID) {
      this.index[entry] = VALID;
      this.indexChanged = true;
    }
  }

  /**
   * Saves the lookup index and the code caches of the modules that ran without one, for the next run. Results of
   * objects this run did not see are dropped, so the index follows the rendered tree instead of growing forever.
   */
  flush(): void {
    for (const [digest, script] of this.uncached) this.writeAtomically(`${digest}.v8`, script.createCachedData());
    this.uncached.clear();
    for (const entry of Object.keys(this.index)) {
      if (this.index[entry] === VALID && !this.validNow.has(entry)) {
        delete this.index[entry];
        this.indexChanged = true;
      }
    }
    if (!this.indexChanged) return;
    this.writeAtomically(INDEX_FILE, JSON.stringify(this.index));
    this.indexChanged = false;
    // Validators no lookup leads to any more (an older schema or derivation) only take space. Recent ones may
    // belong to a synth running beside this one (test workers), so they stay.
    const live = new Set(Object.values(this.index).filter((value) => value !== VALID));
    const stale = Date.now() - STALE_AFTER_MS;
    for (const name of fs.readdirSync(this.directory)) {
      const digest = /^([0-9a-f]{32})\.(js|v8)$/.exec(name)?.[1];
      const file = path.join(this.directory, name);
      const modified = digest && !live.has(digest) ? fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs : undefined;
      if (modified !== undefined && modified < stale) fs.rmSync(file, { force: true });
    }
  }

  private load(digest: string, source: () => SchemaSource): ValidateFunction {
    const file = path.join(this.directory, `${digest}.js`);
    const cached = this.loadModule(digest, file);
    if (cached) return cached;
    // One Ajv per schema: it keeps every schema it compiled, and these are large (whole CRDs); this one is dropped.
    const ajv = new Ajv(AJV_OPTIONS);
    const code = standaloneCode(ajv, ajv.compile(source().schema()));
    this.writeAtomically(`${digest}.js`, code);
    // Run as the standalone module, as a warm synth would: ajv's own compiled function keeps the whole Ajv (its
    // schemas and generated source) alive, hundreds of megabytes over a cold synth's validators.
    return this.runModule(digest, file, code);
  }

  /**
   * Runs a standalone module as `require` would, with V8's code cache from an earlier run when there is one; undefined
   * when the module is not (or no longer) on disk.
   */
  private loadModule(digest: string, file: string): ValidateFunction | undefined {
    const code = readIfPresent(file)?.toString('utf8');
    return code === undefined ? undefined : this.runModule(digest, file, code);
  }

  /** Runs a standalone module's code, with V8's code cache from an earlier run when there is one. */
  private runModule(digest: string, file: string, code: string): ValidateFunction {
    const cachedData = readIfPresent(path.join(this.directory, `${digest}.v8`));
    const script = new vm.Script(`(function (exports, require, module) {${code}\n})`, { filename: file, cachedData });
    if (!cachedData || script.cachedDataRejected) this.uncached.set(digest, script);
    const module = { exports: {} as unknown };
    // The module needs ajv's runtime helpers: resolve them from here, wherever the cache folder is.
    script.runInThisContext()(module.exports, requireFromHere, module);
    return module.exports as ValidateFunction;
  }

  private writeAtomically(name: string, text: string | Buffer): void {
    fs.mkdirSync(this.directory, { recursive: true });
    const partial = path.join(this.directory, `${name}.${process.pid}.tmp`);
    fs.writeFileSync(partial, text);
    fs.renameSync(partial, path.join(this.directory, name));
  }
}

/** A file's bytes, or undefined when it does not exist (another process may have just removed it). */
function readIfPresent(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
