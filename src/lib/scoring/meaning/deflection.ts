import type { Localized } from '../../rubric';
import type { FinderInput, Match } from '../finders';
import { anyOf, readClauses, type RuleSet } from './clause';

/**
 * Responsibility pushed away from us: onto another department, a partner, the courier, the bank or
 * "the system". Saying that another party is involved is not evasion ("Swiftline relabelled it this
 * morning"); it is when we disown the problem ("not our responsibility", "nothing we can do"), or
 * hand the customer over to someone else to sort it out. Naming who handles something is only
 * counted together with a refusal to help or a redirect elsewhere in the reply.
 */
export function findDeflection({ p }: FinderInput): Match[] {
	const strong = readClauses(p, STRONG);
	const who = readClauses(p, WHO);
	const redirect = readClauses(p, REDIRECT);
	const refusal = readClauses(p, REFUSAL);
	// Any two of "X handles it", "ask X" and "we can't answer" say "not us": one alone may be help.
	const kinds = [who, redirect, refusal].filter((list) => list.length);
	const paired = kinds.length >= 2 ? kinds.flat() : [];
	const standing = refusal.filter((m) => m.message === ANSWER_REFUSED);
	const all = [...strong, ...paired, ...standing];
	return all
		.filter((m, i) => all.findIndex((o) => o.start < m.end && m.start < o.end) === i)
		.sort((a, b) => a.start - b.start);
}

const DISOWN: Localized = {
	en: 'This disowns the problem. Even when another party caused it, the customer chose us: say what we will do about it.',
	ja: '問題を当社の外に押し出しています。他社が原因でも、お客様が選んだのは当社です。当社として何をするかを伝えましょう。'
};
const HANDED_OVER: Localized = {
	en: 'The customer is sent to another team or company to sort it out themselves. Follow it up for them, or at least say what we will do meanwhile.',
	ja: 'お客様を他部署・他社に回して、ご自身で解決させようとしています。当社から確認するか、少なくとも当社で何をするかを伝えましょう。'
};
const ANSWER_REFUSED: Localized = {
	en: 'Refusing even to answer leaves the customer with nothing. Say what you can tell them, and who will answer the rest and when.',
	ja: '回答そのものを断ると、お客様には何も残りません。お伝えできることと、残りを誰がいつ回答するかを伝えましょう。'
};

// The third parties a booking or order passes through count as much as our own departments.
const PARTY_EN =
	'(?:department|team|partner|provider|courier|carrier|bank|card issuer|issuer|administrator|admin|office|management|finance|warehouse|supplier|manufacturer|platform|system|company|depot|developers?|engineers?|hotel|property|venue|airline|operator|seller|retailer|merchant|host|front desk|reception)';
const PARTY_JA =
	'(?:配送業者|運送会社|運送業者|宅配業者|配送会社|カード会社|決済会社|運営会社|提供元|開発元|他社|同社|物流センター|倉庫|本社|メーカー|銀行|データセンター事業者|事業者|部門|部署|部|課|チーム|センター|会社|業者|システム)';

