#!/usr/bin/env node
// Times full synths (every environment, schema validation included) as whole processes: one warm-up, then
// EWOC_BENCH_RUNS runs (default 7). Reports the median wall time and the peak resident memory, for the synth app
// alone (what `cdk8s synth` runs) and for `npm run synth` as a user runs it (cdk8s CLI + app).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const runs = Number(process.env.EWOC_BENCH_RUNS ?? 7);
if (!Number.isInteger(runs) || runs < 5) {
  console.error('EWOC_BENCH_RUNS must be a whole number of at least 5');
  process.exit(1);
}

const commands = {
  'synth app': [process.execPath, ['-r', 'ts-node/register', 'main.ts']],
  'npm run synth (cdk8s CLI + app)': [process.execPath, [path.join(root, 'node_modules', 'cdk8s-cli', 'bin', 'cdk8s'), 'synth', '--no-check-upgrade']],
};

function once(command, args) {
  const rssFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-bench-')), 'rss');
  const env = {
    ...process.env,
    CDK8S_CHECK_UPGRADE: 'false',
    EWOC_BENCH_RSS_FILE: rssFile,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} -r ${path.join(__dirname, 'peak-rss.js')}`.trim(),
  };
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) {
    console.error(result.stderr);
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
  }
  const peakKiB = Math.max(...fs.readFileSync(rssFile, 'utf8').trim().split('\n').map(Number));
  fs.rmSync(path.dirname(rssFile), { recursive: true, force: true });
  return { seconds, peakKiB };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

console.log(`node ${process.version}, ${os.cpus().length} CPUs; 1 warm-up + ${runs} runs each`);
for (const [name, [command, args]] of Object.entries(commands)) {
  once(command, args);
  const samples = Array.from({ length: runs }, () => once(command, args));
  const times = samples.map((s) => s.seconds);
  console.log(
    `${name}: median ${median(times).toFixed(3)} s (min ${Math.min(...times).toFixed(3)}, max ${Math.max(...times).toFixed(3)}), ` +
      `peak memory ${(Math.max(...samples.map((s) => s.peakKiB)) / 1024).toFixed(0)} MiB`,
  );
}
