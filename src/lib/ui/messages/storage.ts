/** Settings, backup (export/import), storage state and errors. */
export const en = {
	settings: 'Settings',
	storageHeading: 'Storage in this browser',
	storageIntro:
		'Everything you do in Reply Dojo is kept in this browser only. Nothing is sent anywhere.',
	storagePersisted: 'Kept permanently: the browser will not clear it to free up space.',
	storageNotPersisted:
		'Not protected: the browser may clear it when the disk runs low. Ask to keep it, and back up.',
	storagePersistUnknown: 'This browser does not say whether it keeps the data. Back up regularly.',
	storagePersistAsk: 'Ask the browser to keep it',
	storagePersistDenied:
		'The browser said no for now. Browsers decide from how often a site is used; keep backing up.',
	storageUsed: 'Space used',
	storageUsedOf: 'of',
	storageUnknownUsage: 'The browser does not report the space used.',
	backupHeading: 'Backup',
	backupIntro:
		'One file with every profile, attempt and review, to keep somewhere safe or to send to a reviewer.',
	backupLast: 'Last backup:',
	backupNever: 'No backup yet.',
	backupExportAll: 'Export everything',
	backupExportSelected: 'Export selected attempts',
	backupChoose: 'Attempts to export',
	backupNoAttempts: 'No attempts to export yet.',
	backupSaved: 'The file is in your downloads:',
	backupImportHeading: 'Import a backup',
	backupImportIntro:
		'Nothing is written until you confirm. Newer copies in this browser are never overwritten.',
	backupFile: 'Backup file (.json)',
	backupChecking: 'Checking the file…',
	backupRejected: 'This file cannot be imported, and nothing was changed:',
	backupDryRun: 'What importing this file will do',
	backupTable: 'Kind',
	backupAdded: 'New',
	backupUpdated: 'Updated',
	backupSkipped: 'Already here',
	backupConflicts: 'Kept as in this browser',
	backupConflictsHint:
		'These are newer in this browser, or changed in both places: they stay as they are here.',
	backupRenamed: 'Profiles renamed because the name is taken here:',
	backupImport: 'Import',
	backupCancel: 'Cancel',
	backupImporting: 'Importing…',
	backupImported: 'Imported.',
	backupNothing: 'Nothing to import: this browser already has everything in the file.',
	backupNothingKept:
		'Nothing to import: the rows counted under “Kept as in this browser” are newer here or differ from the file, and stay as they are here; everything else is already here.',
	backupImportQuota:
		'This browser has no space left for Reply Dojo, so nothing was imported. Free some space, then import the file again.',
	backupImportClosed:
		'The connection to this browser’s storage was closed during the import, so nothing was imported. Import the file again.',
	backupImportVersion:
		'Reply Dojo was updated in another tab, so nothing was imported. Reload this page, then import the file again.',
	backupKindProfiles: 'Profiles',
	backupKindAttempts: 'Attempts',
	backupKindReviews: 'Reviews',
	backupKindRubricVersions: 'Rubric versions',
	backupKindScenarioVersions: 'Scenario versions',
	backupReminder: 'Some of your practice has not been backed up for over a week.',
	backupReminderLink: 'Back up now',
	storageQuota:
		'This browser has no space left for Reply Dojo. Your reply stays on this page and is saved as soon as there is room: free some space, or export a backup.',
	storageClosed:
		'The connection to this browser’s storage was closed. Your reply stays on this page and is saved again as soon as possible.',
	storageVersion:
		'Reply Dojo was updated in another tab. Copy your reply, then reload this page to keep saving.',
	storageBlocked: 'Reply Dojo is updating its storage: close its other tabs so that it can finish.',
	storageOpenElsewhere:
		'This attempt is open in another tab. Its changes show here as they are made, and this reply box is read-only until you continue here.',
	attemptOlderRubric:
		'Scored with an older version of the rubric. It is shown as it was scored then.',
	attemptOlderScenario: 'Played with an older version of the scenario.',
	attemptRescore: 'Score again with the current rubric',
	attemptRescoring: 'Scoring…',
	attemptRescored: 'Scored again with the current rubric',
	attemptRescoreNote: 'The original score stays as it was; this one is kept beside it.',
	attemptRescoreUnavailable:
		'The scenario or its rubric is no longer in this app, so it cannot be scored again.',
	attemptTurn: 'Reply',
	attemptCriterion: 'Criterion',
	attemptThen: 'Then',
	attemptNow: 'Now'
};

