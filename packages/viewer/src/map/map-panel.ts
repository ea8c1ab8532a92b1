/**
 * The map of Sweden coloured by consequence: each municipality takes the worst level, after the
 * chosen outage length, among the affected organisations serving its residents (the municipality
 * itself and the region of its county: core's `areaOrganisations`), and the counties are drawn over
 * them as the overview, with thicker borders. A boundary file of counties alone works the same way:
 * a county takes the worst level of its region and its municipalities. Drawn as SVG with d3-geo in
 * a transverse Mercator projection on 15° E (as SWEREF 99 TM); boundaries are TopoJSON
 * (topojson-client) or GeoJSON. On a graph with possible dependencies (issue 13) an area whose
 * organisations are affected only in the upper bound is hatched in its level's colour (an SVG
 * pattern, so not by colour alone), and the count of areas is a range. O(areas + organisations)
 * per scenario.
 */
import type { ConsequenceLevel, KedjaGraph } from '@kedja/core';
import { formatInteger, WORDS, type Lang } from '@kedja/core/i18n';
import { areaOrganisations } from '@kedja/core/kernel';
import { geoPath, geoTransverseMercator } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

import { worstLevel, type ScenarioView } from '../analysis/analyse-scenario.js';
import { VIEWER_MESSAGES } from '../i18n/index.js';
import { LEVEL_COLOURS, UNAFFECTED } from '../palette.js';
import { el, replace } from '../ui/dom.js';

export interface Area {
  code: string;
  name: string;
  feature: Feature<Geometry>;
  /** Drawn over the others with thicker borders, uncoloured: the counties over the municipalities. */
  overview: boolean;
}

const SVG = 'http://www.w3.org/2000/svg';
const LEVELS_WORST_FIRST: readonly ConsequenceLevel[] = ['crisis', 'critical', 'noticeable', 'minor', 'none'];

/**
 * Areas from a TopoJSON topology or a GeoJSON FeatureCollection: a topology's `municipalities`
 * object (else its first), and its `counties` object as the overview when it has both. An area's
 * code is its `code` (or `kommunkod`, `lanskod`, the feature's id) property.
 */
export function areasFrom(data: unknown): Area[] {
  const d = data as { type?: string; objects?: Record<string, GeometryCollection> };
  if (d.type !== 'Topology') return areasOf(data as FeatureCollection, false);
  const objects = d.objects ?? {};
  const main = objects.municipalities ?? Object.values(objects)[0];
  const overview = objects.municipalities ? objects.counties : undefined;
  const features = (object: GeometryCollection) => feature(data as Topology, object) as FeatureCollection;
  return [...(main ? areasOf(features(main), false) : []), ...(overview ? areasOf(features(overview), true) : [])];
}

function areasOf(collection: FeatureCollection, overview: boolean): Area[] {
  return collection.features.flatMap((f) => {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const code = String(p.code ?? p.kommunkod ?? p.lanskod ?? f.id ?? '');
    return code ? [{ code, name: String(p.name ?? code), feature: f as Feature<Geometry>, overview }] : [];
  });
}

export interface MapPanel {
  element: HTMLElement;
  show(view: ScenarioView | null): void;
}

interface Shape {
  area: Area;
  ids: readonly string[];
  path: SVGPathElement;
  title: SVGTitleElement;
}

