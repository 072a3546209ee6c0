/** One morpheme of Japanese text, as the keigo checks need it (IPADIC fields, renamed). */
export interface Token {
	surface: string;
	/** Part of speech: 動詞, 助動詞, 名詞... */
	pos: string;
	/** First sub-category: 自立, 接尾, 非自立... */
	detail: string;
	/** Dictionary form: れる, いただく, ござる... */
	basic: string;
	/** Conjugated form: 未然形, 連用形... */
	form: string;
	/** Span in the text that was tokenized. */
	start: number;
	end: number;
}

export type Tokenize = (text: string) => Token[];
