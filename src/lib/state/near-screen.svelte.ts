// Whether an element is on the screen or within `margin` of it (IntersectionObserver), so what it shows
// can catch up late while nobody can see it (lib/state/deferred). Near until the element exists and
// the observer has said otherwise; always near where there is no IntersectionObserver.
export function nearScreen(element: () => Element | undefined, margin = '200px'): { readonly current: boolean } {
  let near = $state(true);
  $effect(() => {
    const el = element();
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => (near = entries[entries.length - 1].isIntersecting), {
      rootMargin: margin,
    });
    observer.observe(el);
    return () => observer.disconnect();
  });
  return {
    get current() {
      return near;
    },
  };
}
