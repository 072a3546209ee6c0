import type { Localized } from '../../rubric';
import type { FinderInput, Match } from '../finders';
import { anyOf, readClauses, type ClauseRule, type RuleSet } from './clause';

/**
 * The customer as the subject of an error: what they did wrong, what they should have done, what
 * would not have happened had they done it, and the rules they are "responsible" for. Our own side
 * as the subject (we should have, 当社が確認していれば) is ownership and never matches; a negation
 * in the clause (this is not your fault, お客様の落ち度ではございません) or a condition (if you entered
 * the wrong code, we can fix it) cancels the finding.
 */
export function findBlame({ p }: FinderInput): Match[] {
	return readClauses(p, RULES);
}

const FAULT: Localized = {
	en: 'This makes the customer the one who got it wrong. Say what happened and what we will do, without naming their mistake.',
	ja: 'お客様を誤りの主語にしています。お客様の非を指摘せず、起きたことと当社の対応を伝えましょう。'
};
const HINDSIGHT: Localized = {
	en: '"You should have…" or "had you…, this would not have happened" tells the customer it is their fault. Help with what can be done now.',
	ja: '「〜していれば防げた」「〜すべきだった」は、お客様のせいだと伝える表現です。今からできることを案内しましょう。'
};
const DUTY: Localized = {
	en: 'Pointing at what customers are "responsible" for puts the problem on them. Explain the rule as information, and say how we can help.',
	ja: '「お客様ご自身で〜する必要がある」と責任をお客様に帰しています。決まりは情報として伝え、当社にできることを添えましょう。'
};
const LECTURE: Localized = {
	en: 'Telling the customer to be more careful next time reads as a reprimand. A neutral tip ("you can check this under…") helps without blame.',
	ja: '「今後はご注意ください」はお叱りに聞こえます。「〜で確認できます」のように、責めずに役立つ情報として伝えましょう。'
};

// What a customer "should have" done; "you should have received/had/been told" is our failure instead.
const HINDSIGHT_VERBS =
	'checked|read|saved|ordered|contacted|noticed|known|called|asked|cancelled|canceled|updated|used|followed|kept|stored|written|entered|selected|chosen|reviewed|looked|waited|been more careful|taken|backed|done|paid|returned|reported|clicked|pressed|downloaded|set|made|changed|double-checked|allowed|planned|booked|registered|tested|verified';
const YOU = "(?<![\\p{L}'])you";
const CUSTOMERS =
	'(?:customers|users|members|account holders|subscribers|buyers|cardholders|the customer|the account holder|the user|the member)';

// Closed word classes the generic rules are built from: what a customer types or picks, the verbs
// of doing so, what is wrong with it, and the duties a customer can be said to have missed.
const INPUT_NOUNS =
	'(?:details?|information|info|address(?:es)?|postcode|zip code|post code|e-?mail(?: address)?|phone number|number|name|code|password|pin|card(?: details| number)?|account(?: details| number)?|data|entry|entries|selection|option|size|date|dates|settings?|order|form|booking|reference|spelling)';
const INPUT_VERBS =
	'(?:entered|typed|provided|supplied|given|gave|submitted|selected|chose|chosen|picked|filled in|put in|registered|specified|used|keyed in|inputted|input|set)';
const WRONG =
	'(?:wrong|incorrect(?:ly)?|invalid|inaccurate|mistaken|misspelt|misspelled|incomplete|outdated|out of date|not valid|not correct|an error|errors|a mistake|a typo|typos)';
const DUTY_VERBS =
	'(?:check|read|follow|save|store|keep|update|cancel|confirm|verify|review|notice|enter|provide|register|back up|activate|enable|respond|reply|return|report|complete|submit|select|tell us|inform us|notify us|contact us|let us know|include|attach|specify|collect|install|log in|turn on|opt out|double-check|look at|pay attention|make sure|ensure)';
const ERROR_NOUNS = '(?:error|mistake|fault|oversight|typo|slip|misunderstanding|problem|issue)';
const CUSTOMER_ACTS =
	'(?:input|entry|entries|selection|choice|action|actions|decision|failure|misuse|mishandling|handling|negligence|carelessness|oversight|mistake|error|typo|delay in|not (?:checking|reading|updating|saving))';

