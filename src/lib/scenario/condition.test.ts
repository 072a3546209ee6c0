import { describe, expect, it } from 'vitest';
import {
	evaluate,
	formatCondition,
	MAX_DEPTH,
	parseCondition,
	type ConditionInput
} from './condition';

const parse = (text: string) => {
	const r = parseCondition(text);
	if (!r.ok) throw new Error(`${r.error.column}: ${r.error.message}`);
	return r.condition;
};
const error = (text: string, offset = 1) => {
	const r = parseCondition(text, offset);
	if (r.ok) throw new Error(`parsed: ${formatCondition(r.condition)}`);
	return r.error;
};
const input = (over: Partial<ConditionInput> = {}): ConditionInput => ({
	levels: { empathy: 2, tone: 1, next_steps: 0 },
	total: 55,
	autoFail: false,
	mentions: (fact) => fact === 'eta',
	mood: 'upset',
	...over
});

describe('parseCondition', () => {
	it('parses each kind of clause', () => {
		expect(parse('empathy >= 2')).toEqual({
			kind: 'criterion',
			criterion: 'empathy',
			op: '>=',
			level: 2,
			levelColumn: 12,
			column: 1
		});
		expect(parse('total < 40')).toMatchObject({ kind: 'total', op: '<', value: 40 });
		expect(parse('autoFail')).toMatchObject({ kind: 'autoFail', negated: false });
		expect(parse('not autoFail')).toMatchObject({ kind: 'autoFail', negated: true });
		expect(parse('mentions eta')).toMatchObject({ kind: 'mentions', fact: 'eta', column: 10 });
		expect(parse('mood != angry')).toMatchObject({ kind: 'mood', op: '!=', mood: 'angry' });
		for (const op of ['<', '<=', '>', '>=', '=', '!='])
			expect(parse(`tone ${op} 1`)).toMatchObject({ op });
	});

	it('binds "and" tighter than "or", and honours parentheses', () => {
		expect(formatCondition(parse('autoFail or tone < 1 and empathy >= 2'))).toBe(
			'autoFail or tone < 1 and empathy >= 2'
		);
		const c = parse('autoFail or tone < 1 and empathy >= 2');
		expect(c).toMatchObject({ kind: 'or', items: [{ kind: 'autoFail' }, { kind: 'and' }] });
		const p = parse('(autoFail or tone < 1) and empathy >= 2');
		expect(p).toMatchObject({ kind: 'and', items: [{ kind: 'or' }, { kind: 'criterion' }] });
		expect(formatCondition(p)).toBe('(autoFail or tone < 1) and empathy >= 2');
		expect(parse('a >= 1 and b >= 1 and c >= 1')).toMatchObject({
			kind: 'and',
			items: [{}, {}, {}]
		});
		expect(parse('((tone>=1))')).toMatchObject({ kind: 'criterion', criterion: 'tone' });
	});

	it('evaluates conditions', () => {
		expect(evaluate(parse('empathy >= 2 and mentions eta'), input())).toBe(true);
		expect(evaluate(parse('empathy >= 2 and mentions order_id'), input())).toBe(false);
		expect(evaluate(parse('autoFail or tone < 1'), input())).toBe(false);
		expect(evaluate(parse('autoFail or tone < 1'), input({ autoFail: true }))).toBe(true);
		expect(evaluate(parse('not autoFail and total >= 55'), input())).toBe(true);
		expect(evaluate(parse('mood >= upset'), input())).toBe(true);
		expect(evaluate(parse('mood >= upset'), input({ mood: 'neutral' }))).toBe(false);
		expect(evaluate(parse('mood = angry or next_steps = 0'), input())).toBe(true);
		expect(evaluate(parse('unknown_criterion < 1'), input())).toBe(true); // missing = level 0
	});

	it(`parses parentheses ${MAX_DEPTH} deep and refuses deeper ones at the first "(" too many`, () => {
		const nested = (depth: number) => `${'('.repeat(depth)}tone > 1${')'.repeat(depth)}`;
		expect(formatCondition(parse(nested(MAX_DEPTH)))).toBe('tone > 1');
		for (const depth of [MAX_DEPTH + 1, 100_000])
			expect(error(nested(depth), 6)).toEqual({
				column: 6 + MAX_DEPTH,
				message: `parentheses nest more than ${MAX_DEPTH} deep here; write the condition with fewer levels`
			});
	});

	it('reports syntax errors at their column, shifted by the offset', () => {
		expect(error('')).toMatchObject({ column: 1, message: expect.stringMatching(/empty/) });
		expect(error('empathy 2')).toMatchObject({
			column: 9,
			message: expect.stringMatching(/comparison/)
		});
		expect(error('empathy >= high')).toMatchObject({
			column: 12,
			message: expect.stringMatching(/number/)
		});
		expect(error('empathy >= 2 tone < 1')).toMatchObject({
			column: 14,
			message: expect.stringMatching(/"and" or "or"/)
		});
		expect(error('(empathy >= 2')).toMatchObject({
			column: 14,
			message: expect.stringMatching(/missing "\)"/)
		});
		expect(error('empathy >= 2)')).toMatchObject({
			column: 13,
			message: expect.stringMatching(/no matching/)
		});
		expect(error('empathy >= 2 and')).toMatchObject({
			column: 17,
			message: expect.stringMatching(/ends too early/)
		});
		expect(error('not tone < 1')).toMatchObject({
			column: 5,
			message: expect.stringMatching(/only goes before autoFail/)
		});
		expect(error('mood >= furious')).toMatchObject({
			column: 9,
			message: expect.stringMatching(/calm, neutral, upset, angry/)
		});
		expect(error('mentions')).toMatchObject({
			column: 9,
			message: expect.stringMatching(/fact key/)
		});
		expect(error('tone => 1')).toMatchObject({
			column: 7,
			message: expect.stringMatching(/number/)
		});
		expect(error('tone < 1 & empathy > 1')).toMatchObject({
			column: 10,
			message: expect.stringMatching(/unexpected "&"/)
		});
		expect(error('or tone < 1')).toMatchObject({ column: 1 });
		expect(error('tone < 1 and', 8)).toMatchObject({ column: 20 });
	});
});
