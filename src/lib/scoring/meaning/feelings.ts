import type { Locale } from '../../rubric';
import type { FinderInput, Match } from '../finders';

/**
 * Words for how a problem feels or what it costs (焦る, 困る, 負担, わかりにくい, 気が気でない):
 * said with よね or と思います they put the writer in the customer's place.
 */
const JA_FEELING =
	'焦|あせ|困|驚|びっくり|心配|不安|負担|わかりにく|分かりにく|気づけ|気付け|落ち着か|ひやっと|ヒヤッと|ひやり|腹が立|がっかり|大変|気が気で|気が休ま|納得がいか|うんざり|ショック|バタバタ|ばたばた|手が回ら|気が回ら|重く感じ|慌て|ひど|厄介|怒|悔し|残念|戸惑|不便|不快|つら|辛|悲し|困惑|イライラ|いらいら|もどかし|面倒|手間|気が重|心細|お疲れ|もやもや|モヤモヤ';

/**
 * How a writer imagines the customer's side in Japanese: "that is only natural" (ご心配になるのも
 * 当然です), a past-tense guess at what they went through (驚かれたことと思います,
 * わかりにくかったと思います), or a feeling word with the sympathetic よね / と思います
 * (ひやっとしますよね). A guess about the future (届くと思います) is not about the customer, and the
 * letter formula お困りのことと存じます is a formula.
 */
const JA: RegExp[] = [
	/(?:のも|のは|て|で)(?:当然|無理もな|無理もありません|ごもっとも)/,
	/(?:た|だった|でした|ました)(?:こと|の)?と(?:思います|思っております|存じます|拝察)/,
	new RegExp(`(?:${JA_FEELING})[^。!?\\n]{0,14}?(?:よね|と思います|と思っております|でしょう)`)
];

/**
 * The same in English: commiserating with the customer in so many words ("you must be really
 * stressed", "I'd feel the same", "it's fair to expect", "that's the worst timing").
 */
const EN: RegExp[] = [
	/\byou must (?:be|feel)\b/,
	/\bi(?:'d| would) (?:feel|be|have felt|have been) (?:exactly )?the same\b/,
	/\b(?:it's|it is|that's|that is) (?:only )?(?:fair|reasonable|natural|understandable) (?:to|that)\b/,
	/\byou(?:'re| are| were) (?:quite |completely |absolutely )?right to\b/,
	/\b(?:that's|that is|what|it's|it is|such) (?:a |the )?(?:rotten|awful|terrible|horrible|rough|tough|miserable|worst)\b/,
	/\bno wonder\b/,
	/\b(?:it's|what) a (?:real )?shame\b/,
	/\bi know (?:the clock|how (?:much|important|stressful|frustrating|worrying))/
];

const PATTERNS: Record<Locale, RegExp[]> = { en: EN, ja: JA };

/**
 * Sentences in which the reply imagines what this problem is like for the customer, a question
 * to them aside (…ですよね？ asks, it does not sympathise).
 */
export function findFeelings({ p }: FinderInput): Match[] {
	const patterns = PATTERNS[p.locale];
	const found: Match[] = [];
	for (const s of p.sentences) {
		if (s.end > p.signatureStart) break;
		const text = p.norm.slice(s.start, s.end);
		if (text.includes('?')) continue;
		for (const pattern of patterns) {
			const m = pattern.exec(text);
			if (m) {
				found.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
				break;
			}
		}
	}
	return found;
}
