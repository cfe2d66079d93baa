// Embedding a view in another page: the URL of its chrome-less form (?embed, parsed by
// ../state/app-state.ts), the copy-paste iframe snippet, and the message by which the embedded
// page tells its host how tall it is so the snippet's script can size the iframe (no scrollbars, no gaps).
import { escapeXml } from './svg-export';

export const HEIGHT_MESSAGE_TYPE = 'specialisation-atlas:height';
export const DEFAULT_EMBED_HEIGHT = 560;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  height: number;
}

export interface EmbedUrlOptions {
  /** false: `embed=static`, no controls or interaction; true: bare `embed`. */
  interactive: boolean;
  /** true: the embed always shows `year` (taken from the URL, or `year` below when the URL has none);
   *  false: the `year` parameter is removed so the embed follows the latest year. */
  pinYear: boolean;
  /** The year the view shows, used to pin it when the URL does not name one. */
  year?: string | null;
  /** Embed this one chart (`chart=<id>`) rather than the whole view; any old `chart` is removed. */
  chart?: string | null;
}

const keyOf = (pair: string) => {
  const k = pair.split('=', 1)[0].replace(/\+/g, ' ');
  try {
    return decodeURIComponent(k);
  } catch {
    return k;
  }
};

/**
 * The embed URL of a view: `baseUrl` (its own query and hash dropped) + the view's `search`
 * with every other parameter kept byte for byte and in order, any old `embed`/`static` removed,
 * `year` kept, added or removed per `pinYear`, `chart=<id>` when one chart is embedded, and
 * `embed` or `embed=static` last.
 */
export function embedUrl(baseUrl: string, search: string, options: EmbedUrlOptions): string {
  const base = baseUrl.replace(/[?#].*$/s, '');
  const pairs = search
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p !== '' && keyOf(p) !== 'embed' && keyOf(p) !== 'static' && keyOf(p) !== 'chart');
  let kept = pairs;
  if (!options.pinYear) kept = pairs.filter((p) => keyOf(p) !== 'year');
  else if (!pairs.some((p) => keyOf(p) === 'year') && options.year)
    kept = [...pairs, `year=${encodeURIComponent(options.year)}`];
  if (options.chart) kept.push(`chart=${encodeURIComponent(options.chart)}`);
  kept.push(options.interactive ? 'embed' : 'embed=static');
  return `${base}?${kept.join('&')}`;
}

/** JSON for inside an inline <script>: "<" escaped so no text can close the script element. */
const scriptJson = (v: unknown) =>
  JSON.stringify(v)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

export interface EmbedSnippetSpec {
  /** The embed URL (embedUrl), absolute. */
  url: string;
  /** Read by screen readers for the iframe; say what the chart shows. */
  title: string;
  /** Initial height in px before the embedded page reports its own; default DEFAULT_EMBED_HEIGHT. */
  height?: number;
  /** Width in px the chart was sized for: the frame is that wide at most (and narrower on a
   *  narrower page). Without it the frame takes the whole width of its container. */
  width?: number;
}

/**
 * The copy-paste HTML: an iframe (width 100%, no border, lazy) and a small ES5 script that, on a
 * height message from the embed's origin, sets the height of whichever iframe on the page sent it
 * (so several embeds on one page each size their own, and wrapping elements do not matter).
 * Heights are accepted between 1 and 20000 px.
 */
export function embedSnippet(spec: EmbedSnippetSpec): string {
  const height = Math.round(spec.height ?? DEFAULT_EMBED_HEIGHT);
  const width = spec.width !== undefined && spec.width > 0 ? Math.round(spec.width) : null;
  let origin: string;
  try {
    origin = new URL(spec.url).origin;
  } catch {
    throw new TypeError(`The embed URL must be absolute: ${spec.url}`);
  }
  return (
    `<iframe src="${escapeXml(spec.url)}" title="${escapeXml(spec.title)}" width="${width ?? '100%'}" height="${height}" ` +
    `style="width:100%;${width ? `max-width:${width}px;` : ''}height:${height}px;border:0" loading="lazy"></iframe>\n` +
    `<script>(function(){var o=${scriptJson(origin)};window.addEventListener("message",function(e){` +
    `var d=e.data;if(e.origin!==o||!d||d.type!==${scriptJson(HEIGHT_MESSAGE_TYPE)}||typeof d.height!=="number"||!(d.height>0&&d.height<=20000))return;` +
    `var f=document.getElementsByTagName("iframe");for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(d.height)+"px";` +
    `});})();</script>`
  );
}

/** Anything with postMessage, e.g. window.parent. */
export interface MessageTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

/**
 * Embedded page side: tell the host page our height. The target origin is "*" because the embed
 * cannot know who hosts it, and a height is not secret. Rounds up; ignores non-finite heights.
 */
export function postHeightMessage(target: MessageTarget, height: number): void {
  if (!Number.isFinite(height) || height <= 0) return;
  const message: HeightMessage = { type: HEIGHT_MESSAGE_TYPE, height: Math.ceil(height) };
  target.postMessage(message, '*');
}

/**
 * Browser only, embedded page side: report the document's height now and whenever it changes,
 * when the page is inside a frame. Returns a function that stops reporting.
 */
export function reportHeightToParent(win: Window = window): () => void {
  if (win.parent === win) return () => {};
  const el = win.document.documentElement;
  let last = 0;
  const send = () => {
    const h = Math.ceil(el.getBoundingClientRect().height);
    if (h !== last) {
      last = h;
      postHeightMessage(win.parent, h);
    }
  };
  const observer = new ResizeObserver(send);
  observer.observe(el);
  send();
  return () => observer.disconnect();
}
