import type { Locale } from '../../rubric';

/**
 * What a sentence is about, in a few coarse subjects a support exchange turns on (the parcel, the
 * money, the fix, access to the account...). A question and its answer share one of them even
 * when they share no word: "when will it arrive?" and "the courier delivers on Friday".
 */
const CONCEPTS: Record<string, Record<Locale, RegExp>> = {
	delivery: {
		en: /\b(?:arriv|deliver|ship|dispatch|parcel|package|courier|tracking|transit|on (?:its|the) way|depot|reach (?:you|me)|get (?:it |them )?to (?:you|me)|turn(?:s|ed)? up|go(?:es)? out|sent out|post(?:ed|al|man)?\b|redirect)/,
		ja: /届|配送|配達|発送|到着|出荷|荷物|輸送|転送|配送業者|着日/
	},
	money: {
		// A currency sign stands after a space, where \b cannot see it.
		en: /\b(?:refund|money|reimburs|charg|paid|pay(?:ment)?s?\b|card|bank|credit|statement|amount|batch)|[£$€]/,
		ja: /返金|返還|払い戻|お金|代金|振込|振り込|引き落と|明細|請求|カード|円|口座|決済|取消|取り消/
	},
	fix: {
		en: /\b(?:fix|bug|broken|work(?:s|ing|ed)?\b|issue|problem|update|release|version|patch|error|sync|crash|glitch|repair|faulty|defect)/,
		ja: /修正|直|復旧|不具合|解消|エラー|動か|動き|使え(?:な|ず|ませ)|アップデート|バージョン|修理|故障|不良|障害|だめ|ダメ/
	},
	access: {
		en: /\b(?:log(?:ged)? ?in|sign(?:ed)? ?in|lock(?:s|ed)?\b|unlock|access|(?:get|be) (?:back )?in(?:to)?\b|back in\b|verif|identity|reset|code\b)/,
		ja: /ログイン|ロック|解除|アクセス|本人確認|入れな|サインイン/
	},
	replacement: {
		en: /\b(?:replac|exchang|swap|right one|correct (?:one|item|size|jacket|colour|color)|(?:new|fresh|another) (?:one|pair|unit|item|copy|set|device)\b|resend|re-send)/,
		ja: /交換|代替|代わり|再送|正しい|新しい(?:商品|もの)/
	},
	cancel: {
		en: /\b(?:cancel|unsubscrib|close (?:my|the|your) account|stop (?:my|the|your) (?:plan|subscription))/,
		ja: /解約|キャンセル|退会|停止/
	},
	booking: {
		en: /\b(?:book|reserv|room|stay|check-in|night)/,
		ja: /予約|宿泊|部屋|客室|空室|満室|空い|泊|日程|チェックイン/
	},
	address: {
		en: /\b(?:address|redirect|reroute|flat \d|street)/,
		ja: /住所|届け先|宛先|転送|引っ越/
	},
	code: {
		en: /\b(?:code|coupon|discount|voucher|promo|% off|basket|checkout)/,
		ja: /クーポン|コード|割引|値引|カート|対象外|対象商品|セール/
	},
	invoice: {
		en: /\b(?:invoice|vat|receipt|company name|credit note|reissu|re-issu)/,
		ja: /請求書|宛名|再発行|領収書|インボイス|原本/
	},
	points: {
		en: /\b(?:points?\b|reinstat|put (?:them |it )?back|restor|expir)/,
		ja: /ポイント|失効|復活|付与|戻/
	},
	compensation: {
		en: /\b(?:compensat|goodwill|make up for|reimburs|credit)/,
		ja: /補償|賠償|お詫びの(?:品|ポイント|クーポン)/
	},
	callback: {
		en: /\b(?:call(?:ed|back)?\b|ring|phone|technician|engineer|appointment|visit|slot)/,
		ja: /電話|折り返し|訪問|技術|担当者から/
	},
	price: {
		en: /\b(?:price|cost|increase|loyal|rate|fee)/,
		ja: /値上げ|料金|価格|長期|会員割引|値段/
	},
	feature: {
		en: /\b(?:feature|import|export|roadmap|pdf|excel|csv|support for|add (?:it|this|the|a)\b)/,
		ja: /機能|出力|エクスポート|インポート|追加|エクセル|excel|pdf|csv/
	},
	data: {
		en: /\b(?:delet|erase|remove (?:my|all)|personal data|gdpr|my data)/,
		ja: /削除|消去|個人情報|データ/
	},
	outage: {
		en: /\b(?:outage|down\b|offline|unavailable|service|shop|store)/,
		ja: /止ま|停止|障害|システム|開けられ/
	}
};

/**
 * Subjects a reply often drifts to when it answers something nobody asked: the returns policy, a
 * cancellation, an upgrade, general tips. A sentence about one of these does not answer a question
 * that never raised it.
 */
const DRIFT: Record<string, Record<Locale, RegExp>> = {
	returns: {
		en: /\b(?:return(?:s|ed|ing)?\b|sen[dt] (?:it |them |anything |the \w+ )?back|returns label)/,
		ja: /返品|返送/
	},
	cancel: CONCEPTS.cancel!,
	upsell: {
		en: /\b(?:upgrad|premium|enterprise|trial|plan\b|subscription|newsletter|double points|welcome bonus|gift wrap)/,
		ja: /アップグレード|プラン|トライアル|上位|ポイント2倍|プレミアム/
	},
	tips: {
		en: /\b(?:tip|recommend|we suggest|lots of (?:people|customers)|loads of|swear by|great way|don't forget)/,
		ja: /おすすめ|ぜひご活用|便利です|お役立て/
	},
	security: {
		en: /\b(?:password manager|strong password|(?:switch|turn) (?:it |this )?on\b|keep your account safe)/,
		ja: /パスワードの変更|定期的な/
	}
};

export function conceptsIn(text: string, locale: Locale): Set<string> {
	const out = new Set<string>();
	for (const [id, forms] of Object.entries(CONCEPTS)) if (forms[locale].test(text)) out.add(id);
	return out;
}

export function driftIn(text: string, locale: Locale): Set<string> {
	const out = new Set<string>();
	for (const [id, forms] of Object.entries(DRIFT)) if (forms[locale].test(text)) out.add(id);
	return out;
}

export function conceptForm(id: string, locale: Locale): RegExp | undefined {
	return CONCEPTS[id]?.[locale];
}
