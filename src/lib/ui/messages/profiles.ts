/** Profiles: picking and creating a trainee. */
export const en = {
	profile: 'Profile',
	profileSwitch: 'Switch to {name}',
	profileCurrent: '{name} (current)',
	profileNew: 'New profile',
	profileName: 'Name',
	profileCreate: 'Create and switch',
	profileHint: 'Several trainees can share this browser: each profile keeps its own attempts.'
};

export const ja: typeof en = {
	profile: 'プロフィール',
	profileSwitch: '{name}に切り替える',
	profileCurrent: '{name}（使用中）',
	profileNew: '新しいプロフィール',
	profileName: '名前',
	profileCreate: '作成して切り替える',
	profileHint: '1台のブラウザを複数の研修生で使えます。回答の記録はプロフィールごとに分かれます。'
};
