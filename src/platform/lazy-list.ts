import { Lazy } from 'cdk8s';

/**
 * A sorted list read when the chart renders, for values that other modules add after this object was built (the
 * namespaces a secret store serves, the secrets it may read). Typed as the plain list the object's props expect.
 */
export function lazySortedList(values: ReadonlySet<string>): string[] {
  return Lazy.any({ produce: () => [...values].sort() }) as unknown as string[];
}
