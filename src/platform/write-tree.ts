import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Replaces the top-level folders of `files` (dist/, argocd/) under `root` with exactly these files. Everything is
 * written to a staging folder first and swapped in by rename, so a failure before the swap leaves the tree as it
 * was, and a reader never sees a half-written folder.
 */
export function writeTree(root: string, files: ReadonlyMap<string, string>): void {
  const staging = fs.mkdtempSync(path.join(root, '.staging-'));
  try {
    const tops = new Set<string>();
    for (const [file, text] of files) {
      tops.add(file.split('/')[0]);
      const target = path.join(staging, 'new', file);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
    }
    for (const top of [...tops].sort()) {
      const current = path.join(root, top);
      const previous = path.join(staging, 'old', top);
      fs.mkdirSync(path.dirname(previous), { recursive: true });
      if (fs.existsSync(current)) fs.renameSync(current, previous);
      try {
        fs.renameSync(path.join(staging, 'new', top), current);
      } catch (error) {
        if (fs.existsSync(previous)) fs.renameSync(previous, current);
        throw error;
      }
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
