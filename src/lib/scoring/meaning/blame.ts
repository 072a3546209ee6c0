import type { Localized } from '../../rubric';
import type { FinderInput, Match } from '../finders';
import { anyOf, readClauses, type RuleSet } from './clause';

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

const RULES: RuleSet = {
	en: [
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
				`\\bread (?:it|the [\\p{L}]+|them) (?:properly|carefully)\\b`,
				// Where the damage happened, said as the customer's doing: "while in your care".
				`\\b(?:while|whilst|when) (?:it was |they were |the [\\p{L}-]+ (?:was|were) )?in (?:your|the customer's|the owner's|the user's) (?:care|possession|hands|custody)\\b`,
				// The details they gave as the cause: "the contact details provided at sign-up may not have been accurate".
				`\\b(?:details|information|address|email(?: address)?|(?:phone |mobile )?number|data) (?:you )?(?:provided|gave|given|supplied|entered|typed)\\b[^.!?\\n]{0,40}?\\b(?:(?:not|n't) (?:have )?(?:been )?(?:accurate|correct|valid|up to date|current)|inaccurate|incorrect|invalid|out of date|outdated)\\b`,
				`\\b(?:were|was) ?n(?:o|')t kept (?:up to date|current|updated)\\b`
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
				`\\b(?:if ${YOU}(?:'d| had)(?: not|n't)? (?!like|prefer|rather|want|love|care|be |got a|any\\b)\\p{L}+|had ${YOU}(?: not)? \\p{L}+|had your [\\p{L} ]{1,25}? (?:checked|read|saved|done|followed|used|ordered|updated|contacted))[^.!?\\n]{0,140}?\\b(?:would|could|might|'d)(?:n't| not)? (?:have|be|know|need)\\b`,
				`\\bcould have been avoided\\b`,
				`\\bhad (?:[\\p{L}-]+ ){1,5}?been (?:added|bought|purchased|switched off|turned off|cancelled|canceled|refused|reported|registered|selected|chosen|updated|backed up|taken out|returned|declined)\\b[^.!?\\n]{0,80}?\\b(?:would|could|might|'d)(?:n't| not)? (?:have|be)\\b`
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
				'\\bonly works if (?:users|customers|you) follow\\b',
				`\\b(?:sits?|lies|lie|rests?) (?:[\\p{L}]+ )?with (?:you|${CUSTOMERS}|the (?:owner|buyer|purchaser|cardholder|recipient))\\b`
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
				'(?:明記|記載)しております(?:ので|とおり|通り)(?![^。\\n]{0,30}?(?:いただけます|になれます))',
				'(?:規約|利用規約|説明書|マニュアル|ご案内|注意事項|機能一覧|確認メール)(?:第\\d+条)?(?:にも|に)?(?:記載|明記|定め|ござい|掲載)(?:して)?(?:おり)?(?:ます|の)?(?:とおり|通り)',
				'(?:必ず|あらかじめ)[^。\\n]{0,30}(?:いただくよう|くださいますよう)(?:画面にて|メールにて|事前に)?(?:ご案内|お願い)(?:して|いたして)おります',
				'(?:ご利用になる|お使いになる|運営される)以上',
				'十分(?:に)?ご確認(?:いただ|くださ)',
				'ご確認いただく(?:よう|ように)(?:お願い|ご案内)(?:して|いたして)おります',
				'(?:ご同意|ご承諾|ご了承|ご署名)(?:いただ(?:き|いた|きました|いております|いて|いた上で|いたうえで)|の(?:うえ|上)で?)[^。\\n]{0,40}?(?:規約|規定|約款|条件|条項)',
				'(?:規約|規定|約款|条項)[^。\\n]{0,40}?(?:ご同意|ご承諾|ご了承|ご署名)(?:いただ|の(?:うえ|上))'
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
			// 〜いただけていれば…できたのですが: the customer's (honorific) act, and what it would have saved.
			re: anyOf(
				'(?:いただけていれば|いただいていれば|いただければ|されていれば|なさっていれば)、?[^。\\n]{0,50}?(?:でき|防げ|避けられ|済ん|止められ|間に合っ)(?:た|ました)(?:のですが|のでございますが|んですが|のに)'
			),
			message: HINDSIGHT
		},
		{
			// A reprimand about the future: 今後はご注意ください, 次からは気をつけてください.
			re: anyOf(
				'(?:今後は|今後とも|次から(?:は)?|次回(?:から|以降)(?:は)?|これからは)[^。、\\n]{0,40}?(?:ご確認の(?:うえ|上)|ご注意|ご留意|気をつけ|気を付け|お気をつけ|お気を付け|早めに|されると|いただきますよう|いただけますよう|くださいますよう|ていただけますと)'
			),
			ours: true,
			message: LECTURE
		}
	]
};
