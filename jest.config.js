/** Tests transpile with swc; `npm test` type-checks once with tsc before jest runs. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  snapshotFormat: { escapeString: false, printBasicPrototype: false },
  // Both cores: much of a test's time is Helm, in processes of its own.
  maxWorkers: '100%',
  // On a fresh clone a test may be the first to render a chart with its values (a few seconds each).
  testTimeout: 120000,
};
