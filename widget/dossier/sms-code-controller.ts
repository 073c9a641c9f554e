import '../../machines/messages/dossier.ts';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DossierResponse, Signer } from '../../machines/contract.ts';
import type { DossierContext } from '../../machines/dossier/context.ts';
import { signerRecord, unsignedSigners } from '../../machines/dossier/signers.ts';
import { translate } from '../../machines/messages/messages.ts';
import { ApiError, type SignatureCodeResponse } from '../api-client.ts';
import { dossierText, formatTime } from '../i18n/dossier.ts';
import type { DossierRequests } from './dossier-requests.ts';
import { contextOf, type SignatureState, zoneOf } from './view.ts';

/** "Renvoyer le code" waits this long after a code was sent. */
export const RESEND_DELAY_S = 60;

export const idleSignature = (): SignatureState => ({
  signer: 'mandataire',
  sentTo: null,
  expiresAt: null,
  resendIn: 0,
  requesting: false,
  confirming: false,
  pdf: 'idle',
});

/** Seconds left before a resend, for a code sent at `sentAt` (ISO) as seen at `now` (ms). */
export function resendDelay(sentAt: string, now: number): number {
  const elapsed = (now - Date.parse(sentAt)) / 1000;
  return Math.max(0, Math.ceil(RESEND_DELAY_S - elapsed));
}

/**
 * Whose code the code field is for: still `current` while they have not signed, else the next
 * signer holding a live code, else the next one to sign (machines/dossier/signers.ts).
 */
export function activeSigner(context: DossierContext, current: Signer): Signer {
  const unsigned = unsignedSigners(context);
  if (unsigned.includes(current)) return current;
  const live = (signer: Signer) => signerRecord(context, signer).codeSentForVersion !== null;
  return unsigned.find(live) ?? unsigned[0] ?? 'mandataire';
}

/**
 * The online signature for `<certinomis-dossier>`: the SMS code asked for and confirmed, the
 * "Renvoyer le code" countdown (a ticker stopped when the host leaves the page), and the PDF to
 * sign by hand, fetched with the session. Its `state` is what the signature screen shows.
 */
export class SmsCodeController implements ReactiveController {
  state: SignatureState = idleSignature();
  private ticker: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly requests: DossierRequests,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stopTicker();
  }

  /** Forgets everything (another dossier in the element). */
  reset(): void {
    this.stopTicker();
    this.set(idleSignature());
  }

  /**
   * Follows the dossier the API returned: a code the dossier voided (or its signer signed) is
   * forgotten, the code field goes to the next signer; a dossier seen for the first time with
   * a live code resumes the countdown.
   */
  follow(previous: DossierResponse | null, next: DossierResponse): void {
    const data = contextOf(next);
    const signer = activeSigner(data, this.state.signer);
    if (signer !== this.state.signer) this.set({ signer, sentTo: null, expiresAt: null });
    const code = signerRecord(data, signer);
    if (code.codeSentForVersion === null) {
      if (this.state.sentTo !== null) this.set({ sentTo: null, expiresAt: null });
    } else if (previous === null || previous.id !== next.id) {
      this.countDown(resendDelay(code.codeSentAt ?? '', Date.now()));
    }
  }

  /** "Recevoir le code par SMS" / "Renvoyer le code", for `signer`. */
  async request(signer: Signer = this.state.signer): Promise<void> {
    const { requests } = this;
    const dossier = requests.dossier;
    if (!dossier || requests.busy || this.state.requesting) return;
    if (signer !== this.state.signer) {
      this.set({ signer, sentTo: null, expiresAt: null });
      this.countDown(0);
    }
    this.set({ requesting: true });
    const reply: { sent?: SignatureCodeResponse } = {};
    await requests.run(
      async () => {
        const sent = await requests.client.requestSignatureCode(
          dossier.id,
          requests.accessToken,
          dossier.version,
          signer,
        );
        reply.sent = sent;
        return sent.dossier;
      },
      'signature',
      (error) => {
        if (!(error instanceof ApiError && error.status === 429)) return false;
        const seconds = error.retryAfter ?? RESEND_DELAY_S;
        // Said next to the button (and announced); the focus stays on it.
        requests.refuse(
          'signature.code',
          dossierText(requests.locale, 'dossier.throttled', { n: seconds }),
          false,
        );
        this.countDown(seconds);
        return true;
      },
    );
    const code = reply.sent;
    if (code) {
      this.set({ sentTo: code.sentTo, expiresAt: code.expiresAt });
      this.countDown(RESEND_DELAY_S);
      // The code field replaces the button pressed: the focus goes there, not to <body>.
      requests.focusAction('code');
      requests.announce(
        dossierText(requests.locale, 'dossier.signature.codeSent', {
          phone: code.sentTo,
          time: formatTime(code.expiresAt, requests.locale, zoneOf(code.dossier)),
        }),
      );
    }
    this.set({ requesting: false });
  }

  /** "Signer": the six digits typed, checked here, then confirmed by the API. */
  async confirm(code: string): Promise<void> {
    const { requests } = this;
    const dossier = requests.dossier;
    if (!dossier || requests.busy) return;
    const trimmed = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(trimmed)) {
      requests.refuse('code', translate(requests.locale, 'validation.code_format'));
      return;
    }
    this.set({ confirming: true });
    await requests.run(() =>
      requests.client.confirmSignature(
        dossier.id,
        requests.accessToken,
        dossier.version,
        trimmed,
        this.state.signer,
      ),
    );
    this.set({ confirming: false });
  }

  /** The PDF, fetched with the session (a link could not carry it), saved from a Blob URL. */
  async downloadPdf(): Promise<void> {
    const { requests } = this;
    const dossier = requests.dossier;
    if (!dossier || this.state.pdf === 'loading') return;
    this.set({ pdf: 'loading' });
    try {
      const { blob, fileName } = await requests.client.getDossierPdf(
        dossier.id,
        requests.accessToken,
      );
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.hidden = true;
      requests.root.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      this.set({ pdf: 'done' });
      requests.announce(dossierText(requests.locale, 'dossier.signature.downloaded'));
    } catch (error) {
      this.set({ pdf: 'idle' });
      await requests.fail(error);
    }
  }

  /** "Renvoyer le code" is enabled again in `seconds`. */
  countDown(seconds: number): void {
    this.set({ resendIn: seconds });
    this.stopTicker();
    if (seconds <= 0) return;
    const until = Date.now() + seconds * 1000;
    this.ticker = setInterval(() => {
      const left = Math.max(0, Math.ceil((until - Date.now()) / 1000));
      this.set({ resendIn: left });
      if (left === 0) this.stopTicker();
    }, 1000);
  }

  private stopTicker(): void {
    if (this.ticker !== null) clearInterval(this.ticker);
    this.ticker = null;
  }

  private set(patch: Partial<SignatureState>): void {
    this.state = { ...this.state, ...patch };
    this.host.requestUpdate();
  }
}
