/**
 * Allows one event per key in each `intervalMs`: `allow(key)` is true for the first call and then again once the
 * interval has passed. Keys are forgotten when their interval ends, so the map stays as small as the busy keys.
 */
export function rateLimit(intervalMs: number): (key: number | string) => boolean {
  const last = new Map<number | string, number>();
  return (key) => {
    const now = Date.now();
    for (const [k, at] of last) if (now - at >= intervalMs) last.delete(k);
    if (last.has(key)) return false;
    last.set(key, now);
    return true;
  };
}
