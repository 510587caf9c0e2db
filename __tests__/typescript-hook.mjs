// ES module loader hook (see load-typescript.js): a .ts file is left to the CommonJS loader, which has no source from
// here and so reads and transpiles it itself.
export async function load(url, context, nextLoad) {
  if (new URL(url).pathname.endsWith('.ts')) return { format: 'commonjs', shortCircuit: true };
  return nextLoad(url, context);
}
