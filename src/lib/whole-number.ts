// Whole numbers with thousands separators, as en-GB writes them ("1,200"), by d3-format, not Intl:
// the first Intl number formatter in a page (or in a worker's page) loads the locale's data, tens
// of ms on this machine's 2 cores, on whichever thread asks first: ~14 ms (~56 ms with the CPU slowed
// 4×) of the district table's first build; 37-51 ms in a fresh import worker at load 17 (issue 15).

import { format } from 'd3-format';

export const wholeNumber: (n: number) => string = format(',d');
