// The width of a text as the browser draws it in the page's font (app.css sets it on the root and
// nothing in between sets another), so a chart's layout can keep names off each other before the
// SVG exists. Undefined where there is no canvas (the layout then estimates from characters).
export function textMeasurer(font: string): ((text: string) => number) | undefined {
  if (typeof document === 'undefined') return undefined;
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return undefined;
  ctx.font = `${font} ${getComputedStyle(document.documentElement).fontFamily}`;
  const cache = new Map<string, number>();
  return (text: string) => {
    let w = cache.get(text);
    if (w === undefined) cache.set(text, (w = ctx.measureText(text).width));
    return w;
  };
}
