import { html, nothing } from 'lit';
import { beneficiaryOf } from '../../machines/dossier/conditions.ts';
import { dossierTimeZone } from '../../machines/dossier/context.ts';
import { requiredSigners, signerPerson, signerRecord } from '../../machines/dossier/signers.ts';
import type { Locale } from '../../machines/messages/index.ts';
import { formatFrenchPhone } from '../../machines/rules/phone.ts';
import type { Person } from '../../machines/schemas/dossier.ts';
import { dossierText, formatDay, formatTime } from '../i18n/dossier.ts';
import { personName } from './dossier-screen.ts';
import { type DossierView, stepLabel, unbroken, zoneOf } from './view.ts';

function civilityOf(locale: Locale, civility: string): string {
  if (civility === 'MME') return dossierText(locale, 'dossier.mme');
  if (civility === 'MR') return dossierText(locale, 'dossier.mr');
  return civility;
}

function row(label: string, value: unknown) {
  return html`<dt>${label}</dt><dd>${value}</dd>`;
}

function personRows(locale: Locale, person: Person) {
  return html`${row(
    dossierText(locale, 'dossier.field.lastName'),
    `${civilityOf(locale, person.civility)} ${personName(person)}`,
  )}
  ${row(dossierText(locale, 'dossier.field.function'), person.function)}
  ${row(dossierText(locale, 'dossier.field.email'), person.email)}
  ${row(dossierText(locale, 'dossier.field.mobile'), unbroken(formatFrenchPhone(person.mobile)))}`;
}

/**
 * Every step of the dossier as saved, read-only: organisation, mandataire, bénéficiaire,
 * delivery, identity check (with the scan's state) and, once signed, the signature.
 */
export function renderFacts(view: DossierView) {
  const { locale, context } = view;
  const zone = zoneOf(view.dossier);
  const none = dossierText(locale, 'dossier.summary.none');
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
        ? html`${row(dossierText(locale, 'dossier.field.name'), o.name)}
          ${row(dossierText(locale, 'dossier.field.siret'), o.siret)}
          ${row(dossierText(locale, 'dossier.field.address'), `${o.address}, ${o.postalCode} ${o.city} (${o.country})`)}`
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
            dossierText(locale, 'dossier.summary.sameAsMandataire', {
              name: personName(mandataire),
            }),
          )
        : beneficiary
          ? personRows(locale, beneficiary)
          : row(stepLabel(locale, 'beneficiaire'), none),
    )}
    ${section(
      'delivery',
      delivery
        ? html`${row(
            dossierText(locale, 'dossier.field.recipient'),
            `${dossierText(locale, `dossier.delivery.${delivery.recipient}`)} (${personName(
              delivery.recipient === 'mandataire' ? mandataire : beneficiary,
            )})`,
          )}
          ${row(dossierText(locale, 'dossier.field.mode'), dossierText(locale, `dossier.delivery.${delivery.mode}`))}`
        : row(stepLabel(locale, 'delivery'), none),
    )}
    ${section(
      'identity',
      identity
        ? html`${row(
            dossierText(locale, 'dossier.field.method'),
            `${dossierText(locale, `dossier.identity.${identity.method}`)}${
              context.identityStatus === 'verified'
                ? ` — ${dossierText(locale, 'dossier.identity.verified')}`
                : ''
            }`,
          )}
          ${
            identity.method === 'online'
              ? row(
                  dossierText(locale, 'dossier.field.file'),
                  context.documentUploaded && uploadedAt
                    ? dossierText(locale, 'dossier.identity.received', {
                        date: formatDay(uploadedAt, locale, zone),
                        time: formatTime(uploadedAt, locale, zone),
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
            html`${row(
              dossierText(locale, 'dossier.field.method'),
              `${dossierText(
                locale,
                context.signatureMethod === 'online'
                  ? 'dossier.signature.online'
                  : 'dossier.signature.handwritten',
              )} — ${
                context.signatureMethod === 'online'
                  ? dossierText(locale, 'dossier.summary.signedOnline', {
                      date: formatDay(context.signedAt, locale, zone),
                      time: formatTime(context.signedAt, locale, zone),
                    })
                  : context.paperReceived
                    ? dossierText(locale, 'dossier.summary.paperReceived')
                    : dossierText(locale, 'dossier.summary.signedPaper', {
                        date: formatDay(context.signedAt, locale, zone),
                      })
              }`,
            )}${signerRows(locale, context)}`,
          )
        : nothing
    }
  `;
}

/** Two people signed online (the bénéficiaire is not the mandataire): when each signed. */
function signerRows(locale: Locale, context: DossierView['context']) {
  const signers = requiredSigners(context);
  const online = context.signatureMethod === 'online' && context.signers !== undefined;
  if (!online || signers.length < 2) return nothing;
  return signers.map((signer) => {
    const signedAt = signerRecord(context, signer).signedAt;
    return row(
      `${stepLabel(locale, signer)} — ${personName(signerPerson(context, signer))}`,
      signedAt
        ? dossierText(locale, 'dossier.signature.signedOn', {
            date: formatDay(signedAt, locale, dossierTimeZone(context)),
            time: formatTime(signedAt, locale, dossierTimeZone(context)),
          })
        : dossierText(locale, 'dossier.signature.toSign'),
    );
  });
}
