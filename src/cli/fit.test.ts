import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseRubric, type Rubric } from '../lib/rubric';
import type { CriterionFit } from '../lib/scoring';
import { fittedRubric } from './fit';

const PACK = `id: kit
criteria:
  - id: empathy
    name: Empathy
    levels: [none, some, full]
    checks:
      - id: thanks
        phrases: { en: ["thank you"] }
        points: 1
        message: Thanks.
      - id: sorry
        phrases: { en: ["sorry"] }
        points: 1
        message: Sorry.
  - id: signature
    name: Signature
    levels: [none, some, full]
    checks:
      - id: sign
        find: signature
        parts: { name: 1, company: 1 }
        message: Signed.
`;

const USES = `id: mini
title: Mini
uses: kit
criteria:
  - id: empathy
    weight: 50
    base: 0
    points:
      thanks: 1
    checks:
      - { id: sorry, points: 0.5 }
  - id: signature
    weight: 50
`;

const OLD = `id: mini
title: Mini
criteria:
  - id: empathy
    name: Empathy
    weight: 50
    base: 0
    levels: [none, some, full]
    checks:
      - id: thanks
        phrases: { en: ["thank you"] }
        points: 1
        message: Thanks.
      - id: sorry
        phrases: { en: ["sorry"] }
        points: 0.5
        message: Sorry.
`;

const readPack = (id: string) =>
	id === 'kit' ? { file: 'packs/kit.yaml', text: PACK } : undefined;

function rubricOf(text: string): Rubric {
	const result = parseRubric('mini.yaml', text, { readPack });
	if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
	return result.rubric;
}

const fits = new Map<string, CriterionFit>([
	['empathy', { base: 0.25, factors: [2, 3] }],
	['signature', { base: 0, factors: [0.5] }]
]);

describe('fittedRubric', () => {
	it('writes the fitted points into the checks of a single-file rubric', () => {
		const out = parse(fittedRubric(OLD, rubricOf(OLD), fits));
		expect(out.criteria[0].base).toBe(0.25);
		expect(out.criteria[0].checks.map((k: { points: number }) => k.points)).toEqual([2, 1.5]);
		expect(rubricOf(fittedRubric(OLD, rubricOf(OLD), fits)).criteria[0]!.checks[1]!.points).toBe(
			1.5
		);
	});

	it("writes a pack rubric's fitted points into its own points map, never into the pack", () => {
		const text = fittedRubric(USES, rubricOf(USES), fits);
		const out = parse(text);
		expect(out.criteria[0].base).toBe(0.25);
		expect(out.criteria[0].points).toEqual({ thanks: 2, sorry: 1.5 });
		// The points the item under `checks` gave moved to the map, so they are set in one place.
		expect(out.criteria[0].checks).toEqual([{ id: 'sorry' }]);
		expect(out.criteria[1].points).toEqual({ sign: { name: 0.5, company: 0.5 } });
		const fitted = rubricOf(text);
		expect(fitted.criteria[0]!.checks.map((k) => k.points)).toEqual([2, 1.5]);
		expect(fitted.criteria[1]!.checks[0]!.parts).toEqual({ name: 0.5, company: 0.5 });
	});
});
