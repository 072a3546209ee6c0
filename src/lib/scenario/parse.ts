import { contentHash, Validator, YamlSource, type Diagnostic } from '../content';
import { CHANNELS, LOCALES } from '../rubric';
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
	diagnostics.push(...source.diagnostics);
	const v = new Validator(source);
	const fm = v.record(source.data ?? {}, [], FIELDS);
	const customer = v.record(fm.customer, ['customer'], ['name', 'persona', 'mood']);
	const agent = v.record(fm.agent, ['agent'], ['name', 'role', 'company', 'contact']);
	const facts = fm.facts === undefined ? {} : v.record(fm.facts, ['facts']);

	const id = v.string(fm.id, ['id']);
	if (id && !ID.test(id)) v.report(['id'], `id "${id}" must be lowercase letters, digits, - or _`);
	if (id && id !== baseName(file))
		v.report(['id'], `id "${id}" must match the file name "${baseName(file)}"`);
	const rubric = v.string(fm.rubric, ['rubric']);
	if (rubric && options.rubrics && !options.rubrics.includes(rubric)) {
		v.report(
			['rubric'],
			`unknown rubric "${rubric}"; rubrics/ has: ${options.rubrics.join(', ') || 'none'}`
		);
	}

	const sections = splitSections(lines, close + 1, report);
	const turns: Turn[] = [];
	const endings: Ending[] = [];
	const models: Record<string, string> = {};
	let knowledge = '';
	for (const s of sections) {
		if (s.kind === 'turn') turns.push(turn(s, report));
		else if (s.kind === 'ending') endings.push(ending(s, report));
		else if (s.kind === 'model') models[s.id] = s.body.join('\n').trim();
		else knowledge = s.body.join('\n').trim();
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
		title: v.string(fm.title, ['title']),
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
			name: v.string(customer.name, ['customer', 'name']),
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
		responseTime: fm.response_time === undefined ? 0 : duration(v, fm.response_time),
		knowledge,
		turns,
		endings,
		models,
		version: contentHash(text)
	};
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
			current = { kind, id, line: i + 1, body: [], bodyLine: i + 2 };
			sections.push(current);
		} else if (current) current.body.push(line);
		else if (line.trim())
			report(i + 1, 1, 'text outside any section; start a section with "## turn <id>"');
	}
	return sections;
}

function turn(s: Section, report: Report): Turn {
	const branches: Branch[] = [];
	const message: string[] = [];
	let subject: string | null = null;
	s.body.forEach((line, i) => {
		const at = s.bodyLine + i;
		const subjectMatch = /^Subject:[ \t]*(.*)$/i.exec(line);
		if (subject === null && subjectMatch && !message.some((l) => l.trim())) {
			subject = subjectMatch[1]!.trim();
			return;
		}
		const b = BRANCH.exec(line);
		if (b) {
			branches.push({
				when: b[1]?.trim() ?? null,
				to: b[2]!,
				line: at,
				column: line.indexOf(b[2]!, line.search(/→|->/)) + 1
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
	return { id: s.id, subject, message: text, branches, line: s.line };
}

function ending(s: Section, report: Report): Ending {
	let outcome = s.id;
	let csat = 3;
	const body: string[] = [];
	s.body.forEach((line, i) => {
		const field = /^(outcome|csat):[ \t]*(.*)$/i.exec(line);
		if (!field) return body.push(line);
		if (field[1]!.toLowerCase() === 'outcome') outcome = field[2]!.trim();
		else {
			const n = Number(field[2]);
			if (!Number.isInteger(n) || n < 1 || n > 5)
				report(s.bodyLine + i, 7, 'csat must be a whole number from 1 to 5');
			else csat = n;
		}
	});
	return { id: s.id, outcome, csat, debrief: body.join('\n').trim(), line: s.line };
}

function checkGraph(turns: Turn[], endings: Ending[], sections: Section[], report: Report): void {
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
	for (const t of turns) {
		for (const b of t.branches) {
			if (!ids.has(b.to))
				report(
					b.line,
					b.column,
					`branch goes to "${b.to}", which is not a turn or ending in this file`
				);
		}
		if (t.branches.length && !t.branches.some((b) => b.when === null)) {
			report(
				t.line,
				1,
				`turn "${t.id}" has no default branch: add "- otherwise → <turn or ending>"`
			);
		}
	}
	for (const s of sections) {
		if (s.kind === 'model' && !turns.some((t) => t.id === s.id))
			report(s.line, 10, `model reply for "${s.id}", which is not a turn`);
	}
}

function duration(v: Validator, value: unknown): number {
	const m = typeof value === 'string' ? /^(\d+(?:\.\d+)?)\s*(s|m|h|d)$/.exec(value.trim()) : null;
	if (!m) {
		v.report(['response_time'], 'response_time is a duration such as "60s", "15m", "4h" or "1d"');
		return 0;
	}
	return Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[m[2] as 's' | 'm' | 'h' | 'd'];
}

function baseName(file: string): string {
	return file.split(/[\\/]/).pop()!.replace(/\.md$/, '');
}