/** The customer, or what the customer typed or picked, as the agent of the error. */
const GENERIC_EN: readonly ClauseRule[] = [
	{
		// "You entered the wrong postcode", "you accidentally selected the large size".
		re: anyOf(
			`${YOU}(?:'ve| have| had)? (?:\\p{L}+ly )?${INPUT_VERBS}\\b[^.,;!?\\n]{0,40}?\\b${WRONG}\\b`,
			`${YOU}(?:'ve| have| had)? (?:\\p{L}+ly )?${INPUT_VERBS} (?:it|them|this|that|the [\\p{L} ]{1,20}?) (?:twice|by mistake|in error|by accident|accidentally|wrongly)\\b`,
			`${YOU}(?:'ve| have| had)? (?:mistakenly|accidentally|wrongly|incorrectly|carelessly) \\p{L}+`
		),
		negatable: true,
		hedged: true,
		message: FAULT
	},
	{
		// "The address provided was incorrect", "the details you entered contained a typo",
		// "due to incorrect details supplied at checkout".
		re: anyOf(
			`\\b(?:the|this|that) (?:[\\p{L}-]+ )?${INPUT_NOUNS}(?: that)?(?: ${YOU}(?:'d| had| have)?)? ${INPUT_VERBS}\\b(?: by ${YOU})?[^.;!?\\n]{0,30}?\\b(?:(?:was|were|is|are|contained|had|has)(?: (?:an?|the|not|unfortunately|simply|clearly))* ${WRONG}|(?:did not|didn't|does not|doesn't) match)`,
			`\\b${WRONG} ${INPUT_NOUNS} (?:was |were )?(?:${INPUT_VERBS}|on your (?:order|account|side|end|part))\\b`,
			`\\b(?:error|mistake|typo|problem|issue) (?:was |is |lies |occurred )?in the ${INPUT_NOUNS} (?:${YOU} )?${INPUT_VERBS}\\b`,
			// The cause is what was entered: "the increase is a result of the details entered".
			`\\b(?:result of|due to|because of|caused by) the (?:[\\p{L}-]+ )?${INPUT_NOUNS} (?:(?:that )?${YOU} )?${INPUT_VERBS}\\b`,
			// "The bank details on your account did not pass verification".
			`\\b(?:the|your) (?:[\\p{L}-]+ )?${INPUT_NOUNS} (?:on|in|from) your [\\p{L}-]+ (?:did not|didn't|does not|doesn't|failed to) (?:pass|match)\\b`,
			// "This typically happens when the Send button is pressed a second time".
			'\\b(?:usually|typically|often|normally|generally|only) (?:happens|occurs) (?:if|when) [^.!?\\n]{0,40}?\\b(?:is|was|are|were|gets|get) (?:pressed|clicked|tapped|entered|submitted|selected|typed|sent) (?:twice|again|a second time|more than once|incorrectly|wrongly)\\b'
		),
		negatable: true,
		hedged: true,
		ours: true,
		message: FAULT
	},
	{
		// "The mistake was on your side", "an error on your part", "caused by your input".
		re: anyOf(
			`\\b${ERROR_NOUNS}s? (?:(?:was|is|lies|occurred|happened|came) )?(?:on|at|from) your (?:end|side|part)\\b`,
			`\\b(?:caused by|due to|down to|because of|result of|resulted from|stems? from|comes? from|came from) (?:the |a )?(?:customer's |account holder's |your (?:own )?)(?:\\p{L}+ )?${CUSTOMER_ACTS}\\b`,
			`${YOU} (?:caused|triggered|created|brought about) (?:this|the (?:problem|issue|error|delay|charge|lockout))\\b`,
			'\\b(?:user|customer|operator) (?:error|mistake|fault)\\b',
			`\\b(?:the )?(?:mistake|error|fault|responsibility) (?:was|is|lies|rests) (?:entirely |solely |clearly )?(?:yours|with you)\\b`
		),
		negatable: true,
		message: FAULT
	},
	{
		// The customer as the one who failed a duty: "you failed to", "you never confirmed".
		re: anyOf(
			`${YOU} (?:(?:simply|just|then) )?(?:failed|forgot|neglected|omitted) to \\p{L}+`,
			`${YOU} (?:did ?n[o']t|didn't|did not|never) (?:bother to |even |actually |properly |ever )?${DUTY_VERBS}(?:e?d)?\\b`,
			`${YOU} (?:(?:could|would|might) (?:easily )?have|could've) (?:avoided|prevented|checked|read|saved|noticed|cancelled|canceled|updated)\\b`,
			`\\b(?:it was|it is|it's|that was|that's|this was) (?:up to|down to) ${YOU}\\b`,
			`\\b(?:the )?onus (?:is|was) on ${YOU}\\b`,
			`${YOU} (?:were|are|was) (?:supposed|meant|required|obliged|expected) to\\b`,
			// "Had the pass been activated on the correct line, these charges would not have applied".
			`\\bhad (?:the|your) (?![^.!?\\n]{0,60}\\b(?:we|our|us)\\b)[\\p{L} -]{1,30}? been \\p{L}+ed\\b[^.!?\\n]{0,80}?\\b(?:would|could)(?:n't| not)? have\\b(?![^.!?\\n]{0,40}\\b(?:we|our|us)\\b)`,
			// Terms quoted as what the customer signed up to: "the fare conditions you accepted".
			`\\b(?:terms|conditions|policy|rules|agreement|t&cs)\\b[^.!?\\n]{0,20}?\\b${YOU} (?:accepted|agreed to|signed|consented to)\\b`,
			`\\b(?:would not|wouldn't|would never|could have been|would have been) (?:have )?(?:happened|occurred|been avoided|been prevented|arisen)\\b[^.!?\\n]{0,30}?\\bif ${YOU}\\b`
		),
		negatable: true,
		hedged: true,
		message: HINDSIGHT
	}
];

