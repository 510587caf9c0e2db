/** The objects deepFreeze froze, each all the way down. */
const DEEPLY_FROZEN = new WeakSet<object>();

/**
 * Freezes a value all the way down, and returns it: an object shared between renders (a hydrated chart object) can
 * then not be changed by one of them. Stops at what it froze before; an object frozen some other way (Object.freeze
 * freezes one level) is walked, since what it holds may still change.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !DEEPLY_FROZEN.has(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
    DEEPLY_FROZEN.add(value);
  }
  return value;
}

/** Whether deepFreeze froze `value`: nothing in it can change. */
export function isDeeplyFrozen(value: object): boolean {
  return DEEPLY_FROZEN.has(value);
}
