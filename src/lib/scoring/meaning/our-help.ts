import type { Prepared } from '../text';

/**
 * Whether the reply says what we ourselves do about the problem: "I've chased the courier", "we'll
 * refund", "let me check", 当社から配送業者に確認いたします. Naming a partner, the system or another
 * team as the cause is a neutral report when we act on it; without any action of ours it is
 * responsibility handed away.
 */
export function offersOurHelp(p: Prepared): boolean {
	const body = p.norm.slice(0, p.signatureStart);
	return p.locale === 'en'
		? OUR_ACTION_EN.test(body) || LET_ME.test(body)
		: OUR_ACTION_JA.test(body);
}

// A promise (we'll chase, I can refund) or a done action (I've chased); "I've looked into this"
// is only reading the case, and does not count.
const OUR_ACTION_EN =
	/\b(?:i|we)(?:'ll| will| can| shall|'m going to| am going to|'re going to| are going to| would be (?:happy|glad) to|'d be (?:happy|glad) to|'m (?:happy|glad) to| am (?:happy|glad) to)(?: (?:now|also|personally|gladly|happily|immediately|today|be|able to))* (?:chas|contact|follow|escalat|rais|send|refund|arrang|call|check|look|fix|replac|reship|re-send|resend|credit|ask|speak|push|monitor|keep|email|process|book|cover|reimburs|waiv|reissu|revers|cancel|restor|unlock|reset|correct|updat|chang|investigat|open|log|report|request|order|dispatch|expedit|priorit|issu|add|appl|upgrad|extend|honou?r|compensat|tak|get|hand|deliver|track|confirm)\w*|\b(?:i|we)(?:'ve| have| just| already| also)* (?:chased|contacted|escalated|raised|sent|refunded|arranged|called|fixed|replaced|reshipped|resent|credited|asked|spoke|pushed|emailed|processed|booked|reimbursed|waived|reissued|reversed|cancelled|canceled|restored|unlocked|reset|corrected|updated|changed|opened|logged|reported|requested|ordered|dispatched|expedited|issued|added|applied|upgraded|extended|honou?red|compensated|released|flagged)\b/u;
const LET_ME = /\blet me (?!know)\w/u;
// Any two-character action noun done by us (付与いたします, 手配しました), save courtesies (感謝いたします).
const OUR_ACTION_JA =
	/(?:(?!感謝|失礼|恐縮|期待|祈念|承知|理解|拝見|拝察|心配|安心|了承)\p{Script=Han}{2}|お送り|お届け|お戻し|お返し|お調べ|お預かり|お繋ぎ|おつなぎ|差し替え|取り消し|お問い合わせ|問い合わせ)(?:を)?(?:いたし|致し|させていただき|してまいり|しており|いたしており|し)(?:ます|ました)(?!か)/u;
