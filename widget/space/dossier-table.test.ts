import { expect, fixture, html } from '@open-wc/testing';
import type { DossierRow } from '../../machines/contract.ts';
import { renderDone } from './dossier-done.ts';
import { renderDossierTable } from './dossier-table.ts';
import type { SpaceView } from './screen-element.ts';

/** The client space's dossier rows and the "done" news, rendered from rows as the API gives them. */

const row = (over: Partial<DossierRow>): DossierRow => ({
  id: 'd1',
  productLabel: 'Certificat Décideur - 1 an',
  orderReference: 'BD1734971738',
  position: 1,
  quantity: 2,
  beneficiary: null,
  orderDate: '2026-12-01T23:30:00.000Z',
  status: 'to_complete',
  statusLabel: 'Demande à compléter',
  timeZone: 'Europe/Paris',
  renewalOf: null,
  revoked: null,
  ...over,
});

const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

async function table(rows: DossierRow[], opened: string[] = []) {
  const view = {
    locale: 'fr',
    openDossier: (id: string) => opened.push(id),
  } as unknown as SpaceView;
  const el = await fixture(html`<div>${renderDossierTable(view, rows, 'vide', 'Demandes')}</div>`);
  return [...el.querySelectorAll('tbody tr')] as HTMLTableRowElement[];
}

describe('the client space tells dossiers apart and where they stand', () => {
  it("numbers an order's dossiers and names the bénéficiaire once known", async () => {
    const [one, two] = await table([
      row({}),
      row({ id: 'd2', position: 2, beneficiary: 'Armande BEJART' }),
    ]);
    expect(text(one!.cells[0]!)).to.equal(
      'Certificat Décideur - 1 an — BD1734971738 du 02/12/2026 n° 1 / 2',
    );
    expect(text(two!.cells[0]!)).to.contain('n° 2 / 2 · pour Armande BEJART');
    expect(two!.querySelector('button')!.getAttribute('aria-label')).to.equal(
      'Compléter le dossier BD1734971738 n° 2',
    );
  });

  it('dates the row in the organisation’s zone (already the 2nd in Paris, still the 1st in Guadeloupe)', async () => {
    const [row1] = await table([row({ quantity: 1, timeZone: 'America/Guadeloupe' })]);
    expect(text(row1!.cells[0]!)).to.equal(
      'Certificat Décideur - 1 an — BD1734971738 du 01/12/2026',
    );
  });

  it('offers "Voir" (read-only) instead of the pen once the dossier is signed, shipped or issued', async () => {
    const opened: string[] = [];
    const rows = await table(
      [
        row({ status: 'shipped', statusLabel: 'Expédié' }),
        row({ id: 'd2', position: 2, status: 'issued', statusLabel: 'Certificat émis' }),
      ],
      opened,
    );
    for (const r of rows) {
      const button = r.querySelector('button')!;
      expect(button.classList.contains('pen')).to.equal(false);
      expect(text(button)).to.equal('Voir');
    }
    expect(rows[0]!.querySelector('button')!.getAttribute('aria-label')).to.equal(
      'Voir le dossier BD1734971738 n° 1',
    );
    rows[1]!.querySelector('button')!.click();
    expect(opened).to.deep.equal(['d2']);
  });

  it('says a signed dossier is done and opens the next one to complete', async () => {
    const opened: string[] = [];
    const done = {
      id: 'd1',
      signed: row({ status: 'in_review' }),
      next: row({ id: 'd2', position: 2 }),
    };
    const el = await fixture(
      html`<div>${renderDone(
        'fr',
        done,
        (id) => opened.push(id),
        () => {},
      )}</div>`,
    );
    expect(text(el.querySelector('h3')!)).to.equal(
      'C’est fait : le dossier BD1734971738 n° 1 est signé.',
    );
    expect(text(el)).to.contain('Dossier suivant à compléter : BD1734971738 n° 2.');
    el.querySelector<HTMLButtonElement>('[data-next]')!.click();
    expect(opened).to.deep.equal(['d2']);
    const last = await fixture(
      html`<div>${renderDone(
        'fr',
        { ...done, next: null },
        () => {},
        () => {},
      )}</div>`,
    );
    expect(text(last)).to.contain('Vous n’avez plus de dossier à compléter.');
  });
});
