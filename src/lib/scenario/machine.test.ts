import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createActor, SimulatedClock } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { Score } from '../scoring';
import {
	compileScenario,
	currentEnding,
	currentTurn,
	mentionsFact,
	type ReplyEvent
} from './machine';
import { parseScenario } from './parse';
import type { Scenario } from './types';

function load(file: string, text = readFileSync(join(process.cwd(), file), 'utf8')): Scenario {
	const result = parseScenario(file, text);
	if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
	return result.scenario;
}

/** A synthetic score: every criterion at `level` unless given. */
function score(
	levels: Record<string, number>,
	{ total = 60, autoFail = false, level = 2 } = {}
): Score {
	const ids = ['empathy', 'clarity', 'next_steps', 'signature', 'tone'];
	return {
		criteria: Object.fromEntries(
			[...new Set([...ids, ...Object.keys(levels)])].map((id) => [
				id,
				{ level: levels[id] ?? level, max: 3, weight: 20, evidence: [], missing: [] }
			])
		),
		total: autoFail ? 0 : total,
		autoFail,
		autoFailReason: autoFail ? 'blame' : null,
		passed: !autoFail && total >= 60,
		rubric: { id: 'support-email', version: 'test' },
		locale: 'en',
		morphology: false
	};
}

const reply = (s: Score, at: number, text = 'Hello'): ReplyEvent => ({
	type: 'REPLY',
	reply: text,
	score: s,
	at
});

const lateDelivery = () => load('scenarios/late-delivery-en.md');

