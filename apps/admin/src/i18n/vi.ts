import type { TranslationMessages } from 'react-admin';
import { ocopVietnamese } from './ocop-vi';
import { raVietnamese } from './ra-vi';

/** All Vietnamese messages: react-admin's `ra.*` plus ours. */
export const vietnameseMessages: TranslationMessages = { ...raVietnamese, ...ocopVietnamese };
