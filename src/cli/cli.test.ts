import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readRubricFile } from '../lib/catalog/load';
import { MAX_REPLY, scoreReply } from '../lib/scoring';
import type { Io } from './io';
import { main } from './main';

const repo = fileURLToPath(new URL('../../', import.meta.url));

interface FakeIo extends Io {
	stdout: string[];
	stderr: string[];
}

function fakeIo(cwd = repo, stdin = ''): FakeIo {
	const stdout: string[] = [];
	const stderr: string[] = [];
	return {
		stdout,
		stderr,
		cwd,
		out: (text) => stdout.push(...text.split('\n')),
		err: (text) => stderr.push(...text.split('\n')),
		stdin: async () => stdin
	};
}

async function run(argv: string[], io = fakeIo()) {
	const code = await main(argv, io);
	return { code, out: io.stdout, err: io.stderr };
}

const temps: string[] = [];
function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'dojo-cli-test-'));
	temps.push(dir);
	return dir;
}
afterAll(() => {
	for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('dojo', () => {
	it('--help prints usage and exits 0', async () => {
		const { code, out } = await run(['--help']);
		expect(code).toBe(0);
		const text = out.join('\n');
		for (const command of ['check', 'score', 'eval']) expect(text).toContain(command);
	});

	it('no command prints usage too', async () => {
		expect((await run([])).code).toBe(0);
	});

	it('an unknown command exits 2 and points at --help', async () => {
		const { code, err } = await run(['frobnicate']);
		expect(code).toBe(2);
		expect(err.join('\n')).toMatch(/unknown command "frobnicate"/);
		expect(err.join('\n')).toMatch(/--help/);
	});

	it('an unknown option exits 2', async () => {
		expect((await run(['eval', 'tests/fixtures/replies.jsonl', '--nope'])).code).toBe(2);
	});
});

describe('dojo check', () => {
	it('passes on the repository content', async () => {
		const { code, out, err } = await run(['check']);
		expect(out, 'no problem lines').toEqual([]);
		expect(code).toBe(0);
		expect(err.join('\n')).toMatch(/files OK/);
	});

	it('reports every problem of a broken rubric as file:line:col and exits 1', async () => {
		const dir = tempDir();
		mkdirSync(join(dir, 'rubrics'));
		mkdirSync(join(dir, 'scenarios'));
		writeFileSync(
			join(dir, 'rubrics', 'broken.yaml'),
			[
				'id: broken',
				'title: Broken',
				'criteria:',
				'  - id: empathy',
				'    name: Empathy',
				'    weight: 50',
				'    levels: [none, some]',
				'    checks:',
				'      - id: apology',
				'        find: phrase',
				'        phrases: { en: ["sorry"] }',
				'        points: 1',
				'        colour: blue',
				'        message: An apology.',
				''
			].join('\n')
		);
		const { code, out, err } = await run(['check'], fakeIo(dir));
		expect(code).toBe(1);
		expect(out.length).toBeGreaterThanOrEqual(2);
		for (const line of out) expect(line).toMatch(/^rubrics\/broken\.yaml:\d+:\d+: \S/);
		expect(out).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^rubrics\/broken\.yaml:10:15: "find" must be one of/),
				expect.stringMatching(/^rubrics\/broken\.yaml:13:9: unknown field "colour"/)
			])
		);
		expect(err.join('\n')).toMatch(/problem/);
	});

	it('reports a problem in a pack once, at the pack, though two rubrics use it', async () => {
		const dir = tempDir();
		mkdirSync(join(dir, 'rubrics', 'packs'), { recursive: true });
		mkdirSync(join(dir, 'scenarios'));
		for (const id of ['support-email', 'support-chat'])
			writeFileSync(
				join(dir, 'rubrics', `${id}.yaml`),
				readFileSync(join(repo, 'rubrics', `${id}.yaml`), 'utf8')
			);
		const pack = readFileSync(join(repo, 'rubrics/packs/support.yaml'), 'utf8');
		writeFileSync(
			join(dir, 'rubrics/packs/support.yaml'),
			pack.replace('find: sentence-length', 'find: sentence-lenght')
		);
		const { code, out } = await run(['check'], fakeIo(dir));
		expect(code).toBe(1);
		expect(out.filter((line) => line.includes('"find" must be one of'))).toEqual([
			expect.stringMatching(/^rubrics\/packs\/support\.yaml:\d+:\d+: "find" must be one of/)
		]);
	});

	it('reports a YAML syntax error with its position', async () => {
		const dir = tempDir();
		mkdirSync(join(dir, 'rubrics'));
		mkdirSync(join(dir, 'scenarios'));
		writeFileSync(join(dir, 'rubrics', 'bad.yaml'), 'id: bad\ntitle: [unclosed\ncriteria:\n');
		const { code, out } = await run(['check'], fakeIo(dir));
		expect(code).toBe(1);
		expect(out).toEqual([expect.stringMatching(/^rubrics\/bad\.yaml:\d+:\d+: YAML: /)]);
	});

	it('reports nested YAML aliases at the first alias and goes on checking the other files', async () => {
		const dir = tempDir();
		const shipped = readFileSync(join(repo, 'scenarios', 'late-delivery-en.md'), 'utf8');
		// Three levels of four aliases each: 4 × 4 × 4 values from a few lines.
		const tree = [
			'x0: &a0 [v, v, v, v]',
			'x1: &a1 [*a0, *a0, *a0, *a0]',
			'x2: &a2 [*a1, *a1, *a1, *a1]',
			'x3: &a3 [*a2, *a2, *a2, *a2]'
		].join('\n');
		writeFileSync(
			join(dir, 'aliases.md'),
			shipped.replace('id: late-delivery-en', `id: aliases\n${tree}`)
		);
		writeFileSync(
			join(dir, 'difficulty.md'),
			shipped
				.replace('id: late-delivery-en', 'id: difficulty')
				.replace(/^difficulty: .*$/m, 'difficulty: 9')
		);
		const { code, out } = await run(['check', dir]);
		expect(code).toBe(1);
		expect(out).toEqual([
			expect.stringMatching(
				/aliases\.md:4:10: YAML: the aliases from \*a0 on expand to more than 100 values/
			),
			expect.stringMatching(/difficulty\.md:\d+:\d+: "difficulty" must be a whole number/)
		]);
	});

	it('a path that does not exist is a usage error', async () => {
		expect((await run(['check', 'no/such/dir'])).code).toBe(2);
	});
});

