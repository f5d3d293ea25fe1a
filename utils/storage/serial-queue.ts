/**
 * Runs the tasks given to it one after another, each starting when the one before has settled: a read-modify-write
 * of a stored value in such a queue reads what the previous write left, so no concurrent update is lost.
 */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  };
}
