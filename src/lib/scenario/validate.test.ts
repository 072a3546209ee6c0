import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../cli/check';
import { formatDiagnostic } from '../content';
import { MAX_SHORT, MAX_TEXT } from '../limits';
import { MAX_DEPTH } from './condition';
import { MAX_BRANCHES } from './dead-branches';
import { parseScenario } from './parse';

/** Criteria of rubrics/support-email.yaml as the catalog passes them: id → highest level. */
const criteria = {
	'support-email': { empathy: 3, clarity: 3, next_steps: 3, signature: 3, tone: 3 }
};
const options = { rubrics: ['support-email'], criteria };

/** 11 lines of front matter: the body starts on line 12. */
const frontMatter = (over: Record<string, string> = {}) => {
	const fields: Record<string, string> = {
		id: 'broken',
		title: 'Broken',
		locale: 'en',
		channel: 'email',
		rubric: 'support-email',
		customer: '{ name: Dana, mood: upset }',
		agent: '{ name: Sam, company: Northwind }',
		facts: '{ eta: Friday 14 March, order_id: A-10492 }',
		response_time: '4h',
		...over
	};
	return ['---', ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`), '---'].join('\n');
};

/** `file:line:column: message` for each problem in a scenario. */
function problems(body: string, over?: Record<string, string>): string[] {
	const result = parseScenario('scenarios/broken.md', `${frontMatter(over)}\n${body}`, options);
	return result.diagnostics.map(formatDiagnostic);
}

const endings = `
## ending done
outcome: resolved
csat: 4

Done.
`;

describe('scenario validation', () => {
	it('accepts a valid scenario with branches, nudges and response times', () => {
		const result = parseScenario(
			'scenarios/broken.md',
			`${frontMatter()}
## turn opening
Subject: Help
Nudge: Hello? Anyone there?
Response-Time: 90s

Where is my order?

- if (autoFail or tone < 1) and not autoFail → done
- if empathy >= 2 and mentions eta or mood >= angry -> done
- otherwise → done
${endings}`,
			options
		);
		expect(result.diagnostics).toEqual([]);
		if (!result.ok) return;
		const [turn] = result.scenario.turns;
		expect(turn).toMatchObject({
			subject: 'Help',
			nudge: 'Hello? Anyone there?',
			responseTime: 90,
			message: 'Where is my order?'
		});
		expect(turn!.branches.map((b) => b.condition?.kind ?? null)).toEqual(['and', 'or', null]);
		expect(result.scenario.responseTime).toBe(4 * 3600);
	});

	it('reports an unknown rubric', () => {
		expect(problems('## turn opening\nHi', { rubric: 'nope' })).toEqual([
			'scenarios/broken.md:6:9: unknown rubric "nope"; rubrics/ has: support-email'
		]);
	});

	it('reports an unknown criterion and a level out of range', () => {
		expect(
			problems(`## turn opening
Hi
- if kindness >= 2 → done
- if empathy >= 4 → done
- otherwise → done
${endings}`)
		).toEqual([
			'scenarios/broken.md:14:6: unknown criterion "kindness"; rubric "support-email" has: empathy, clarity, next_steps, signature, tone (or use total, autoFail, mentions, mood)',
			'scenarios/broken.md:15:17: "empathy" has levels 0 to 3; compare it with a whole number in that range, not 4'
		]);
	});

	it('reports a total out of 0..100', () => {
		expect(
			problems(`## turn opening\nHi\n- if total >= 120 → done\n- otherwise → done\n${endings}`)
		).toEqual([
			'scenarios/broken.md:14:15: total runs from 0 to 100; compare it with a number in that range, not 120'
		]);
	});

	it('reports turns and endings that are never reached', () => {
		expect(
			problems(`## turn opening
Hi
- otherwise → done

## turn lost
Anyone?
- otherwise → done
${endings}
## ending orphan
outcome: abandoned
csat: 1

Nobody gets here.
`)
		).toEqual([
			'scenarios/broken.md:16:9: turn "lost" is never reached from the first turn "opening": add a branch to it, or remove it',
			'scenarios/broken.md:26:11: ending "orphan" is never reached from the first turn "opening": add a branch to it, or remove it'
		]);
	});

	it('reports a branch to a missing id', () => {
		expect(
			problems(`## turn opening\nHi\n- if tone < 1 → gone\n- otherwise → done\n${endings}`)
		).toEqual([
			'scenarios/broken.md:14:17: branch goes to "gone", which is not a turn or ending in this file; fix the id or add "## turn gone" or "## ending gone"'
		]);
	});

	it('reports a turn with no default branch', () => {
		expect(problems(`## turn opening\nHi\n- if tone < 1 → done\n${endings}`)).toEqual([
			'scenarios/broken.md:12:1: turn "opening" has no default branch: add "- otherwise → <turn or ending>" as its last branch'
		]);
	});

	it('reports a branch after "otherwise"', () => {
		expect(
			problems(`## turn opening\nHi\n- otherwise → done\n- if tone < 1 → done\n${endings}`)
		).toEqual([
			'scenarios/broken.md:15:1: this branch comes after "- otherwise" and is never taken: move "- otherwise" to the end'
		]);
	});

	it('reports a loop with no way out', () => {
		expect(
			problems(`## turn opening
Hi
- if tone < 1 → done
- otherwise → again

## turn again
Still there?
- otherwise → more

## turn more
Hello?
- otherwise → again
${endings}`)
		).toEqual([
			'scenarios/broken.md:17:9: turn "again" can never reach an ending: its branches only lead around "again", "more"; add a branch from one of them to an ending'
		]);
	});

	it('reports branches with no ending at all', () => {
		expect(
			problems(
				`## turn opening\nHi\n- otherwise → next\n\n## turn next\nAnd?\n- otherwise → opening\n`
			)
		).toEqual([
			'scenarios/broken.md:14:1: the turns branch but there is no ending: add at least one "## ending <id>" with outcome, csat and a debrief'
		]);
	});

	it('accepts turns without branches and without endings (they play in file order)', () => {
		expect(problems('## turn opening\nHi\n\n## turn next\nAnd?\n')).toEqual([]);
	});

	it('reports a last turn without branches when the scenario has endings', () => {
		expect(problems(`## turn opening\nHi\n${endings}`)).toEqual([
			'scenarios/broken.md:12:1: turn "opening" is the last turn and has no branches, so no ending can follow it: add "- otherwise → <ending>"',
			'scenarios/broken.md:15:11: ending "done" is never reached from the first turn "opening": add a branch to it, or remove it'
		]);
	});

	it('reports a fact that is not declared', () => {
		expect(
			problems(`## turn opening\nHi\n- if mentions refund → done\n- otherwise → done\n${endings}`)
		).toEqual([
			'scenarios/broken.md:14:15: "mentions refund": no fact "refund" in the front matter; declare it under facts: or use one of: eta, order_id'
		]);
	});

	it.each(['toString', 'constructor', 'hasOwnProperty'])(
		'reports a fact named like an inherited property, %s, as not declared',
		(fact) => {
			expect(
				problems(
					`## turn opening\nHi\n- if mentions ${fact} → done\n- otherwise → done\n${endings}`
				)
			).toEqual([
				`scenarios/broken.md:14:15: "mentions ${fact}": no fact "${fact}" in the front matter; declare it under facts: or use one of: eta, order_id`
			]);
		}
	);

	it('reports text longer than an attempt and its backup keep, at file:line:col with the limit', () => {
		const long = 'x'.repeat(MAX_TEXT + 1);
		const id = 'a'.repeat(MAX_SHORT + 1);
		const found = problems(
			`## turn ${id}\nSubject: ${long}\n${long}\n- otherwise → done\n## ending done\noutcome: ${'o'.repeat(MAX_SHORT + 1)}\n\n${long}\n## model ${id}\n${long}\n## knowledge\n${long}\n`,
			{ title: 'T'.repeat(623), customer: `{ name: ${'N'.repeat(MAX_SHORT + 1)}, mood: upset }` }
		);
		expect(found).toEqual([
			'scenarios/broken.md:3:8: "title" has 623 characters; at most 500 fit in an attempt and its backup: shorten it',
			'scenarios/broken.md:7:19: "name" has 501 characters; at most 500 fit in an attempt and its backup: shorten it',
			'scenarios/broken.md:12:9: the turn id has 501 characters; at most 500 fit in an attempt and its backup: shorten it',
			`scenarios/broken.md:13:1: the customer message of turn "${id}" has 100,001 characters; at most 100,000 fit in an attempt and its backup: shorten it`,
			'scenarios/broken.md:13:10: "Subject:" has 100,001 characters; at most 100,000 fit in an attempt and its backup: shorten it',
			'scenarios/broken.md:17:1: the debrief of "## ending done" has 100,001 characters; at most 100,000 fit in an attempt and its backup: shorten it',
			'scenarios/broken.md:17:10: "outcome:" has 501 characters; at most 500 fit in an attempt and its backup: shorten it',
			'scenarios/broken.md:20:10: the model id has 501 characters; at most 500 fit in an attempt and its backup: shorten it',
			`scenarios/broken.md:21:1: the model reply of "## model ${id}" has 100,001 characters; at most 100,000 fit in an attempt and its backup: shorten it`,
			'scenarios/broken.md:23:1: the knowledge section of "## knowledge" has 100,001 characters; at most 100,000 fit in an attempt and its backup: shorten it'
		]);
	});

	it('reports bad durations', () => {
		expect(
			problems(`## turn opening\nResponse-Time: soon\n\nHi\n- otherwise → done\n${endings}`, {
				response_time: '4 hours'
			})
		).toEqual([
			'scenarios/broken.md:10:16: response_time is a duration such as "60s", "15m", "4h" or "1d"',
			'scenarios/broken.md:13:16: Response-Time "soon" is not a duration: write one such as "90s", "15m", "4h" or "1d"'
		]);
	});

	it('reports a Nudge without a response time, and headers below the message', () => {
		const body = `## turn opening\nNudge: Hello?\n\nHi\nResponse-Time: 90s\n- otherwise → done\n${endings}`;
		const result = parseScenario(
			'scenarios/broken.md',
			frontMatter().replace('response_time: 4h\n', ''),
			options
		);
		expect(result.diagnostics.length).toBe(1); // no turns; just checking the front matter shape
		expect(
			parseScenario(
				'scenarios/broken.md',
				`${frontMatter().replace('response_time: 4h\n', '')}\n${body}`,
				options
			).diagnostics.map(formatDiagnostic)
		).toEqual([
			// one line less of front matter: the body starts on line 11
			'scenarios/broken.md:12:1: turn "opening" has a Nudge but no response time: add "Response-Time: 90s" to the turn or "response_time" to the front matter',
			`scenarios/broken.md:15:1: "Response-Time:" must come before the customer's message, next to "Subject:" at the top of the turn`
		]);
	});

	it('reports bad condition syntax at the column of the mistake', () => {
		expect(
			problems(`## turn opening
Hi
- if empathy 2 → done
- if (tone < 1 → done
- if not tone < 1 → done
- if mood >= furious → done
- otherwise → done
${endings}`)
		).toEqual([
			'scenarios/broken.md:14:14: expected a comparison (< <= > >= = !=) after "empathy", found "2"',
			'scenarios/broken.md:15:15: missing ")" to close the "(" at column 6',
			'scenarios/broken.md:16:10: "not" only goes before autoFail ("not autoFail"); for a criterion, flip the comparison instead (e.g. "tone < 2")',
			'scenarios/broken.md:17:14: expected a mood (calm, neutral, upset, angry) after "mood >=", found "furious"'
		]);
	});

	it('reports a condition of 100,000 nested parentheses at the first one too deep', () => {
		const deep = `${'('.repeat(100_000)}tone < 1${')'.repeat(100_000)}`;
		expect(
			problems(`## turn opening\nHi\n- if ${deep} → done\n- otherwise → done\n${endings}`)
		).toEqual([
			`scenarios/broken.md:14:${6 + MAX_DEPTH}: parentheses nest more than ${MAX_DEPTH} deep here; write the condition with fewer levels`
		]);
	});

	it(`reports a turn of more than ${MAX_BRANCHES} branches at the first one too many, and judges none of them`, () => {
		// Each branch narrower than the one before: all dead, none reported past the cap.
		const branches = Array.from({ length: 20_000 }, (_, i) => `- if total >= ${i % 100} → done`);
		expect(
			problems(`## turn opening\nHi\n${branches.join('\n')}\n- otherwise → done\n${endings}`)
		).toEqual([
			`scenarios/broken.md:${14 + MAX_BRANCHES}:1: a turn has at most ${MAX_BRANCHES} branches and this is branch ${MAX_BRANCHES + 1} of 20001; split the turn into several, or merge branches that go to the same place`
		]);
	});

	it('reports every problem of a file at once, in file order', () => {
		const file = 'tests/fixtures/scenarios/broken/many-problems.md';
		const text = readFileSync(join(process.cwd(), file), 'utf8');
		const result = parseScenario(file, text, options);
		expect(result.diagnostics.map(formatDiagnostic)).toEqual(MANY);
	});

	it('dojo check prints them all with file:line:column', () => {
		const out: string[] = [];
		const err: string[] = [];
		const code = check(['tests/fixtures/scenarios/broken/many-problems.md'], {
			out: (t) => out.push(t),
			err: (t) => err.push(t),
			cwd: process.cwd(),
			stdin: async () => ''
		});
		expect(code).toBe(1);
		// Only the places: the live rubric may gain criteria, which the message lists.
		const at = (lines: string[]) => lines.map((l) => l.split(': ')[0]);
		expect(at(out)).toEqual(at(MANY));
		expect(err).toEqual([`${MANY.length} problems in 1 of 1 files.`]);
	});
});