describe('dojo score', () => {
	it('scores standard input and prints the score as JSON', async () => {
		const reply =
			"Hi Dana,\n\nThank you for writing, and I'm sorry your order is late.\n\nSam Carter\nNorthwind Shop";
		const io = fakeIo(repo, reply);
		const { code, out } = await run(['score', '--rubric', 'support-email', '-'], io);
		expect(code).toBe(0);
		const score = JSON.parse(out.join('\n'));
		expect(typeof score.total).toBe('number');
		expect(score.total).toBeGreaterThanOrEqual(0);
		expect(score.total).toBeLessThanOrEqual(100);
		expect(Object.keys(score.criteria)).toEqual(
			expect.arrayContaining(['empathy', 'clarity', 'next_steps', 'tone'])
		);
		expect(score.criteria.empathy.level).toBeGreaterThanOrEqual(1);
		expect(score.rubric.id).toBe('support-email');
		expect(score.locale).toBe('en');
	});

	it('without --rubric is a usage error', async () => {
		expect((await run(['score', '-'], fakeIo(repo, 'hi'))).code).toBe(2);
	});

	it.each([
		['U+0000', '\u0000'],
		['a lone surrogate', 'お待ち\ud800ください']
	])(
		'scores a Japanese reply of %s with the tokenizer',
		async (_, reply) => {
			const { code, out } = await run(
				['score', '--rubric', 'support-email', '--locale', 'ja', '-'],
				fakeIo(repo, reply)
			);
			expect(code).toBe(0);
			expect(JSON.parse(out.join('\n')).total).toBeGreaterThanOrEqual(0);
		},
		30_000
	);

	it('refuses a reply longer than MAX_REPLY, naming the limit', async () => {
		const { code, out, err } = await run(
			['score', '--rubric', 'support-email', '--fast', '-'],
			fakeIo(repo, 'a'.repeat(MAX_REPLY + 1))
		);
		expect(code).toBe(1);
		expect(out).toEqual([]);
		expect(err.join('\n')).toMatch(
			/standard input: the reply has 100,001 characters; replies longer than 100,000 are not scored/
		);
	});

	it('an unknown rubric is a usage error', async () => {
		expect((await run(['score', '--rubric', 'nope', '-'], fakeIo(repo, 'hi'))).code).toBe(2);
	});
});

