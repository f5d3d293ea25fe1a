/**
 * Named moments of a worker's first answer (read, restore, scan), as `performance` marks in the e2e build only,
 * which the import bench reads over DevTools to break the first lookup after a restart down
 * (test/bench/pack-import-bench.ts). Elsewhere `TEST_BUILD` is false and each call does nothing.
 */
import { TEST_BUILD } from '../test-build';

export function restartMark(name: string): void {
  if (TEST_BUILD) performance.mark(`immunolens:${name}`);
}
