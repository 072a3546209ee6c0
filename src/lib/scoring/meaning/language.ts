import type { Locale, Localized } from '../../rubric';
import type { FinderInput, Match } from '../finders';
import type { Prepared, Span } from '../text';

/**
 * Sentences written in another language than the scenario's, for any script: Japanese, Chinese,
 * Korean, Cyrillic, Arabic... by their characters, and Latin-script languages (Spanish, French,
 * German...) by a small profile of their commonest words. The check fires when at least `min`
 * percent of the reply's letters are in another language (default 50: the reply as a whole).
 */
export function findForeignLanguage({ p, check }: FinderInput): Match[] {
	const min = check.min?.[p.locale] ?? 50;
	const { found, share } = foreignSentences(p);
	if (!found.length || share < min) return [];
	return found.map(({ span, lang }) => ({ ...span, part: lang, message: messageFor(lang, p) }));
}

interface Reading {
	found: { span: Span; lang: Lang }[];
	/** Percentage of the classified letters that are in another language. */
	share: number;
}

// Two checks (the whole reply, a passage) read the same sentences: classify them once per reply.
const readings = new WeakMap<Prepared, Reading>();

function foreignSentences(p: Prepared): Reading {
	const cached = readings.get(p);
	if (cached) return cached;
	const found: { span: Span; lang: Lang }[] = [];
	let total = 0;
	let foreign = 0;
	for (const s of p.sentences) {
		if (s.start >= p.signatureStart) break;
		const text = stripInert(p.norm.slice(s.start, s.end));
		const counts = count(text);
		const lang = classify(text, counts, p.locale);
		const size = counts.letters;
		if (lang === 'unknown') continue;
		total += size;
		if (lang === p.locale) continue;
		foreign += size;
		found.push({ span: s, lang });
	}
	const reading = { found, share: foreign ? (foreign * 100) / total : 0 };
	readings.set(p, reading);
	return reading;
}

export type Lang = Locale | keyof typeof NAMES | 'unknown';

const NAMES = {
	es: { en: 'Spanish', ja: 'スペイン語' },
	fr: { en: 'French', ja: 'フランス語' },
	de: { en: 'German', ja: 'ドイツ語' },
	pt: { en: 'Portuguese', ja: 'ポルトガル語' },
	it: { en: 'Italian', ja: 'イタリア語' },
	nl: { en: 'Dutch', ja: 'オランダ語' },
	latin: { en: 'another language', ja: '別の言語' },
	zh: { en: 'Chinese', ja: '中国語' },
	ko: { en: 'Korean', ja: '韓国語' },
	ru: { en: 'a Cyrillic-script language', ja: 'キリル文字の言語' },
	ar: { en: 'Arabic', ja: 'アラビア語' },
	he: { en: 'Hebrew', ja: 'ヘブライ語' },
	el: { en: 'Greek', ja: 'ギリシャ語' },
	th: { en: 'Thai', ja: 'タイ語' },
	hi: { en: 'a Devanagari-script language', ja: 'デーヴァナーガリー文字の言語' }
} satisfies Record<string, Localized>;
const LOCALE_NAMES: Record<Locale, Localized> = {
	en: { en: 'English', ja: '英語' },
	ja: { en: 'Japanese', ja: '日本語' }
};

function messageFor(lang: Lang, p: Prepared): Localized {
	const name =
		lang === 'en' || lang === 'ja'
			? LOCALE_NAMES[lang]
			: (NAMES[lang as keyof typeof NAMES] ?? NAMES.latin);
	const expected = LOCALE_NAMES[p.locale];
	return {
		en: `Written in ${name.en}, but the customer wrote in ${expected.en}: they may not be able to read it. Answer in the customer's language.`,
		ja: `${name.ja}で書かれていますが、お客様は${expected.ja}でお問い合わせです。読めない可能性があります。お客様の言語で回答しましょう。`
	};
}

/** Links, addresses, codes and numbers say nothing about the language a sentence is written in. */
function stripInert(text: string): string {
	return text
		.replace(/https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+|\b[\w-]*\d[\w-]*\b/gu, ' ')
		.replace(/\b[a-z]+\.[a-z]{2,}(?:\/\S*)?/g, ' ');
}