/** お客様, or what お客様 entered or chose (ご入力いただいた内容), as the agent of the error. */
const GENERIC_JA: readonly ClauseRule[] = [
	{
		// ご入力いただいた内容に誤りがございました / ご登録の住所が間違っておりました.
		re: anyOf(
			'(?:ご|お)(?:入力|登録|指定|選択|記入|申告|申請|提供|記載|注文|申し込み|申込|設定|操作|届け出|手続き)(?:いただいた|いただきました|された|なさった|の|時の|時に|の際の|の際に)?[^。、\\n]{0,12}?(?:に|が|へ|で)?(?:誤り|間違い|不備|誤記|誤字|入力ミス|ミス|不足|漏れ|相違)(?:が|があ|がござ|がありました|がございました|でした|でございました|によ|のため|があったため|がございましたため)',
			'(?:ご|お)(?:入力|登録|指定|選択|記入|申告|記載|設定|操作)(?:いただいた|された|なさった|の)[^。、\\n]{0,12}?(?:が|は)(?:誤って|間違って|正しくな|誤りで)',
			'(?:ご|お)(?:入力|登録|操作|設定|選択|確認|注文|管理)(?:の)?(?:ミス|誤り|間違い|不足|漏れ|誤操作)(?:により|によって|のため|が原因|で|です|でした|でございます)'
		),
		negatable: true,
		hedged: true,
		message: FAULT
	},
	{
		// お客様が誤って〜された / ご自身で〜をお忘れになった / お客様側で〜されなかった.
		re: anyOf(
			'(?:お客様|お客さま|ご自身|ご本人(?:様)?)(?:が|で|側で|の方で|にて|ご自身で)[^。、\\n]{0,20}?(?:誤って|間違え|誤った|間違った|お忘れ|忘れ|見落と|失念|怠|なさらなかった|されなかった|いただけなかった|いただかなかった|されていなかった|いただいていなかった)',
			'(?:お客様|お客さま)(?:の|側の|ご自身の)(?:ご)?(?:入力|操作|設定|登録|選択|確認|管理|判断|ご判断)(?:上の|の)?(?:ミス|誤り|間違い|不備|不足|漏れ|問題)',
			'(?:お客様|お客さま)(?:側|の側)(?:に|の)(?:原因|問題|責任|非)',
			// お客様の端末の設定によるもの / お客様ご自身で2回お手続きされたものと判断.
			'(?:お客様|お客さま)(?:ご自身)?(?:の)[^。、\\n]{0,12}?(?:によるもの|に起因|が原因)',
			'(?:お客様|お客さま|ご自身)(?:ご自身)?(?:で|が)[^。、\\n]{0,20}?(?:された|なさった|いただいた|行われた)(?:もの|こと)と(?:判断|思われ|考え|推察|推測)'
		),
		negatable: true,
		hedged: true,
		message: FAULT
	},
	{
		// Duties the customer missed: ご確認いただくべきでした / ご自身で行う必要がございました.
		re: anyOf(
			'(?:ご|お)\\p{Script=Han}{1,4}(?:いただく|くださる|なさる|される)(?:べき|必要が(?:ございました|ありました))',
			'(?:ご|お)\\p{Script=Han}{1,4}(?:いただいて|なさって|されて)(?:おく|いる)べき',
			'(?:お客様|お客さま)の(?:ご)?(?:責任|義務|自己責任)(?:で|において|となり|でございます|です|となります)',
			'自己責任',
			// What the customer agreed to, quoted back: ご同意いただいております通り, お客様に選択いただく仕組み.
			'ご(?:同意|承諾|了承)(?:を)?いただいて(?:おります|おりました|いる)(?:通り|とおり|ので|はず|ものと)',
			'(?:お客様|お客さま)(?:に|ご自身で|にて)[^。、\\n]{0,12}?(?:いただく|していただく|なさる)(?:仕組み|こと|決まり)(?:に|と)なって'
		),
		negatable: true,
		ours: true,
		message: DUTY
	}
];

