// The printed pack's running header puts an area name from the data (a user's own CSV too) into a
// <style> element: it must stay a CSS string and never end the element.
import { describe, expect, it } from 'vitest';
import { cssString, printHeaderCss } from '../../src/lib/pack/print';

describe('pack print header', () => {
  it('quotes text as a CSS string, escaping quotes and backslashes', () => {
    expect(cssString('Tees Valley')).toBe('"Tees Valley"');
    expect(cssString('Say "hi" \\ there')).toBe('"Say \\"hi\\" \\\\ there"');
  });

  it('an area name cannot close the style element or break the string', () => {
    const css = printHeaderCss('Evil</style><script>alert(1)</script>\n"x', '30 November 2026');
    expect(css).not.toContain('<');
    expect(css).not.toContain('\n"x');
    expect(css).toContain('content: "Evil /style  script alert(1) /script  \\"x: evidence pack";');
    expect(css).toContain('@top-right { content: "30 November 2026";');
  });
});
