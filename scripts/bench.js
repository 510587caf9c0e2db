#!/usr/bin/env node
// Times synth as whole processes, both `npm run -s synth` as a user runs it and the app alone (the synth script's
// node command: `node <V8 flags> -r ./scripts/register-ts.js main.ts`), in three situations:
//   warm    nothing changed since the last synth (one warm-up run, then EWOC_BENCH_RUNS runs, default 5): the
//           up-to-date check answers; and the same forced (`-- --force`: every module built, every object checked,
//           charts and validators from the cache);
//   values  one module's chart values changed: certManager.webhookReplicas in environments/test.yaml alternates
//           2/3 before each run, so each run renders one chart of one environment again, validates what changed
//           and replaces that environment's tree (one warm-up, then EWOC_BENCH_RUNS runs);
//   cold    no cache at all (node_modules/.cache/ewoc-platform removed before each run: helm and kubectl are
//           extracted, TypeScript transpiled, charts rendered, validators compiled); EWOC_BENCH_COLD_RUNS runs,
//           default and minimum 3, since each takes tens of seconds.
// Each line gives the median wall time, the fastest and slowest run, and the peak resident memory of the largest
// node process (npm or the app; helm and kubectl children are not counted), measured by scripts/peak-rss.js.
//
// Nothing of the project is touched: the runs happen in a scratch copy under the system's temporary folder. The
// project's files are copied, not symlinked (times kept, as cache keys use them): the app's root is the folder of
// main.ts, register-ts.js keeps its transpile cache beside itself (node would resolve a symlinked script to the real
// one, and the cold runs would transpile into the real cache), synth writes environments' trees, and a copy taken
// at the start is one version of the code, whatever is edited in the project while the bench runs. node_modules/ is
// a folder of symlinks to every entry of the real node_modules/ except .cache/. The scratch cache starts as a copy
// of the real node_modules/.cache/ewoc-platform, so warm runs are as warm as the user's (the warm-up run transpiles
// again: transpile cache entries are keyed by the file's path), and the cold runs delete only the copy.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const CACHE = path.join('node_modules', '.cache', 'ewoc-platform');

function count(variable, fallback, minimum) {
  const value = Number(process.env[variable] ?? fallback);
  if (!Number.isInteger(value) || value < minimum) {
    console.error(`${variable} must be a whole number of at least ${minimum}`);
    process.exit(1);
  }
  return value;
}
const runs = count('EWOC_BENCH_RUNS', 5, 5);
const coldRuns = count('EWOC_BENCH_COLD_RUNS', 3, 3);

const commands = {
  'npm run -s synth': ['npm', ['run', '-s', 'synth']],
  // The node command of the synth script, flags included, without npm in front.
  'app alone': [process.execPath, require('../package.json').scripts.synth.split(' ').slice(1)],
};

const started = Date.now();
const loadAtStart = os.loadavg()[0];
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-bench-'));
const project = path.join(scratch, 'project');
const cacheDir = path.join(project, CACHE);
const testEnvironment = path.join(project, 'environments', 'test.yaml');
process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const progress = (text) => process.stderr.write(`${text}\n`);

/** The scratch project: a copy of the project, node_modules/ symlinked entry by entry, and a copy of the cache. */
function setUp() {
  const skipped = new Set(['.git', 'node_modules', 'coverage', '.scratch', '.cdk8s.out']);
  fs.mkdirSync(project);
  for (const entry of fs.readdirSync(root)) {
    if (skipped.has(entry) || entry.startsWith('.staging-')) continue;
    fs.cpSync(path.join(root, entry), path.join(project, entry), { recursive: true, preserveTimestamps: true });
  }
  const modules = path.join(project, 'node_modules');
  fs.mkdirSync(modules);
  for (const entry of fs.readdirSync(path.join(root, 'node_modules'))) {
    if (entry !== '.cache') fs.symlinkSync(path.join(root, 'node_modules', entry), path.join(modules, entry));
  }
  if (fs.existsSync(path.join(root, CACHE))) fs.cpSync(path.join(root, CACHE), cacheDir, { recursive: true, preserveTimestamps: true });
}

function once([command, args]) {
  const rssFile = path.join(scratch, `rss-${process.hrtime.bigint()}`);
  const env = {
    ...process.env,
    EWOC_BENCH_RSS_FILE: rssFile,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} -r ${path.join(__dirname, 'peak-rss.js')}`.trim(),
  };
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) {
    const how = result.error ? `failed: ${result.error.message}` : `exited with ${result.status}`;
    console.error(`${command} ${args.join(' ')} ${how} in the bench's copy of the project (taken at its start):\n${result.stdout}${result.stderr}`);
    process.exit(1);
  }
  const peakKiB = Math.max(...fs.readFileSync(rssFile, 'utf8').trim().split('\n').map(Number));
  fs.rmSync(rssFile, { force: true });
  return { seconds, peakKiB, stdout: result.stdout };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const notes = [];
/** What each environment's line of the synth report says happened to its tree: unchanged, replaced or new. */
const changes = (stdout) => Object.fromEntries([...stdout.matchAll(/^([\w.-]+): (unchanged|replaced|new),/gm)].map((m) => [m[1], m[2]]));

