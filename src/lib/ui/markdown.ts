import DOMPurify from 'dompurify';
import { Marked } from 'marked';

/**
 * What Markdown produces and content needs, and nothing that loads, runs, submits, embeds or
 * restyles the page: no style, no class or id (the app's CSS and ids would apply to them), no
 * media, no forms. docs/security.md lists it.
 */
const ALLOWED_TAGS = [
	...['p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code'],
	...['strong', 'em', 'b', 'i', 'del', 's', 'a', 'ul', 'ol', 'li'],
	...['table', 'thead', 'tbody', 'tr', 'th', 'td']
];
const ALLOWED_ATTR = ['href', 'title', 'start', 'align'];
/** http(s), mailto, or no scheme at all (a relative address); DOMPurify strips spaces first. */
const SAFE_HREF = /^(?:(?:https?|mailto):|[^a-z]|[a-z][a-z0-9+.-]*(?:[^a-z0-9+.\-:]|$))/i;

const markdown = new Marked({
	gfm: true,
	breaks: false,
	renderer: {
		// An image would be fetched from wherever it points: show it as a link to it instead.
		image({ raw, href, title, text, tokens }) {
			const label = text ? tokens : [{ type: 'text' as const, raw: href, text: href }];
			return this.link({ type: 'link', raw, href, title, text: text || href, tokens: label });
		}
	}
});

let purify: ReturnType<typeof DOMPurify> | undefined;

/** DOMPurify on this page's DOM, made at first use: the module also loads where there is none. */
function sanitiser(): ReturnType<typeof DOMPurify> {
	if (purify) return purify;
	const made = DOMPurify();
	// Without a DOM DOMPurify returns its input untouched: refuse rather than pass HTML through.
	if (!made.isSupported) throw new Error('renderMarkdown needs a DOM to sanitise in.');
	made.addHook('afterSanitizeAttributes', (node) => {
		// A link in content opens beside the app, so following it leaves the trainee's page in
		// place and tells the other site nothing about it.
		if (node.localName === 'a' && node.hasAttribute('href')) {
			node.setAttribute('target', '_blank');
			node.setAttribute('rel', 'noopener noreferrer');
		}
	});
	return (purify = made);
}

/**
 * Renders author- or user-written Markdown to HTML that is safe to insert: raw HTML in the source
 * goes through the same whitelist as what Markdown produces.
 */
export function renderMarkdown(source: string): string {
	const html = markdown.parse(source, { async: false });
	return sanitiser().sanitize(html, {
		ALLOWED_TAGS,
		ALLOWED_ATTR,
		ALLOWED_URI_REGEXP: SAFE_HREF,
		ALLOW_DATA_ATTR: false,
		ALLOW_ARIA_ATTR: false
	});
}
