// Parses Mermaid diagrams with the real Mermaid parser: node __tests__/mermaid-parse.mjs < diagrams.json
// Input: a JSON array of diagram texts. Output: a JSON array, per diagram, of null (parsed) or the parser's message.
// Mermaid is written for browsers; linkedom gives it the little DOM its sanitizer asks for. It is loaded from the
// package's single-file browser bundle (same version, same parser), not its ES modules: node resolves and compiles
// hundreds of those files one by one, which took about twice as long.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInThisContext } from 'node:vm';
import { parseHTML } from 'linkedom';

const { window, document } = parseHTML('<html><body></body></html>');
globalThis.window = window;
globalThis.document = document;
const bundle = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
// The bundle is a browser script: it sets globalThis.mermaid.
runInThisContext(readFileSync(bundle, 'utf8'), { filename: bundle });
const { mermaid } = globalThis;

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const results = [];
for (const text of JSON.parse(Buffer.concat(chunks).toString('utf8'))) {
  try {
    await mermaid.parse(text);
    results.push(null);
  } catch (error) {
    results.push(String(error.message ?? error));
  }
}
process.stdout.write(JSON.stringify(results));
