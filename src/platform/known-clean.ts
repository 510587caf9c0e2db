import { isDeeplyFrozen } from './deep-freeze';

/**
 * What the checks of single objects found nothing wrong with, per frozen object. Hydrated chart objects are frozen
 * and shared by every render of a process (both environments of a synth, the two trees of a plan, the renders of the
 * tests), so a check judges each once; the platform's own objects are built anew by every render, and checked each
 * time. Only an object frozen all the way down (deepFreeze) qualifies: one that can still change, even deep inside
 * (Object.freeze freezes one level), might not be clean any more.
 */
const CLEAN = new WeakMap<object, Set<string>>();

/**
 * The problems `find` reports for `object`, or none when the check named `check` (with whatever settings decide
 * its verdict) found the frozen object clean before.
 */
export function problemsUnlessKnownClean<T>(object: object, check: string, find: () => T[]): T[] {
  if (!isDeeplyFrozen(object)) return find();
  const clean = CLEAN.get(object);
  if (clean?.has(check)) return [];
  const problems = find();
  if (problems.length === 0) {
    if (clean) clean.add(check);
    else CLEAN.set(object, new Set([check]));
  }
  return problems;
}
