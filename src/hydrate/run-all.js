// Runs the jobs of a plan (see runAllIsolatedInto in run-isolated.ts), at most `limit` at a time, each with its
// standard output and error in files and its exit status written when it ends. Plain JavaScript: it runs as its own
// process, without the TypeScript loader.
const { spawn } = require('node:child_process');
const fs = require('node:fs');

const { limit, jobs } = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
let next = 0;
let running = 0;

function start() {
  while (running < limit && next < jobs.length) {
    const job = jobs[next++];
    running++;
    const out = fs.openSync(job.out, 'w');
    const err = fs.openSync(job.err, 'w');
    const child = spawn(job.path, job.args, { cwd: job.cwd, env: job.env, stdio: ['ignore', out, err] });
    let done = false;
    /** @param {{ code: number | null, signal: NodeJS.Signals | null, error?: string }} status */
    const finish = (status) => {
      if (done) return;
      done = true;
      fs.closeSync(out);
      fs.closeSync(err);
      fs.writeFileSync(job.status, JSON.stringify(status));
      running--;
      start();
    };
    child.on('error', (error) => finish({ code: null, signal: null, error: error.message }));
    child.on('close', (code, signal) => finish({ code, signal }));
  }
}

start();
