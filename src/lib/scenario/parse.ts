import { contentHash, tooLong, Validator, YamlSource, type Diagnostic } from '../content';
import { MAX_SHORT, MAX_TEXT } from '../limits';
import { CHANNELS, LOCALES } from '../rubric';
import { clauses, parseCondition, type Condition } from './condition';
import { reportDeadBranches, type WrittenBranch } from './dead-branches';
import { END, successors } from './graph';
import { MOODS, type Branch, type Ending, type Scenario, type Turn } from './types';

const FIELDS = [
	'id',
	'title',
	'summary',
	'locale',
	'channel',
	'rubric',
	'difficulty',
	'skills',
	'minutes',
	'tags',
	'exam',
	'customer',
	'agent',
	'facts',
	'response_time'
];
const SECTION = /^##[ \t]+(turn|ending|knowledge|model)\b[ \t]*([^\s]*)[ \t]*$/;
const BRANCH = /^[-*][ \t]+(?:if[ \t]+(.+?)|otherwise)[ \t]*(?:→|->)[ \t]*([\w-]+)[ \t]*$/;
const ID = /^[a-z][a-z0-9_-]*$/;

export type ScenarioParse =
	| { ok: true; scenario: Scenario; diagnostics: [] }
	| { ok: false; id: string; title: string; diagnostics: Diagnostic[] };