const STRONG: RuleSet = {
	en: [
		{
			re: anyOf(
				"\\b(?:not|isn't|is not|wasn't|was not|aren't|are not) (?:our|my) (?:responsibility|problem|fault|department|job|concern|area|topic|issue)\\b",
				"\\b(?:their|the courier's|the carrier's|the bank's|the provider's|the partner's|the manufacturer's) (?:responsibility|problem|fault)\\b",
				`\\b(?:is|are|was|were|remains?) (?:the )?responsibility of (?:our|the|your) (?:[\\p{L}-]+ ){0,3}?${PARTY_EN}`,
				'\\b(?:falls?|fell|are|is|lies|lie) (?:outside|beyond) (?:of )?our (?:control|remit|responsibility)\\b',
				'\\bout of our hands\\b',
				'\\bnothing (?:more |else |further )?(?:that )?(?:we|i) can do\\b',
				"\\b(?:we|i) (?:cannot|can't) do (?:much|anything) (?:from here|about it)\\b",
				"\\b(?:cannot|can't|won't) be held (?:accountable|responsible|liable)\\b",
				"\\b(?:we are|we're|the company is) not (?:responsible|liable|accountable)\\b",
				',\\s*not (?:of )?(?:us|ours)\\b',
				"\\b(?:is|it's|that's|it is|that is) not us\\b",
				"\\b(?:we|and) (?:cannot|can't) control\\b",
				"\\b(?:please |you(?:'ll| will)? (?:need to |have to |can |should )?)take it up with\\b",
				'\\b(?:is|are|was) not something (?:that |what )?(?:support|we|i|customer service|our team) (?:can|could|is able to) (?:do|help|change|fix|control)\\b',
				"\\b(?:aren't|isn't|are not|is not) something (?:we|i) (?:can )?control\\b",
				'\\bnot (?:our|my) (?:department|job|area)\\b',
				'\\bwe will decide whether\\b',
				"\\b(?:will|'ll) fix it when they fix it\\b",
				'\\bworking as (?:designed|intended)\\b',
				'\\bcontact the courier yourself\\b',
				'\\bnot something (?:that |what )?(?:customer (?:support|services?)|support|we|i|our team)(?: is| are| am)? (?:can |could )?(?:responsible for|able to|handle|do anything about)\\b',
				"\\b(?:that's|it's|that is|it is) on the (?:courier|carrier|bank|manufacturer)\\b",
				// "isn't something our team controls", "isn't really something we're responsible for"
				"\\b(?:isn't|is not|aren't|are not|wasn't|was not) (?:really |actually )?(?:something|anything) (?:that )?(?:[\\p{L}'-]+ ){0,3}?(?:(?:is|are|am) )?(?:really )?(?:controls?|decides?|responsible for|able to (?:change|reverse|control|overturn)|in charge of|can (?:control|change|reverse|overturn))\\b",
				"\\b(?:not|isn't|aren't|is not|are not) (?:ours|mine) to (?:change|decide|overturn|fix|reverse|make|question)\\b",
				'\\bnothing (?:more|else|further) (?:that )?(?:[\\p{L}-]+ ){1,3}?(?:can|could) do\\b',
				`\\b(?:really |entirely |purely |solely )?a matter (?:for (?:them|the (?:[\\p{L}-]+ ){0,2}?${PARTY_EN})|between (?:[\\p{L}-]+ ){1,3}?and)\\b`,
				"\\bonce (?:a|the|your) [\\p{L}-]+ (?:leaves|has left|is with|reaches) [^.!?\\n]{0,40}?\\b(?:it's|it is|they're|they are) (?:in|with|under) (?:the )?(?:their|[\\p{L}-]+'s) (?:care|hands|control|responsibility)\\b",
				"\\b(?:it's|it is|that's|that is) (?:just |simply )?(?:how|the way) (?:the|our) (?:system|software|platform|process|policy) works\\b",
				"\\bthe system's (?:decision|determination|call)\\b",
				'\\b(?:from|on) our (?:side|end)\\b[^.!?\\n]{0,40}?\\b(?:fulfilled|processed|handled|delivered|completed) (?:correctly|properly|as expected)\\b'
			),
			negatable: false,
			hedged: true,
			message: DISOWN
		}
	],
	ja: [
		{
			re: anyOf(
				'(?:弊社|当社|こちら|私ども)(?:側)?の(?:責任|問題|落ち度|過失|ミス|誤り|誤請求|不手際|不備)では(?:ございません|ありません|ない)',
				'(?:弊社|当社)(?:に|と)(?:は)?(?:関係|関わり)(?:ございません|ありません|ない)',
				'(?:弊社|当社)に(?:は)?非は(?:ございません|ありません|なく)',
				'責任を負いかねます',
				'責任を負う(?:事項|もの|こと|立場)では(?:ございません|ありません)',
				'管轄外',
				'どうしようも(?:ない|ございません|ありません)',
				'(?:こちら|当社|弊社|当窓口|窓口|当室|私ども)(?:で|では|としては|側では)(?:どうにも|何とも|どうすることも)(?:でき|なり|いたしかね|いたし)',
				'(?:どうにか|何とか|なんとか)できる(?:話|もの|こと)(?:で)?は(?:ない|ありません|ございません)',
				'(?:どうにか|何とか)できる話でもありません',
				`${PARTY_JA}(?:様|さん)?次第`,
				'開発部門の判断',
				'仕様ですので',
				'謝罪(?:は|も)いたしかね',
				'お答えすることも?いたしかねます'
			),
			message: DISOWN
		}
	]
};

