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
  /** Key -> when a run last found that object valid (milliseconds since the epoch). */
  readonly valid: Readonly<Record<string, number>>;
}

/** An answer no run has confirmed for this long is dropped: the index follows what is rendered now. */
const KEPT_FOR = 24 * 60 * 60 * 1000;
/** An answer confirmed this recently is not written again only to say so. */
const REFRESHED_AFTER = 60 * 60 * 1000;

/**
 * The objects earlier synths found valid, kept on disk. Validation is a pure function of the object, the schemas
 * that select it and this folder's code, so when a key covers the first two an earlier answer stands: an unchanged
 * object is not checked again, and a synth whose objects are all known reads no schema at all. Checkouts sharing
 * node_modules (a branch and another, the tests' scratch projects) share the index, so each run adds its answers to
 * what the file holds when it saves, and answers no run confirmed for a day are dropped: the index follows the
 * trees rendered lately instead of growing forever, and one checkout's synth does not make another's start over.
 */
export class KnownValidObjects {
  private readonly earlier: ReadonlyMap<string, number>;
  private readonly now = new Set<string>();

  constructor(private readonly file: string) {
    this.earlier = readIndex(file);
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

  /**
   * Adds this run's answers to the index as it is on disk now (another process may have saved since this one read
   * it), without those unconfirmed for a day. Nothing is written when every answer was known and recently confirmed.
   * See `writeCacheFile`: best effort, whole or not at all; two runs saving at once may lose one's new answers,
   * which only costs a later run their check.
   */
  save(): void {
    const time = Date.now();
    if ([...this.now].every((key) => time - (this.earlier.get(key) ?? -Infinity) < REFRESHED_AFTER)) return;
    const valid: Record<string, number> = {};
    for (const [key, confirmed] of readIndex(this.file)) if (time - confirmed < KEPT_FOR) valid[key] = confirmed;
    for (const key of this.now) valid[key] = time;
    const sorted = Object.fromEntries(Object.entries(valid).sort(([a], [b]) => (a < b ? -1 : 1)));
    writeCacheFile(this.file, JSON.stringify({ derivation: DERIVATION, valid: sorted } satisfies SavedIndex));
  }
}

/**
 * The answers of the saved index, or none when there is none, it cannot be read (it is only a cache) or another
 * version of this code wrote it. An answer dated later than now (a clock set back, a damaged file) is no
 * confirmation: kept, it would never grow a day old.
 */
function readIndex(file: string): Map<string, number> {
  try {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as SavedIndex;
    if (saved?.derivation !== DERIVATION || typeof saved.valid !== 'object' || saved.valid === null) return new Map();
    const now = Date.now();
    return new Map(Object.entries(saved.valid).filter((entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] <= now));
  } catch {
    return new Map();
  }
}
