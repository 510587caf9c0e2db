#!/usr/bin/env node
// Prints, as JSON, the argo-cd chart values the `argocd` module of an environment applies, for the one-time
// `helm install` of a new cluster: Argo CD starts with the settings (placement, HA, Application health check) it
// will manage itself with, so the argocd Application adopts the install without a change.
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

const environment = process.argv[2];
const file = path.join(__dirname, '..', 'dist', environment ?? '', 'apps', 'argocd.yaml');
if (!environment || !fs.existsSync(file)) {
  console.error(`usage: npm run -s bootstrap-values -- <environment>  (no ${path.relative(process.cwd(), file)}; run npm run synth first)`);
  process.exit(1);
}
const app = YAML.parse(fs.readFileSync(file, 'utf8'));
const chart = (app.spec.sources ?? [app.spec.source]).find((source) => source.chart === 'argo-cd');
console.log(JSON.stringify(chart.helm.valuesObject, null, 2));
