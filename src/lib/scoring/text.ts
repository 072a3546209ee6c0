import type { Locale } from '../rubric';

/**
 * A reply prepared for matching: normalised (NFKC, lower case, one kind of space and quote) with a
 * map back to the original, so that every match can be reported as a span of what the trainee typed.
 */
export interface Prepared {
	original: string;
	norm: string;
	/** `toOriginal[i]` is the index in `original` of the character that produced `norm[i]`. */
	toOriginal: Int32Array;
	sentences: Span[];
	lines: Span[];
	/** Where the signature block starts (index in `norm`); `norm.length` when there is none. */
	signatureStart: number;
	locale: Locale;
}

export interface Span {
	start: number;
	end: number;
}

/** Combining marks that belong to the character before them (accents, dakuten). */
function isCombining(code: number): boolean {
	return (
		(code >= 0x300 && code <= 0x36f) ||
		code === 0x3099 ||
		code === 0x309a ||
		code === 0xff9e ||
		code === 0xff9f
	);
}
const FOLD: Record<string, string> = {
	'\u2018': "'",
	'\u2019': "'",
	'\u201c': '"',
	'\u201d': '"',
	'\u3000': ' ',
	'\u00a0': ' ',
	'\u301c': '~',
	'\uff5e': '~',
	'\u2014': '-',
	'\u2013': '-',
	'\u2015': '-'
};

const CHAR_CACHE = new Map<string, string>();
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;

/** One character (with its combining marks) as it is matched; memoised, as replies reuse few. */
function normalizeChar(piece: string): string {
	let norm = CHAR_CACHE.get(piece);
	if (norm === undefined) {
		norm = FOLD[piece] ?? piece.normalize('NFKC').toLowerCase();
		if (INVISIBLE.test(norm) && norm !== '\n') norm = ' ';
		if (CHAR_CACHE.size > 20_000) CHAR_CACHE.clear();
		CHAR_CACHE.set(piece, norm);
	}
	return norm;
}

/** Replies are scored on their first 20,000 characters: longer text only slows the meter down. */
export const MAX_SCORED_LENGTH = 20_000;

export function prepare(text: string, locale: Locale): Prepared {
	const original = text.length > MAX_SCORED_LENGTH ? text.slice(0, MAX_SCORED_LENGTH) : text;
	// The normalised text as UTF-16 code units, and for each the index of its original character;
	// ASCII (most of an English reply) is lowered in place without a string per character.
	let codes = new Uint16Array(original.length + 16);
	let map = new Int32Array(original.length + 16);
	let n = 0;
	const room = (more: number) => {
		if (n + more < codes.length) return;
		const size = Math.max(codes.length * 2, n + more + 16);
		const grownCodes = new Uint16Array(size);
		grownCodes.set(codes);
		codes = grownCodes;
		const grownMap = new Int32Array(size);
		grownMap.set(map);
		map = grownMap;
	};
	let i = 0;
	while (i < original.length) {
		const start = i;
		const unit = original.charCodeAt(i);
		if (unit < 0x80 && !isCombining(original.charCodeAt(i + 1))) {
			i++;
			room(1);
			codes[n] =
				unit < 0x20 && unit !== 0x0a && unit !== 0x09
					? 0x20
					: unit >= 0x41 && unit <= 0x5a
						? unit + 0x20
						: unit;
			map[n++] = start;
			continue;
		}
		const cp = original.codePointAt(i)!;
		i += cp > 0xffff ? 2 : 1;
		while (i < original.length && isCombining(original.charCodeAt(i))) i++;
		const piece = original.slice(start, i);
		let norm: string;
		if (cp < 0x80 && i - start === 1) {
			norm = cp < 0x20 && cp !== 0x0a && cp !== 0x09 ? ' ' : piece.toLowerCase();
		} else {
			norm = normalizeChar(piece);
		}
		room(norm.length);
		for (let k = 0; k < norm.length; k++) {
			codes[n] = norm.charCodeAt(k);
			map[n++] = start;
		}
	}
	room(1);
	map[n] = original.length;
	const norm = fromCodeUnits(codes.subarray(0, n));
	const lines = splitLines(norm);
	const sentences = splitSentences(norm, lines);
	return {
		original,
		norm,
		toOriginal: map.slice(0, n + 1),
		sentences,
		lines,
		signatureStart: norm.length,
		locale
	};
}

const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * The string of these UTF-16 code units. A decoder is many times faster than joining characters,
 * but it would replace a lone surrogate (a reply cut in the middle of an emoji): those go the slow way.
 */
function fromCodeUnits(units: Uint16Array): string {
	for (let k = 0; k < units.length; k++) {
		const unit = units[k]!;
		if (unit < 0xd800 || unit > 0xdfff) continue;
		const next = units[k + 1] ?? 0;
		if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) k++;
		else {
			let text = '';
			for (let at = 0; at < units.length; at += 4096)
				text += String.fromCharCode(...units.subarray(at, at + 4096));
			return text;
		}
	}
	return UTF16.decode(units);
}

