import { describe, expect, it } from 'vitest';
import { findMatches, splitSections } from './knowledge';

describe('splitSections', () => {
	it('starts a section at each heading', () => {
		const sections = splitSections('### Refunds\nWithin 30 days.\n\n### Tracking\nOn the site.');
		expect(sections.map((s) => s.title)).toEqual(['Refunds', 'Tracking']);
		expect(sections[1]!.markdown).toBe('### Tracking\nOn the site.');
	});

	it('starts a section at a paragraph led by bold words, and keeps a preamble untitled', () => {
		const sections = splitSections(
			'Read this first.\n\n**Refunds.** Within 30 days,\n**not** later.\n\n**Tracking:** on the site.'
		);
		expect(sections.map((s) => s.title)).toEqual([null, 'Refunds', 'Tracking']);
		// Bold words inside a paragraph do not cut it.
		expect(sections[1]!.markdown).toContain('**not** later.');
	});

	it('ignores headings inside fenced code', () => {
		const sections = splitSections('## A\n```\n# not a heading\n```\ntext');
		expect(sections).toHaveLength(1);
	});
});

describe('findMatches', () => {
	it('finds every occurrence, ignoring case', () => {
		expect(findMatches('Refund, refund, REFUND', 'refund')).toEqual([
			[0, 6],
			[8, 14],
			[16, 22]
		]);
	});

	it('finds Japanese text and nothing for an empty query', () => {
		expect(findMatches('返金は30日以内、返金方法', '返金')).toEqual([
			[0, 2],
			[9, 11]
		]);
		expect(findMatches('anything', '  ')).toEqual([]);
	});
});
