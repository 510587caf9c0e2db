/**
 * Freezes a value all the way down, and returns it: an object shared between renders (a hydrated chart object) can
 * then not be changed by one of them. Stops at what is frozen already, which is frozen all the way down when this
 * froze it.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
