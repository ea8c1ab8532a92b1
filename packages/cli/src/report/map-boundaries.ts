/**
 * The boundaries the scenario report's map is drawn on: the viewer's (packages/viewer/public/maps,
 * named by its index.json), which the published @kedja/cli carries in dist/viewer/maps. The 290
 * municipalities and the 21 counties merged from them, from Statistics Sweden's Digitala gränser
 * (CC0); PROVENANCE.md beside them says where they come from. Read once per process. O(points).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** One area of the map: its code (kommunkod or county code), its name and its shape. */
export interface MapArea {
  code: string;
  name: string;
  feature: Feature<Geometry>;
}

export interface MapBoundaries {
  /** The areas coloured by level: the municipalities (or, in a file without them, the counties). */
  areas: MapArea[];
  /** The overview drawn over them with thicker borders: the counties; empty when `areas` are the counties. */
  counties: MapArea[];
  /** Where the boundaries come from, in a few words (maps/index.json's `source`). */
  source: string;
}

/**
 * The folders that may hold maps/index.json: the one the published package ships (dist/viewer/maps,
 * beside dist/report/), and the viewer's sources in the repository (from src/report/ and from
 * dist/report/ alike).
 */
const MAP_FOLDERS = [
  fileURLToPath(new URL('../viewer/maps/', import.meta.url)),
  fileURLToPath(new URL('../../../viewer/public/maps/', import.meta.url)),
];

let shipped: MapBoundaries | undefined;

/** The boundaries Kedja ships, read on first use. */
export function readMapBoundaries(): MapBoundaries {
  if (shipped) return shipped;
  const folder = MAP_FOLDERS.find((dir) => existsSync(join(dir, 'index.json')));
  if (!folder) throw new Error(`kedja: no map boundaries in ${MAP_FOLDERS.join(' or ')}; reinstall @kedja/cli`);
  const index = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8')) as { boundaries: string; source?: string };
  const topology = JSON.parse(readFileSync(join(folder, index.boundaries), 'utf8')) as unknown;
  shipped = { ...boundariesFrom(topology), source: index.source ?? '' };
  return shipped;
}

/**
 * Areas and counties from a TopoJSON topology: its `municipalities` object (else its first) and its
 * `counties` object when it has both; or from a GeoJSON FeatureCollection (areas only). An area's
 * code is its `code` (or `kommunkod`, `lanskod`, the feature's id) property.
 */
export function boundariesFrom(data: unknown): Omit<MapBoundaries, 'source'> {
  const d = data as { type?: string; objects?: Record<string, GeometryCollection> };
  if (d.type !== 'Topology') return { areas: areasOf(data as FeatureCollection), counties: [] };
  const topology = data as Topology;
  const objects = d.objects ?? {};
  const main = objects.municipalities ?? Object.values(objects)[0];
  if (!main) return { areas: [], counties: [] };
  const counties = objects.municipalities && objects.counties ? objects.counties : undefined;
  return {
    areas: areasOf(feature(topology, main) as FeatureCollection),
    counties: counties ? areasOf(feature(topology, counties) as FeatureCollection) : [],
  };
}

function areasOf(collection: FeatureCollection): MapArea[] {
  return collection.features.flatMap((f) => {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const code = String(p.code ?? p.kommunkod ?? p.lanskod ?? f.id ?? '');
    return code ? [{ code, name: String(p.name ?? code), feature: f }] : [];
  });
}
