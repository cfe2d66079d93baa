// A module fetched once a condition first holds (the first map drawn, say), then kept: the code
// behind it stays out of the first download. Null until it arrives; `failed` if its fetch failed
// (a later change of the condition tries again).
export function onDemand<T>(
  load: () => Promise<T>,
  when: () => boolean,
): { readonly current: T | null; readonly failed: boolean } {
  let current = $state.raw<T | null>(null);
  let failed = $state(false);
  let pending = false;
  $effect(() => {
    if (current !== null || pending || !when()) return;
    pending = true;
    load().then(
      (m) => {
        current = m;
        failed = false;
      },
      () => {
        pending = false;
        failed = true;
      },
    );
  });
  return {
    get current() {
      return current;
    },
    get failed() {
      return failed;
    },
  };
}
