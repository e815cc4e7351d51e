import { Marked, type Token, type Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string);
}

/**
 * What survives in HTML made from entry Markdown (RELIABILITY.md section 3: marked does not sanitise; script, event
 * handlers, javascript: and data: links and HTML comments all pass through it). No attribute that runs code or
 * styles text (a hidden span would hide an identifier from the reader), no image or embed that would fetch
 * anything, links only to http, https and mailto.
 */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'b', 'i', 'del', 'sup', 'sub', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'h3', 'h4', 'h5', 'h6', 'hr', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href', 'title'], th: ['align'], td: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: { h1: 'h4', h2: 'h4' },
};

/** Sanitises an HTML fragment with the rules above. */
export function sanitizeFragment(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

let renderer: Marked | undefined;
let lexer: Marked | undefined;

/** Entry Markdown as safe HTML: rendered by marked (GitHub flavour), then sanitised. */
export function markdownToSafeHtml(markdown: string): string {
  // An image would be fetched when the page opens; its description is kept as text instead.
  renderer ??= new Marked({ gfm: true, breaks: false, async: false, renderer: { image: ({ text }) => escapeHtml(text) } });
  return sanitizeFragment(renderer.parse(markdown) as string);
}

const SAFE_SCHEME = /^(https?:|mailto:|#|\/|\.{0,2}\/|[^:]*$)/i;

/** A link target as a browser would read it: entities decoded, spaces and control characters gone. */
function normaliseHref(href: string): string {
  const decoded = href
    .replace(/&#x([0-9a-f]+);?/gi, (_m, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '');
  // eslint-disable-next-line no-control-regex
  return decoded.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
}

function walk(tokens: readonly Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    const nested = (token as { tokens?: Token[] }).tokens;
    if (nested) walk(nested, visit);
    if (token.type === 'list') for (const item of (token as Tokens.List).items) walk(item.tokens, visit);
    if (token.type === 'table') {
      const t = token as Tokens.Table;
      for (const c of t.header) walk(c.tokens, visit);
      for (const row of t.rows) for (const c of row) walk(c.tokens, visit);
    }
  }
}

/**
 * Markdown that stays inert when a site generator renders it (Jekyll and Hugo pass raw HTML through): raw HTML is
 * shown as text instead of being interpreted, and a link or image whose target is not http, https, mailto or
 * relative becomes its plain text. The words stay; only their power to run goes.
 */
export function neutraliseMarkdown(markdown: string): string {
  // A replacement can expose a link that was nested in another; a few passes reach a fixed point.
  let out = markdown;
  for (let pass = 0; pass < 4; pass++) {
    const next = neutraliseOnce(out);
    if (next === out) break;
    out = next;
  }
  return out;
}

function neutraliseOnce(markdown: string): string {
  lexer ??= new Marked({ gfm: true });
  const tokens = lexer.lexer(markdown);
  const replacements = new Map<string, string>();
  walk(tokens, (token) => {
    if (token.type === 'html') {
      replacements.set(token.raw, token.raw.replace(/</g, '&lt;'));
    } else if (token.type === 'link' || token.type === 'image') {
      const link = token as Tokens.Link | Tokens.Image;
      if (!SAFE_SCHEME.test(normaliseHref(link.href))) replacements.set(link.raw, link.text.replace(/</g, '&lt;'));
    } else if (token.type === 'def') {
      const def = token as Tokens.Def;
      if (!SAFE_SCHEME.test(normaliseHref(def.href))) replacements.set(def.raw, '');
    }
  });
  let out = markdown;
  // Longest first, so a replacement never cuts through a longer one that contains it.
  for (const [raw, safe] of [...replacements].sort(([a], [b]) => b.length - a.length)) out = out.split(raw).join(safe);
  return out;
}
