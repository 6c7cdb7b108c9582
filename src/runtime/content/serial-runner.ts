/**
 * Runs `task` one at a time. A request that arrives while a run is under way is not lost
 * and not run alongside: it makes exactly one more run after the current one. (The pack
 * check that is already running may have read the manifest before the city published a
 * new one; the network coming back during it must still lead to a check after it.)
 */
export function serialRunner(task: () => Promise<unknown>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  const request = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = task().then(() => undefined, () => undefined).finally(() => {
      running = undefined;
      if (again) {
        again = false;
        void request();
      }
    });
    return running;
  };
  return request;
}
