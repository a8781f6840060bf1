/**
 * Zod schemas for the legal data (shapes in `types.ts`).
 *
 * Only tests and build scripts import this file. Rules data files and app code
 * must never import it, so that Zod stays out of the app bundle.
 */
import { z } from 'zod';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const KebabIdSchema = z.string().regex(KEBAB, 'id must be kebab-case');
export const HttpsUrlSchema = z.url({ protocol: /^https$/, hostname: z.regexes.domain });
export const IsoDateSchema = z.iso.date();

export const NationSchema = z.enum(['england', 'wales', 'scotland', 'ni']);
export const ConfidenceSchema = z.enum(['H', 'M', 'L']);
const CONFIDENCE_RANK = { H: 2, M: 1, L: 0 } as const;

const nationList = z
  .array(NationSchema)
  .nonempty()
  .refine((ns) => new Set(ns).size === ns.length, 'nations must not repeat');

export const SourceSchema = z.strictObject({
  id: KebabIdSchema,
  title: z.string().trim().min(3),
  href: HttpsUrlSchema,
  nations: nationList,
  inForce: z
    .strictObject({ from: IsoDateSchema, to: IsoDateSchema.optional() })
    .refine((f) => f.to === undefined || f.from <= f.to, 'inForce.from must not be after inForce.to'),
  kind: z.enum(['statute', 'regulation', 'case', 'guidance', 'policy', 'service']).optional(),
});

export const NationLawSchema = z
  .strictObject({
    sources: z.array(KebabIdSchema),
    signposts: z.array(KebabIdSchema).nonempty('every nation needs at least one signpost'),
    confidence: ConfidenceSchema,
    nonStatutory: z.boolean().optional(),
  })
  .refine((l) => l.nonStatutory === true || l.sources.length > 0, 'sources may be empty only when nonStatutory')
  .refine((l) => new Set(l.sources).size === l.sources.length, 'sources must not repeat')
  .refine((l) => new Set(l.signposts).size === l.signposts.length, 'signposts must not repeat');

export const RouteSchema = z
  .strictObject({
    id: KebabIdSchema,
    group: z.enum(['act-now', 'council', 'home-office', 'health', 'protection', 'advice']),
    urgency: z.enum(['immediate', 'urgent', 'standard']),
    confidence: ConfidenceSchema,
    law: z.strictObject({
      england: NationLawSchema,
      wales: NationLawSchema,
      scotland: NationLawSchema,
      ni: NationLawSchema,
    }),
  })
  .refine(
    (r) =>
      r.confidence ===
      Object.values(r.law).reduce<'H' | 'M' | 'L'>(
        (worst, l) => (CONFIDENCE_RANK[l.confidence] < CONFIDENCE_RANK[worst] ? l.confidence : worst),
        'H',
      ),
    'route confidence must be the worst of its nations',
  );

export const OrganisationSchema = z
  .strictObject({
    id: KebabIdSchema,
    name: z.string().trim().min(2),
    nations: nationList,
    who: z
      .array(z.enum(['person', 'worker', 'professionals']))
      .nonempty()
      .refine((w) => new Set(w).size === w.length, 'who must not repeat'),
    phone: z
      .string()
      .regex(/^[0-9][0-9 ]*[0-9]$/, 'phone: digits and single spaces only')
      .optional(),
    web: HttpsUrlSchema.optional(),
    perSite: z.boolean().optional(),
    lastVerified: IsoDateSchema,
    confidence: ConfidenceSchema,
    source: z.string().regex(/^legal-map 4\.[1-8]$/, 'source must name a legal-map section 4.1 to 4.8'),
  })
  .refine((o) => !(o.perSite === true && o.phone !== undefined), 'a per-site entry carries no national phone');
