// The unit suite's default environment is Node, with no DOM to sanitise in.
import { expect, it } from 'vitest';
import { sanitiseHtml } from './sanitise';

it('refuses to sanitise without a DOM rather than pass the HTML through untouched', () => {
	expect(() => sanitiseHtml('<img src=//other.example/x>')).toThrow(/needs a DOM/);
});
