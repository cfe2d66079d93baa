// A chart made of small panels side by side (the profile's time series) exported as one image:
// each panel's SVG drawn into one SVG at its place on the page, with its heading above it.

const NS = 'http://www.w3.org/2000/svg';

export function panelsSvg(panels: Element | null): SVGSVGElement | null {
  if (!panels) return null;
  const outer = document.createElementNS(NS, 'svg');
  const box = panels.getBoundingClientRect();
  outer.setAttribute('width', String(box.width));
  outer.setAttribute('height', String(box.height));
  outer.style.cssText = 'position:fixed;left:-20000px;top:0';
  for (const panel of panels.querySelectorAll(':scope > *')) {
    const p = panel.getBoundingClientRect();
    const heading = panel.querySelector('h4, h5, p, .heading');
    if (heading) {
      const t = document.createElementNS(NS, 'text');
      t.textContent = heading.textContent;
      t.setAttribute('x', String(p.left - box.left));
      t.setAttribute('y', String(heading.getBoundingClientRect().bottom - box.top - 4));
      t.setAttribute('font-size', '12');
      t.setAttribute('font-weight', '600');
      outer.append(t);
    }
    const svg = panel.querySelector('svg');
    if (!svg) continue;
    const s = svg.getBoundingClientRect();
    const copy = svg.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('x', String(s.left - box.left));
    copy.setAttribute('y', String(s.top - box.top));
    outer.append(copy);
  }
  // On the page for a moment so the browser computes its styles, then gone.
  panels.append(outer);
  requestAnimationFrame(() => outer.remove());
  return outer;
}
