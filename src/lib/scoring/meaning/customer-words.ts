import type { Locale } from '../../rubric';
import { normalizePhrase } from '../compile';
import { perMessage } from './per-message';

// Words too common in any support exchange to show that a reply was written for this message.
const COMMON_EN = new Set(
	'about after again always because before being between could every first having hello please regards really since still thank thanks their there these thing things think those through today under until where which while would your yours order orders email support sorry issue problem account customer service'.split(
		' '
	)
);
const COMMON_JA = new Set(
	'確認 対応 連絡 注文 問い合わせ 問合せ 申し訳 本日 商品 弊社 当社 担当 状況 場合 予定 返信 回答 案内 利用 内容 以下 以上 今後 現在 一度 必要 可能 情報 お客 サポート メール サービス'.split(
		' '
	)
);

/** The customer's own distinctive words (long words; kanji compounds and katakana terms in Japanese). */
function distinctiveWords(message: string, locale: Locale): string[] {
	const text = normalizePhrase(message);
	const words =
		locale === 'ja'
			? (text.match(/[\p{Script=Han}]{2,}|[\p{Script=Katakana}ー]{3,}/gu) ?? []).filter(
					(w) => !COMMON_JA.has(w)
				)
			: (text.match(/[a-z][a-z'-]{4,}/g) ?? []).filter((w) => !COMMON_EN.has(w));
	return [...new Set(words)];
}

/** The customer's distinctive words, found once per message. */
export const echoWords = perMessage(distinctiveWords);
