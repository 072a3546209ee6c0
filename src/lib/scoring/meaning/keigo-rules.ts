import type { Token } from '../../morph';
import type { KeigoRule } from '../../rubric';
import { doerOf } from './keigo-subject';
import { endingBefore, HONORIFIC_FOR, HUMBLE_FOR, inflect, text } from './keigo-forms';

/** One keigo mistake: tokens `from` to `to` (exclusive), why it is wrong, and the corrected form. */
export interface KeigoFinding {
	rule: KeigoRule;
	/** Which form of the rule it is; picks the feedback words. */
	why: string;
	from: number;
	to: number;
	fix: string;
}

type Detector = (
	t: readonly Token[],
	i: number,
	own: readonly string[]
) => KeigoFinding | undefined;

const is = (t: Token | undefined, basic: string | readonly string[]) =>
	!!t && (typeof basic === 'string' ? t.basic === basic : basic.includes(t.basic));
const isSuffixReru = (t: Token | undefined) =>
	!!t && t.pos === '動詞' && t.detail === '接尾' && (t.basic === 'れる' || t.basic === 'られる');
const isPrefix = (t: Token | undefined) =>
	!!t && t.pos === '接頭詞' && (t.surface === 'お' || t.surface === 'ご' || t.surface === '御');

/** Words after お/ご that are not a verb made polite: お願いして, お礼して. */
const NOT_HONORIFIC_NOUN = new Set(['お願い', 'お礼', 'お詫び', 'お祝い', 'お世話', 'お手数']);
/** もらう in the polite form of asking: もらえれば → いただければ. */
function politeMorau(surface: string): string {
	return surface.replace(
		/^もら([いうえわっ])/,
		(_, k: string) => 'いただ' + ({ い: 'き', う: 'く', え: 'け', わ: 'か', っ: 'い' }[k] ?? k)
	);
}

const REQUEST = ['くださる', 'いただく', 'いただける', '頂く', '頂ける', 'もらう', 'もらえる'];

/**
 * お/ご + a verb noun at `i` (ご記入, お待ち, お知らせ): returns the index after it, or -1. The
 * tokenizer keeps お待ち and お知らせ whole, and splits ご + 記入.
 */
function politeNounEnd(t: readonly Token[], i: number): number {
	const a = t[i];
	if (isPrefix(a) && t[i + 1]?.pos === '名詞')
		return NOT_HONORIFIC_NOUN.has(a!.surface + t[i + 1]!.surface) ? -1 : i + 2;
	if (a?.pos === '名詞' && /^[おご御]./.test(a.surface) && a.detail === 'サ変接続')
		return NOT_HONORIFIC_NOUN.has(a.surface) ? -1 : i + 1;
	return -1;
}

/** ご記入してください, お待ちしていただけますか, お申し付けてください: the humble する in a request. */
const humbleRequest: Detector = (t, i) => {
	const end = politeNounEnd(t, i);
	if (end > 0 && is(t[end], 'する') && t[end + 1]?.surface === 'て' && is(t[end + 2], REQUEST))
		return {
			rule: 'humble-for-customer',
			why: 'humble-request',
			from: i,
			to: end + 3,
			fix: text(t, i, end) + politeMorau(t[end + 2]!.surface)
		};
	// お + verb stem + て + ください: お申し付けてください.
	if (
		isPrefix(t[i]) &&
		t[i + 1]?.pos === '動詞' &&
		t[i + 2]?.surface === 'て' &&
		is(t[i + 3], 'くださる')
	)
		return {
			rule: 'humble-for-customer',
			why: 'humble-request',
			from: i,
			to: i + 4,
			fix: text(t, i, i + 2) + t[i + 3]!.surface
		};
	return undefined;
};

/** ダウンロードされてください, お待ちされてください: the honorific れる in a request. */
const passiveRequest: Detector = (t, i) => {
	if (!isSuffixReru(t[i]) || t[i + 1]?.surface !== 'て' || !is(t[i + 2], 'くださる'))
		return undefined;
	const verb = t[i - 1];
	if (!verb || verb.pos !== '動詞') return undefined;
	if (verb.basic === 'する') {
		const noun = t[i - 2];
		const prefixed = noun && (isPrefix(t[i - 3]) || /^[おご]./.test(noun.surface));
		const from = isPrefix(t[i - 3]) ? i - 3 : i - 2;
		if (prefixed)
			return {
				rule: 'humble-for-customer',
				why: 'passive-request',
				from,
				to: i + 3,
				fix: text(t, from, i - 1) + t[i + 2]!.surface
			};
		return {
			rule: 'humble-for-customer',
			why: 'passive-request',
			from: i - 2,
			to: i + 3,
			fix: `${noun?.surface ?? ''}して${t[i + 2]!.surface}`
		};
	}
	return undefined;
};

