import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
	MAX_CRITERIA,
	MAX_JSON_DEPTH,
	MAX_KEY,
	MAX_LEVELS,
	MAX_PROFILE_NAME,
	MAX_SHORT,
	MAX_TEXT
} from '../../limits';
import type { Score } from '../../scoring';
import { SAMPLE_NEW_ATTEMPT, sampleRubricVersion, sampleScenarioVersion } from '../samples';
import { dumpTables, freshStore } from '../testing';
import type { AttemptTurn, RubricVersion } from '../types';
import { parseBundle } from '.';

const text = (n: number, c = 'x') => c.repeat(n);
const short = (c: string) => text(MAX_SHORT, c);
const long = (c: string) => text(MAX_TEXT, c);

/** A score with every text and key at its largest. */
function largestScore(): Score {
	return {
		criteria: {
			[text(MAX_KEY, 'k')]: {
				level: 3,
				max: 3,
				weight: 20,
				evidence: [
					{
						start: 0,
						end: MAX_TEXT,
						text: long('e'),
						check: short('c'),
						effect: 1,
						message: long('m'),
						void: long('v')
					}
				],
				missing: [{ check: short('c'), message: long('m'), example: long('x') }]
			}
		},
		total: 100,
		autoFail: true,
		autoFailReason: long('a'),
		passed: false,
		rubric: { id: short('r'), version: short('v') },
		locale: 'ja',
		morphology: true
	};
}

/** Nested as deep as a saved machine state may, with the longest text at the bottom. */
function deepest(): unknown {
	let value: unknown = long('s');
	for (let depth = 0; depth < MAX_JSON_DEPTH; depth++) value = { next: value };
	return value;
}

const store = freshStore('limits');
const other = freshStore('limits-other');

describe('an export always imports', () => {
	it('round trip into an empty browser with the largest allowed values: the imported attempt equals the exported one', async () => {
		const profile = await store().profiles.create(text(MAX_PROFILE_NAME, 'P'));
		const attempt = await store().attempts.start(
			{
				profileId: profile.id,
				scenarioId: short('s'),
				scenarioTitle: short('T'),
				scenarioVersion: short('v'),
				rubricId: short('r'),
				rubricVersion: short('w'),
				snapshot: deepest()
			},
			1000
		);
		const turn: AttemptTurn = {
			turnId: short('t'),
			subject: long('S'),
			customerMessage: long('C'),
			reply: long('R'),
			score: largestScore(),
			sentAt: 2000,
			responseMs: 1e12
		};
		await store().attempts.addTurn(attempt.id, turn, {
			snapshot: deepest(),
			result: { ending: short('e'), outcome: short('o'), csat: 5 }
		});
		await store().attempts.saveProgress(attempt.id, { draft: long('D') }, 3000);
		await store().attempts.addRescore(attempt.id, {
			rubricVersion: short('a'),
			scenarioVersion: short('b'),
			at: 4000,
			scores: [largestScore()],
			total: 100
		});
		await store().reviews.create(
			{
				attemptId: attempt.id,
				turnIndex: 0,
				start: 0,
				end: MAX_TEXT,
				comment: long('c'),
				override: { criterion: text(MAX_KEY, 'k'), level: 3, reason: long('r') },
				reviewer: short('n')
			},
			5000
		);
		const rubric: RubricVersion = {
			id: short('r'),
			version: short('w'),
			title: { en: long('t'), ja: long('タ') },
			pass: 100,
			criteria: [
				{
					id: text(MAX_KEY, 'k'),
					name: { en: long('n'), ja: long('名') },
					weight: 100,
					levels: [{ en: long('l'), ja: long('段') }]
				}
			]
		};
		const manyCriteria: RubricVersion = {
			...sampleRubricVersion,
			criteria: Array.from({ length: MAX_CRITERIA }, (_, i) => ({
				id: `c${i}`,
				name: { en: 'Name', ja: '名前' },
				weight: 1,
				levels: Array.from({ length: MAX_LEVELS }, () => ({ en: 'Level', ja: '段階' }))
			}))
		};
		await store().versions.record(
			[rubric, manyCriteria],
			[{ ...sampleScenarioVersion, id: short('s'), version: short('v'), title: short('T') }]
		);

		const file = await store().backup.exportAllFile(6000);
		const read = parseBundle(await file.blob.text());
		if (!read.ok) throw new Error(read.problems.join('\n'));
		const result = await other().backup.import(read.bundle);
		if (!result.ok) throw new Error(result.problems.join('\n'));

		const exported = read.bundle.attempts[0]!;
		expect(await other().attempts.get(attempt.id)).toEqual(exported);
		expect(exported.draft).toBe(long('D'));
		const mine = await dumpTables(store().db);
		const theirs = await dumpTables(other().db);
		for (const table of ['profiles', 'reviews', 'rubricVersions', 'scenarioVersions'])
			expect(theirs[table]).toEqual(mine[table]);
	});
});

