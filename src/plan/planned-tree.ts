import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { parseDocument, splitDocuments } from '../hydrate/parse-manifests';

/** One object of a rendered tree, with where it lives: its environment and the module (Application) delivering it. */
export interface PlannedObject {
  readonly environment: string;
  /** The module folder under dist/<env>/, `apps` for the Applications, `bootstrap` for argocd/<env>.yaml. */
  readonly module: string;
  readonly file: string;
  readonly object: Record<string, any>;
}

/** Where a file of the tree belongs: dist/<env>/<module>/… or argocd/<env>.yaml; undefined for any other file. */
function placeOf(file: string): { environment: string; module: string } | undefined {
  const parts = file.split('/');
  if (parts[0] === 'dist' && parts.length === 4 && parts[3].endsWith('.yaml')) return { environment: parts[1], module: parts[2] };
  if (parts[0] === 'argocd' && parts.length === 2 && parts[1].endsWith('.yaml')) return { environment: parts[1].slice(0, -'.yaml'.length), module: 'bootstrap' };
  return undefined;
}

/**
 * The objects of a tree given as files (path relative to the project -> YAML text). Texts already in `parsed` are
 * not parsed again: planning both trees through one map parses a file they share once, and its objects are then the
 * same JavaScript objects on both sides, which the plan recognizes as unchanged without comparing them.
 */
export function plannedObjects(files: ReadonlyMap<string, string>, parsed = new Map<string, Record<string, any>[]>()): PlannedObject[] {
  const objects: PlannedObject[] = [];
  for (const [file, text] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const place = placeOf(file);
    if (!place) continue;
    let found = parsed.get(text);
    if (!found) {
      found = splitDocuments(text).map((document) => parseDocument(document, file) as Record<string, any>).filter((object) => object);
      parsed.set(text, found);
    }
    for (const object of found) objects.push({ ...place, file, object });
  }
  return objects;
}

function git(root: string, args: readonly string[], input?: string): string {
  const result = spawnSync('git', args, { cwd: root, input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.error) throw new Error(`git ${args.join(' ')}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr.trim()}`);
  return result.stdout;
}

/** The commit plans compare with by default: where the current branch left main (or origin/main). */
export function defaultBase(root: string): string {
  for (const main of ['main', 'origin/main']) {
    const found = spawnSync('git', ['rev-parse', '--verify', '--quiet', main], { cwd: root, encoding: 'utf8' });
    if (found.status === 0) return git(root, ['merge-base', 'HEAD', main]).trim();
  }
  throw new Error('neither main nor origin/main exists: name the revision to compare with (--base <revision>)');
}

/**
 * The dist/ and argocd/ files committed at a revision, each with the id of its blob: what a file holds can be told
 * from its id (see blobId) without reading it.
 */
export function committedBlobs(root: string, revision: string): Map<string, string> {
  // --end-of-options: a revision is never read as an option of git's, whatever it starts with.
  const found = spawnSync('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], { cwd: root, encoding: 'utf8' });
  if (found.status !== 0) throw new Error(`revision "${revision}" is not a commit of ${root}${found.stderr.trim() ? ` (${found.stderr.trim()})` : ''}`);
  const commit = found.stdout.trim();
  const blobs = new Map<string, string>();
  // Each entry: "<mode> <type> <id>\t<path>", NUL-terminated.
  for (const entry of git(root, ['ls-tree', '-r', '-z', commit, '--', 'dist', 'argocd']).split('\0')) {
    const tab = entry.indexOf('\t');
    const [, type, id] = entry.slice(0, tab).split(' ');
    const name = entry.slice(tab + 1);
    if (type === 'blob' && placeOf(name)) blobs.set(name, id);
  }
  return blobs;
}

/** The texts of blobs, by id, read by one git process. */
export function blobTexts(root: string, ids: Iterable<string>): Map<string, string> {
  const wanted = [...new Set(ids)];
  const texts = new Map<string, string>();
  if (wanted.length === 0) return texts;
  // `cat-file --batch` answers each id with a header ("<id> blob <size>", or "<id> missing") and the content.
  const result = spawnSync('git', ['cat-file', '--batch'], { cwd: root, input: `${wanted.join('\n')}\n`, maxBuffer: 1 << 30 });
  // Git's own words first: refusing to start, it may close its input before the ids are written (EPIPE).
  if (result.status !== 0 || result.error) {
    const said = result.stderr?.toString('utf8').trim();
    throw new Error(`git cat-file --batch: ${said || result.error?.message || `exited with ${result.status}`}`);
  }
  const output = Buffer.from(result.stdout);
  let offset = 0;
  for (const id of wanted) {
    const headerEnd = output.indexOf(0x0a, offset);
    const header = output.subarray(offset, headerEnd < 0 ? undefined : headerEnd).toString('utf8').split(' ');
    if (headerEnd < 0 || header[1] !== 'blob') throw new Error(`git cat-file --batch: blob ${id} cannot be read (${header.slice(1).join(' ') || 'no answer'})`);
    const size = Number(header[2]);
    texts.set(id, output.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8'));
    offset = headerEnd + 1 + size + 1;
  }
  return texts;
}

/**
 * The id git gives a blob holding `text`, in the hash of the repository `like` comes from: SHA-1, or SHA-256 for a
 * repository made with --object-format=sha256 (its ids are 64 digits long).
 */
export function blobId(text: string, like: string): string {
  return createHash(like.length === 64 ? 'sha256' : 'sha1')
    .update(`blob ${Buffer.byteLength(text, 'utf8')}\0`)
    .update(text, 'utf8')
    .digest('hex');
}
