import type { PlatformModule } from './module';
import { problemsUnlessKnownClean } from './known-clean';
import type { RenderedObject } from './rendered-object';

/**
 * Client-side apply keeps the whole object in its `last-applied-configuration` annotation, and annotations may
 * hold 256 KiB at most: a larger object (a big CRD) fails to apply unless its module applies server-side.
 */
const ANNOTATION_LIMIT = 262144;

/** Objects too large for client-side apply in modules that apply client-side, each named with its size. */
export function findTooLargeForClientSideApply(module: PlatformModule, objects: readonly RenderedObject[], textOf: (file: string) => string | undefined): string[] {
  if (module.sync.serverSideApply) return [];
  return objects.flatMap(({ file, object }) => {
    // The YAML text, when there is one, rules out the small objects without serializing them again.
    const text = textOf(file);
    if (text !== undefined && text.length < ANNOTATION_LIMIT / 2) return [];
    return problemsUnlessKnownClean(object, 'apply-size', () => {
      const size = Buffer.byteLength(JSON.stringify(object));
      if (size <= ANNOTATION_LIMIT) return [];
      return [`${file}: ${object.kind} ${object.metadata?.name}: ${size} bytes, more than the ${ANNOTATION_LIMIT} a client-side apply can record; module "${module.id}" must apply server-side (sync: { serverSideApply: true })`];
    });
  });
}