describe('dojo eval', () => {
	it('--json prints one line per item with id, levels, total and autoFail', async () => {
		const { code, out } = await run(['eval', 'tests/fixtures/replies.jsonl', '--json']);
		expect(code).toBe(0);
		expect(out.length).toBeGreaterThan(0);
		const ids = new Set<string>();
		for (const line of out) {
			const item = JSON.parse(line);
			expect(Object.keys(item).sort()).toEqual(['autoFail', 'id', 'levels', 'total']);
			expect(typeof item.id).toBe('string');
			expect(typeof item.autoFail).toBe('boolean');
			expect(item.total).toBeGreaterThanOrEqual(0);
			expect(item.total).toBeLessThanOrEqual(100);
			for (const level of Object.values(item.levels)) {
				expect(Number.isInteger(level)).toBe(true);
				expect(level).toBeGreaterThanOrEqual(0);
			}
			if (item.autoFail) expect(item.total).toBe(0);
			ids.add(item.id);
		}
		expect(ids.size).toBe(out.length);
	});

	it('prints one line per non-empty line of the data file', async () => {
		const { readFileSync } = await import('node:fs');
		const lines = readFileSync(join(repo, 'tests/fixtures/replies.jsonl'), 'utf8')
			.split('\n')
			.filter((l) => l.trim());
		const { out } = await run(['eval', 'tests/fixtures/replies.jsonl', '--json']);
		expect(out).toHaveLength(lines.length);
		expect(JSON.parse(out[0]!).id).toBe(JSON.parse(lines[0]!).id);
	});

	it('a bad line is reported with its position and exits 1', async () => {
		const dir = tempDir();
		const file = join(dir, 'data.jsonl');
		writeFileSync(file, '{"id":"a","reply":"Thank you."}\nnot json\n');
		const { code, err } = await run([
			'eval',
			file,
			'--rubric',
			join(repo, 'rubrics/support-email.yaml'),
			'--json'
		]);
		expect(code).toBe(1);
		expect(err.join('\n')).toContain(`${file}:2:1:`);
	});

	it('refuses an item whose reply is longer than MAX_REPLY, at its line', async () => {
		const dir = tempDir();
		const file = join(dir, 'data.jsonl');
		const items = ['Thank you.', 'a'.repeat(MAX_REPLY + 1)].map((reply, i) =>
			JSON.stringify({ id: String(i), reply })
		);
		writeFileSync(file, items.join('\n'));
		const { code, err } = await run(['eval', file, '--fast', '--json']);
		expect(code).toBe(1);
		expect(err.join('\n')).toContain(`${file}:2:1: the reply has 100,001 characters`);
	});

	it('a missing data file is a usage error', async () => {
		expect((await run(['eval', 'no-such.jsonl'])).code).toBe(2);
	});

	it('--split keeps one split; the labelers’ agreement, the interval and auto-fail are reported', async () => {
		const dir = tempDir();
		const file = join(dir, 'data.jsonl');
		const context = { locale: 'en', channel: 'email', customer: { name: 'Dana Reyes' } };
		const rude = 'This is your own fault. You should have read the instructions.';
		const items = [
			{ id: 'a', split: 'test', reply: 'Thank you, Dana.', tone: [2, 2], fail: [false, false] },
			{ id: 'b', split: 'test', reply: rude, tone: [0, 1], fail: [true, false] },
			{ id: 'c', split: 'train', reply: 'Hi.', tone: [1, 1], fail: [false, false] }
		].map(({ id, split, reply, tone, fail }) =>
			JSON.stringify({
				id,
				split,
				reply,
				...context,
				labels: { tone: tone[0] },
				autoFail: fail[0],
				labelers: {
					a: { tone: tone[0], autoFail: fail[0] },
					b: { tone: tone[1], autoFail: fail[1] }
				}
			})
		);
		writeFileSync(file, items.join('\n'));
		const { code, out } = await run(['eval', file, '--fast', '--split', 'test']);
		expect(code).toBe(0);
		const text = out.join('\n');
		expect(text).toContain('2 items from');
		expect(text).toContain('(split test)');
		const row = out.find((line) => line.startsWith('tone'))!;
		// Engine QWK, its interval, exact agreement, then the labelers' QWK (0 on two items that
		// differ on one: 2/2 and 0/1).
		expect(row).toMatch(/^tone\s+2\s+-?[\d.]+\s+\[[-\d.]+, [-\d.]+\]\s+\d+%\s+[-\d.]+$/);
		expect(text).toMatch(
			/auto-fail: 1 of 2 failed by the labels; scorer precision [\d.]+, recall 1\.00; labelers agree on 1 of 2/
		);
	});
});

