/**
 * Residents counted once, inside the kernel: per run, the areas touched (a county, or a lone
 * municipality or region), each with the largest affected region's population and the sum over its
 * affected municipalities; the total is, per area, the region's figure when a region of it is
 * affected (or the municipalities' sum, should the data give more), else the municipalities' sum.
 * The same rule as `ResidentCounter` (model/residents.ts), on the snapshot's arrays: O(1) per
 * affected organisation, O(areas touched) for the total and for clearing before the next run.
 *
 * An organisation's area and kind are one *slot* (`slots`): area * 2 for a municipality's sum,
 * area * 2 + 1 for a region's largest figure. `sums` holds one number per slot, NaN while the slot
 * is untouched in this run, so that the kernel's loop reads and writes one array per organisation
 * and needs no epoch stamp; `start` puts back NaN in the slots of the areas the last run touched.
 */
export class ResidentTally {
  /** Per slot: the municipalities' sum (even slots) or the largest region (odd slots); NaN: untouched. */
  readonly sums: Float64Array;
  /** Areas touched in this run, in order of first touch. */
  private readonly touched: Int32Array;
  private touchedCount = 0;

  constructor(areaCount: number) {
    this.sums = new Float64Array(areaCount * 2).fill(NaN);
    this.touched = new Int32Array(areaCount);
  }

  /**
   * Per organisation, its slot: area * 2, plus 1 for a region; -1 when it serves no area. One read
   * in the kernel instead of the area and the region flag.
   */
  static slots(area: Int32Array, isRegion: Uint8Array): Int32Array {
    const slots = new Int32Array(area.length);
    for (let i = 0; i < area.length; i++) slots[i] = area[i]! < 0 ? -1 : area[i]! * 2 + (isRegion[i] ? 1 : 0);
    return slots;
  }

  /** Starts a run: no area touched (only the last run's areas are cleared). */
  start(): void {
    const { sums, touched } = this;
    for (let i = 0; i < this.touchedCount; i++) {
      const area = touched[i]!;
      sums[area * 2] = NaN;
      sums[area * 2 + 1] = NaN;
    }
    this.touchedCount = 0;
  }

  /**
   * Marks an untouched slot (its sum is NaN) touched and returns its starting value, 0. The kernel
   * calls this when it reads NaN, then adds (even slot) or takes the larger (odd slot) itself:
   *
   *   let before = sums[slot]; if (before !== before) before = tally.touch(slot);
   *   sums[slot] = slot & 1 ? Math.max(before, population) : before + population;
   */
  touch(slot: number): number {
    const { sums } = this;
    sums[slot] = 0;
    // The area's other slot untouched too: the area is new in this run.
    const other = sums[slot ^ 1]!;
    if (other !== other) this.touched[this.touchedCount++] = slot >>> 1;
    return 0;
  }

  /** An affected organisation of `area` (-1: none) with `population` (NaN: unknown); `isRegion` when a region. */
  add(area: number, isRegion: number, population: number): void {
    if (area < 0 || population !== population) return; // NaN (unknown) counts as nothing
    const slot = area * 2 + (isRegion ? 1 : 0);
    let before = this.sums[slot]!;
    if (before !== before) before = this.touch(slot);
    this.sums[slot] = isRegion ? Math.max(before, population) : before + population;
  }

  /** The residents of the run, each counted once. */
  total(): number {
    const { sums, touched } = this;
    let sum = 0;
    for (let i = 0; i < this.touchedCount; i++) {
      const area = touched[i]!;
      const municipalities = sums[area * 2]!;
      const region = sums[area * 2 + 1]!;
      const m = municipalities === municipalities ? municipalities : 0;
      sum += region === region ? Math.max(region, m) : m;
    }
    return sum;
  }
}
