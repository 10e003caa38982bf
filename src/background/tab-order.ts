/**
 * Updates to one tab's state, badge and popup, run one after another in the order they were
 * asked for. A navigation's reset and the new page's answer arrive in that order, but each takes
 * several round trips to the browser: run side by side, a late reset cleared the popup the answer
 * had just set, and the next click annotated again instead of opening the list.
 */
const queues = new Map<number, Promise<void>>();

export function inTabOrder<T>(tabId: number, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(task);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(tabId, settled);
  // Forget a tab's queue once it is idle, so closed tabs leave nothing behind.
  void settled.then(() => {
    if (queues.get(tabId) === settled) queues.delete(tabId);
  });
  return run;
}
