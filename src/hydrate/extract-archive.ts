import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as tar from 'tar';
import { PlatformError } from '../platform/errors';
import { unreadableArchive } from './archive-files';

/**
 * Calls `use` with a temporary folder holding the contents of the gzipped tar `archive`, removed afterwards: how a
 * vendored kustomize source is read. Entries cannot land outside the folder (`..` and absolute paths are stripped)
 * and keep no owner from the archive, even when run as root.
 */
export function withExtractedArchive<T>(archive: string, use: (dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-archive-'));
  try {
    try {
      tar.x({ file: archive, cwd: dir, sync: true, strict: true, preserveOwner: false });
    } catch (error) {
      throw new PlatformError(unreadableArchive(archive, error));
    }
    return use(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
