import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { LUA_BINARY, luaAvailable, luaValue, runHealthCheck } from './lua-runner';

/**
 * The Argo CD health checks of the modules (`src/modules/<module>/health/<group>_<Kind>.lua`), run by Lua 5.1 on status
 * documents modelled on each operator's own (`__tests__/health-fixtures/<group>_<Kind>/<expected>[-case].yaml`, the
 * file name saying the expected health). Without lua5.1 the checks that need it are skipped, and a warning names the
 * package; the checks on the files themselves run regardless.
 */

const lua = luaAvailable();
const it = lua ? test : test.skip;

// Not support.ts's ROOT: importing it loads the whole platform, which these checks do not need.
const MODULES = path.resolve(__dirname, '..', 'src', 'modules');
const FIXTURES = path.join(__dirname, 'health-fixtures');
/** Argo CD's health statuses, by the prefix of a fixture's file name. */
const EXPECTED: Readonly<Record<string, string>> = {
  healthy: 'Healthy',
  progressing: 'Progressing',
  degraded: 'Degraded',
  suspended: 'Suspended',
  missing: 'Missing',
  unknown: 'Unknown',
};
/** Every check must show it tells these apart. */
const REQUIRED = ['healthy', 'progressing', 'degraded'];

interface Script {
  /** `<group>_<Kind>`, Argo CD's name for the kind in argocd-cm keys. */
  readonly key: string;
  readonly file: string;
}

const scripts: Script[] = fs
  .readdirSync(MODULES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(MODULES, entry.name, 'health')))
  .flatMap((entry) =>
    fs
      .readdirSync(path.join(MODULES, entry.name, 'health'))
      .filter((file) => file.endsWith('.lua'))
      .map((file) => ({ key: file.slice(0, -'.lua'.length), file: path.join(MODULES, entry.name, 'health', file) })),
  )
  .sort((a, b) => a.key.localeCompare(b.key));

