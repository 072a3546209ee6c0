import { MOODS, type Mood } from './types';

/**
 * Branch conditions: `- if <condition> → <id>`. The grammar, exactly:
 *
 *     condition := or
 *     or        := and ("or" and)*
 *     and       := atom ("and" atom)*
 *     atom      := "(" condition ")" | clause
 *     clause    := <criterion> <op> <level> | "total" <op> <0-100> | "autoFail" | "not autoFail"
 *                | "mentions" <fact key> | "mood" <op> <calm|neutral|upset|angry>
 *     op        := "<" | "<=" | ">" | ">=" | "=" | "!="
 *
 * Parsing is pure syntax; names (criteria, facts) are checked by the scenario parser, which knows
 * the rubric and the facts.
 */

export const OPS = ['<', '<=', '>', '>=', '=', '!='] as const;
export type Op = (typeof OPS)[number];

/** Where a piece of a condition was written: 1-based column in the branch line. */
export interface At {
	column: number;
}

export type Condition = { kind: 'and' | 'or'; items: Condition[] } | Clause;

export type Clause =
	| ({ kind: 'criterion'; criterion: string; op: Op; level: number; levelColumn: number } & At)
	| ({ kind: 'total'; op: Op; value: number; valueColumn: number } & At)
	| ({ kind: 'autoFail'; negated: boolean } & At)
	| ({ kind: 'mentions'; fact: string } & At)
	| ({ kind: 'mood'; op: Op; mood: Mood } & At);

export interface ConditionError {
	/** 1-based column in the branch line (when the text started at `offset`). */
	column: number;
	message: string;
}

export type ConditionParse =
	{ ok: true; condition: Condition } | { ok: false; error: ConditionError };

interface Token {
	kind: 'word' | 'number' | 'op' | '(' | ')';
	text: string;
	column: number;
}

/** Deepest nesting of parentheses; the parser and every walk over a condition recurse once per level. */
export const MAX_DEPTH = 32;

const TOKEN = /\s*(?:(<=|>=|!=|<|>|=)|(\()|(\))|(-?\d+(?:\.\d+)?)(?![\w.])|([A-Za-z_][\w-]*))/y;

class SyntaxFail extends Error {
	constructor(
		readonly column: number,
		message: string
	) {
		super(message);
	}
}

function tokenize(text: string, offset: number): Token[] {
	const tokens: Token[] = [];
	let i = 0;
	while (i < text.length) {
		if (/^\s*$/.test(text.slice(i))) break;
		TOKEN.lastIndex = i;
		const m = TOKEN.exec(text);
		if (!m) {
			const at = i + (text.slice(i).length - text.slice(i).trimStart().length);
			throw new SyntaxFail(
				offset + at,
				`unexpected "${text[at]}" in the condition; use words, numbers, parentheses and < <= > >= = !=`
			);
		}
		const start = m.index + m[0].length - m[0].trimStart().length;
		const column = offset + start;
		if (m[1]) tokens.push({ kind: 'op', text: m[1], column });
		else if (m[2]) tokens.push({ kind: '(', text: '(', column });
		else if (m[3]) tokens.push({ kind: ')', text: ')', column });
		else if (m[4]) tokens.push({ kind: 'number', text: m[4], column });
		else tokens.push({ kind: 'word', text: m[5]!, column });
		i = TOKEN.lastIndex;
	}
	return tokens;
}

/**
 * Parses a condition. `offset` is the 1-based column of `text[0]` in its line, so errors point
 * at the right column of the file.
 */
