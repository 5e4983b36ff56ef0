// The site's one configuration file, prongsai.config.yaml: what an LAO's staff set for their site.
// The schema is the single source of the file's rules, its JSON Schema (editors check the file as it
// is typed) and its documentation (docs/configuration.md).
import { z } from 'astro/zod';
import { provinceOf } from './scope.ts';
import { FlagConfigSchema } from '../schema/flags.ts';

const Text = z.string().trim().min(1);
/** Text in Thai, optionally with English: `title: ข้อมูลเปิด` or `title: { th: …, en: … }`. */
const Bilingual = z.union([
  Text.transform((th) => ({ th, en: undefined as string | undefined })),
  z.strictObject({
    th: Text.describe('ภาษาไทย / in Thai'),
    en: Text.optional().describe('ภาษาอังกฤษ / in English (the Thai is used when it is missing)'),
  }),
]);

const Province = Text.refine((name) => provinceOf(name) !== null, { message: 'province' });

const LaoInScope = z.union([
  z.strictObject({ code: z.string().regex(/^\d{7}$/, 'laoCode').describe('รหัส อปท. 7 หลัก / 7-digit LAO code') }),
  z.strictObject({
    name: Text.describe('ชื่อ อปท. ตามที่อยู่ในไฟล์ เช่น เทศบาลตำบลหนองขาหย่าง / the LAO name as in the files'),
    province: Province.optional().describe('จังหวัด / province'),
  }),
]);

const THRESHOLD_KEYS = Object.keys(FlagConfigSchema.shape.thresholds.shape) as [string, ...string[]];

export const SiteConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  title: Bilingual.describe('ชื่อเว็บไซต์ / the site title, e.g. ข้อมูลเปิด เทศบาลตำบลหนองขาหย่าง'),
  description: Bilingual.optional().describe('คำอธิบายสั้น ๆ ที่แสดงเมื่อแชร์ลิงก์ / a one-line description shown when a link is shared'),
  url: z.url({ protocol: /^https?$/, message: 'url' }).optional()
    .describe('ที่อยู่เว็บไซต์ เช่น https://example.github.io/my-lao/ (ไม่ต้องใส่ถ้าใช้ GitHub Pages หรือ GitLab Pages ตามคู่มือ) / the site address (not needed on GitHub or GitLab Pages)'),
  data: Text.default('data').describe('โฟลเดอร์ไฟล์ CSV เทียบกับไฟล์นี้ / the folder of CSV files, relative to this file'),
  scope: z.strictObject({
    laos: z.array(LaoInScope).default([]).describe('อปท. ที่เว็บไซต์นี้เผยแพร่ / the LAOs this site publishes'),
    provinces: z.array(Province).default([]).describe('หรือทุก อปท. ในจังหวัดเหล่านี้ / or every LAO in these provinces'),
  }).optional().describe('ไม่ใส่ = เผยแพร่ทุก อปท. ในไฟล์ข้อมูล / leave out to publish every LAO in the data'),
  logo: Text.regex(/\.(png|svg|jpe?g|webp)$/i, 'logo').optional()
    .describe('ไฟล์ตราสัญลักษณ์ เทียบกับไฟล์นี้ / the logo file, relative to this file'),
  contact: z.strictObject({
    name: Text.describe('หน่วยงานที่ติดต่อได้ เช่น กองคลัง / who to contact, e.g. the finance division'),
    email: z.email({ message: 'email' }).optional(),
    phone: Text.regex(/^[0-9+()\-\s,#]+$/, 'phone').optional(),
    address: Text.optional(),
    url: z.url({ protocol: /^https?$/, message: 'url' }).optional().describe('เว็บไซต์ของ อปท. / the LAO\'s own website'),
  }).optional().describe('ช่องทางติดต่อเมื่อข้อมูลผิด / where citizens report a mistake in the data'),
  licence: z.strictObject({
    id: Text.describe('ชื่อย่อสัญญาอนุญาต เช่น CC-BY-4.0 / licence id, e.g. CC-BY-4.0'),
    title: Text.optional(),
    url: z.url({ protocol: /^https?$/, message: 'url' }).optional(),
  }).optional().describe('สัญญาอนุญาตของข้อมูลบนเว็บไซต์และที่ดาวน์โหลด (ไม่ใส่ = CC BY 4.0) / licence of the site’s data and downloads (default CC BY 4.0)'),
  publisher: Text.optional().describe('ผู้เผยแพร่ข้อมูล (ในไฟล์ดาวน์โหลด) / publisher named in the downloads'),
  languages: z.array(z.enum(['th', 'en'], { message: 'language' })).min(1).default(['th', 'en'])
    .refine((list) => list.includes('th'), { message: 'thaiFirst' })
    .refine((list) => new Set(list).size === list.length, { message: 'languageTwice' })
    .describe('ภาษาของเว็บไซต์ (th อยู่เสมอ) / the site languages (th always)'),
  redFlags: z.strictObject({
    file: Text.optional().describe('ไฟล์เกณฑ์ทั้งชุดแบบ config/red-flags.json / a whole threshold file like config/red-flags.json'),
    thresholds: z.partialRecord(z.enum(THRESHOLD_KEYS), z.number().nonnegative()).optional()
      .describe('เปลี่ยนค่าเกณฑ์บางตัว เช่น minimumBidders: 3 / change some thresholds, e.g. minimumBidders: 3'),
  }).optional().describe('เกณฑ์สัญญาณเตือน / red-flag thresholds'),
});
export type SiteConfig = z.infer<typeof SiteConfigSchema>;
export type LaoInScope = z.infer<typeof LaoInScope>;
export type ThresholdOverrides = NonNullable<NonNullable<SiteConfig['redFlags']>['thresholds']>;

/** JSON Schema of prongsai.config.yaml, for editors (a yaml-language-server comment points to it). */
export function siteConfigJsonSchema(): unknown {
  return z.toJSONSchema(SiteConfigSchema, { io: 'input' });
}