/** ご拝見ください, 申してください, お伺いください: a humble verb asked of the customer. */
const humbleVerbRequest: Detector = (t, i) => {
	const from = isPrefix(t[i]) ? i : -1;
	const at = from >= 0 ? i + 1 : i;
	if (from < 0 && isPrefix(t[i - 1])) return undefined;
	const verb = t[at];
	if (!verb) return undefined;
	const humble =
		verb.basic === '拝見' || verb.basic === '拝読'
			? verb.basic
			: ['申す', '参る', '伺う'].includes(verb.basic)
				? verb.basic
				: '';
	if (!humble) return undefined;
	let k = at + 1;
	if (is(t[k], 'する')) k++;
	if (t[k]?.surface === 'て') k++;
	if (!is(t[k], 'くださる')) return undefined;
	const polite: Record<string, string> = {
		拝見: 'ご覧',
		拝読: 'お読み',
		申す: 'おっしゃって',
		参る: 'お越し',
		伺う: 'お尋ね'
	};
	return {
		rule: 'humble-for-customer',
		why: 'humble-verb-request',
		from: from >= 0 ? from : at,
		to: k + 1,
		fix: polite[humble] + t[k]!.surface
	};
};

/** ご注文された, お送りされます: the humble お/ご〜する made honorific with れる. */
const goSareru: Detector = (t, i, own) => {
	const end = politeNounEnd(t, i);
	if (end < 0 || !is(t[end], 'する') || !isSuffixReru(t[end + 1])) return undefined;
	if (t[end + 2]?.surface === 'て' && is(t[end + 3], 'くださる')) return undefined;
	const ending = endingBefore(t[end + 2], t[end + 1]);
	if (doerOf(t, i, own) === 'us')
		return {
			rule: 'honorific-for-us',
			why: 'honorific-for-us',
			from: i,
			to: end + 2,
			fix: text(t, i, end) + inflect('いたす', ending)
		};
	return {
		rule: 'humble-for-customer',
		why: 'go-sareru',
		from: i,
		to: end + 2,
		fix: text(t, i, end) + 'に' + inflect('なる', ending)
	};
};

/** 申される, 参られる, 伺われる, いたされる, 拝見される, できかねられる: humble verb, honorific ending. */
const humbleWithHonorific: Detector = (t, i) => {
	if (!isSuffixReru(t[i])) return undefined;
	let verb = t[i - 1];
	let from = i - 1;
	if (is(verb, 'する') && (t[i - 2]?.basic === '拝見' || t[i - 2]?.basic === '拝読')) {
		verb = t[i - 2];
		from = i - 2;
	}
	if (!verb || !(verb.basic in HONORIFIC_FOR)) return undefined;
	if (verb.basic === 'いただく') return undefined;
	const honorific = HONORIFIC_FOR[verb.basic]!;
	const ending = endingBefore(t[i + 1], t[i]);
	// できかねられます: かねる takes no honorific at all; keep the humble form.
	const fix =
		verb.basic === 'かねる'
			? text(t, i - 2, i - 1) + inflect('かねる', ending)
			: inflect(honorific, ending);
	return {
		rule: 'humble-for-customer',
		why: 'humble-with-honorific',
		from: verb.basic === 'かねる' ? i - 2 : from,
		to: i + 1,
		fix
	};
};

/** お客様が申した, お客様が参ります: a humble verb with the customer as its subject. */
const humbleCustomerSubject: Detector = (t, i, own) => {
	const verb = t[i]!;
	const humble =
		['申す', '申し上げる', '参る', '伺う'].includes(verb.basic) ||
		((verb.basic === '拝見' || verb.basic === '拝読') && is(t[i + 1], 'する'));
	if (!humble || isSuffixReru(t[i + 1]) || isSuffixReru(t[i + 2])) return undefined;
	if (doerOf(t, i, own) !== 'customer') return undefined;
	const to = verb.pos === '名詞' ? i + 2 : i + 1;
	return {
		rule: 'humble-for-customer',
		why: 'humble-customer-subject',
		from: i,
		to,
		fix: inflect(HONORIFIC_FOR[verb.basic] ?? 'なさる', endingBefore(t[to]))
	};
};

