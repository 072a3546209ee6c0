/**
 * Rewrites an ordered alternation `a|b|c|…` (as `phraseRegex` builds it, for the flags `giu`:
 * characters that differ only in case are taken as one) into an equivalent one
 * that shares common prefixes: `we\s+will|we\s+can|i\s+will` becomes
 * `w(?:e\s+(?:will|can))|i\s+will`. A long phrase list is tried at every position of every reply,
 * and a shared prefix is then tried once instead of once per phrase.
 *
 * The rewrite never changes what the regular expression matches, nor which alternative wins:
 * - only prefixes of one character, or `\s+` before alternatives that cannot start with white
 *   space, are shared; `x(?:r1|r2)` tries exactly what `xr1|xr2` tries, in the same order;
 * - alternatives are regrouped by the character they must start with, and alternatives that start
 *   with different characters cannot both match at one position, so their relative order does not
 *   matter; alternatives that may start with the same character keep their order;
 * - anything the parser does not understand (lookarounds, `\b`, quantifiers other than `\s+`,
 *   characters with case variants outside ASCII) is kept as it stands, and alternatives are never
 *   moved across it.
 */
export function factorAlternation(alternatives: readonly string[], guard = false): string[] {
	return render(
		alternatives.map((source) => parseAtoms(source) ?? source),
		guard
	);
}

interface Atom {
	source: string;
	/** The characters the atom can start with; null when unknown (or when it may match nothing). */
	first: ReadonlySet<string> | null;
	/** For a one-character atom, that character; `\s+` for a run of white space; else null. */
	key: string | null;
}

type Alternative = Atom[] | string;

const WHITE_SPACE = '\\s+';
/** Characters that may follow a backslash as themselves. */
const ESCAPABLE = new Set('^$\\.*+?()[]{}|/-'.split(''));
/** Characters with a meaning of their own when written bare. */
const SPECIAL = new Set('^$\\.*+?()[]{}|'.split(''));
const QUANTIFIER = new Set('*+?{'.split(''));

/**
 * Characters whose case-insensitive match is only themselves (and their ASCII case pair): ASCII,
 * kana and CJK ideographs. Two different such characters never match the same text.
 */
function plainChar(c: string): boolean {
	const code = c.charCodeAt(0);
	return (
		c.length === 1 &&
		((code > 0x20 && code < 0x7f) ||
			(code >= 0x3040 && code <= 0x30ff) ||
			(code >= 0x3400 && code <= 0x4dbf) ||
			(code >= 0x4e00 && code <= 0x9fff))
	);
}

function charAtom(source: string, c: string): Atom {
	const key = c.toLowerCase();
	return plainChar(c) ? { source, first: new Set([key]), key } : { source, first: null, key: null };
}

/** The atoms of one alternative, or null when it uses anything this module does not handle. */
function parseAtoms(source: string): Atom[] | null {
	const atoms: Atom[] = [];
	let i = 0;
	while (i < source.length) {
		const c = source[i]!;
		let atom: Atom;
		if (c === '\\') {
			const next = source[i + 1];
			if (next === 's' && source[i + 2] === '+') {
				atom = { source: WHITE_SPACE, first: null, key: WHITE_SPACE };
				i += 3;
			} else if (next !== undefined && ESCAPABLE.has(next)) {
				atom = charAtom(`\\${next}`, next);
				i += 2;
			} else return null;
		} else if (c === '(') {
			if (!source.startsWith('(?:', i)) return null;
			const end = closingParen(source, i);
			if (end < 0) return null;
			const forms = splitTopLevel(source.slice(i + 3, end));
			if (!forms) return null;
			let first: Set<string> | null = new Set();
			for (const form of forms) {
				const inner = parseAtoms(form);
				if (!inner || !inner.length) return null;
				const f = inner[0]!.first;
				if (!f) first = null;
				else if (first) for (const x of f) first.add(x);
			}
			atom = { source: source.slice(i, end + 1), first, key: null };
			i = end + 1;
		} else if (c === '[') {
			const end = source.indexOf(']', i);
			const chars = source.slice(i + 1, end);
			if (end < 0 || !/^[a-z]+$/.test(chars)) return null;
			atom = { source: source.slice(i, end + 1), first: new Set(chars), key: null };
			i = end + 1;
		} else if (SPECIAL.has(c) || /\s/.test(c)) {
			return null;
		} else {
			atom = charAtom(c, c);
			i += 1;
		}
		if (QUANTIFIER.has(source[i] ?? '')) return null;
		atoms.push(atom);
	}
	return atoms;
}

function closingParen(source: string, open: number): number {
	let depth = 0;
	for (let i = open; i < source.length; i++) {
		const c = source[i]!;
		if (c === '\\') i++;
		else if (c === '[') {
			i = skipClass(source, i);
			if (i < 0) return -1;
		} else if (c === '(') depth++;
		else if (c === ')' && --depth === 0) return i;
	}
	return -1;
}

