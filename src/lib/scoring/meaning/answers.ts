import type { Locale, Localized } from '../../rubric';
import type { FinderInput, Match } from '../finders';
import type { Prepared, Span } from '../text';
import { conceptForm, conceptsIn, driftIn } from './concepts';
import { askedIn, type AskKind, type Question } from './questions';

const TIME: Record<Locale, RegExp> = {
	en: /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d+(?:-\d+)? ?(?:business |working )?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b|\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week)|next week|end of (?:the )?(?:day|week|month)|right now|immediately|shortly|already|just now|in a (?:minute|moment|few)|within the hour)\b|\b\d{1,2}(?::\d\d)? ?(?:am|pm)\b|\b\d{1,2}:\d\d\b|\b(?:no|don't have a|do not have a|can't give (?:you )?a|cannot give (?:you )?a) (?:firm |confirmed |fixed )?(?:date|time ?frame|timeline)|not (?:yet )?(?:scheduled|planned|on (?:the|our) roadmap)|\bno plans?\b/,
	ja: /\d+月\d+日|\d+日|[月火水木金土日]曜|[（(][月火水木金土日][)）]|本日|今日|明日|明後日|今週|来週|週明け|\d+営業日|日以内|時間以内|\d+時|分ほど|ただいま|すでに|既に|まもなく|未定|目処|めど|見込み|頃|ごろ|までに|予定はございません|予定はありません/
};