/** The first index of the normalised text that comes from original index `at` or later. */
export function normalizedIndex(p: Prepared, at: number): number {
	let lo = 0;
	let hi = p.norm.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (p.toOriginal[mid]! < at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Maps a span of the normalised text back to the original text. */
export function originalSpan(p: Prepared, start: number, end: number): Span {
	const s = p.toOriginal[start] ?? p.original.length;
	// `end` is exclusive: map the last character and step past it in the original.
	const last = end > start ? (p.toOriginal[end - 1] ?? p.original.length) : s;
	let e = last;
	if (end > start) {
		const cp = p.original.codePointAt(last) ?? 0;
		e = last + (cp > 0xffff ? 2 : 1);
		while (e < p.original.length && isCombining(p.original.charCodeAt(e))) e++;
	}
	return { start: s, end: Math.min(e, p.original.length) };
}

function splitLines(text: string): Span[] {
	const lines: Span[] = [];
	let start = 0;
	for (let i = 0; i <= text.length; i++) {
		if (i === text.length || text[i] === '\n') {
			if (text.slice(start, i).trim()) lines.push(trim(text, start, i));
			start = i + 1;
		}
	}
	return lines;
}

/** 。！？!? */
function isTerminal(code: number): boolean {
	return code === 0x21 || code === 0x3f || code === 0x3002 || code === 0xff01 || code === 0xff1f;
}

/**
 * Sentences end at 。！？!? , at a full stop followed by a space, or at the end of a line. A line is
 * never joined to the next: in replies, lines are greetings, list items and signature parts.
 */
function splitSentences(text: string, lines: Span[]): Span[] {
	const out: Span[] = [];
	for (const line of lines) {
		let start = line.start;
		for (let i = line.start; i < line.end; i++) {
			const code = text.charCodeAt(i);
			// Not a sentence end: most characters, seen without a regular expression.
			if (code !== 0x2e && !isTerminal(code)) continue;
			const c = text[i]!;
			const endsHere =
				isTerminal(code) ||
				(c === '.' &&
					(i + 1 === line.end || text[i + 1] === ' ') &&
					!/\b(?:e\.g|i\.e|mr|ms|mrs|dr|no|st|etc|vs)$/.test(
						text.slice(Math.max(line.start, i - 4), i)
					));
			if (!endsHere) continue;
			let end = i + 1;
			while (end < line.end && /[。！？!?.)」』"'\s]/.test(text[end]!)) end++;
			if (text.slice(start, end).trim()) out.push(trim(text, start, end));
			start = end;
			i = end - 1;
		}
		if (start < line.end && text.slice(start, line.end).trim())
			out.push(trim(text, start, line.end));
	}
	return out;
}

function trim(text: string, start: number, end: number): Span {
	while (start < end && /\s/.test(text[start]!)) start++;
	while (end > start && /\s/.test(text[end - 1]!)) end--;
	return { start, end };
}

/** A line that is an item of a numbered or bulleted list. */
export const LIST_ITEM = /^(?:\d{1,2}[.)、．]|\(\d{1,2}\)|[①-⑳]|[-*・•●■◆▶→]|step \d+[:.]?)\s*\S/u;

/** The span of a sorted, non-overlapping list that contains index `at`. */
export function spanAt(spans: readonly Span[], at: number): Span | undefined {
	let lo = 0;
	let hi = spans.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const s = spans[mid]!;
		if (at < s.start) hi = mid - 1;
		else if (at >= s.end) lo = mid + 1;
		else return s;
	}
	return undefined;
}

/** The sentence that contains index `at`. */
export function sentenceAt(p: Prepared, at: number): Span {
	return spanAt(p.sentences, at) ?? { start: at, end: at };
}

const KANA = /[\u3040-\u30ff\u4e00-\u9fff]/g;

/** Guesses the reply's language when the caller does not say: Japanese if kana/kanji dominate. */
export function detectLocale(text: string): Locale {
	const sample = text.slice(0, 2000);
	const cjk = sample.match(KANA)?.length ?? 0;
	const latin = sample.match(/[a-z]/gi)?.length ?? 0;
	return cjk * 2 >= latin && cjk > 0 ? 'ja' : 'en';
}

/**
 * Length in the unit a reader feels: characters for Japanese, words for English. The same as
 * `text.replace(/\s/g, '').length` and as the number of `text.split(/\s+/)` pieces with a letter or
 * digit, counted in one pass: this runs on every sentence and line of every keystroke.
 */
export function measure(text: string, locale: Locale): number {
	let count = 0;
	if (locale === 'ja') {
		for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) count++;
		return count;
	}
	let wordish = false;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (isSpace(code)) {
			if (wordish) count++;
			wordish = false;
		} else if (!wordish) {
			if (code < 0x80) {
				const lower = code | 0x20;
				wordish = (code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a);
			} else {
				const point = text.codePointAt(i)!;
				wordish = LETTER_OR_DIGIT.test(String.fromCodePoint(point));
				if (point > 0xffff) i++;
			}
		}
	}
	return wordish ? count + 1 : count;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** `/\s/` for one UTF-16 code unit: ECMAScript white space and line terminators. */
function isSpace(code: number): boolean {
	if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
	return (
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}