/** The index of the `]` that closes the class opened at `open`, or -1. */
function skipClass(source: string, open: number): number {
	for (let i = open + 1; i < source.length; i++) {
		if (source[i] === '\\') i++;
		else if (source[i] === ']') return i;
	}
	return -1;
}

/** The alternatives of a group's body, split at its own `|` (not those of nested groups). */
function splitTopLevel(body: string): string[] | null {
	const out: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < body.length; i++) {
		const c = body[i]!;
		if (c === '\\') i++;
		else if (c === '[') {
			i = skipClass(body, i);
			if (i < 0) return null;
		} else if (c === '(') depth++;
		else if (c === ')') depth--;
		else if (c === '|' && depth === 0) {
			out.push(body.slice(start, i));
			start = i + 1;
		}
	}
	out.push(body.slice(start));
	return out;
}

function sourceOf(alternative: Alternative): string {
	return typeof alternative === 'string' ? alternative : alternative.map((a) => a.source).join('');
}

/** One alternative in a bucket: with its first atom taken off (`rest`), or whole. */
type Entry = { rest: Atom[]; prefix: string } | { whole: Atom[] };

/**
 * The alternatives, factored, as a list of top-level alternatives to join with `|`. `guard`: put a
 * first-character lookahead before each alternative kept as it stands.
 */
function render(alternatives: readonly Alternative[], guard = false): string[] {
	const out: string[] = [];
	let buckets = new Map<string, Entry[]>();
	const flush = () => {
		for (const [key, entries] of buckets) out.push(...renderBucket(key, entries));
		buckets = new Map();
	};
	const bucket = (key: string) => {
		let entries = buckets.get(key);
		if (!entries) buckets.set(key, (entries = []));
		return entries;
	};
	for (const alternative of alternatives) {
		const head = typeof alternative === 'string' ? undefined : alternative[0];
		if (head?.key != null) {
			bucket(head.key).push({ rest: (alternative as Atom[]).slice(1), prefix: head.source });
		} else if (head?.first && [...head.first].every(plainChar)) {
			for (const c of head.first) bucket(c).push({ whole: alternative as Atom[] });
		} else {
			// Unknown start: it may match where any other alternative does, so nothing moves past it.
			flush();
			const source = sourceOf(alternative);
			out.push(guard && startsWithAssertion(source) ? firstCharGuard(source) + source : source);
		}
	}
	flush();
	return out;
}

function renderBucket(key: string, entries: Entry[]): string[] {
	// `\s+` is shared only before alternatives that cannot start with white space, so that it can
	// match only one way (all of the run) and the order of what follows is kept.
	const shareable =
		key !== WHITE_SPACE ||
		entries.every(
			(e) => 'rest' in e && !!e.rest[0]?.first && [...e.rest[0].first].every(plainChar)
		);
	const out: string[] = [];
	let run: Atom[][] = [];
	let prefix = '';
	const flush = () => {
		if (!run.length) return;
		const inner = run.length === 1 ? [sourceOf(run[0]!)] : render(run);
		out.push(inner.length === 1 ? prefix + inner[0] : `${prefix}(?:${inner.join('|')})`);
		run = [];
	};
	for (const entry of entries) {
		if ('whole' in entry) {
			flush();
			out.push(sourceOf(entry.whole));
		} else if (!shareable) {
			out.push(entry.prefix + sourceOf(entry.rest));
		} else {
			if (!run.length) prefix = entry.prefix;
			run.push(entry.rest);
		}
	}
	flush();
	return out;
}

/**
 * A lookahead that lets the regular expression skip, at a glance, the positions where an
 * alternative cannot start: `(?=[bw])` before `\bwithin …|\bby …`. Empty when the first character
 * is not known (the alternative may match nothing, or starts with a class such as `\w`).
 * The lookahead accepts every character the alternative can start with, so it changes no match.
 */
export function firstCharGuard(source: string): string {
	const chars = firstChars(source);
	return chars ? `(?=[${[...chars].sort().map(classChar).join('')}])` : '';
}

/**
 * Whether `source` starts with a look-around or `\\b`: V8 then cannot tell by itself which
 * characters the alternative can start with, and tries it in full at every position.
 */
