import { parseDocument } from '../src/hydrate/parse-manifests';
import { toYaml } from '../src/platform/serialize';

describe('YAML written for go-yaml', () => {
  test.each([
    // YAML 1.1 booleans, nulls and dates.
    ['yes'], ['on'], ['N'], ['~'], ['null'], ['2024-01-01'],
    // Numbers in YAML 1.1: octal, base 60, floats.
    ['0777'], ['1:20'], ['.5'], ['1e3'],
    // Plain scalars Go's number parsers take although YAML 1.1 calls them strings.
    ['08'], ['1_000'], ['0o17'], ['0b101'], ['0x1F'], ['1.'], ['+12'],
    // The merge key.
    ['<<'],
  ])('the string %s is quoted, as a value and as a key, and reads back as that string', (text) => {
    const written = toYaml([{ value: text, map: { [text]: 'x' } }]);
    expect(written).toContain(`value: '${text}'\n`);
    expect(written).toContain(`  '${text}': x\n`);
    expect(parseDocument(written, 'test')).toEqual({ value: text, map: { [text]: 'x' } });
  });

  test('strings nothing would misread stay plain; numbers and booleans stay typed', () => {
    expect(toYaml([{ image: 'quay.io/argoproj/argocd:v3.4.4', version: '1.2.3', quantity: '10Gi', port: 8080, ratio: 0.5, on: true }])).toBe(
      "image: 'quay.io/argoproj/argocd:v3.4.4'\nversion: 1.2.3\nquantity: 10Gi\nport: 8080\nratio: 0.5\n'on': true\n",
    );
  });

  test('several objects are several documents; long and multi-line strings are never folded', () => {
    const long = 'x'.repeat(300);
    const written = toYaml([{ a: long }, { b: 'line one\nline two\n' }]);
    expect(written).toBe(`a: ${long}\n---\nb: |\n  line one\n  line two\n`);
  });
});
