/**
 * The keigo rules of `find: keigo` (the tokenizer tier). A check names the rules it reports, so
 * that each rule can carry its own cap: a mistake a reader notices (謙譲語 for the customer) is
 * not weighed like a form that is redundant but widely accepted (拝見させていただく).
 */
export const KEIGO_RULES = [
	/** 謙譲語 for the customer's action: ご記入してください, お客様が申された, ご拝見ください. */
	'humble-for-customer',
	/** 尊敬語 for our own side or for things: 担当がおっしゃいました, 不具合でいらっしゃいました. */
	'honorific-for-us',
	/** 謙譲語 where no person is lowered: かと存じ上げます (存じ上げる is for people). */
	'humble-for-things',
	/** An honorific form on top of another: おっしゃられる, お読みになられる, お読みなさる. */
	'doubled-honorific',
	/** A humble verb with させていただく on top: 拝見させていただきます (widely accepted, redundant). */
	'doubled-humble',
	/** Two polite endings in a row: ありがとうございますでございます, 申し訳ないでございます. */
	'stacked-polite',
	/** A favour done to the customer: 出力してあげます, お手伝いしてさしあげます. */
	'favour-to-customer',
	/** さ入れ言葉: 休まさせていただきます, 読まさせて. */
	'sa-ire',
	/** ら抜き言葉: 見れる, 来れる, 食べれる. */
	'ra-nuki',
	/** A plain sentence ending (だ, る, た) in a reply otherwise written in です・ます. */
	'register-drop'
] as const;
export type KeigoRule = (typeof KEIGO_RULES)[number];
