// A cancelled workflow signals the step's process: work that must stop cleanly (a load test's
// swarm) gets an AbortSignal that fires on SIGINT or SIGTERM while it runs.
export async function onCancel<T>(fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const abort = new AbortController();
  const onSignal = () => abort.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await fn(abort.signal);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