export function createMapPanel(
  lang: Lang,
  graph: KedjaGraph,
  areas: readonly Area[],
  caption: string,
  possible = false,
): MapPanel {
  const m = VIEWER_MESSAGES[lang].map;
  const b = VIEWER_MESSAGES[lang].bounds;
  const n = (value: number) => formatInteger(lang, value);
  const width = 300;
  const height = 560;
  const coloured = areas.filter((a) => !a.overview);
  const overview = areas.filter((a) => a.overview);
  const members = areaOrganisations(
    graph,
    coloured.map((a) => a.code),
  );
  const overviewMembers = areaOrganisations(
    graph,
    overview.map((a) => a.code),
  );
  const joined = [...members.values()].some((ids) => ids.length > 0);
  const noun = coloured.every((a) => /^\d{4}$/.test(a.code)) ? m.municipalities : m.areas;
  const collection: FeatureCollection = { type: 'FeatureCollection', features: coloured.map((a) => a.feature) };
  const projection = geoTransverseMercator().rotate([-15, 0]).fitSize([width, height], collection);
  const path = geoPath(projection).digits(1);

  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', m.picture(noun));
  if (possible) svg.appendChild(hatches());
  // The layers' strokes are in style.css (.map .areas path, .map .counties path).
  const layer = (name: string, list: readonly Area[], byCode: Map<string, string[]>): Shape[] => {
    const group = document.createElementNS(SVG, 'g');
    group.setAttribute('class', name);
    svg.appendChild(group);
    return list.map((area) => {
      const shape = document.createElementNS(SVG, 'path');
      shape.setAttribute('d', path(area.feature) ?? '');
      shape.setAttribute('data-code', area.code);
      const title = document.createElementNS(SVG, 'title');
      shape.appendChild(title);
      group.appendChild(shape);
      return { area, ids: byCode.get(area.code) ?? [], path: shape, title };
    });
  };
  const shapes = layer('areas', coloured, members);
  const outlines = layer('counties', overview, overviewMembers);

  const legend = el(
    'ul',
    { class: 'map-legend' },
    ...LEVELS_WORST_FIRST.map((level) =>
      el(
        'li',
        {},
        el('span', { class: 'swatch', style: `background:${LEVEL_COLOURS[level]}` }),
        WORDS[lang].levels[level],
      ),
    ),
    el('li', {}, el('span', { class: 'swatch', style: `background:${UNAFFECTED}` }), m.notAffected),
    possible ? el('li', {}, el('span', { class: 'swatch', 'data-hatched': true }), m.possible) : null,
  );
  const status = el('p', { class: 'small', 'aria-live': 'polite' });
  const element = el(
    'section',
    { class: 'map', 'aria-label': m.label },
    el('h2', {}, m.title),
    svg,
    legend,
    status,
    el('p', { class: 'small' }, caption),
  );

  return {
    element,
    show(view) {
      let hit = 0;
      let sure = 0;
      for (const shape of shapes) {
        const level = describe(lang, shape, view);
        if (level) hit++;
        const onlyPossible = level !== null && !affectedForCertain(view!, shape.ids);
        if (level && !onlyPossible) sure++;
        shape.path.setAttribute(
          'fill',
          level ? (onlyPossible ? `url(#possible-${level})` : LEVEL_COLOURS[level]) : UNAFFECTED,
        );
        if (onlyPossible) shape.path.setAttribute('data-certainty', 'possible');
        else shape.path.removeAttribute('data-certainty');
      }
      for (const outline of outlines) describe(lang, outline, view);
      const affected = view?.upper ? b.range(n(sure), n(hit)) : n(hit);
      replace(status, !joined ? m.unjoined : view ? m.summary(affected, n(shapes.length), noun) : m.choose);
    },
  };
}

/** Whether one of the organisations is affected in the lower bound (all of them are without possible edges). */
function affectedForCertain(view: ScenarioView, ids: readonly string[]): boolean {
  return ids.some((id) => view.consequences.has(id) && !view.possible.has(id));
}

/** One hatch per consequence level, for the areas affected only in the upper bound: stripes of its colour on the unaffected grey. */
function hatches(): SVGDefsElement {
  const defs = document.createElementNS(SVG, 'defs');
  for (const level of LEVELS_WORST_FIRST) {
    const pattern = document.createElementNS(SVG, 'pattern');
    for (const [key, value] of Object.entries({
      id: `possible-${level}`,
      width: '4',
      height: '4',
      patternUnits: 'userSpaceOnUse',
      patternTransform: 'rotate(45)',
    })) {
      pattern.setAttribute(key, value);
    }
    for (const [x, width, fill] of [
      ['0', '4', UNAFFECTED],
      ['0', '2', LEVEL_COLOURS[level]],
    ] as const) {
      const stripe = document.createElementNS(SVG, 'rect');
      stripe.setAttribute('x', x);
      stripe.setAttribute('width', width);
      stripe.setAttribute('height', '4');
      stripe.setAttribute('fill', fill);
      pattern.appendChild(stripe);
    }
    defs.appendChild(pattern);
  }
  return defs;
}

/** Sets a shape's level and title for the scenario; returns the level (null: not affected). */
function describe(lang: Lang, { area, ids, path, title }: Shape, view: ScenarioView | null): ConsequenceLevel | null {
  const m = VIEWER_MESSAGES[lang].map;
  const level = view ? worstLevel(view, ids) : null;
  path.setAttribute('data-level', level ?? 'unaffected');
  const affected = view ? ids.filter((id) => view.consequences.has(id)).length : 0;
  const counted = view ? m.affectedOf(formatInteger(lang, affected), formatInteger(lang, ids.length), ids.length) : '';
  const possible = level !== null && !affectedForCertain(view!, ids) ? VIEWER_MESSAGES[lang].bounds.possibleMark : '';
  title.textContent =
    ids.length === 0
      ? m.area(area.name, m.noOrganisation)
      : m.area(area.name, level ? WORDS[lang].levels[level] + possible : m.notAffected) + counted;
  return level;
}