const RULES: RuleSet = {
	en: [
		...GENERIC_EN,
		{
			// "you should have checked" (not "you should have received/had/been": our failure).
			re: anyOf(
				`${YOU} (?:really |probably |clearly )?(?:should|ought to)(?: have|'ve) (?:${HINDSIGHT_VERBS})\\b`,
				`(?<=^|[.!?]\\s|\\n)should(?: have|'ve) (?:${HINDSIGHT_VERBS})\\b`
			),
			negatable: true,
			hedged: true,
			message: HINDSIGHT
		},
		{
			// The customer did something wrong.
			re: anyOf(
				`${YOU} (?:failed|forgot|neglected|omitted|chose|decided|opted) (?:not )?to\\b`,
				`${YOU} chose not\\b`,
				`${YOU}(?:'ve| have)? (?:misread|misunderstood|misused|mistyped|ignored|overlooked|missed the)\\b`,
				`${YOU}(?:'ve| have)? (?:entered|typed|gave us|given us|selected|picked|used|pressed|clicked|tapped|put in|chose) [^.,;!?\\n]{0,30}?\\b(?:wrong|incorrect(?:ly)?|twice|more than once|by mistake|in error)\\b`,
				`${YOU} (?:did ?n[o']t|didn't|never|did not) (?:bother to |even |actually )?(?:read|check|follow|save|store|keep|update|cancel|look|notice|write down|set up|register|provide|verify|review|back up|turn on|enable|use the)\\b`,
				`${YOU} didn't(?=\\s*[.!])`,
				`${YOU} (?:chose|selected|entered|picked|typed) [^.!?\\n]{0,40}, not (?:us|we)\\b`,
				`${YOU} (?:must|may|might) have (?:entered|typed|clicked|pressed|misread|forgotten|ignored|deleted|chosen|selected|missed)\\b`,
				`${YOU}(?:'ve| have)? (?:used|installed|assembled) (?:it|them|the [\\p{L} ]{1,20}?) (?:wrong(?:ly)?|incorrectly|improperly)\\b`,
				`\\bused (?:incorrectly|wrongly|improperly) by ${YOU}\\b`,
				`\\bbecause ${YOU} (?:chose|clicked|typed|entered|forgot|ignored|didn't|did not|never)\\b`,
				`${YOU}(?:'ve| have)? (?:now )?locked (?:your own|yourself)\\b`,
				'\\bby guessing\\b',
				"\\b(?:isn't|is not) something we can work with\\b",
				`\\bdid ${YOU} (?:drop|break|damage|misuse|spill|bend)\\b`,
				`\\blook (?:a (?:bit|little) )?(?:harder|more carefully|properly)\\b`,
				`\\bread (?:it|the [\\p{L}]+|them) (?:properly|carefully)\\b`
			),
			negatable: true,
			hedged: true,
			message: FAULT
		},
		{
			re: anyOf(
				`\\b(?:your|${CUSTOMERS}'s?|the customer's|the account holder's|your own) (?:own )?(?:fault|mistake|error|oversight|negligence|carelessness)\\b`,
				'\\buser error\\b',
				`\\b(?:caused by|due to|down to|because of) ${YOU}\\b(?! for)`,
				`\\b(?:that's|that is|it's|it is) on ${YOU}\\b`,
				'\\bbefore accusing\\b',
				`\\byour lack of\\b`,
				"\\b(?:don't|do not) just (?:break|stop working|fail) (?:by|on) (?:themselves|its own)\\b",
				"\\b(?:whether|if) it's our problem\\b"
			),
			negatable: true,
			message: FAULT
		},
		{
			// Hindsight: "if you'd typed it right you wouldn't be locked out", "had you done so…".
			re: anyOf(
				`\\b(?:if ${YOU}(?:'d| had)(?: not|n't)? (?!like|prefer|rather|want|love|care|be |got a|any\\b)\\p{L}+|had ${YOU}(?: not)? \\p{L}+|had your [\\p{L} ]{1,25}? (?:checked|read|saved|done|followed|used|ordered|updated|contacted))[^.!?\\n]{0,80}?\\b(?:would|could|might|'d)(?:n't| not)? (?:have|be|know|need)\\b`,
				`\\bcould have been avoided\\b`
			),
			message: HINDSIGHT
		},
		{
			// Duties put on the customer: "customers are responsible for…", "which you accepted".
			re: anyOf(
				`\\b${CUSTOMERS}(?: [\\p{L}-]+){0,6}? (?:are|is|were|remain|remains) (?:solely |fully |entirely |therefore |always )?(?:responsible|expected|required|supposed|asked|advised|obliged|reminded) (?:for|to|not to)\\b`,
				`${YOU}(?:'re| are| were) (?:solely |fully |entirely )?(?:responsible|expected|supposed) (?:for|to)\\b`,
				`\\b(?:is|are|remains?) (?:the )?(?:responsibility of the (?:customer|account holder|user|member)|${CUSTOMERS}'s? (?:own )?responsibility|your (?:own )?responsibility)\\b`,
				`\\bwhich ${YOU} (?:accepted|agreed to)\\b`,
				`${YOU} (?:accepted|agreed to) (?:our|the) (?:terms|conditions|policy)\\b`,
				`\\b(?:as a reminder|please remember), [^.]{0,60}\\bonly works if\\b`,
				'\\bonly works if (?:users|customers|you) follow\\b'
			),
			negatable: true,
			message: DUTY
		},
		{
			// A reprimand about the future.
			re: anyOf(
				'\\b(?:read|check|look|be (?:more )?careful|make sure|double-check|order earlier|allow more time|pay attention)\\b[^.!?\\n]{0,40}?\\b(?:next time|in future|for future orders)\\b',
				'\\b(?:next time|in future|for future reference|to avoid this (?:happening )?again),? (?:please |you (?:should|may want to|might want to) |try to |do )?(?:read|check|make sure|be (?:more )?careful|remember to|order|allow|save|look)\\b',
				'\\brecommend allowing more time\\b',
				'\\b(?:please )?(?:be|try to be) more careful\\b'
			),
			message: LECTURE
		}
	],
	ja: [
		...GENERIC_JA,
		{
			re: anyOf(
				'(?:お客様|お客さま)(?:の|ご自身の|側の)(?:ご)?(?:設定ミス|誤り|間違い|不注意|確認不足|理解不足|説明不足|入力ミス|入力誤り|操作ミス|操作誤り|勘違い|ミス|過失|責任|落ち度|不備|不手際|管理上の)',
				'(?:お客様|お客さま)が(?:誤って|間違えて|間違った|誤った)',
				'(?:お客様|お客さま)(?:が|の)[^。\\n]{0,40}(?:原因|せい)(?:です|でございます|となって|と思われ|かと)',
				'(?:お客様|お客さま)のせい',
				'(?:そちら|お客様|ご自身|ご自分)(?:の|で)(?:判断|責任|ミス|せい|勝手|落ち度)',
				'(?:しなかった|しない|した|忘れた|見なかった|読まなかった)のが(?:悪い|原因)',
				'(?:ご理解いただけず|ご理解いただけていない|ご理解されていない)',
				'(?:よく|ちゃんと|しっかり)(?:ご覧|お読み|ご確認|見|読)[^。\\n]{0,8}(?:れば|たら)',
				'(?:説明書|マニュアル|ご案内|画面|利用規約|規約)を(?:よく)?(?:お読み|ご覧|読ん|見)(?:になれ|になられれ|いただけれ|れ)ば',
				'(?:規約|利用規約|説明書|マニュアル|ご案内|注意事項)を(?:よく|しっかり)?お読み(?:の上|のうえ|いただいて|になって)',
				'(?:落と|ぶつけ|濡らし|壊し|水に濡らし)たり(?:して|されて|して)?(?:ませんか|いませんか|ないですか|ないですよね)',
				'正しい(?:パスワード|暗証番号|番号|住所)を(?:ご)?入力されていれば'
			),
			negatable: true,
			message: FAULT
		},
		{
			// Duties put on the customer.
			re: anyOf(
				'(?:お客様|お客さま|ご自身|ご自分)(?:ご自身)?(?:で|にて)[^。\\n]{0,40}?(?:べき|必要がございました|必要がありました|ことになっております|こととなっております|お願いいたします|お願いします|ご確認いただくべき)',
				'(?:お客様|お客さま)?(?:ご自身|ご自分)(?:で)?(?:ございます|です)(?:ので|から|。)',
				'(?:いただく|おいていただく|しておく|される|なさる|しておかれる)べき(?:もの|こと)?(?:で|だ)(?:ございました|ございます|した|あった|ある)',
				// "As stated (so you should have known)"; not "we have put it in the email, so you can check there".
				'(?:明記|記載|お知らせ|ご案内|告知)(?:して|いたして)おります(?:ので|とおり|通り)(?![^。\\n]{0,30}?(?:いただけます|になれます))',
				'(?:規約|利用規約|説明書|マニュアル|ご案内|注意事項|機能一覧|確認メール)(?:第\\d+条)?(?:にも|に)?(?:記載|明記|定め|ござい|掲載)(?:して)?(?:おり)?(?:ます|の)?(?:とおり|通り)',
				'(?:必ず|あらかじめ)[^。\\n]{0,30}(?:いただくよう|くださいますよう)(?:画面にて|メールにて|事前に)?(?:ご案内|お願い)(?:して|いたして)おります',
				'(?:ご利用になる|お使いになる|運営される)以上',
				'十分(?:に)?ご確認(?:いただ|くださ)',
				'ご確認いただく(?:よう|ように)(?:お願い|ご案内)(?:して|いたして)おります'
			),
			ours: true,
			negatable: true,
			message: DUTY
		},
		{
			// Hindsight: 〜していれば…だったかと存じます / 見ていただければ気づけたと思います.
			re: anyOf(
				'(?:いただいていれば|ていただいていれば|されていれば|されていたら|なさっていれば|ていれば|でいれば|ておけば|でおけば|ておいていただければ|ていただければ|いただければ)(?!と(?:思|存じ)|幸い|助か)、?[^。\\n]{0,40}?(?:かと存じ|ものと存じ|と思(?:い|われ|う)|はず|済んだ|済む話|避けられた|防げた|不要で(?:あった|した)|なかった(?:の|か|と)|気づけた|間に合った|わかる|分かる)'
			),
			ours: true,
			message: HINDSIGHT
		},
		{
			// A reprimand about the future: 今後はご注意ください, 次からは気をつけてください.
			re: anyOf(
				'(?:今後は|今後とも|次から(?:は)?|次回(?:から|以降)?[^。、\\n]{0,10}?(?:の際(?:に)?は|には|からは|以降は)|これからは)[^。、\\n]{0,40}?(?:ご確認の(?:うえ|上)|ご注意|ご留意|気をつけ|気を付け|お気をつけ|お気を付け|早めに|されると|いただきますよう|いただけますよう|くださいますよう|ていただけますと|ご確認(?:いただけますと|ください|いただきますよう))'
			),
			ours: true,
			message: LECTURE
		}
	]
};
