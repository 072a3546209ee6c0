/** Settings, backup (export/import), storage state and errors. */
export const en = {};

export const ja: typeof en = {};
