import * as tar from 'tar';
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
    throw new PlatformError(`could not read ${archive}: ${(error as Error).message}`);
  }
  return files;
}
