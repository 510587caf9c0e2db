// Writes what is generated from the modules: the configuration reference (docs/configuration.md), the editor JSON
// Schema (environments/schema.json) and the README's modules table (from the prod environment's render).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configJsonSchema, configReference } from '../src/config/reference';
import { configSchemaFor } from '../src/config/schema';
import { MODULES } from '../src/modules/registry';
import { modulesTable } from '../src/platform/modules-table';
import { readmeWithModulesTable } from '../src/platform/readme';
import { render } from '../src/platform/synth';

const root = path.resolve(__dirname, '..');
const schema = configSchemaFor(MODULES);
fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
fs.writeFileSync(path.join(root, 'docs', 'configuration.md'), configReference(schema));
fs.writeFileSync(path.join(root, 'environments', 'schema.json'), `${JSON.stringify(configJsonSchema(schema), null, 2)}\n`);
const prod = render({ root, registry: MODULES }).environments.find(({ environment }) => environment.name === 'prod');
if (!prod) throw new Error('environments/prod.yaml is needed for the README modules table');
const readme = path.join(root, 'README.md');
fs.writeFileSync(readme, readmeWithModulesTable(fs.readFileSync(readme, 'utf8'), modulesTable(MODULES, prod)));
