import { workingAmount } from './budget.ts';
import { fiscalYearEnd, fiscalYearStart, partsBE, type DayNumber } from './dates.ts';
import { type Satang, toThaiDigits } from './format.ts';
import type { BudgetLine, Contract, Method, ProcurementProject, SampleLao, Vendor } from './model.ts';
import {
  type PurchaseName, capitalPurchaseName, egpName, expandConcrete, eventPurchaseName, localName, milkPurchaseName, repairPurchaseName,
  servicePurchaseName, suppliesPurchaseName, unmatchedPurchaseName,
} from './procurement-names.ts';
import { type Random, weightedPicker } from './random.ts';
import type { VendorBook } from './vendors.ts';

/** e-GP project ids for one LAO: BE yy + mm + 7 digits, unique across LAOs through the LAO's ordinal. */
export interface ProjectIdAllocator {
  next(day: DayNumber): string;
}

function reverseDigits(x: number): number {
  return Number(String(x).padStart(7, '0').split('').reverse().join(''));
}

/** A bijection of 0…9,999,999 (affine steps with a multiplier prime to 10^7, and digit reversals): ids look random but never collide. */
export function scramble(x: number): number {
  let v = x;
  for (const [a, c] of [[7_654_321, 1_234_567], [3_141_593, 2_718_281], [1_618_033, 5_772_157]] as const) v = reverseDigits((v * a + c) % 10_000_000);
  return v;
}

/** An allocator for the LAO at this registry position (up to 1,000 projects per LAO and month). */
export function projectIdAllocator(ordinal: number): ProjectIdAllocator {
  const used = new Map<string, number>();
  return {
    next: (day) => {
      const p = partsBE(day);
      const prefix = String(p.year % 100).padStart(2, '0') + String(p.month).padStart(2, '0');
      const n = used.get(prefix) ?? 0;
      if (n >= 1000) throw new RangeError(`More than 1,000 projects in ${prefix} for LAO #${ordinal}`);
      used.set(prefix, n + 1);
      // Shifting by the month keeps ids unique within a month but stops one LAO's ids repeating across months.
      return prefix + String(scramble((ordinal * 1000 + n + Number(prefix) * 7_919) % 10_000_000)).padStart(7, '0');
    },
  };
}

/** How procurement is drawn for one LAO-year. */
export interface ProcurementOptions {
  fiscalYear: number;
  projectCount: number;
  /** Day the data is "as of": contracts ending later are still running. */
  asOf: DayNumber;
  /** Share of projects naming their budget line id. */
  explicitLineShare: number;
  /** Share of เฉพาะเจาะจง projects whose bidders are listed. */
  directBiddersShare: number;
  contractStyle: 'plain' | 'padded' | 'typed';
  /** Typical purchase size relative to a 50-million-baht LAO. */
  purchaseScale: number;
  /** Puts this share of small purchases into [from, to] (so the sample's สขร.1 month is busy). */
  focus?: { from: DayNumber; to: DayNumber; share: number };
}

interface Intent {
  line: BudgetLine | null;
  purchase: PurchaseName;
  amount: Satang;
  created: DayNumber;
  kind: BudgetLine['kind'] | 'unmatched';
}

const SPLITTABLE = new Set<BudgetLine['kind']>(['supplies', 'service', 'event', 'repair']);
const PROCURED = new Set<BudgetLine['kind']>(['supplies', 'milk', 'service', 'event', 'repair', 'equipment', 'construction', 'other']);

function purchaseCounts(rng: Random, lines: readonly BudgetLine[], target: number): Map<BudgetLine, number> {
  const counts = new Map<BudgetLine, number>();
  for (const line of lines) counts.set(line, line.kind === 'milk' ? rng.int(2, 4) : 1);
  const splittable = lines.filter((l) => SPLITTABLE.has(l.kind));
  const pickLine = weightedPicker(splittable.map((l) => Math.sqrt(workingAmount(l))));
  let total = [...counts.values()].reduce((a, b) => a + b, 0);
  for (let guard = 0; total < target && splittable.length > 0 && guard < target * 20; guard++) {
    const line = splittable[pickLine(rng)] as BudgetLine;
    const k = counts.get(line) ?? 1;
    if (workingAmount(line) / (k + 1) < 150_000) continue;
    counts.set(line, k + 1);
    total++;
  }
  return counts;
}

