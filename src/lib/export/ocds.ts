// Procurement as Open Contracting Data Standard 1.1 releases: one release per procurement project,
// with the LAO as buyer, the winners as suppliers and the bidders as tenderers, awards and contracts
// per contract, the Thai method mapped to the OCDS method codelist, and planning.budget pointing to
// the linked budget line and plan project.
import type { ProcurementMethod, ProcurementProject } from '../schema/procurement.ts';
import type { LaoData } from '../schema/site.ts';
import { budgetLineName } from '../site/labels.ts';

/** OCDS `method` codelist for each method of the Procurement Act B.E. 2560. */
export const OCDS_METHOD: Record<ProcurementMethod, 'open' | 'limited' | 'direct' | null> = {
  'e-bidding': 'open',
  'e-market': 'open',
  open: 'open',
  'consultant-open': 'open',
  'design-open': 'open',
  'design-contest': 'open',
  // คัดเลือก: the agency invites suppliers of its choice (at least three) that meet its criteria.
  selection: 'limited',
  'consultant-selection': 'limited',
  'design-selection': 'limited',
  // เฉพาะเจาะจง: the agency negotiates with one supplier.
  specific: 'direct',
  'consultant-specific': 'direct',
  'design-specific': 'direct',
  other: null,
};

/** A Thai tax id of a juristic person (it starts with 0) is its Department of Business Development registration number. */
const JURISTIC = /^0\d{12}$/;

export interface OcdsContext {
  /** ocid prefix registered with the Open Contracting Partnership, e.g. ocds-abc123. */
  ocidPrefix: string;
  /** Date of this information (the import date), ISO 8601. */
  date: string;
}

function money(amount: number | null | undefined): { amount: number; currency: 'THB' } | undefined {
  return amount === null || amount === undefined ? undefined : { amount, currency: 'THB' };
}

function dateTime(isoDate: string | null | undefined): string | undefined {
  return isoDate ? `${isoDate}T00:00:00+07:00` : undefined;
}

/** What is bought, read from how Thai project names start: ซื้อ (goods), จ้างก่อสร้าง (works), จ้าง (services). */
export function procurementCategory(name: string): 'goods' | 'works' | 'services' | undefined {
  const text = name.trim();
  if (/^(?:จัด)?ซื้อ/.test(text)) return 'goods';
  if (/^(?:จ้าง)?(?:เหมา)?ก่อสร้าง/.test(text) || /^(?:จ้าง)?(?:ปรับปรุง|ซ่อมแซม|ซ่อมสร้าง)(?:ถนน|อาคาร|สะพาน|ท่อ|ราง|ลาน|ฝาย)/.test(text)) return 'works';
  if (/^จ้าง/.test(text)) return 'services';
  return undefined;
}

/** Tender status: cancelled when the Thai status says so, complete once a contract is awarded. */
function tenderStatus(p: ProcurementProject): 'cancelled' | 'complete' | undefined {
  if (p.status && /ยกเลิก/.test(p.status)) return 'cancelled';
  return p.contracts.length ? 'complete' : undefined;
}

/** Contract status codelist from the Thai status, when it says. */
function contractStatus(status: string | null): 'active' | 'cancelled' | 'terminated' | undefined {
  if (!status) return undefined;
  if (/ยกเลิก/.test(status)) return 'cancelled';
  if (/แล้วเสร็จ|สิ้นสุด/.test(status)) return 'terminated';
  if (/ระหว่าง|ดำเนินการ/.test(status)) return 'active';
  return undefined;
}

