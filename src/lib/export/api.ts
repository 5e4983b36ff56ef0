// The static JSON API: a file per entity at a stable URL made only from the entity's own id, in the
// columns of the export tables (so the data dictionary documents the API too), with links between
// entities. Written by src/pipeline/write-api.ts; documented on /data/api/.
import type { LaoData, VendorContract } from '../schema/site.ts';
import type { Vendor } from '../schema/vendor.ts';
import { laoYearPath, planAnchor, planProjectPath, procurementAnchor, procurementPath } from '../site/anchors.ts';
import { budgetLineRows, contractRows, flagRows, planProjectRows, procurementRows, revenueLineRows, type ContractRow, type FlagRow } from './tables.ts';

export const API_VERSION = 1;

export const apiPath = {
  lao: (laoId: string) => `/api/lao/${laoId}.json`,
  laoYear: (laoId: string, fy: number | string) => `/api/lao/${laoId}/${fy}.json`,
  procurement: (p: { id: string; sourceId: string | null; laoId: string }) => `/api/lao/${p.laoId}/procurement/${procurementAnchor(p).slice(2)}.json`,
  planProject: (p: { id: string; laoId: string }) => `/api/lao/${p.laoId}/plan/${planAnchor(p).slice(3)}.json`,
  vendor: (vendorId: string) => `/api/vendor/${vendorId}.json`,
};

/**
 * The addresses the documents link to, from site paths: under the base path the site is published at,
 * and the API under PRONGSAI_DATA_URL when it is published apart (format.ts's url() does the same for pages).
 */
export interface ApiLinks {
  page(path: string): string;
  api(path: string): string;
}

export const ROOT_LINKS: ApiLinks = { page: (path) => path, api: (path) => path };

/** Links for a site at `base` ('/my-lao/'), with the API at `dataUrl` when given. */
export function apiLinks(base: string, dataUrl?: string): ApiLinks {
  const under = (prefix: string) => (path: string) => `${prefix.replace(/\/$/, '')}${path}`;
  return { page: under(base), api: under(dataUrl || base) };
}

function laoRef(data: LaoData, links: ApiLinks) {
  return { lao_id: data.lao.id, lao_name: data.lao.name, province: data.lao.province, api: links.api(apiPath.lao(data.lao.id)), page: links.page(`/lao/${data.lao.id}/`) };
}

/** Every API file of one LAO but its summary (an Astro endpoint): path → document. */
export function laoApiFiles(data: LaoData, links: ApiLinks = ROOT_LINKS): Map<string, unknown> {
  const files = new Map<string, unknown>();
  const lao = laoRef(data, links);
  // Each table's rows once, grouped by what the files are about.
  const contractsByProject = Map.groupBy(contractRows(data), (c) => c.procurement_id);
  const procurement = procurementRows(data);
  const plans = planProjectRows(data);
  const plansById = Map.groupBy(plans, (r) => r.plan_project_id);
  const planApi = new Map(data.planProjects.map((p) => [p.id, links.api(apiPath.planProject(p))]));
  const budgetLines = Map.groupBy(budgetLineRows(data), (r) => r.fiscal_year);
  const revenue = Map.groupBy(revenueLineRows(data), (r) => r.fiscal_year);
  const procurementsByPlan = Map.groupBy(data.procurements.filter((p) => p.planProject), (p) => p.planProject!.id);
  const linesByPlan = Map.groupBy(data.expenseLines.filter((l) => l.planProject), (l) => l.planProject!.id);
  const flags = flagRows(data);
  const flagsByProject = new Map<string, FlagRow[]>();
  for (const [i, f] of data.flags.entries()) for (const id of f.procurementIds) flagsByProject.set(id, [...(flagsByProject.get(id) ?? []), flags[i]!]);
  for (const [i, p] of data.procurements.entries()) {
    files.set(apiPath.procurement(p), {
      api_version: API_VERSION, kind: 'procurement_project', page: links.page(procurementPath(p)), lao,
      ...procurement[i], contracts: (contractsByProject.get(p.id) ?? []).map((c) => withVendorLink(c, links)),
      flags: flagsByProject.get(p.id) ?? [],
      links: {
        lao_year: links.api(apiPath.laoYear(data.lao.id, p.fiscalYear)),
        plan_project: p.planProject ? planApi.get(p.planProject.id) ?? null : null,
      },
    });
  }
  for (const p of data.planProjects) {
    files.set(apiPath.planProject(p), {
      api_version: API_VERSION, kind: 'plan_project', page: links.page(planProjectPath(p)), lao,
      years: plansById.get(p.id) ?? [],
      budget_line_ids: (linesByPlan.get(p.id) ?? []).map((l) => l.id),
      procurement_projects: (procurementsByPlan.get(p.id) ?? []).map((x) => links.api(apiPath.procurement(x))),
    });
  }
  const years = [...new Set([...Object.keys(data.years).map(Number), ...data.procurements.map((p) => p.fiscalYear)])].sort();
  for (const fy of years) {
    files.set(apiPath.laoYear(data.lao.id, fy), {
      api_version: API_VERSION, kind: 'lao_year', page: links.page(laoYearPath(data.lao.id, fy)), lao, fiscal_year: fy,
      totals: data.years[String(fy)] ?? null,
      budget_lines: budgetLines.get(fy) ?? [],
      revenue: revenue.get(fy) ?? [],
      procurement_projects: data.procurements.filter((p) => p.fiscalYear === fy).map((p) => ({ id: p.id, name: p.name, api: links.api(apiPath.procurement(p)) })),
      plan_projects: plans.filter((r) => r.fiscal_year === fy).map((r) => ({ ...r, api: planApi.get(r.plan_project_id) ?? null })),
      flags: flags.filter((f) => f.fiscal_year === fy),
    });
  }
  return files;
}

function withVendorLink(c: ContractRow, links: ApiLinks) {
  return { ...c, vendor_api: c.vendor_id ? links.api(apiPath.vendor(c.vendor_id)) : null };
}

/** A vendor's file: its totals and every contract, each linked to its project. */
export function vendorApiFile(vendor: Vendor, contracts: readonly VendorContract[], links: ApiLinks = ROOT_LINKS): unknown {
  return {
    api_version: API_VERSION, kind: 'vendor', page: links.page(`/vendor/${vendor.id}/`),
    vendor_id: vendor.id, tax_id: vendor.taxId, name: vendor.name, other_names: vendor.otherNames, legal_form: vendor.legalForm,
    contracts_count: vendor.contracts, contract_value: vendor.contractValue, contracts_without_value: vendor.contractsWithoutValue,
    lao_ids: vendor.laoIds, fiscal_years: vendor.fiscalYears,
    contracts: contracts.map((c) => ({
      lao_id: c.laoId, procurement_id: c.procurementId, procurement_name: c.procurementName, fiscal_year: c.fiscalYear, method: c.method,
      contract_number: c.number, signed_date: c.signedDate, value: c.value,
      procurement_api: links.api(apiPath.procurement({ id: c.procurementId, sourceId: c.procurementSourceId, laoId: c.laoId })),
      page: links.page(procurementPath({ id: c.procurementId, sourceId: c.procurementSourceId, laoId: c.laoId, fiscalYear: c.fiscalYear })),
    })),
  };
}
