import { describe, expect, it } from 'vitest';
import { evaluate, parseCondition, type Condition } from './condition';
import { deadBranches, satisfiable, satisfiableWithin } from './satisfy';
import { MOODS } from './types';

const parse = (text: string): Condition => {
	const result = parseCondition(text);
	if (!result.ok) throw new Error(result.error.message);
	return result.condition;
};
const levels: Record<string, number> = { empathy: 3, tone: 3, next_steps: 2 };
const maxLevel = (criterion: string) => levels[criterion];
/** Dead branches of a turn written as conditions, `otherwise` for the default. */
const dead = (...branches: string[]) =>
	deadBranches(
		branches.map((b) => (b === 'otherwise' ? null : parse(b))),
		maxLevel
	);

describe('satisfiable', () => {
	it('finds a reply for overlapping comparisons and none for contradicting ones', () => {
		const holds = (text: string) =>
			satisfiable([{ condition: parse(text), negated: false }], maxLevel);
		expect(holds('total >= 40 and total < 41')).toBe(true);
		expect(holds('total > 40 and total < 41')).toBe(false); // totals are whole numbers
		expect(holds('empathy >= 2 and empathy < 2')).toBe(false);
		expect(holds('tone > 3')).toBe(false); // tone's highest level is 3
		expect(holds('next_steps = 3')).toBe(false);
		expect(holds('autoFail and not autoFail')).toBe(false);
		expect(holds('mood > angry')).toBe(false);
		expect(holds('(mood = calm or mood = angry) and mood != calm')).toBe(true);
		expect(holds('mentions eta and (autoFail or tone < 1) and not autoFail and tone >= 1')).toBe(
			false
		);
	});

	it('allows any level of a criterion whose rubric is unknown', () => {
		expect(satisfiable([{ condition: parse('warmth > 3'), negated: false }], () => undefined)).toBe(
			true
		);
	});
});

describe('satisfiableWithin', () => {
	it('answers "satisfiable", the safe answer, once the budget is spent', () => {
		const budget = { left: 0 };
		expect(
			satisfiableWithin([{ condition: parse('tone < 0'), negated: false }], maxLevel, budget)
		).toBe(true);
		expect(satisfiable([{ condition: parse('tone < 0'), negated: false }], maxLevel)).toBe(false);
	});
});

describe('deadBranches', () => {
	it('finds a branch after a wider one', () => {
		expect(dead('total >= 40', 'total >= 70', 'otherwise')).toEqual([
			{ index: 1, reason: 'covered', by: [0] }
		]);
		expect(dead('autoFail or tone < 1', 'tone = 0', 'otherwise')).toEqual([
			{ index: 1, reason: 'covered', by: [0] }
		]);
		expect(dead('mentions eta', 'mentions eta and tone >= 2', 'otherwise')).toEqual([
			{ index: 1, reason: 'covered', by: [0] }
		]);
	});

	it('finds a branch that several earlier ones cover together, and names only those', () => {
		expect(
			dead(
				'total < 50',
				'mood >= upset',
				'mood <= neutral and total >= 70',
				'total >= 80',
				'otherwise'
			)
		).toEqual([{ index: 3, reason: 'covered', by: [1, 2] }]);
	});

	it('finds everything after a condition that always holds, once', () => {
		expect(dead('total >= 0', 'empathy >= 2', 'tone < 1', 'otherwise')).toEqual([
			{ index: 1, reason: 'always', by: 0 }
		]);
		expect(dead('tone < 2 or tone >= 2', 'otherwise')).toEqual([
			{ index: 1, reason: 'always', by: 0 }
		]);
	});

	it('finds an "otherwise" that the branches above leave no reply for', () => {
		expect(dead('not autoFail', 'autoFail', 'otherwise')).toEqual([
			{ index: 2, reason: 'covered', by: [0, 1] }
		]);
	});

	it('finds a condition that no reply meets', () => {
		expect(dead('empathy >= 2 and empathy < 1', 'otherwise')).toEqual([
			{ index: 0, reason: 'never' }
		]);
	});

	it('leaves alone branches that some reply can take', () => {
		expect(dead('total >= 70', 'total >= 40', 'otherwise')).toEqual([]);
		expect(dead('autoFail or tone < 1', 'tone = 1', 'otherwise')).toEqual([]);
		expect(dead('empathy >= 2 and next_steps >= 2', 'empathy >= 2', 'otherwise')).toEqual([]);
		// Real scores link mood, total and auto-fail, but the check never relies on that.
		expect(dead('total < 40', 'mood = angry', 'autoFail', 'otherwise')).toEqual([]);
		expect(dead('(tone < 1 or empathy < 1) and not autoFail', 'tone = 0', 'otherwise')).toEqual([]);
	});

	it('skips branches it could not read, and judges nothing after "otherwise"', () => {
		expect(
			deadBranches([undefined, parse('total >= 70'), null, parse('tone < 1')], maxLevel)
		).toEqual([]);
	});

	it('agrees with trying every reply, on 300 random turns', () => {
		// Every reply over the names below: levels 0..3 / 0..2, totals around the thresholds used.
		const totals = [0, 39, 40, 41, 69, 70, 71, 100];
		const inputs = [];
		for (const empathy of [0, 1, 2, 3])
			for (const next_steps of [0, 1, 2])
				for (const total of totals)
					for (const autoFail of [false, true])
						for (const eta of [false, true])
							for (const mood of MOODS)
								inputs.push({
									levels: { empathy, next_steps },
									total,
									autoFail,
									mentions: () => eta,
									mood
								});
		let seed = 42;
		const random = (n: number) => {
			seed = (seed * 1103515245 + 12345) % 2 ** 31;
			return seed % n;
		};
		const pick = <T>(items: readonly T[]) => items[random(items.length)]!;
		const ops = ['<', '<=', '>', '>=', '=', '!='];
		const clause = () =>
			pick([
				() => `empathy ${pick(ops)} ${random(4)}`,
				() => `next_steps ${pick(ops)} ${random(3)}`,
				() => `total ${pick(ops)} ${pick([40, 70])}`,
				() => pick(['autoFail', 'not autoFail']),
				() => 'mentions eta',
				() => `mood ${pick(ops)} ${pick(MOODS)}`
			])();
		const condition = (depth: number): string =>
			depth === 0 || random(3) === 0
				? clause()
				: `(${condition(depth - 1)} ${pick(['and', 'or'])} ${condition(depth - 1)})`;

		let found = 0;
		for (let turn = 0; turn < 300; turn++) {
			const texts = Array.from({ length: 2 + random(3) }, () => condition(2));
			const conditions = [...texts.map(parse), null];
			const taken = new Set<number>();
			for (const input of inputs) {
				const i = conditions.findIndex((c) => c === null || evaluate(c, input));
				taken.add(i);
			}
			const expected = conditions.flatMap((_, i) => (taken.has(i) ? [] : [i]));
			const reported = deadBranches(conditions, maxLevel);
			// After an always-true branch, only the first dead branch is reported.
			const always = reported.find((d) => d.reason === 'always');
			const got = always
				? [...reported.map((d) => d.index), ...expected.filter((i) => i > always.index)]
				: reported.map((d) => d.index);
			expect([...new Set(got)].sort(), texts.join(' / ')).toEqual(expected);
			found += expected.length;
		}
		expect(found).toBeGreaterThan(20); // the random turns do exercise the dead cases
	});
});