/** Removes undefined members, so the JSON has no empty keys. */
function clean<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function ocdsRelease(data: LaoData, p: ProcurementProject, context: OcdsContext): Record<string, unknown> {
  const buyer = { id: `TH-LAO-${data.lao.id}`, name: data.lao.name };
  const parties = new Map<string, { id: string; name: string; roles: Set<string>; identifier?: Record<string, string> }>();
  const party = (id: string, name: string, role: string, taxId?: string | null) => {
    const entry = parties.get(id) ?? { id, name, roles: new Set<string>(), ...(taxId && JURISTIC.test(taxId) ? { identifier: { scheme: 'TH-DBD', id: taxId, legalName: name } } : {}) };
    entry.roles.add(role);
    parties.set(id, entry);
    return { id, name };
  };
  const suppliers = p.contracts.map((c) => (c.vendorName ? party(c.vendorId ?? c.vendorName, c.vendorName, 'supplier', c.taxId) : null));
  for (const c of p.contracts) if (c.vendorName) party(c.vendorId ?? c.vendorName, c.vendorName, 'tenderer', c.taxId);
  const tenderers = [...new Map([
    ...p.bidders.map((b) => [b.vendorKey, party(b.vendorKey, b.name, 'tenderer')] as const),
    ...p.contracts.flatMap((c) => (c.vendorName ? [[c.vendorId ?? c.vendorName, { id: c.vendorId ?? c.vendorName, name: c.vendorName }] as const] : [])),
  ]).values()];
  const line = p.budgetLine ? data.expenseLines.find((l) => l.id === p.budgetLine!.id) : undefined;
  const plan = p.planProject ? data.planProjects.find((x) => x.id === p.planProject!.id) : undefined;
  const awards = p.contracts.map((c, i) => ({
    id: `${p.id}-award-${i + 1}`,
    status: 'active',
    date: dateTime(c.signedDate),
    value: money(c.value),
    suppliers: suppliers[i] ? [suppliers[i]] : undefined,
  }));
  const contracts = p.contracts.map((c, i) => ({
    id: `${p.id}-contract-${i + 1}`,
    awardID: awards[i]!.id,
    title: c.number ?? undefined,
    status: contractStatus(c.status),
    value: money(c.value),
    dateSigned: dateTime(c.signedDate),
    period: c.signedDate || c.endDate ? { startDate: dateTime(c.signedDate), endDate: dateTime(c.endDate) } : undefined,
  }));
  const tag = ['tender', ...(awards.length ? ['award', 'contract'] : [])];
  return clean({
    ocid: `${context.ocidPrefix}-${p.id.replace(/[^0-9A-Za-z-]/g, '-')}`,
    id: `${p.id}-${context.date}`,
    date: dateTime(context.date),
    tag,
    initiationType: 'tender',
    language: 'th',
    parties: [
      { ...buyer, roles: ['buyer', 'procuringEntity'], address: { region: data.lao.province, ...(data.lao.district ? { locality: data.lao.district } : {}), countryName: 'ประเทศไทย' } },
      ...[...parties.values()].map((x) => ({ id: x.id, name: x.name, roles: [...x.roles], ...(x.identifier ? { identifier: x.identifier } : {}) })),
    ],
    buyer,
    // The project's budget (วงเงินงบประมาณ) is what OCDS means by the amount reserved for this process;
    // the budget line and plan project it comes from are named beside it.
    planning: line || plan || p.budget !== null ? {
      budget: {
        id: line?.id,
        description: line ? budgetLineName(line) : undefined,
        amount: money(p.budget),
        projectID: plan?.id,
        project: plan?.name,
      },
    } : undefined,
    tender: {
      id: p.id,
      title: p.name,
      procurementMethod: p.method ? OCDS_METHOD[p.method] ?? undefined : undefined,
      procurementMethodDetails: p.methodText ?? undefined,
      status: tenderStatus(p),
      mainProcurementCategory: procurementCategory(p.name),
      // The reference price (ราคากลาง) is the buyer's estimate of the value; the budget stands in without one.
      value: money(p.referencePrice ?? p.budget),
      tenderPeriod: p.announcedDate ? { startDate: dateTime(p.announcedDate) } : undefined,
      tenderers: tenderers.length ? tenderers : undefined,
      numberOfTenderers: tenderers.length || undefined,
    },
    awards: awards.length ? awards : undefined,
    contracts: contracts.length ? contracts : undefined,
  });
}

/** The package's header: everything but the releases. */
export function ocdsPackageHeader(uri: string, context: OcdsContext & { publisher: string; licence: string; policy: string }): Record<string, unknown> {
  return {
    uri,
    version: '1.1',
    publishedDate: dateTime(context.date),
    publisher: { name: context.publisher },
    license: context.licence,
    publicationPolicy: context.policy,
  };
}
