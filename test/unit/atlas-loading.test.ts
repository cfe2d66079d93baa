import { describe, expect, it } from 'vitest';
import { DataLoadError } from '../../src/lib/data/load';
import { describeError } from '../../src/lib/state/dataset-loading';
import { localLinkNotice } from '../../src/lib/state/url-sync';

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
