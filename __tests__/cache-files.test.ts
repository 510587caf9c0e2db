import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HydrationCache } from '../src/hydrate/hydration-cache';
import { writeCacheFile } from '../src/platform/cache-dir';

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
