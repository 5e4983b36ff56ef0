import { shortDigest } from '../digest.ts';
import { normaliseProvince, parseLaoName } from '../parse/lao-name.ts';
import { matchKey } from '../parse/text.ts';
import type { LaoRef } from '../formats/row.ts';
import type { StagedRecord } from '../formats/staged.ts';
import type { Lao } from '../schema/lao.ts';

type OrganisationData = Extract<StagedRecord, { kind: 'organisation' }>['data'];

/** Why a row's LAO could not be resolved. */
export type ResolveFailure = 'no-lao' | 'no-province';

/**
 * Knows every LAO of the run. Contract CSVs name the buyer, not its code, so an LAO is found by its
 * code when one is known, otherwise by normalised name + province; an organisations file, read
 * first, gives LAOs their codes and facts.
 */
export class LaoRegistry {
  readonly #byId = new Map<string, Lao>();
  readonly #byCode = new Map<string, Lao>();
  readonly #byNameProvince = new Map<string, Lao>();
  readonly #byName = new Map<string, Lao[]>();

  /** Adds an LAO from the organisations file; false when it is already listed. */
  addOrganisation(data: OrganisationData): boolean {
    const nameKey = matchKey(data.name);
    const key = `${nameKey}|${matchKey(data.province)}`;
    if ((data.code && this.#byCode.has(data.code)) || this.#byNameProvince.has(key)) return false;
    this.#insert({ id: data.code ?? `n-${shortDigest(key)}`, ...data, otherNames: [] }, nameKey, key);
    return true;
  }

  /** The LAO a row names, created from name and province when no file listed it. */
  resolve(ref: LaoRef): Lao | ResolveFailure {
    const code = ref.code && /^\d{7}$/.test(ref.code) ? ref.code : null;
    if (code && this.#byCode.has(code)) return this.#noteName(this.#byCode.get(code)!, ref.name);
    if (!ref.name) return code ? this.#create(code, null, null) : 'no-lao';
    const parsed = parseLaoName(ref.name);
    const province = ref.province ? normaliseProvince(ref.province) : null;
    if (province) {
      const found = this.#byNameProvince.get(`${parsed.key}|${matchKey(province)}`);
      if (found) return this.#noteName(found, ref.name);
    } else {
      const candidates = this.#byName.get(parsed.key);
      if (candidates?.length === 1) return this.#noteName(candidates[0]!, ref.name);
      // A province-wide LAO (อบจ.) names its province: อบจ.ลำพูน is in ลำพูน.
      if (parsed.type !== 'pao' && !code) return 'no-province';
    }
    return this.#create(code, parsed, province);
  }

  #create(code: string | null, parsed: ReturnType<typeof parseLaoName> | null, province: string | null): Lao {
    const name = parsed?.name ?? `อปท. รหัส ${code}`;
    const place = province ?? (parsed?.type === 'pao' ? parsed.name.replace('องค์การบริหารส่วนจังหวัด', '') : '');
    const nameKey = matchKey(name);
    const key = `${nameKey}|${matchKey(place)}`;
    const lao: Lao = {
      id: code ?? `n-${shortDigest(key)}`, code, name, type: parsed?.type ?? null, province: place || 'ไม่ระบุ',
      district: null, population: null, areaKm2: null, households: null, website: null, lat: null, lon: null, otherNames: [],
    };
    this.#insert(lao, nameKey, key);
    return lao;
  }

  #insert(lao: Lao, nameKey: string, key: string): void {
    this.#byId.set(lao.id, lao);
    if (lao.code) this.#byCode.set(lao.code, lao);
    this.#byNameProvince.set(key, lao);
    this.#byName.set(nameKey, [...(this.#byName.get(nameKey) ?? []), lao]);
  }

  #noteName(lao: Lao, raw: string | null): Lao {
    if (raw) {
      const name = parseLaoName(raw).name;
      if (name !== lao.name && !lao.otherNames.includes(name)) lao.otherNames.push(name);
    }
    return lao;
  }

  get(id: string): Lao | undefined {
    return this.#byId.get(id);
  }

  /** Every LAO, sorted by id. */
  all(): Lao[] {
    return [...this.#byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
