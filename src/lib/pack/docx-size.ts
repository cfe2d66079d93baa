// How large a chart is placed in the Word document, and so how finely its PNG is drawn.

/** Text width of an A4 page with 2 cm margins, in pixels at 96 dpi (docx sizes images in pixels). */
export const TEXT_WIDTH_PX = 642;

/** A chart `width` CSS px wide is placed at its own size, or shrunk to the page's text width. */
export function placedScale(width: number): number {
  return Math.min(1, TEXT_WIDTH_PX / width);
}

/**
 * The PNG's pixels per CSS px: two pixels for each point of its placed width (sharp on paper and
 * zoomed in), no more. A chart drawn wider than the page is shrunk there, so drawing it at twice its
 * screen size would only make a larger file to compress and hash for nothing.
 */
export function pngScale(width: number): number {
  return 2 * placedScale(width);
}
