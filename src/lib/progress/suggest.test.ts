import { describe, expect, it } from 'vitest';
import { suggestNext as suggestFrom } from '.';
import type { Attempt } from '../store';
import { attempt, done, scenario, tallied, turn, type Levels } from './testing';

const catalog = [
	scenario({ id: 'easy-clarity', difficulty: 1, skills: ['clarity', 'next_steps'] }),
	scenario({ id: 'easy-empathy', difficulty: 1, skills: ['empathy'] }),
	scenario({ id: 'mid-empathy', difficulty: 2, skills: ['empathy', 'next_steps'] }),
	scenario({ id: 'mid-clarity', difficulty: 2, skills: ['clarity'] }),
	scenario({ id: 'hard-empathy', difficulty: 3, skills: ['empathy', 'tone'] }),
	scenario({ id: 'hard-tone-ja', difficulty: 3, skills: ['tone'], locale: 'ja' })
];

const weakEmpathy: Levels = { empathy: [0, 3], clarity: [3, 3], tone: [3, 3] };
const weakClarity: Levels = { empathy: [3, 3], clarity: [1, 3], tone: [3, 3] };

let clock = 0;
function played(scenarioId: string, levels: Levels, passed: boolean, finished = true) {
	return attempt({
		scenarioId,
		turns: [turn(levels, passed ? 80 : 30, { sentAt: ++clock })],
		...(finished ? done(passed ? 'resolved' : 'escalated') : {})
	});
}
/** The store lists attempts newest first; tests write them oldest first. */
const history = (...attempts: ReturnType<typeof played>[]) => attempts.reverse();

/** The suggestion from these attempts (newest first) and the tallies the store keeps of them. */
const suggestNext = (attempts: Attempt[], scenarios: Parameters<typeof suggestFrom>[2]) =>
	suggestFrom(attempts, tallied(attempts).scenarios, scenarios);

describe('suggestNext', () => {
	it('has nothing to suggest from an empty catalog', () => {
		expect(suggestNext([], [])).toBeNull();
	});

	it('starts a new trainee on the easiest scenario', () => {
		expect(suggestNext([], catalog)).toEqual({
			scenarioId: 'easy-clarity',
			reason: { criterion: null, level: null, difficulty: 1, step: 'start', fresh: true }
		});
	});

	it('aims at the weakest criterion, one step up after a pass, at a scenario not finished yet', () => {
		const attempts = history(played('easy-clarity', weakEmpathy, true));
		expect(suggestNext(attempts, catalog)).toEqual({
			scenarioId: 'mid-empathy',
			reason: { criterion: 'empathy', level: 0, difficulty: 2, step: 'up', fresh: true }
		});
	});

	it('stays at the same difficulty after one fail', () => {
		const attempts = history(played('mid-empathy', weakClarity, false));
		expect(suggestNext(attempts, catalog)).toMatchObject({
			scenarioId: 'mid-clarity',
			reason: { criterion: 'clarity', difficulty: 2, step: 'same', fresh: true }
		});
	});

	it('steps down after two fails in a row', () => {
		const attempts = history(
			played('easy-clarity', weakClarity, true),
			played('mid-empathy', weakClarity, false),
			played('mid-clarity', weakClarity, false)
		);
		expect(suggestNext(attempts, catalog)).toMatchObject({
			reason: { criterion: 'clarity', difficulty: 1, step: 'down' }
		});
	});

	it('does not step past the hardest or easiest difficulty in the catalog', () => {
		const top = history(played('hard-empathy', weakClarity, true));
		expect(suggestNext(top, catalog)?.reason).toMatchObject({ difficulty: 3, step: 'same' });
		const bottom = history(
			played('easy-empathy', weakClarity, false),
			played('easy-clarity', weakClarity, false)
		);
		expect(suggestNext(bottom, catalog)?.reason).toMatchObject({ difficulty: 1, step: 'same' });
	});

	it('judges the difficulty on finished attempts only', () => {
		const attempts = history(
			played('easy-clarity', weakEmpathy, true),
			played('hard-empathy', weakEmpathy, false, false)
		);
		expect(suggestNext(attempts, catalog)?.reason).toMatchObject({ difficulty: 2, step: 'up' });
	});

	it('prefers a scenario not finished yet over replaying one', () => {
		const attempts = history(
			played('easy-clarity', weakEmpathy, true),
			played('mid-clarity', weakEmpathy, true),
			played('mid-empathy', weakEmpathy, false)
		);
		// Same difficulty after the fail, but mid-empathy is finished: the other empathy scenarios are not.
		const next = suggestNext(attempts, catalog)!;
		expect(next.scenarioId).not.toBe('mid-empathy');
		expect(next.reason).toMatchObject({ criterion: 'empathy', fresh: true });
	});

	it('judges the weakest criterion on recent attempts, so that improvement counts', () => {
		const old = Array.from({ length: 10 }, () => played('easy-empathy', weakEmpathy, true));
		const recent = Array.from({ length: 10 }, () => played('easy-clarity', weakClarity, true));
		expect(suggestNext(history(...old, ...recent), catalog)?.reason.criterion).toBe('clarity');
	});

	it('keeps to the language played last, within its difficulties', () => {
		const withEnglish = [
			...catalog,
			scenario({ id: 'hard-tone-en', difficulty: 3, skills: ['tone'], locale: 'en' })
		];
		const ja = [
			scenario({ id: 'easy-ja', difficulty: 1, skills: ['empathy'], locale: 'ja' }),
			scenario({ id: 'mid-ja', difficulty: 2, skills: ['clarity'], locale: 'ja' })
		];
		// A pass at difficulty 3 in English: the hardest English scenarios, even with new Japanese ones.
		const english = history(played('hard-tone-en', weakEmpathy, true));
		expect(suggestNext(english, [...withEnglish, ...ja])).toMatchObject({
			scenarioId: 'hard-empathy',
			reason: { criterion: 'empathy', difficulty: 3, step: 'same' }
		});
		// A pass at easy-ja steps up to the hardest Japanese scenario there is, not an English one.
		const japanese = history(played('easy-ja', weakClarity, true));
		expect(suggestNext(japanese, [...catalog, ...ja])).toEqual({
			scenarioId: 'mid-ja',
			reason: { criterion: 'clarity', level: 1 / 3, difficulty: 2, step: 'up', fresh: true }
		});
	});

	it('names no criterion when no scenario it could suggest trains the weakest one', () => {
		const only = [scenario({ id: 'no-skills', skills: [] })];
		const attempts = history(played('no-skills', weakEmpathy, true));
		expect(suggestNext(attempts, only)).toEqual({
			scenarioId: 'no-skills',
			reason: { criterion: null, level: null, difficulty: 1, step: 'same', fresh: false }
		});
	});

	it('knows scenarios finished long ago from the tallies, beyond the recent attempts it reads', () => {
		const old = played('mid-empathy', weakEmpathy, true);
		const recent = history(played('easy-clarity', weakEmpathy, true));
		expect(suggestFrom(recent, tallied(recent).scenarios, catalog)).toMatchObject({
			scenarioId: 'mid-empathy',
			reason: { fresh: true }
		});
		expect(suggestFrom(recent, tallied([old, ...recent]).scenarios, catalog)).toMatchObject({
			scenarioId: 'easy-empathy',
			reason: { fresh: true }
		});
	});
});
