import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './support';

describe('generated CRD classes', () => {
  const dir = path.join(ROOT, 'imports');
  const modules = fs.readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -'.js'.length));

  test('every CRD import named in cdk8s.yaml has its JavaScript and its declarations, and nothing else is there', () => {
    const names = new Set(
      fs
        .readFileSync(path.join(ROOT, 'cdk8s.yaml'), 'utf8')
        .split('\n')
        .filter((line) => line.trim().startsWith('- ') && line.includes(':='))
        .map((line) => line.trim().slice(2).split(':=')[0]),
    );
    expect([...names].sort()).toEqual([...new Set(modules.map((m) => m.split('-')[0]))].sort());
    expect(fs.readdirSync(dir).sort()).toEqual(modules.flatMap((m) => [`${m}.d.ts`, `${m}.js`]).sort());
  });

  // The type-check reads the .d.ts and node runs the .js: both come from one `npm run import`, or the
  // types would promise classes that do not exist at run time.
  test.each(modules)('%s: the .d.ts declares exactly what the .js exports', (module) => {
    const declarations = fs.readFileSync(path.join(dir, `${module}.d.ts`), 'utf8');
    const declared = [...declarations.matchAll(/^export declare (?:class|enum|function|const) (\w+)/gm)].map((m) => m[1]);
    const exported = Object.keys(require(path.join(dir, `${module}.js`)));
    expect(exported.length).toBeGreaterThan(0);
    expect(declared.sort()).toEqual(exported.sort());
  });
});