// Median size of one purchase (baht) for a 50-million-baht LAO; real LAO purchases are mostly small.
const PURCHASE_MEDIAN: Partial<Record<BudgetLine['kind'], number>> = { supplies: 18_000, service: 30_000, event: 15_000, repair: 12_000 };

// k purchases of log-normal size that together stay within the money available.
function purchaseAmounts(rng: Random, available: number, k: number, medianBaht: number): Satang[] {
  let left = available;
  return Array.from({ length: k }, (_, i) => {
    const fair = left / (k - i);
    const draw = rng.logNormal(medianBaht * 100, 0.9);
    const value = Math.max(50_000, Math.min(draw, fair * 1.8, left));
    left -= value;
    return rng.chance(0.3) ? Math.round(value) : Math.round(value / 100) * 100;
  });
}

function createdDay(rng: Random, fiscalYear: number, kind: Intent['kind'], bigWork: boolean, focus?: ProcurementOptions['focus']): DayNumber {
  const start = fiscalYearStart(fiscalYear);
  if (focus && !bigWork && rng.chance(focus.share)) return rng.int(focus.from, focus.to);
  if (bigWork && rng.chance(0.15)) return start - rng.int(20, 60);
  const latest = bigWork ? 280 : 355;
  const earliest = kind === 'construction' ? 30 : 0;
  return start + rng.int(earliest, latest);
}

function intentsFor(rng: Random, lao: SampleLao, lines: readonly BudgetLine[], options: ProcurementOptions): Intent[] {
  const procurable = lines.filter((l) => PROCURED.has(l.kind) && workingAmount(l) > 0);
  const unmatched = Math.max(1, Math.round(options.projectCount * 0.04));
  const counts = purchaseCounts(rng, procurable, options.projectCount - unmatched);
  const intents: Intent[] = [];
  const fy = options.fiscalYear;
  for (const line of procurable) {
    const k = counts.get(line) ?? 1;
    const amount = workingAmount(line);
    if (line.kind === 'construction' || line.kind === 'equipment' || line.kind === 'other') {
      const created = createdDay(rng, fy, line.kind, amount > 50_000_000);
      const purchase = line.kind === 'other'
        ? { name: `จ้างที่ปรึกษาสำรวจความพึงพอใจของผู้รับบริการ ประจำปีงบประมาณ ${fy}`, buyOrHire: 'จ้าง' as const, specialty: 'consulting' as const }
        : line.featured ? { name: 'จ้าง' + expandConcrete(line.item.replace(/^โครงการ/, '')), buyOrHire: 'จ้าง' as const, specialty: 'construction' as const } : capitalPurchaseName(line, rng);
      intents.push({ line, purchase, amount: line.kind === 'construction' ? amount : Math.round(amount * rng.between(0.97, 1) / 100) * 100, created, kind: line.kind });
      continue;
    }
    const amounts = line.kind === 'milk'
      ? Array.from({ length: k }, () => Math.round((amount * rng.between(0.9, 1)) / k))
      : purchaseAmounts(rng, amount * rng.between(0.55, 0.95), k, (PURCHASE_MEDIAN[line.kind] ?? 15_000) * options.purchaseScale);
    amounts.forEach((part, i) => {
      const created = line.kind === 'milk' ? fiscalYearStart(fy) + Math.floor((i * 360) / k) + rng.int(10, 30) : createdDay(rng, fy, line.kind, false, options.focus);
      intents.push({ line, purchase: purchaseName(line, rng, created, lao, fy), amount: part, created, kind: line.kind });
    });
  }
  for (let i = 0; i < unmatched; i++) {
    intents.push({ line: null, purchase: unmatchedPurchaseName(rng, lao), amount: Math.round(rng.logNormal(15_000, 0.8)) * 100, created: createdDay(rng, fy, 'unmatched', false), kind: 'unmatched' });
  }
  return intents;
}