export function parseCondition(text: string, offset = 1): ConditionParse {
	try {
		const tokens = tokenize(text, offset);
		const end = offset + text.trimEnd().length;
		if (!tokens.length)
			throw new SyntaxFail(offset, 'the condition is empty: write one after "if"');
		let pos = 0;
		const peek = () => tokens[pos];
		const where = () => peek()?.column ?? end;
		const isWord = (t: Token | undefined, w: string) =>
			t?.kind === 'word' && t.text.toLowerCase() === w.toLowerCase();

		const or = (): Condition => {
			const items = [and()];
			while (isWord(peek(), 'or')) {
				pos++;
				items.push(and());
			}
			return items.length === 1 ? items[0]! : { kind: 'or', items };
		};
		const and = (): Condition => {
			const items = [atom()];
			while (isWord(peek(), 'and')) {
				pos++;
				items.push(atom());
			}
			return items.length === 1 ? items[0]! : { kind: 'and', items };
		};
		const op = (after: string): Op => {
			const t = peek();
			if (t?.kind !== 'op')
				throw new SyntaxFail(
					where(),
					`expected a comparison (< <= > >= = !=) after "${after}"${t ? `, found "${t.text}"` : ''}`
				);
			pos++;
			return t.text as Op;
		};
		const number = (after: string): Token => {
			const t = peek();
			if (t?.kind !== 'number')
				throw new SyntaxFail(
					where(),
					`expected a number after "${after}"${t ? `, found "${t.text}"` : ''}`
				);
			pos++;
			return t;
		};
		let depth = 0;
		const atom = (): Condition => {
			const t = peek();
			if (!t) throw new SyntaxFail(end, 'the condition ends too early: something is missing here');
			if (t.kind === '(') {
				if (++depth > MAX_DEPTH)
					throw new SyntaxFail(
						t.column,
						`parentheses nest more than ${MAX_DEPTH} deep here; write the condition with fewer levels`
					);
				pos++;
				const inner = or();
				depth--;
				if (peek()?.kind !== ')')
					throw new SyntaxFail(
						where(),
						peek()
							? `expected "and", "or" or ")", found "${peek()!.text}"`
							: 'missing ")" to close the "(" at column ' + t.column
					);
				pos++;
				return inner;
			}
			if (t.kind !== 'word')
				throw new SyntaxFail(
					t.column,
					`expected a clause (a criterion, total, autoFail, mentions or mood), found "${t.text}"`
				);
			pos++;
			const word = t.text;
			const lower = word.toLowerCase();
			if (lower === 'and' || lower === 'or')
				throw new SyntaxFail(t.column, `"${word}" needs a clause before it`);
			if (lower === 'autofail') return { kind: 'autoFail', negated: false, column: t.column };
			if (lower === 'not') {
				if (!isWord(peek(), 'autoFail'))
					throw new SyntaxFail(
						where(),
						'"not" only goes before autoFail ("not autoFail"); for a criterion, flip the comparison instead (e.g. "tone < 2")'
					);
				pos++;
				return { kind: 'autoFail', negated: true, column: t.column };
			}
			if (lower === 'mentions') {
				const fact = peek();
				if (fact?.kind !== 'word')
					throw new SyntaxFail(where(), '"mentions" needs a fact key, e.g. "mentions eta"');
				pos++;
				return { kind: 'mentions', fact: fact.text, column: fact.column };
			}
			if (lower === 'mood') {
				const o = op('mood');
				const m = peek();
				if (m?.kind !== 'word' || !MOODS.includes(m.text as Mood))
					throw new SyntaxFail(
						where(),
						`expected a mood (${MOODS.join(', ')}) after "mood ${o}"${m ? `, found "${m.text}"` : ''}`
					);
				pos++;
				return { kind: 'mood', op: o, mood: m.text as Mood, column: t.column };
			}
			if (lower === 'total') {
				const o = op('total');
				const n = number(`total ${o}`);
				return {
					kind: 'total',
					op: o,
					value: Number(n.text),
					valueColumn: n.column,
					column: t.column
				};
			}
			const o = op(word);
			const n = number(`${word} ${o}`);
			return {
				kind: 'criterion',
				criterion: word,
				op: o,
				level: Number(n.text),
				levelColumn: n.column,
				column: t.column
			};
		};

		const condition = or();
		if (pos < tokens.length) {
			const t = tokens[pos]!;
			throw new SyntaxFail(
				t.column,
				t.kind === ')'
					? 'this ")" has no matching "("'
					: `expected "and" or "or" before "${t.text}"`
			);
		}
		return { ok: true, condition };
	} catch (e) {
		if (e instanceof SyntaxFail)
			return { ok: false, error: { column: e.column, message: e.message } };
		throw e;
	}
}

export function compare(a: number, op: Op, b: number): boolean {
	switch (op) {
		case '<':
			return a < b;
		case '<=':
			return a <= b;
		case '>':
			return a > b;
		case '>=':
			return a >= b;
		case '=':
			return a === b;
		case '!=':
			return a !== b;
	}
}

/** Every clause in a condition, in reading order. */
export function clauses(c: Condition): Clause[] {
	return 'items' in c ? c.items.flatMap(clauses) : [c];
}

/** What a condition is evaluated against. */
export interface ConditionInput {
	levels: Record<string, number>;
	total: number;
	autoFail: boolean;
	/** Fact keys the reply mentions (or a function answering for one key). */
	mentions: (fact: string) => boolean;
	mood: Mood;
}

export function evaluate(c: Condition, input: ConditionInput): boolean {
	switch (c.kind) {
		case 'and':
			return c.items.every((i) => evaluate(i, input));
		case 'or':
			return c.items.some((i) => evaluate(i, input));
		case 'criterion':
			return compare(input.levels[c.criterion] ?? 0, c.op, c.level);
		case 'total':
			return compare(input.total, c.op, c.value);
		case 'autoFail':
			return input.autoFail !== c.negated;
		case 'mentions':
			return input.mentions(c.fact);
		case 'mood':
			return compare(MOODS.indexOf(input.mood), c.op, MOODS.indexOf(c.mood));
	}
}

/** The condition written back in canonical form (for debug output and tests). */
export function formatCondition(c: Condition, parent?: 'and' | 'or'): string {
	switch (c.kind) {
		case 'and':
		case 'or': {
			const text = c.items
				.map((i) => formatCondition(i, c.kind as 'and' | 'or'))
				.join(` ${c.kind} `);
			return parent === 'and' && c.kind === 'or' ? `(${text})` : text;
		}
		case 'criterion':
			return `${c.criterion} ${c.op} ${c.level}`;
		case 'total':
			return `total ${c.op} ${c.value}`;
		case 'autoFail':
			return c.negated ? 'not autoFail' : 'autoFail';
		case 'mentions':
			return `mentions ${c.fact}`;
		case 'mood':
			return `mood ${c.op} ${c.mood}`;
	}
}
