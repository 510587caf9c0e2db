import { z } from 'zod';

/** Field types shared by the configuration sections, each with the message users see when a value is wrong. */

export const dnsName = z
  .string()
  .regex(/^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+$/, {
    message: 'must be a lower-case DNS name with at least two labels, such as cloud.example.org',
  });

export const dnsLabel = z.string().regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, {
  message: 'must be a DNS label: lower-case letters, digits and "-", at most 63 characters',
});

export const exactVersion = z.string().regex(/^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, {
  message: 'must be an exact version such as 1.21.1 (ranges are not reproducible)',
});

export const quantity = z.string().regex(/^\d+(\.\d+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/, {
  message: 'must be a Kubernetes quantity such as 30Gi',
});

export const httpsUrl = z.url({ protocol: /^https$/, message: 'must be an https:// URL' });

export const replicas = (description: string, fallback: number) =>
  z.number().int({ message: 'must be a whole number' }).min(1, { message: 'must be at least 1' }).max(15).default(fallback).describe(description);

/** A Kubernetes object name (DNS subdomain). */
export const objectName = z.string().regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, { message: 'must be a Kubernetes object name' });