/** The fixtures of a kind: file name, the health it expects (undefined for a name no status starts), and its text. */
function fixturesOf(key: string): Array<{ name: string; expected: string | undefined; text: string }> {
  const dir = path.join(FIXTURES, key);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name, expected: EXPECTED[name.replace(/[-.].*$/, '')], text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

test('lua5.1 is installed', () => {
  if (!lua) {
    console.warn('skipped: Lua health checks need lua5.1 (apt-get install lua5.1)');
    return;
  }
  const version = spawnSync(LUA_BINARY, ['-v'], { encoding: 'utf8' });
  // lua5.1 -v prints its banner on stderr.
  expect(`${version.stdout}${version.stderr}`).toContain('Lua 5.1');
});

test('the modules have health checks, each named <group>_<Kind>.lua', () => {
  expect(scripts.length).toBeGreaterThan(0);
  for (const { key } of scripts) expect(key).toMatch(/^[a-z0-9.-]+\.[a-z]+_[A-Z][A-Za-z0-9]*$/);
  // Two modules with a check for the same kind would give argocd-cm two values for one key.
  expect(new Set(scripts.map((s) => s.key)).size).toBe(scripts.length);
});

test('every fixture folder belongs to a health check', () => {
  const folders = fs.readdirSync(FIXTURES).filter((name) => fs.statSync(path.join(FIXTURES, name)).isDirectory());
  expect(folders.sort()).toEqual(scripts.map((s) => s.key));
});

describe.each(scripts)('$key', ({ key, file }) => {
  const fixtures = fixturesOf(key);
  const [group, kind] = key.split('_');

  test(`has fixtures for ${REQUIRED.join(', ')}, each a ${kind} citing its source, named for a health status`, () => {
    const expectedOf = new Set(fixtures.map((f) => f.name.replace(/[-.].*$/, '')));
    for (const status of REQUIRED) expect([...expectedOf]).toContain(status);
    for (const fixture of fixtures) {
      expect({ file: fixture.name, expected: fixture.expected }).toEqual({ file: fixture.name, expected: expect.any(String) });
      // The status shapes are the operators': each fixture says where its shape comes from.
      expect(fixture.text.startsWith('# ')).toBe(true);
      const object = parse(fixture.text) as Record<string, any>;
      expect({ file: fixture.name, apiVersion: object.apiVersion.split('/')[0], kind: object.kind }).toEqual({ file: fixture.name, apiVersion: group, kind });
      expect(object.metadata.generation).toEqual(expect.any(Number));
    }
  });

  const script = fs.readFileSync(file, 'utf8');
  it.each(fixtures.filter((f) => f.expected !== undefined))('$name is $expected', ({ expected, text }) => {
    const result = runHealthCheck(script, parse(text) as Record<string, unknown>, `${key}.lua`);
    expect(result.status).toBe(expected);
    // Anything short of healthy must say why, in the Argo CD UI and in a failed sync's message.
    if (expected !== 'Healthy') expect(result.message).not.toBe('');
  });
});

describe('the Lua runner', () => {
  it('fails on a script that does not compile, with Lua\'s message and the script\'s own line', () => {
    const broken = 'local hs = {}\nhs.status = "Healthy"\nif hs.status == "Healthy"\n  hs.message = "x"\nend\nreturn hs\n';
    expect(() => runHealthCheck(broken, {}, 'broken.lua')).toThrow(/broken\.lua:4: 'then' expected near 'hs'/);
  });

  it('fails on a script that errs at run time, or returns no table', () => {
    expect(() => runHealthCheck('return obj.status.phase', {}, 'nil-index.lua')).toThrow(/nil-index\.lua:1: attempt to index field 'status' \(a nil value\)/);
    expect(() => runHealthCheck('return "Healthy"', {}, 'string.lua')).toThrow(/string\.lua returned string, not a table/);
  });

  it('offers what Argo CD offers a check from argocd-cm: no string or math library, no string methods', () => {
    expect(() => runHealthCheck('return { status = string.upper("x") }', {})).toThrow(/attempt to index global 'string'/);
    expect(() => runHealthCheck('return { status = math.floor(1) }', {})).toThrow(/attempt to index global 'math'/);
    expect(() => runHealthCheck('return { status = ("x"):upper() }', {})).toThrow(/attempt to index a string value/);
    const sorted = 'local t = { "b", "a" }\ntable.sort(t)\nreturn { status = "Healthy", message = table.concat(t, ",") .. tostring(#t) }';
    expect(runHealthCheck(sorted, {})).toEqual({ status: 'Healthy', message: 'a,b2' });
  });

  it('hands tricky strings to Lua unchanged, as values and as keys', () => {
    const tricky = [
      'say "hi"',
      'back\\slash and a trailing one \\',
      'two\nlines\r\nand a tab\there',
      'nul \u0000 bell \u0007 then digits \u00012 escape \u001b[0m delete \u007f',
      'unicode: é ü ß 漢字 😀',
      ']] [[ ]=] --[[ not a comment',
      '',
    ];
    const echo = 'return { status = "Healthy", message = obj.value }';
    for (const value of tricky) expect(runHealthCheck(echo, { value })).toEqual({ status: 'Healthy', message: value });
    const keys = 'local found = ""\nfor k, v in pairs(obj) do found = found .. k .. "=" .. v end\nreturn { status = "Healthy", message = found }';
    expect(runHealthCheck(keys, { 'we"ird\nkey\\ü': 'x' }).message).toBe('we"ird\nkey\\ü=x');
  });

  it('hands numbers, booleans, lists and nulls to Lua as Argo CD decodes them', () => {
    const object = { list: [1, 'two', true, null, { a: 1 }], n: -1.5, big: 12345678901, yes: false, missing: null, nested: { deep: [[]] } };
    const summary = [
      'local types = {}',
      'for _, v in ipairs(obj.list) do table.insert(types, type(v)) end',
      'return { status = "Healthy", message = table.concat(types, ",") .. "|" .. tostring(obj.n) .. "|" .. tostring(obj.big) .. "|" ..',
      '  tostring(obj.yes) .. "|" .. tostring(obj.missing) .. "|" .. #obj.nested.deep .. "|" .. obj.list[4].a }',
    ].join('\n');
    // The null in the list is skipped, as gopher-lua's append does: the object is the fourth element.
    expect(runHealthCheck(summary, object).message).toBe('number,string,boolean,table|-1.5|12345678901|false|nil|1|1');
  });
});

test('the serializer writes keys as ["key"], strings as ASCII with \\ddd escapes, and refuses what JSON cannot hold', () => {
  expect(luaValue({ a: 'x"\\\n\t', b: [1, null, false], c: null })).toBe('{["a"] = "x\\"\\\\\\n\\009", ["b"] = {1, false}}');
  expect(luaValue('é')).toBe('"\\195\\169"');
  expect(() => luaValue({ when: new Date(0) })).toThrow(/obj\.when: cannot be written as Lua/);
  expect(() => luaValue({ n: Number.NaN })).toThrow(/obj\.n: NaN has no JSON form/);
});
