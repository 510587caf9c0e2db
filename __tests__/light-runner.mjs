// jest-light-runner's child-process runner (see jest.config.js), with a start-up race of its own fixed.
//
// Each worker process asks once, when it starts, for the configuration it runs test files with. The runner answers
// through a channel where Tinypool registers a worker each time it hands it a file, and 0.7.13 answers every worker
// registered, then forgets them all. A worker registered but still starting (not yet listening) loses that answer,
// and when it asks in turn no one is left to answer it: it waits for ever, and so does jest (seen once, in a run
// with the type-check loading the cores beside jest as the workers started: a worker's first file never started).
// Here every registered worker is answered at every request and none is forgotten; a worker that already has its
// configuration ignores the message (Tinypool drops messages that are not its own). The rest is the runner's: the
// pool is made as it makes it, and it runs the files.
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRunner } from 'jest-light-runner';

const runnerEntry = fileURLToPath(import.meta.resolve('jest-light-runner'));
// The runner's own Tinypool and worker script, wherever npm installed them.
const { default: Tinypool } = await import(pathToFileURL(createRequire(runnerEntry).resolve('tinypool')).href);
const WORKER_SCRIPT = new URL('./worker-runner.js', pathToFileURL(runnerEntry)).href;

const ChildProcessRunner = createRunner({ runtime: 'child_process' });

export default class LightRunner extends ChildProcessRunner {
  _runTest(test) {
    const projectConfig = test.context.config;
    // In band (`-i`), the runner runs files in jest's own process, where there is no start-up to race.
    if (this._runtime === 'child_process' && !this._testRunners.has(projectConfig)) this._testRunners.set(projectConfig, childProcessPool(this._globalConfig, projectConfig));
    return super._runTest(test);
  }
}

function childProcessPool(globalConfig, projectConfig) {
  const workerData = { globalConfig, projectConfig, runtime: 'child_process' };
  const pool = new Tinypool({
    filename: WORKER_SCRIPT,
    runtime: 'child_process',
    minThreads: globalConfig.maxWorkers,
    maxThreads: globalConfig.maxWorkers,
    env: process.env,
    trackUnmanagedFds: false,
    workerData,
  });
  const workers = new Set();
  const channel = {
    onMessage(worker) {
      workers.add(worker);
    },
    postMessage(message) {
      if (message !== 'jest-light-runner-get-worker-data') return;
      for (const worker of workers) worker({ type: 'jest-light-runner-worker-data', workerData });
    },
  };
  return { pool, run: (test) => pool.run(test.path, { channel }) };
}
