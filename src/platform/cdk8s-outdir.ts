import * as fs from 'node:fs';
import * as path from 'node:path';

/** The folders synth writes, which `cdk8s synth` lists from its output folder. */
const TREE = ['dist', 'argocd'];

/**
 * Gives the cdk8s CLI's output folder (CDK8S_OUTDIR, which the CLI empties before each run) the tree synth left in
 * the project, linking each file (about 50 times cheaper than a copy) and copying where a link cannot be made (the
 * folder on another file system). A synth with nothing to do fills it as a full one does.
 */
export function fillCdk8sOutdir(root: string, outdir: string): void {
  const folder = path.resolve(root, outdir);
  const within = (inner: string, outer: string) => inner === outer || inner.startsWith(`${outer}${path.sep}`);
  if (within(path.resolve(root), folder) || TREE.some((top) => within(folder, path.resolve(root, top)))) {
    // The CLI empties its folder before each run: one holding the project or the tree would delete what synth wrote.
    throw new Error(`it holds the project or lies inside ${TREE.map((top) => `${top}/`).join(' or ')}; give cdk8s.yaml another output folder`);
  }
  for (const top of TREE) {
    const from = path.join(root, top);
    if (!fs.existsSync(from)) continue;
    for (const entry of fs.readdirSync(from, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const source = path.join(entry.parentPath, entry.name);
      const target = path.join(folder, path.relative(root, source));
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
}
