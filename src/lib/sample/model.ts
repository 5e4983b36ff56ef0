import type { DayNumber } from './dates.ts';
import type { Satang } from './format.ts';

/** LAO types, with the keys the project schema uses. */
export type LaoTypeKey = 'pao' | 'city' | 'town' | 'subdistrict' | 'sao' | 'bangkok' | 'pattaya';

/** One generated Local Administrative Organization (อปท.). */
export interface SampleLao {
  /** Position in its registry; keeps e-GP project ids unique. */
  ordinal: number;
  /** 7 digits: T PP AA NN. */
  code: string;
  name: string;
  type: LaoTypeKey;
  province: string;
  provinceCode: string;
  district: string;
  population: number;
  areaKm2: number;
  households: number;
  website: string;
  lat: number;
  lon: number;
  /** Village names; index i is หมู่ที่ i + 1. */
  villages: readonly string[];
}

/** Budget phases, in the order they happen. */
export type Phase = 'proposed' | 'approved' | 'revised' | 'spent';

/** What a budget line pays for; decides its chart position and whether it is procured. */
export type ExpenseKind =
  | 'political' | 'staff' | 'compensation' | 'supplies' | 'milk' | 'service' | 'event' | 'repair'
  | 'utility' | 'equipment' | 'construction' | 'subsidy' | 'other' | 'central';

/** Where a line sits in the chart of accounts. */
export interface ChartPosition {
  side: string;
  program: string;
  task: string;
  group: string;
  category: string;
  expenseType: string;
}

/** One line of a budget, with its amount in each phase it appears in. */
export interface BudgetLine extends ChartPosition {
  lineId: string;
  item: string;
  kind: ExpenseKind;
  amounts: Partial<Record<Phase, Satang>>;
  /** The plan project this line comes from (ground truth). */
  planProjectId: string | null;
  /** Whether the budget file names that plan project (otherwise only the names are similar). */
  planLinkExplicit: boolean;
  /** Comes from the featured plan project (see PlanProject.featured). */
  featured?: boolean;
}

/** A plan project of form ผ.02. */
export interface PlanProject {
  projectId: string;
  strategy: string;
  program: string;
  name: string;
  kind: 'construction' | 'event';
  /** How a budget would write it, and where it would sit (งาน, ประเภท). */
  budgetName: string;
  budgetTask: string;
  budgetType: string;
  /** The sample's showcase work, named the same way through plan, budget and e-GP. */
  featured?: boolean;
  objective: string;
  target: string;
  kpi: string;
  expectedResult: string;
  responsibleUnit: string;
  location: string;
  /** Planned amount per fiscal year (satang); years not listed are blank. */
  planned: Map<number, Satang>;
  /** Amount actually budgeted per fiscal year (filled in as budgets are generated). */
  budgeted: Map<number, Satang>;
}

/** A plan indicator with a target per year and results for closed years. */
export interface PlanIndicator {
  strategy: string;
  indicator: string;
  unit: string;
  targets: Map<number, number>;
  results: Map<number, number>;
}

/** A revenue line. */
export interface RevenueLine {
  revenueType: string;
  category: string;
  item: string;
  amounts: Partial<Record<Phase, Satang>>;
}

/** e-GP procurement methods (the names e-GP uses). */
export type Method =
  | 'เฉพาะเจาะจง'
  | 'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)'
  | 'คัดเลือก'
  | 'ตลาดอิเล็กทรอนิกส์ (e-market)';

/** What a vendor sells. */
export type Specialty =
  | 'construction' | 'office' | 'computer' | 'vehicle' | 'fuel' | 'printing' | 'food' | 'labour'
  | 'equipment' | 'milk' | 'agriculture' | 'consulting';

/** A winner or bidder. */
export interface Vendor {
  /** Name as usually written, prefix included ('ห้างหุ้นส่วนจำกัด ทองดีการโยธา'). */
  name: string;
  /** The name without its legal prefix ('ทองดีการโยธา'). */
  bareName: string;
  kind: 'company' | 'partnership' | 'shop' | 'person' | 'cooperative';
  /** Valid 13-digit tax id, or null when not given (people and small shops). */
  taxId: string | null;
  specialty: Specialty;
}

/** One contract of a procurement project. */
export interface Contract {
  vendor: Vendor;
  value: Satang;
  number: string;
  signed: DayNumber;
  ends: DayNumber;
  status: string;
}

/** A procurement project (e-GP โครงการ) with its contracts. */
export interface ProcurementProject {
  fiscalYear: number;
  /** 11 digits: BE yy, mm, 7 digits. */
  projectId: string;
  /** Name as the LAO's own export writes it. */
  name: string;
  /** Name as e-GP shows it (method suffix, Thai digits, double spaces). */
  egpName: string;
  /** 'ซื้อ' or 'จ้าง' (สขร.1 reasons differ). */
  buyOrHire: 'ซื้อ' | 'จ้าง';
  method: Method;
  budget: Satang;
  referencePrice: Satang;
  created: DayNumber;
  announced: DayNumber | null;
  bidders: { vendor: Vendor; price: Satang }[];
  /** Whether the canonical file lists the bidders. */
  showBidders: boolean;
  contracts: Contract[];
  agreedPrice: Satang;
  status: string;
  /** The budget line it is bought from (ground truth), and whether the file says so. */
  budgetLineId: string | null;
  budgetLinkExplicit: boolean;
  planProjectId: string | null;
}

/** Everything generated for one LAO and fiscal year. */
export interface LaoYear {
  fiscalYear: number;
  phases: readonly Phase[];
  expense: BudgetLine[];
  revenue: RevenueLine[];
  procurement: ProcurementProject[];
}

/** Everything generated for one LAO. */
export interface LaoData {
  lao: SampleLao;
  planPeriod: string;
  planYears: readonly number[];
  plan: PlanProject[];
  indicators: PlanIndicator[];
  years: LaoYear[];
}