describe('the store refuses to write what a backup could not import again', () => {
	it('a scenario title over the limit: the attempt is not started', async () => {
		await expect(
			store().attempts.start({ ...SAMPLE_NEW_ATTEMPT, scenarioTitle: text(623) })
		).rejects.toThrow('attempt.scenarioTitle: 623 characters, at most 500 allowed');
		expect(await store().attempts.list()).toEqual([]);
	});

	it('a reply or a draft over the limit: the attempt stays as it was', async () => {
		const attempt = await store().attempts.start(SAMPLE_NEW_ATTEMPT, 1000);
		const turn: AttemptTurn = {
			turnId: 'opening',
			subject: null,
			customerMessage: 'Where is it?',
			reply: text(121_917),
			score: { ...largestScore(), criteria: {} },
			sentAt: 2000,
			responseMs: 0
		};
		await expect(store().attempts.addTurn(attempt.id, turn)).rejects.toThrow(
			'attempt.turns[0].reply: 121,917 characters, at most 100,000 allowed'
		);
		await expect(
			store().attempts.saveProgress(attempt.id, { draft: text(MAX_TEXT + 1) })
		).rejects.toThrow('attempt.draft: 100,001 characters');
		expect(await store().attempts.get(attempt.id)).toEqual(attempt);
	});

	it('a machine state nested too deep, or a NaN a backup would write as null', async () => {
		await expect(
			store().attempts.start({ ...SAMPLE_NEW_ATTEMPT, snapshot: { deeper: deepest() } })
		).rejects.toThrow(`nested deeper than ${MAX_JSON_DEPTH}`);
		const attempt = await store().attempts.start(SAMPLE_NEW_ATTEMPT, 1000);
		await expect(
			store().attempts.addRescore(attempt.id, {
				rubricVersion: 'r2',
				scenarioVersion: 's1',
				at: 2000,
				scores: [],
				total: Number.NaN
			})
		).rejects.toThrow('attempt.rescores[0].total: expected a number, found null');
	});

	it('a review comment, or a rubric title, over the limit', async () => {
		const attempt = await store().attempts.start(SAMPLE_NEW_ATTEMPT, 1000);
		await store().attempts.addTurn(attempt.id, {
			turnId: 'opening',
			subject: null,
			customerMessage: 'Where is it?',
			reply: 'Hi',
			score: { ...largestScore(), criteria: {} },
			sentAt: 2000,
			responseMs: 0
		});
		await expect(
			store().reviews.create({
				attemptId: attempt.id,
				turnIndex: 0,
				start: null,
				end: null,
				comment: text(MAX_TEXT + 1),
				override: null,
				reviewer: 'Ken'
			})
		).rejects.toThrow('review.comment: 100,001 characters');
		await expect(
			store().versions.record(
				[{ ...sampleRubricVersion, title: { en: 'x', ja: text(MAX_TEXT + 1) } }],
				[]
			)
		).rejects.toThrow('rubricVersion.title.ja: 100,001 characters');
		expect(await store().db.reviews.count()).toBe(0);
		expect(await store().db.rubricVersions.count()).toBe(0);
	});
});
