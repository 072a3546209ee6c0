import { describe, expect, it } from 'vitest';
import { scoringContext } from '../scenario';
import { scoreReply } from '../scoring';
import { loadCatalog } from './load';

// The debrief puts the trainer's model reply beside the trainee's: a model that the rubric
// marks down would teach the wrong thing, or show a scoring fault (both have happened).
const catalog = loadCatalog();
const models = catalog.scenarios.flatMap((scenario) =>
	Object.entries(scenario.models).map(([turnId, reply]) => ({ scenario, turnId, reply }))
);

describe('the shipped model replies', () => {
	it('exist for every scenario', () => {
		for (const scenario of catalog.scenarios)
			expect(Object.keys(scenario.models).length, scenario.id).toBeGreaterThan(0);
	});

	it.each(models.map((m) => [`${m.scenario.id} #${m.turnId}`, m] as const))(
		'%s passes its rubric with at least 80 and no criterion below 2',
		(_, { scenario, turnId, reply }) => {
			const turn = scenario.turns.find((t) => t.id === turnId)!;
			const rubric = catalog.rubrics.find((r) => r.id === scenario.rubric)!;
			const score = scoreReply(reply, rubric, scoringContext(scenario, turn.message), {
				lang: 'en'
			});
			expect(score.passed).toBe(true);
			expect(score.total).toBeGreaterThanOrEqual(80);
			for (const [id, c] of Object.entries(score.criteria))
				expect(
					c.level,
					`${id}: ${c.evidence.map((e) => e.message).join(' / ')}`
				).toBeGreaterThanOrEqual(2);
		}
	);
});
