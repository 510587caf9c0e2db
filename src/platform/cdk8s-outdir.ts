import * as fs from 'node:fs';
import * as path from 'node:path';
import { filesUnder } from './synth-record';

/** The folders synth writes, which `cdk8s synth` lists from its output folder. */
const TREE = ['dist', 'argocd'];

/**
 * Gives the cdk8s CLI's output folder (CDK8S_OUTDIR, which the CLI empties before each run) the tree synth left in
 * the project, linking each file (about 50 times cheaper than a copy) and copying where a link cannot be made (the
 * folder on another file system). A synth with nothing to do fills it as a full one does.
 */
export function fillCdk8sOutdir(root: string, outdir: string): void {
  // Compared by real path: a folder reached through a link to the project or the tree is that folder.
  const folder = realPath(path.resolve(root, outdir));
  const project = fs.realpathSync(root);
  const within = (inner: string, outer: string) => inner === outer || inner.startsWith(`${outer}${path.sep}`);
  if (within(project, folder) || TREE.some((top) => within(folder, path.join(project, top)))) {
    // The CLI empties its folder before each run: one holding the project or the tree would delete what synth wrote.
    throw new Error(`it holds the project or lies inside ${TREE.map((top) => `${top}/`).join(' or ')}; give cdk8s.yaml another output folder`);
  }
  for (const file of TREE.flatMap((top) => filesUnder(root, top))) {
    const source = path.join(root, file);
    const target = path.join(folder, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // Whatever is there goes first: writing through it could change a file it links to.
    fs.rmSync(target, { force: true });
    try {
      fs.linkSync(source, target);
    } catch {
      fs.copyFileSync(source, target, fs.constants.COPYFILE_EXCL);
    }
  }
}

/** The real path of `file`, which need not exist yet: its nearest existing folder's, followed by the rest. */
function realPath(file: string): string {
  if (fs.existsSync(file)) return fs.realpathSync(file);
  const parent = path.dirname(file);
  return parent === file ? file : path.join(realPath(parent), path.basename(file));
}