function expectChanges(scenario, stdout, expected) {
  const actual = changes(stdout);
  if (Object.keys(actual).length === 0) notes.push(`${scenario}: the synth printed no environment lines`);
  for (const [environment, change] of Object.entries(actual)) {
    const want = expected[environment] ?? expected['*'];
    if (want && change !== want) notes.push(`${scenario}: ${environment} was ${change}, expected ${want}`);
  }
}

const hydrated = () => new Set(fs.existsSync(path.join(cacheDir, 'hydrated')) ? fs.readdirSync(path.join(cacheDir, 'hydrated')) : []);

function scenario(name, command, samples) {
  const times = samples.map((s) => s.seconds);
  const line =
    `${name}, ${command}: median ${median(times).toFixed(2)} s (${Math.min(...times).toFixed(2)}, ${Math.max(...times).toFixed(2)}), ` +
    `peak memory ${(Math.max(...samples.map((s) => s.peakKiB)) / 1024).toFixed(0)} MiB`;
  console.log(line);
}

function warm(label, command) {
  once(command);
  const before = hydrated();
  const samples = Array.from({ length: runs }, () => once(command));
  for (const sample of samples) expectChanges('warm', sample.stdout, { '*': 'unchanged' });
  const rendered = [...hydrated()].filter((file) => !before.has(file));
  if (rendered.length > 0) notes.push(`warm, ${label}: ${rendered.length} renders were made again although nothing changed`);
  scenario('warm', label, samples);
}

/**
 * Before each run, webhookReplicas flips to the other of 2 and 3; after it, the renders it added are removed, so
 * the next run finds the cache as a user who just edited the value does: everything else warm, this chart not.
 */
function valuesChange(label, command) {
  const original = fs.readFileSync(testEnvironment, 'utf8');
  if (!/^ {2}webhookReplicas: \d+$/m.test(original.split(/^certManager:$/m)[1] ?? '')) {
    console.error('bench: environments/test.yaml has no certManager.webhookReplicas line (two spaces in) to change');
    process.exit(1);
  }
  const baseline = hydrated();
  let replicas = 3;
  const one = () => {
    replicas = replicas === 2 ? 3 : 2;
    const [head, certManager] = original.split(/^certManager:$/m);
    fs.writeFileSync(testEnvironment, `${head}certManager:${certManager.replace(/^( {2}webhookReplicas: )\d+$/m, `$1${replicas}`)}`);
    const sample = once(command);
    expectChanges('values', sample.stdout, { test: 'replaced', '*': 'unchanged' });
    const added = [...hydrated()].filter((file) => !baseline.has(file));
    const charts = added.filter((file) => file.startsWith('chart-')).length;
    if (charts !== 1) notes.push(`values, ${label}: a run rendered ${charts} charts, expected 1 (${added.join(', ')})`);
    for (const file of added) fs.rmSync(path.join(cacheDir, 'hydrated', file), { force: true });
    return sample;
  };
  one();
  const samples = Array.from({ length: runs }, one);
  fs.writeFileSync(testEnvironment, original);
  once(command); // back to the tree of the real environments, warm again, for whatever comes next
  scenario('values', label, samples);
}

function cold(label, command) {
  const samples = Array.from({ length: coldRuns }, () => {
    fs.rmSync(cacheDir, { recursive: true, force: true });
    const sample = once(command);
    expectChanges('cold', sample.stdout, { '*': 'unchanged' });
    // The transpile cache must be the scratch one (a copied scripts/register-ts.js), or the run was not cold.
    if (!fs.existsSync(path.join(cacheDir, 'ts'))) notes.push(`cold, ${label}: no transpile cache in the scratch project: TypeScript was transpiled elsewhere`);
    return sample;
  });
  scenario('cold', label, samples);
}

/** Files the runs may have written into the real transpile cache (they name the scratch project's main.ts). */
function leakedIntoRealCache() {
  const dir = path.join(root, CACHE, 'ts');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((file) => path.join(dir, file))
    .filter((file) => fs.statSync(file).mtimeMs >= started && fs.readFileSync(file, 'utf8').includes(scratch));
}

progress(
  `bench in ${scratch}: warm and values ${runs} runs after 1 warm-up, cold ${coldRuns} runs (EWOC_BENCH_COLD_RUNS, minimum 3; ` +
    `tens of seconds each), for each of: ${Object.keys(commands).join(', ')}`,
);
setUp();
progress(`scratch project ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
for (const [label, command] of Object.entries(commands)) warm(label, command);
warm('npm run -s synth -- --force', ['npm', ['run', '-s', 'synth', '--', '--force']]);
for (const [label, command] of Object.entries(commands)) valuesChange(label, command);
for (const [label, command] of Object.entries(commands)) cold(label, command);
const leaked = leakedIntoRealCache();
if (leaked.length > 0) notes.push(`${leaked.length} files of the runs were written into the real ${CACHE}/ts`);

console.log(`node ${process.version}, ${os.cpus().length} CPUs; warm and values: median of ${runs} runs after 1 warm-up; cold: ${coldRuns} runs (EWOC_BENCH_COLD_RUNS, minimum 3)`);
console.log(`peak memory: the largest node process (npm or the app), helm and kubectl not counted; total ${((Date.now() - started) / 1000).toFixed(0)} s`);
// Other work on the machine slows every run: the load average says whether the numbers are the synth's own.
console.log(`load average (1 min) ${loadAtStart.toFixed(2)} at the start, ${os.loadavg()[0].toFixed(2)} at the end, on ${os.cpus().length} CPUs`);
for (const note of notes) console.log(`note: ${note}`);
