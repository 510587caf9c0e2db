// Preloaded by the bench into every node process it starts: appends the process's peak resident memory (KiB) to
// the file named by EWOC_BENCH_RSS_FILE when the process exits.
const fs = require('node:fs');

const file = process.env.EWOC_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => fs.appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
}
