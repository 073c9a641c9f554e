import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DossierResponse } from '../../machines/contract.ts';
import { ApiError } from '../api-client.ts';
import type { DossierRequests } from './dossier-requests.ts';
import { failureOf, loadFailure } from './failure.ts';
import { MAX_DOCUMENT_BYTES } from './identity-step.ts';
import {
  idleSignature,
  RESEND_DELAY_S,
  resendDelay,
  SmsCodeController,
} from './sms-code-controller.ts';
import { fileRefusal, percentOf } from './upload-controller.ts';

/** A host that only counts its update requests and keeps its controllers. */
function fakeHost() {
  const controllers: ReactiveController[] = [];
  let updates = 0;
  const host: ReactiveControllerHost = {
    addController: (controller) => controllers.push(controller),
    removeController: () => {},
    requestUpdate: () => {
      updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
  return { host, controllers, updates: () => updates };
}

function dossierWith(data: Record<string, unknown>, id = 'd1', version = 3): DossierResponse {
  return { id, version, data, documents: [], editable: true } as unknown as DossierResponse;
}

const noRequests = {} as DossierRequests;

describe('upload controller rules', () => {
  it('refuses an empty file, one too large, one of a type the API refuses', () => {
    expect(fileRefusal({ size: 0, type: 'image/png' })).to.equal('validation.file_required');
    expect(fileRefusal({ size: MAX_DOCUMENT_BYTES + 1, type: 'image/png' })).to.equal(
      'problem.file_too_large.detail',
    );
    expect(fileRefusal({ size: 10, type: 'text/html' })).to.equal('problem.file_type.detail');
    expect(fileRefusal({ size: 10, type: 'image/png' })).to.equal(null);
    expect(fileRefusal({ size: 10, type: '' })).to.equal(null); // the API sniffs it
  });

  it('shows whole percents, capped at 100, 0 when the size is unknown', () => {
    expect(percentOf(1, 3)).to.equal(33);
    expect(percentOf(5, 4)).to.equal(100);
    expect(percentOf(5, 0)).to.equal(0);
  });
});

describe('SMS code controller', () => {
  it('resumes the resend countdown of a live code and forgets a code the dossier voided', () => {
    const { host, controllers } = fakeHost();
    const sms = new SmsCodeController(host, noRequests);
    expect(controllers).to.deep.equal([sms]);
    const sentAt = new Date(Date.now() - 20_000).toISOString();
    sms.follow(null, dossierWith({ codeSentAt: sentAt, codeSentForVersion: 3 }));
    expect(sms.state.resendIn).to.be.within(39, 41);
    sms.hostDisconnected();
    // A later version without a code: nothing sent any more.
    sms.follow(
      dossierWith({}),
      dossierWith({ codeSentAt: null, codeSentForVersion: null }, 'd1', 4),
    );
    expect(sms.state.sentTo).to.equal(null);
    sms.reset();
    expect(sms.state).to.deep.equal(idleSignature());
    expect(sms.state.resendIn).to.equal(0);
  });

  it('counts the resend delay from when the code was sent', () => {
    const now = Date.parse('2026-03-01T10:00:00Z');
    expect(resendDelay('2026-03-01T10:00:00Z', now)).to.equal(RESEND_DELAY_S);
    expect(resendDelay('2026-03-01T09:59:30.5Z', now)).to.equal(31);
    expect(resendDelay('2026-03-01T09:58:00Z', now)).to.equal(0);
  });

  it('asks its host to render on each change', () => {
    const { host, updates } = fakeHost();
    const sms = new SmsCodeController(host, noRequests);
    sms.countDown(0);
    expect(updates()).to.equal(1);
    expect(sms.state.resendIn).to.equal(0);
  });
});

describe('dossier failures', () => {
  it('maps each refusal to what the screen does', () => {
    expect(failureOf(new ApiError(409, null), 'fr').kind).to.equal('reload');
    const conflict = {
      type: 'https://certinomis-order.dev/problems/stale-version',
      title: 'Le dossier a changé entre-temps',
      status: 409,
      detail: 'Le dossier a été modifié entre-temps : le paiement a été enregistré.',
      changed: 'payment.received',
    };
    // What changed, as the API says it, rather than a bare "changed in the meantime".
    expect(failureOf(new ApiError(409, conflict), 'fr')).to.deep.equal({
      kind: 'reload',
      notice: conflict.detail,
    });
    const fields = failureOf(
      new ApiError(422, {
        type: 'about:blank',
        title: 'Invalide',
        status: 422,
        detail: '',
        errors: [{ field: 'mandataire.mobile', message: 'Numéro invalide' }],
      }),
      'fr',
    );
    expect(fields).to.deep.equal({
      kind: 'fields',
      errors: [['mandataire.mobile', 'Numéro invalide']],
    });
    expect(
      failureOf(
        new ApiError(413, { type: 'x', title: 'Refusé', status: 413, detail: 'Trop gros' }),
        'fr',
      ),
    ).to.deep.equal({ kind: 'file', message: 'Trop gros' });
    const network = failureOf(new TypeError('fetch failed'), 'en');
    expect(network).to.include({ kind: 'general', emit: true });
    expect(failureOf(new ApiError(503, null), 'en')).to.include({ kind: 'general', emit: true });
    expect(failureOf(new ApiError(429, null, 12), 'fr')).to.include({ emit: false });
    expect(
      (failureOf(new ApiError(429, null, 12), 'fr') as { message: string }).message,
    ).to.contain('12');
  });

  it('says why a dossier cannot be read', () => {
    const messages = [401, 404, 0, 500].map((status) =>
      loadFailure(new ApiError(status, null), 'fr'),
    );
    expect(new Set(messages).size).to.equal(4);
  });
});
