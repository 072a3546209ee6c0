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

// First person plus an action verb; "we'll be in touch" alone is too thin to count as help.
const OUR_ACTION_EN =
	/\b(?:i|we)(?:'ll|'ve|'m|'re| will| have| am| are| can| would| shall)?(?: (?:now|already|personally|also|just|gladly|happily|immediately|today|be|been|going to|able to|glad to|happy to))* (?:chas|contact|follow|escalat|rais|send|sent|refund|arrang|call|check|look|fix|replac|reship|re-send|resend|credit|ask|speak|spoke|push|monitor|keep|email|process|book|cover|reimburs|waiv|reissu|revers|cancel|restor|unlock|reset|correct|updat|chang|investigat|open|logg|report|request|order|dispatch|expedit|priorit|issu|add|appl|upgrad|extend|honou?r|compensat|tak|get|hand|deliver|track|confirm)\w*/u;
const LET_ME = /\blet me (?!know)\w/u;
// Any two-character action noun done by us (付与いたします, 手配しました), save courtesies (感謝いたします).
const OUR_ACTION_JA =
	/(?:(?!感謝|失礼|恐縮|期待|祈念|承知|理解|拝見|拝察|心配|安心|了承)\p{Script=Han}{2}|お送り|お届け|お戻し|お返し|お調べ|お預かり|お繋ぎ|おつなぎ|差し替え|取り消し|お問い合わせ|問い合わせ)(?:を)?(?:いたし|致し|させていただき|してまいり|しており|いたしており|し)(?:ます|ました)(?!か)/u;