/** いかがいたしますか, どちらにいたしますか: asks what the customer will do with a humble verb. */
const humbleQuestion: Detector = (t, i) => {
	if (!is(t[i], ['いたす', '致す']) || !is(t[i + 1], 'ます') || t[i + 2]?.surface !== 'か')
		return undefined;
	// The tokenizer may split いかが into いか + が.
	const before = text(t, Math.max(0, i - 3), i);
	if (!/(?:いかが|どう|どちら|どれ|どちらに|どれに|どのように)$/.test(before)) return undefined;
	return {
		rule: 'humble-for-customer',
		why: 'humble-question',
		from: i,
		to: i + 3,
		fix: 'なさいますか'
	};
};

const HONORIFIC_VERBS = ['おっしゃる', 'いらっしゃる', 'なさる', '召し上がる'];

/** 担当がおっしゃいました, 私がご覧になります, 弊社の担当がいらっしゃいます: 尊敬語 for our side. */
const honorificForUs: Detector = (t, i, own) => {
	const a = t[i]!;
	const from = i;
	let to = i + 1;
	let humble: string | undefined;
	if (HONORIFIC_VERBS.includes(a.basic) && a.pos === '動詞') {
		if (isSuffixReru(t[i + 1])) return undefined;
		// 〜ていらっしゃる is 〜ておる for us; いらっしゃる alone is おる or 参る.
		humble = HUMBLE_FOR[a.basic];
		if (a.basic === 'なさる' && a.detail === '非自立') return undefined;
	} else if (a.surface === 'ご覧' && t[i + 1]?.surface === 'に' && is(t[i + 2], 'なる')) {
		humble = '拝見する';
		to = i + 3;
	} else return undefined;
	if (doerOf(t, from, own) !== 'us') return undefined;
	const ending = endingBefore(t[to]);
	return {
		rule: 'honorific-for-us',
		why: 'honorific-for-us',
		from,
		to,
		fix: inflect(humble!, ending)
	};
};

/** お待ちしていらっしゃいます: the humble お〜する and the honorific いらっしゃる on one verb. */
const humbleThenHonorific: Detector = (t, i) => {
	const end = politeNounEnd(t, i);
	if (
		end < 0 ||
		!is(t[end], 'する') ||
		t[end + 1]?.surface !== 'て' ||
		!is(t[end + 2], 'いらっしゃる')
	)
		return undefined;
	return {
		rule: 'honorific-for-us',
		why: 'humble-then-honorific',
		from: i,
		to: end + 3,
		fix: text(t, i, end + 2) + inflect('おる', endingBefore(t[end + 3]))
	};
};

/** Feelings and roles a person can "become": ご不安になられる is the customer, not a thing. */
const PERSON_STATES =
	/^(?:不安|心配|不快|不愉快|不満|残念|病気|会員|担当|気|お客様|ご不安|ご心配)$/;

/**
 * 尊敬語 for a thing: 不具合でいらっしゃいました, 無料になられます, 時間がかかられます, 指示が漏れて
 * いらっしゃいました.
 */
