/**
 * Test files run in plain node through jest-light-runner: one child process per core, each loading the project's
 * modules once for every test file it runs (jest's per-file registry loaded them again for each, doubling the CPU
 * time of `npm test`). Processes, not worker threads: tests change their effective user (asOrdinaryUser), which a
 * thread cannot. `npm test` type-checks once with tsgo (TypeScript's native compiler) before jest runs.
 */
module.exports = {
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  runner: 'jest-light-runner/child-process',
  setupFiles: ['<rootDir>/__tests__/load-typescript.js'],
  transform: {},
  snapshotFormat: { escapeString: false, printBasicPrototype: false },
  maxWorkers: '100%',
  testSequencer: '<rootDir>/__tests__/slow-first-sequencer.js',
};
