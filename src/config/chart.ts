import { z } from 'zod';
import { dnsLabel, exactVersion, httpsUrl } from './primitives';

/** An upstream Helm chart at an exact version. */
export const chartSchema = z
  .strictObject({
    repoURL: httpsUrl.describe('Helm repository URL.'),
    chart: dnsLabel.describe('Chart name in that repository.'),
    version: exactVersion.describe('Exact chart version.'),
  })
  .describe('An upstream Helm chart pinned to an exact version.');
export type ChartRef = z.infer<typeof chartSchema>;
