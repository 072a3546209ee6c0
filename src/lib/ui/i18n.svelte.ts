import type { Locale } from '../rubric';

const en = {
	app: 'Reply Dojo',
	tagline: 'Practise support replies and see exactly which words earn each point.',
	language: 'Language',
	scenarios: 'Scenarios',
	broken: 'Scenarios that need fixing',
	brokenHint: 'These files have errors. Fix them and reload; every other scenario still plays.',
	history: 'Your attempts',
	noAttempts: 'No attempts yet. Pick a scenario to start.',
	minutes: 'min',
	difficulty: 'Difficulty',
	email: 'Email',
	chat: 'Chat',
	customerWrites: 'writes',
	subject: 'Subject',
	yourReply: 'Your reply',
	send: 'Send reply',
	sending: 'Scoring…',
	emptyReply: 'Write a reply before sending.',
	score: 'Score',
	total: 'Total',
	passed: 'Passed',
	notPassed: 'Not passed yet',
	autoFail: 'Automatic fail',
	level: 'Level',
	evidence: 'What counted',
	missing: 'What was missing',
	example: 'For example',
	noEvidence: 'Nothing in the reply counted here.',
	replyMarked: 'Your reply, marked',
	legend: 'Green words earned points, red words lost them.',
	backHome: 'All scenarios',
	tryAgain: 'Try again',
	inProgress: 'In progress',
	notFound: 'Not found',
	scenarioMissing: 'There is no scenario with this id.',
	attemptMissing: 'This attempt is not in this browser.',
	storageError: 'Could not save to this browser’s storage:',
	knowledge: 'Knowledge base',
	points: 'points',
	cap: 'caps the level at',
	voidLabel: 'did not count',
	conversation: 'Conversation',
	yourReplyLabel: 'Your reply',
	showFeedback: 'Show the feedback on this reply',
	nudgeSilent: '(The customer is still waiting for your answer.)',
	continueTitle: 'You have an unfinished attempt',
	continueText: 'Continue where you left off, draft included, or start over.',
	continue: 'Continue',
	startOver: 'Start over',
	debrief: 'Debrief',
	csat: 'Customer satisfaction',
	compare: 'Your reply and the model reply',
	modelReply: 'Model reply',
	draftSaved: 'Draft saved in this browser.'
};

const ja: typeof en = {
	app: 'Reply Dojo',
	tagline: 'サポート返信を練習し、どの言葉が点につながったかを確かめましょう。',
	language: '言語',
	scenarios: 'シナリオ',
	broken: '修正が必要なシナリオ',
	brokenHint:
		'以下のファイルにエラーがあります。修正して再読み込みしてください。ほかのシナリオは通常どおり遊べます。',
	history: 'これまでの回答',
	noAttempts: 'まだ回答がありません。シナリオを選んで始めましょう。',
	minutes: '分',
	difficulty: '難易度',
	email: 'メール',
	chat: 'チャット',
	customerWrites: 'さんからのメッセージ',
	subject: '件名',
	yourReply: 'あなたの返信',
	send: '返信を送信',
	sending: '採点中…',
	emptyReply: '送信する前に返信を書いてください。',
	score: 'スコア',
	total: '合計',
	passed: '合格',
	notPassed: 'もう一歩',
	autoFail: '自動不合格',
	level: 'レベル',
	evidence: '評価された箇所',
	missing: '足りなかった点',
	example: '例',
	noEvidence: 'この項目で評価された箇所はありません。',
	replyMarked: 'あなたの返信（評価箇所つき）',
	legend: '緑は加点、赤は減点された言葉です。',
	backHome: 'シナリオ一覧',
	tryAgain: 'もう一度挑戦',
	inProgress: '回答中',
	notFound: '見つかりません',
	scenarioMissing: 'このIDのシナリオはありません。',
	attemptMissing: 'この回答はこのブラウザにありません。',
	storageError: 'ブラウザへの保存に失敗しました：',
	knowledge: 'ナレッジベース',
	points: '点',
	cap: 'レベル上限',
	voidLabel: '不算入',
	conversation: 'やり取り',
	yourReplyLabel: 'あなたの返信',
	showFeedback: 'この返信の評価を表示',
	nudgeSilent: '（お客様は返信を待っています）',
	continueTitle: '途中の回答があります',
	continueText: '下書きも含めて続きから再開するか、最初からやり直せます。',
	continue: '続きから',
	startOver: '最初から',
	debrief: '振り返り',
	csat: '顧客満足度',
	compare: 'あなたの返信と模範解答',
	modelReply: '模範解答',
	draftSaved: '下書きはこのブラウザに保存されています。'
};

export type MessageKey = keyof typeof en;
const messages: Record<Locale, typeof en> = { en, ja };
const KEY = 'reply-dojo.lang';

function initial(): Locale {
	if (typeof localStorage === 'undefined') return 'en';
	const saved = localStorage.getItem(KEY);
	if (saved === 'en' || saved === 'ja') return saved;
	return typeof navigator !== 'undefined' && navigator.language.startsWith('ja') ? 'ja' : 'en';
}

let lang = $state<Locale>(initial());

/** The UI language, remembered in this browser; every label goes through `t`. */
export const i18n = {
	get lang() {
		return lang;
	},
	set lang(value: Locale) {
		lang = value;
		localStorage.setItem(KEY, value);
		document.documentElement.lang = value;
	},
	t(key: MessageKey): string {
		return messages[lang][key];
	}
};
