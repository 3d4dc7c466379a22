import type { AreaMessages } from './area-messages';

/** Messages of this console area, in both languages; merged into the main catalogues. */
export const messages: AreaMessages = { vi: {}, en: {} };
