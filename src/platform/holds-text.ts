import * as fs from 'node:fs';

/**
 * Whether `file` holds exactly `text`. A file that cannot be read (missing, a folder, not ours to read) does not: the
 * caller treats it as different, and a writer then says whether it can replace it. Sizes are compared first, so a
 * file of another length is not read.
 */
export function holdsText(file: string, text: string): boolean {
  try {
    return fs.statSync(file).size === Buffer.byteLength(text) && fs.readFileSync(file, 'utf8') === text;
  } catch {
    return false;
  }
}
