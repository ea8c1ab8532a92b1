/**
 * The scenario report's map: Sweden's 290 municipalities coloured by the worst consequence level
 * among the organisations serving their residents (the municipality itself and the region of its
 * county, core's `areaOrganisations`), the 21 counties drawn over them as the overview, a legend
 * and the boundaries' source. Static SVG written as a string in Node, no DOM: d3-geo's geoPath
 * gives the path data, in a transverse Mercator projection on 15° E (as SWEREF 99 TM). The SVG is
 * self-contained (no external references, no ids, no script), has role="img" and an aria-label that
 * sums it up, and a <title> on every area; every text from data is escaped. About 130 KB of path
 * data. O(points + areas + organisations).
 */
import { CONSEQUENCE_LEVELS, type ConsequenceLevel, type KedjaGraph } from '@kedja/core';
import type { Lang } from '@kedja/core/i18n';
import { areaOrganisations, LEVEL_COLOURS, UNAFFECTED_COLOUR } from '@kedja/core/kernel';
import { geoPath, geoTransverseMercator } from 'd3-geo';
import type { FeatureCollection } from 'geojson';

import { MAP_LABELS, type MapLabels } from '../messages/map.js';
import { readMapBoundaries, type MapArea, type MapBoundaries } from './map-boundaries.js';

export { MAP_LABELS, type MapLabels };

export interface ScenarioMapOptions {
  /** The language of the map's words (English unless given); `labels` replaces any of them. */
  lang?: Lang;
  /** Replaces labels.title. */
  title?: string;
  labels?: Partial<MapLabels>;
  /** The boundaries to draw; Kedja's own (readMapBoundaries) unless given. */
  boundaries?: MapBoundaries;
  /** Width of the SVG in CSS pixels (its height follows Sweden's shape); 340 unless given. */
  width?: number;
}

const DEFAULTS = { width: 340 };
const FONT = 'sans-serif';
const LEGEND = { x: 8, y: 8, swatch: 12, line: 17, font: 11 };
const SOURCE_LINE = 16;

