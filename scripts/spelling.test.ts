/**
 * One spelling in every translation table (issue 17): SIRET, e-mail, CERTINOMIS — never
 * "Siret", "Email", "email" or "courriel" in a text, nor "Certinomis". Placeholders
 * ({email}) are not text.
 */
import { describe, expect, it } from 'vitest';
import { en as messagesEn } from '../machines/messages/en.ts';
import { fr as messagesFr } from '../machines/messages/fr.ts';
import { problemsEn } from '../machines/messages/problems-en.ts';
import { problemsFr } from '../machines/messages/problems-fr.ts';
import { timeEn } from '../machines/messages/time-en.ts';
import { timeFr } from '../machines/messages/time-fr.ts';
import { backofficeEn } from '../widget/i18n/backoffice-en.ts';
import { backofficeFr } from '../widget/i18n/backoffice-fr.ts';
import { dashboardEn } from '../widget/i18n/dashboard-en.ts';
import { dashboardFr } from '../widget/i18n/dashboard-fr.ts';
import { dossierEn } from '../widget/i18n/dossier-en.ts';
import { dossierFr } from '../widget/i18n/dossier-fr.ts';
import { elementEn as en } from '../widget/i18n/element-en.ts';
import { elementFr as fr } from '../widget/i18n/element-fr.ts';
import { portalEn } from '../widget/i18n/portal-en.ts';
import { portalFr } from '../widget/i18n/portal-fr.ts';
import { spaceEn } from '../widget/i18n/space-en.ts';
import { spaceFr } from '../widget/i18n/space-fr.ts';
import { spaceScreensEn } from '../widget/i18n/space-screens-en.ts';
import { spaceScreensFr } from '../widget/i18n/space-screens-fr.ts';

const tables: Record<string, Record<string, string>> = {
  'machines/messages/fr': messagesFr,
  'machines/messages/en': messagesEn,
  'machines/messages/problems-fr': problemsFr,
  'machines/messages/problems-en': problemsEn,
  'machines/messages/time-fr': timeFr,
  'machines/messages/time-en': timeEn,
  'widget/i18n/fr': fr,
  'widget/i18n/en': en,
  'widget/i18n/dossier-fr': dossierFr,
  'widget/i18n/dossier-en': dossierEn,
  'widget/i18n/backoffice-fr': backofficeFr,
  'widget/i18n/backoffice-en': backofficeEn,
  'widget/i18n/space-fr': spaceFr,
  'widget/i18n/space-en': spaceEn,
  'widget/i18n/space-screens-fr': spaceScreensFr,
  'widget/i18n/space-screens-en': spaceScreensEn,
  'widget/i18n/dashboard-fr': dashboardFr,
  'widget/i18n/dashboard-en': dashboardEn,
  'widget/i18n/portal-fr': portalFr,
  'widget/i18n/portal-en': portalEn,
};

const misspellings: [RegExp, string][] = [
  [/\bSiret\b|\bsiret\b/, 'SIRET'],
  [/\b[Ee]mails?\b/, 'e-mail'],
  [/\b[Cc]ourriels?\b/, 'e-mail'],
  // An HTTP header's own name (Certinomis-Signature) is code, not text.
  [/\bCertinomis\b(?!-)/, 'CERTINOMIS'],
];

describe('one spelling in every translation table', () => {
  for (const [name, table] of Object.entries(tables)) {
    it(`${name} writes SIRET, e-mail and CERTINOMIS one way`, () => {
      const wrong = Object.entries(table).flatMap(([key, value]) => {
        const text = value.replace(/\{[^}]*\}/g, '');
        return misspellings
          .filter(([pattern]) => pattern.test(text))
          .map(([, right]) => `${key}: "${value}" (write ${right})`);
      });
      expect(wrong).toEqual([]);
    });
  }
});