function purchaseName(line: BudgetLine, rng: Random, day: DayNumber, lao: SampleLao, fy: number): PurchaseName {
  switch (line.kind) {
    case 'milk': return milkPurchaseName(rng, day);
    case 'service': return servicePurchaseName(line, rng, fy, lao);
    case 'event': return eventPurchaseName(line, rng, fy);
    case 'repair': return repairPurchaseName(line, rng, lao);
    default: return suppliesPurchaseName(line, rng, day);
  }
}

function chooseMethod(rng: Random, intent: Intent): Method {
  if (intent.kind === 'milk' || intent.amount <= 50_000_000) return 'เฉพาะเจาะจง';
  if (intent.kind === 'construction') return rng.chance(0.88) ? 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)' : 'คัดเลือก';
  if (intent.kind === 'equipment' || intent.kind === 'supplies') return rng.chance(0.5) ? 'ตลาดอิเล็กทรอนิกส์ (e-market)' : 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)';
  return rng.chance(0.75) ? 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)' : 'คัดเลือก';
}

const DURATION: Readonly<Record<Intent['kind'], readonly [number, number]>> = {
  construction: [45, 150], equipment: [15, 60], supplies: [3, 15], milk: [30, 100], service: [5, 60], event: [1, 10],
  repair: [5, 30], other: [30, 90], unmatched: [3, 20], political: [1, 1], staff: [1, 1], compensation: [1, 1],
  utility: [1, 1], subsidy: [1, 1], central: [1, 1],
};

function agreedPrice(rng: Random, method: Method, reference: Satang, construction: boolean): Satang {
  const round = (v: number, step: number): Satang => Math.min(reference, Math.round(v / step) * step);
  switch (method) {
    case 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)': return round(reference * rng.between(0.72, 0.99), 100);
    case 'คัดเลือก': return round(reference * rng.between(0.9, 0.995), 100);
    case 'ตลาดอิเล็กทรอนิกส์ (e-market)': return round(reference * rng.between(0.8, 0.99), 100);
    default:
      if (construction) return round(reference * rng.between(0.97, 1), 100_000);
      return rng.chance(0.6) ? reference : round(reference * rng.between(0.9, 1), 1);
  }
}

function bidders(rng: Random, book: VendorBook, winner: Vendor, agreed: Satang, method: Method): { vendor: Vendor; price: Satang }[] {
  const list = [{ vendor: winner, price: agreed }];
  const n = method === 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)' ? rng.int(1, 6)
    : method !== 'เฉพาะเจาะจง' ? rng.int(1, 3)
    : rng.chance(0.25) ? rng.int(1, 2) : 0;
  for (let i = 0; i < n; i++) {
    const vendor = book.other(winner.specialty, rng, list.map((b) => b.vendor));
    if (!vendor) break;
    list.push({ vendor, price: Math.round((agreed * rng.between(1.005, 1.2)) / 100) * 100 });
  }
  return list.sort((a, b) => a.price - b.price);
}

// Projects split into lots or bought from several shops (about 1.05 contracts per project overall).
const MULTI_CONTRACT_CHANCE: Partial<Record<Intent['kind'], number>> = { supplies: 0.07, equipment: 0.1, milk: 0.35, event: 0.06, service: 0.04 };

function contractsFor(rng: Random, book: VendorBook, intent: Intent, winner: Vendor, agreed: Satang, signed: DayNumber, asOf: DayNumber): Contract[] {
  const multi = intent.amount >= 500_000 && MULTI_CONTRACT_CHANCE[intent.kind] !== undefined && rng.chance(MULTI_CONTRACT_CHANCE[intent.kind] as number);
  const count = multi ? (rng.chance(0.85) ? 2 : 3) : 1;
  const vendors = [winner];
  while (vendors.length < count) {
    const vendor = book.other(winner.specialty, rng, vendors);
    if (!vendor) break;
    vendors.push(vendor);
  }
  const shares = vendors.map(() => (vendors.length > 1 ? rng.between(0.3, 1) : 1));
  const sum = shares.reduce((a, b) => a + b, 0);
  let left = agreed;
  const [minDays, maxDays] = DURATION[intent.kind];
  return vendors.map((vendor, i) => {
    const value = i === vendors.length - 1 ? left : Math.round((agreed * (shares[i] as number)) / sum);
    left -= value;
    const ends = signed + rng.int(minDays, maxDays);
    return { vendor, value, number: '', signed, ends, status: ends <= asOf ? 'แล้วเสร็จตามสัญญา' : 'ระหว่างดำเนินการ' };
  });
}

