import type { Localized } from '../../rubric';
import type { FinderInput, Match } from '../finders';
import { anyOf, readClauses, type RuleSet } from './clause';

/**
 * Talking down to the customer: "as already explained", "you may not be aware", "it's really not
 * complicated", "most people understand this", ご存じないかもしれませんが, 何度もご案内しておりますが,
 * ちょっと考えればわかる, and insults. Understanding is not condescension: ご心配になるのも当然です
 * and "it's natural to worry" are about the customer's feelings being right, and words like "silly"
 * or "foolish" about our own mistake are ownership; neither matches.
 */
export function findCondescension({ p }: FinderInput): Match[] {
	return readClauses(p, RULES);
}

const TALKING_DOWN: Localized = {
	en: 'This talks down to the customer, as if the problem were their ignorance. Explain plainly, as to an equal, and leave out the judgement.',
	ja: 'お客様を見下した言い方で、知らないことを責めているように聞こえます。対等な相手として、評価を交えず平易に説明しましょう。'
};
const REPEATED: Localized = {
	en: '"As already explained" and quoting the terms at the customer read as impatience. Give the answer again, kindly, as if for the first time.',
	ja: '「何度もご案内しておりますが」や規約の引用は、いら立ちとして伝わります。初めて説明するつもりで、丁寧に答え直しましょう。'
};
const BRUSHED_OFF: Localized = {
	en: 'This brushes the customer off. Take the problem seriously, even when it is small to us.',
	ja: 'お客様の訴えを突き放しています。当社にとって小さなことでも、真剣に受け止めましょう。'
};
const INSULT: Localized = {
	en: 'Insulting or mocking the customer is never acceptable.',
	ja: 'お客様を侮辱・揶揄する表現は、どのような場合でも許されません。'
};

