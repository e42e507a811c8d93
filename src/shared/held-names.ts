import * as z from 'zod';
import { ClassificationName } from './analysis-types';
import { CodePrefix, Iso3 } from './domain';

/** Reporters, partners and commodity codes (or code prefixes) a query is about to name. */
export const NamesQuery = z
  .object({
    reporters: z.array(Iso3).max(50).default([]),
    partners: z.array(Iso3).max(50).default([]),
    codes: z.array(CodePrefix).max(200).default([]),
    /** Codes are looked for among this reporter's records when given (faster, and what the query will read). */
    reporter: Iso3.optional(),
    /** The classification the codes belong to (its family is searched); HS by default, as the figures read them. */
    classification: ClassificationName.optional(),
    /** The language of each unknown's message: en (default) or ko; names in Chinese are asked with prose in English. */
    lang: z.enum(['en', 'ko', 'zh']).optional(),
  })
  .strict();

/** Each name the database has never held, with the nearest ones it does hold and a sentence saying so. */
export const NamesCheck = z.object({
  unknown: z.array(
    z.object({
      kind: z.enum(['reporter', 'partner', 'code']),
      value: z.string(),
      nearest: z.array(z.string()),
      message: z.string(),
    }),
  ),
});
export type NamesCheck = z.infer<typeof NamesCheck>;
