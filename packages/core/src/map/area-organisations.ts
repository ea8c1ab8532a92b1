/**
 * Which organisations serve the residents of an area on a map of Sweden, joined on the area's
 * code. A municipality (kommunkod, four digits) is served by the municipality organisation with
 * its code and by the region of its county (a region's code is the two-digit county code, the
 * first two digits of every kommunkod in the county). A county (two digits) is served by its region
 * and by every municipality whose kommunkod starts with its code. Agencies, and organisations
 * without a code, serve no area; a municipality whose code is on no map serves no area there.
 * O(areas + organisations + the pairs returned).
 */
import type { KedjaGraph } from '../model/index.js';

const MUNICIPALITY_CODE = /^\d{4}$/;
const COUNTY_CODE = /^\d{2}$/;

/** Whether a code names a municipality (a kommunkod: four digits) or a county (two digits) on a map. */
export const isAreaCode = (code: string): boolean => MUNICIPALITY_CODE.test(code) || COUNTY_CODE.test(code);

/**
 * area code -> the ids of the organisations serving its residents, for every code in `areaCodes`
 * (an area no organisation serves maps to an empty list), in the graph's node order.
 */
export function areaOrganisations(graph: KedjaGraph, areaCodes: Iterable<string>): Map<string, string[]> {
  const byArea = new Map<string, string[]>();
  for (const code of areaCodes) byArea.set(code, []);
  // Municipal areas of each county: a region serves each of them.
  const municipalAreas = new Map<string, string[]>();
  for (const code of byArea.keys()) {
    if (!MUNICIPALITY_CODE.test(code)) continue;
    const county = code.slice(0, 2);
    const list = municipalAreas.get(county);
    if (list) list.push(code);
    else municipalAreas.set(county, [code]);
  }
  const add = (area: string | undefined, id: string) => {
    if (area !== undefined) byArea.get(area)?.push(id);
  };
  graph.forEachNode((id, a) => {
    if (a.kind !== 'organisation' || !a.code) return;
    if (a.orgType === 'municipality' && MUNICIPALITY_CODE.test(a.code)) {
      add(a.code, id);
      add(a.code.slice(0, 2), id);
    } else if (a.orgType === 'region' && COUNTY_CODE.test(a.code)) {
      add(a.code, id);
      for (const area of municipalAreas.get(a.code) ?? []) add(area, id);
    }
  });
  return byArea;
}

/** Whether any organisation of the graph serves an area with one of these codes. */
export function servesAnyArea(graph: KedjaGraph, areaCodes: Iterable<string>): boolean {
  for (const ids of areaOrganisations(graph, areaCodes).values()) if (ids.length > 0) return true;
  return false;
}
