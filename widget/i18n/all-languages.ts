import '../../machines/messages/account.ts';
import '../../machines/messages/dossier.ts';
import '../../machines/messages/purchase.ts';
import '../../machines/messages/server.ts';
import { en as messagesEn } from '../../machines/messages/en.ts';
import { provideMessages } from '../../machines/messages/messages.ts';
import { dashboardTexts } from './dashboard.ts';
import { dashboardEn } from './dashboard-en.ts';
import { dossierTexts } from './dossier.ts';
import { dossierEn } from './dossier-en.ts';
import { elementTexts } from './element.ts';
import { elementEn } from './element-en.ts';
import { shellTexts } from './shell.ts';
import { shellEn } from './shell-en.ts';
import { spaceTexts } from './space.ts';
import { spaceEn } from './space-en.ts';
import { spaceScreensTexts } from './space-screens.ts';
import { spaceScreensEn } from './space-screens-en.ts';

/**
 * Every table in every language at once, for a bundle that ships them anyway: the operators'
 * back office (its own entry) and the component tests. The partner's element never imports
 * this: its English is fetched when English is used.
 */
provideMessages('en', messagesEn);
elementTexts.provide('en', elementEn);
shellTexts.provide('en', shellEn);
spaceTexts.provide('en', spaceEn);
spaceScreensTexts.provide('en', spaceScreensEn);
dashboardTexts.provide('en', dashboardEn);
dossierTexts.provide('en', dossierEn);