function numberContracts(projects: readonly ProcurementProject[], fiscalYear: number, style: ProcurementOptions['contractStyle']): void {
  const all = projects.flatMap((p) => p.contracts.map((c) => ({ p, c })));
  all.sort((a, b) => a.c.signed - b.c.signed);
  const counters = new Map<string, number>();
  for (const { p, c } of all) {
    const key = style === 'typed' ? p.buyOrHire : '';
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    const prefix = style === 'typed' ? (p.buyOrHire === 'ซื้อ' ? 'ซ.' : 'จ.') : '';
    c.number = `${prefix}${style === 'padded' ? String(n).padStart(3, '0') : n}/${fiscalYear}`;
  }
}

/** Procurement projects of one LAO-year, bought from its budget lines plus a few that match none. */
export function generateProcurement(
  rng: Random, lao: SampleLao, lines: readonly BudgetLine[], book: VendorBook, ids: ProjectIdAllocator, options: ProcurementOptions,
): ProcurementProject[] {
  const intents = intentsFor(rng, lao, lines, options).sort((a, b) => a.created - b.created);
  const lastDay = fiscalYearEnd(options.fiscalYear);
  const projects = intents.map((intent): ProcurementProject => {
    const method = chooseMethod(rng, intent);
    const direct = method === 'เฉพาะเจาะจง';
    const announced = direct ? null : intent.created + rng.int(0, 3);
    const signed = Math.min(lastDay, direct ? intent.created + rng.int(1, 12) : (announced as number) + rng.int(25, 50));
    const construction = intent.kind === 'construction';
    const reference = construction || !direct ? Math.round((intent.amount * rng.between(0.96, 1)) / 100) * 100 : intent.amount;
    const agreed = agreedPrice(rng, method, reference, construction);
    const winner = book.pick(intent.purchase.specialty, rng);
    const contracts = contractsFor(rng, book, intent, winner, agreed, signed, options.asOf);
    const line = intent.line;
    const explicit = line !== null && rng.chance(options.explicitLineShare);
    return {
      fiscalYear: options.fiscalYear,
      projectId: ids.next(announced ?? intent.created),
      name: line?.featured ? intent.purchase.name : localName(intent.purchase.name, method, rng),
      egpName: line?.featured ? `${toThaiDigits(intent.purchase.name)} ด้วยวิธีเฉพาะเจาะจง` : egpName(intent.purchase.name, method, rng),
      buyOrHire: intent.purchase.buyOrHire,
      method,
      budget: intent.amount,
      referencePrice: reference,
      created: intent.created,
      announced,
      bidders: bidders(rng, book, winner, agreed, method),
      showBidders: direct ? rng.chance(options.directBiddersShare) : rng.chance(0.9),
      contracts,
      agreedPrice: agreed,
      status: contracts.every((c) => c.status === 'แล้วเสร็จตามสัญญา') ? 'แล้วเสร็จตามสัญญา' : 'ระหว่างดำเนินการ',
      budgetLineId: line ? line.lineId : null,
      budgetLinkExplicit: explicit,
      planProjectId: explicit && line?.planProjectId && line.planLinkExplicit ? line.planProjectId : null,
    };
  });
  numberContracts(projects, options.fiscalYear, options.contractStyle);
  return projects;
}

/** What was contracted per budget line id (for the spent phase). */
export function procuredByLine(projects: readonly ProcurementProject[]): Map<string, Satang> {
  const out = new Map<string, Satang>();
  for (const p of projects) {
    if (!p.budgetLineId) continue;
    out.set(p.budgetLineId, (out.get(p.budgetLineId) ?? 0) + p.contracts.reduce((sum, c) => sum + c.value, 0));
  }
  return out;
}