describe('branches that are never taken', () => {
	const file = 'tests/fixtures/scenarios/broken/dead-branches.md';
	const D = file;
	const DEAD = [
		`${D}:17:6: this branch is never taken: every reply that meets "total >= 70" is taken first by the earlier branch on line 16 ("if total >= 40"); put the narrower branch first, or change the conditions so that they do not overlap this way`,
		`${D}:25:6: this branch is never taken: every reply that meets "tone = 0" is taken first by the earlier branch on line 24 ("if autoFail or tone < 1"); put the narrower branch first, or change the conditions so that they do not overlap this way`,
		`${D}:34:6: this branch is never taken: the branch on line 33 ("if total >= 0 or autoFail") holds for every reply, so it is always taken first; narrow its condition, or make it "- otherwise → fourth" and remove the branches after it`,
		`${D}:43:6: this branch is never taken: every reply that meets "total >= 80" is taken first by the earlier branches on lines 41 and 42 ("if mood >= upset", "if mood <= neutral and total >= 70"); put the narrower branch first, or change the conditions so that they do not overlap this way`,
		`${D}:45:3: "otherwise" is never taken: the branches on lines 41, 42 and 44 already take every reply; make the last of them "- otherwise → fifth", or narrow a condition so that some reply is left for "otherwise"`,
		`${D}:51:6: this branch is never taken: no reply can meet "empathy >= 2 and empathy < 1"; fix the comparison so that some reply can`,
		`${D}:52:6: this branch is never taken: no reply can meet "tone > 3"; fix the comparison so that some reply can`
	];

	it('reports each one at its condition, with the branch that takes its replies', () => {
		const text = readFileSync(join(process.cwd(), file), 'utf8');
		expect(parseScenario(file, text, options).diagnostics.map(formatDiagnostic)).toEqual(DEAD);
	});

	it('dojo check reports them and fails', () => {
		const out: string[] = [];
		const err: string[] = [];
		const code = check([file], {
			out: (t) => out.push(t),
			err: (t) => err.push(t),
			cwd: process.cwd(),
			stdin: async () => ''
		});
		expect(code).toBe(1);
		expect(out).toEqual(DEAD);
		expect(err).toEqual([`${DEAD.length} problems in 1 of 1 files.`]);
	});

	it('leaves overlapping branches alone when some reply still reaches each', () => {
		expect(
			problems(`## turn opening
Hi
- if total >= 70 → done
- if total >= 40 → next
- if autoFail or tone < 1 → done
- if tone = 1 and mentions eta → next
- if (empathy < 1 or clarity < 1) and not autoFail → done
- if mood = angry → done
- otherwise → next

## turn next
And?
- if total < 40 → done
- if mood = angry → done
- if not autoFail → done
- otherwise → done
${endings}`)
		).toEqual([]);
	});

	it('says nothing more about a branch whose condition already has an error', () => {
		expect(
			problems(`## turn opening
Hi
- if warmth >= 2 → done
- if warmth >= 3 → done
- if empathy >= 2 and empathy < → done
- otherwise → done
${endings}`).map((p) => p.split(': ')[1])
		).toEqual([
			'unknown criterion "warmth"; rubric "support-email" has',
			'unknown criterion "warmth"; rubric "support-email" has',
			'expected a number after "empathy <"'
		]);
	});

	it('allows any level when the rubric is not known', () => {
		const result = parseScenario(
			'scenarios/broken.md',
			`${frontMatter()}\n## turn opening\nHi\n- if tone > 3 → done\n- otherwise → done\n${endings}`
		);
		expect(result.diagnostics).toEqual([]);
	});
});

const F = 'tests/fixtures/scenarios/broken/many-problems.md';
const MANY = [
	`${F}:2:5: id "broken-many" must match the file name "many-problems"`,
	`${F}:13:16: Response-Time "ninety" is not a duration: write one such as "90s", "15m", "4h" or "1d"`,
	`${F}:17:6: unknown criterion "warmth"; rubric "support-email" has: empathy, clarity, next_steps, signature, tone (or use total, autoFail, mentions, mood)`,
	`${F}:18:15: "mentions tracking": no fact "tracking" in the front matter; declare it under facts: or use one of: eta`,
	`${F}:19:17: expected a number after "empathy >=", found "high"`,
	`${F}:20:17: branch goes to "nowhere", which is not a turn or ending in this file; fix the id or add "## turn nowhere" or "## ending nowhere"`,
	`${F}:23:1: turn "stuck" has no default branch: add "- otherwise → <turn or ending>" as its last branch`,
	`${F}:23:9: turn "stuck" can never reach an ending: its branches only lead around "stuck"; add a branch from one of them to an ending`,
	`${F}:28:9: turn "island" is never reached from the first turn "opening": add a branch to it, or remove it`
];
