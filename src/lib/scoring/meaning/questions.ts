import type { Locale } from '../../rubric';
import { prepare, type Span } from '../text';
import { conceptsIn, driftIn } from './concepts';
import { perMessage } from './per-message';

/** What a customer can ask for; each wants its own kind of answer. */
export type AskKind =
	'when' | 'status' | 'why' | 'how' | 'can' | 'refund' | 'replacement' | 'cancel';

export interface Question {
	kind: AskKind;
	/** The subjects of the sentence that asks it (or of the whole message when it names none). */
	concepts: Set<string>;
	/** The asking sentence, in the normalised message. */
	text: string;
}

export interface Asked {
	/** In the order the customer asked them; the first is the main question. */
	questions: Question[];
	/** Drift subjects the customer raised themselves (a reply may then speak of them). */
	raised: Set<string>;
	/** What the asking sentences name themselves, leaving out a time they set ("before it ships"). */
	named: Set<string>;
}

const CUES: Record<AskKind, Record<Locale, RegExp>> = {
	when: {
		en: /\bwhen (?:will|is|are|can|do|does|would|should|did|exactly|roughly|might)\b|\bwhen\?|how long|how soon|by when|what time|what date|which day|\beta\b|in time\b|time ?frame|timeline|\b(?:before|by) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)\b[^.!]*\?/,
		ja: /いつ(?!も|から)|どのくらい|どれくらい|何日|時期|目処|めど|見込み|間に合/
	},
	status: {
		en: /where (?:is|are|'s)|where's|what(?:'s| is) (?:going on|happening|the status)|what happened to|any (?:update|news)|status of|has it (?:shipped|been)|is it (?:coming|on its way)|nothing has (?:changed|happened)|(?:hasn't|has not|haven't|still not|still hasn't) (?:arrived|moved|come|been (?:delivered|shipped|refunded|sent|fixed|processed|credited)|received|had (?:a |any )?(?:reply|response|refund|update))|still (?:don't|do not|haven't) (?:have|got|see)|nobody (?:called|rang|came|replied)/,
		ja: /どうなって|どういうこと|どこにあ|まだ届|届いていません|届きません|届かない|変わっていません|進捗|状況|連絡(?:も|が)?(?:あり|来)ませんでした/
	},
	why: {
		en: /\bwhy\b(?! should)|how come|what happened|how (?:did|could|can) (?:this|that|it|you)|what (?:caused|went wrong)|what(?:'s| is) wrong|\bexplain\b/,
		ja: /なぜ|(?<!に)どうして(?!いただ|くださ|くれ|もら|ほし)|何が起き|原因|理由|説明して|どう考えて/
	},
	how: {
		en: /how (?:do|can|should|would) (?:i|we)\b|what (?:do|should|can|must) (?:i|we) (?:do|need)|what are my options|\bhow to\b|what now|what happens now|what next|what do you need/,
		ja: /どうすれば|どうしたら|どのように|どうやって|方法|手順|どうにかして|何をすれば/
	},
	can: {
		en: /\bwhy should\b|\b(?:can|could|would|will) you\b|\b(?:can|could|may) (?:i|we)\b|is it possible|is there (?:any|a) way|are you able|\b(?:is|are|do|does|did|will|have|has) (?:it|you|there|this|that|they)\b[^.!]*\?|\bplease (?!find|note|see|be)[a-z]+|\bi (?:want|need|expect|would like|'d like)\b|\bi'd like\b|\bmake it work\b/,
		ja: /(?:でき|でき)(?:ます|ません)か|可能(?:です|でしょう)か|いただけ(?:ます|ません)(?:でしょう)?か|(?:もらえ|くれ)(?:ます|ません)か|ない(?:ん|の)ですか|(?:あり|ござい)(?:ます|ません)か|でしょうか|ますか|ください|てほしい|て欲しい|お願いします|お願いいたします|たいのですが|たいです/
	},
	refund: {
		en: /\brefund|money back|my money|pay me\b|reimburs|compensat|put (?:it|them|the \w+) back|\bget (?:my |the |this |that )?(?:[£$€¥] ?\d[\d.,]*|\d[\d.,]* ?(?:pounds|dollars|euros)) back\b/,
		ja: /返金|お金を返|返して|払い戻|補償|返還|元に戻/
	},
	replacement: {
		en: /\breplacement|\breplace (?:it|them|the)|exchange|the right one|correct one|a new one|send (?:me )?another/,
		ja: /交換|代わりの|代替|再送|正しいの|正しいもの|正しい商品/
	},
	cancel: {
		// "My train was cancelled" reports what happened to them; it does not ask us to cancel.
		en: /(?<!\b(?:was|were|been|being|got|gets|is|are|has|have|had) )\bcancel|close my account|unsubscribe|stop (?:my )?subscription/,
		ja: /(?:解約|退会|キャンセル)(?!(?:され|になっ|となっ|になり|となり|扱い))/
	}
};

/** A kind named only to be refused ("a replacement, not a refund") is not asked for. */
const REFUSED: Record<Locale, RegExp> = {
	en: /(?:\bnot|\bno|don't want|do not want|rather than|instead of|i'll|i will|i'm going to|thinking of|considering|or i) (?:a |an |the |my )?$/,
	ja: /^(?:ではなく|じゃなく|は(?:不要|いりません|結構)|(?:も|を)?(?:考え|検討))/
};

/** A time a request is set against ("before it ships", 発送前に): when, not what, is asked. */
const TIME_CLAUSE: Record<Locale, RegExp> = {
	en: /\b(?:before|after|until|till|once|by the time|as soon as) (?:it|they|the \w+|my \w+|i|we|you)\b[^,.;?!]*/g,
	ja: /[\p{Script=Han}\p{Script=Katakana}ー]+(?:する|される)?(?:前|後|まで)に/gu
};

const ORDER: AskKind[] = ['refund', 'replacement', 'cancel', 'when', 'why', 'how', 'status', 'can'];

const readOnce = perMessage(readQuestions);

/** What the customer's message asks, main question first. */
export function askedIn(message: string | undefined, locale: Locale): Asked {
	return message
		? readOnce(message, locale)
		: { questions: [], raised: new Set(), named: new Set() };
}

function readQuestions(message: string, locale: Locale): Asked {
	const p = prepare(message, locale);
	// A short follow-up in a chat ("so when will I see it?") leans on the turns before it: its
	// answer need not name the subject again.
	const followUp = p.sentences.length <= 2 && p.norm.length < (locale === 'ja' ? 50 : 90);
	const whole = followUp ? new Set<string>() : conceptsIn(p.norm, locale);
	const questions: Question[] = [];
	const seen = new Set<AskKind>();
	const named = new Set<string>();
	for (const sentence of p.sentences) {
		const text = p.norm.slice(sentence.start, sentence.end);
		const kinds = ORDER.filter((kind) => asks(text, kind, locale));
		// "Can you tell me when…" asks when; the "can you" only frames it.
		const framed = kinds.length > 1 ? kinds.filter((k) => k !== 'can') : kinds;
		if (!framed.length) continue;
		// The asking sentence often leans on the rest of the message ("Can you make it work?").
		const concepts = followUp ? whole : new Set([...conceptsIn(text, locale), ...whole]);
		for (const c of conceptsIn(text.replace(TIME_CLAUSE[locale], ' '), locale)) named.add(c);
		for (const kind of framed) {
			if (seen.has(kind)) continue;
			seen.add(kind);
			questions.push({ kind, concepts, text });
		}
	}
	return { questions, raised: driftIn(p.norm, locale), named };
}

function asks(text: string, kind: AskKind, locale: Locale): boolean {
	const cue = CUES[kind][locale];
	const m = cue.exec(text);
	if (!m) return false;
	const refused =
		locale === 'en'
			? REFUSED.en.test(text.slice(Math.max(0, m.index - 16), m.index))
			: REFUSED.ja.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
	return !refused;
}

export type { Span };
