import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../catalog/load';
import type { Score } from '../scoring';
import { clauses, evaluate } from './condition';
import { compileScenario, currentTurn, moodAfter, type AttemptSnapshot } from './machine';
import type { Mood, Scenario, Turn } from './types';

const catalog = loadCatalog();

interface Choice {
	score: Score;
	reply: string;
}

/**
 * A synthetic reply that takes branch `index` of `turn` when the customer is in `mood`: its guard
 * holds and no earlier guard does. Searches the values the turn's conditions compare against.
 */
function choose(scenario: Scenario, turn: Turn, index: number, mood: Mood): Choice | null {
	const all = turn.branches.flatMap((b) => (b.condition ? clauses(b.condition) : []));
	const maxOf = Object.fromEntries(
		catalog.rubrics
			.find((r) => r.id === scenario.rubric)!
			.criteria.map((c) => [c.id, c.levels.length - 1])
	);
	const criteria = [...new Set(all.flatMap((c) => (c.kind === 'criterion' ? [c.criterion] : [])))];
	const facts = [...new Set(all.flatMap((c) => (c.kind === 'mentions' ? [c.fact] : [])))];
	const totals = new Set([0, 39, 40, 69, 70, 100]);
	for (const c of all)
		if (c.kind === 'total')
			for (const t of [c.value - 1, c.value, c.value + 1]) if (t >= 0 && t <= 100) totals.add(t);

	const levelSets: Record<string, number>[] = [{}];
	for (const id of criteria) {
		const next: Record<string, number>[] = [];
		for (const set of levelSets)
			for (let l = 0; l <= (maxOf[id] ?? 3); l++) next.push({ ...set, [id]: l });
		levelSets.splice(0, levelSets.length, ...next);
	}
	for (const levels of levelSets)
		for (const autoFail of [false, true])
			for (const total of autoFail ? [0] : totals)
				for (let mask = 0; mask < 1 << facts.length; mask++) {
					const mentioned = facts.filter((_, i) => mask & (1 << i));
					const input = {
						levels,
						total,
						autoFail,
						mentions: (f: string) => mentioned.includes(f),
						mood: moodAfter(mood, { total, autoFail })
					};
					const holds = (i: number) => {
						const c = turn.branches[i]!.condition;
						return c === null || evaluate(c, input);
					};
					if (!holds(index)) continue;
					if ([...Array(index).keys()].some(holds)) continue;
					return {
						reply: mentioned.map((f) => scenario.facts[f]).join('\n'),
						score: {
							criteria: Object.fromEntries(
								Object.entries(maxOf).map(([id, max]) => [
									id,
									{ level: levels[id] ?? 0, max, weight: 1, evidence: [], missing: [] }
								])
							),
							total,
							autoFail,
							autoFailReason: autoFail ? 'synthetic' : null,
							passed: total >= 60,
							rubric: { id: scenario.rubric, version: 'synthetic' },
							locale: scenario.locale,
							morphology: false
						}
					};
				}
	return null;
}

describe('every path of every shipped scenario', () => {
	it('finds scenarios to walk', () => {
		expect(catalog.scenarios.length).toBeGreaterThan(0);
	});

	it('no shipped scenario is broken', () => {
		const broken = catalog.broken.filter((b) => b.kind === 'scenario');
		expect(broken.flatMap((b) => b.diagnostics)).toEqual([]);
	});

	for (const scenario of catalog.scenarios) {
		it(`${scenario.file}: every branch can be taken and leads to an ending`, () => {
			const machine = compileScenario(scenario);
			const key = (s: AttemptSnapshot) =>
				s.status === 'done' ? `end:${s.output!.ending}` : `${currentTurn(s)!.id}|${s.context.mood}`;
			const start = createActor(machine).start().getSnapshot();
			const nodes = new Map<string, AttemptSnapshot>([[key(start), start]]);
			const edges: [string, string, string][] = [];
			const queue = [start];
			let at = 1;
			while (queue.length) {
				const snap = queue.shift()!;
				const turn = currentTurn(snap);
				if (!turn) continue;
				const count = Math.max(1, turn.branches.length);
				for (let i = 0; i < count; i++) {
					const branches = turn.branches.length
						? turn.branches
						: [{ when: null, condition: null, to: '', line: 0, column: 0 }];
					const choice = choose(scenario, { ...turn, branches }, i, snap.context.mood);
					const what = `${turn.id} (mood ${snap.context.mood}) branch ${i + 1}: ${turn.branches[i]?.when ?? 'otherwise'}`;
					expect(choice, `${what} can never be taken`).not.toBeNull();
					const actor = createActor(machine, { snapshot: snap }).start();
					actor.send({ type: 'REPLY', reply: choice!.reply, score: choice!.score, at: at++ });
					const next = actor.getSnapshot();
					actor.stop();
					if (turn.branches[i]) {
						const target = turn.branches[i]!.to;
						expect(next.status === 'done' ? next.output!.ending : currentTurn(next)!.id, what).toBe(
							target
						);
					}
					edges.push([key(snap), key(next), what]);
					if (!nodes.has(key(next))) {
						nodes.set(key(next), next);
						queue.push(next);
					}
				}
			}
			// Every state reached can still reach an ending.
			const ok = new Set([...nodes.keys()].filter((k) => k.startsWith('end:')));
			let grew = true;
			while (grew) {
				grew = false;
				for (const [from, to] of edges)
					if (ok.has(to) && !ok.has(from)) {
						ok.add(from);
						grew = true;
					}
			}
			for (const [, to, what] of edges)
				expect(ok.has(to), `${what} leads to ${to}, which never ends`).toBe(true);
			expect(ok.size).toBeGreaterThan(0);
		});
	}
});
