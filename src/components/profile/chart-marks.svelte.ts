// What every chart of choosable marks (bars, bubbles, dots, nodes) keeps between events: the tooltip
// shown, the chart's one Tab stop (the mark last focused, else the selected one, else the first) and
// the mark with keyboard focus, for a ring drawn in the SVG. One per chart:
//   const choices = new ChartMarks(() => codes, () => selectedSector, onsector);
//   <div bind:this={choices.box}> … <circle {...choices.mark(code, () => content)} /> … <ChartTooltip tip={choices.tip} />
import { tipSentence, type Tip, type TipContent } from '../ChartTooltip.svelte';
import { choosable, tabStopOf } from './context';

export class ChartMarks {
  /** The chart's box, which tooltip positions are relative to (bound to its element). */
  box = $state<HTMLElement>();
  tip = $state<Tip | null>(null);
  /** The mark with keyboard focus (null when focus is elsewhere or came from a pointer). */
  ring = $state<string | null>(null);
  #lastFocused = $state<string | null>(null);
  readonly #codes: () => readonly string[];
  readonly #selected: () => string;
  readonly #choose: (code: string) => void;
  /** The mark that is in the Tab order. */
  readonly stop = $derived.by(() => tabStopOf(this.#codes(), this.#lastFocused, this.#selected()));

  constructor(codes: () => readonly string[], selected: () => string, choose: (code: string) => void) {
    this.#codes = codes;
    this.#selected = selected;
    this.#choose = choose;
  }

  /** What to spread onto the mark of `code` (see choosable). */
  mark(code: string, content: () => TipContent) {
    return choosable({
      content,
      label: tipSentence(content()),
      pressed: code === this.#selected(),
      choose: () => this.#choose(code),
      box: () => this.box,
      show: (t) => (this.tip = t),
      tabStop: code === this.stop,
      focus: (f) => {
        if (f) this.#lastFocused = code;
        this.ring = f?.keyboard ? code : null;
      },
    });
  }
}
