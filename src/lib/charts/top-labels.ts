// The words over a bar chart's top line: "England = 1" over the line at 1, "← less" and "more →" at
// the plot's two ends. On a phone the line at 1 can sit near an end, and the words would run into
// each other: then the end word it would touch is left out (the tick figures still say which way is
// more), never drawn over the benchmark's name.

/** Width of a character of the 11 px labels, a little over the widest (bold) average, so "fits" never touches. */
export const TOP_CHAR_W = 7;
/** Space kept between two labels. */
export const TOP_GAP = 6;

export interface TopLabels {
  less: boolean;
  more: boolean;
}

/**
 * Which end words to draw beside `one` centred at `centre` ("← less" starts at plotLeft, "more →"
 * ends at plotRight): each only when its estimated box stays TOP_GAP clear of the centre label's.
 */
export function topLabels(
  centre: number,
  plotLeft: number,
  plotRight: number,
  one: string | undefined,
  sides: boolean,
  less = '← less',
  more = 'more →',
): TopLabels {
  if (!sides) return { less: false, more: false };
  const half = ((one?.length ?? 0) * TOP_CHAR_W) / 2;
  const oneLeft = one ? centre - half : Infinity;
  const oneRight = one ? centre + half : -Infinity;
  const lessRight = plotLeft + less.length * TOP_CHAR_W;
  const moreLeft = plotRight - more.length * TOP_CHAR_W;
  return {
    less: lessRight + TOP_GAP <= oneLeft && lessRight + TOP_GAP <= moreLeft,
    more: oneRight + TOP_GAP <= moreLeft,
  };
}