const STATUS: Record<Locale, RegExp> = {
	en: /\b(?:currently|right now|at the moment|so far|as of|i can see|we can see|our records show|i(?:'ve| have)? (?:checked|looked)|tracking (?:shows|says)|(?:is|are|was|were|has|have|had|'s|'ve) (?:now |still |already |just )?(?:been )?[a-z]{3,}ed\b|(?:is|are|was|were|has|have|'s|'re) (?:now |still |already |just )?(?:been )?(?:shipped|dispatched|delivered|processed|issued|refunded|fixed|resolved|held|stuck|waiting|due|expected|scheduled|planned|approved|sent|received|cancell?ed|unlocked|restored|reinstated|back|on (?:its|the|their) way|in transit|with|at|out|ready|live|working|down|running)|no longer|(?:got|reached|arrived|came|went)\b)/,
	ja: /ません|です|ます|現在|ただいま|確認(?:した|いたした|しました|いたしました)ところ|(?:て|で)(?:おり|い)ます|済み|中です|中でございます|完了|予定|見込み|いたしました|しました|されました|なっております|ございました|でした/
};

const CAUSE: Record<Locale, RegExp> = {
	en: /\bbecause\b|\bdue to\b|\bcomes? from\b|\bis down to\b|\bthe reasons?\b|\bwhy\b(?![^?]*\?)|\bthat's because|\bas (?:the|our|we|it|this|they)\b|caused by|the cause|the reason|reason (?:is|was)|\bsince (?:the|our|we|it)|as a result|which is why|that's why|that is why|\bhappened\b|\b(?:an?|our) (?:error|bug|fault|mistake|glitch|problem|oversight)\b|our (?:system|checkout|warehouse|team|side)|\bfailed\b|timed out|\bmissed\b|was (?:damaged|wrong|never|not)|wasn't|didn't|weren't|\bafter (?:the|our|a)\b|\bso (?:the|it|we)\b/,
	ja: /原因|ため|により|によって|による|影響|不具合|手違い|ミス|不備|漏れ|誤り|障害|ことから|せいで|ので|不足|失敗/
};

const INSTRUCTION: Record<Locale, RegExp> = {
	en: /(?:^|[.!?:] |\b(?:please|just|simply|then|first,?|next,?) )(?:go|open|click|tap|select|choose|enter|type|use|reply|send|call|visit|log|sign|head|pick|press|add|update|change|follow|check|try|restart|download|install|turn|switch|hit|scan|forward|attach|upload|email|contact|fill|print|drop|pop|take|let|keep|confirm|reset|pay|wait)\b|\byou (?:can|could|'ll need to|will need to|need to|just need|only need|should)\b|\ball you need\b|\bstep\b|\S ?> ?\S|https?:\/\/|\b(?:i|we)(?:'ve| have)? (?:now |just |already )?(?:done|unlocked|reset|sent|cancell?ed|redirected|changed|updated|fixed|refunded|restored|reinstated|reissued|booked|moved|applied|added|issued|arranged)\b|\b(?:i|we)(?:'ll| will| can|'m| am) (?:now |also )?(?:do|reset|unlock|send|sending|cancel|change|redirect|set|book|move|apply|add|issue|arrange|sort|call|ring|email)\b/,
	ja: /ください|くださいませ|いただけます|いただき|手順|から行え|から(?:お)?手続|できます|お手続き|[＞>→]|https?:\/\/|こちらで|いたします|いたしました|させていただ|お送りします|可能です/
};

const VERDICT: Record<Locale, RegExp> = {
	// Any statement about the thing asked for answers "can you": a yes, a no, what was done.
	en: /\b(?:yes|yep|sure|of course|absolutely|certainly|done|no problem|no need|happy to|glad to|can|could|cannot|can't|unable|not|afraid|unfortunately|sadly|i've|we've|has|have|had|is|are|was|were|will|'ll|won't|don't|doesn't|isn't|aren't|no,|policy|there's|it's|they're|you'll|[a-z]{3,}ed)\b/,
	ja: /可能|できます|できません|できかね|いたしかね|難しく|難しい|かしこまりました|承知|承りました|いたします|いたしました|ございません|ございます|残念ながら|あいにく|ません|です|ます/
};

const REFUSAL: Record<Locale, RegExp> = {
	en: /\b(?:i|we)(?:'m| am| are|'re)? (?:afraid |sorry,? )?(?:can't|cannot|can not|won't be able|am unable|are unable|unable|not able)\b|\bisn't possible\b|\bis not possible\b/,
	ja: /いたしかね|できかね|できません|致しかね|難しい状況|お受けできません/
};

const ANSWER_FORMS: Record<AskKind, Record<Locale, RegExp>[]> = {
	when: [TIME],
	status: [STATUS, TIME, CAUSE],
	why: [CAUSE],
	how: [INSTRUCTION],
	can: [VERDICT, INSTRUCTION],
	refund: [VERDICT, TIME, STATUS],
	replacement: [VERDICT, TIME, STATUS],
	cancel: [VERDICT, TIME, STATUS]
};

/** Subjects a kind of request is about by itself ("a refund" is about the money). */
const KIND_CONCEPT: Partial<Record<AskKind, string>> = {
	refund: 'money',
	replacement: 'replacement',
	cancel: 'cancel'
};

/**
 * The reply asks the customer for something it needs before it can answer (an account id, a
 * photo): a turn that asks back is not a turn that leaves the question unanswered.
 */
const ASKS_BACK: Record<Locale, RegExp> = {
	en: /\b(?:could|can|would|will) you (?!like\b)[a-z]+|\bwhat(?:'s| is| was) (?:your|the)\b|\bwhich\b|\bdo you (?:have|know|see|remember|mean|get)\b|\bdid you\b|\bhave you\b|\bare you (?:seeing|using|on)\b|\bis (?:it|this|that) (?:the|on|for|in|when|after)\b/,
	ja: /(?:教えて|お知らせ|お送り|ご提供|お聞かせ|ご入力)(?:いただけ|くださ|願え)|(?:でしょうか|ますか|ませんか|ですか)[。？?]?\s*$/
};

/** A chat turn that holds the line while the agent looks ("one moment, checking now"). */
const HOLDS: Record<Locale, RegExp> = {
	en: /\b(?:one|a) (?:moment|minute|sec(?:ond)?)\b|\bbear with me\b|\blet me (?:check|look|pull|find|see)\b|\bchecking (?:now|that)\b|\bgive me a (?:moment|minute|sec)/,
	// "楽しみにお待ちください" looks forward to a delivery; it does not hold the chat.
	ja: /少々お待ち|(?<!楽しみに(?:して)?)お待ちください(?:ませ)?[。]?$|お調べ(?:します|いたします)|確認(?:します|いたします)ので/
};

const INVITATION: Record<Locale, RegExp> = {
	en: /anything else|any (?:other|more) questions|would that help|does that help|is there anything|want me to|like me to|need anything/,
	ja: /ほかに|他に|ございますでしょうか|ご不明な点|何かございましたら|よろしいでしょうか/
};

const ALTERNATIVES: Record<Locale, RegExp> = {
	en: /\bor\b/,
	ja: /または|もしくは|[\p{Script=Han}\p{Script=Katakana}ー]か、?[\p{Script=Han}\p{Script=Katakana}]/u
};

const QUESTION_END = /[?？]\s*\S{0,2}$/u;

/**
 * Thanks, an apology or sympathy: "We're sorry to hear about your order" speaks to the customer's
 * feelings, not to what they asked, so it is taken out before a sentence is read as an answer.
 */
const COURTESY: Record<Locale, RegExp> = {
	en: /\b(?:(?:i|we)(?:'m|'re| am| are)? (?:so |really |very |truly |terribly |deeply )?(?:sorry|apologi[sz]e)|(?:so |really |very )?sorry|apologies|(?:thank you|thanks)(?: (?:so|very) much)?)(?: (?:to hear|for|about|that|your|you|the|this|it|they)\b(?:[^.,;:!?]|[.,:](?=\d))*)?/g,
	ja: /(?:大変|誠に|本当に)?(?:申し訳(?:ござい|あり)ません(?:でした)?|お詫び申し上げます|ありがとうございます|恐れ入ります)/g
};

/** A plain yes or no opening the reply answers a yes-or-no question, whatever follows it. */
const OPENING_VERDICT: Record<Locale, RegExp> = {
	en: /^(?:hi|hello|dear)?[^.!?\n]{0,20}?\b(?:yes|yep|no|of course|absolutely|certainly|sure)\b(?:,|!|\.|\s*[-–—])/,
	ja: /^(?:はい|いいえ|もちろん)[、。！]/
};

export interface Reading {
	/** The customer's questions, main first, each with the sentence that answers it (if any). */
	questions: { question: Question; answer?: Span }[];
	/** The reply asks the customer for what it needs before answering. */
	asksBack: boolean;
}

/** Which of the customer's questions the reply answers, and where. */
export function readAnswers(p: Prepared, message: string | undefined): Reading {
	const asked = askedIn(message, p.locale);
	if (!asked.questions.length) return { questions: [], asksBack: false };
	const body = p.sentences.filter((s) => s.start < p.signatureStart);
	const texts = body.map((s) => p.norm.slice(s.start, s.end));
	const asksBack = texts.some(
		(t) =>
			HOLDS[p.locale].test(t) ||
			((QUESTION_END.test(t) || p.locale === 'ja') &&
				ASKS_BACK[p.locale].test(t) &&
				!INVITATION[p.locale].test(t))
	);
	// Each sentence's subjects are read once, however many questions look at them.
	const subjects: (Set<string> | undefined)[] = [];
	const subjectsOf = (i: number) => (subjects[i] ??= conceptsIn(texts[i]!, p.locale));
	const paragraph = paragraphIndex(p, body);
	const plain = texts.map((t) => t.replace(COURTESY[p.locale], ' '));
	const opening = texts.findIndex((t) => !/^\s*(?:hi|hello|dear)\b[^.!?\n]*[,!]?\s*$/.test(t));
	const refunds = new Set(asked.questions.filter((q) => q.kind === 'refund').map((q) => q.text));
	const questions = asked.questions.map((question) => {
		if (question.kind === 'can' && opening >= 0 && OPENING_VERDICT[p.locale].test(texts[opening]!))
			return { question, answer: body[opening] };
		const answer = body.find((_, i) =>
			answers(
				plain[i]!,
				p.locale,
				question,
				asked.raised,
				asked.named,
				refunds.has(question.text),
				() => {
					// The subject may sit a sentence or two earlier, or open the paragraph: "The
					// courier has your parcel. They expect to deliver on Friday."
					const near = new Set<string>();
					for (let k = 0; k <= i; k++)
						if (k >= i - 2 || paragraph[k] === paragraph[i])
							for (const c of subjectsOf(k)) near.add(c);
					return near;
				}
			)
		);
		return { question, answer };
	});
	return { questions, asksBack };
}

function answers(
	text: string,
	locale: Locale,
	question: Question,
	raised: Set<string>,
	named: Set<string>,
	refundAsked: boolean,
	near: () => Set<string>
): boolean {
	if (!ANSWER_FORMS[question.kind].some((form) => form[locale].test(text))) return false;
	// A sentence about returns, a plan or tips the customer never raised answers something else.
	for (const drift of driftIn(text, locale)) if (!raised.has(drift)) return false;
	// A refund, replacement or cancellation named in the sentence is an answer to a request for one.
	const own = KIND_CONCEPT[question.kind];
	if (own && conceptForm(own, locale)!.test(text)) return true;
	// A plain no answers "can you", whatever words it uses for the thing refused.
	if ((question.kind === 'can' || own) && REFUSAL[locale].test(text)) return true;
	const subjects = near();
	// A cancellation is answered only about the cancellation: "your booking stays valid" shares
	// the booking with "please cancel my booking", yet refuses nothing and grants nothing. (A
	// replacement or a refund may be answered by the right item or the points given back.)
	if (question.kind === 'cancel') return subjects.has('cancel');
	// A refund is answered about the money, or about what the customer's questions themselves name
	// ("put my points back"): a sentence sharing only the background of the message ("I've booked
	// a coach instead") says nothing of the money asked for.
	// "How do I get my £46 back?" asks how to get the refund: the same holds for it.
	if (question.kind === 'refund' || (refundAsked && !own))
		return subjects.has('money') || [...named].some((c) => subjects.has(c));
	if (!question.concepts.size) return true;
	for (const c of question.concepts) if (subjects.has(c)) return true;
	return false;
}

/** For each sentence, the number of the paragraph (blank-line separated block) it stands in. */
function paragraphIndex(p: Prepared, sentences: readonly Span[]): number[] {
	let n = 0;
	let last = 0;
	return sentences.map((s) => {
		if (p.norm.slice(last, s.start).includes('\n\n')) n++;
		last = s.end;
		return n;
	});
}

const KIND_NAMES: Record<AskKind, Localized> = {
	when: { en: 'when', ja: '時期' },
	status: { en: 'where things stand', ja: '現在の状況' },
	why: { en: 'why it happened', ja: '原因' },
	how: { en: 'what to do', ja: 'どうすればよいか' },
	can: { en: 'whether we can do what they ask', ja: 'ご依頼に対応できるかどうか' },
	refund: { en: 'for a refund', ja: '返金' },
	replacement: { en: 'for a replacement', ja: '交換' },
	cancel: { en: 'to cancel', ja: '解約・キャンセル' }
};

const WANTED: Record<AskKind, Localized> = {
	when: { en: 'a date or time for that very thing', ja: 'その事柄についての日付や時期' },
	status: { en: 'a plain statement of where it stands now', ja: '今どうなっているかの説明' },
	why: { en: 'the cause, even in one honest sentence', ja: '一文でもよいので率直な原因の説明' },
	how: {
		en: 'the steps, or the action we take for them',
		ja: '手順、または当社が代わりに行う対応'
	},
	can: {
		en: 'a yes, or a no with the reason and what we can do instead',
		ja: '可否（できない場合は理由と代わりにできること）'
	},
	refund: { en: 'the refund named and what happens to it', ja: '返金の可否とその後の流れ' },
	replacement: {
		en: 'the replacement named and what happens next',
		ja: '交換の可否とその後の流れ'
	},
	cancel: {
		en: 'whether it is cancelled and what follows',
		ja: '解約・キャンセルの可否とその後の流れ'
	}
};

function unansweredMessage(question: Question, main: boolean): Localized {
	const kind = KIND_NAMES[question.kind];
	const wanted = WANTED[question.kind];
	return main
		? {
				en: `The customer asked ${kind.en} ("${clip(question.text)}"), and nothing here answers that; they wanted ${wanted.en}. A reply that answers another question reads as not listening, however polite.`,
				ja: `お客様は${kind.ja}についてお尋ねです（「${clip(question.text)}」）が、返信にその答えがありません。求められているのは${wanted.ja}です。別の話題に答えても、丁寧さでは補えません。`
			}
		: {
				en: `The customer also asked ${kind.en} ("${clip(question.text)}"), and the reply leaves it open; add ${wanted.en}.`,
				ja: `お客様は${kind.ja}についてもお尋ねです（「${clip(question.text)}」）が、答えが抜けています。${wanted.ja}を添えましょう。`
			};
}

function clip(text: string): string {
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The body above the signature, as the span a finding about the whole reply points at. */
function bodySpan(p: Prepared): Span {
	const first = p.sentences[0];
	return first && first.start < p.signatureStart
		? { start: first.start, end: Math.min(p.signatureStart, p.norm.trimEnd().length) }
		: { start: 0, end: 0 };
}

const readings = new WeakMap<Prepared, Reading>();

/** `readAnswers`, read once per prepared reply however many checks ask. */
export function reading(p: Prepared, message: string | undefined): Reading {
	let r = readings.get(p);
	if (!r) {
		r = readAnswers(p, message);
		readings.set(p, r);
	}
	return r;
}

/**
 * The reply answers none of the customer's questions (and does not ask back for what it needs).
 * Which of several questions is the main one is a guess; answering none of them is not.
 */
export function findUnanswered({ p, ctx }: FinderInput): Match[] {
	const r = reading(p, ctx.customer.message);
	const main = r.questions[0];
	if (!main || r.questions.some((q) => q.answer) || r.asksBack) return [];
	return [
		{ ...bodySpan(p), part: main.question.kind, message: unansweredMessage(main.question, true) }
	];
}

/** One of the customer's questions is left open while another is answered. */
export function findUnansweredOther({ p, ctx }: FinderInput): Match[] {
	const r = reading(p, ctx.customer.message);
	if (!r.questions.some((q) => q.answer) || r.asksBack) return [];
	// "A replacement or my money back" offers a choice: answering one of the two answers it.
	const chosen = (q: Question) =>
		ALTERNATIVES[p.locale].test(q.text) &&
		r.questions.some((o) => o.answer && o.question.text === q.text);
	return r.questions
		.filter((q) => !q.answer && !chosen(q.question))
		.slice(0, 1)
		.map((q) => ({
			...bodySpan(p),
			part: q.question.kind,
			message: unansweredMessage(q.question, false)
		}));
}
