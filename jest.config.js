/**
 * Test files run in plain node through jest-light-runner (__tests__/light-runner.mjs, with a start-up race fixed):
 * one child process per core, each loading the project's modules once for every test file it runs (jest's per-file
 * registry loaded them again for each, doubling the CPU time of `npm test`). Processes, not worker threads: tests change their effective user (asOrdinaryUser), which a
 * thread cannot. `npm test` (scripts/test.js) type-checks once with tsgo (TypeScript's native compiler) while jest
 * runs, and starts jest with `--single-threaded-gc`, which the workers inherit: with both cores running tests, V8's
 * garbage collection helper threads only took turns with them (`npm test` about a tenth faster, medians of seven
 * runs each).
 */
module.exports = {
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  runner: '<rootDir>/__tests__/light-runner.mjs',
  setupFiles: ['<rootDir>/__tests__/load-typescript.js'],
  transform: {},
  snapshotFormat: { escapeString: false, printBasicPrototype: false },
  maxWorkers: '100%',
  testSequencer: '<rootDir>/__tests__/slow-first-sequencer.js',
};
