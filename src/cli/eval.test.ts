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
