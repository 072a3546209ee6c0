import type { Token } from '../../morph';
import type { Locale, Localized } from '../../rubric';
import type { FinderInput, Match } from '../finders';
import { LIST_ITEM, originalSpan, spanAt, type Prepared, type Span } from '../text';
import type { ScoringContext } from '../types';

/** What one sentence of the body does. */
export type Role = 'content' | 'filler' | 'fragment';

export interface Unit extends Span {
	role: Role;
	/** The sentence reduced to its letters and digits, to tell a repeat. */
	key: string;
}

// --- English -------------------------------------------------------------------------------

const AUX_EN =
	/\b(?:am|is|are|was|were|be|been|being|does|did|has|have|had|will|would|shall|should|can|could|may|might|must|i'm|i've|i'll|i'd|we're|we've|we'll|we'd|you're|you've|you'll|you'd|it's|it'll|that's|there's|here's|they're|they've|they'll|he's|she's|what's|let's|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|haven't|hasn't|won't|wouldn't|can't|cannot|couldn't|shouldn't)\b/;
// "I understand", "we refunded it", "it arrives": a subject pronoun and the word after it.
const SUBJECT_EN =
	/\b(?:i|we|you|they|it|he|she|which|who)\s+(?:\w+ly\s+|also\s+|just\s+|now\s+)?(?!and\b|or\b|so\b|too\b)[a-z']{2,}/;
const IMPERATIVE_EN =
	/^(?:(?:please|just|simply|kindly|then|first|next|now|also)[, ]+)*(?:go|open|click|tap|select|choose|enter|type|use|reply|send|call|visit|log|sign|head|pick|press|add|update|change|follow|check|try|restart|download|install|turn|switch|hit|scan|forward|attach|upload|email|contact|fill|print|drop|pop|take|let|keep|confirm|reset|pay|wait|see|find|look|make|give|tell|expect|allow|note|ring|message|feel|ask|bring|put|leave|read|hold|watch|bear|accept|enjoy|have)\b/;
const VERB_EN =
	/\b(?:arrives?|arrived|ships|comes|came|goes|went|means|meant|needs|shows|showed|says|said|works|worked|looks|gets|got|runs|ran|lands|landed|expires|expired|includes|costs|covers|applies|starts|started|ends|ended|stays|remains|appears|happens|happened|gives|gave|takes|took|made|makes|sent|left|found|kept|held|paid|told|knows|knew|thinks|thought|seems|seemed|belongs|stands|fell|failed|timed|missed|broke|moved|changed|reached|became|becomes)\b/;
const ED_EN = /^[a-z]{3,}ed$/;

const STOP_EN = new Set(
	"a an the and or but so to of for in on at by with from about as this that these those it its it's we we're we've we'll we'd our ours us i i'm i've i'll i'd me my you you're you've you'll your yours they their them he she is are was were be been being am have has had do does did will would shall should can could may might must not no any all some very really most more much just again once also too please here there what how if up out that's there's here's".split(
		' '
	)
);
const PLEASANTRY_EN = new Set(
	'thank thanks thankful grateful sorry apologise apologize apologised apologized apologises apologizes apologising apologizing apology apologies regret regrets regretted inconvenience inconvenienced caused cause causing frustrating frustration frustrations frustrated disappointing disappointment disappointed upset understand understanding understandable understood patience patient appreciate appreciated accept experience expectations expectation met meet satisfaction important value valued customer customers business priority top high standards fallen short heartfelt deepest deep deeply sincere sincerest sincerely truly extremely terribly awfully profusely feedback contacting reaching touch getting hear hearing unhappy trouble hassle concern concerns concerned know let hesitate help happy glad assist assistance further questions question anything else reach contact need feel free hope hopefully day great wonderful lovely kind kindly message writing letting sharing bringing attention matter situation regard regarding best faithfully assure ensure everything possible continue improve improving service services team behalf entire whole so truly any way'.split(
		' '
	)
);
const PLEASANTRY_CORE_EN =
	/\b(?:thank|thanks|sorry|apologi[sz]|apolog(?:y|ies)|regret|inconvenience|understand|appreciate|patience|hesitate|let (?:me|us) know|happy to help|glad to help|valued|satisfaction|expectations)/;

// --- Japanese ------------------------------------------------------------------------------

const PLEASANTRY_JA =
	/このたびは|この度は|多大なる|多大な|大変|誠に|本当に|心より|深く|重ねて|改めて|あらためて|何卒|なにとぞ|今後とも|今後は?|引き続き|社員一同|一同|より一層|一層|再発防止|このようなことがないよう|努めて(?:まいります|参ります)|ご迷惑|ご不便|ご心配|ご不快な思い|不快な思い|ご心労|ご負担|お手数|ご面倒|(?:を|と)?おかけ(?:いた)?し(?:て)?(?:おり)?(?:ます|ました)?|申し訳(?:ござい|あり)(?:ません|ませんでした)|申し訳なく|お詫び(?:申し上げ|いたし)(?:ます|ました)?|お詫び|謝罪|ありがとう(?:ござい(?:ます|ました))?|感謝(?:いたし|申し上げ)?(?:ます)?|御礼申し上げます|お礼申し上げます|ご連絡いただき|お問い合わせいただき|ご理解|ご了承|ご容赦|ご協力|賜り|くださいますよう|いただきますよう|お願い(?:いたし|申し上げ)(?:ます)?|よろしく|お察し(?:いたし|申し上げ)?(?:ます)?|ご心情|お気持ち|ご立腹|ごもっとも|平素より|格別の|お引き立て|厚く/g;
const CONTENT_CHAR_JA = /[\p{Script=Han}\p{Script=Katakana}a-z0-9]/gu;
const PLEASANTRY_CORE_JA =
	/申し訳|お詫び|謝罪|ありがとう|感謝|御礼|お礼|ご迷惑|ご不便|ご心配|ご不快|お察し|ご理解|ご了承|ご容赦|よろしくお願い|努めてまいります|努めて参ります/;
// Emoji sequences join with ZWJ (U+200D) and end with VS16 (U+FE0F): separate alternatives.
const TRAILER_JA = /(?:[\s。．.!！?？…~〜)）」』"'*♪☆★\p{Extended_Pictographic}]|\u200d|\ufe0f)+$/u;
const ENDS_IN_NOUN_JA = /[\p{Script=Han}\p{Script=Katakana}ーa-z0-9%％円]$/u;

// --- Both ----------------------------------------------------------------------------------

const GREETING =
	/^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|morning|afternoon)\b[^.!?]{0,40}[,!]?$|^[^.!?。]{0,20}(?:様|さま|さん|殿)[、,]?$/u;
const SIGN_OFF =
	/^(?:best|kind|warm|warmest|many thanks|thanks again|regards|cheers|sincerely|yours|with (?:thanks|apologies|best|kind)|all the best|take care|speak soon|talk soon)\b[^.!?]{0,30}[,.!]?$|^(?:以上|敬具)[。]?$/;
const CONTACT_ONLY =
	/^(?:[-–—•·|:：a-z\s]*)(?:https?:\/\/\S+|[\w.+-]+@[\w-]+\.[\w.-]+|\+?[\d\s()-]{8,})[\s|·•]*$/iu;
const SEPARATOR = /^[-_=*━─＿ー~―]{3,}$/u;

function keyOf(text: string): string {
	return text.replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Lines of the signature: the block at the end, and any run of short unpunctuated lines that names
 * the agent or the company or gives a contact (a copy above the block, a signature mid-reply).
 */
function signatureLines(p: Prepared, ctx: ScoringContext): Set<string> {
	const out = new Set<string>();
	const marks = [ctx.agent.name, ctx.agent.company]
		.map((m) => m.normalize('NFKC').toLowerCase().replace(/\s+/g, ''))
		.filter((m) => m.length >= 2);
	let run: string[] = [];
	let signs = false;
	const close = () => {
		if (signs) for (const k of run) out.add(k);
		run = [];
		signs = false;
	};
	for (const line of p.lines) {
		const text = p.norm.slice(line.start, line.end);
		const k = keyOf(text);
		if (line.start >= p.signatureStart) {
			out.add(k);
			continue;
		}
		const short = text.length <= (p.locale === 'ja' ? 45 : 70) && !/[.。!！?？]$/.test(text);
		if (!short) {
			close();
			continue;
		}
		run.push(k);
		const flat = text.replace(/\s+/g, '');
		if (
			marks.some((m) => flat.includes(m)) ||
			CONTACT_ONLY.test(text) ||
			/tel|電話|https?:/.test(text)
		)
			signs = true;
	}
	close();
	return out;
}

function isStructure(
	p: Prepared,
	s: Span,
	lineOf: Span | undefined,
	block: Set<string>,
	ctx: ScoringContext
): boolean {
	const text = p.norm.slice(s.start, s.end);
	const line = lineOf ? p.norm.slice(lineOf.start, lineOf.end) : text;
	if (LIST_ITEM.test(line) || SEPARATOR.test(line) || CONTACT_ONLY.test(text)) return true;
	if (block.has(keyOf(line))) return true;
	if (lineOf && lineOf.start === p.lines[0]?.start && GREETING.test(text)) return true;
	if (GREETING.test(line) || SIGN_OFF.test(line)) return true;
	// A heading: a short line of its own that ends in a colon or is followed by a list.
	if (lineOf && s.start === lineOf.start && s.end === lineOf.end) {
		if (/[:：]$/.test(line)) return true;
		const next = p.lines[p.lines.indexOf(lineOf) + 1];
		if (next && LIST_ITEM.test(p.norm.slice(next.start, next.end)) && line.length <= 40)
			return true;
		// The agent signing off inside a chat turn: "Tom, Fernleaf Customer Care".
		if (ctx.agent.name && line.length <= 60 && line.includes(firstWord(ctx.agent.name)))
			return true;
	}
	return false;
}

function firstWord(name: string): string {
	return name.normalize('NFKC').toLowerCase().trim().split(/\s+/)[0] ?? name;
}

function roleEn(text: string): Role {
	const words = text.match(/[a-z][a-z']*|\p{N}[\p{N}\p{L},.:/-]*/gu) ?? [];
	const content = words.filter((w) => !STOP_EN.has(w) && !PLEASANTRY_EN.has(w));
	if (content.length <= 1 && PLEASANTRY_CORE_EN.test(text)) return 'filler';
	const predicate =
		AUX_EN.test(text) ||
		SUBJECT_EN.test(text) ||
		IMPERATIVE_EN.test(text) ||
		(words.length >= 3 && (VERB_EN.test(text) || words.slice(1).some((w) => ED_EN.test(w))));
	return predicate ? 'content' : 'fragment';
}

function roleJa(text: string, last?: Token): Role {
	const rest = text.replace(PLEASANTRY_JA, '');
	const content = rest.match(CONTENT_CHAR_JA)?.length ?? 0;
	if (content <= 2 && PLEASANTRY_CORE_JA.test(text)) return 'filler';
	const bare = text
		.replace(TRAILER_JA, '')
		.replace(/[（(][^）)]*[）)]$/u, (m) => (m.length <= 4 ? m : ''));
	const nounEnd = last
		? last.pos === '名詞' || last.pos === '記号'
		: ENDS_IN_NOUN_JA.test(bare.replace(/[（(][月火水木金土日][)）]$/u, ''));
	// 「報告書は12月4日公開」 ends in a noun but says something of something (体言止め); a bare
	// 「配送状況ページ」 does not.
	return nounEnd && !TOPIC_JA.test(text) ? 'fragment' : 'content';
}

const TOPIC_JA =
	/[\p{Script=Han}\p{Script=Katakana}ー）)」』a-z0-9][はがをにで](?![\p{Script=Hiragana}]*$)/u;

/** The last word of a sentence that is not a symbol, from the tokenizer tier. */
function lastToken(p: Prepared, s: Span, tokens: readonly Token[] | undefined): Token | undefined {
	if (!tokens?.length) return undefined;
	const span = originalSpan(p, s.start, s.end);
	let found: Token | undefined;
	for (const t of tokens) {
		if (t.start >= span.end) break;
		if (
			t.start >= span.start &&
			t.pos !== '記号' &&
			!/^[\s。！？!?…~〜)）」』"'*♪☆★]+$/u.test(t.surface)
		)
			found = t;
	}
	return found;
}

const analyses = new WeakMap<Prepared, { tokens: boolean; units: Unit[] }>();

/** The body's sentences with what each does; greetings, lists, headings and the signature left out. */
export function bodyUnits(p: Prepared, ctx: ScoringContext, tokens?: readonly Token[]): Unit[] {
	const cached = analyses.get(p);
	if (cached && cached.tokens === !!tokens) return cached.units;
	const block = signatureLines(p, ctx);
	const units: Unit[] = [];
	for (const s of p.sentences) {
		if (s.start >= p.signatureStart) break;
		const lineOf = spanAt(p.lines, s.start);
		if (isStructure(p, s, lineOf, block, ctx)) continue;
		const text = p.norm.slice(s.start, s.end);
		const key = keyOf(text);
		if (!key) continue;
		const role = p.locale === 'ja' ? roleJa(text, lastToken(p, s, tokens)) : roleEn(text);
		units.push({ start: s.start, end: s.end, role, key });
	}
	analyses.set(p, { tokens: !!tokens, units });
	return units;
}

export interface Measures {
	units: number;
	content: number;
	filler: number;
	fragments: number;
}

export function measures(units: readonly Unit[]): Measures {
	const count = (role: Role) => units.filter((u) => u.role === role).length;
	return {
		units: units.length,
		content: count('content'),
		filler: count('filler'),
		fragments: count('fragment')
	};
}

const FRAGMENT_MESSAGE: Localized = {
	en: 'Words and figures without a sentence around them: the customer has to guess how they fit together. Say what happened and what happens next in full sentences.',
	ja: '語句や数字が文になっておらず、お客様はそれぞれの関係を推測しなければなりません。何が起きて次に何をするのかを、述語のある文で伝えましょう。'
};

/**
 * Keyword salad: at least three fragments, making up at least `share` of the body. A short list
 * or a heading is not a fragment; a one-line answer may be (two fragments never fire).
 */
export function findFragments({ p, ctx, tokens, check }: FinderInput): Match[] {
	const units = bodyUnits(p, ctx, tokens);
	const m = measures(units);
	const least = check.min?.[p.locale] ?? 3;
	const share = (check.max?.[p.locale] ?? 40) / 100;
	if (m.fragments < least || m.fragments < share * m.units) return [];
	return units
		.filter((u) => u.role === 'fragment')
		.map((u) => ({ start: u.start, end: u.end, message: FRAGMENT_MESSAGE }));
}

const PADDING_MESSAGE: Localized = {
	en: 'Thanks and apologies with nothing said between them: a run of apology words is not acknowledgement. Keep one apology, tied to what happened, and spend the rest on the answer.',
	ja: 'お詫びやお礼の言葉が続くだけで、中身のある文がほとんどありません。お詫びを重ねても受け止めたことにはなりません。お詫びは具体的に一度にとどめ、残りは回答に使いましょう。'
};

/** An apology, however much else its sentence restates. */
const APOLOGY: Record<Locale, RegExp> = {
	en: /\b(?:sorry|apologi[sz]|apolog(?:y|ies)|regret)/,
	ja: /申し訳|お詫び|おわび|謝罪/
};

/**
 * Padding: at least `min` pleasantry-only sentences, and at least twice as many as the sentences
 * that say something; or at least `min` apologies making up most of the body (each restating a
 * piece of the trouble, 「ログインいただけない状況となり、誠に申し訳ございません」), which is
 * apology stuffing however much of the case it repeats.
 */
export function findPadding({ p, ctx, tokens, check }: FinderInput): Match[] {
	const units = bodyUnits(p, ctx, tokens);
	const m = measures(units);
	const least = check.min?.[p.locale] ?? 3;
	if (m.filler >= least && m.filler >= 2 * m.content)
		return units
			.filter((u) => u.role === 'filler')
			.map((u) => ({ start: u.start, end: u.end, message: PADDING_MESSAGE }));
	const apologies = units.filter((u) => APOLOGY[p.locale].test(p.norm.slice(u.start, u.end)));
	if (apologies.length < least || apologies.length < 0.6 * units.length) return [];
	return apologies.map((u) => ({ start: u.start, end: u.end, message: PADDING_MESSAGE }));
}

const REPEAT_MESSAGE: Localized = {
	en: 'This says again what the reply has already said; repeating it adds length, not meaning. Say it once.',
	ja: '同じ内容の繰り返しです。繰り返しても意味は増えず、読みにくくなるだけです。一度で伝えましょう。'
};

const GRAM: Record<Locale, number> = { en: 5, ja: 10 };
const REPEATS: Record<Locale, number> = { en: 3, ja: 4 };

/**
 * Repetition: a sentence said again (of some length), or the same run of words three times or
 * more (`min`, en five words, ja ten characters). Each repeat after the first is the evidence.
 */
export function findRepetition({ p, ctx, tokens, check }: FinderInput): Match[] {
	const units = bodyUnits(p, ctx, tokens);
	const seen = new Set<string>();
	const out: Match[] = [];
	const longEnough = p.locale === 'ja' ? 8 : 14;
	for (const u of units) {
		if (u.key.length >= longEnough && seen.has(u.key))
			out.push({ start: u.start, end: u.end, message: REPEAT_MESSAGE });
		seen.add(u.key);
	}
	if (out.length) return out;
	return repeatedRun(p, units, check.min?.[p.locale] ?? REPEATS[p.locale]);
}

function repeatedRun(p: Prepared, units: readonly Unit[], times: number): Match[] {
	const n = GRAM[p.locale];
	const counts = new Map<string, Span[]>();
	for (const u of units) {
		const text = p.norm.slice(u.start, u.end);
		if (p.locale === 'en') {
			const words = [...text.matchAll(/[a-z0-9'£$€.,-]+/g)];
			const texts = words.map((w) => w[0]);
			for (let i = 0; i + n <= words.length; i++) {
				let key = texts[i]!;
				for (let k = i + 1; k < i + n; k++) key += ` ${texts[k]}`;
				const start = u.start + words[i]!.index;
				const last = words[i + n - 1]!;
				add(counts, key, { start, end: u.start + last.index + last[0].length });
			}
		} else {
			for (let i = 0; i + n <= text.length; i++) {
				const key = text.slice(i, i + n);
				if (/[\s、。]/.test(key)) continue;
				add(counts, key, { start: u.start + i, end: u.start + i + n });
			}
		}
	}
	for (const spans of counts.values()) {
		const apart = spans.filter((s, i) => i === 0 || s.start >= spans[i - 1]!.end);
		if (apart.length >= times)
			return apart.slice(1).map((s) => ({ ...s, message: REPEAT_MESSAGE }));
	}
	return [];
}

function add(counts: Map<string, Span[]>, key: string, span: Span): void {
	const list = counts.get(key);
	if (list) list.push(span);
	else counts.set(key, [span]);
}
