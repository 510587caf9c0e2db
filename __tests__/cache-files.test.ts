import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HydrationCache } from '../src/hydrate/hydration-cache';
import { projectCacheDir, writeCacheFile } from '../src/platform/cache-dir';
import { recordSynth, upToDateSummary } from '../src/platform/synth-record';

describe('cache files', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-cache-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a cache file is written whole, replacing the old one, and leaves no temporary file', () => {
    const file = path.join(dir, 'a', 'entry.json');
    writeCacheFile(file, 'one');
    writeCacheFile(file, 'two');
    expect(fs.readFileSync(file, 'utf8')).toBe('two');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['entry.json']);
  });

  test("a synth's record removes those of other project folders no synth wrote for a day, and keeps the recent ones", () => {
    const cache = projectCacheDir(dir);
    fs.mkdirSync(cache, { recursive: true });
    const record = (name: string, daysAgo: number) => {
      const file = path.join(cache, `last-synth-${name}.json`);
      fs.writeFileSync(file, '{}');
      const when = new Date(Date.now() - daysAgo * 24 * 60 * 60 * 1000);
      fs.utimesSync(file, when, when);
      return file;
    };
    const gone = record('0000000000000001', 2);
    const recent = record('0000000000000002', 0.5);
    const other = path.join(cache, 'hydrated');
    fs.mkdirSync(other);
    const summary = { environments: [], removed: [], ignored: [], notices: [], warnings: [] };
    recordSynth(dir, summary);
    expect([fs.existsSync(gone), fs.existsSync(recent), fs.existsSync(other)]).toEqual([false, true, true]);
    // The synth's own record is there, and says the tree is up to date.
    expect(upToDateSummary(dir)).toBeDefined();
  });

  test('an input or a tree file edited in place, keeping its size and time (touch -r), is a change', () => {
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };
    write('charts/chart-1.0.0.tgz', 'archive');
    write('dist/prod/m/configmap-a.yaml', 'kind: ConfigMap\n');
    recordSynth(dir, { environments: [], removed: [], ignored: [], notices: [], warnings: [] });
    expect(upToDateSummary(dir)).toBeDefined();
    const editInPlace = (file: string, from: string, to: string) => {
      const target = path.join(dir, file);
      const { atime, mtime } = fs.statSync(target);
      const text = fs.readFileSync(target, 'utf8');
      fs.writeFileSync(target, text.replace(from, to));
      fs.utimesSync(target, atime, mtime);
      expect(fs.statSync(target).size).toBe(text.length);
    };
    editInPlace('charts/chart-1.0.0.tgz', 'archive', 'ARCHIVE');
    expect(upToDateSummary(dir)).toBeUndefined();
    editInPlace('charts/chart-1.0.0.tgz', 'ARCHIVE', 'archive');
    expect(upToDateSummary(dir)).toBeDefined();
    editInPlace('dist/prod/m/configmap-a.yaml', 'ConfigMap', 'Configmap');
    expect(upToDateSummary(dir)).toBeUndefined();
  });

  test('pruning removes entries older than a day that this process neither read, wrote nor kept', () => {
    const aged = (name: string) => {
      const file = path.join(dir, `${name}.json`);
      fs.writeFileSync(file, '"digest"');
      const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
      fs.utimesSync(file, twoDaysAgo, twoDaysAgo);
      return file;
    };
    const kept = aged('repeated-kept');
    const read = aged('repeated-read');
    const unused = aged('repeated-unused');
    const cache = new HydrationCache(dir);
    cache.keep('repeated', 'kept');
    // Kept though missing: nothing to keep, and no error.
    cache.keep('repeated', 'missing');
    expect(cache.getValue('repeated', 'read')).toBe('digest');
    cache.prune();
    expect([kept, read, unused].map((file) => fs.existsSync(file))).toEqual([true, true, false]);
  });

  test('a file where the cache folder should be: writing fails quietly (the next synth does the work again), reading finds nothing', () => {
    const folder = path.join(dir, 'hydrated');
    fs.writeFileSync(folder, 'x');
    expect(() => writeCacheFile(path.join(folder, 'entry.json'), 'x')).not.toThrow();
    const cache = new HydrationCache(folder);
    expect(() => cache.putValue('crds', 'k', { a: 1 })).not.toThrow();
    expect(cache.getValue('crds', 'k')).toBeUndefined();
    expect(() => cache.prune()).not.toThrow();
    expect(fs.readFileSync(folder, 'utf8')).toBe('x');
  });
});