describe('dojo fit', () => {
	it('refits on labeled replies, prints agreement now and fitted, and writes a rubric that checks clean and differs only in base and points', async () => {
		const dir = tempDir();
		const packFile = join(repo, 'rubrics/packs/support.yaml');
		const pack = readFileSync(packFile, 'utf8');
		const out = join(dir, 'support-email.yaml');
		const { code, out: lines } = await run([
			'fit',
			'tests/fixtures/replies.jsonl',
			'--rubric',
			'support-email',
			'--channel',
			'email',
			'--fast',
			'--out',
			out
		]);
		expect(code).toBe(0);
		const rows = lines.filter((line) => /^\w+\s+\d+\s+-?[\d.]+\s+-?[\d.]+$/.test(line));
		expect(rows.map((line) => line.split(/\s+/)[0]).sort()).toEqual(
			['clarity', 'empathy', 'next_steps', 'personalization', 'signature', 'tone'].sort()
		);
		// The rubric uses a pack, which is not beside the file written: the command says where it goes.
		expect(lines.join('\n')).toContain(
			`uses the pack "support", which is looked for in ${join(dir, 'packs', 'support.yaml')}`
		);
		mkdirSync(join(dir, 'packs'));
		writeFileSync(join(dir, 'packs', 'support.yaml'), pack);
		expect((await run(['check', out])).code).toBe(0);
		// The fit writes the rubric's own points; the pack, shared with other rubrics, is untouched.
		expect(readFileSync(packFile, 'utf8')).toBe(pack);
		const { parse } = await import('yaml');
		// Besides base and points, the fit may only drop caps (`{ id, cap: null }` overrides).
		const strip = (value: unknown): unknown =>
			Array.isArray(value)
				? value
						.map(strip)
						.filter(
							(item) => !(item && typeof item === 'object' && Object.keys(item).join() === 'id')
						)
				: value && typeof value === 'object'
					? Object.fromEntries(
							Object.entries(value)
								.filter(([key]) => !['points', 'base', 'parts', 'cap'].includes(key))
								.map(([key, item]) => [key, strip(item)])
								.filter(([key, item]) => key !== 'checks' || (item as unknown[]).length)
						)
					: value;
		const before = parse(readFileSync(join(repo, 'rubrics/support-email.yaml'), 'utf8'));
		const after = parse(readFileSync(out, 'utf8'));
		expect(strip(after)).toEqual(strip(before));
		expect(after).not.toEqual(before);
		expect(after.uses).toBe('support');
		// What the file says is what scores: each check's points are those of the rubric's points map.
		const loaded = readRubricFile(out, dir);
		expect(loaded.ok).toBe(true);
		if (!loaded.ok) return;
		for (const entry of after.criteria as { id: string; points?: Record<string, unknown> }[]) {
			const criterion = loaded.rubric.criteria.find((c) => c.id === entry.id)!;
			for (const [id, points] of Object.entries(entry.points ?? {})) {
				const check = criterion.checks.find((k) => k.id === id)!;
				expect(typeof points === 'number' ? check.points : check.parts).toEqual(points);
			}
		}
		// What the file says is what scores: the findings of the rubric as it was, weighed by the
		// base and points the file holds, give the level the written rubric scores, for every reply.
		const { fitColumns, fitRow, fitLevel } = await import('../lib/scoring');
		const original = readRubricFile(join(repo, 'rubrics/support-email.yaml'), repo);
		if (!original.ok) return;
		const { contextFrom } = await import('./context');
		const items = readFileSync(join(repo, 'tests/fixtures/replies.jsonl'), 'utf8')
			.split('\n')
			.filter((line) => line.trim())
			.map((line) => JSON.parse(line))
			.filter((item) => (item.channel ?? 'email') === 'email');
		let compared = 0;
		for (const item of items) {
			const ctx = contextFrom(item, item.reply);
			const before = scoreReply(item.reply, original.rubric, ctx);
			const now = scoreReply(item.reply, loaded.rubric, ctx);
			for (const criterion of original.rubric.criteria) {
				const written = loaded.rubric.criteria.find((c) => c.id === criterion.id)!;
				const columns = fitColumns(criterion);
				const weights = columns.map((column) => {
					const check = written.checks.find((k) => k.id === column.check)!;
					return column.part ? check.parts![column.part]! : check.points;
				});
				const row = fitRow(before, criterion, 0, undefined, columns);
				// A criterion the fit kept as it is keeps its caps, and so its own levels.
				const refitted = columns.every(
					(column) =>
						column.cap === undefined ||
						written.checks.find((k) => k.id === column.check)!.cap === undefined
				);
				const predicted = refitted
					? fitLevel({ base: written.base, weights, strength: 1 }, row, criterion.levels.length - 1)
					: before.criteria[criterion.id]!.level;
				expect({
					id: item.id,
					criterion: criterion.id,
					level: now.criteria[criterion.id]!.level
				}).toEqual({
					id: item.id,
					criterion: criterion.id,
					level: predicted
				});
				compared++;
			}
		}
		expect(compared).toBeGreaterThan(200);
		// Each criterion says what the fit chose: a pull and points, or the rubric kept as it is.
		for (const id of ['clarity', 'empathy', 'next_steps', 'personalization', 'signature', 'tone'])
			expect(lines.join('\n')).toMatch(new RegExp(`  ${id}: (pull|kept as it is)`));
	});

	it('without --rubric it says what it needs', async () => {
		const { code, err } = await run(['fit', 'tests/fixtures/replies.jsonl']);
		expect(code).toBe(2);
		expect(err.join('\n')).toContain('--rubric');
	});
});
