/** The progress page: history, charts, KPIs. */
export const en = {};

export const ja: typeof en = {};
