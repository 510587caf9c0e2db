import { z } from 'zod';
import { exactVersion, httpsUrl } from './primitives';

/** An upstream Helm chart at an exact version. */
export const chartSchema = z
  .strictObject({
    repoURL: httpsUrl.describe('Helm repository URL.'),
    chart: z.string().min(1).describe('Chart name in that repository.'),
    version: exactVersion.describe('Exact chart version.'),
  })
  .describe('An upstream Helm chart pinned to an exact version.');
export type ChartRef = z.infer<typeof chartSchema>;
