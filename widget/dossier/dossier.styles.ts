import { css } from 'lit';
import { frameStyles } from '../ui/frame.styles.ts';
import { noticeStyles } from '../ui/notice.styles.ts';

/** Styles of the dossier screens, on top of the purchase screens' (`stepStyles`). */
export const dossierScreenStyles = css`
  .radios {
    gap: 0.5rem;
  }

  .radios .choice {
    padding: 0.4rem 0;
  }

  .choice > span {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
  }

  .choice .label {
    font-weight: 600;
  }

  .choice.disabled {
    color: var(--_muted);
    cursor: not-allowed;
  }

  .choice .help,
  .field-help {
    font-size: 0.9rem;
    color: var(--_muted);
  }

  .choice .reason {
    font-size: 0.9rem;
    color: var(--_text);
    font-style: italic;
  }

  .req {
    color: var(--_danger);
  }

  .note {
    border-left: 4px solid var(--_primary);
    padding: 0.5rem 0.75rem;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    color: var(--_text);
  }

  .file {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
  }

  .file label {
    font-weight: 600;
  }

  .file input[type='file'] {
    font: inherit;
    min-height: 44px;
    max-width: 100%;
  }

  progress {
    width: 100%;
    height: 0.75rem;
    accent-color: var(--_primary);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }

  .actions button:not(.primary) {
    background: var(--_surface);
    color: var(--_primary);
    border: 1px solid var(--_primary);
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.65;
  }

  .code-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-start;
  }

  .code-row certinomis-field {
    flex: 1 1 12rem;
    max-width: 16rem;
  }

  .code-row button {
    margin-top: 1.85rem;
  }

  /* Two signers: one row each, wrapping at 360 px. */
  ul.signers {
    list-style: none;
    padding: 0;
    margin: 0 0 1rem;
    display: grid;
    gap: 0.75rem;
  }

  ul.signers li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: center;
    justify-content: space-between;
  }

  ul.signers button {
    overflow-wrap: anywhere;
  }

  address {
    font-style: normal;
    white-space: pre-line;
    font-weight: 600;
  }

  .summary section + section {
    border-top: 1px solid var(--_border);
    margin-top: 0.75rem;
    padding-top: 0.75rem;
  }

  .facts {
    margin: 0.25rem 0 0;
  }

  @container (max-width: 24rem) {
    .facts {
      grid-template-columns: 1fr;
    }

    .facts dd {
      margin-bottom: 0.35rem;
    }
  }

  ul.missing {
    margin: 0.25rem 0 0;
    padding-left: 1.2rem;
  }
`;

/** Styles of `<certinomis-dossier>` itself (frame, header, badge, notices). */
export const dossierStyles = css`
  ${frameStyles}
  ${noticeStyles}

  header p {
    margin: 0;
  }

  .title {
    font-size: 1.15rem;
    font-weight: 700;
  }

  .order-line {
    color: var(--_muted);
    overflow-wrap: anywhere;
  }

  .badge {
    display: inline-block;
    padding: 0.2rem 0.65rem;
    border-radius: 999px;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    font-weight: 600;
    font-size: 0.9rem;
  }

  .badge.to_sign,
  .badge.awaiting_paper,
  .badge.awaiting_payment {
    border-color: #b54708;
    color: #93370d;
  }

  .badge.in_review,
  .badge.issued,
  .badge.shipped,
  .badge.at_post_office {
    border-color: #1a7f37;
    color: #116329;
  }

  .badge.refused,
  .badge.cancelled {
    border-color: var(--_danger);
    color: var(--_danger);
  }

  .notice {
    padding: var(--_space);
    border: 1px solid #b54708;
    border-left-width: 6px;
    border-radius: var(--_radius);
  }

  .error p,
  .notice p {
    margin: 0 0 0.5rem;
  }
`;
