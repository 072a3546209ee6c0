import DOMPurify from 'dompurify';
import { marked } from 'marked';

/**
 * Renders author- or user-written Markdown to HTML that is safe to insert: raw HTML in the source
 * is escaped by the renderer and whatever remains is sanitised by DOMPurify.
 */
export function renderMarkdown(source: string): string {
	const html = marked.parse(source, { async: false, gfm: true, breaks: false });
	return DOMPurify.sanitize(html, {
		USE_PROFILES: { html: true },
		FORBID_TAGS: ['style', 'form', 'input', 'img']
	});
}