/** Who handles it, said as the reason it is not ours. */
const WHO: RuleSet = {
	en: [
		{
			re: anyOf(
				`\\b(?:is|are|were|was) (?:created and |centrally |entirely |automatically )?(?:handled|managed|administered|made|decided|determined|controlled|dealt with|carried out|run|generated|done|set) (?:centrally |automatically |entirely )?(?:by|from) (?:our|the|your|their|a|an) (?:[\\p{L}-]+ ){0,4}?${PARTY_EN}\\b`,
				'\\bforwarded your (?:email|message|query) to them\\b',
				`\\b(?:is|are|was) (?:a matter|one|something) for (?:the|your|their) (?:[\\p{L}-]+ ){0,3}?${PARTY_EN} to (?:resolve|handle|sort out|deal with|fix|answer)\\b`
			),
			hedged: true,
			message: HANDED_OVER
		}
	],
	ja: [
		{
			re: anyOf(
				`${PARTY_JA}(?:様)?(?:の|にて|で|が)(?:管轄|管理|担当|判断|決定|責任|提供する|起因)`,
				`${PARTY_JA}(?:様)?の(?:設備|判断|対応)に起因`
			),
			message: HANDED_OVER
		}
	]
};

/** The customer sent elsewhere to sort it out. */
const REDIRECT: RuleSet = {
	en: [
		{
			re: anyOf(
				`\\b(?:please |we would (?:advise|ask|recommend|suggest) (?:you )?(?:to )?|we (?:advise|ask|recommend|suggest) (?:you )?(?:to )?|you (?:will )?(?:need|have) to |better you |you should )(?:contact|email|call|write to|check with|speak to|get in touch with|refer to|raise [^.!?\\n]{0,20} with)\\b[^.!?\\n]{0,50}`,
				'\\bshould be (?:directed|addressed|sent) to\\b',
				'\\b(?:the best (?:thing|option|route|course|way)|your best (?:bet|option)) (?:would be|is|will be) to (?:speak|talk|contact|call|email|write|ask|raise|go back)\\b',
				`\\b(?:contact|email|call|write to|check with) (?:the |your |our )?[^.!?\\n]{0,30}?\\bdirectly\\b`
			),
			hedged: true,
			message: HANDED_OVER
		}
	],
	ja: [
		{
			re: anyOf(
				`${PARTY_JA}(?:様)?(?:へ|に)(?:、)?(?:直接)?お問い合わせ(?:ください|くださいますよう|いただきますよう|いただけますよう)`,
				// The same with the enquiry first: 「お問い合わせは運送会社へ直接お願いできますでしょうか」.
				`お問い合わせ(?:は|を)、?${PARTY_JA}(?:様)?(?:へ|に)(?:、)?(?:直接)?(?:お願い|ご連絡|お問い合わせ)`,
				'直接お問い合わせ(?:ください|くださいますよう|いただきますよう)'
			),
			message: HANDED_OVER
		}
	]
};

/** We say we cannot answer or act, as a desk: "Customer Support is not able to comment". */
const REFUSAL: RuleSet = {
	en: [
		{
			re: anyOf(
				'\\b(?:not (?:able|in a position)|unable) to comment\\b',
				"\\b(?:customer (?:services?|support|team|care)|product support|support|chat agents?|agents|the customer team|this (?:team|desk|channel)) (?:is|are|do|does|has|have|can)(?: not|n't)? (?:not able|unable|not in a position|no access|not have access|no involvement|no control|not|cannot|can't)\\b(?: to)?(?: (?:assist|help|comment|make changes|change|access|resolve|see|discuss))?",
				'\\bcannot be (?:resolved|handled|dealt with|fixed) (?:via|by|over|in|through) (?:chat|email|phone|support)\\b',
				"\\b(?:we are|we're|i am|i'm) (?:therefore )?not in a position to\\b",
				'\\bunable to comment\\b',
				"\\b(?:isn't|is not|aren't|are not|doesn't|does not|don't|do not) (?:able to|have the ability to|have the (?:power|authority) to) (?:influence|override|intervene|overrule|see why)\\b",
				"\\bwe (?:don't|do not) see their\\b"
			),
			message: HANDED_OVER
		}
	],
	ja: [
		{
			re: anyOf(
				'(?:当窓口|当社|弊社|こちら|チャット|当方|私ども|サポート)(?:では|からは|から)、?(?:お答え|ご回答|回答|サポート|判断)(?:いたし|致し|し|でき)かね'
			),
			message: ANSWER_REFUSED
		},
		{
			re: anyOf(
				'(?:お答え|ご回答)(?:いたし|致し|でき)かねます',
				'(?:当窓口|当社|弊社|チャット|当方|サポート窓口)(?:では|からは)、?対応(?:いたし|致し|でき)かね'
			),
			message: HANDED_OVER
		}
	]
};
