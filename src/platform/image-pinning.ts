import { problemsUnlessKnownClean } from './known-clean';
import type { RenderedObject } from './rendered-object';

/** An image reference split into its parts: `registry/repository[:tag][@digest]`. */
export interface ImageReference {
  readonly name: string;
  readonly tag?: string;
  readonly digest?: string;
}

export function parseImage(reference: string): ImageReference {
  const [withTag, digest] = reference.split('@', 2);
  // A colon after the last slash starts the tag; one before it belongs to the registry's port.
  const lastSlash = withTag.lastIndexOf('/');
  const colon = withTag.indexOf(':', lastSlash + 1);
  return colon < 0 ? { name: withTag, digest } : { name: withTag.slice(0, colon), tag: withTag.slice(colon + 1), digest };
}

/**
 * Why an image reference may pull different images over time, or undefined when it cannot: a digest pins it, and
 * so does a tag naming one release (MAJOR.MINOR.PATCH, with any suffix: `1.27.3-alpine`, `v1.12.1-distroless`).
 * No tag means `latest`; `latest`, a bare major or `major.minor`, and names like `stable` move with new releases.
 */
export function movingImage(reference: string): string | undefined {
  const { tag, digest } = parseImage(reference);
  if (digest !== undefined) return /^sha256:[a-f0-9]{64}$/.test(digest) ? undefined : `has a malformed digest "${digest}"`;
  if (tag === undefined || tag === '') return 'has no tag, so it pulls whatever latest is';
  if (/latest/i.test(tag)) return `is tagged "${tag}", which moves with every release`;
  if (/^v?\d+(\.\d+)?([-_+].*)?$/.test(tag)) return `is tagged "${tag}", a major or minor tag that moves with every patch release`;
  if (!/^v?\d+\.\d+\.\d+/.test(tag)) return `is tagged "${tag}", which names no release`;
  return undefined;
}

/** Every image reference of an object, with its path: the `image` and `imageName` fields wherever they are. */
export function imagesOf(object: unknown, at = ''): Array<{ readonly path: string; readonly image: string }> {
  if (Array.isArray(object)) return object.flatMap((item, index) => imagesOf(item, `${at}[${index}]`));
  if (object === null || typeof object !== 'object') return [];
  return Object.entries(object as Record<string, unknown>).flatMap(([key, value]) => {
    const path = at ? `${at}.${key}` : key;
    if ((key === 'image' || key === 'imageName') && typeof value === 'string') return [{ path, image: value }];
    return imagesOf(value, path);
  });
}

/** Every image of the rendered objects (pods and the custom resources that run pods) that is not pinned. */
export function findUnpinnedImages(rendered: readonly RenderedObject[]): string[] {
  return rendered.flatMap(({ file, object }) => {
    if (object.kind === 'CustomResourceDefinition') return [];
    const moving = problemsUnlessKnownClean(object, 'images', () => imagesOf(object.spec ?? {}, 'spec').flatMap(({ path, image }) => {
      const why = movingImage(image);
      return why ? [{ path, image, why }] : [];
    }));
    return moving.map(({ path, image, why }) => `${file}: ${object.kind} ${object.metadata?.name}: ${path}: image "${image}" ${why}; pin an exact release (MAJOR.MINOR.PATCH) or a digest`);
  });
}
