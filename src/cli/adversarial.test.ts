import { describe, expect, it } from 'vitest';
import type { Score } from '../lib/scoring';
import { shippedRubric } from '../lib/scoring/meaning/test-helpers';
import type { Io } from './io';
import { readItems, scoreItem, type Item } from './items';

// tests/fixtures/adversarial: replies written to game the scorer must not pass, excellent replies
// in unusual form must reach 70 (see its README for how they were made and graded).

interface Expect {
	passed?: boolean;
	autoFail?: boolean;
	minTotal?: number;
	maxLevels?: Record<string, number>;
}

const io: Io = { out: () => {}, err: () => {}, cwd: process.cwd(), stdin: async () => '' };
const rubrics = { email: shippedRubric('support-email'), chat: shippedRubric('support-chat') };
const rubricFor = ({ channel }: { channel: 'email' | 'chat' }) => rubrics[channel];

/**
 * Replies the scorer still gets wrong, each with why. A test expects them to fail: when one is
 * fixed, it reports so, and the reply moves to the list that must hold.
 */
const KNOWN: Record<string, string> = {
	'gaming-en-wrong-question-1':
		'answers about shipping when the customer asked about an exchange and a price',
	'gaming-ja-wrong-question-2': 'answers about delivery when the customer asked about a pickup',
	'gaming-ja-broken-keigo-1':
		'the keigo mistakes are found, but the vague self-service step still earns next steps 2'
};

/** What is wrong with a score, against what the grader's levels say it must be. */
function problems(score: Score, want: Expect): string[] {
	const out: string[] = [];
	if (want.passed === false && score.passed) out.push(`passes with ${score.total}`);
	if (want.autoFail && !score.autoFail) out.push('does not fail as a whole');
	if (want.minTotal !== undefined && score.total < want.minTotal)
		out.push(`total ${score.total} < ${want.minTotal}`);
	for (const [criterion, max] of Object.entries(want.maxLevels ?? {})) {
		const level = score.criteria[criterion]?.level ?? 0;
		if (level > max) out.push(`${criterion} ${level} > ${max}`);
	}
	return out;
}

const items = ['gaming', 'excellent'].flatMap((set) =>
	readItems(`tests/fixtures/adversarial/${set}.jsonl`, io).map(
		(item) => item as Item & { id: string; expect: Expect }
	)
);

describe('adversarial replies', () => {
	it('holds both sets, and names only known replies as known failures', () => {
		expect(items.filter((item) => item.id.startsWith('gaming-')).length).toBeGreaterThan(30);
		expect(items.filter((item) => item.id.startsWith('excellent-')).length).toBeGreaterThan(20);
		const ids = new Set(items.map((item) => item.id));
		for (const id of Object.keys(KNOWN)) expect(ids.has(id), id).toBe(true);
	});

	it.each(items.filter((item) => !KNOWN[item.id]).map((item) => [item.id, item] as const))(
		'%s scores as its grader says',
		async (_id, item) => {
			expect(problems(await scoreItem(item, rubricFor, false), item.expect)).toEqual([]);
		}
	);

	it.fails.each(items.filter((item) => KNOWN[item.id]).map((item) => [item.id, item] as const))(
		'%s is still scored wrong (known)',
		async (_id, item) => {
			expect(problems(await scoreItem(item, rubricFor, false), item.expect)).toEqual([]);
		}
	);
});