/** The map as SVG markup, or null when no organisation of the graph serves an area on it. */
export function renderScenarioMapSvg(
  graph: KedjaGraph,
  levels: ReadonlyMap<string, ConsequenceLevel>,
  options: ScenarioMapOptions = {},
): string | null {
  const labels: MapLabels = { ...MAP_LABELS[options.lang ?? 'en'], ...options.labels };
  const title = options.title ?? labels.title;
  const boundaries = options.boundaries ?? readMapBoundaries();
  // Given boundaries name their own source unless the labels do.
  const source = options.labels?.source ?? (options.boundaries ? options.boundaries.source : (labels.source ?? ''));
  const width = options.width ?? DEFAULTS.width;

  const members = areaOrganisations(
    graph,
    boundaries.areas.map((a) => a.code),
  );
  const countyMembers = areaOrganisations(
    graph,
    boundaries.counties.map((c) => c.code),
  );
  if (![...members.values()].some((ids) => ids.length > 0)) return null;

  const collection: FeatureCollection = { type: 'FeatureCollection', features: boundaries.areas.map((a) => a.feature) };
  const projection = geoTransverseMercator().rotate([-15, 0]).fitWidth(width, collection);
  const path = geoPath(projection).digits(1);
  const mapHeight = Math.ceil(path.bounds(collection)[1][1]);
  // The source's line goes below the map: at its foot Skåne reaches the left edge.
  const height = source ? mapHeight + SOURCE_LINE : mapHeight;

  const describe = (area: MapArea, ids: readonly string[]) => {
    const level = worst(ids, levels);
    const affected = ids.filter((id) => levels.has(id)).length;
    const text =
      ids.length === 0
        ? `${area.name}: ${labels.noOrganisation}`
        : `${area.name}: ${level ? labels.levels[level] : labels.notAffected} (${labels.affectedOf(affected, ids.length)})`;
    return { level, text };
  };

  let affectedAreas = 0;
  let worstOnMap = -1;
  const areas = boundaries.areas.map((area) => {
    const { level, text } = describe(area, members.get(area.code) ?? []);
    if (level) {
      affectedAreas++;
      worstOnMap = Math.max(worstOnMap, CONSEQUENCE_LEVELS.indexOf(level));
    }
    const fill = level ? LEVEL_COLOURS[level] : UNAFFECTED_COLOUR;
    return (
      `<path d="${path(area.feature) ?? ''}" fill="${fill}" data-code="${escape(area.code)}" ` +
      `data-level="${level ?? 'unaffected'}"><title>${escape(text)}</title></path>`
    );
  });
  const counties = boundaries.counties.map((county) => {
    const { level, text } = describe(county, countyMembers.get(county.code) ?? []);
    return (
      `<path d="${path(county.feature) ?? ''}" data-code="${escape(county.code)}" data-level="${level ?? 'unaffected'}">` +
      `<title>${escape(text)}</title></path>`
    );
  });

  const summary = [labels.summary(affectedAreas, boundaries.areas.length)];
  if (worstOnMap >= 0) summary.push(labels.worst(labels.levels[CONSEQUENCE_LEVELS[worstOnMap]!]));
  const label = `${title}: ${summary.join('; ')}`;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="kedja-map" role="img" aria-label="${escape(label)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${FONT}" font-size="${LEGEND.font}">`,
    `<title>${escape(label)}</title>`,
    `<g class="areas" stroke="#ffffff" stroke-width="0.3" stroke-linejoin="round">${areas.join('')}</g>`,
    counties.length > 0
      ? `<g class="counties" fill="none" stroke="#1a1a1a" stroke-width="0.9" stroke-linejoin="round" pointer-events="stroke">${counties.join('')}</g>`
      : '',
    legend(labels, source, height),
    '</svg>',
  ].join('\n');
}

/** The worst level among the given organisations, or null when none of them is affected. */
function worst(ids: readonly string[], levels: ReadonlyMap<string, ConsequenceLevel>): ConsequenceLevel | null {
  let rank = -1;
  for (const id of ids) {
    const level = levels.get(id);
    if (level !== undefined) rank = Math.max(rank, CONSEQUENCE_LEVELS.indexOf(level));
  }
  return rank < 0 ? null : CONSEQUENCE_LEVELS[rank]!;
}

/** The legend in the top left corner (Norway's side, empty on this map), worst level first; the source at the foot. */
function legend(labels: MapLabels, source: string, height: number): string {
  const { x, y, swatch, line } = LEGEND;
  const rows: [string, string][] = [
    ...[...CONSEQUENCE_LEVELS].reverse().map((level): [string, string] => [LEVEL_COLOURS[level], labels.levels[level]]),
    [UNAFFECTED_COLOUR, labels.notAffected],
  ];
  const heading = wrap(labels.legend, 26);
  const top = y + heading.length * line;
  const items = rows.map(
    ([colour, text], i) =>
      `<rect x="${x}" y="${top + i * line}" width="${swatch}" height="${swatch}" fill="${colour}" stroke="#767676" stroke-width="0.5"/>` +
      `<text x="${x + swatch + 5}" y="${top + i * line + swatch - 2}">${escape(text)}</text>`,
  );
  return [
    `<g class="legend" fill="#1a1a1a">`,
    ...heading.map((text, i) => `<text x="${x}" y="${y + 10 + i * line}" font-weight="bold">${escape(text)}</text>`),
    ...items,
    '</g>',
    source
      ? `<text class="source" x="${x}" y="${height - 4}" fill="#1a1a1a" font-size="9">${escape(source)}</text>`
      : '',
  ].join('');
}

/** Words into lines of at most `width` characters (a long word stays whole). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text and attribute values escaped for SVG (XML) markup. */
function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
