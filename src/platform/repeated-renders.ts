import * as path from 'node:path';
import { renderOf } from '../hydrate/hydrator';
import { holdsText } from './holds-text';
import type { RenderedEnvironment } from './render';

/**
 * The chart renders among `ranNow` (cache keys of renders Helm ran in this synth) whose every file the tree on disk
 * already holds, byte for byte. A cached render is not run again, so those files came from another Helm run, on
 * this machine or where the tree was committed: two runs of the chart gave the same objects.
 */
export function rendersRepeatingTheTree(root: string, environments: readonly RenderedEnvironment[], ranNow: ReadonlySet<string>): string[] {
  const filesOf = new Map<string, Array<{ file: string; text: string }>>();
  for (const { upstream } of environments) {
    for (const [file, { text, identity }] of upstream) {
      const key = renderOf(identity);
      if (ranNow.has(key)) filesOf.set(key, [...(filesOf.get(key) ?? []), { file, text }]);
    }
  }
  return [...filesOf].filter(([, files]) => files.every(({ file, text }) => holdsText(path.join(root, file), text))).map(([key]) => key);
}
