import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describeChanges } from '../src/platform/tree-changes';

describe('comparing the rendered tree with the one on disk', () => {
  let root: string;
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  const rendered = new Map([
    ['dist/prod/m/configmap-a.yaml', 'kind: ConfigMap\n'],
    ['argocd/prod.yaml', 'kind: Application\n'],
  ]);
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-tree-'));
    for (const [file, text] of rendered) write(file, text);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));
  const change = () => describeChanges(root, rendered).environments.get('prod');

  test('the same files with the same text are unchanged', () => {
    expect(change()).toBe('unchanged');
  });

  test('an edit that keeps the size is still a change (contents are compared, not only sizes)', () => {
    write('dist/prod/m/configmap-a.yaml', 'kind: ConfigMaq\n');
    expect(change()).toBe('replaced');
  });

  test('a missing file, an extra file, or an unreadable one is a change', () => {
    fs.rmSync(path.join(root, 'argocd/prod.yaml'));
    expect(change()).toBe('replaced');
    write('argocd/prod.yaml', 'kind: Application\n');
    write('dist/prod/m/extra.yaml', 'x');
    expect(change()).toBe('replaced');
    fs.rmSync(path.join(root, 'dist/prod/m/extra.yaml'));
    fs.rmSync(path.join(root, 'dist/prod/m/configmap-a.yaml'));
    fs.mkdirSync(path.join(root, 'dist/prod/m/configmap-a.yaml'));
    expect(change()).toBe('replaced');
  });

  test('a tree with no environment file any more is removed; a file of no environment is a stray', () => {
    write('dist/old/m/x.yaml', 'x');
    write('dist/notes.txt', 'x');
    const changes = describeChanges(root, rendered);
    expect(changes.removed).toEqual(['old']);
    expect(changes.strays).toEqual(['dist/notes.txt']);
  });
});
