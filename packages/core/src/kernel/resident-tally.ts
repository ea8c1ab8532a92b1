/**
 * Residents counted once, inside the kernel: per run, the areas touched (a county, or a lone
 * municipality or region), each with the largest affected region's population and the sum over its
 * affected municipalities; the total is, per area, the region's figure when a region of it is
 * affected (or the municipalities' sum, should the data give more), else the municipalities' sum.
 * The same rule as `ResidentCounter` (model/residents.ts), on the snapshot's arrays: O(1) per
 * affected organisation, O(areas touched) for the total.
 */
export class ResidentTally {
  private epoch = 0;
  private readonly areaEpoch: Uint32Array;
  private readonly region: Float64Array;
  private readonly regionAffected: Uint8Array;
  private readonly municipalities: Float64Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;

  constructor(areaCount: number) {
    this.areaEpoch = new Uint32Array(areaCount);
    this.region = new Float64Array(areaCount);
    this.regionAffected = new Uint8Array(areaCount);
    this.municipalities = new Float64Array(areaCount);
    this.touched = new Int32Array(areaCount);
  }

  /** Starts a run: no area touched. */
  start(): void {
    if (this.epoch === 0xffffffff) {
      this.areaEpoch.fill(0);
      this.epoch = 0;
    }
    this.epoch++;
    this.touchedCount = 0;
  }

  /** An affected organisation of `area` (-1: none) with `population` (NaN: unknown); `isRegion` when a region. */
  add(area: number, isRegion: number, population: number): void {
    if (area < 0 || population !== population) return; // NaN (unknown) counts as nothing
    if (this.areaEpoch[area] !== this.epoch) {
      this.areaEpoch[area] = this.epoch;
      this.region[area] = 0;
      this.regionAffected[area] = 0;
      this.municipalities[area] = 0;
      this.touched[this.touchedCount++] = area;
    }
    if (isRegion) {
      this.regionAffected[area] = 1;
      if (population > this.region[area]!) this.region[area] = population;
    } else {
      this.municipalities[area] = this.municipalities[area]! + population;
    }
  }

  /** The residents of the run, each counted once. */
  total(): number {
    let sum = 0;
    for (let i = 0; i < this.touchedCount; i++) {
      const area = this.touched[i]!;
      const municipalities = this.municipalities[area]!;
      sum += this.regionAffected[area] ? Math.max(this.region[area]!, municipalities) : municipalities;
    }
    return sum;
  }
}
