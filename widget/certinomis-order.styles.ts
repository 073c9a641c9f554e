import { css } from 'lit';

export const orderStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }

  .frame {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    background: var(--_surface);
    padding: var(--_space);
    border-radius: var(--_radius);
  }

  .frame > p {
    margin: 0;
  }

  .form-title {
    font-size: 1.15rem;
    font-weight: 700;
  }

  .intro {
    color: var(--_muted);
  }

  .error ul {
    margin: 0.25rem 0 0;
    padding-left: 1.2rem;
  }

  @container (max-width: 24rem) {
    .frame {
      padding: calc(var(--_space) * 0.5);
    }
  }

  .status {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }

  .error {
    padding: var(--_space);
    border: 1px solid var(--_danger);
    border-left-width: 6px;
    border-radius: var(--_radius);
  }

  .error strong {
    display: block;
    color: var(--_danger);
  }

  .error p {
    margin: 0.25rem 0 0.75rem;
  }
`;
