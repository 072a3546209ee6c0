/** The home page: scenario cards, filters, the suggested next scenario. */
export const en = {};

export const ja: typeof en = {};