const honorificForThing: Detector = (t, i, own) => {
	const a = t[i]!;
	// X でいらっしゃる, with X a plain noun: お持ちでいらっしゃる and 佐藤様でいらっしゃる are right.
	if (a.basic === 'いらっしゃる' && t[i - 1]?.surface === 'で' && t[i - 2]?.pos === '名詞') {
		const noun = t[i - 2]!;
		if (
			isPrefix(t[i - 3]) ||
			/^[おご]/.test(noun.surface) ||
			/(?:様|さま|さん|方|者|自身|本人)$/.test(noun.surface) ||
			noun.detail === '代名詞'
		)
			return undefined;
		const ending = endingBefore(t[i + 1]);
		return {
			rule: 'honorific-for-us',
			why: 'honorific-for-thing',
			from: i - 1,
			to: i + 1,
			fix: ending === 'masu' ? 'でござい' : 'である'
		};
	}
	// 〜ていらっしゃる whose subject is a thing or us.
	if (a.basic === 'いらっしゃる' && a.detail === '非自立' && t[i - 1]?.surface === 'て') {
		const doer = doerOf(t, i - 1, own, { clause: true });
		if (doer !== 'thing' && doer !== 'us') return undefined;
		const fix = inflect(doer === 'us' ? 'おる' : 'いる', endingBefore(t[i + 1]));
		return {
			rule: 'honorific-for-us',
			why: doer === 'us' ? 'honorific-for-us' : 'honorific-for-thing',
			from: i,
			to: i + 1,
			fix
		};
	}
	// X になられる with X a thing (無料, 3,980円, 15日ごろ); お/ご X になられる is doubled keigo.
	if (is(a, 'なる') && t[i - 1]?.surface === 'に' && isSuffixReru(t[i + 1])) {
		const noun = t[i - 2];
		if (
			!noun ||
			isPrefix(t[i - 3]) ||
			/^[おご]/.test(noun.surface) ||
			noun.surface === 'ご覧' ||
			PERSON_STATES.test(noun.surface)
		)
			return undefined;
		if (noun.pos === '動詞' || doerOf(t, i, own) === 'customer') return undefined;
		return {
			rule: 'honorific-for-us',
			why: 'honorific-for-thing',
			from: i,
			to: i + 2,
			fix: inflect('なる', endingBefore(t[i + 2], t[i + 1]))
		};
	}
	// 時間がかかられます.
	if (is(a, 'かかる') && isSuffixReru(t[i + 1]))
		return {
			rule: 'honorific-for-us',
			why: 'honorific-for-thing',
			from: i,
			to: i + 2,
			fix: inflect('かかる', endingBefore(t[i + 2], t[i + 1]))
		};
	return undefined;
};

/** かと存じ上げます, お気の毒に存じ上げます: 存じ上げる lowers us before a person, not a thought. */
const zonjiageru: Detector = (t, i) => {
	if (!is(t[i], '存じ上げる')) return undefined;
	const before = t[i - 1];
	if (
		!before ||
		!(
			before.surface === 'と' ||
			before.surface === 'か' ||
			(before.surface === 'に' && before.detail === '副詞化')
		)
	)
		return undefined;
	return { rule: 'humble-for-things', why: 'zonjiageru', from: i, to: i + 1, fix: '存じ' };
};

/** おっしゃられる, いらっしゃられる, なさられる: an honorific verb with れる/られる on top. */
const honorificPlusReru: Detector = (t, i) => {
	const a = t[i]!;
	if (!(HONORIFIC_VERBS.includes(a.basic) || a.basic === 'くださる') || !isSuffixReru(t[i + 1]))
		return undefined;
	return {
		rule: 'doubled-honorific',
		why: 'honorific-plus-reru',
		from: i,
		to: i + 2,
		fix: inflect(a.basic, endingBefore(t[i + 2], t[i + 1]))
	};
};

/** お読みになられる, ご覧になられる, お召し上がりになられる: お〜になる with れる/られる on top. */
const oNiNarareru: Detector = (t, i) => {
	if (!is(t[i], 'なる') || t[i - 1]?.surface !== 'に' || !isSuffixReru(t[i + 1])) return undefined;
	let from = i - 2;
	const noun = t[from];
	if (!noun) return undefined;
	if (isPrefix(t[from - 1])) from--;
	else if (!/^(?:[おご]|御)./.test(noun.surface)) return undefined;
	return {
		rule: 'doubled-honorific',
		why: 'o-ni-narareru',
		from,
		to: i + 2,
		fix: text(t, from, i) + inflect('なる', endingBefore(t[i + 2], t[i + 1]))
	};
};

/** お読みなさる: お + verb stem + なさる; the honorific is お〜になる (お休みなさい is a greeting). */
const oNasaru: Detector = (t, i) => {
	if (
		!isPrefix(t[i]) ||
		t[i]!.surface !== 'お' ||
		t[i + 1]?.pos !== '動詞' ||
		!is(t[i + 2], 'なさる')
	)
		return undefined;
	if (t[i + 2]!.form.startsWith('命令')) return undefined;
	return {
		rule: 'doubled-honorific',
		why: 'o-nasaru',
		from: i,
		to: i + 3,
		fix: `${text(t, i, i + 2)}に${inflect('なる', endingBefore(t[i + 3]))}`
	};
};

