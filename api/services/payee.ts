import type { Payee } from '../../machines/contract.ts';
import { ribFromFrenchIban } from '../../machines/rules/bank.ts';
import type { Seller } from '../db/database.ts';

/** The seller's bank details as shown for a transfer: holder, address, IBAN, BIC, RIB table, bank. */
export function payeeOf(seller: Seller): Payee {
  return {
    holder: seller.bank_account_holder,
    address: seller.address,
    postalCode: seller.postal_code,
    city: seller.city,
    iban: seller.iban,
    bic: seller.bic,
    bankName: seller.bank_name,
    bankBranch: seller.bank_branch,
    rib: ribFromFrenchIban(seller.iban),
  };
}