const RULES: RuleSet = {
	en: [
		{
			re: anyOf(
				'\\byou may not (?:be aware|know|realise|realize|have noticed)\\b',
				'\\bas you may (?:not )?(?:be aware|know)\\b',
				'\\b(?:a lot of|lots of|many|most|plenty of) (?:people|customers|members|users|of our customers|of these)\\b[^.!?\\n]{0,40}?\\b(?:get confused|find (?:this|it) confusing|misread|understand|are aware|figured out|manage|turn out to be)\\b',
				'\\bwhich most (?:people|customers|members|of our customers) (?:understand|know|realise|realize)\\b',
				'\\bhappens a lot with people\\b',
				"\\bif you(?:'re| are) not (?:technical|used to|a computer person|great with|good with|familiar with|very)\\b",
				"\\beven (?:if you're not|a beginner|a child|a complete beginner)\\b",
				"\\bbeginner's guide\\b",
				"\\b(?:it's|it is|that's|really|honestly)(?: really| honestly| just)? not (?:that )?(?:complicated|difficult|hard)\\b",
				'\\bnot rocket science\\b',
				'\\b(?:pretty|quite|really|fairly|very) self-explanatory\\b',
				'\\bonce you know where to look\\b',
				'\\bshould manage (?:it )?fine\\b',
				"\\byou'd be amazed how often\\b",
				"\\byou(?:'ve| have) probably noticed\\b",
				'\\bjust (?:to explain|so you know,?) how (?:this|it|refunds|that) works\\b',
				'\\bit may be helpful to explain\\b',
				"\\b(?:it is|it's) (?:also )?worth clarifying\\b",
				'\\bfamiliari[sz]e yourself\\b',
				"\\b(?:it is|it's) always (?:advisable|a good idea|best) to (?:read|check)\\b",
				'\\bwe trust this clarifies\\b',
				"\\bare you sure you(?:'re| are) (?:tapping|clicking|using|pressing|looking)\\b",
				'\\b(?:obviously|evidently|clearly) (?:you|your)\\b',
				'\\bperfectly ordinary\\b',
				"\\bas i(?:'ve| have)? (?:already|previously|repeatedly) (?:explained|said|mentioned|told you|stated|pointed out)\\b",
				'\\bas i told you\\b',
				'\\b(?:may|might|seems to|appears to) be (?:some |a little |a bit of )?(?:confusion|misunderstanding) (?:about|over|around|regarding|as to) how\\b',
				'\\b(?:really|actually) quite (?:simple|straightforward|easy)\\b',
				'\\bclearly (?:labell?ed|marked|signposted|displayed|shown|printed)\\b',
				"\\b(?:obviously|clearly) (?:isn't|is not|wasn't|can't|doesn't|didn't|won't)\\b",
				'\\bas (?:the|our|my) (?:[\\p{L}-]+ ){1,3}?clearly (?:explained|stated|said|states|explains|shows|showed)\\b',
				"\\b(?:rushing|chasing|hassling|pestering) (?:me|us) (?:won't|will not|doesn't|does not)\\b",
				'\\bout of thin air\\b',
				"\\b(?:weren't|wasn't|isn't|aren't) [\\p{L}]+ enough for you\\b",
				'\\b(?:virtually|almost) every (?:loyalty scheme|company|shop|store|service)\\b',
				'\\b(?:explain|go through|say) (?:it|this|that) (?:again )?(?:slowly|very slowly)\\b'
			),
			message: TALKING_DOWN
		},
		{
			// "Read it more carefully" to the customer; "we will pack it more carefully" is ours.
			re: anyOf('\\bmore carefully\\b'),
			ours: true,
			message: TALKING_DOWN
		},
		{
			re: anyOf(
				'\\bas (?:i|we) (?:have )?(?:already |previously )?(?:said|explained|told you|stated|mentioned) (?:before|already|earlier|previously|twice)\\b',
				'\\bas (?:i|we) (?:have )?(?:already|previously) (?:said|explained|told you|stated|mentioned)\\b',
				'\\bas (?:already|previously) (?:explained|stated|mentioned|said)\\b',
				'\\bas (?:stated|set out|indicated|explained|specified|outlined|noted|detailed|printed|made clear) (?:clearly |quite clearly )?(?:in|on|at|under) (?:section [\\d.]+ of )?(?:our|the) (?:[\\p{L}-]+ ){0,3}?(?:terms|conditions|policy|documentation|checkout page|small print|contract|agreement|t&cs)\\b',
				'\\bas (?:explained|stated) (?:at the time|when you|before)\\b',
				'\\bas clearly stated\\b',
				'\\bexplained quite clearly\\b',
				"\\bplease (?:don't|do not) ask again\\b"
			),
			message: REPEATED
		},
		{
			re: anyOf(
				'\\bcalm down\\b',
				'\\bnot the end of the world\\b',
				'\\bno (?:real )?cause for concern\\b',
				'\\btry to be (?:a (?:little|bit) )?(?:more )?patient\\b',
				"\\bwon't make it go any faster\\b",
				'\\btells me (?:absolutely )?nothing\\b',
				'\\bwe get (?:hundreds|dozens|loads) of these\\b',
				"\\byou'll (?:just )?have to (?:wait|trust us)\\b",
				'\\bwait like everyone else\\b',
				'\\bwait your turn\\b',
				'\\btoo expensive for you\\b',
				'\\bloyal or not\\b',
				'\\bevery time someone\\b',
				'\\bit is what it is\\b',
				'\\bdeal with it\\b',
				"\\byou(?:'re| are) overreacting\\b",
				'\\b(?:not|no) (?:such )?a big deal\\b',
				'\\bif you say so\\b',
				"\\b(?:can't|cannot) read (?:your )?minds?\\b",
				'\\bwant (?:another one|it) or not\\b'
			),
			message: BRUSHED_OFF
		},
		{
			// An insult aimed at the customer; the same word about our own error is ownership.
			re: anyOf(
				'\\b(?:stupid|idiot(?:ic)?|dumb|moron(?:ic)?|pathetic|ridiculous question|any fool)\\b',
				'\\bshut up\\b'
			),
			ours: true,
			negatable: true,
			message: INSULT
		}
	],
	ja: [
		{
			re: anyOf(
				'ご存(?:じ|知)(?:ない|なかった|でない)かもしれません',
				'ご存(?:じ|知)(?:です|でした)よね',
				'(?:ちょっと|少し|よく)(?:考え|調べ|気をつけ|気を付け|注意し|見)[^。\\n]{0,12}?(?:わかる|分かる|気づく|気付く)',
				'普通(?:は|のこと)',
				'普通に[^。、\\n]{0,6}んです',
				'普通に使っ(?:て|てい)(?:て|れば)',
				'(?<!のも)当たり前(?:です|の|なん|じゃ|だ)',
				'慣れていらっしゃ(?:らない|れば|る方)',
				'(?:入門書|最初のページから)',
				'(?:くらい|ぐらい)(?:は|なら)?(?:読んで|書いて|直して|ご自分で|自分で|普通に)',
				'(?:くらい|ぐらい)で(?:、)?(?:そんなに|騒)',
				'(?:一般的|基本的)(?:か|なこと)(?:と存じます|でございます|かと存じます)',
				'のが一般的',
				'一般的な[^。\\n]{0,20}(?:例はございません|例はありません)',
				'ご承知(?:おき)?いただいているものと存じます',
				'(?:よく|たびたび)勘違いされ',
				'ゆっくり(?:ご説明|説明)',
				'良心的',
				'そんなに(?:難しく|むずかしく)ない',
				'ちゃんと(?:書いて|記載して|お伝えして)'
			),
			message: TALKING_DOWN
		},
		{
			re: anyOf(
				'何度(?:も)?(?:同じこと|言われても|聞かれても|ご案内して|申し上げ|お伝えして|ご説明して)',
				'先ほども申し上げ(?:た|ました)(?:通り|とおり)',
				'(?:先ほど|以前|前回|先日|何度)も?(?:お伝え|ご説明|ご案内|説明)(?:した|しました|いたしました|差し上げた|差し上げました)(?:通り|とおり)',
				'(?:今一度|もう一度|再度)(?:よく|しっかり)?お読み',
				'(?:よく|しっかり)お読み(?:ください|になってください)',
				'(?:読んで|お読みになって)から(?:連絡|ご連絡|使って|お問い合わせ)',
				'規約(?:くらい|ぐらい)'
			),
			message: REPEATED
		},
		{
			re: anyOf(
				'落ち着いて(?:ください|くださいね|お待ち)',
				'少し落ち着いて',
				'(?:騒がないで|騒ぐほど|そんなに騒)',
				'よくある(?:こと|話)(?:なので|なんです|ですから|ですので)',
				'(?:嫌|いや)なら',
				'(?:て|で)もらって結構です',
				'だけの話',
				// それでは何もわかりませんよね is agreeing with the customer, not brushing them off.
				'何も(?:分かり|わかり)ません(?!よね|ね|でしたよね|でしたね)',
				'そんなに急ぐなら',
				'待つしかない',
				'お待ちいただくしか(?:ありません|ございません|ない)',
				'(?:まあ|ま、)正直(?:なところ|言って|申し上げて)',
				'けどね[。！!]?',
				'(?:という|とは)(?:のは|ことは)?[^。\\n]{0,15}という意味(?:です|でございます)',
				'(?:まず|絶対)?無理(?:なんです|です(?:よ)?(?:。|$))',
				'(?:催促|問い合わせ|連絡)されても困ります',
				'早くはなりません',
				'気長に',
				'大したことでは',
				'気にしすぎ',
				'(?:それで|これで)十分ではないでしょうか',
				'そういう(?:規定|決まり|もの)です',
				'規約ですので'
			),
			message: BRUSHED_OFF
		},
		{
			re: anyOf('バカ|ばか(?!り)|馬鹿|アホ|あほ', 'いい加減にして', '常識で考えれば'),
			ours: true,
			negatable: true,
			message: INSULT
		}
	]
};
