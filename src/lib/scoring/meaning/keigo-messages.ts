import type { Localized } from '../../rubric';

type Words = {
	ja: (found: string, fix: string) => string;
	en: (found: string, fix: string) => string;
};

const better = (fix: string, ja: boolean) =>
	fix ? (ja ? `「${fix}」とすると自然です。` : ` Say 「${fix}」.`) : '';

/** Feedback per form of a keigo rule: what is wrong with the words, and the corrected form. */
const WORDS: Record<string, Words> = {
	'humble-request': {
		ja: (f, x) =>
			`謙譲語をお客様の行為に使っています（「${f}」）。お/ご〜するはこちらがへりくだる形なので、お願いするときは「お/ご〜ください」「お/ご〜いただけますか」にします。${better(x, true)}`,
		en: (f, x) =>
			`Humble keigo for the customer's action (「${f}」): お/ご〜する lowers the one acting, so a request to the customer takes お/ご〜ください or お/ご〜いただけますか.${better(x, false)}`
	},
	'passive-request': {
		ja: (f, x) =>
			`「〜されてください」は尊敬の「れる」を依頼の形に重ねた誤りです（「${f}」）。${better(x, true)}`,
		en: (f, x) =>
			`「〜されてください」 puts the honorific れる into a request, which does not work (「${f}」).${better(x, false)}`
	},
	'humble-verb-request': {
		ja: (f, x) =>
			`謙譲語（拝見・申す・参る・伺う）をお客様へのお願いに使っています（「${f}」）。お客様の行為には尊敬語を使います。${better(x, true)}`,
		en: (f, x) =>
			`A humble verb (拝見, 申す, 参る, 伺う) in a request to the customer (「${f}」); the customer's actions take honorific verbs.${better(x, false)}`
	},
	'humble-with-honorific': {
		ja: (f, x) =>
			`謙譲語に尊敬の「れる・られる」を付けても尊敬語にはなりません（「${f}」）。${better(x, true)}`,
		en: (f, x) =>
			`A humble verb with the honorific れる/られる added is still humble, not respectful (「${f}」).${better(x, false)}`
	},
	'go-sareru': {
		ja: (f, x) =>
			`「お/ご〜する」（謙譲）に尊敬の「れる」を付けた形です（「${f}」）。お客様の行為なら「お/ご〜になる」、または「お/ご」を付けずに「〜される」とします。${better(x, true)}`,
		en: (f, x) =>
			`The humble お/ご〜する with the honorific れる added (「${f}」); for the customer's action use お/ご〜になる, or 〜される without お/ご.${better(x, false)}`
	},
	'humble-customer-subject': {
		ja: (f, x) =>
			`お客様の行為に謙譲語を使っています（「${f}」）。謙譲語はこちら側の行為をへりくだる言葉です。${better(x, true)}`,
		en: (f, x) =>
			`Humble keigo with the customer as the subject (「${f}」); humble verbs are for our own actions.${better(x, false)}`
	},
	'humble-question': {
		ja: (f, x) =>
			`お客様がどうするかを、謙譲語「いたす」で尋ねています（「${f}」）。${better(x, true)}`,
		en: (f, x) =>
			`This asks what the customer will do with the humble いたす (「${f}」).${better(x, false)}`
	},
	'honorific-for-us': {
		ja: (f, x) =>
			`自社の人や行為に尊敬語を使っています（「${f}」）。社内の者の行為は謙譲語で伝えます。${better(x, true)}`,
		en: (f, x) =>
			`Honorific keigo for our own side (「${f}」): our staff's actions take humble forms when we speak to a customer.${better(x, false)}`
	},
	'humble-then-honorific': {
		ja: (f, x) =>
			`「お〜する」（謙譲）と「いらっしゃる」（尊敬）を一つの動詞に重ねています（「${f}」）。こちらの行為なので謙譲語でそろえます。${better(x, true)}`,
		en: (f, x) =>
			`Humble お〜する and honorific いらっしゃる on one verb (「${f}」); it is our action, so keep it humble.${better(x, false)}`
	},
	'honorific-for-thing': {
		ja: (f, x) =>
			`物事や状況に尊敬語を使っています（「${f}」）。尊敬語は人を高める言葉で、物事には丁寧語で足ります。${better(x, true)}`,
		en: (f, x) =>
			`Honorific keigo for a thing or a state of affairs (「${f}」): honorifics raise people; for things plain polite forms are enough.${better(x, false)}`
	},
	zonjiageru: {
		ja: (f, x) =>
			`「存じ上げる」は人について「知っている」と言うときの謙譲語です（「${f}」）。考えや気持ちを述べるときは「存じます」を使います。${better(x, true)}`,
		en: (f, x) =>
			`存じ上げる is humble "know" about a person (「${f}」); for a thought or feeling use 存じます.${better(x, false)}`
	},
	'honorific-plus-reru': {
		ja: (f, x) =>
			`二重敬語です（「${f}」）。尊敬語の動詞にさらに「れる・られる」を重ねる必要はありません。${better(x, true)}`,
		en: (f, x) =>
			`Doubled keigo (「${f}」): an honorific verb needs no れる/られる on top.${better(x, false)}`
	},
	'o-ni-narareru': {
		ja: (f, x) =>
			`二重敬語です（「${f}」）。「お/ご〜になる」だけで尊敬語なので、「れる・られる」は付けません。${better(x, true)}`,
		en: (f, x) =>
			`Doubled keigo (「${f}」): お/ご〜になる is already honorific; drop the れる/られる.${better(x, false)}`
	},
	'o-nasaru': {
		ja: (f, x) =>
			`「お〜なさる」は尊敬の形として不自然です（「${f}」）。「お〜になる」か「〜なさる」のどちらか一つにします。${better(x, true)}`,
		en: (f, x) =>
			`お〜なさる is not a standard honorific (「${f}」); use お〜になる, or 〜なさる alone.${better(x, false)}`
	},
	'doubled-humble': {
		ja: (f, x) =>
			`謙譲語に「させていただく」を重ねています（「${f}」）。広く使われる言い方ですが、まわりくどく聞こえます。${better(x, true)}`,
		en: (f, x) =>
			`A humble verb with させていただく on top (「${f}」). Widely used, but roundabout.${better(x, false)}`
	},
	'stacked-polite': {
		ja: (f, x) =>
			`丁寧な言い切りを二重にしています（「${f}」）。「ます」「ございます」のあとに「です」「でございます」は付けません。${better(x, true)}`,
		en: (f, x) =>
			`Two polite endings stacked (「${f}」): nothing like です or でございます follows ます.${better(x, false)}`
	},
	'masu-to-omou': {
		ja: (f) =>
			`「ます」を「と思います」の中に入れています（「${f}」）。丁寧にするのは文末だけで、「〜と思います」「〜かと存じます」とします。`,
		en: (f) =>
			`ます inside と思います (「${f}」): only the end of the sentence is polite; say 〜と思います or 〜かと存じます.`
	},
	contraction: {
		ja: (f) =>
			`話し言葉の縮約です（「${f}」）。「〜てしまう」「〜ている」と書くと、くだけすぎずに伝わります。`,
		en: (f) => `A spoken contraction (「${f}」); write 〜てしまう, 〜ている in a support reply.`
	},
	morau: {
		ja: (f, x) =>
			`お客様にお願いするときの「〜てもらえる」はくだけた言い方です（「${f}」）。${better(x, true)}`,
		en: (f, x) => `〜てもらえる is casual when asking the customer (「${f}」).${better(x, false)}`
	},
	'plain-then-polite': {
		ja: (f, x) =>
			`「〜ない」に「でございます」を付けるのは誤りです（「${f}」）。否定は「〜ません」「〜ございません」で言い切ります。${better(x, true)}`,
		en: (f, x) =>
			`〜ない + でございます is broken (「${f}」); a polite negative ends in 〜ません or 〜ございません.${better(x, false)}`
	},
	'adjective-de-gozaimasu': {
		ja: (f, x) => `形容詞に「でございます」は付きません（「${f}」）。${better(x, true)}`,
		en: (f, x) => `An adjective does not take でございます (「${f}」).${better(x, false)}`
	},
	favour: {
		ja: (f, x) =>
			`「〜てあげる・〜てさしあげる」は恩を着せる響きがあり、お客様に使うと失礼に聞こえます（「${f}」）。${better(x, true)}`,
		en: (f, x) =>
			`〜てあげる/〜てさしあげる sounds like doing the customer a favour (「${f}」); say what we will do, humbly.${better(x, false)}`
	},
	'sa-ire': {
		ja: (f, x) =>
			`さ入れ言葉です（「${f}」）。五段動詞の使役は「〜せる」で、「さ」は入りません。${better(x, true)}`,
		en: (f, x) =>
			`さ入れ言葉 (「${f}」): a godan verb's causative is 〜せる, with no さ.${better(x, false)}`
	},
	'ra-nuki': {
		ja: (f, x) =>
			`ら抜き言葉です（「${f}」）。話し言葉では耳にしますが、サポートの文面ではくだけて聞こえます。${better(x, true)}`,
		en: (f, x) =>
			`ら抜き言葉 (「${f}」): common in speech, but it reads as casual in a support reply.${better(x, false)}`
	},
	'register-drop': {
		ja: (f, x) =>
			`文末が「です・ます」になっていません（「${f}」）。一通の中で丁寧な言い切りをそろえましょう。${x ? `「${x}」とします。` : '「〜です」「〜ます」で言い切ります。'}`,
		en: (f, x) =>
			`This sentence ends in a plain form (「${f}」), not です/ます; keep one polite register throughout.${x ? ` Say 「${x}」.` : ' End it in 〜です or 〜ます.'}`
	}
};

/** The feedback for one finding: the rule's words about the text found and its corrected form. */
export function keigoMessage(why: string, found: string, fix: string): Localized {
	const words = WORDS[why] ?? WORDS['register-drop']!;
	return { ja: words.ja(found, fix), en: words.en(found, fix) };
}