export const ja: typeof en = {
	settings: '設定',
	storageHeading: 'このブラウザの保存領域',
	storageIntro: 'Reply Dojo のデータはすべてこのブラウザにだけ保存され、外部には送信されません。',
	storagePersisted:
		'永続化済み：空き容量が不足しても、ブラウザがデータを削除することはありません。',
	storageNotPersisted:
		'未保護：ディスクの空きが少なくなると、ブラウザがデータを削除する場合があります。保護を依頼し、バックアップを取ってください。',
	storagePersistUnknown:
		'このブラウザはデータを保持するかどうかを知らせません。定期的にバックアップしてください。',
	storagePersistAsk: 'データの保護をブラウザに依頼',
	storagePersistDenied:
		'ブラウザは今回は許可しませんでした。利用頻度などで判断されるため、引き続きバックアップを取ってください。',
	storageUsed: '使用量',
	storageUsedOf: '／',
	storageUnknownUsage: 'このブラウザは使用量を報告しません。',
	backupHeading: 'バックアップ',
	backupIntro:
		'すべてのプロフィール・回答・レビューを1つのファイルにまとめます。安全な場所に保管したり、レビュー担当者に送ったりできます。',
	backupLast: '前回のバックアップ：',
	backupNever: 'まだバックアップしていません。',
	backupExportAll: 'すべてを書き出す',
	backupExportSelected: '選択した回答を書き出す',
	backupChoose: '書き出す回答',
	backupNoAttempts: '書き出せる回答はまだありません。',
	backupSaved: 'ダウンロードフォルダに保存しました：',
	backupImportHeading: 'バックアップを読み込む',
	backupImportIntro:
		'確定するまで何も書き込まれません。このブラウザにある新しいデータが上書きされることはありません。',
	backupFile: 'バックアップファイル（.json）',
	backupChecking: 'ファイルを確認しています…',
	backupRejected: 'このファイルは読み込めません。データは何も変更されていません：',
	backupDryRun: 'このファイルを読み込むと、次のようになります',
	backupTable: '種類',
	backupAdded: '新規',
	backupUpdated: '更新',
	backupSkipped: '登録済み',
	backupConflicts: 'このブラウザの内容を維持',
	backupConflictsHint:
		'以下はこのブラウザの方が新しいか、両方で変更されたデータです。このブラウザの内容をそのまま残します。',
	backupRenamed: '同じ名前が既にあるため、名前を変えて追加するプロフィール：',
	backupImport: '読み込む',
	backupCancel: 'キャンセル',
	backupImporting: '読み込み中…',
	backupImported: '読み込みました。',
	backupNothing: '読み込むものはありません。ファイルの内容はすべてこのブラウザにあります。',
	backupNothingKept:
		'読み込むものはありません。「このブラウザの内容を維持」に数えた行は、このブラウザの方が新しいかファイルと異なるため、このまま残します。ほかはすべて登録済みです。',
	backupImportQuota:
		'このブラウザに Reply Dojo 用の空き容量がないため、何も読み込まれていません。空き容量を増やしてから、もう一度読み込んでください。',
	backupImportClosed:
		'読み込み中にブラウザの保存領域との接続が切れたため、何も読み込まれていません。もう一度読み込んでください。',
	backupImportVersion:
		'別のタブで Reply Dojo が更新されたため、何も読み込まれていません。このページを再読み込みしてから、もう一度読み込んでください。',
	backupKindProfiles: 'プロフィール',
	backupKindAttempts: '回答',
	backupKindReviews: 'レビュー',
	backupKindRubricVersions: 'ルーブリックの版',
	backupKindScenarioVersions: 'シナリオの版',
	backupReminder: '1週間以上バックアップされていない練習データがあります。',
	backupReminderLink: '今すぐバックアップ',
	storageQuota:
		'このブラウザに Reply Dojo 用の空き容量がありません。返信はこのページに残っており、空きができ次第保存されます。空き容量を増やすか、バックアップを書き出してください。',
	storageClosed:
		'ブラウザの保存領域との接続が切れました。返信はこのページに残っており、可能になり次第あらためて保存します。',
	storageVersion:
		'別のタブで Reply Dojo が更新されました。返信をコピーしてから、このページを再読み込みしてください。',
	storageBlocked:
		'Reply Dojo が保存領域を更新しています。完了させるため、ほかのタブを閉じてください。',
	storageOpenElsewhere:
		'この回答は別のタブで開かれています。そのタブでの変更はここにも反映されます。このタブで続けるまで、ここでは返信を編集できません。',
	attemptOlderRubric: '以前の版のルーブリックで採点されています。採点時のまま表示しています。',
	attemptOlderScenario: '以前の版のシナリオで回答されています。',
	attemptRescore: '現在のルーブリックで採点し直す',
	attemptRescoring: '採点中…',
	attemptRescored: '現在のルーブリックでの再採点',
	attemptRescoreNote: '元の採点はそのまま残り、再採点の結果は別に保存されます。',
	attemptRescoreUnavailable:
		'このシナリオまたはルーブリックは現在のアプリにないため、採点し直せません。',
	attemptTurn: '返信',
	attemptCriterion: '評価項目',
	attemptThen: '当時',
	attemptNow: '現在'
};
