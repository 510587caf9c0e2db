import { ConfigError } from './src/config/load';
import { PlatformError } from './src/platform/errors';
import { synth } from './src/platform/synth';
import { MODULES } from './src/modules/registry';

try {
  const { environments } = synth({ root: __dirname, registry: MODULES });
  for (const { environment, waves } of environments) {
    const order = [...waves].sort(([a, wa], [b, wb]) => wa - wb || (a < b ? -1 : 1)).map(([id, wave]) => `${wave}:${id}`);
    console.log(`${environment.name}: ${order.join(' ')}`);
  }
} catch (error) {
  if (error instanceof ConfigError || error instanceof PlatformError) {
    console.error(`synth failed; dist/ and argocd/ are unchanged.\n${error.message}`);
    process.exit(1);
  }
  throw error;
}
