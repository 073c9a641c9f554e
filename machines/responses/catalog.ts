import * as v from 'valibot';
import { OPTION_CODES, OPTION_RULES, PARTNER_MODES } from '../contract/lists.ts';
import type { CatalogResponse, CgvResponse, OrganisationResponse } from '../contract.ts';
import { partnerBrandingSchema } from '../schemas/partner.ts';
import { cents, dateTime, localeSchema, payeeSchema } from './common.ts';
import type { Same } from './same-type.ts';

export const catalogResponseSchema = v.object({
  locale: localeSchema,
  currency: v.literal('EUR'),
  vatRate: v.number(),
  products: v.array(
    v.object({
      code: v.string(),
      label: v.string(),
      blurb: v.string(),
      features: v.array(v.string()),
      validityYears: v.number(),
      priceHt: cents,
      vatRate: v.number(),
    }),
  ),
  options: v.array(
    v.object({
      code: v.picklist(OPTION_CODES),
      label: v.string(),
      description: v.string(),
      priceHt: cents,
      perCertificate: v.literal(true),
      rule: v.nullable(v.picklist(OPTION_RULES)),
    }),
  ),
  payee: payeeSchema,
  partner: v.object({
    slug: v.string(),
    mode: v.picklist(PARTNER_MODES),
    branding: partnerBrandingSchema,
  }),
});
const _catalog: Same<v.InferOutput<typeof catalogResponseSchema>, CatalogResponse> = true;

export const cgvResponseSchema = v.object({
  version: v.string(),
  title: v.string(),
  html: v.string(),
  locale: localeSchema,
  publishedAt: dateTime,
});
const _cgv: Same<v.InferOutput<typeof cgvResponseSchema>, CgvResponse> = true;

export const organisationResponseSchema = v.object({
  siret: v.pipe(v.string(), v.regex(/^\d{14}$/)),
  valid: v.literal(true),
  name: v.string(),
  legalCategory: v.string(),
  publicAdministration: v.boolean(),
  active: v.boolean(),
  firstCertificate: v.boolean(),
  address: v.string(),
  postalCode: v.string(),
  city: v.string(),
});
const _organisation: Same<
  v.InferOutput<typeof organisationResponseSchema>,
  OrganisationResponse
> = true;
