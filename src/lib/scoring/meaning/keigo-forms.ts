import type { Token } from '../../morph';

/** How a verb ends before what follows it: ます needs 連用 (おっしゃい), た and て need the タ form. */
export type Ending = 'base' | 'masu' | 'ta' | 'conditional' | 'negative';

/** The ending that the morpheme after a verb (or after its れる/られる) asks for. */
export function endingBefore(next: Token | undefined, suffix?: Token): Ending {
	if (suffix?.form === '基本形' || suffix?.form === '体言接続') return 'base';
	if (suffix?.form === '仮定形') return 'conditional';
	if (suffix?.form === '未然形' && next?.basic === 'ない') return 'negative';
	if (!next) return 'base';
	if (next.basic === 'ます') return 'masu';
	if (next.basic === 'た' || next.surface === 'て' || next.surface === 'で') return 'ta';
	if (next.basic === 'ない') return 'negative';
	return 'base';
}

/** Forms of the verbs the corrections use, per ending. */
const FORMS: Record<string, Record<Ending, string>> = {
	おっしゃる: {
		base: 'おっしゃる',
		masu: 'おっしゃい',
		ta: 'おっしゃっ',
		conditional: 'おっしゃれ',
		negative: 'おっしゃら'
	},
	いらっしゃる: {
		base: 'いらっしゃる',
		masu: 'いらっしゃい',
		ta: 'いらっしゃっ',
		conditional: 'いらっしゃれ',
		negative: 'いらっしゃら'
	},
	なさる: {
		base: 'なさる',
		masu: 'なさい',
		ta: 'なさっ',
		conditional: 'なされ',
		negative: 'なさら'
	},
	くださる: {
		base: 'くださる',
		masu: 'ください',
		ta: 'くださっ',
		conditional: 'くだされ',
		negative: 'くださら'
	},
	なる: { base: 'なる', masu: 'なり', ta: 'なっ', conditional: 'なれ', negative: 'なら' },
	召し上がる: {
		base: '召し上がる',
		masu: '召し上がり',
		ta: '召し上がっ',
		conditional: '召し上がれ',
		negative: '召し上がら'
	},
	かかる: {
		base: 'かかる',
		masu: 'かかり',
		ta: 'かかっ',
		conditional: 'かかれ',
		negative: 'かから'
	},
	申す: { base: '申す', masu: '申し', ta: '申し', conditional: '申せ', negative: '申さ' },
	参る: { base: '参る', masu: '参り', ta: '参っ', conditional: '参れ', negative: '参ら' },
	おる: { base: 'おる', masu: 'おり', ta: 'おっ', conditional: 'おれ', negative: 'おり' },
	いる: { base: 'いる', masu: 'い', ta: 'い', conditional: 'いれ', negative: 'い' },
	いたす: {
		base: 'いたす',
		masu: 'いたし',
		ta: 'いたし',
		conditional: 'いたせ',
		negative: 'いたさ'
	},
	いただく: {
		base: 'いただく',
		masu: 'いただき',
		ta: 'いただい',
		conditional: 'いただけ',
		negative: 'いただか'
	},
	拝見する: {
		base: '拝見する',
		masu: '拝見し',
		ta: '拝見し',
		conditional: '拝見すれ',
		negative: '拝見し'
	},
	かねる: { base: 'かねる', masu: 'かね', ta: 'かね', conditional: 'かねれ', negative: 'かね' },
	ご覧になる: {
		base: 'ご覧になる',
		masu: 'ご覧になり',
		ta: 'ご覧になっ',
		conditional: 'ご覧になれ',
		negative: 'ご覧にならない'
	},
	お聞きになる: {
		base: 'お聞きになる',
		masu: 'お聞きになり',
		ta: 'お聞きになっ',
		conditional: 'お聞きになれ',
		negative: 'お聞きになら'
	},
	お読みになる: {
		base: 'お読みになる',
		masu: 'お読みになり',
		ta: 'お読みになっ',
		conditional: 'お読みになれ',
		negative: 'お読みになら'
	},
	ご存じだ: {
		base: 'ご存じだ',
		masu: 'ご存じ',
		ta: 'ご存じだっ',
		conditional: 'ご存じなら',
		negative: 'ご存じで'
	}
};

/** A verb in the form its context needs: `inflect('おっしゃる', 'masu')` is おっしゃい. */
export function inflect(verb: string, ending: Ending): string {
	return FORMS[verb]?.[ending] ?? verb;
}

/** Humble verbs and the honorific verb to use when the customer is the one acting. */
export const HONORIFIC_FOR: Record<string, string> = {
	申す: 'おっしゃる',
	申し上げる: 'おっしゃる',
	参る: 'いらっしゃる',
	伺う: 'お聞きになる',
	いたす: 'なさる',
	致す: 'なさる',
	拝見: 'ご覧になる',
	拝読: 'お読みになる',
	存じる: 'ご存じだ',
	存じ上げる: 'ご存じだ',
	かねる: 'かねる',
	いただく: 'いただく'
};

/** Honorific verbs and the humble verb to use when our side is the one acting. */
export const HUMBLE_FOR: Record<string, string> = {
	おっしゃる: '申す',
	いらっしゃる: 'おる',
	なさる: 'いたす',
	召し上がる: 'いただく',
	ご覧: '拝見する'
};

/** The surfaces of `tokens[from..to)` joined. */
export function text(tokens: readonly Token[], from: number, to: number): string {
	let out = '';
	for (let i = from; i < to && i < tokens.length; i++) out += tokens[i]!.surface;
	return out;
}
