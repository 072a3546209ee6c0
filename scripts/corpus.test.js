import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, corpusDir, corpusText } from './corpus.js';

describe('the labeled corpus', () => {
	const { items } = buildCorpus();

	it('corpus.jsonl is what the replies and labels make (run `npm run corpus` after a change)', () => {
		expect(readFileSync(join(corpusDir, 'corpus.jsonl'), 'utf8')).toBe(corpusText(items));
	});

	it('every settled level is one a labeler gave or the settler chose, and the writer’s aims are not in it', () => {
		for (const item of items) {
			expect(item).not.toHaveProperty('writer');
			const { a, b } = item.labelers;
			for (const [criterion, level] of Object.entries(item.labels)) {
				expect([0, 1, 2, 3]).toContain(level);
				if (a[criterion] === b[criterion]) expect(level).toBe(a[criterion]);
			}
			if (a.autoFail === b.autoFail) expect(item.autoFail).toBe(a.autoFail);
		}
	});

	it('is split by scenario: no scenario has replies in two splits', () => {
		const splits = new Map();
		for (const item of items) {
			splits.set(item.scenario, new Set([...(splits.get(item.scenario) ?? []), item.split]));
		}
		for (const [scenario, found] of splits)
			expect({ scenario, splits: [...found] }).toEqual({
				scenario,
				splits: [[...found][0]]
			});
		expect(new Set(items.map((item) => item.split))).toEqual(new Set(['train', 'dev', 'test']));
	});
});
