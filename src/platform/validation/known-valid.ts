import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeCacheFile } from '../cache-dir';

/** Hex SHA-256 of a text. */
export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Digest of the code in this folder, which decides what is valid: a change to it must not meet the answers of the
 * previous version.
 */
const DERIVATION = sha256(
  fs
    .readdirSync(__dirname)
    .filter((f) => /\.[jt]s$/.test(f))
    .sort()
    .map((f) => fs.readFileSync(path.join(__dirname, f), 'utf8'))
    .join('\n'),
).slice(0, 16);

interface SavedIndex {
  readonly derivation: string;
  readonly valid: readonly string[];
}

/**
 * The objects earlier synths found valid, kept on disk. Validation is a pure function of the object, the schemas
 * that select it and this folder's code, so when a key covers the first two an earlier answer stands: an unchanged
 * object is not checked again, and a synth whose objects are all known reads no schema at all. Only answers of the
 * current run are saved, so the index follows the rendered tree instead of growing forever.
 */
export class KnownValidObjects {
  private readonly earlier: ReadonlySet<string>;
  private readonly now = new Set<string>();

  constructor(private readonly file: string) {
    const saved = readIndex(file);
    this.earlier = new Set(saved?.derivation === DERIVATION && Array.isArray(saved.valid) ? saved.valid : []);
  }

  /** Whether an earlier run found the object identified by `key` valid; it then stays known after this run. */
  has(key: string): boolean {
    if (!this.earlier.has(key)) return false;
    this.now.add(key);
    return true;
  }

  /** Remembers that the object identified by `key` is valid. */
  remember(key: string): void {
    this.now.add(key);
  }

  /** Writes what this run found valid, replacing the index (see `writeCacheFile`: best effort, whole or not at all). */
  save(): void {
    if (this.now.size === this.earlier.size && [...this.now].every((key) => this.earlier.has(key))) return;
    writeCacheFile(this.file, JSON.stringify({ derivation: DERIVATION, valid: [...this.now].sort() } satisfies SavedIndex));
  }
}

/** The saved index, or undefined when there is none or it cannot be read (it is only a cache). */
function readIndex(file: string): SavedIndex | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as SavedIndex;
  } catch {
    return undefined;
  }
}
