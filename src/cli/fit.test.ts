import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { parseRubric, type Rubric } from '../lib/rubric';
import {
	fitColumns,
	fitCriterion,
	fitLevel,
	fitRow,
	scoreReply,
	type CriterionFit
} from '../lib/scoring';
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
      - id: cold
        phrases: { en: ["whatever"] }
        cap: 1
        message: Cold.
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
      - id: cold
        phrases: { en: ["whatever"] }
        cap: 1
        message: Cold.
      - id: rude
        phrases: { en: ["your fault"] }
        cap: 0
        message: Rude.
`;

const readPack = (id: string) =>
	id === 'kit' ? { file: 'packs/kit.yaml', text: PACK } : undefined;

function rubricOf(text: string): Rubric {
	const result = parseRubric('mini.yaml', text, { readPack });
	if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
	return result.rubric;
}

// Columns: empathy thanks, sorry, cold (a cap of 1, fitted); signature sign.name, sign.company.
const fits = new Map<string, CriterionFit>([
	['empathy', { base: 0.25, weights: [2, 1.5, -0.75], strength: 1 }],
	['signature', { base: 0, weights: [0.5, 0.5], strength: 1 }]
]);

describe('fittedRubric', () => {
	it('writes the fitted points into the checks of a single-file rubric and removes a fitted cap; a cap of 0 stays', () => {
		const text = fittedRubric(OLD, rubricOf(OLD), fits);
		const out = parse(text);
		expect(out.criteria[0].base).toBe(0.25);
		expect(out.criteria[0].checks.map((k: { points?: number }) => k.points)).toEqual([
			2,
			1.5,
			-0.75,
			undefined
		]);
		expect(out.criteria[0].checks.map((k: { cap?: number }) => k.cap)).toEqual([
			undefined,
			undefined,
			undefined,
			0
		]);
		const checks = rubricOf(text).criteria[0]!.checks;
		expect(checks.map((k) => [k.points, k.cap])).toEqual([
			[2, undefined],
			[1.5, undefined],
			[-0.75, undefined],
			[0, 0]
		]);
	});

	it("writes a pack rubric's fitted points into its own points map and drops a fitted cap with `cap: null`, never touching the pack", () => {
		const text = fittedRubric(USES, rubricOf(USES), fits);
		const out = parse(text);
		expect(out.criteria[0].base).toBe(0.25);
		expect(out.criteria[0].points).toEqual({ thanks: 2, sorry: 1.5, cold: -0.75 });
		// The points the item under `checks` gave moved to the map, so they are set in one place;
		// the cap the fit replaced is dropped in an override item.
		expect(out.criteria[0].checks).toEqual([{ id: 'sorry' }, { id: 'cold', cap: null }]);
		expect(out.criteria[1].points).toEqual({ sign: { name: 0.5, company: 0.5 } });
		const fitted = rubricOf(text);
		expect(fitted.criteria[0]!.checks.map((k) => [k.id, k.points, k.cap])).toEqual([
			['thanks', 2, undefined],
			['sorry', 1.5, undefined],
			['cold', -0.75, undefined]
		]);
		expect(fitted.criteria[1]!.checks[0]!.parts).toEqual({ name: 0.5, company: 0.5 });
	});

	it('leaves a criterion kept as it is untouched', () => {
		const kept = new Map<string, CriterionFit>([
			['empathy', { base: 0, weights: [1, 0.5, -2], strength: null }]
		]);
		expect(fittedRubric(OLD, rubricOf(OLD), kept)).toBe(
			parseDocument(OLD).toString({ lineWidth: 0, flowCollectionPadding: false })
		);
	});
});

describe('what the fitted file says is what scores', () => {
	// Replies made of the rubric's phrases, leveled by graders who punish "whatever" by one point.
	const ctx = {
		locale: 'en' as const,
		channel: 'email' as const,
		customer: { name: 'Dana' },
		agent: { name: 'Jo', company: 'Shop' },
		facts: {}
	};
	const replies = Array.from({ length: 64 }, (_, i) =>
		[
			i & 1 ? 'Thank you for writing.' : '',
			i & 2 ? 'I am sorry.' : '',
			i & 4 ? 'Whatever happened, we fix it.' : '',
			i & 8 ? 'Sorry again, thank you.' : '',
			i & 16 ? 'It is your fault.' : 'It was our slip.'
		].join(' ')
	);

	it('fits, writes, reads back and scores every reply at the level the fit gives it', () => {
		for (const source of [OLD, USES]) {
			const rubric = rubricOf(source);
			const criterion = rubric.criteria[0]!;
			const columns = fitColumns(criterion);
			const rows = replies.map((reply, i) => {
				const score = scoreReply(reply, rubric, ctx);
				const x = fitRow(score, criterion, 0, undefined, columns).x;
				const label = Math.max(0, Math.min(2, (x[0] ?? 0) + (x[1] ?? 0) - (x[2] ?? 0)));
				return fitRow(score, criterion, label, `g${i % 6}`, columns);
			});
			const fitted = fitCriterion(rows, { max: 2, columns, strength: 0.1 });
			expect(fitted.weights[2]).toBeLessThan(0);
			const written = rubricOf(fittedRubric(source, rubric, new Map([['empathy', fitted]])));
			replies.forEach((reply, i) => {
				const score = scoreReply(reply, written, ctx);
				expect(score.criteria.empathy!.level).toBe(fitLevel(fitted, rows[i]!, 2));
				// Every point is a check with its span: "whatever" now takes points where it stands.
				for (const e of score.criteria.empathy!.evidence)
					expect(reply.slice(e.start, e.end).length).toBeGreaterThan(0);
				if (rows[i]!.x[2])
					expect(
						score.criteria.empathy!.evidence.some((e) => e.check === 'cold' && e.effect < 0)
					).toBe(true);
			});
		}
	});
});
