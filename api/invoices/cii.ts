import { type CreditNoteDocument, isCreditNote } from './credit-note.ts';
import type { InvoiceDocument, InvoiceParty } from './invoice.ts';

/**
 * The invoice's EN 16931 data as UN/CEFACT Cross Industry Invoice (CII D16B)
 * XML, the syntax Chorus Pro and Factur-X accept, with the EN 16931 profile
 * identifier (BT-24). Amounts are written with two decimals. A credit note is
 * type 381 with its reason (BT-22) and the invoice it corrects (BT-25, BT-26).
 */
export function invoiceToCii(invoice: InvoiceDocument | CreditNoteDocument): string {
  const credit = isCreditNote(invoice) ? invoice : null;
  const amount = (cents: number) => (cents / 100).toFixed(2);
  const date = (iso: string) =>
    `<udt:DateTimeString format="102">${iso.replaceAll('-', '')}</udt:DateTimeString>`;
  const party = (tag: string, p: InvoiceParty, scheme: '0002' | '0009') => `
      <ram:${tag}>
        <ram:Name>${xml(p.name)}</ram:Name>
        <ram:SpecifiedLegalOrganization><ram:ID schemeID="${scheme}">${xml(p.legalId)}</ram:ID></ram:SpecifiedLegalOrganization>
        <ram:PostalTradeAddress>
          <ram:PostcodeCode>${xml(p.postalCode)}</ram:PostcodeCode>
          <ram:LineOne>${xml(p.address)}</ram:LineOne>
          <ram:CityName>${xml(p.city)}</ram:CityName>
          <ram:CountryID>${xml(p.country)}</ram:CountryID>
        </ram:PostalTradeAddress>${
          p.vatNumber
            ? `
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">${xml(p.vatNumber)}</ram:ID></ram:SpecifiedTaxRegistration>`
            : ''
        }
      </ram:${tag}>`;
  const lines = invoice.lines
    .map(
      (line) => `
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:AssociatedDocumentLineDocument><ram:LineID>${line.id}</ram:LineID></ram:AssociatedDocumentLineDocument>
      <ram:SpecifiedTradeProduct>
        <ram:SellerAssignedID>${xml(line.code)}</ram:SellerAssignedID>
        <ram:Name>${xml(line.label)}</ram:Name>
      </ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeAgreement>
        <ram:NetPriceProductTradePrice><ram:ChargeAmount>${amount(line.unitPrice)}</ram:ChargeAmount></ram:NetPriceProductTradePrice>
      </ram:SpecifiedLineTradeAgreement>
      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">${line.quantity}</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
      <ram:SpecifiedLineTradeSettlement>
        <ram:ApplicableTradeTax>
          <ram:TypeCode>VAT</ram:TypeCode>
          <ram:CategoryCode>S</ram:CategoryCode>
          <ram:RateApplicablePercent>${line.vatRate.toFixed(2)}</ram:RateApplicablePercent>
        </ram:ApplicableTradeTax>
        <ram:SpecifiedTradeSettlementLineMonetarySummation>
          <ram:LineTotalAmount>${amount(line.netAmount)}</ram:LineTotalAmount>
        </ram:SpecifiedTradeSettlementLineMonetarySummation>
      </ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>`,
    )
    .join('');
  const taxes = invoice.vatBreakdown
    .map(
      (tax) => `
      <ram:ApplicableTradeTax>
        <ram:CalculatedAmount>${amount(tax.taxAmount)}</ram:CalculatedAmount>
        <ram:TypeCode>VAT</ram:TypeCode>
        <ram:BasisAmount>${amount(tax.taxableAmount)}</ram:BasisAmount>
        <ram:CategoryCode>S</ram:CategoryCode>
        <ram:RateApplicablePercent>${tax.rate.toFixed(2)}</ram:RateApplicablePercent>
      </ram:ApplicableTradeTax>`,
    )
    .join('');
  const meansCode = { transfer: '30', cheque: '20', mandate: '30' }[invoice.paymentMeans];
  const t = invoice.totals;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext>
    <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>${xml(invoice.number)}</ram:ID>
    <ram:TypeCode>${credit ? '381' : '380'}</ram:TypeCode>
    <ram:IssueDateTime>${date(invoice.issueDate)}</ram:IssueDateTime>${
      credit
        ? `\n    <ram:IncludedNote><ram:Content>${xml(credit.reason)}</ram:Content></ram:IncludedNote>`
        : ''
    }
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>${lines}
    <ram:ApplicableHeaderTradeAgreement>${
      invoice.chorus
        ? `\n      <ram:BuyerReference>${xml(invoice.chorus.serviceCode)}</ram:BuyerReference>`
        : ''
    }${party('SellerTradeParty', invoice.seller, '0002')}${party('BuyerTradeParty', invoice.buyer, '0009')}${
      invoice.chorus
        ? `
      <ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>${xml(invoice.chorus.engagementNumber)}</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>`
        : `
      <ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>${xml(invoice.orderReference)}</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>`
    }
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeDelivery/>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:PaymentReference>${xml(invoice.orderReference)}</ram:PaymentReference>
      <ram:InvoiceCurrencyCode>${invoice.currency}</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradeSettlementPaymentMeans>
        <ram:TypeCode>${meansCode}</ram:TypeCode>${
          invoice.iban
            ? `
        <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>${xml(invoice.iban)}</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>`
            : ''
        }
      </ram:SpecifiedTradeSettlementPaymentMeans>${taxes}
      <ram:SpecifiedTradePaymentTerms>
        <ram:Description>${xml(invoice.paymentTerms)}</ram:Description>
        <ram:DueDateDateTime>${date(invoice.dueDate)}</ram:DueDateDateTime>
      </ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:LineTotalAmount>${amount(t.lineTotal)}</ram:LineTotalAmount>
        <ram:ChargeTotalAmount>0.00</ram:ChargeTotalAmount>
        <ram:AllowanceTotalAmount>0.00</ram:AllowanceTotalAmount>
        <ram:TaxBasisTotalAmount>${amount(t.taxBasisTotal)}</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="${invoice.currency}">${amount(t.taxTotal)}</ram:TaxTotalAmount>
        <ram:GrandTotalAmount>${amount(t.grandTotal)}</ram:GrandTotalAmount>
        <ram:TotalPrepaidAmount>0.00</ram:TotalPrepaidAmount>
        <ram:DuePayableAmount>${amount(t.duePayable)}</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>${
        credit
          ? `
      <ram:InvoiceReferencedDocument>
        <ram:IssuerAssignedID>${xml(credit.precedingInvoice.number)}</ram:IssuerAssignedID>
        <ram:FormattedIssueDateTime><qdt:DateTimeString format="102">${credit.precedingInvoice.issueDate.replaceAll('-', '')}</qdt:DateTimeString></ram:FormattedIssueDateTime>
      </ram:InvoiceReferencedDocument>`
          : ''
      }
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
`;
}

function xml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}
