import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main';

// The project's labeled set: the shipped rubrics must agree with its human labels (QWK >= 0.75 on
// every criterion), as the rubric issue requires.
describe('dojo eval on tests/fixtures/replies.jsonl', () => {
	it('agrees with the labels on every criterion', async () => {
		const out: string[] = [];
		const code = await main(['eval', 'tests/fixtures/replies.jsonl'], {
			out: (text) => out.push(text),
			err: () => {},
			cwd: process.cwd(),
			stdin: async () => ''
		});
		expect(code).toBe(0);
		const rows = out
			.join('\n')
			.split('\n')
			.map((line) => /^(\w+)\s+(\d+)\s+(-?[\d.]+)\s+\[[-\d., ]+\]\s+(\d+)%/.exec(line))
			.filter((m): m is RegExpExecArray => m !== null)
			.map(([, criterion, n, qwk]) => ({ criterion, n: Number(n), qwk: Number(qwk) }));
		expect(rows.map((r) => r.criterion).sort()).toEqual(
			['clarity', 'empathy', 'next_steps', 'personalization', 'signature', 'tone'].sort()
		);
		for (const row of rows)
			expect({ criterion: row.criterion, ok: row.qwk >= 0.75 }).toEqual({
				criterion: row.criterion,
				ok: true
			});
	});
});

describe('dojo eval: pass and fail', () => {
	it("sets the pass or fail of the labels' levels, weighed as the rubric weighs them, beside the scorer's", async () => {
		const dir = mkdtempSync(join(tmpdir(), 'dojo-eval-'));
		const context = {
			locale: 'en',
			channel: 'chat',
			customer: { name: 'Dana', message: 'Where is my parcel?' },
			facts: { company: 'Northwind', agent: 'Sam' }
		};
		const all = (level: number) => ({
			empathy: level,
			clarity: level,
			next_steps: level,
			tone: level,
			personalization: level
		});
		const lines = [
			// Every level 2 of 3 is a total of 67: a pass (60).
			{ ...context, reply: 'Hi Dana, it is on its way.', labels: all(2), autoFail: false },
			// Every level 3 but failed as a whole: total 0.
			{ ...context, reply: 'That is your fault.', labels: all(3), autoFail: true },
			// Every level 1: 33, a fail.
			{ ...context, reply: 'ok', labels: all(1), autoFail: false }
		];
		writeFileSync(join(dir, 'set.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n'));
		const out: string[] = [];
		const rubric = join(process.cwd(), 'rubrics', 'support-chat.yaml');
		await main(['eval', 'set.jsonl', '--rubric', rubric, '--fast'], {
			out: (text) => out.push(text),
			err: () => {},
			cwd: dir,
			stdin: async () => ''
		});
		expect(out.join('\n')).toMatch(
			/^pass: 1 of 3 pass by the labels' levels; the scorer passes \d+ the labels fail and fails \d+ the labels pass$/m
		);
	});
});