export interface ParseOptions {
	/** Rubric ids that exist, to catch a scenario pointing at a missing one. */
	rubrics?: readonly string[];
	/**
	 * The criteria of each rubric that loaded: rubric id → criterion id → highest level. Branch
	 * conditions naming a criterion are checked against it; a rubric missing here (or no option)
	 * skips that check.
	 */
	criteria?: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** Parses one scenario file: YAML front matter, then `## turn`, `## ending`, `## knowledge`, `## model` sections. */
export function parseScenario(
	file: string,
	text: string,
	options: ParseOptions = {}
): ScenarioParse {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const diagnostics: Diagnostic[] = [];
	const report = (line: number, column: number, message: string) =>
		diagnostics.push({ file, line, column, message });

	if (lines[0]?.trim() !== '---') {
		report(
			1,
			1,
			'a scenario starts with a "---" line, then its front matter (id, title, ...), then another "---"'
		);
		return { ok: false, id: baseName(file), title: baseName(file), diagnostics };
	}
	const close = lines.indexOf('---', 1);
	if (close < 0) {
		report(1, 1, 'the front matter is never closed: add a "---" line after it');
		return { ok: false, id: baseName(file), title: baseName(file), diagnostics };
	}
	const source = new YamlSource(file, lines.slice(1, close).join('\n'), 1);
	const yamlProblems = source.diagnostics.length;
	const v = new Validator(source);
	const fm = v.record(source.data ?? {}, [], FIELDS);
	const customer = v.record(fm.customer, ['customer'], ['name', 'persona', 'mood']);
	const agent = v.record(fm.agent, ['agent'], ['name', 'role', 'company', 'contact']);
	const facts = fm.facts === undefined ? {} : v.record(fm.facts, ['facts']);

	const id = v.string(fm.id, ['id'], { max: MAX_SHORT });
	if (id && !ID.test(id)) v.report(['id'], `id "${id}" must be lowercase letters, digits, - or _`);
	if (id && id !== baseName(file))
		v.report(['id'], `id "${id}" must match the file name "${baseName(file)}"`);
	const rubric = v.string(fm.rubric, ['rubric'], { max: MAX_SHORT });
	if (rubric && options.rubrics && !options.rubrics.includes(rubric)) {
		v.report(
			['rubric'],
			`unknown rubric "${rubric}"; rubrics/ has: ${options.rubrics.join(', ') || 'none'}`
		);
	}

	const responseTime = fm.response_time === undefined ? 0 : duration(v, fm.response_time);
	const ctx: TurnContext = {
		criteria: (rubric && options.criteria?.[rubric]) || null,
		rubric,
		facts,
		responseTime,
		frontMatterRead: source.data !== undefined
	};
	const sections = splitSections(lines, close + 1, report);
	const turns: Turn[] = [];
	const endings: Ending[] = [];
	const models: Record<string, string> = {};
	let knowledge = '';
	for (const s of sections) {
		if (s.kind === 'turn') turns.push(turn(s, report, ctx));
		else if (s.kind === 'ending') endings.push(ending(s, report));
		else if (s.kind === 'model') models[s.id] = sectionText(s, 'the model reply', report);
		else knowledge = sectionText(s, 'the knowledge section', report);
	}
	if (!turns.length)
		report(
			close + 2,
			1,
			'a scenario needs at least one "## turn <id>" section with the customer\'s first message'
		);
	checkGraph(turns, endings, sections, report);

	const scenario: Scenario = {
		id,
		file,
		title: v.string(fm.title, ['title'], { max: MAX_SHORT }),
		summary: v.string(fm.summary, ['summary'], { optional: true }),
		locale: v.oneOf(fm.locale, ['locale'], LOCALES, 'en'),
		channel: v.oneOf(fm.channel, ['channel'], CHANNELS, 'email'),
		rubric,
		difficulty: v.number(fm.difficulty ?? 1, ['difficulty'], {
			min: 1,
			max: 3,
			integer: true,
			fallback: 1
		}) as 1 | 2 | 3,
		skills: v.strings(fm.skills, ['skills'], { optional: true }),
		minutes: v.number(fm.minutes ?? 10, ['minutes'], { min: 1, max: 240, fallback: 10 }),
		tags: v.strings(fm.tags, ['tags'], { optional: true }),
		exam: fm.exam === undefined ? false : fm.exam === true,
		customer: {
			name: v.string(customer.name, ['customer', 'name'], { max: MAX_SHORT }),
			persona: v.string(customer.persona, ['customer', 'persona'], { optional: true }),
			mood: v.oneOf(customer.mood ?? 'neutral', ['customer', 'mood'], MOODS, 'neutral')
		},
		agent: {
			name: v.string(agent.name, ['agent', 'name']),
			role: v.string(agent.role, ['agent', 'role'], { optional: true }),
			company: v.string(agent.company, ['agent', 'company']),
			contact: v.strings(agent.contact, ['agent', 'contact'], { optional: true })
		},
		facts: Object.fromEntries(
			Object.entries(facts).map(([k, value]) => [k, v.string(value, ['facts', k])])
		),
		responseTime,
		knowledge,
		turns,
		endings,
		models,
		version: contentHash(text)
	};
	// Front matter problems (YAML syntax and fields) are collected by the YamlSource. When the YAML
	// could not be read, only its own problems count: every field would just be "found nothing".
	diagnostics.push(
		...source.diagnostics.slice(0, source.data === undefined ? yamlProblems : undefined)
	);
	diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
	return diagnostics.length
		? { ok: false, id: id || baseName(file), title: scenario.title || baseName(file), diagnostics }
		: { ok: true, scenario, diagnostics: [] };
}

interface Section {
	kind: 'turn' | 'ending' | 'knowledge' | 'model';
	id: string;
	line: number;
	body: string[];
	/** 1-based line number of body[0]. */
	bodyLine: number;
	/** 1-based column of the id in the heading. */
	idColumn: number;
}

type Report = (line: number, column: number, message: string) => void;

function splitSections(lines: string[], from: number, report: Report): Section[] {
	const sections: Section[] = [];
	let current: Section | null = null;
	for (let i = from; i < lines.length; i++) {
		const line = lines[i]!;
		if (line.startsWith('## ')) {
			const m = SECTION.exec(line);
			if (!m) {
				report(
					i + 1,
					1,
					'unknown section: use "## turn <id>", "## ending <id>", "## model <turn id>" or "## knowledge"'
				);
				current = null;
				continue;
			}
			const kind = m[1] as Section['kind'];
			const id = m[2] ?? '';
			if (kind !== 'knowledge' && !ID.test(id)) {
				report(
					i + 1,
					4 + kind.length,
					`"## ${kind}" needs an id of lowercase letters, digits, - or _`
				);
			}
			const idColumn = id ? line.indexOf(id, 3 + kind.length) + 1 : 4;
			const long = tooLong(`the ${kind} id`, id, MAX_SHORT);
			if (long) report(i + 1, idColumn, long);
			current = { kind, id, line: i + 1, body: [], bodyLine: i + 2, idColumn };
			sections.push(current);
		} else if (current) current.body.push(line);
		else if (line.trim())
			report(i + 1, 1, 'text outside any section; start a section with "## turn <id>"');
	}
	return sections;
}

/** What turn parsing needs from the front matter to check conditions. */
interface TurnContext {
	/** Criterion id → highest level, or null when the rubric's criteria are not known. */
	criteria: Record<string, number> | null;
	rubric: string;
	facts: Record<string, unknown>;
	/** The scenario's response_time in seconds. */
	responseTime: number;
	/** False when the YAML could not be read: what it declares is unknown, so it is not held against the turns. */
	frontMatterRead: boolean;
}

const HEADER = /^(Subject|Nudge|Response-Time):[ \t]*(.*)$/i;

function turn(s: Section, report: Report, ctx: TurnContext): Turn {
	const branches: Branch[] = [];
	const written: WrittenBranch[] = [];
	const message: string[] = [];
	let subject: string | null = null;
	let nudge: string | null = null;
	let responseTime: number | null = null;
	let nudgeLine = 0;
	s.body.forEach((line, i) => {
		const at = s.bodyLine + i;
		const header = HEADER.exec(line);
		if (header) {
			const name = header[1]!.toLowerCase();
			const value = header[2]!.trim();
			const valueColumn = line.length - header[2]!.length + 1;
			const early = !message.some((l) => l.trim());
			const long = tooLong(`"${header[1]}:"`, value, MAX_TEXT);
			if (long) report(at, valueColumn, long);
			if (name === 'subject' && subject === null && early) {
				subject = value;
				return;
			}
			if (name !== 'subject') {
				const label = name === 'nudge' ? 'Nudge' : 'Response-Time';
				if (!early) {
					report(
						at,
						1,
						`"${label}:" must come before the customer's message, next to "Subject:" at the top of the turn`
					);
					return;
				}
				if ((name === 'nudge' ? nudge : responseTime) !== null) {
					report(at, 1, `"${label}:" is given twice in turn "${s.id}"; keep one`);
					return;
				}
				if (name === 'nudge') {
					if (!value)
						report(at, valueColumn, '"Nudge:" needs the follow-up message the customer sends');
					nudge = value;
					nudgeLine = at;
				} else {
					const seconds = parseDuration(value);
					if (seconds === null)
						report(
							at,
							valueColumn,
							`Response-Time "${value}" is not a duration: write one such as "90s", "15m", "4h" or "1d"`
						);
					responseTime = seconds ?? 0;
				}
				return;
			}
		}
		const b = BRANCH.exec(line);
		if (b) {
			const arrow = line.search(/→|->/);
			const branch: Branch = {
				when: b[1]?.trim() ?? null,
				condition: null,
				to: b[2]!,
				line: at,
				column: line.indexOf(b[2]!, arrow) + 1
			};
			// Where the condition (or the word "otherwise") starts.
			const offset = /^[-*][ \t]+(?:if[ \t]+)?/.exec(line)![0].length + 1;
			let checked: Condition | null | undefined = null;
			if (b[1] !== undefined) {
				const parsed = parseCondition(b[1], offset);
				checked = undefined;
				if (!parsed.ok) report(at, parsed.error.column, parsed.error.message);
				else {
					branch.condition = parsed.condition;
					if (checkNames(parsed.condition, at, ctx, report)) checked = parsed.condition;
				}
			}
			branches.push(branch);
			written.push({
				when: branch.when,
				condition: checked,
				to: branch.to,
				line: at,
				column: offset
			});
			return;
		}
		if (/^[-*][ \t]+(if\b|otherwise\b)/.test(line)) {
			report(
				at,
				1,
				'a branch reads "- if <condition> → <turn or ending>" or "- otherwise → <turn or ending>"'
			);
			return;
		}
		message.push(line);
	});
	const text = message.join('\n').trim();
	if (!text) report(s.line, 1, `turn "${s.id}" has no customer message`);
	const long = tooLong(`the customer message of turn "${s.id}"`, text, MAX_TEXT);
	if (long) report(s.bodyLine, 1, long);
	reportDeadBranches(written, (criterion) => ctx.criteria?.[criterion], report);
	const seconds = responseTime ?? ctx.responseTime;
	if (nudge !== null && !seconds && ctx.frontMatterRead)
		report(
			nudgeLine,
			1,
			`turn "${s.id}" has a Nudge but no response time: add "Response-Time: 90s" to the turn or "response_time" to the front matter`
		);
	return { id: s.id, subject, message: text, nudge, responseTime: seconds, branches, line: s.line };
}

/**
 * Checks the names a condition uses against the rubric's criteria and the scenario's facts;
 * false when it reported a problem.
 */
function checkNames(c: Condition, line: number, ctx: TurnContext, report: Report): boolean {
	let ok = true;
	const fail: Report = (...args) => {
		ok = false;
		report(...args);
	};
	for (const clause of clauses(c)) {
		if (clause.kind === 'criterion' && ctx.criteria) {
			const max = ctx.criteria[clause.criterion];
			const known = Object.keys(ctx.criteria);
			if (max === undefined)
				fail(
					line,
					clause.column,
					`unknown criterion "${clause.criterion}"; rubric "${ctx.rubric}" has: ${known.join(', ')} (or use total, autoFail, mentions, mood)`
				);
			else if (!Number.isInteger(clause.level) || clause.level < 0 || clause.level > max)
				fail(
					line,
					clause.levelColumn,
					`"${clause.criterion}" has levels 0 to ${max}; compare it with a whole number in that range, not ${clause.level}`
				);
		} else if (clause.kind === 'total' && (clause.value < 0 || clause.value > 100))
			fail(
				line,
				clause.valueColumn,
				`total runs from 0 to 100; compare it with a number in that range, not ${clause.value}`
			);
		else if (clause.kind === 'mentions' && !Object.hasOwn(ctx.facts, clause.fact)) {
			const known = Object.keys(ctx.facts);
			fail(
				line,
				clause.column,
				`"mentions ${clause.fact}": no fact "${clause.fact}" in the front matter; declare it under facts: or use one of: ${known.join(', ') || 'none (add a facts: mapping)'}`
			);
		}
	}
	return ok;
}

function ending(s: Section, report: Report): Ending {
	let outcome = s.id;
	let csat = 3;
	const body: string[] = [];
	s.body.forEach((line, i) => {
		const field = /^(outcome|csat):[ \t]*(.*)$/i.exec(line);
		if (!field) return body.push(line);
		if (field[1]!.toLowerCase() === 'outcome') {
			outcome = field[2]!.trim();
			const long = tooLong('"outcome:"', outcome, MAX_SHORT);
			if (long) report(s.bodyLine + i, line.length - field[2]!.length + 1, long);
		} else {
			const n = Number(field[2]);
			if (!Number.isInteger(n) || n < 1 || n > 5)
				report(s.bodyLine + i, 7, 'csat must be a whole number from 1 to 5');
			else csat = n;
		}
	});
	return {
		id: s.id,
		outcome,
		csat,
		debrief: sectionText(s, 'the debrief', report, body),
		line: s.line
	};
}

/** A section's text, trimmed; reported when longer than an attempt keeps. */
function sectionText(s: Section, what: string, report: Report, body = s.body): string {
	const text = body.join('\n').trim();
	const long = tooLong(`${what} of "## ${s.kind}${s.id ? ` ${s.id}` : ''}"`, text, MAX_TEXT);
	if (long) report(s.bodyLine, 1, long);
	return text;
}

function checkGraph(turns: Turn[], endings: Ending[], sections: Section[], report: Report): void {
	const column = new Map<string, number>();
	for (const s of sections)
		if (!column.has(`${s.kind}:${s.id}`)) column.set(`${s.kind}:${s.id}`, s.idColumn);
	const at = (kind: 'turn' | 'ending', node: { id: string }) =>
		column.get(`${kind}:${node.id}`) ?? 4;

	const ids = new Map<string, number>();
	for (const node of [...turns, ...endings]) {
		if (ids.has(node.id))
			report(
				node.line,
				4,
				`"${node.id}" is defined twice (first on line ${ids.get(node.id)}); ids must be unique`
			);
		ids.set(node.id, node.line);
	}
	for (const [i, t] of turns.entries()) {
		for (const b of t.branches) {
			if (!ids.has(b.to))
				report(
					b.line,
					b.column,
					`branch goes to "${b.to}", which is not a turn or ending in this file; fix the id or add "## turn ${b.to}" or "## ending ${b.to}"`
				);
		}
		const fallback = t.branches.findIndex((b) => b.when === null);
		if (t.branches.length && fallback < 0) {
			report(
				t.line,
				1,
				`turn "${t.id}" has no default branch: add "- otherwise → <turn or ending>" as its last branch`
			);
		}
		const after = fallback >= 0 ? t.branches[fallback + 1] : undefined;
		if (after)
			report(
				after.line,
				1,
				'this branch comes after "- otherwise" and is never taken: move "- otherwise" to the end'
			);
		if (!t.branches.length && i === turns.length - 1 && endings.length)
			report(
				t.line,
				1,
				`turn "${t.id}" is the last turn and has no branches, so no ending can follow it: add "- otherwise → <ending>"`
			);
	}
	const firstBranch = turns.flatMap((t) => t.branches)[0];
	if (firstBranch && !endings.length)
		report(
			firstBranch.line,
			1,
			'the turns branch but there is no ending: add at least one "## ending <id>" with outcome, csat and a debrief'
		);

	// Reachability from the first turn.
	const index = new Map(turns.map((t, i) => [t.id, i]));
	const next = (id: string) => {
		const i = index.get(id);
		return i === undefined ? [] : successors(turns, i);
	};
	const reached = new Set<string>();
	const queue = turns.length ? [turns[0]!.id] : [];
	while (queue.length) {
		const id = queue.pop()!;
		if (reached.has(id)) continue;
		reached.add(id);
		queue.push(...next(id));
	}
	for (const t of turns.slice(1))
		if (!reached.has(t.id))
			report(
				t.line,
				at('turn', t),
				`turn "${t.id}" is never reached from the first turn "${turns[0]!.id}": add a branch to it, or remove it`
			);
	for (const e of endings)
		if (!reached.has(e.id))
			report(
				e.line,
				at('ending', e),
				`ending "${e.id}" is never reached from the first turn "${turns[0]?.id ?? ''}": add a branch to it, or remove it`
			);

	// Loops with no way out: reachable turns from which no ending (nor the implicit end) is reachable.
	if (!endings.length && firstBranch) return;
	// Walked backwards from the exits, so that a long chain of turns costs one pass, not one per turn.
	const before = new Map<string, string[]>();
	for (const [i, t] of turns.entries())
		for (const to of successors(turns, i)) {
			if (!before.has(to)) before.set(to, []);
			before.get(to)!.push(t.id);
		}
	const escapes = new Set<string>();
	const back = [...endings.map((e) => e.id), END];
	while (back.length)
		for (const from of before.get(back.pop()!) ?? [])
			if (!escapes.has(from)) {
				escapes.add(from);
				back.push(from);
			}
	const covered = new Set<string>();
	for (const t of turns) {
		if (!reached.has(t.id) || escapes.has(t.id) || covered.has(t.id)) continue;
		const loop: string[] = [];
		const stack = [t.id];
		while (stack.length) {
			const id = stack.pop()!;
			if (covered.has(id) || !index.has(id)) continue;
			covered.add(id);
			loop.push(id);
			stack.push(...next(id));
		}
		if (t.branches.length && t.branches.every((b) => !ids.has(b.to))) continue; // already reported as missing ids
		report(
			t.line,
			at('turn', t),
			`turn "${t.id}" can never reach an ending: its branches only lead around ${loop.map((id) => `"${id}"`).join(', ')}; add a branch from one of them to an ending`
		);
	}
	for (const s of sections) {
		if (s.kind === 'model' && !turns.some((t) => t.id === s.id))
			report(s.line, 10, `model reply for "${s.id}", which is not a turn`);
	}
}

const UNITS = { s: 1, m: 60, h: 3600, d: 86400 } as const;

/** Seconds in a duration such as "90s", "15m", "4h" or "1d"; null when it is not one. */
export function parseDuration(text: string): number | null {
	const m = /^(\d+(?:\.\d+)?)\s*(s|m|h|d)$/.exec(text.trim());
	return m ? Number(m[1]) * UNITS[m[2] as keyof typeof UNITS] : null;
}

function duration(v: Validator, value: unknown): number {
	const seconds = typeof value === 'string' ? parseDuration(value) : null;
	if (seconds === null) {
		v.report(['response_time'], 'response_time is a duration such as "60s", "15m", "4h" or "1d"');
		return 0;
	}
	return seconds;
}

function baseName(file: string): string {
	return file.split(/[\\/]/).pop()!.replace(/\.md$/, '');
}