// Characters of Chinese that Japanese does not use (simplified forms and particles).
const CHINESE_ONLY = /[们您请这吗呢没么谢們這嗎麼為説]/u;
const LATIN_WORD = /\p{Script=Latin}[\p{Script=Latin}']*/gu;

/** Letters per script, counted in one pass (this runs on every keystroke). */
interface Counts {
	letters: number;
	kana: number;
	han: number;
	latin: number;
	other: Partial<Record<Lang, number>>;
}

const OTHER_SCRIPTS: [number, number, Lang][] = [
	[0xac00, 0xd7af, 'ko'],
	[0x1100, 0x11ff, 'ko'],
	[0x3130, 0x318f, 'ko'],
	[0x0400, 0x052f, 'ru'],
	[0x0600, 0x06ff, 'ar'],
	[0x0590, 0x05ff, 'he'],
	[0x0370, 0x03ff, 'el'],
	[0x0e00, 0x0e7f, 'th'],
	[0x0900, 0x097f, 'hi']
];

function count(text: string): Counts {
	const c: Counts = { letters: 0, kana: 0, han: 0, latin: 0, other: {} };
	for (const ch of text) {
		const code = ch.codePointAt(0)!;
		if (code < 0x80) {
			if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) {
				c.letters++;
				c.latin++;
			}
			continue;
		}
		if (code >= 0x3040 && code <= 0x30ff) {
			if (code !== 0x30fc && code !== 0x30fb) c.kana++;
			c.letters++;
		} else if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) {
			c.han++;
			c.letters++;
		} else if (code <= 0x24f) {
			if (/\p{L}/u.test(ch)) {
				c.letters++;
				c.latin++;
			}
		} else {
			const script = OTHER_SCRIPTS.find(([lo, hi]) => code >= lo && code <= hi);
			if (script) {
				c.other[script[2]] = (c.other[script[2]] ?? 0) + 1;
				c.letters++;
			} else if (/\p{L}/u.test(ch)) c.letters++;
		}
	}
	return c;
}

/** Sentence language: by script first, then by the commonest words of Latin-script languages. */
export function sentenceLanguage(text: string, expected: Locale): Lang {
	return classify(text, count(text), expected);
}

function classify(text: string, c: Counts, expected: Locale): Lang {
	if (c.letters < 2) return 'unknown';
	if (c.kana > 0 && (c.kana + c.han) * 2 >= c.letters) return 'ja';
	if (c.han >= 4 && c.kana === 0 && (CHINESE_ONLY.test(text) || (c.han >= 8 && expected === 'en')))
		return 'zh';
	for (const [lang, n] of Object.entries(c.other) as [Lang, number][])
		if (n * 2 >= c.letters) return lang;
	if (c.kana + c.han > 0) return expected === 'ja' ? 'ja' : 'unknown';
	if (c.latin * 2 < c.letters) return 'unknown';
	return latinLanguage(text);
}

const STOPWORDS: Record<string, ReadonlySet<string>> = {
	en: words(
		"the and you your to of is it we for that this will have be are with our i on can please thank thanks not as at by from has if or us was an my would could been so do all i'm i've we've it's don't let know"
	),
	es: words(
		'el la los las que y en un una es por para con su sus lo se del al muy pero gracias usted ustedes hemos está estamos nuestro nuestra como más ya también cuando hola puede disculpe lamentamos este esta'
	),
	fr: words(
		"le la les des du et une est que vous votre vos nous pour pas dans sur avec ce cette sont merci bonjour je il elle au aux qui mais très été c'est nous avons n'hésitez"
	),
	de: words(
		'der die das und ist nicht sie ihr ihre ihnen wir mit für auf ein eine einen dem den des zu von bitte danke ich es auch wird werden haben sind bei noch hallo vielen'
	),
	pt: words(
		'os que em um uma é não você seu sua para com por do da dos das obrigado obrigada nós está mas já olá pedido estamos'
	),
	it: words(
		'il lo gli di che è un una per con non sono siamo suo sua grazie del della al alla ci ma anche buongiorno ciao vostro vostra'
	),
	nl: words('het een en niet je jij uw wij met voor dank bedankt zijn hebben wordt ook maar graag')
};

function words(list: string): ReadonlySet<string> {
	return new Set(list.split(' '));
}

/** Each stop word with the profiles it is in (indexes of PROFILES), to count hits in one pass. */
const PROFILES = Object.keys(STOPWORDS);
const PROFILES_OF = new Map<string, number[]>();
for (const [i, lang] of PROFILES.entries())
	for (const word of STOPWORDS[lang]!) {
		const list = PROFILES_OF.get(word);
		if (list) list.push(i);
		else PROFILES_OF.set(word, [i]);
	}

function latinLanguage(text: string): Lang {
	const tokens = text.match(LATIN_WORD) ?? [];
	if (tokens.length < 3) return 'unknown';
	const counts = new Array<number>(PROFILES.length).fill(0);
	for (const t of tokens) {
		const profiles = PROFILES_OF.get(t);
		if (profiles) for (const i of profiles) counts[i] = (counts[i] ?? 0) + 1;
	}
	let best = 'unknown';
	let bestHits = 0;
	let english = 0;
	for (const [i, lang] of PROFILES.entries()) {
		const hits = counts[i]!;
		if (lang === 'en') english = hits;
		else if (hits > bestHits) {
			best = lang;
			bestHits = hits;
		}
	}
	if (english >= 1 && english >= bestHits) return 'en';
	if (bestHits >= 2 && bestHits > english * 1.5) return best as Lang;
	// Accented letters without English or any known profile: some other Latin-script language.
	if (/[àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœ]/u.test(text) && english === 0) return 'latin';
	return english > 0 ? 'en' : 'unknown';
}
