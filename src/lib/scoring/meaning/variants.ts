import type { Locale } from '../../rubric';

/**
 * Rubric authors write a phrase once; a trainee may write any form of it. This turns one plain
 * phrase (already normalised: lower case, straight quotes) into regular-expression sources that
 * also accept its contractions ("this one's on us" = "this one is on us", "can't" = "cannot" =
 * "can not"), inflections of the verbs that carry empathy ("apologise" = "apologizing" =
 * "apologised", "understand" = "understood") and British/American spelling in English, and in
 * Japanese the kana/kanji spellings (いたします = 致します, ください = 下さい, お詫び = おわび) and
 * interchangeable polite endings (申し訳ございません = 申し訳ありません = 申し訳なく).
 *
 * The reply itself is never rewritten, so evidence spans still point at what the trainee typed,
 * and `/.../` entries, written as regular expressions, are used as they stand.
 */
export function phraseVariants(phrase: string, locale: Locale): string[] {
	return locale === 'en' ? englishVariants(phrase) : [expandGroups(phrase, JA_GROUPS, new Set())];
}

// --- English ------------------------------------------------------------------------------------

/** Who can be followed by a contracted verb ("it's", "we're", "I'll"). */
const CAN_CONTRACT: Record<string, ReadonlySet<string>> = {
	is: new Set(
		'it that there here what who where he she one everything nothing something'.split(' ')
	),
	has: new Set('it that there what who he she'.split(' ')),
	are: new Set('you we they who what there'.split(' ')),
	am: new Set(['i']),
	have: new Set('i you we they who could should would might must'.split(' ')),
	will: new Set('i you we they he she it that there who what'.split(' ')),
	would: new Set('i you we they he she it that there who'.split(' ')),
	had: new Set('i you we they he she it that there who'.split(' '))
};
const SUFFIX: Record<string, string> = {
	is: "'s",
	has: "'s",
	are: "'re",
	am: "'m",
	have: "'ve",
	will: "'ll",
	would: "'d",
	had: "'d"
};
/** Verbs that take "n't". */
const NEGATES = new Set(
	'is are was were do does did have has had could should would must need might'.split(' ')
);
const IRREGULAR_NOT: Record<string, string[]> = {
	will: ["won't"],
	can: ["can't", 'cannot'],
	shall: ["shan't"]
};

/** A contracted word as the full words it may stand for ("it's": it is / it has). */
function expandWord(word: string): string[][] {
	if (word === 'cannot' || word === "can't") return [['can', 'not']];
	if (word === "won't") return [['will', 'not']];
	if (word === "shan't") return [['shall', 'not']];
	const neg = /^(\p{L}+)n't$/u.exec(word);
	if (neg && NEGATES.has(neg[1]!)) return [[neg[1]!, 'not']];
	const short = /^(\p{L}+)('s|'re|'m|'ve|'ll|'d)$/u.exec(word);
	if (short) {
		const [, head, tail] = short;
		const full = Object.keys(SUFFIX).filter(
			(verb) => SUFFIX[verb] === tail && CAN_CONTRACT[verb]!.has(head!)
		);
		if (full.length) return full.map((verb) => [head!, verb]);
	}
	return [[word]];
}

/** Every way of writing a run of full words, contracted or not. */
function contractions(words: readonly string[], at = 0): string[][] {
	if (at >= words.length) return [[]];
	const out: string[][] = [];
	const word = words[at]!;
	const next = words[at + 1];
	for (const rest of contractions(words, at + 1)) out.push([word, ...rest]);
	if (next !== undefined) {
		const joined: string[] = [];
		if (CAN_CONTRACT[next]?.has(word)) joined.push(word + SUFFIX[next]);
		if (next === 'not') {
			if (IRREGULAR_NOT[word]) joined.push(...IRREGULAR_NOT[word]!);
			else if (NEGATES.has(word)) joined.push(`${word}n't`);
		}
		if (joined.length)
			for (const rest of contractions(words, at + 2))
				for (const j of joined) out.push([j, ...rest]);
	}
	return out;
}

/**
 * Verbs whose form does not change what the sentence says about feelings or ownership. Verbs of
 * next steps are left out on purpose: "we looked into it" is done, "we'll look into it" is vague.
 */
