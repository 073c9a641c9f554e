import { html, nothing } from 'lit';
import { beneficiaryOf } from '../../machines/dossier/conditions.ts';
import type { Locale } from '../../machines/messages/index.ts';
import { formatFrenchPhone } from '../../machines/rules/phone.ts';
import type { Person } from '../../machines/schemas/dossier.ts';
import { dt, formatDay, formatTime } from '../i18n/dossier.ts';
import { personName } from './dossier-screen.ts';
import { type DossierView, stepLabel, unbroken } from './view.ts';

function civilityOf(locale: Locale, civility: string): string {
  if (civility === 'MME') return dt(locale, 'dossier.mme');
  if (civility === 'MR') return dt(locale, 'dossier.mr');
  return civility;
}

function row(label: string, value: unknown) {
  return html`<dt>${label}</dt><dd>${value}</dd>`;
}

function personRows(locale: Locale, person: Person) {
  return html`${row(
    dt(locale, 'dossier.field.lastName'),
    `${civilityOf(locale, person.civility)} ${personName(person)}`,
  )}
  ${row(dt(locale, 'dossier.field.function'), person.function)}
  ${row(dt(locale, 'dossier.field.email'), person.email)}
  ${row(dt(locale, 'dossier.field.mobile'), unbroken(formatFrenchPhone(person.mobile)))}`;
}

/**
 * Every step of the dossier as saved, read-only: organisation, mandataire, bénéficiaire,
 * delivery, identity check (with the scan's state) and, once signed, the signature.
 */
export function renderFacts(view: DossierView) {
  const { locale, context } = view;
  const none = dt(locale, 'dossier.summary.none');
  const section = (step: Parameters<typeof stepLabel>[1], body: unknown) =>
    html`<section aria-labelledby="facts-${step}">
      <h3 id="facts-${step}">${stepLabel(locale, step)}</h3>
      <dl class="facts">${body}</dl>
    </section>`;
  const { organisation: o, mandataire, beneficiaire, delivery, identity } = context;
  const beneficiary = beneficiaryOf(context);
  const uploadedAt = view.dossier.documents[0]?.uploadedAt ?? context.identitySubmittedAt;
  return html`
    ${section(
      'organisation',
      o
        ? html`${row(dt(locale, 'dossier.field.name'), o.name)}
          ${row(dt(locale, 'dossier.field.siret'), o.siret)}
          ${row(dt(locale, 'dossier.field.address'), `${o.address}, ${o.postalCode} ${o.city} (${o.country})`)}`
        : row(stepLabel(locale, 'organisation'), none),
    )}
    ${section(
      'mandataire',
      mandataire ? personRows(locale, mandataire) : row(stepLabel(locale, 'mandataire'), none),
    )}
    ${section(
      'beneficiaire',
      beneficiaire?.sameAsMandataire
        ? row(
            stepLabel(locale, 'beneficiaire'),
            dt(locale, 'dossier.summary.sameAsMandataire', { name: personName(mandataire) }),
          )
        : beneficiary
          ? personRows(locale, beneficiary)
          : row(stepLabel(locale, 'beneficiaire'), none),
    )}
    ${section(
      'delivery',
      delivery
        ? html`${row(
            dt(locale, 'dossier.field.recipient'),
            `${dt(locale, `dossier.delivery.${delivery.recipient}`)} (${personName(
              delivery.recipient === 'mandataire' ? mandataire : beneficiary,
            )})`,
          )}
          ${row(dt(locale, 'dossier.field.mode'), dt(locale, `dossier.delivery.${delivery.mode}`))}`
        : row(stepLabel(locale, 'delivery'), none),
    )}
    ${section(
      'identity',
      identity
        ? html`${row(
            dt(locale, 'dossier.field.method'),
            `${dt(locale, `dossier.identity.${identity.method}`)}${
              context.identityStatus === 'verified'
                ? ` — ${dt(locale, 'dossier.identity.verified')}`
                : ''
            }`,
          )}
          ${
            identity.method === 'online'
              ? row(
                  dt(locale, 'dossier.field.file'),
                  context.documentUploaded && uploadedAt
                    ? dt(locale, 'dossier.identity.received', {
                        date: formatDay(uploadedAt, locale),
                        time: formatTime(uploadedAt, locale),
                      })
                    : none,
                )
              : nothing
          }`
        : row(stepLabel(locale, 'identity'), none),
    )}
    ${
      context.signedAt
        ? section(
            'signature',
            row(
              dt(locale, 'dossier.field.method'),
              `${dt(
                locale,
                context.signatureMethod === 'online'
                  ? 'dossier.signature.online'
                  : 'dossier.signature.handwritten',
              )} — ${
                context.signatureMethod === 'online'
                  ? dt(locale, 'dossier.summary.signedOnline', {
                      date: formatDay(context.signedAt, locale),
                      time: formatTime(context.signedAt, locale),
                    })
                  : context.paperReceived
                    ? dt(locale, 'dossier.summary.paperReceived')
                    : dt(locale, 'dossier.summary.signedPaper', {
                        date: formatDay(context.signedAt, locale),
                      })
              }`,
            ),
          )
        : nothing
    }
  `;
}
