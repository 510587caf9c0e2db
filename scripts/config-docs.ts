// Writes the configuration reference and the editor JSON Schema from src/config/schema.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configJsonSchema, configReference } from '../src/config/reference';

const root = path.resolve(__dirname, '..');
fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
fs.writeFileSync(path.join(root, 'docs', 'configuration.md'), configReference());
fs.writeFileSync(path.join(root, 'environments', 'schema.json'), `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
