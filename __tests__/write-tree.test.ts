import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TreeLeftBrokenError } from '../src/platform/errors';
import { TreeFileSystem, writeTree } from '../src/platform/write-tree';
import { asOrdinaryUser, handToOrdinaryUser } from './support';

/** Every file and folder under `root` (dot-folders included), with file texts: what "exactly as it was" means. */
function snapshotOf(root: string): Map<string, string> {
  const entries = new Map<string, string>();
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        entries.set(`${child}/`, '');
        walk(child);
      } else {
        entries.set(child, fs.readFileSync(path.join(root, child), 'utf8'));
      }
    }
  };
  walk('');
  return entries;
}

const OLD = new Map([
  ['dist/prod/apps/a.yaml', 'old a\n'],
  ['dist/prod/m/x.yaml', 'old x\n'],
  ['argocd/prod.yaml', 'old bootstrap\n'],
]);
const NEW = new Map([
  ['dist/prod/apps/a.yaml', 'new a\n'],
  ['dist/prod/m/y.yaml', 'new y\n'],
  ['argocd/prod.yaml', 'new bootstrap\n'],
]);

/** The real file system, except that the `count`-th call of `operation` fails as a full or read-only disk would. */
function failingAt(operation: keyof TreeFileSystem, count: number): TreeFileSystem & { calls: () => number } {
  let calls = 0;
  const wrap = (name: keyof TreeFileSystem) =>
    ((...args: unknown[]) => {
      if (name === operation && ++calls === count) {
        throw Object.assign(new Error(`EIO: i/o error, ${name} (injected)`), { code: 'EIO' });
      }
      return (fs[name] as (...a: unknown[]) => unknown)(...args);
    }) as never;
  return {
    mkdtempSync: wrap('mkdtempSync'),
    mkdirSync: wrap('mkdirSync'),
    readFileSync: wrap('readFileSync'),
    writeFileSync: wrap('writeFileSync'),
    linkSync: wrap('linkSync'),
    renameSync: wrap('renameSync'),
    rmSync: wrap('rmSync'),
    existsSync: wrap('existsSync'),
    calls: () => calls,
  };
}