export function startsWithAssertion(source: string): boolean {
	return /^(?:\(\?:)*(?:\\[bB]|\(\?<?[=!]|\^)/.test(source);
}

/** The characters a match of `source` can start with; null when unknown or when it may be empty. */
export function firstChars(source: string): ReadonlySet<string> | null {
	try {
		const first = alternation(source, 0, source.length);
		return first.nullable || !first.chars ? null : first.chars;
	} catch {
		return null;
	}
}

function classChar(c: string): string {
	return '\\]^-['.includes(c) ? `\\${c}` : c;
}

interface First {
	/** null: unknown (anything may come first). */
	chars: Set<string> | null;
	/** The part may match without consuming a character. */
	nullable: boolean;
}

const DIGITS = '0123456789'.split('');

class Unknown extends Error {}

function alternation(source: string, from: number, to: number): First {
	const out: First = { chars: new Set(), nullable: false };
	let depth = 0;
	let start = from;
	for (let i = from; i <= to; i++) {
		const c = source[i];
		if (i < to && c === '\\') i++;
		else if (i < to && c === '[') i = classEnd(source, i);
		else if (i < to && c === '(') depth++;
		else if (i < to && c === ')') depth--;
		else if (i === to || (c === '|' && depth === 0)) {
			const part = sequence(source, start, i);
			if (part.nullable) out.nullable = true;
			if (!part.chars || !out.chars) out.chars = null;
			else for (const x of part.chars) out.chars.add(x);
			start = i + 1;
		}
	}
	return out;
}

function sequence(source: string, from: number, to: number): First {
	const chars = new Set<string>();
	let i = from;
	while (i < to) {
		const c = source[i]!;
		let atom: First | 'zero-width';
		let next: number;
		if (c === '\\') {
			const e = source[i + 1];
			next = i + 2;
			if (e === 'b' || e === 'B') atom = 'zero-width';
			else if (e === 'd') atom = { chars: new Set(DIGITS), nullable: false };
			else if (e !== undefined && ESCAPABLE.has(e)) atom = { chars: new Set([e]), nullable: false };
			else throw new Unknown();
		} else if (c === '^' || c === '$') {
			atom = 'zero-width';
			next = i + 1;
		} else if (c === '(') {
			const end = closingParen(source, i);
			if (end < 0 || end > to) throw new Unknown();
			next = end + 1;
			if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) atom = 'zero-width';
			else {
				const body = source.startsWith('(?:', i) ? i + 3 : source[i + 1] === '?' ? -1 : i + 1;
				if (body < 0) throw new Unknown();
				atom = alternation(source, body, end);
			}
		} else if (c === '[') {
			next = classEnd(source, i) + 1;
			atom = { chars: classChars(source.slice(i + 1, next - 1)), nullable: false };
		} else if (c === '.' || c === ')' || c === '|' || QUANTIFIER.has(c)) {
			throw new Unknown();
		} else {
			if (!plainChar(c)) throw new Unknown();
			atom = { chars: new Set(bothCases(c)), nullable: false };
			next = i + 1;
		}
		// A quantifier that allows none makes the atom optional.
		const q = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(next, to));
		let optional = false;
		if (q) {
			optional = q[0][0] === '?' || q[0][0] === '*' || q[1] === '0';
			next += q[0].length;
		}
		i = next;
		if (atom === 'zero-width') {
			if (q) throw new Unknown();
			continue;
		}
		if (!atom.chars) throw new Unknown();
		for (const x of atom.chars) chars.add(x);
		if (!atom.nullable && !optional) return { chars, nullable: false };
	}
	return { chars, nullable: true };
}

function classEnd(source: string, open: number): number {
	const end = skipClass(source, open);
	if (end < 0) throw new Unknown();
	return end;
}

/** The characters of a simple class body (`a-z`, `\d`, `.,!`); unknown for negations and `\w`, `\s`, `\p`. */
function classChars(body: string): Set<string> {
	if (body.startsWith('^') || !body) throw new Unknown();
	const out = new Set<string>();
	const items: { c: string; escaped: boolean }[] = [];
	for (let i = 0; i < body.length; i++) {
		const c = body[i]!;
		if (c === '\\') {
			const e = body[++i];
			if (e === 'd') for (const d of DIGITS) out.add(d);
			else if (e !== undefined && ESCAPABLE.has(e)) items.push({ c: e, escaped: true });
			else throw new Unknown();
		} else items.push({ c, escaped: false });
	}
	for (let k = 0; k < items.length; k++) {
		const { c } = items[k]!;
		const dash = items[k + 1];
		const last = items[k + 2];
		if (dash && dash.c === '-' && !dash.escaped && last) {
			const lo = c.charCodeAt(0);
			const hi = last.c.charCodeAt(0);
			if (hi < lo || hi - lo > 128) throw new Unknown();
			for (let code = lo; code <= hi; code++) add(out, String.fromCharCode(code));
			k += 2;
		} else add(out, c);
	}
	return out;
}

function add(out: Set<string>, c: string): void {
	if (!plainChar(c)) throw new Unknown();
	for (const x of bothCases(c)) out.add(x);
}

/** A character and its ASCII case pair, so that a guard holds with or without the `i` flag. */
function bothCases(c: string): string[] {
	return /[a-z]/i.test(c) ? [c.toLowerCase(), c.toUpperCase()] : [c];
}
