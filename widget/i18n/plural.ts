import type { Locale } from '../../machines/messages/index.ts';

const rules = new Map<Locale, Intl.PluralRules>();

/**
 * The key of a counted text: `key` (plural) or its `.one` form when `n` is singular in `locale`
 * (French: 0 and 1; English: 1), so that texts say "1 champ", "2 champs", never "champ(s)".
 */
export function countKey<K extends string>(locale: Locale, n: number, key: K): K | `${K}.one` {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return rule.select(n) === 'one' ? `${key}.one` : key;
}
