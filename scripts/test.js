// `npm test [-- <jest arguments>]`: type-checks the project with tsgo and runs jest, at the same time. Sequentially,
// the type-check's seconds came first and jest's after; together, tsgo uses what the jest workers leave of the
// cores (while jest starts, while one worker ends alone), and `npm test` took about a second less (two runs each way
// after a synth). tsgo runs single-threaded, so it takes one core at most from the workers. Its output is printed
// after jest's, so the two do not interleave; the command fails when either fails.
const { spawn } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const typeCheck = spawn(bin('tsgo'), ['--noEmit', '--checkers', '1', '--singleThreaded'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
const typeCheckOutput = [];
typeCheck.stdout.on('data', (chunk) => typeCheckOutput.push(chunk));
typeCheck.stderr.on('data', (chunk) => typeCheckOutput.push(chunk));
const typeChecked = outcome(typeCheck, 'tsgo');

// --single-threaded-gc: see jest.config.js.
const jest = spawn(process.execPath, ['--single-threaded-gc', path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'), '--ci', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
const tested = outcome(jest, 'jest');

// Stopped (a CI timeout, `kill`), it stops both: they would otherwise run on without it. A terminal's Ctrl-C reaches
// them anyway; this command then ends as they do, reporting the failure.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    for (const child of [typeCheck, jest]) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}

Promise.all([tested, typeChecked]).then(([jestFailure, typeCheckFailure]) => {
  const output = Buffer.concat(typeCheckOutput).toString('utf8');
  if (output) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
  process.stdout.write(typeCheckFailure ? `type-check failed: ${typeCheckFailure}\n` : 'type-check passed (tsgo --noEmit)\n');
  if (jestFailure && jestFailure !== 'exited with 1') process.stdout.write(`jest failed: ${jestFailure}\n`);
  process.exitCode = jestFailure || typeCheckFailure ? 1 : 0;
});

/** Resolves with undefined when `child` exits with 0, otherwise with how it failed. */
function outcome(child, name) {
  return new Promise((resolve) => {
    child.on('error', (error) => resolve(`could not start ${name}: ${error.message}`));
    child.on('close', (code, signal) => resolve(code === 0 ? undefined : signal ? `killed by ${signal}` : `exited with ${code}`));
  });
}
