import { rollOverlapHours } from '../../machines/contract.ts';
import { textField } from '../ui/text-field.ts';
import type { PortalScreen } from './screen.ts';

/** The overlap of a key or secret roll, in hours (0–168; the API checks it: 422 `expiresInHours`). */
export function hoursField(
  screen: PortalScreen,
  value: string,
  error: string | null,
  onInput: (value: string) => void,
) {
  const { min, max } = rollOverlapHours;
  return textField({
    name: 'expiresInHours',
    label: screen.text('portal.hours', { min, max }),
    help: screen.text('portal.hoursHelp'),
    type: 'number',
    inputmode: 'numeric',
    value,
    error,
    onInput,
  });
}

/** The hours typed, as the API reads them (blank or not a number: refused with a 422). */
export function parseHours(value: string): number {
  return value.trim() === '' ? Number.NaN : Number(value);
}
