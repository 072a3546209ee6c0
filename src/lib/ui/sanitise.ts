import DOMPurify from 'dompurify';

/**
 * What rendered Markdown needs, and nothing that loads, runs, submits, embeds or restyles the
 * page: no style, no class or id (the app's CSS and ids would apply to them), no data- or aria-
 * attribute, no media, forms, frames, svg or math. docs/security.md lists it.
 */
const ALLOWED_TAGS = [
	...['p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code'],
	...['strong', 'em', 'b', 'i', 'del', 's', 'a', 'ul', 'ol', 'li'],
	...['table', 'thead', 'tbody', 'tr', 'th', 'td']
];
const ALLOWED_ATTR = ['href', 'title', 'start', 'align'];
/** http(s), mailto, or no scheme at all (a relative address); DOMPurify strips spaces first. */
const SAFE_HREF = /^(?:(?:https?|mailto):|[^a-z]|[a-z][a-z0-9+.-]*(?:[^a-z0-9+.\-:]|$))/i;

let purify: ReturnType<typeof DOMPurify> | undefined;

/** DOMPurify on this page's DOM, made at first use: the module also loads where there is none. */
function sanitiser(): ReturnType<typeof DOMPurify> {
	if (purify) return purify;
	const made = DOMPurify();
	// Without a DOM DOMPurify returns its input untouched: refuse rather than pass HTML through.
	if (!made.isSupported) throw new Error('sanitiseHtml needs a DOM to sanitise in.');
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

/** Keeps only the whitelisted elements and attributes of `html`, and the text of the rest. */
export function sanitiseHtml(html: string): string {
	return sanitiser().sanitize(html, {
		ALLOWED_TAGS,
		ALLOWED_ATTR,
		ALLOWED_URI_REGEXP: SAFE_HREF,
		ALLOW_DATA_ATTR: false,
		ALLOW_ARIA_ATTR: false
	});
}
