import { LAO_TYPE_PREFIX } from '../parse/lao-name.ts';
import type { LaoTypeKey } from './model.ts';

/** What differs between LAO types: code digit, name prefix, size and budget scale. */
export interface LaoTypeInfo {
  key: LaoTypeKey;
  /** First digit of the 7-digit code. */
  codeDigit: string;
  /** Official name prefix ('' for Bangkok and Pattaya, whose names are fixed). */
  prefix: string;
  /** Thai label used in the ประเภท column. */
  label: string;
  /** Median population of one LAO of this type. */
  medianPopulation: number;
  /** Median area, km². */
  medianAreaKm2: number;
  /** Annual expense budget per resident, baht. */
  budgetPerCapita: number;
  /** Range of budget lines and procurement projects per year, at national scale. */
  linesPerYear: readonly [number, number];
  projectsPerYear: readonly [number, number];
  /** Number of villages (หมู่) in its area. */
  villages: readonly [number, number];
}

/** The seven LAO types. */
export const LAO_TYPE_INFO: Readonly<Record<LaoTypeKey, LaoTypeInfo>> = {
  pao: {
    key: 'pao', codeDigit: '2', prefix: LAO_TYPE_PREFIX.pao, label: 'องค์การบริหารส่วนจังหวัด',
    medianPopulation: 0, medianAreaKm2: 0, budgetPerCapita: 1_100,
    linesPerYear: [250, 300], projectsPerYear: [230, 300], villages: [20, 30],
  },
  city: {
    key: 'city', codeDigit: '3', prefix: LAO_TYPE_PREFIX.city, label: 'เทศบาลนคร',
    medianPopulation: 110_000, medianAreaKm2: 40, budgetPerCapita: 9_000,
    linesPerYear: [240, 300], projectsPerYear: [220, 300], villages: [20, 40],
  },
  town: {
    key: 'town', codeDigit: '4', prefix: LAO_TYPE_PREFIX.town, label: 'เทศบาลเมือง',
    medianPopulation: 28_000, medianAreaKm2: 15, budgetPerCapita: 7_500,
    linesPerYear: [200, 260], projectsPerYear: [190, 260], villages: [10, 25],
  },
  subdistrict: {
    key: 'subdistrict', codeDigit: '5', prefix: LAO_TYPE_PREFIX.subdistrict, label: 'เทศบาลตำบล',
    medianPopulation: 7_000, medianAreaKm2: 35, budgetPerCapita: 7_500,
    linesPerYear: [160, 220], projectsPerYear: [160, 220], villages: [6, 16],
  },
  sao: {
    key: 'sao', codeDigit: '6', prefix: LAO_TYPE_PREFIX.sao, label: 'องค์การบริหารส่วนตำบล',
    medianPopulation: 6_000, medianAreaKm2: 60, budgetPerCapita: 7_000,
    linesPerYear: [150, 200], projectsPerYear: [150, 190], villages: [6, 18],
  },
  bangkok: {
    key: 'bangkok', codeDigit: '3', prefix: LAO_TYPE_PREFIX.bangkok, label: 'กรุงเทพมหานคร',
    medianPopulation: 5_450_000, medianAreaKm2: 1_568.7, budgetPerCapita: 16_000,
    linesPerYear: [300, 300], projectsPerYear: [300, 300], villages: [40, 40],
  },
  pattaya: {
    key: 'pattaya', codeDigit: '3', prefix: LAO_TYPE_PREFIX.pattaya, label: 'เมืองพัทยา',
    medianPopulation: 120_000, medianAreaKm2: 208.1, budgetPerCapita: 22_000,
    linesPerYear: [280, 280], projectsPerYear: [280, 280], villages: [20, 20],
  },
};

/** National LAO counts by type (total 7,850). */
export const NATIONAL_TYPE_COUNTS: Readonly<Record<LaoTypeKey, number>> = {
  pao: 76, city: 30, town: 195, subdistrict: 2_247, sao: 5_300, bangkok: 1, pattaya: 1,
};

/** Type order used when listing LAOs. */
export const LAO_TYPE_ORDER: readonly LaoTypeKey[] = ['bangkok', 'pao', 'city', 'pattaya', 'town', 'subdistrict', 'sao'];
