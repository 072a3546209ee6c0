import { describe, expect, it } from 'vitest';
import { loadCatalog } from './load';
import { summarize } from './summary';

describe('summarize', () => {
	const catalog = loadCatalog();
	const summary = summarize(catalog);

	it('keeps every scenario’s card fields and drops the conversation', () => {
		expect(summary.scenarios.map((s) => s.id)).toEqual(catalog.scenarios.map((s) => s.id));
		const full = catalog.scenarios[0]!;
		const card = summary.scenarios[0]!;
		expect(card).toMatchObject({ title: full.title, skills: full.skills, version: full.version });
		expect(card).not.toHaveProperty('turns');
		expect(card).not.toHaveProperty('knowledge');
		expect(JSON.stringify(summary).length).toBeLessThan(JSON.stringify(catalog).length / 4);
	});

	it('names every criterion a scenario lists as a skill, in both languages', () => {
		for (const skill of summary.scenarios.flatMap((s) => s.skills)) {
			expect(summary.criteria[skill]?.en, skill).toBeTruthy();
			expect(summary.criteria[skill]?.ja, skill).toBeTruthy();
		}
	});
});
