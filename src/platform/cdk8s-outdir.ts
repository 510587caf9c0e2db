import * as fs from 'node:fs';
import * as path from 'node:path';
import { filesUnder, SYNTH_INPUTS, TREE_FOLDERS } from './synth-record';

/**
 * What synth reads or writes at the top of the project, and the packages it runs: the CLI empties its output
 * folder before it starts the app, so a folder holding any of it loses it (`output: environments` deletes the
 * environment files).
 */
const REACHED = [...new Set([...TREE_FOLDERS, ...SYNTH_INPUTS.map((input) => input.split('/')[0]), 'node_modules'])];

/**
 * The real path of the cdk8s output folder `outdir` (relative to `root`), refused when it holds the project or lies
 * in what synth reads or writes. Compared by real path: a folder reached through a link (to the project, or the
 * link a scratch project has for src/) is the folder it leads to.
 */
export function checkCdk8sOutdir(root: string, outdir: string): string {
  const folder = realPath(path.resolve(root, outdir));
  const project = fs.realpathSync(root);
  const within = (inner: string, outer: string) => inner === outer || inner.startsWith(`${outer}${path.sep}`);
  if (within(project, folder) || REACHED.some((top) => within(folder, realPath(path.join(project, top))))) {
    throw new Error(`it holds the project or lies inside what synth reads or writes (${REACHED.join(', ')}); give cdk8s.yaml another output folder`);
  }
  return folder;
}

/**
 * Gives the cdk8s CLI's output folder (CDK8S_OUTDIR, which the CLI empties before each run) the tree synth left in
 * the project, linking each file (about 50 times cheaper than a copy) and copying where a link cannot be made (the
 * folder on another file system). A synth with nothing to do fills it as a full one does.
 */
export function fillCdk8sOutdir(root: string, outdir: string): void {
  const folder = checkCdk8sOutdir(root, outdir);
  // What an earlier run left there goes first, links included (removed, not followed): a file the tree no longer has
  // would stay listed, and writing through a linked file or folder would change what it leads to.
  for (const top of TREE_FOLDERS) fs.rmSync(path.join(folder, top), { recursive: true, force: true });
  for (const file of TREE_FOLDERS.flatMap((top) => filesUnder(root, top))) {
    const source = path.join(root, file);
    const target = path.join(folder, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
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
