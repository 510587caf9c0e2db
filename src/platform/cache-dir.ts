import * as path from 'node:path';

/**
 * Where a project keeps what synth can rebuild (rendered charts, the objects found valid, the last synth's record):
 * under node_modules, so a fresh install starts clean and git never sees it. scripts/register-ts.js keeps its
 * transpiled files beside them, in `ts/`.
 */
export function projectCacheDir(root: string): string {
  return path.join(root, 'node_modules', '.cache', 'ewoc-platform');
}