/** 拝見させていただく, 伺わせていただく, 差し上げさせていただく: a humble verb with させていただく. */
const doubledHumble: Detector = (t, i) => {
	const a = t[i]!;
	let k = i + 1;
	let base: string;
	if (
		(a.basic === '拝見' || a.basic === '拝読' || a.basic === '拝聴' || a.basic === '拝借') &&
		is(t[k], 'する')
	) {
		k++;
		base = `${a.surface}いたし`;
	} else if (a.surface === '伺い' && isPrefix(t[i - 1]) && is(t[k], 'する')) {
		k++;
		base = '伺い';
	} else if (a.basic === '伺う' || a.basic === '差し上げる' || a.basic === '申し上げる') {
		base = a.basic.slice(0, -1) + (a.basic === '伺う' ? 'い' : '');
	} else return undefined;
	if (
		!is(t[k], ['せる', 'させる']) ||
		t[k + 1]?.surface !== 'て' ||
		!is(t[k + 2], ['いただく', 'いただける'])
	)
		return undefined;
	const from = a.surface === '伺い' && isPrefix(t[i - 1]) ? i - 1 : i;
	return { rule: 'doubled-humble', why: 'doubled-humble', from, to: k + 3, fix: base };
};

/** ありがとうございますでございます, 申し訳ないでございます, ございますです: polite on polite. */
const stackedPolite: Detector = (t, i) => {
	const a = t[i]!;
	const endsPolite =
		(a.basic === 'ます' && a.form === '基本形') ||
		(a.basic === 'ん' && t[i - 1]?.basic === 'ます') ||
		a.surface === 'すみません';
	const copula = t[i + 1]?.basic === 'だ' && t[i + 1]?.surface === 'で' && is(t[i + 2], 'ござる');
	// ますでしょうか is the accepted polite question; ますです is not.
	const desu = t[i + 1]?.basic === 'です' && t[i + 1]!.form === '基本形';
	if (endsPolite && (copula || desu)) {
		const to = copula ? i + 3 + (is(t[i + 3], 'ます') ? 1 : 0) : i + 2;
		// Show the whole first ending (ございません), not only its last morpheme.
		let from = i;
		while (from > i - 3 && from > 0 && (t[from - 1]!.pos === '助動詞' || is(t[from - 1], 'ござる')))
			from--;
		return { rule: 'stacked-polite', why: 'stacked-polite', from, to, fix: text(t, from, i + 1) };
	}
	// 間に合いますと思います: ます belongs at the end of the sentence, not inside what we think.
	if (
		a.basic === 'ます' &&
		a.form === '基本形' &&
		t[i + 1]?.surface === 'と' &&
		is(t[i + 2], ['思う', '存じる'])
	)
		return { rule: 'stacked-polite', why: 'masu-to-omou', from: i, to: i + 3, fix: '' };
	// 申し訳ないでございます, していないでございます, 正しいでございます.
	const plain =
		(a.basic === 'ない' && (a.pos === '助動詞' || a.pos === '形容詞')) ||
		(a.pos === '形容詞' && a.form === '基本形');
	if (plain && a.form === '基本形' && copula) {
		const to = i + 3 + (is(t[i + 3], 'ます') ? 1 : 0);
		const sorry = t[i - 1]?.surface === '申し訳';
		const from = sorry ? i - 1 : i;
		const fix = sorry ? '申し訳ございません' : a.basic === 'ない' ? 'ません' : `${a.surface}です`;
		return {
			rule: 'stacked-polite',
			why: a.basic === 'ない' ? 'plain-then-polite' : 'adjective-de-gozaimasu',
			from,
			to,
			fix
		};
	}
	return undefined;
};

/** Spoken contractions (取り違えちゃって, してる) and 〜てもらえる asked of the customer: casual register. */
const casualForm: Detector = (t, i) => {
	const a = t[i]!;
	if (a.pos !== '動詞' || a.detail !== '非自立') return undefined;
	if (['ちゃう', 'じゃう', 'てる', 'とく', 'ちまう'].includes(a.basic))
		return {
			rule: 'register-drop',
			why: 'contraction',
			from: i - 1 >= 0 ? i - 1 : i,
			to: i + 1,
			fix: ''
		};
	if (a.basic === 'もらえる' && t[i - 1]?.surface === 'て')
		return { rule: 'register-drop', why: 'morau', from: i, to: i + 1, fix: politeMorau(a.surface) };
	return undefined;
};

