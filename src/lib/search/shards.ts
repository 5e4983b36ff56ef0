// How the search index is cut into areas. Pagefind's meta file lists every record of an index (about
// 10 bytes each, gzipped, with two sort orders) and a browser downloads it whole before its first
// search, so one index over the national dataset (millions of records) cannot answer a query within
// the 300 KB budget. The records are instead packed, whole LAOs at a time, in province order, into
// areas of at most AREA_RECORD_LIMIT records; each area is a Pagefind index of its own, and the
// router (router.ts) tells the search page which areas hold the words of a query.

/** Records per area: meta ≈ 95 KB, leaving room for Pagefind's code, word chunks, fragments and the router. */
export const AREA_RECORD_LIMIT = 9_000;

export interface Area {
  /** Folder name under /pagefind/: a0, a1, … */
  id: string;
  /** Provinces whose LAOs are in the area, in order. */
  provinces: string[];
  /**
   * For each province, which of its areas this is, [k, n], when the province spans n > 1 areas (a
   * large province: "นครราชสีมา, part 3 of 12"); null when the area holds all of it.
   */
  parts: ([number, number] | null)[];
  laos: number;
  /** While packing, the LAOs' records and their vendors (an upper bound); once written, the records indexed. */
  records: number;
}

export interface AreaMember {
  province: string;
  records: number;
}

/**
 * Packs LAOs, in the order given (province by province), into areas: an LAO joins the current area
 * while the area stays within the limit; an LAO larger than the limit gets an area to itself.
 */
export class AreaPacker {
  readonly areas: Area[] = [];
  readonly #limit: number;

  constructor(limit = AREA_RECORD_LIMIT) {
    this.#limit = limit;
  }

  /** The area the member goes into; `opened` when it is a new one (the caller closes the previous). */
  place(member: AreaMember): { area: Area; opened: boolean } {
    const current = this.areas.at(-1);
    if (current && current.records + member.records <= this.#limit) {
      if (current.provinces.at(-1) !== member.province) current.provinces.push(member.province);
      current.laos++;
      current.records += member.records;
      return { area: current, opened: false };
    }
    const area: Area = { id: `a${this.areas.length}`, provinces: [member.province], parts: [], laos: 1, records: member.records };
    this.areas.push(area);
    return { area, opened: true };
  }

  /** The areas, with the part of each province they hold. */
  finish(): Area[] {
    const parts = provinceParts(this.areas.map((a) => a.provinces));
    this.areas.forEach((area, i) => {
      area.parts = parts[i]!;
    });
    return this.areas;
  }
}

/**
 * For each area's provinces, which part of the province it is, [k, n], when the province spans n > 1
 * areas; null when one area holds all of it. Also used over the merged areas of shards (merge.ts).
 */
export function provinceParts<P>(areas: readonly (readonly P[])[]): ([number, number] | null)[][] {
  const spans = new Map<P, number>();
  for (const provinces of areas) for (const p of provinces) spans.set(p, (spans.get(p) ?? 0) + 1);
  const seen = new Map<P, number>();
  return areas.map((provinces) => provinces.map((p) => {
    const k = (seen.get(p) ?? 0) + 1;
    seen.set(p, k);
    return spans.get(p)! > 1 ? [k, spans.get(p)!] : null;
  }));
}
