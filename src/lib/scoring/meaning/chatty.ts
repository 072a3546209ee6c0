import type { Localized } from '../../rubric';
import type { FinderInput, Match } from '../finders';

/**
 * Marks of speech in writing: interjections, fillers, slang, emoticons, a run of exclamation marks,
 * and in Japanese the spoken forms that slip into a です・ます sentence (すみません, 〜, んです, ですよ,
 * ちゃう). One of them can be warmth; several together read as a chat with a friend, which the level
 * meanings call "too casual" even when every sentence ends politely.
 */
interface Marker {
	kind: string;
	pattern: RegExp;
	message: Localized;
}

const EN: Marker[] = [
	{
		kind: 'interjection',
		pattern: /\b(?:oh no|oh|oof|gosh|whoops|oops|yikes|phew|haha|ha|lol|eek|wow|yay|ugh)\b/,
		message: {
			en: 'An interjection ("oh", "ha", "oof") sounds like talking to a friend; say what you feel in a sentence instead.',
			ja: '「oh」「ha」などの感嘆詞は友人との会話のように響きます。気持ちは文で伝えましょう。'
		}
	},
	{
		kind: 'filler',
		pattern:
			/\b(?:basically|to be fair|you know|i mean|the thing is|long story short|the long and the short)\b|(?:^|[.!?\n]\s*)(?:so|well|anyway|anyhow)\b[,!]/m,
		message: {
			en: 'A spoken filler ("so,", "basically", "anyway") makes the reply ramble; go straight to the point.',
			ja: '「so,」「basically」のような話し言葉のつなぎは、返信を冗長に見せます。要点から書きましょう。'
		}
	},
	{
		kind: 'slang',
		pattern:
			/\b(?:easy peasy|a bit of a|pop(?:ped|ping)? (?:in|it|by|over|out|into|round)|whizz|stuff|folks|guys|kinda|sorta|gonna|wanna|gotta|loads of|super|awesome|rubbish|no worries|hey|hi there|fingers crossed|yep|yeah|nope)\b/,
		message: {
			en: 'Slang ("no worries", "a bit of a", "pop it in") reads as too casual for a support reply; keep it friendly but plain.',
			ja: '「no worries」などのくだけた言い回しは、サポートの返信には軽すぎます。親しみやすく、かつ丁寧な言葉を選びましょう。'
		}
	},
	{
		kind: 'emoticon',
		pattern: /(?:^|\s)[:;]-?[)d(p](?=\s|$)|\p{Extended_Pictographic}/mu,
		message: {
			en: 'An emoticon or emoji reads as a personal message, not a support reply.',
			ja: '顔文字や絵文字は私的なメッセージの印象を与えます。'
		}
	},
	{
		kind: 'exclaimed-greeting',
		pattern: /^(?:hi|hello|hey)\b[^\n.!?]{0,30}!/m,
		message: {
			en: 'A greeting with an exclamation mark sets a chatty tone from the first line.',
			ja: '感嘆符つきのあいさつは、冒頭から軽い印象を与えます。'
		}
	}
];

const JA: Marker[] = [
	{
		kind: 'sumimasen',
		pattern: /すみません|すいません/,
		message: {
			ja: '「すみません」は話し言葉の謝り方です。文面では「申し訳ございません」とお詫びしましょう。',
			en: 'すみません is a spoken apology; in writing, 申し訳ございません keeps the register.'
		}
	},
	{
		kind: 'long-vowel',
		pattern: /[ぁ-んァ-ヶー][〜~]/u,
		message: {
			ja: '「〜」で語尾を伸ばす書き方は、友人とのやりとりの印象を与えます。',
			en: 'Stretching a word with 〜 reads like a message to a friend.'
		}
	},
	{
		kind: 'symbol',
		pattern: /[♪☆★]|\p{Extended_Pictographic}/u,
		message: {
			ja: '♪や絵文字は、サポートの文面ではくだけすぎた印象になります。',
			en: '♪ and emoji are too casual for a support reply.'
		}
	},
	{
		kind: 'explanatory-n',
		pattern: /(?<=[ぁ-んァ-ヶー一-龥])んです/u,
		message: {
			ja: '「〜んです」は話し言葉の言い方です。「〜のです」「〜ております」など、文面の形にしましょう。',
			en: '〜んです is spoken Japanese; in writing use 〜のです or state it plainly in です/ます.'
		}
	},
	{
		kind: 'particle-yo',
		pattern: /(?:です|ます)よ(?!ね|う)/,
		message: {
			ja: '「ですよ」「ますよ」は相手に言い聞かせる話し言葉で、文面ではなれなれしく響きます。',
			en: 'ですよ/ますよ is spoken and can sound over-familiar in writing.'
		}
	},
	{
		kind: 'contraction',
		pattern: /(?:ちゃ|じゃ)[うっいえ]/,
		message: {
			ja: '「〜ちゃう」「じゃない」などの縮約形は話し言葉です。「〜てしまう」「ではない」と書きましょう。',
			en: 'Contractions like 〜ちゃう or じゃない are spoken forms; write 〜てしまう, ではない.'
		}
	},
	{
		kind: 'colloquial',
		pattern:
			/ほんと|すごく|めっちゃ|とっても|たぶん|えっと|うちの|けっこう|そりゃ|やっぱり|(?:^|[。!\n])\s*あ[、っ]/mu,
		message: {
			ja: '「ほんとに」「たぶん」「えっと」などの話し言葉は、文面ではくだけた印象になります。',
			en: 'Spoken words (ほんとに, たぶん, えっと) make the reply sound casual.'
		}
	},
	{
		kind: 'kedo',
		pattern: /(?:です|ます)けど/,
		message: {
			ja: '「ですけど」は話し言葉です。「ですが」とつなぎましょう。',
			en: 'ですけど is spoken; ですが keeps the register.'
		}
	},
	{
		kind: 'morau',
		pattern: /もらえ|もらって/,
		message: {
			ja: 'お客様にお願いするときの「もらう」はくだけた言い方です。「いただく」を使いましょう。',
			en: 'もらう for what the customer does is casual; いただく is the polite form.'
		}
	}
];

const EXCLAMATIONS_FOR_A_MARK = 3;
const EXCLAMATION = /[!！]/g;
const EXCLAMATION_MESSAGE: Localized = {
	en: 'Exclamation marks all through the reply make it sound breezy rather than attentive.',
	ja: '感嘆符が続くと、落ち着きのない軽い印象になります。'
};

/**
 * One match per kind of speech mark found in the body (above the signature), when at least `min`
 * kinds (per locale; default 2) are there: a single "oh" or よね is warmth, a mix is a register.
 */
export function findChatty({ p, check }: FinderInput): Match[] {
	const body = p.norm.slice(0, p.signatureStart);
	const out: Match[] = [];
	for (const marker of p.locale === 'ja' ? JA : EN) {
		const m = marker.pattern.exec(body);
		if (!m) continue;
		const lead = m[0].length - m[0].trimStart().length;
		out.push({ start: m.index + lead, end: m.index + m[0].length, message: marker.message });
	}
	const marks = [...body.matchAll(EXCLAMATION)];
	if (marks.length >= EXCLAMATIONS_FOR_A_MARK) {
		const third = marks[EXCLAMATIONS_FOR_A_MARK - 1]!;
		out.push({ start: third.index, end: third.index + 1, message: EXCLAMATION_MESSAGE });
	}
	const min = check.min?.[p.locale] ?? 2;
	return out.length >= min ? out.sort((a, b) => a.start - b.start) : [];
}
