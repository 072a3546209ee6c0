import { Marked } from 'marked';
import { sanitiseHtml } from './sanitise';

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const markdown = new Marked({
	gfm: true,
	breaks: false,
	renderer: {
		// HTML in the source is shown as written, never parsed: even parsing it to sanitise makes
		// the browser check its styles and <base> against the CSP, and report each as a violation.
		html({ text, block }) {
			return block ? `<p>${escapeHtml(text.trim())}</p>\n` : escapeHtml(text);
		},
		// An image would be fetched from wherever it points: show it as a link to it instead.
		image({ raw, href, title, text, tokens }) {
			const label = text ? tokens : [{ type: 'text' as const, raw: href, text: href }];
			return this.link({ type: 'link', raw, href, title, text: text || href, tokens: label });
		}
	}
});

/**
 * Renders author- or user-written Markdown to HTML that is safe to insert: HTML in the source is
 * escaped, and what Markdown produces goes through the whitelist of `sanitiseHtml`.
 */
export function renderMarkdown(source: string): string {
	return sanitiseHtml(markdown.parse(source, { async: false }));
}