/** 出力してあげます, お手伝いしてさしあげます: a favour "given" to the customer. */
const favour: Detector = (t, i) => {
	if (t[i]?.surface !== 'て' || !is(t[i + 1], ['あげる', 'さしあげる', '差し上げる', '上げる']))
		return undefined;
	const next = t[i + 2];
	if (!is(next, 'ます')) return undefined;
	let from = i - 1;
	if (is(t[from], 'する') && t[from - 1]?.pos === '名詞') from--;
	if (isPrefix(t[from - 1])) from--;
	const stem = is(t[i - 1], 'する') ? text(t, from, i - 1) : '';
	return {
		rule: 'favour-to-customer',
		why: 'favour',
		from,
		to: i + 2,
		fix: stem ? `${stem}いたし` : 'いたし'
	};
};

const A_ROW = /[あかがさざただなはばぱまやらわ]$/;

/** 休まさせていただきます, 読まさせて: させる after a godan verb, whose causative is せる. */
const saIre: Detector = (t, i) => {
	const verb = t[i]!;
	if (
		verb.pos !== '動詞' ||
		verb.basic === 'する' ||
		!verb.form.startsWith('未然') ||
		!A_ROW.test(verb.surface)
	)
		return undefined;
	const next = t[i + 1];
	if (!next || next.basic !== 'させる' || next.detail !== '接尾') return undefined;
	return {
		rule: 'sa-ire',
		why: 'sa-ire',
		from: i,
		to: i + 2,
		fix: verb.surface + next.surface.slice(1)
	};
};

/** Potential forms the tokenizer keeps whole: 見れる, 来れる. */
const RA_NUKI_WORDS = new Set(['見れる', '来れる', '寝れる', '出れる', '着れる', '居れる']);
const I_E_ROW = /[いきぎしじちぢにひびぴみりえけげせぜてでねへべぺめれ見来寝出着居得]$/;

/** 見れる, 来れます, 食べれる: the potential of an ichidan verb without ら. */
const raNuki: Detector = (t, i) => {
	const verb = t[i]!;
	if (verb.pos !== '動詞') return undefined;
	if (RA_NUKI_WORDS.has(verb.basic))
		return {
			rule: 'ra-nuki',
			why: 'ra-nuki',
			from: i,
			to: i + 1,
			fix: verb.surface.replace('れ', 'られ')
		};
	const next = t[i + 1];
	if (
		verb.basic === 'する' ||
		verb.basic === 'くる' ||
		!verb.form.startsWith('未然') ||
		!I_E_ROW.test(verb.surface)
	)
		return undefined;
	if (!next || next.basic !== 'れる' || next.detail !== '接尾') return undefined;
	return {
		rule: 'ra-nuki',
		why: 'ra-nuki',
		from: i,
		to: i + 2,
		fix: `${verb.surface}ら${next.surface}`
	};
};

const DETECTORS: Detector[] = [
	humbleRequest,
	passiveRequest,
	humbleVerbRequest,
	goSareru,
	humbleWithHonorific,
	humbleCustomerSubject,
	humbleQuestion,
	honorificForUs,
	humbleThenHonorific,
	honorificForThing,
	zonjiageru,
	honorificPlusReru,
	oNiNarareru,
	oNasaru,
	doubledHumble,
	stackedPolite,
	favour,
	casualForm,
	saIre,
	raNuki
];

/** Every keigo mistake in the tokens, first found first; overlapping findings keep the first. */
export function keigoFindings(
	tokens: readonly Token[],
	own: readonly string[] = []
): KeigoFinding[] {
	const out: KeigoFinding[] = [];
	for (let i = 0; i < tokens.length; i++) {
		for (const detect of DETECTORS) {
			const found = detect(tokens, i, own);
			if (!found) continue;
			const last = out[out.length - 1];
			if (last && found.from < last.to) continue;
			out.push(withEnding(tokens, found));
			break;
		}
	}
	return out;
}

/**
 * The finding with the auxiliaries after it (ました, ません), in both the span and the corrected
 * form, so that the feedback reads 「申されました」→「おっしゃいました」. A stacked ending is itself
 * the mistake and keeps its span.
 */
function withEnding(tokens: readonly Token[], f: KeigoFinding): KeigoFinding {
	if (f.rule === 'stacked-polite') return f;
	let to = f.to;
	while (
		to < tokens.length &&
		to < f.to + 4 &&
		tokens[to]!.pos === '助動詞' &&
		tokens[to]!.surface !== 'で'
	)
		to++;
	return to === f.to ? f : { ...f, to, fix: f.fix + text(tokens, f.to, to) };
}
