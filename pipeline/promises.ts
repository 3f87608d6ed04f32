/**
 * A promise started now and awaited later: other work runs in between, and if that work throws
 * first, this one's rejection must not also surface as unhandled (it is awaited, or moot).
 */
export function background<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}
