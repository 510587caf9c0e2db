import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Where a project keeps what synth can rebuild (rendered charts, the objects found valid, the last synth's record):
 * under node_modules, so a fresh install starts clean and git never sees it. scripts/register-ts.js keeps its
 * transpiled files beside them, in `ts/`.
 */
export function projectCacheDir(root: string): string {
  return path.join(root, 'node_modules', '.cache', 'ewoc-platform');
}

/**
 * Writes a file of the cache whole: a unique temporary name, then a rename, so concurrent synths and test workers
 * never read half a file. Best effort: a cache that cannot be written (a read-only folder, a file where a folder
 * should be) only costs the next synth the work again, so a failure is ignored, and so is the clean-up's.
 */
export function writeCacheFile(file: string, content: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}-${randomUUID()}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temporary, content);
    fs.renameSync(temporary, file);
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // Nothing was written where nothing can be.
    }
  }
}
