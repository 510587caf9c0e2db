// @slow: starts a synth process in a scratch project.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readTree, runSynthProcess, synthScratchProject } from './support';

/** The synth as a user starts it (node running main.ts, as `npm run synth` does), in a scratch project; `cdk8s synth` runs in the synth test. */
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

});
