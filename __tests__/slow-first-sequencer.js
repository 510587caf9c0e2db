// Orders test files for the workers. Jest runs the files that took longest last time first, so that no worker is left
// running a long file alone at the end; a fresh clone has no last time, and jest then orders by file size, which says
// little here: the slowest files are short ones that start processes or Helm. Those begin with a `// @slow:` line
// saying why, and run first when jest knows no durations.
const fs = require('node:fs');
const Sequencer = require('@jest/test-sequencer').default;

const SLOW = /^\/\/ @slow:/;

class SlowFirstSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const slow = (test) => test.duration === undefined && SLOW.test(fs.readFileSync(test.path, 'utf8'));
    return [...sorted.filter(slow), ...sorted.filter((test) => !slow(test))];
  }
}

module.exports = SlowFirstSequencer;
