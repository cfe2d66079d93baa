import { describe, expect, it } from 'vitest';
import {
  embedSnippet,
  embedUrl,
  HEIGHT_MESSAGE_TYPE,
  postHeightMessage,
  type MessageTarget,
} from '../../src/lib/export/embed';
import { parseUrlState } from '../../src/lib/state/app-state';

describe('embedUrl', () => {
  const base = 'https://atlas.test/app/';

  it('keeps every other parameter byte for byte and adds embed last', () => {
    const u = embedUrl(base, '?dataset=bres&sector=C&compare=E37000001,E37000002&year=2022&name=a%20b+c', {
      interactive: true,
      pinYear: true,
    });
    expect(u).toBe(
      'https://atlas.test/app/?dataset=bres&sector=C&compare=E37000001,E37000002&year=2022&name=a%20b+c&embed',
    );
  });

  it('makes a static embed and replaces old embed/static parameters', () => {
    expect(
      embedUrl(base + '?old=1#hash', 'embed&sector=C&static=1&embed=static', { interactive: false, pinYear: true }),
    ).toBe('https://atlas.test/app/?sector=C&embed=static');
  });

  it('pins the year shown when the URL has none, or drops it to follow the latest', () => {
    expect(embedUrl(base, '?sector=C', { interactive: true, pinYear: true, year: '2021/22' })).toBe(
      'https://atlas.test/app/?sector=C&year=2021%2F22&embed',
    );
    expect(embedUrl(base, '?sector=C&year=2022', { interactive: true, pinYear: false, year: '2022' })).toBe(
      'https://atlas.test/app/?sector=C&embed',
    );
    expect(embedUrl(base, '', { interactive: true, pinYear: false })).toBe('https://atlas.test/app/?embed');
  });

  it('gives URLs the app state reads as embeds', () => {
    const s = parseUrlState(
      new URL(embedUrl(base, '?sector=C&year=2022', { interactive: false, pinYear: true })).search,
    );
    expect([s.embed, s.embedStatic, s.sector, s.year]).toEqual([true, true, 'C', '2022']);
    const t = parseUrlState(new URL(embedUrl(base, '?sector=C', { interactive: true, pinYear: true })).search);
    expect([t.embed, t.embedStatic]).toEqual([true, false]);
  });
});

describe('embedSnippet', () => {
  it('writes an escaped, lazy, borderless iframe and a resize script for its origin', () => {
    const html = embedSnippet({
      url: 'https://atlas.test/app/?sector=C&embed',
      title: 'Manufacturing "LQ" <by LEP> & more',
      height: 520,
    });
    expect(html).toBe(
      '<iframe src="https://atlas.test/app/?sector=C&amp;embed" title="Manufacturing &quot;LQ&quot; &lt;by LEP&gt; &amp; more" width="100%" height="520" ' +
        'style="width:100%;height:520px;border:0" loading="lazy"></iframe>\n' +
        '<script>(function(){var o="https://atlas.test";window.addEventListener("message",function(e){' +
        'var d=e.data;if(e.origin!==o||!d||d.type!=="specialisation-atlas:height"||typeof d.height!=="number"||!(d.height>0&&d.height<=20000))return;' +
        'var f=document.getElementsByTagName("iframe");for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(d.height)+"px";' +
        '});})();</script>',
    );
  });

  it('uses a default height, and refuses a relative URL', () => {
    expect(embedSnippet({ url: 'http://localhost:5173/?embed', title: 't' })).toContain(
      ' height="560" style="width:100%;height:560px;border:0"',
    );
    expect(embedSnippet({ url: 'http://localhost:5173/?embed', title: 't' })).toContain(
      'var o="http://localhost:5173";',
    );
    expect(() => embedSnippet({ url: '/?embed', title: 't' })).toThrow(TypeError);
  });

  it('resizes only the iframe that sent a valid message from the right origin', () => {
    const html = embedSnippet({ url: 'https://atlas.test/?embed', title: 't' });
    const script = /<script>(.*)<\/script>/s.exec(html)![1];
    const sender = {};
    const frames = [
      { contentWindow: {}, style: { height: '560px' } },
      { contentWindow: sender, style: { height: '560px' } },
    ];
    let listener: (e: unknown) => void = () => {};
    const fakeWindow = {
      addEventListener: (type: string, fn: (e: unknown) => void) => type === 'message' && (listener = fn),
    };
    const fakeDocument = { getElementsByTagName: () => frames };
    new Function('window', 'document', script)(fakeWindow, fakeDocument);
    const send = (origin: string, data: unknown, source: unknown = sender) => listener({ origin, data, source });
    send('https://evil.test', { type: HEIGHT_MESSAGE_TYPE, height: 900 });
    send('https://atlas.test', { type: 'other', height: 900 });
    send('https://atlas.test', { type: HEIGHT_MESSAGE_TYPE, height: '900' });
    send('https://atlas.test', { type: HEIGHT_MESSAGE_TYPE, height: 1e9 });
    send('https://atlas.test', null);
    expect(frames.map((f) => f.style.height)).toEqual(['560px', '560px']);
    send('https://atlas.test', { type: HEIGHT_MESSAGE_TYPE, height: 733.2 });
    expect(frames.map((f) => f.style.height)).toEqual(['560px', '734px']);
  });
});

describe('postHeightMessage', () => {
  it('posts the rounded-up height to any origin, and nothing for a bad height', () => {
    const sent: [unknown, string][] = [];
    const target: MessageTarget = { postMessage: (m, o) => sent.push([m, o]) };
    postHeightMessage(target, 612.4);
    postHeightMessage(target, NaN);
    postHeightMessage(target, 0);
    expect(sent).toEqual([[{ type: 'specialisation-atlas:height', height: 613 }, '*']]);
  });
});
