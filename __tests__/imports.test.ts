import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './support';

const { transpileImport } = require('../scripts/transpile-import');

describe('generated CRD classes', () => {
  const dir = path.join(ROOT, 'imports');
  const sources = fs.readdirSync(dir).filter((f) => f.endsWith('.ts'));

  test('every CRD import named in cdk8s.yaml has its classes', () => {
    const names = new Set(
      fs
        .readFileSync(path.join(ROOT, 'cdk8s.yaml'), 'utf8')
        .split('\n')
        .filter((line) => line.trim().startsWith('- ') && line.includes(':='))
        .map((line) => line.trim().slice(2).split(':=')[0]),
    );
    expect([...names].sort()).toEqual([...new Set(sources.map((f) => f.split('-')[0]))].sort());
  });

  test.each(sources)('%s: the committed .js is its transpilation (node loads it instead)', (file) => {
    const typescript = fs.readFileSync(path.join(dir, file), 'utf8');
    expect(fs.readFileSync(path.join(dir, file.replace(/\.ts$/, '.js')), 'utf8') === transpileImport(typescript)).toBe(true);
  });
});
