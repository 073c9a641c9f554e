/** Turns the http(s) addresses of a plain text into links, built with DOM APIs only. */

const urlPattern = /\bhttps?:\/\/[^\s<>"'`]+/gi;
/** Punctuation that ends a sentence rather than the address. */
const trailing = /[.,;:!?)\]}»"'’]+$/;

/** A link for `raw`, or null when it is not a valid http(s) URL. */
function linkFor(raw: string): HTMLAnchorElement | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const a = document.createElement('a');
  a.href = url.href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  a.textContent = raw;
  return a;
}

/** The nodes of `text` with every http(s) URL as an `<a target="_blank">`, the rest as text nodes. */
export function linkify(text: string): Node[] {
  const nodes: Node[] = [];
  let last = 0;
  for (const match of text.matchAll(urlPattern)) {
    const start = match.index ?? 0;
    const raw = match[0].replace(trailing, '');
    const link = raw ? linkFor(raw) : null;
    if (!link) continue;
    if (start > last) nodes.push(document.createTextNode(text.slice(last, start)));
    nodes.push(link);
    last = start + raw.length;
  }
  if (last < text.length) nodes.push(document.createTextNode(text.slice(last)));
  return nodes;
}
