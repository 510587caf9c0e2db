import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeCacheFile } from '../platform/cache-dir';
import { deepFreeze } from '../platform/deep-freeze';

/** The digest naming a cache entry: every input that can change what a tool renders. */
export function cacheKey(inputs: unknown): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

/** An object as cached: the object and its YAML text. */
export interface CachedObject {
  readonly object: Record<string, unknown>;
  readonly text: string;
}

/** A cache entry: the objects of a render by the digest of their text, and the digest of the tool output they came from. */
interface Entry {
  readonly objects: readonly string[];
  readonly output: string;
}

/** The digest of a text, as entries name objects and tool outputs by. */
export function textDigest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Rendered upstream sources, so a synth whose inputs did not change runs no Helm and no kustomize. An entry, named
 * by the digest of its inputs, lists its objects by the digest of their text; each object is stored once however
 * many renders produce it (the CRDs of a chart are the same in every environment, and they are most of the bytes).
 * The entry also keeps the digest of the tool's raw output, so a check of the tool's determinism can compare a new
 * run with the one the entry came from without storing megabytes of output.
 * Files are written whole (temporary name, then rename): concurrent synths never read half a file. Without a
 * folder nothing is cached.
 */
export class HydrationCache {
  /**
   * Objects read or written, by the digest of their text, for every cache of the process: an object file is named by
   * its content, so what one synth read serves the next (tests run many synths, each with a cache of its own).
   */
  private static readonly objects = new Map<string, CachedObject>();
  /** Files read or written by this process: what `prune` keeps. */
  private readonly used = new Set<string>();

  constructor(private readonly dir: string | undefined) {}

  /** A small JSON value (the CRDs a render declares), or undefined. */
  getValue<T>(kind: string, key: string): T | undefined {
    return this.read<T>(`${kind}-${key}`);
  }

  putValue(kind: string, key: string, value: unknown): void {
    this.write(`${kind}-${key}`, value);
  }

  /** Whether an entry is cached, without reading it (an object of it gone missing still makes `getObjects` miss). */
  has(kind: string, key: string): boolean {
    return !!this.dir && fs.existsSync(this.file(`${kind}-${key}`));
  }

  /** Counts an entry as used by this process, without reading it, so that `prune` keeps it if it exists. */
  keep(kind: string, key: string): void {
    if (this.dir) this.used.add(this.file(`${kind}-${key}`));
  }

  /** The objects of a render, or undefined when it is not cached whole. */
  getObjects(kind: string, key: string): CachedObject[] | undefined {
    const digests = this.read<Entry>(`${kind}-${key}`)?.objects;
    if (!Array.isArray(digests)) return undefined;
    const objects: CachedObject[] = [];
    for (const digest of digests) {
      if (this.dir) this.used.add(this.file(`object-${digest}`));
      const object = HydrationCache.objects.get(digest) ?? frozen(this.read<CachedObject>(`object-${digest}`));
      if (!object) return undefined;
      HydrationCache.objects.set(digest, object);
      objects.push(object);
    }
    return objects;
  }

  /** The digest of the tool output a cached render came from, or undefined when it is not cached. */
  getOutputDigest(kind: string, key: string): string | undefined {
    const output = this.read<Entry>(`${kind}-${key}`)?.output;
    return typeof output === 'string' ? output : undefined;
  }

  /** Caches the objects of a render and the digest of the tool output (see textDigest) they came from. */
  putObjects(kind: string, key: string, objects: readonly CachedObject[], outputDigest: string): void {
    const digests = objects.map((object) => {
      frozen(object);
      const digest = textDigest(object.text);
      if (!HydrationCache.objects.has(digest)) HydrationCache.objects.set(digest, object);
      if (this.dir && !fs.existsSync(this.file(`object-${digest}`))) this.write(`object-${digest}`, object);
      return digest;
    });
    const entry: Entry = { objects: digests, output: outputDigest };
    this.write(`${kind}-${key}`, entry);
  }

  /**
   * Deletes what this process did not use and nobody wrote for a day (earlier charts and values), so the cache
   * follows the tree instead of growing with every change. Recent files may belong to a synth or test running
   * beside this one, so they stay.
   */
  prune(): void {
    // No folder (or something else where it should be): nothing was cached, nothing to prune.
    if (!this.dir || !fs.statSync(this.dir, { throwIfNoEntry: false })?.isDirectory()) return;
    const stale = Date.now() - 24 * 60 * 60 * 1000;
    for (const name of fs.readdirSync(this.dir)) {
      const file = path.join(this.dir, name);
      if (this.used.has(file)) continue;
      const modified = fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs;
      if (modified !== undefined && modified < stale) fs.rmSync(file, { force: true });
    }
  }

  private read<T>(name: string): T | undefined {
    if (!this.dir) return undefined;
    this.used.add(this.file(name));
    try {
      return JSON.parse(fs.readFileSync(this.file(name), 'utf8')) as T;
    } catch {
      return undefined;
    }
  }

  private write(name: string, value: unknown): void {
    if (!this.dir) return;
    const target = this.file(name);
    this.used.add(target);
    writeCacheFile(target, JSON.stringify(value));
  }

  private file(name: string): string {
    return path.join(this.dir as string, `${name}.json`);
  }
}

/**
 * A cached object, frozen: it is shared by every render of the process that asks for it, so none may change it for
 * the others, and the checks of single objects remember what they found it (see problemsUnlessKnownClean).
 */
function frozen(cached: CachedObject | undefined): CachedObject | undefined {
  if (cached) deepFreeze(cached.object);
  return cached;
}
