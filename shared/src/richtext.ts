import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * The one way rich text (Markdown written in the Strapi admin) becomes HTML. Markdown passes raw HTML
 * through, so the result is sanitised against an allow-list: no scripts, no event handlers, no
 * `javascript:`/`data:` URLs, no SVG or iframes.
 */
const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'strong',
    'em',
    'b',
    'i',
    'u',
    's',
    'sub',
    'sup',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'code',
    'pre',
    'hr',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'figure',
    'figcaption',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], th: ['scope'], td: ['colspan', 'rowspan'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // Links that leave the site must not hand it their window.opener.
    a: (tagName, attribs) => ({
      tagName,
      attribs: /^https?:/i.test(attribs.href ?? '') ? { ...attribs, rel: 'noopener noreferrer' } : attribs,
    }),
  },
};

export function renderRichText(markdown: string | null | undefined): string {
  if (!markdown) return '';
  const html = marked.parse(markdown, { async: false, gfm: true });
  return sanitizeHtml(html, ALLOWED);
}

/** Plain text of rich text, for meta descriptions and search snippets. */
export function richTextToPlain(markdown: string | null | undefined): string {
  return sanitizeHtml(renderRichText(markdown), { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim();
}
