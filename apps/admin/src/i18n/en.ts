import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { ocopEnglish } from './ocop-en';

/** All English messages: ra-language-english plus ours. */
export const englishAllMessages: TranslationMessages = { ...englishMessages, ...ocopEnglish };
