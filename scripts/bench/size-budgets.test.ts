import { describe, expect, it } from 'vitest';
import { type Budget, budgets, checkBudget, KB } from './size-budgets.ts';

const capped: Budget = { name: 'entry', goalKb: 15, ceilingKb: 18 };
const met: Budget = { name: 'entry', goalKb: 15, ceilingKb: null };

describe('the size budget check', () => {
  it('passes a part under its ceiling, saying the ceiling and the goal', () => {
    const verdict = checkBudget(capped, [
      { file: 'certinomis-order.js', gzip: 6 * KB },
      { file: 'notice.styles-x.js', gzip: 12 * KB },
    ]);
    expect(verdict.ok).toBe(true);
    expect(verdict.goalMet).toBe(false);
    expect(verdict.line).toContain('ceiling 18 KB (goal 15 KB)');
  });

  it('fails a part one byte over its ceiling, naming each file and its size, largest first', () => {
    const verdict = checkBudget(capped, [
      { file: 'certinomis-order.js', gzip: 6 * KB },
      { file: 'notice.styles-x.js', gzip: 12 * KB + 1 },
    ]);
    expect(verdict.ok).toBe(false);
    expect(verdict.line).toMatch(/^OVER entry: 18\.00 KB gzip, ceiling 18 KB \(goal 15 KB\)/);
    expect(verdict.line).toContain('notice.styles-x.js 12.00 KB, certinomis-order.js 6.00 KB');
  });

  it('enforces the goal once no ceiling is set', () => {
    expect(checkBudget(met, [{ file: 'certinomis-order.js', gzip: 15 * KB }]).ok).toBe(true);
    const over = checkBudget(met, [{ file: 'certinomis-order.js', gzip: 15 * KB + 512 }]);
    expect(over.ok).toBe(false);
    expect(over.line).toContain('budget 15 KB — over by 0.50 KB: certinomis-order.js 15.50 KB');
  });

  it('enforces the goal when a ceiling is not above it', () => {
    const below: Budget = { name: 'entry', goalKb: 15, ceilingKb: 14 };
    expect(checkBudget(below, [{ file: 'certinomis-order.js', gzip: 14.5 * KB }]).ok).toBe(true);
    expect(checkBudget(below, [{ file: 'certinomis-order.js', gzip: 15.5 * KB }]).ok).toBe(false);
  });

  it('keeps each ceiling on a 0.5 KB step above its goal (else it should be removed)', () => {
    for (const budget of Object.values(budgets)) {
      if (budget.ceilingKb === null) continue;
      expect(budget.ceilingKb, budget.name).toBeGreaterThan(budget.goalKb);
      expect((budget.ceilingKb * 2) % 1, budget.name).toBe(0);
    }
  });
});
