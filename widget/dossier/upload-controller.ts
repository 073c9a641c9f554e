import '../../machines/messages/dossier.ts';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type MessageKey, translate } from '../../machines/messages/messages.ts';
import { dossierText, formatDay, formatTime } from '../i18n/dossier.ts';
import type { DossierRequests } from './dossier-requests.ts';
import { ACCEPTED_TYPES, MAX_DOCUMENT_BYTES } from './identity-step.ts';
import { contextOf, type UploadState, zoneOf } from './view.ts';

/** Why the browser refuses `file` before sending it (empty, too large, wrong type), or null. */
export function fileRefusal(file: { size: number; type: string }): MessageKey | null {
  if (file.size === 0) return 'validation.file_required';
  if (file.size > MAX_DOCUMENT_BYTES) return 'problem.file_too_large.detail';
  if (file.type !== '' && !(ACCEPTED_TYPES as readonly string[]).includes(file.type)) {
    return 'problem.file_type.detail';
  }
  return null;
}

/** The share of `loaded` in `total`, a whole percent from 0 to 100 (0 when total is unknown). */
export function percentOf(loaded: number, total: number): number {
  return total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : 0;
}

/**
 * The ID scan's upload for `<certinomis-dossier>`: checked here (size, type), the online identity
 * check saved first if needed, then sent with its progress in `state`.
 */
export class UploadController implements ReactiveController {
  state: UploadState = { state: 'idle' };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly requests: DossierRequests,
  ) {
    host.addController(this);
  }

  /** The upload goes on while the host moves in the DOM: nothing to release. */
  hostDisconnected(): void {}

  /** Forgets the progress (another dossier in the element). */
  reset(): void {
    this.set({ state: 'idle' });
  }

  async upload(file: File): Promise<void> {
    const { requests } = this;
    const dossier = requests.dossier;
    if (!dossier || requests.busy) return;
    const lang = requests.locale;
    const refusal = fileRefusal(file);
    if (refusal) {
      requests.refuse('file', translate(lang, refusal));
      return;
    }
    const keep = requests.step ?? undefined;
    if (dossier.editable && contextOf(dossier).identity?.method !== 'online') {
      const saved = await requests.send(
        { type: 'dossier.save', step: 'identity', data: { method: 'online' } },
        keep,
      );
      if (!saved) return;
    }
    const current = requests.dossier;
    if (!current) return;
    this.set({ state: 'sending', percent: 0 });
    requests.announce(dossierText(lang, 'dossier.identity.sending', { percent: 0 }));
    const uploaded = await requests.run(
      () =>
        requests.client.uploadDossierDocument(current.id, requests.accessToken, file, {
          version: current.version,
          onProgress: (loaded, total) =>
            this.set({ state: 'sending', percent: percentOf(loaded, total) }),
        }),
      keep,
    );
    this.set({ state: 'idle' });
    const at = uploaded?.documents[0]?.uploadedAt;
    if (at) {
      requests.announce(
        dossierText(lang, 'dossier.identity.received', {
          date: formatDay(at, lang, zoneOf(current)),
          time: formatTime(at, lang, zoneOf(current)),
        }),
      );
    }
  }

  private set(state: UploadState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
