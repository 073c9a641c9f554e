import { en } from './en.ts';
import { messages } from './messages.ts';

export { defaultLocale, type Locale, locales, negotiateLocale, toLocale } from './locales.ts';
export { isMessageKey, type MessageKey, messages, translate } from './messages.ts';

// The server and its tests: every language at once (the element imports messages.ts, whose
// English is fetched when used).
messages.provide('en', en);
