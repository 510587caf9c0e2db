import { createHash, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The digest naming a cache entry: every input that can change what a tool renders. */
export function cacheKey(inputs: unknown): string {
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

/**
 * Rendered upstream sources, one JSON file per input digest, so a synth whose inputs did not change runs no Helm and
 * no kustomize. Entries are written whole (temporary name, then rename): concurrent synths never read half a file.
 * Without a folder nothing is cached.
 */
export class HydrationCache {
  constructor(private readonly dir: string | undefined) {}

  get<T>(kind: string, key: string): T | undefined {
    if (!this.dir) return undefined;
    try {
      return JSON.parse(fs.readFileSync(this.file(kind, key), 'utf8')) as T;
    } catch {
      return undefined;
    }
  }

  put(kind: string, key: string, value: unknown): void {
    if (!this.dir) return;
    const target = this.file(kind, key);
    const temporary = `${target}.${process.pid}-${randomUUID()}.tmp`;
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      fs.writeFileSync(temporary, JSON.stringify(value));
      fs.renameSync(temporary, target);
    } catch {
      // A cache that cannot be written only costs the next synth a render.
      fs.rmSync(temporary, { force: true });
    }
  }

  private file(kind: string, key: string): string {
    return path.join(this.dir as string, `${kind}-${key}.json`);
  }
}
