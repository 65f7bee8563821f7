import { z } from 'zod';

/**
 * The part of the FedRAMP marketplace export (GSA, `data.json`) that the converter reads,
 * validated with zod so a changed export fails loudly instead of converting into nonsense.
 * Field names follow the export; `dictionary.json` next to it describes them. Unknown keys
 * (assessors, expiration dates, ...) are ignored.
 */

/** One ATO letter with which an agency leverages (re-uses) a product's authorisation. */
const atoLetterSchema = z.object({
  Authorizing_Agency: z.string(),
  Authorizing_Subagency: z.string().optional(),
  Letter_Date: z.string().optional(),
  Authorizing_Letter_Last_Sign_Date: z.string().optional(),
  /** "N" marks a letter the FedRAMP PMO keeps out of the marketplace (private clouds). */
  Include_In_Marketplace: z.string().optional(),
});

/** The four designations that dictionary.json documents for a package. */
const designations = ['Compliant', 'In Process', 'In PMO Review', 'FedRAMP Ready'] as const;
export type Designation = (typeof designations)[number];

const productSchema = z.object({
  Cloud_Service_Provider_Name: z.string(),
  Cloud_Service_Provider_Package: z.string(),
  Package_ID: z.string(),
  Designation: z.enum(designations),
  /** Each entry may itself list several models: `["PaaS, SaaS"]`. */
  Service_Model: z.array(z.string()).default([]),
  Deployment_Model: z.string().optional(),
  Impact_Level: z.string().optional(),
  Path: z.string().optional(),
  Original_Authorization_Date: z.string().optional(),
  Sponsoring_Agency: z.string().optional(),
  Authorizing_Agency: z.string().optional(),
  Authorizing_Subagency: z.string().optional(),
  Underlying_CSP_Package_ID: z.array(z.string()).default([]),
  CSP_Website: z.string().optional(),
  CSO_Description: z.string().optional(),
  Leveraged_ATO_Letters: z.array(atoLetterSchema).default([]),
});

const marketplaceSchema = z.object({
  meta: z.object({
    Created_At: z.string(),
    Produced_By: z.string().optional(),
  }),
  data: z.object({
    Providers: z.array(productSchema),
  }),
});

/** A validated marketplace export. */
export type Marketplace = z.infer<typeof marketplaceSchema>;
/** One product (a FedRAMP package) of the export. */
export type Product = z.infer<typeof productSchema>;
/** What a hand-written fixture must supply: the fields with defaults may be left out. */
export type ProductInput = z.input<typeof productSchema>;
/** A whole export as a fixture may write it. */
export type MarketplaceInput = z.input<typeof marketplaceSchema>;

/** Validates parsed JSON; throws one error listing every problem (with its path) otherwise. */
export function parseMarketplace(json: unknown): Marketplace {
  const result = marketplaceSchema.safeParse(json);
  if (!result.success) {
    throw new Error(`Not a FedRAMP marketplace export:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}
