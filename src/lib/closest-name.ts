/**
 * The name a mistyped one most likely meant: the candidate at the smallest edit distance, ignoring case, if that is
 * small for the name's length (one edit from three to five characters, two up to eight, three beyond); else
 * undefined. Names of one or two characters are too short to tell a typo from another name.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const allowed = name.length < 3 ? 0 : name.length <= 5 ? 1 : name.length <= 8 ? 2 : 3;
  if (allowed === 0) return undefined;
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    // Lengths further apart than the edits allowed cannot be close; skipping them keeps a huge name cheap.
    if (Math.abs(candidate.length - name.length) > allowed) continue;
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance <= allowed && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** Levenshtein distance: insertions, deletions and substitutions. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}
