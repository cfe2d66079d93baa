// The current dataset's flag words (src/lib/data/flag-words.ts), handed to every chart and table
// through Svelte context, so each says "suppressed (disclosive)" where the source does without every
// component taking the dataset. Outside an atlas (a component on its own) the general words apply.
import { getContext, setContext } from 'svelte';
import type { Flag } from '../data/types';
import { flagLabel, flagShort, type FlagWords } from '../data/flag-words';

const KEY = Symbol('flag-words');

/** Called once by the app: `get` reads the current dataset's words (reactively, when read in markup). */
export function provideFlagWords(get: () => FlagWords | undefined): void {
  setContext(KEY, get);
}

export interface FlagWording {
  words: () => FlagWords | undefined;
  long: (flag: Flag) => string;
  short: (flag: Flag) => string;
}

/** For a component: the current dataset's words for flags. */
export function useFlagWords(): FlagWording {
  const get = getContext<(() => FlagWords | undefined) | undefined>(KEY) ?? (() => undefined);
  return { words: get, long: (f) => flagLabel(f, get()), short: (f) => flagShort(f, get()) };
}
