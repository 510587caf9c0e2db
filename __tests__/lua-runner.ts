import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Runs Argo CD health checks (Lua) on objects, with the reference Lua 5.1 interpreter. Argo CD runs them in gopher-lua,
 * a Lua 5.1; a script that runs here in the sandbox below runs there. The sandbox matters: Argo CD v3.4 opens only the
 * base, table, package and a reduced os library for checks it reads from argocd-cm (util/lua/lua.go: `string` and
 * `math` only with `resource.customizations.useOpenLibs`), so the driver removes the others, string methods included.
 */

/** The Lua 5.1 interpreter, as Debian's lua5.1 package installs it. */
export const LUA_BINARY = 'lua5.1';

let available: boolean | undefined;

/** Whether the Lua 5.1 interpreter runs here (checked once). */
export function luaAvailable(): boolean {
  if (available === undefined) available = spawnSync(LUA_BINARY, ['-v'], { encoding: 'utf8' }).status === 0;
  return available;
}

/**
 * A Lua 5.1 string literal with the same bytes as `text` in UTF-8. Only printable ASCII stays as it is; every other
 * byte, non-ASCII included, becomes a three-digit `\ddd` escape, so the literal is plain ASCII whatever the file's
 * encoding, and a digit after an escape can never be read as part of it.
 */
export function luaString(text: string): string {
  let out = '"';
  for (const byte of Buffer.from(text, 'utf8')) {
    if (byte === 0x5c) out += '\\\\';
    else if (byte === 0x22) out += '\\"';
    else if (byte === 0x0a) out += '\\n';
    else if (byte >= 0x20 && byte < 0x7f) out += String.fromCharCode(byte);
    else out += `\\${String(byte).padStart(3, '0')}`;
  }
  return `${out}"`;
}

/**
 * A Lua 5.1 expression for a JSON-like value, decoded the way Argo CD hands an object to its checks: objects become
 * tables with every key as `["key"]`, arrays 1-based lists, null and undefined nothing (the key is left out; in a list,
 * the element is skipped, as gopher-lua's append does). Anything JSON cannot hold is refused rather than guessed at.
 */
export function luaValue(value: unknown, where = 'obj'): string {
  if (typeof value === 'string') return luaString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${where}: ${value} has no JSON form`);
    return String(value);
  }
  if (Array.isArray(value)) {
    const items = value.flatMap((item, index) => (item === null || item === undefined ? [] : [luaValue(item, `${where}[${index}]`)]));
    return `{${items.join(', ')}}`;
  }
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    const fields = Object.entries(value)
      .filter(([, item]) => item !== null && item !== undefined)
      .map(([key, item]) => `[${luaString(key)}] = ${luaValue(item, `${where}.${key}`)}`);
    return `{${fields.join(', ')}}`;
  }
  throw new Error(`${where}: cannot be written as Lua (${Object.prototype.toString.call(value)})`);
}

/** What a health check returned. */
export interface HealthResult {
  readonly status: string;
  readonly message: string;
}

/**
 * Runs the health check `script` (the text of a `.lua` file) with `object` as the global `obj`, and returns the `hs`
 * it returns. The script is compiled as a chunk of its own, named `name`, as Argo CD runs it: a top-level `return`
 * works, and Lua's messages give the script's own line numbers. Throws with Lua's message when the script does not
 * compile, fails, or returns no table.
 */
export function runHealthCheck(script: string, object: Record<string, unknown>, name = 'health.lua'): HealthResult {
  const driver = [
    // Kept before the sandbox removes io: the only way out for the result.
    'local write = io.write',
    `obj = ${luaValue(object)}`,
    'string, math, io, os, debug = nil, nil, nil, nil, nil',
    // Without the string library gopher-lua has no string methods either ("x"):find(...) fails in Argo CD.
    'getmetatable("").__index = nil',
    `local chunk, problem = loadstring(${luaString(script)}, ${luaString(`=${name}`)})`,
    'if chunk == nil then error(problem, 0) end',
    'local hs = chunk()',
    `if type(hs) ~= "table" then error(${luaString(`${name} returned `)} .. type(hs) .. ", not a table", 0) end`,
    'write(tostring(hs.status), "\\t", tostring(hs.message or ""))',
    '',
  ].join('\n');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-lua-'));
  try {
    const file = path.join(dir, 'driver.lua');
    fs.writeFileSync(file, driver);
    const run = spawnSync(LUA_BINARY, [file], { encoding: 'utf8', timeout: 10_000 });
    if (run.error) throw new Error(`${LUA_BINARY} did not run: ${run.error.message}`);
    if (run.status !== 0) throw new Error(`${LUA_BINARY} failed on ${name}: ${run.stderr.trim()}`);
    const tab = run.stdout.indexOf('\t');
    return { status: run.stdout.slice(0, tab), message: run.stdout.slice(tab + 1) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
