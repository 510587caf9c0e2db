// @slow: starts the synth and cdk8s synth processes in a scratch project.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readTree, ROOT, runSynthProcess, synthScratchProject } from './support';

/** The synth as a user starts it: `npm run synth` (node running main.ts) and `cdk8s synth`, in a scratch project. */
describe('the synth process', () => {
  let dir: string;
  beforeEach(() => {
    dir = synthScratchProject();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a bad environment fails the synth process with the field, no stack trace, and leaves dist/ and argocd/ untouched', () => {
    fs.mkdirSync(path.join(dir, 'dist', 'prod'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'argocd'));
    fs.writeFileSync(path.join(dir, 'dist', 'prod', 'marker.yaml'), 'kept: true\n');
    fs.writeFileSync(path.join(dir, 'argocd', 'prod.yaml'), 'kept: true\n');
    const before = readTree(dir, ['dist', 'argocd']);
    const broken = fs.readFileSync(path.join(dir, 'environments', 'test.yaml'), 'utf8').replace('size: 50Gi', 'size: fifty');
    fs.writeFileSync(path.join(dir, 'environments', 'test.yaml'), broken);

    const result = runSynthProcess(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'synth failed; dist/ and argocd/ are unchanged.\nenvironments/test.yaml: pvRecovery.volumes[1].size: must be a Kubernetes quantity such as 30Gi\n',
    );
    expect(result.stdout).toBe('');
    expect(readTree(dir, ['dist', 'argocd'])).toEqual(before);
  });

  test('cdk8s synth still works and writes the identical tree', () => {
    const cli = path.join(ROOT, 'node_modules', 'cdk8s-cli', 'bin', 'cdk8s');
    execFileSync(process.execPath, [cli, 'synth', '--no-check-upgrade'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false' } });
    // The committed tree is a fresh synth's (the synth test proves it).
    const committed = readTree(ROOT, ['dist', 'argocd']);
    expect(readTree(dir, ['dist', 'argocd'])).toEqual(committed);
    // The CLI's output folder, whose files it lists, holds the same tree.
    expect(readTree(path.join(dir, '.cdk8s.out'), ['dist', 'argocd'])).toEqual(committed);
  });
});
