import * as tar from 'tar';
import * as path from 'node:path';
import { PlatformError } from '../platform/errors';

/**
 * The text of the files of a gzipped tar archive, by their path in it, read in memory: reading a chart's values and
 * templates this way takes a fraction of extracting it to disk.
 */
export function readArchiveFiles(archive: string): Map<string, string> {
  const files = new Map<string, string>();
  try {
    tar.t({
      file: archive,
      sync: true,
      strict: true,
      onReadEntry: (entry) => {
        if (entry.type !== 'File') {
          entry.resume();
          return;
        }
        const chunks: Buffer[] = [];
        entry.on('data', (chunk: Buffer) => chunks.push(chunk));
        entry.on('end', () => files.set(entry.path, Buffer.concat(chunks).toString('utf8')));
      },
    });
  } catch (error) {
    throw new PlatformError(unreadableArchive(archive, error));
  }
  return files;
}

/** Why a vendored archive cannot be read, naming it as the project does (charts/<file>) and what to do. */
export function unreadableArchive(archive: string, error: unknown): string {
  const name = `${path.basename(path.dirname(archive))}/${path.basename(archive)}`;
  return `${name} is not a readable gzipped tar archive (${(error as Error).message}); restore it from git or vendor it again`;
}
