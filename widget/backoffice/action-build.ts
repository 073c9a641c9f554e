import '../../machines/messages/dossier.ts';
import * as v from 'valibot';
import type { AdminDossier, OperatorEvent } from '../../machines/contract.ts';
import { translate } from '../../machines/messages/messages.ts';
import {
  certificateIssuedSchema,
  certificateShippedSchema,
  dossierRefusedSchema,
  identityRefusedSchema,
  orderCancelledSchema,
  paymentReceivedSchema,
  revocationRefusedSchema,
} from '../../machines/schemas/dossier.ts';
import { toFieldErrors } from '../../machines/schemas/field-errors.ts';
import { type BackofficeKey, backofficeText } from '../i18n/backoffice.ts';
import { countKey } from '../i18n/plural.ts';
import { type ActionKind, LABELS } from './action-kinds.ts';
import { parseEuros } from './deadline.ts';
import type { BackofficeView } from './screen.ts';

type Values = Record<string, string>;

/** A form checked: how to send it (resolves to what to report), or the errors by field. */
export type Built = { ok: true; send: () => Promise<string> } | { ok: false; errors: Values };

/** Checks the form of `kind` with the shared schemas, then says how to send it. */
export function buildAction(
  kind: ActionKind,
  values: Values,
  detail: AdminDossier,
  view: Pick<BackofficeView, 'api' | 'accessToken' | 'locale'>,
): Built {
  const { api, accessToken, locale } = view;
  const { dossier, order } = detail;
  const text = (key: BackofficeKey, params?: Record<string, string | number>) =>
    backofficeText(locale, key, params);
  const sendEvent = (event: OperatorEvent): Built => ({
    ok: true,
    send: async () => {
      const after = await api.sendEvent(accessToken, dossier.id, dossier.version, event);
      return text('action.done', {
        action: text(LABELS[kind]),
        status: after.statusLabel,
      });
    },
  });
  const parse = <S extends v.GenericSchema>(
    schema: S,
    input: unknown,
    extra: Values = {},
  ): { ok: true; output: v.InferOutput<S> } | { ok: false; errors: Values } => {
    const result = v.safeParse(schema, input);
    const errors: Values = {};
    for (const error of toFieldErrors(result.issues ?? [], locale)) {
      errors[error.field] ??= error.message;
    }
    for (const [field, message] of Object.entries(extra)) errors[field] ??= message;
    if (result.success && Object.keys(errors).length === 0) {
      return { ok: true, output: result.output };
    }
    return { ok: false, errors };
  };
  const reason = { reason: values.reason ?? '' };
  switch (kind) {
    case 'paper':
      return sendEvent({ type: 'paper.received' });
    case 'identityVerified':
      return sendEvent({ type: 'identity.verified' });
    case 'postOffice':
      return sendEvent({ type: 'certificate.atPostOffice' });
    case 'identityRefused': {
      const parsed = parse(identityRefusedSchema, reason);
      return parsed.ok ? sendEvent({ type: 'identity.refused', ...parsed.output }) : parsed;
    }
    case 'cancel': {
      const parsed = parse(orderCancelledSchema, reason);
      return parsed.ok ? sendEvent({ type: 'order.cancelled', ...parsed.output }) : parsed;
    }
    case 'refuse': {
      const parsed = parse(dossierRefusedSchema, reason);
      return parsed.ok ? sendEvent({ type: 'dossier.refused', ...parsed.output }) : parsed;
    }
    case 'revoke':
      return sendEvent({ type: 'revocation.confirmed' });
    case 'refuseRevocation': {
      const parsed = parse(revocationRefusedSchema, reason);
      return parsed.ok ? sendEvent({ type: 'revocation.refused', ...parsed.output }) : parsed;
    }
    case 'issue': {
      const day = values.notBefore ?? '';
      const parsed = parse(certificateIssuedSchema, {
        serialNumber: values.serialNumber ?? '',
        notBefore: /^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T00:00:00.000Z` : day,
      });
      return parsed.ok ? sendEvent({ type: 'certificate.issued', ...parsed.output }) : parsed;
    }
    case 'ship': {
      const carrier = values.carrier ?? '';
      const extra: Values =
        dossier.express && carrier.trim().toLowerCase() !== 'chronopost'
          ? { carrier: translate(locale, 'validation.express_chronopost') }
          : {};
      const parsed = parse(
        certificateShippedSchema,
        { carrier, trackingNumber: values.trackingNumber ?? '' },
        extra,
      );
      return parsed.ok ? sendEvent({ type: 'certificate.shipped', ...parsed.output }) : parsed;
    }
    case 'payment': {
      const required = translate(locale, 'validation.required');
      const amount = parseEuros(values.amount ?? '');
      const extra: Values = {};
      if (amount === null) extra.amount = text('field.amountInvalid');
      let body: Record<string, unknown>;
      if (order.method === 'transfer') {
        const reference = values.reference ?? '';
        if (!reference.trim()) extra.reference = required;
        body = { amount: amount ?? 0, reference };
      } else {
        const chequeNumber = values.chequeNumber ?? '';
        const bank = values.bank ?? '';
        if (!chequeNumber.trim()) extra.chequeNumber = required;
        if (!bank.trim()) extra.bank = required;
        body = { amount: amount ?? 0, chequeNumber, bank };
      }
      // The amount's own message (euros) wins over the schema's (cents).
      const parsed = parse(paymentReceivedSchema, body, extra);
      if (!parsed.ok) {
        if (extra.amount) parsed.errors.amount = extra.amount;
        return parsed;
      }
      return {
        ok: true,
        send: async () => {
          const result = await api.recordPayment(
            accessToken,
            order.reference,
            dossier.version,
            parsed.output,
          );
          return text(countKey(locale, result.dossiers, 'action.paymentDone'), {
            n: result.dossiers,
            reference: order.reference,
          });
        },
      };
    }
  }
}
