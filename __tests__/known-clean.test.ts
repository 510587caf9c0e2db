import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { HydrationCache, textDigest } from '../src/hydrate/hydration-cache';
import { objectsOfKind, renderUnit, baseConfig } from './support';
import { deepFreeze } from '../src/platform/deep-freeze';
import { problemsUnlessKnownClean } from '../src/platform/known-clean';

describe('checks of single objects remember the frozen objects they found clean', () => {
  const counted = (problems: string[]) => {
    const calls = { count: 0 };
    return { calls, find: () => (calls.count++, problems) };
  };

  test('a frozen object found clean is not checked again by that check, with those settings', () => {
    const object = deepFreeze({ kind: 'ConfigMap', metadata: { name: 'x' } });
    const { calls, find } = counted([]);
    expect(problemsUnlessKnownClean(object, 'metadata', find)).toEqual([]);
    expect(problemsUnlessKnownClean(object, 'metadata', find)).toEqual([]);
    expect(calls.count).toBe(1);
    // Another check, or the same check with other settings (another Pod Security level), judges it anew.
    expect(problemsUnlessKnownClean(object, 'pod-security restricted', find)).toEqual([]);
    expect(problemsUnlessKnownClean(object, 'pod-security baseline', find)).toEqual([]);
    expect(calls.count).toBe(3);
  });

  test('problems are found every time, and an object that can still change is checked every time', () => {
    const broken = deepFreeze({ kind: 'ConfigMap' });
    const failing = counted(['metadata.name: is missing']);
    expect(problemsUnlessKnownClean(broken, 'metadata', failing.find)).toEqual(['metadata.name: is missing']);
    expect(problemsUnlessKnownClean(broken, 'metadata', failing.find)).toEqual(['metadata.name: is missing']);
    expect(failing.calls.count).toBe(2);
    const open = { kind: 'ConfigMap', metadata: { name: 'x' } };
    const clean = counted([]);
    problemsUnlessKnownClean(open, 'metadata', clean.find);
    problemsUnlessKnownClean(open, 'metadata', clean.find);
    expect(clean.calls.count).toBe(2);
    // Frozen one level only (Object.freeze): what it holds can still change, so it is checked every time too.
    const shallow = Object.freeze({ kind: 'ConfigMap', metadata: { name: 'x' } });
    const checked = counted([]);
    problemsUnlessKnownClean(shallow, 'metadata', checked.find);
    shallow.metadata.name = 'X_';
    problemsUnlessKnownClean(shallow, 'metadata', checked.find);
    expect(checked.calls.count).toBe(2);
  });

  test('deepFreeze freezes what an object frozen one level holds', () => {
    const inner = { name: 'x' };
    const object = deepFreeze({ metadata: Object.freeze({ labels: inner }) });
    expect(Object.isFrozen(inner)).toBe(true);
    expect(Object.isFrozen(object.metadata.labels)).toBe(true);
  });

  test('the hydration cache freezes the objects it keeps, all the way down, and hands them out frozen', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-frozen-'));
    try {
      const object = { kind: 'ConfigMap', metadata: { name: 'frozen-test' }, data: { nested: 'x' } };
      new HydrationCache(dir).putObjects('chart', 'key', [{ object, text: 'kind: ConfigMap # frozen-test\n' }], 'digest');
      expect(Object.isFrozen(object.metadata)).toBe(true);
      const read = new HydrationCache(dir).getObjects('chart', 'key');
      expect(read && Object.isFrozen(read[0].object.metadata)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an object the hydration cache reads from disk is handed out frozen', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-frozen-'));
    try {
      // Files as an earlier process left them, with a text no render of this process made (so none holds the object).
      const text = `kind: ConfigMap # read from disk ${process.pid} ${Date.now()}\n`;
      const digest = textDigest(text);
      fs.writeFileSync(path.join(dir, `object-${digest}.json`), JSON.stringify({ object: { kind: 'ConfigMap', metadata: { name: 'on-disk' } }, text }));
      fs.writeFileSync(path.join(dir, 'chart-key.json'), JSON.stringify({ objects: [digest], output: 'digest' }));
      const [read] = new HydrationCache(dir).getObjects('chart', 'key') ?? [];
      expect(read.object.metadata).toEqual({ name: 'on-disk' });
      expect(Object.isFrozen(read.object.metadata)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('hydrated chart objects are frozen all the way down; the platform\'s own are not', () => {
    const rendered = renderUnit(baseConfig());
    const chartDeployment = objectsOfKind(rendered, 'Deployment', 'cert-manager').find(({ file }) => rendered.upstream.has(file));
    expect(chartDeployment).toBeDefined();
    expect(Object.isFrozen(chartDeployment?.object.spec.template.spec.containers[0])).toBe(true);
    const own = objectsOfKind(rendered, 'Ingress').find(({ file }) => !rendered.upstream.has(file));
    expect(own && Object.isFrozen(own.object)).toBe(false);
  });
});
