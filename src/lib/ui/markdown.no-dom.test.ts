// The unit suite's default environment is Node, with no DOM to sanitise in.
import { expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

it('refuses to render without a DOM rather than pass the HTML through unsanitised', () => {
	expect(() => renderMarkdown('<img src=//other.example/x>')).toThrow(/needs a DOM/);
});