describe('writeTree', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-tree-'));
    writeTree(root, OLD);
  });
  afterEach(() => {
    fs.chmodSync(root, 0o755);
    for (const top of ['dist', 'argocd']) if (fs.existsSync(path.join(root, top))) fs.chmodSync(path.join(root, top), 0o755);
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('replaces both folders with exactly the new files and leaves no staging behind', () => {
    expect(writeTree(root, NEW)).toEqual({ warnings: [] });
    expect(snapshotOf(root)).toEqual(
      new Map([
        ['argocd/', ''],
        ['argocd/prod.yaml', 'new bootstrap\n'],
        ['dist/', ''],
        ['dist/prod/', ''],
        ['dist/prod/apps/', ''],
        ['dist/prod/apps/a.yaml', 'new a\n'],
        ['dist/prod/m/', ''],
        ['dist/prod/m/y.yaml', 'new y\n'],
      ]),
    );
  });

  // The writer renames: old argocd aside, old dist aside, new argocd in, new dist in; each can fail.
  test.each([1, 2, 3, 4])('a failure of rename %i of 4 leaves both folders exactly as they were', (count) => {
    const before = snapshotOf(root);
    const fileSystem = failingAt('renameSync', count);
    expect(() => writeTree(root, NEW, fileSystem)).toThrow(/could not replace argocd\/ and dist\/: EIO: i\/o error, renameSync \(injected\)/);
    expect(snapshotOf(root)).toEqual(before);
  });

  test.each([
    ['mkdtempSync', 1, /cannot write in .*: EIO/],
    ['mkdirSync', 2, /cannot write the new tree: EIO/],
    ['writeFileSync', 1, /cannot write the new tree: EIO/],
    ['writeFileSync', 3, /cannot write the new tree: EIO/],
  ] as const)('a failure of %s (call %i) while staging leaves both folders exactly as they were', (operation, count, message) => {
    const before = snapshotOf(root);
    expect(() => writeTree(root, NEW, failingAt(operation, count))).toThrow(message);
    expect(snapshotOf(root)).toEqual(before);
  });

  test('a rename that fails and cannot be undone says exactly how to restore the old folders', () => {
    // Rename 3 (new argocd in) fails, then so does every rename back.
    const before = snapshotOf(root);
    let calls = 0;
    const fileSystem: TreeFileSystem = {
      ...fs,
      renameSync: (from: fs.PathLike, to: fs.PathLike) => {
        if (++calls >= 3) throw Object.assign(new Error('EROFS: read-only file system (injected)'), { code: 'EROFS' });
        fs.renameSync(from, to);
      },
    };
    let error: unknown;
    try {
      writeTree(root, NEW, fileSystem);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TreeLeftBrokenError);
    const lines = (error as Error).message.split('\n');
    expect(lines[0]).toBe('could not replace argocd/ and dist/ (EROFS: read-only file system (injected)), and could not move the old folders back:');
    expect(lines.slice(1, 3)).toEqual([expect.stringMatching(/^ {2}mv \.staging-\w+-old-dist dist$/), expect.stringMatching(/^ {2}mv \.staging-\w+-old-argocd argocd$/)]);
    // Following the instructions restores the old tree.
    for (const line of lines.slice(1, 3)) {
      const [, from, to] = line.trim().split(' ');
      fs.renameSync(path.join(root, from), path.join(root, to));
    }
    expect(snapshotOf(root)).toEqual(before);
  });

  test('an old folder that cannot be deleted afterwards is a warning: the tree is new', () => {
    let calls = 0;
    const fileSystem: TreeFileSystem = {
      ...fs,
      rmSync: (target: fs.PathLike, options?: fs.RmOptions) => {
        if (++calls === 1) throw new Error('EBUSY (injected)');
        fs.rmSync(target, options);
      },
    };
    const { warnings } = writeTree(root, NEW, fileSystem);
    expect(warnings).toEqual([expect.stringMatching(/^the tree is new, but \.staging-\w+-old-argocd \(the old one\) could not be deleted; delete it by hand$/)]);
    expect(fs.readFileSync(path.join(root, 'argocd/prod.yaml'), 'utf8')).toBe('new bootstrap\n');
  });

  describe('as a user without write access', () => {
    beforeEach(() => handToOrdinaryUser(root));

    test.each(['dist', 'argocd', 'dist/prod/m'])('a folder %s/ the user cannot write is refused before anything moves', (folder) => {
      fs.chmodSync(path.join(root, folder), 0o555);
      const before = snapshotOf(root);
      const top = folder.split('/')[0];
      expect(() => asOrdinaryUser(() => writeTree(root, NEW))).toThrow(
        `${folder}/ is not writable: synth replaces ${top}/ whole; make it writable (chmod -R u+w ${top}) or run synth as its owner`,
      );
      fs.chmodSync(path.join(root, folder), 0o755);
      expect(snapshotOf(root)).toEqual(before);
    });

    test('a project folder the user cannot write is refused before anything moves', () => {
      fs.chmodSync(root, 0o555);
      const before = snapshotOf(root);
      expect(() => asOrdinaryUser(() => writeTree(root, NEW))).toThrow(`${root} is not writable: synth writes argocd/ there`);
      expect(snapshotOf(root)).toEqual(before);
    });
  });

  describe('files the new tree shares with the old one', () => {
    const CHANGED_ONE = new Map([...OLD, ['dist/prod/apps/a.yaml', 'new a\n']]);
    const inode = (file: string) => fs.statSync(path.join(root, file)).ino;

    test('an unchanged file is the old file, linked, not a copy; a changed one is new', () => {
      const [x, bootstrap, a] = ['dist/prod/m/x.yaml', 'argocd/prod.yaml', 'dist/prod/apps/a.yaml'].map(inode);
      expect(writeTree(root, CHANGED_ONE)).toEqual({ warnings: [] });
      expect([inode('dist/prod/m/x.yaml'), inode('argocd/prod.yaml')]).toEqual([x, bootstrap]);
      expect(inode('dist/prod/apps/a.yaml')).not.toBe(a);
      expect(fs.statSync(path.join(root, 'dist/prod/m/x.yaml')).nlink).toBe(1);
      expect(snapshotOf(root)).toEqual(new Map([['argocd/', ''], ['argocd/prod.yaml', 'old bootstrap\n'], ['dist/', ''], ['dist/prod/', ''], ['dist/prod/apps/', ''], ['dist/prod/apps/a.yaml', 'new a\n'], ['dist/prod/m/', ''], ['dist/prod/m/x.yaml', 'old x\n']]));
    });

    test('a file linked elsewhere, given other permissions, or reached through a linked folder is written anew', () => {
      const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-elsewhere-'));
      try {
        fs.linkSync(path.join(root, 'dist/prod/m/x.yaml'), path.join(elsewhere, 'x.yaml'));
        fs.chmodSync(path.join(root, 'argocd/prod.yaml'), 0o755);
        // dist/prod/apps is a link to a folder holding the same a.yaml.
        fs.writeFileSync(path.join(elsewhere, 'a.yaml'), 'old a\n');
        fs.rmSync(path.join(root, 'dist/prod/apps'), { recursive: true });
        fs.symlinkSync(elsewhere, path.join(root, 'dist/prod/apps'));
        const outside = [fs.statSync(path.join(elsewhere, 'x.yaml')).ino, fs.statSync(path.join(elsewhere, 'a.yaml')).ino];

        writeTree(root, OLD);
        expect([inode('dist/prod/m/x.yaml'), inode('dist/prod/apps/a.yaml')]).not.toContain(outside[0]);
        expect([inode('dist/prod/m/x.yaml'), inode('dist/prod/apps/a.yaml')]).not.toContain(outside[1]);
        expect(fs.statSync(path.join(root, 'argocd/prod.yaml')).mode & 0o777).toBe(0o666 & ~process.umask());
        expect(fs.lstatSync(path.join(root, 'dist/prod/apps')).isDirectory()).toBe(true);
        expect(snapshotOf(root)).toEqual(new Map([['argocd/', ''], ['argocd/prod.yaml', 'old bootstrap\n'], ['dist/', ''], ['dist/prod/', ''], ['dist/prod/apps/', ''], ['dist/prod/apps/a.yaml', 'old a\n'], ['dist/prod/m/', ''], ['dist/prod/m/x.yaml', 'old x\n']]));
        // What lay outside the tree is as it was.
        expect([fs.readFileSync(path.join(elsewhere, 'x.yaml'), 'utf8'), fs.readFileSync(path.join(elsewhere, 'a.yaml'), 'utf8')]).toEqual(['old x\n', 'old a\n']);
      } finally {
        fs.rmSync(elsewhere, { recursive: true, force: true });
      }
    });

    test('only an old file of the new size is read to compare it: one of another size is written, however large', () => {
      let reads = 0;
      const counting: TreeFileSystem = { ...fs, readFileSync: ((...args: Parameters<typeof fs.readFileSync>) => (reads++, fs.readFileSync(...args))) as typeof fs.readFileSync };
      fs.writeFileSync(path.join(root, 'dist/prod/m/x.yaml'), 'x'.repeat(1024 * 1024));
      writeTree(root, OLD, counting);
      // a.yaml and prod.yaml are the same size as before, x.yaml is not.
      expect(reads).toBe(2);
      expect(fs.readFileSync(path.join(root, 'dist/prod/m/x.yaml'), 'utf8')).toBe('old x\n');
    });

    test('a link that fails is a write', () => {
      const x = inode('dist/prod/m/x.yaml');
      const fileSystem = failingAt('linkSync', 1);
      expect(writeTree(root, CHANGED_ONE, fileSystem)).toEqual({ warnings: [] });
      expect(fileSystem.calls()).toBe(2);
      expect(inode('dist/prod/m/x.yaml')).not.toBe(x);
      expect(fs.readFileSync(path.join(root, 'dist/prod/m/x.yaml'), 'utf8')).toBe('old x\n');
    });
  });

  test('a file where a folder belongs is refused', () => {
    fs.rmSync(path.join(root, 'argocd'), { recursive: true });
    fs.writeFileSync(path.join(root, 'argocd'), 'not a folder');
    const before = snapshotOf(root);
    expect(() => writeTree(root, NEW)).toThrow('argocd is not a folder: synth writes the argocd/ folder there; move the file away');
    expect(snapshotOf(root)).toEqual(before);
  });

  test('a link where a folder belongs is refused, and the folder it points to is left alone', () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-elsewhere-'));
    try {
      fs.writeFileSync(path.join(elsewhere, 'precious.yaml'), 'kept: true\n');
      fs.rmSync(path.join(root, 'argocd'), { recursive: true });
      fs.symlinkSync(elsewhere, path.join(root, 'argocd'));
      expect(() => writeTree(root, NEW)).toThrow('argocd is a symbolic link: synth replaces the argocd/ folder whole and does not write through links; make it a folder');
      expect(fs.readdirSync(elsewhere)).toEqual(['precious.yaml']);
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