const LEMMAS: readonly string[][] = [
	['apologise', 'apologises', 'apologised', 'apologising'],
	['understand', 'understands', 'understood', 'understanding'],
	['appreciate', 'appreciates', 'appreciated', 'appreciating'],
	['realise', 'realises', 'realised', 'realising'],
	['recognise', 'recognises', 'recognised', 'recognising'],
	['regret', 'regrets', 'regretted', 'regretting'],
	['imagine', 'imagines', 'imagined', 'imagining'],
	['thank', 'thanks', 'thanked', 'thanking'],
	['sympathise', 'sympathises', 'sympathised', 'sympathising'],
	['frustrate', 'frustrates', 'frustrated', 'frustrating'],
	['disappoint', 'disappoints', 'disappointed', 'disappointing'],
	['annoy', 'annoys', 'annoyed', 'annoying'],
	['upset', 'upsets', 'upsetting'],
	['inconvenience', 'inconvenienced'],
	['keep', 'keeps', 'kept', 'keeping'],
	['count', 'counts', 'counted', 'counting'],
	['rely', 'relies', 'relied', 'relying'],
	['depend', 'depends', 'depended', 'depending'],
	['take', 'takes', 'took', 'taken', 'taking'],
	['drop', 'drops', 'dropped', 'dropping'],
	['happen', 'happens', 'happened'],
	['cancel', 'cancels', 'cancelled', 'canceled', 'cancelling', 'canceling'],
	['centre', 'center'],
	['centres', 'centers']
];
const LEMMA_OF = new Map<string, readonly string[]>();
for (const forms of LEMMAS) for (const form of forms) LEMMA_OF.set(form, forms);

/** -ise/-ize and -yse/-yze: "apologise", "organization", "analyse". */
const SPELLING = /^(\p{L}{2,}?)(i|y)[sz](e|es|ed|ing|ation|ations)$/u;

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordPattern(word: string): string {
	const forms = LEMMA_OF.get(word) ?? [word];
	const sources = forms.map((form) => {
		const spelled = SPELLING.exec(form);
		return spelled ? `${escape(spelled[1]!)}${spelled[2]}[sz]${spelled[3]}` : escape(form);
	});
	return sources.length > 1 ? `(?:${sources.join('|')})` : sources[0]!;
}

/** Variants beyond this many (a long phrase full of contractions) are not worth the regex size. */
const MAX_VARIANTS = 16;

function englishVariants(phrase: string): string[] {
	const words = phrase.trim().split(/ +/);
	// Every reading of the contracted words, as full words…
	let readings: string[][] = [[]];
	for (const word of words) {
		const next: string[][] = [];
		for (const reading of readings)
			for (const full of expandWord(word)) next.push([...reading, ...full]);
		readings = next;
	}
	// …then every way of contracting each reading again.
	const seen = new Set<string>();
	const out: string[] = [];
	for (const reading of readings) {
		for (const written of contractions(reading)) {
			const key = written.join(' ');
			if (seen.has(key)) continue;
			seen.add(key);
			out.push(written.map(wordPattern).join('\\s+'));
		}
	}
	return out.length > MAX_VARIANTS ? [words.map(wordPattern).join('\\s+')] : out;
}

// --- Japanese -----------------------------------------------------------------------------------

/**
 * Spellings and endings that mean the same. Longer forms are tried first, and each form of a
 * group is expanded again by the other groups (申し訳ございません also becomes 申しわけございません).
 */
const JA_GROUPS: readonly string[][] = [
	// Interchangeable polite endings.
	['申し訳ございません', '申し訳ありません', '申し訳なく', '申し訳ない'],
	['お詫びいたし', 'お詫び申し上げ'],
	['お願いいたし', 'お願い申し上げ'],
	['お礼申し上げ', '御礼申し上げ'],
	['ございま', 'ありま'],
	['ておりま', 'ていま'],
	// Kana and kanji spellings of one word.
	['いたし', '致し'],
	['いたす', '致す'],
	['いたさ', '致さ'],
	['くださ', '下さ'],
	['いただ', '頂'],
	['ござい', '御座い'],
	['ありがとう', '有難う', '有り難う'],
	['ありがた', '有難', '有り難'],
	['よろし', '宜し'],
	['申し訳', '申しわけ'],
	['お詫び', 'おわび', 'お侘び', '御詫び'],
	['おかけ', 'お掛け'],
	['わか', '分か'],
	['でき', '出来'],
	['問い合わせ', '問合せ', '問い合せ', '問合わせ'],
	['お客様', 'お客さま'],
	['すみません', '済みません'],
	['申し込み', '申込み', '申込'],
	['取り消し', '取消し', '取消'],
	['引き落とし', '引落し', '引き落し', '引落とし'],
	['恐れ入り', '恐れいり'],
	['お願い', '御願い'],
	['ご連絡', '御連絡'],
	['ご確認', '御確認']
];

function expandGroups(text: string, groups: readonly string[][], used: Set<number>): string {
	let out = '';
	let i = 0;
	while (i < text.length) {
		let best = -1;
		let bestLength = 0;
		for (let g = 0; g < groups.length; g++) {
			if (used.has(g)) continue;
			for (const form of groups[g]!)
				if (form.length > bestLength && text.startsWith(form, i)) {
					best = g;
					bestLength = form.length;
				}
		}
		if (best < 0) {
			const c = text[i]!;
			out += c === ' ' ? '\\s+' : escape(c);
			i++;
			continue;
		}
		const inner = new Set(used).add(best);
		const forms = [...new Set(groups[best]!.map((form) => expandGroups(form, groups, inner)))];
		out += `(?:${forms.join('|')})`;
		i += bestLength;
	}
	return out.replace(/(?:\\s\+)+/g, '\\s+');
}
