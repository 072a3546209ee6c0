import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { Score } from '../scoring';
import { compileScenario, currentEnding, currentTurn } from './machine';
import { parseScenario } from './parse';
import { replayTurns, restoreSnapshot, type StoredReply } from './restore';
import type { Scenario } from './types';

function lateDelivery(): Scenario {
	const file = 'scenarios/late-delivery-en.md';
	const result = parseScenario(file, readFileSync(file, 'utf8'));
	if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
	return result.scenario;
}

function score(total: number, level = 1): Score {
	const ids = ['empathy', 'clarity', 'next_steps', 'signature', 'tone'];
	return {
		criteria: Object.fromEntries(
			ids.map((id) => [id, { level, max: 3, weight: 20, evidence: [], missing: [] }])
		),
		total,
		autoFail: false,
		autoFailReason: null,
		passed: total >= 60,
		rubric: { id: 'support-email', version: 'test' },
		locale: 'en',
		morphology: false
	};
}

const scenario = lateDelivery();

/** A snapshot as the play page stores it, after one mediocre reply: waiting at "still-waiting". */
function savedAfterOneReply(): Record<string, unknown> {
	const actor = createActor(compileScenario(scenario)).start();
	actor.send({ type: 'REPLY', reply: 'We are looking into it.', score: score(50), at: 60_000 });
	const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
	actor.stop();
	return saved;
}

/** The saved snapshot with one change made to a copy of it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the variants break its types on purpose
function junk(change: (s: Record<string, any>) => unknown): unknown {
	const saved = savedAfterOneReply();
	const changed = change(saved);
	return changed === undefined ? saved : changed;
}

function deep(levels: number): unknown {
	let value: unknown = 'bottom';
	for (let i = 0; i < levels; i++) value = { next: value };
	return value;
}

describe('restoreSnapshot', () => {
	it('accepts a snapshot the machine saved, and an actor made from it takes a reply', () => {
		const check = restoreSnapshot(scenario, savedAfterOneReply());
		if (!check.ok) throw new Error(check.reason);
		const actor = createActor(compileScenario(scenario), { snapshot: check.snapshot }).start();
		expect(currentTurn(actor.getSnapshot())?.id).toBe('still-waiting');
		actor.send({ type: 'RESUME', at: 120_000 });
		actor.send({ type: 'REPLY', reply: 'It ships today.', score: score(80, 2), at: 130_000 });
		expect(currentEnding(actor.getSnapshot())?.ending).toBe('resolved');
		actor.stop();
	});

	it('accepts a finished attempt with its output', () => {
		const actor = createActor(compileScenario(scenario)).start();
		actor.send({ type: 'REPLY', reply: 'Sorry!', score: score(90, 3), at: 1000 });
		const check = restoreSnapshot(
			scenario,
			JSON.parse(JSON.stringify(actor.getPersistedSnapshot()))
		);
		if (!check.ok) throw new Error(check.reason);
		const restored = createActor(compileScenario(scenario), { snapshot: check.snapshot }).start();
		expect(currentEnding(restored.getSnapshot())).toEqual(currentEnding(actor.getSnapshot()));
	});

	const variants: [string, unknown][] = [
		['null', null],
		['a number', 42],
		['a list', [savedAfterOneReply()]],
		['a wrong status', junk((s) => void (s.status = 'error'))],
		['an unknown state', junk((s) => void (s.value = 'nowhere'))],
		['a state value that is an object', junk((s) => void (s.value = { opening: {} }))],
		['a finished status at a turn', junk((s) => void (s.status = 'done'))],
		['no context', junk((s) => void delete s.context)],
		['a context of another scenario', junk((s) => void (s.context.scenario = 'other'))],
		['a transcript that is not a list', junk((s) => void (s.context.transcript = { 0: 'x' }))],
		[
			'a transcript entry of an unknown kind',
			junk((s) => void (s.context.transcript[0].kind = 'memo'))
		],
		['a transcript entry that is a string', junk((s) => void (s.context.transcript[1] = 'hello'))],
		['a reply without its score', junk((s) => void delete s.context.transcript[1].score)],
		[
			'a reply whose evidence is junk',
			junk((s) => void (s.context.transcript[1].score.criteria.empathy.evidence = [null]))
		],
		['NaN since (as JSON writes it: null)', junk((s) => void (s.context.since = null))],
		['NaN since', junk((s) => void (s.context.since = Number.NaN))],
		['an unknown mood', junk((s) => void (s.context.mood = 'furious'))],
		['a turn id that does not exist', junk((s) => void (s.context.turn = 'gone'))],
		['a context turn other than the state', junk((s) => void (s.context.turn = 'opening'))],
		['child actors', junk((s) => void (s.children = { x: { src: 'y' } }))],
		['huge nesting', junk((s) => void (s.context.transcript = [deep(100_000)]))],
		['huge nesting in the context', junk((s) => void (s.context = deep(100_000)))],
		[
			'a done snapshot without output',
			junk((s) =>
				Object.assign(s, {
					status: 'done',
					value: 'resolved',
					context: { ...s.context, turn: null, ending: 'resolved' }
				})
			)
		]
	];

	it.each(variants)('%s: gives a reason, never throws', (_, saved) => {
		const check = restoreSnapshot(scenario, saved);
		expect(check.ok).toBe(false);
		if (!check.ok) expect(check.reason).toMatch(/\w/);
	});
});

describe('replayTurns (restart from the transcript)', () => {
	const replies: StoredReply[] = [
		{ turnId: 'opening', reply: 'We are looking into it.', score: score(50), responseMs: 60_000 },
		{ turnId: 'still-waiting', reply: 'It ships today.', score: score(80, 2), responseMs: 30_000 }
	];

	it('rebuilds the state the stored replies lead to', () => {
		const check = replayTurns(scenario, replies.slice(0, 1));
		if (!check.ok) throw new Error(check.reason);
		expect(check.snapshot.value).toBe('still-waiting');
		expect(check.snapshot.context.transcript.map((e) => e.kind)).toEqual([
			'customer',
			'reply',
			'customer'
		]);
		expect(check.snapshot.context.since).toBe(60_000);
		const actor = createActor(compileScenario(scenario), { snapshot: check.snapshot }).start();
		actor.send({ type: 'REPLY', reply: 'It ships today.', score: score(80, 2), at: 90_000 });
		expect(currentEnding(actor.getSnapshot())?.ending).toBe('resolved');
	});

	it('rebuilds a finished attempt, and an empty one at the first turn', () => {
		const done = replayTurns(scenario, replies);
		expect(done.ok && done.snapshot.status).toBe('done');
		const fresh = replayTurns(scenario, []);
		expect(fresh.ok && fresh.snapshot.value).toBe('opening');
	});

	it('gives a reason when the replies do not fit the scenario', () => {
		expect(replayTurns(scenario, [{ ...replies[0]!, turnId: 'gone' }])).toEqual({
			ok: false,
			reason: 'reply 1 answers turn "gone", but the scenario is at turn "opening"'
		});
		const tooMany = replayTurns(scenario, [...replies, replies[1]!]);
		expect(tooMany.ok).toBe(false);
		if (!tooMany.ok) expect(tooMany.reason).toMatch(/reply 3 comes after the attempt ended/);
	});
});
