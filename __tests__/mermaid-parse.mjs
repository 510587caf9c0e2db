// Parses Mermaid diagrams with the real Mermaid parser: node __tests__/mermaid-parse.mjs < diagrams.json
// Input: a JSON array of diagram texts. Output: a JSON array, per diagram, of null (parsed) or the parser's message.
// Mermaid is an ES module written for browsers; linkedom gives it the little DOM its sanitizer asks for.
import { parseHTML } from 'linkedom';

const { window, document } = parseHTML('<html><body></body></html>');
globalThis.window = window;
globalThis.document = document;
const { default: mermaid } = await import('mermaid');

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