describe('compileScenario', () => {
	it('plays the good path: an empathetic reply with next steps resolves at once', () => {
		const actor = createActor(compileScenario(lateDelivery())).start();
		expect(currentTurn(actor.getSnapshot())?.id).toBe('opening');
		actor.send(reply(score({ empathy: 3, next_steps: 3 }, { total: 90 }), 60_000));
		const snap = actor.getSnapshot();
		expect(snap.status).toBe('done');
		expect(currentTurn(snap)).toBeNull();
		const t = snap.context.transcript;
		expect(t.map((e) => `${e.kind}:${e.turn}`)).toEqual(['customer:opening', 'reply:opening']);
		expect(t[0]).toMatchObject({ subject: 'Where is my order??', at: 0, mood: 'upset' });
		expect(t[1]).toMatchObject({ at: 60_000, took: 60_000, mood: 'neutral' });
		// resolved (csat 5), final mood neutral: no adjustment
		expect(currentEnding(snap)).toMatchObject({
			ending: 'resolved',
			outcome: 'resolved',
			csat: 5,
			mood: 'neutral'
		});
		expect(snap.output?.debrief).toMatch(/^Dana knows where her parcel is/);
	});

	it('plays a middling path through still-waiting to resolved', () => {
		const actor = createActor(compileScenario(lateDelivery())).start();
		actor.send(reply(score({ empathy: 1, next_steps: 1 }, { total: 50 }), 1000));
		expect(currentTurn(actor.getSnapshot())?.id).toBe('still-waiting');
		actor.send(reply(score({ next_steps: 3 }, { total: 80 }), 2000));
		const snap = actor.getSnapshot();
		expect(snap.context.transcript.filter((e) => e.kind === 'customer').map((e) => e.turn)).toEqual(
			['opening', 'still-waiting']
		);
		expect(snap.context.transcript[2]).toMatchObject({ kind: 'customer', at: 1000 });
		expect(snap.output).toMatchObject({ ending: 'resolved', csat: 5, mood: 'neutral' });
	});

	it('plays the blaming path: an auto-failed reply escalates, csat held at 1', () => {
		const actor = createActor(compileScenario(lateDelivery())).start();
		actor.send(
			reply(score({ tone: 0 }, { autoFail: true }), 5000, 'That is the courier’s fault, not ours.')
		);
		const snap = actor.getSnapshot();
		expect(snap.context.transcript.map((e) => e.kind)).toEqual(['customer', 'reply']);
		expect(snap.context.mood).toBe('angry');
		expect(snap.output).toMatchObject({
			ending: 'escalated',
			outcome: 'escalated',
			csat: 1,
			mood: 'angry'
		});
	});

	it('a weak second reply abandons, angrier each time', () => {
		const actor = createActor(compileScenario(lateDelivery())).start();
		actor.send(reply(score({}, { total: 30, level: 1 }), 1000));
		actor.send(reply(score({}, { total: 30, level: 1 }), 2000));
		const snap = actor.getSnapshot();
		expect(snap.context.transcript.map((e) => e.mood)).toEqual([
			'upset',
			'angry',
			'angry',
			'angry'
		]);
		// abandoned csat 2, angry -1
		expect(snap.output).toMatchObject({ ending: 'abandoned', csat: 1 });
	});

	it('nudges once when the response time runs out (simulated clock), and gets angrier', () => {
		// A scenario of its own, so the test does not depend on how the shipped files time their turns.
		const text = [
			'---',
			'id: timed',
			'title: Timed',
			'locale: en',
			'channel: email',
			'rubric: support-email',
			'customer: { name: Dana Reyes, mood: upset }',
			'agent: { name: Sam Carter, company: Northwind Shop }',
			'response_time: 4h',
			'---',
			'## turn opening',
			'Subject: Where is my order??',
			'Nudge: Hello? Is anyone reading this?',
			'Response-Time: 90s',
			'',
			'Where is my order?',
			'',
			'- otherwise → still-waiting',
			'',
			'## turn still-waiting',
			'Still nothing.',
			'',
			'- if next_steps >= 2 → resolved',
			'- otherwise → abandoned',
			'',
			'## ending resolved',
			'outcome: resolved',
			'csat: 5',
			'',
			'## ending abandoned',
			'outcome: abandoned',
			'csat: 2'
		].join('\n');
		const scenario = load('scenarios/timed.md', text);
		const clock = new SimulatedClock();
		const actor = createActor(compileScenario(scenario), { clock }).start();
		expect(actor.getSnapshot().context.responseTimes).toEqual({
			opening: 90_000,
			'still-waiting': 4 * 3600_000
		});
		clock.increment(89_999);
		expect(actor.getSnapshot().context.transcript).toHaveLength(1);
		clock.increment(1);
		clock.increment(500_000);
		let snap = actor.getSnapshot();
		expect(snap.context.transcript.slice(1)).toEqual([
			{
				kind: 'nudge',
				turn: 'opening',
				message: 'Hello? Is anyone reading this?',
				at: 90_000,
				mood: 'angry'
			}
		]);
		expect(snap.context.mood).toBe('angry');
		expect(currentTurn(snap)?.id).toBe('opening');
		// the turn still waits for a reply
		actor.send(reply(score({ empathy: 1, next_steps: 1 }, { total: 50 }), 600_000));
		snap = actor.getSnapshot();
		expect(currentTurn(snap)?.id).toBe('still-waiting');
		// still-waiting has no Nudge line: the time still runs out, without a message
		clock.increment(4 * 3600_000);
		expect(actor.getSnapshot().context.transcript.at(-1)).toMatchObject({
			kind: 'nudge',
			turn: 'still-waiting',
			message: null,
			at: 600_000 + 4 * 3600_000
		});
	});

	it('restores an attempt from a persisted snapshot', () => {
		const machine = compileScenario(lateDelivery());
		const actor = createActor(machine).start();
		actor.send(reply(score({ empathy: 1, next_steps: 1 }, { total: 50 }), 1000));
		const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
		actor.stop();
		const restored = createActor(compileScenario(lateDelivery()), { snapshot: saved }).start();
		const snap = restored.getSnapshot();
		expect(currentTurn(snap)?.id).toBe('still-waiting');
		expect(snap.context.transcript).toEqual(actor.getSnapshot().context.transcript);
		expect(snap.context.mood).toBe('upset');
		restored.send(reply(score({ next_steps: 2 }, { total: 75 }), 2000));
		expect(restored.getSnapshot().output).toMatchObject({ ending: 'resolved' });
	});

	describe('the response time after a reload (RESUME)', () => {
		// A 90 s turn, then a 4 h one; the customer nudges on both.
		const timed = () =>
			load(
				'scenarios/resume.md',
				`---
id: resume
title: Resume
locale: en
channel: chat
rubric: support-email
customer: { name: Dana, mood: neutral }
agent: { name: Sam, company: Northwind }
response_time: 4h
---
## turn opening
Nudge: Hello?
Response-Time: 90s

Where is my order?
- otherwise → again

## turn again
Nudge: Still there?

And?
- otherwise → done

## ending done
outcome: resolved
csat: 4

Done.
`
			);
		const kinds = (actor: { getSnapshot(): { context: { transcript: { kind: string }[] } } }) =>
			actor.getSnapshot().context.transcript.map((e) => e.kind);
		/** Plays `ms` of the first turn, saves as the app does (JSON in IndexedDB), and stops. */
		const saveAfter = (ms: number, prepare?: (actor: ReturnType<typeof start>) => void) => {
			const actor = start();
			prepare?.(actor);
			actor.clock.increment(ms);
			const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
			actor.stop();
			return saved;
		};
		const start = (snapshot?: unknown) => {
			const clock = new SimulatedClock();
			const actor = createActor(compileScenario(timed()), {
				clock,
				...(snapshot ? { snapshot: snapshot as never } : {})
			}).start();
			return Object.assign(actor, { clock });
		};

		it('nudges when the time left runs out, counted from when the message arrived', () => {
			const saved = saveAfter(30_000);
			// The page is reloaded 20 s later: 50 s have passed, 40 s are left.
			const actor = start(saved);
			actor.send({ type: 'RESUME', at: 50_000 });
			actor.clock.increment(39_999);
			expect(kinds(actor)).toEqual(['customer']);
			actor.clock.increment(1);
			expect(actor.getSnapshot().context.transcript.at(-1)).toEqual({
				kind: 'nudge',
				turn: 'opening',
				message: 'Hello?',
				at: 90_000,
				mood: 'upset'
			});
			actor.clock.increment(10 * 3600_000);
			expect(kinds(actor)).toEqual(['customer', 'nudge']);
		});

		it('nudges at once when the time ran out while the page was closed', () => {
			const actor = start(saveAfter(30_000));
			actor.send({ type: 'RESUME', at: 120_000 });
			actor.clock.increment(0);
			expect(actor.getSnapshot().context.transcript.at(-1)).toMatchObject({
				kind: 'nudge',
				at: 90_000
			});
		});

		it('does not nudge again after a reload once the customer has nudged', () => {
			const saved = saveAfter(100_000);
			const actor = start(saved);
			expect(kinds(actor)).toEqual(['customer', 'nudge']);
			actor.send({ type: 'RESUME', at: 200_000 });
			actor.clock.increment(10 * 3600_000);
			expect(kinds(actor)).toEqual(['customer', 'nudge']);
		});

		it('re-arms the turn the attempt is on, from its own start', () => {
			const saved = saveAfter(10_000, (actor) => {
				actor.clock.increment(20_000);
				actor.send(reply(score({}, { total: 50 }), 20_000));
			});
			const actor = start(saved);
			actor.send({ type: 'RESUME', at: 60_000 });
			actor.clock.increment(20_000 + 4 * 3600_000 - 60_000 - 1);
			expect(kinds(actor)).toEqual(['customer', 'reply', 'customer']);
			actor.clock.increment(1);
			expect(actor.getSnapshot().context.transcript.at(-1)).toMatchObject({
				kind: 'nudge',
				turn: 'again',
				at: 20_000 + 4 * 3600_000
			});
		});

		it('keeps one timer when a running attempt gets RESUME', () => {
			const actor = start();
			actor.clock.increment(10_000);
			actor.send({ type: 'RESUME', at: 10_000 });
			actor.send({ type: 'RESUME', at: 20_000 });
			actor.clock.increment(80_000);
			expect(kinds(actor)).toEqual(['customer', 'nudge']);
			actor.clock.increment(10 * 3600_000);
			expect(kinds(actor)).toEqual(['customer', 'nudge']);
		});

		it('a reply cancels the resumed timer of the turn it answers', () => {
			const actor = start(saveAfter(30_000));
			actor.send({ type: 'RESUME', at: 40_000 });
			actor.send(reply(score({}, { total: 50 }), 50_000));
			actor.clock.increment(4 * 3600_000 - 1);
			expect(kinds(actor)).toEqual(['customer', 'reply', 'customer']);
		});
	});

	it('re-enters a turn that branches to itself (new message, new timer)', () => {
		const scenario = load(
			'scenarios/loop.md',
			`---
id: loop
title: Loop
locale: en
channel: email
rubric: support-email
customer: { name: Dana, mood: neutral }
agent: { name: Sam, company: Northwind }
facts: { eta: Friday 14 March }
response_time: 60s
---
## turn ask
Nudge: Well?

When will it come?
- if mentions eta → done
- otherwise → ask

## ending done
outcome: resolved
csat: 4

Done.
`
		);
		const clock = new SimulatedClock();
		const actor = createActor(compileScenario(scenario), { clock }).start();
		actor.send(reply(score({}, { total: 50 }), 10_000, 'Soon.'));
		clock.increment(10_000 + 60_000);
		actor.send(reply(score({}, { total: 50 }), 80_000, 'It arrives on Friday, 14 March.'));
		const snap = actor.getSnapshot();
		expect(snap.context.transcript.map((e) => e.kind)).toEqual([
			'customer',
			'reply',
			'customer',
			'nudge',
			'reply'
		]);
		expect(snap.output).toMatchObject({ ending: 'done', csat: 4, mood: 'upset' });
	});

	it('plays turns without branches in file order, then ends', () => {
		const scenario = load(
			'scenarios/plain.md',
			`---
id: plain
title: Plain
locale: en
channel: email
rubric: support-email
customer: { name: Dana, mood: calm }
agent: { name: Sam, company: Northwind }
---
## turn one
First.

## turn two
Second.
`
		);
		const actor = createActor(compileScenario(scenario)).start();
		actor.send(reply(score({}, { total: 90 }), 1));
		expect(currentTurn(actor.getSnapshot())?.id).toBe('two');
		actor.send(reply(score({}, { total: 90 }), 2));
		expect(actor.getSnapshot().output).toMatchObject({
			outcome: 'completed',
			csat: 4,
			mood: 'calm'
		});
	});

	it('compiles a scenario in under 5 ms', () => {
		const scenario = lateDelivery();
		compileScenario(scenario);
		const start = performance.now();
		for (let i = 0; i < 20; i++) compileScenario(scenario);
		expect((performance.now() - start) / 20).toBeLessThan(5);
	});
});

describe('mentionsFact', () => {
	it('finds a fact by its value, its URL without scheme, or an identifying piece', () => {
		expect(mentionsFact('It is due on friday 14 march.', 'Friday 14 March')).toBe(true);
		expect(mentionsFact('It is due on Friday, 14 March.', 'Friday 14 March')).toBe(true);
		expect(
			mentionsFact('See northwind.example/track/A-10492', 'https://northwind.example/track/A-10492')
		).toBe(true);
		expect(mentionsFact('Your order A-10492 is on its way', 'order A-10492 (bike)')).toBe(true);
		expect(mentionsFact('３月８日（土）午前中にお届けします', '3月8日（土）午前中')).toBe(true);
		expect(mentionsFact('It will come soon', 'Friday 14 March')).toBe(false);
	});
});
