// A view's code fetched on demand, once: the first map never pays for the profile. A failed fetch is
// forgotten, so the next attempt (a retry, another visit to the view) really fetches again.
export function lazyModule<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    if (!pending) {
      const p = load();
      pending = p;
      p.catch(() => {
        if (pending === p) pending = null;
      });
    }
    return pending;
  };
}
