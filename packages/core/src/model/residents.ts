/**
 * Residents counted once. `population` sums what every affected organisation serves, so a person
 * is counted by their municipality and again by their region; `residents` counts each person once:
 * the residents of the areas where a municipality or region serving them lost a function.
 *
 * - A region covers its county: when a region of a county is affected, the county's residents
 *   are the region's population (or the affected municipalities' sum, should the data give more).
 * - A municipality covers itself: in a county whose region is not affected, the affected
 *   municipalities' populations add up.
 * - A region or municipality without a county covers only itself; one without a population adds
 *   nothing.
 * - Agencies and other organisations serve no area: they count as organisations, not residents.
 *
 * O(organisations added).
 */

/** The facts about an organisation that its residents depend on. */
export interface ResidentFacts {
  orgType?: string | undefined;
  county?: string | undefined;
  population?: number | undefined;
}

/** Per county: the largest affected region's population, and the sum over affected municipalities. */
interface CountyTally {
  region: number;
  regionAffected: boolean;
  municipalities: number;
}

/** Adds affected organisations one by one; `total` is the residents counted once. */
export class ResidentCounter {
  private readonly counties = new Map<string, CountyTally>();
  private alone = 0;

  add({ orgType, county, population }: ResidentFacts): void {
    if (orgType !== 'municipality' && orgType !== 'region') return;
    if (population === undefined || !Number.isFinite(population)) return;
    if (county === undefined || county === '') {
      this.alone += population;
      return;
    }
    let tally = this.counties.get(county);
    if (tally === undefined)
      this.counties.set(county, (tally = { region: 0, regionAffected: false, municipalities: 0 }));
    if (orgType === 'region') {
      tally.regionAffected = true;
      tally.region = Math.max(tally.region, population);
    } else {
      tally.municipalities += population;
    }
  }

  /** The residents counted once, over every organisation added. */
  get total(): number {
    let sum = this.alone;
    for (const { region, regionAffected, municipalities } of this.counties.values()) {
      sum += regionAffected ? Math.max(region, municipalities) : municipalities;
    }
    return sum;
  }
}

/** The residents of `organisations` counted once (see ResidentCounter). */
export function countResidents(organisations: Iterable<ResidentFacts>): number {
  const counter = new ResidentCounter();
  for (const organisation of organisations) counter.add(organisation);
  return counter.total;
}
