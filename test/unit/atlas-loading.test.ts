import { describe, expect, it } from 'vitest';
import { DataLoadError } from '../../src/lib/data/load';
import { describeError } from '../../src/lib/state/dataset-loading';
import {
  ignoredValuesNotice,
  lackingValues,
  lackingValuesNotice,
  localLinkNotice,
  unknownNamesNotice,
} from '../../src/lib/state/url-sync';
import { parseUrlState, serialiseUrlState } from '../../src/lib/state/app-state';

describe('url-sync: a link to a dataset from someone else’s own file', () => {
  it('says it cannot be shown when this tab does not have it', () => {
    expect(localLinkNotice('?dataset=local-abc&sector=C', ['ubc-enterprises'])).toMatch(/cannot be shown here/);
  });
  it('says nothing for a published dataset, a local one this tab has, or no dataset at all', () => {
    expect(localLinkNotice('?dataset=gva-current', ['ubc-enterprises'])).toBeNull();
    expect(localLinkNotice('?dataset=local-abc', ['ubc-enterprises', 'local-abc'])).toBeNull();
    expect(localLinkNotice('', ['ubc-enterprises'])).toBeNull();
  });
});

describe('dataset-loading: describeError', () => {
  it('tells a failed download to check the connection, and passes other errors through', () => {
    const e = describeError(new DataLoadError('ubc.csv', 'HTTP 404'));
    expect(e.title).toBe('The data could not be loaded');
    expect(e.message).toBe('Could not load ubc.csv: HTTP 404. Check your connection and try again.');
    expect(describeError(new Error('boom'))).toEqual({ title: 'Something went wrong', message: 'boom' });
    expect(describeError('odd')).toEqual({ title: 'Something went wrong', message: 'odd' });
  });
});

describe('url-sync: a link with names the atlas does not use', () => {
  it('names the one it ignored', () => {
    expect(unknownNamesNotice('?level=lad&sector=C')).toBe(
      'This link has a part the atlas does not use, so it was ignored: “level”. The rest of the link is shown.',
    );
  });
  it('names several, each once, and counts those past five', () => {
    expect(unknownNamesNotice('?a=1&b=2&a=3')).toMatch(/parts .* they were ignored: “a” and “b”\./);
    expect(unknownNamesNotice('?a&b&c&d&e&f&g')).toMatch(/“a”, “b”, “c”, “d” and “e” and 2 more\./);
  });
  it('says nothing when every name is one the atlas writes itself', () => {
    expect(unknownNamesNotice('')).toBeNull();
    // A state with every optional part set: its link must raise no notice.
    const full = parseUrlState(
      '?view=profile&dataset=aps-employment&geo=lad&metric=growth&sector=C&year=2022&from=2018&classes=manual&breaks=1,2&lep=E37000001&area=E08000027&compare=E08000026&benchmark=E37000002&chart=profile-bars&embed=static&sort=name&inst=hide',
    );
    expect(serialiseUrlState(full).split('&').length).toBe(17);
    expect(unknownNamesNotice(serialiseUrlState(full))).toBeNull();
  });
});

describe('url-sync: a link with values the atlas does not have', () => {
  const notice = (search: string) =>
    ignoredValuesNotice(search, parseUrlState(search, { datasets: ['ubc-enterprises'] }));
  it('names the value it could not use, with its name', () => {
    expect(notice('?metric=banana&geo=lad')).toBe(
      'This link asks for a value the atlas does not have, so the default is shown instead: “metric=banana”.',
    );
  });
  it('names several, in the order of the names, and a sort or dataset it could not use', () => {
    expect(notice('?geo=mars&sort=-x&dataset=nope')).toMatch(/values .*: “geo=mars”, “sort=-x” and “dataset=nope”\./);
  });
  it('says nothing for values it took, an empty value, or a dataset from an own file', () => {
    expect(notice('?metric=growth&geo=lad&sort=-name&view=profile&classes=quantiles')).toBeNull();
    expect(notice('?metric=')).toBeNull();
    expect(notice('?dataset=local-abc')).toBeNull();
    expect(notice('?dataset=ubc-enterprises')).toBeNull();
  });
});

describe('url-sync: a sector or year the dataset does not have', () => {
  // A dataset with sectors A and C and the years 2018–2020.
  const data = { hasSector: (c: string) => c === 'A' || c === 'C', years: ['2018', '2019', '2020'] };
  const state = (sector: string | null, year: string | null, from: string | null) => ({ sector, year, from });
  it('finds each of sector, year and growth start year the data lacks, in that order', () => {
    expect(lackingValues(state('banana', '1850', '1066'), data)).toEqual(['sector', 'year', 'from']);
    expect(lackingValues(state('C', '1850', '2018'), data)).toEqual(['year']);
    expect(lackingValues(state('B', '2020', null), data)).toEqual(['sector']);
  });
  it('finds nothing when the link asks for nothing or for what the data has', () => {
    expect(lackingValues(state(null, null, null), data)).toEqual([]);
    expect(lackingValues(state('A', '2019', '2018'), data)).toEqual([]);
  });
  it('names each lacking value and what is shown in its place, the dataset named once', () => {
    expect(lackingValuesNotice('Enterprises', [{ name: 'sector', asked: 'banana', shown: 'Manufacturing' }])).toBe(
      'Enterprises has no sector “banana”, so Manufacturing is shown instead.',
    );
    expect(
      lackingValuesNotice('Enterprises', [
        { name: 'year', asked: '1850', shown: '2022' },
        { name: 'from', asked: '1066', shown: '2018' },
      ]),
    ).toBe(
      'Enterprises has no year “1850”, so 2022 is shown instead. It has no year “1066” to measure growth from, so growth is measured from 2018 instead.',
    );
  });
  it('says nothing when nothing is lacking, and echoes a control character as a visible mark', () => {
    expect(lackingValuesNotice('Enterprises', [])).toBeNull();
    expect(lackingValuesNotice('E', [{ name: 'sector', asked: 'a\u0007b', shown: 'M' }])).toBe(
      'E has no sector “a\ufffdb”, so M is shown instead.',
    );
  });
  it('calls a REF dataset’s sectors subjects', () => {
    expect(lackingValuesNotice('REF', [{ name: 'sector', asked: 'C', shown: 'Engineering' }], 'subject')).toBe(
      'REF has no subject “C”, so Engineering is shown instead.',
    );
  });
});
