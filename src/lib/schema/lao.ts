import { z } from 'astro/zod';
import { LAO_TYPES, type LaoType } from '../parse/lao-name.ts';

export const LaoTypeSchema = z.enum(LAO_TYPES as unknown as [LaoType, ...LaoType[]]).describe(
  'pao อบจ. | city เทศบาลนคร | town เทศบาลเมือง | subdistrict เทศบาลตำบล | sao อบต. | bangkok กทม. | pattaya เมืองพัทยา',
);

/** A Local Administrative Organization (อปท.). */
export const LaoSchema = z.object({
  /** Stable id: the 7-digit LAO code when known, otherwise `n-` + a digest of name and province. */
  id: z.string().regex(/^(\d{7}|n-[0-9a-f]{10})$/),
  /** 7-digit code (T PP AA NN) when an input names it. */
  code: z.string().regex(/^\d{7}$/).nullable(),
  /** Full official name, abbreviations expanded (อบต.X → องค์การบริหารส่วนตำบลX). */
  name: z.string().min(1),
  /** Type read from the name (the code's type digit goes stale after upgrades). */
  type: LaoTypeSchema.nullable(),
  province: z.string().min(1),
  district: z.string().nullable(),
  population: z.number().int().nonnegative().nullable(),
  areaKm2: z.number().nonnegative().nullable(),
  households: z.number().int().nonnegative().nullable(),
  website: z.string().nullable(),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  /** Names this LAO was seen under in the inputs, when they differ from `name`. */
  otherNames: z.array(z.string()),
});
export type Lao = z.infer<typeof LaoSchema>;
export type LaoTypeKey = z.infer<typeof LaoTypeSchema>;
