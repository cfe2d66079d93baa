import { launch } from '../test/browser/browser';
const b = await launch();
const p = await b.newPage();
await p.goto('about:blank');
const SRC = `(async () => {
  const line = 'E06100000,"Area 0, North",1,"Sector 0, other",1980,12345,,678\\n';
  const blob = new Blob([line.repeat(Math.round(50.6e6 / line.length))]);
  const out = {};
  const time = async (name, f) => { const t = performance.now(); const s = await f(); out[name] = Math.round(performance.now() - t) + ' ms, ' + s.length; };
  const stream = async () => {
    const dec = new TextDecoder('utf-8', { fatal: true }); const parts = []; let n = 0;
    const reader = blob.stream().getReader();
    for (;;) { const { done, value } = await reader.read(); if (done) break; n++; parts.push(dec.decode(value, { stream: true })); }
    parts.push(dec.decode()); out.chunks = n; return parts.join('');
  };
  const buffered = async () => {
    const buf = new Uint8Array(blob.size); let at = 0;
    const reader = blob.stream().getReader();
    for (;;) { const { done, value } = await reader.read(); if (done) break; buf.set(value, at); at += value.byteLength; }
    return new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, at));
  };
  const whole = async () => new TextDecoder('utf-8', { fatal: true }).decode(await blob.arrayBuffer());
  for (let r = 0; r < 2; r++) { await time('stream' + r, stream); await time('buffered' + r, buffered); await time('arrayBuffer' + r, whole); await time('text' + r, () => blob.text()); }
  return out;
})()`;
console.log(await p.evaluate(SRC));
await b.close();
