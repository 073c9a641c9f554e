import { css } from 'lit';

/**
 * The styles of the client space's lists once logged in (sections, tables, status badges, the
 * rows' buttons), on top of `spaceStyles`: apart so that the login's files do not carry them.
 * The back office and the portal adopt them too.
 */
export const listStyles = css`
  section {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    min-width: 0;
  }

  .section-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25rem 1rem;
  }

  .panels {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    grid-template-columns: minmax(0, 1fr);
  }

  @container (min-width: 52rem) {
    .panels {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }

  .scroll {
    overflow-x: auto;
  }

  table {
    width: 100%;
    border-collapse: collapse;
  }

  caption {
    text-align: left;
  }

  th,
  td {
    text-align: left;
    padding: 0.5rem 0.5rem 0.5rem 0;
    vertical-align: middle;
    border-bottom: 1px solid var(--_border);
  }

  thead th {
    font-size: 0.85rem;
    color: var(--_muted);
  }

  .product {
    font-weight: 600;
  }

  .mono {
    font-family: ui-monospace, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }

  td.empty {
    text-align: center;
    color: var(--_muted);
    font-weight: 600;
    letter-spacing: 0.03em;
  }

  .badge {
    display: inline-block;
    padding: 0.15rem 0.55rem;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.85rem;
    font-weight: 600;
    line-height: 1.4;
  }

  /* Dark text on light tints: at least 4.5:1 on every badge. */
  .badge.to_complete,
  .badge.awaiting_paper,
  .badge.awaiting_payment {
    color: #7a4a00;
    background: #fff4d6;
  }

  .badge.to_sign,
  .badge.in_review {
    color: #163e75;
    background: #e3edfb;
  }

  .badge.issued,
  .badge.shipped,
  .badge.at_post_office {
    color: #14532d;
    background: #def7e5;
  }

  .badge.refused {
    color: #8a1c12;
    background: #fde4e1;
  }

  .badge.cancelled {
    color: #3e4c59;
    background: #e9edf1;
  }

  .badge.revoked {
    color: #7f1d1d;
    background: #fee2e2;
  }

  /* Under a revoked certificate's badge: when and why (widget/space/revocation-status.ts). */
  .revoked-on {
    display: block;
    margin-top: 0.25rem;
    font-size: 0.9rem;
    color: var(--_muted);
  }

  .icon-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 44px;
    min-height: 44px;
    padding: 0;
    background: var(--_surface);
    color: var(--_primary);
    border: 1px solid var(--_border);
  }

  .icon-button svg {
    width: 1.25rem;
    height: 1.25rem;
  }

  .more {
    align-self: flex-start;
  }

  /* Which of an order's certificates a row is ("n° 2 / 3 · Armande BÉJART"). */
  td .sub {
    display: block;
    color: var(--_muted, #52606d);
    font-size: 0.9rem;
  }

  /* "Voir": as large a target as the pen. */
  button.link.view {
    min-width: 44px;
    min-height: 44px;
  }

  /* Renewal (renewal-row.ts): the link between a certificate and its renewal, Renouveler. */
  .renewal-link {
    display: block;
    margin-top: 0.25rem;
    color: var(--_muted);
    font-size: 0.875em;
  }

  button.renew {
    display: block;
    margin-top: 0.35rem;
    min-height: 44px;
  }

  .filter {
    max-width: 20rem;
  }

  @container (max-width: 24rem) {
    th,
    td {
      padding-right: 0.35rem;
    }
  }
`;
