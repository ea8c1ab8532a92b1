/**
 * The map of Sweden coloured by consequence: each area takes the worst level among the affected
 * organisations in it, after the chosen outage length. Areas are joined on their `code` property:
 * a kommunkod (four digits) matches a municipality's code; a county code (two digits) matches the
 * municipalities whose kommunkod starts with it and the region whose code it is. Drawn as SVG with
 * d3-geo in a transverse Mercator projection on 15° E (as SWEREF 99 TM); boundaries are TopoJSON
 * (topojson-client) or GeoJSON. O(areas + organisations) per scenario.
 */
import type { KedjaGraph } from '@kedja/core';
import { geoPath, geoTransverseMercator } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

import { worstLevel, type ScenarioView } from '../analysis/analyse-scenario.js';
import { LEVEL_COLOURS, UNAFFECTED } from '../palette.js';
import { el, formatNumber, replace } from '../ui/dom.js';

export interface Area {
  code: string;
  name: string;
  feature: Feature<Geometry>;
}

const SVG = 'http://www.w3.org/2000/svg';

/** Areas from a TopoJSON topology (its first object) or a GeoJSON FeatureCollection. */
export function areasFrom(data: unknown): Area[] {
  const d = data as { type?: string; objects?: Record<string, unknown> };
  const collection = (
    d.type === 'Topology'
      ? feature(data as Topology, Object.values(d.objects ?? {})[0] as never)
      : (data as FeatureCollection)
  ) as FeatureCollection;
  return collection.features.flatMap((f) => {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const code = String(p.code ?? p.kommunkod ?? p.lanskod ?? f.id ?? '');
    return code ? [{ code, name: String(p.name ?? code), feature: f as Feature<Geometry> }] : [];
  });
}

/** The organisations of each area, by its code. */
export function organisationsByArea(graph: KedjaGraph, areas: readonly Area[]): Map<string, string[]> {
  const codes = new Set(areas.map((a) => a.code));
  const byArea = new Map<string, string[]>(areas.map((a) => [a.code, []]));
  graph.forEachNode((id, a) => {
    if (a.kind !== 'organisation' || !a.code) return;
    if (a.orgType === 'municipality' && /^\d{4}$/.test(a.code)) {
      if (codes.has(a.code)) byArea.get(a.code)!.push(id);
      else if (codes.has(a.code.slice(0, 2))) byArea.get(a.code.slice(0, 2))!.push(id);
    } else if (a.orgType === 'region' && codes.has(a.code)) {
      byArea.get(a.code)!.push(id);
    }
  });
  return byArea;
}

export interface MapPanel {
  element: HTMLElement;
  show(view: ScenarioView | null): void;
}

export function createMapPanel(graph: KedjaGraph, areas: readonly Area[], caption: string): MapPanel {
  const width = 300;
  const height = 560;
  const members = organisationsByArea(graph, areas);
  const joined = [...members.values()].some((ids) => ids.length > 0);
  const collection: FeatureCollection = { type: 'FeatureCollection', features: areas.map((a) => a.feature) };
  const projection = geoTransverseMercator().rotate([-15, 0]).fitSize([width, height], collection);
  const path = geoPath(projection);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Map of Sweden coloured by consequence level');
  const shapes = areas.map((area) => {
    const shape = document.createElementNS(SVG, 'path');
    shape.setAttribute('d', path(area.feature) ?? '');
    shape.setAttribute('data-code', area.code);
    const title = document.createElementNS(SVG, 'title');
    shape.appendChild(title);
    svg.appendChild(shape);
    return { area, shape, title };
  });
  const legend = el(
    'ul',
    { class: 'map-legend' },
    ...(['crisis', 'critical', 'noticeable', 'minor', 'none'] as const).map((level) =>
      el('li', {}, el('span', { class: 'swatch', style: `background:${LEVEL_COLOURS[level]}` }), level),
    ),
    el('li', {}, el('span', { class: 'swatch', style: `background:${UNAFFECTED}` }), 'not affected'),
  );
  const status = el('p', { class: 'small', 'aria-live': 'polite' });
  const element = el(
    'section',
    { class: 'map', 'aria-label': 'Map' },
    el('h2', {}, 'Consequences on the map'),
    svg,
    legend,
    status,
    el('p', { class: 'small caption' }, caption),
  );

  return {
    element,
    show(view) {
      let hit = 0;
      for (const { area, shape, title } of shapes) {
        const ids = members.get(area.code) ?? [];
        const level = view ? worstLevel(view, ids) : null;
        if (level) hit++;
        shape.setAttribute('fill', level ? LEVEL_COLOURS[level] : UNAFFECTED);
        shape.setAttribute('data-level', level ?? 'unaffected');
        const affected = view ? ids.filter((id) => view.consequences.has(id)).length : 0;
        title.textContent = `${area.name}: ${level ?? 'not affected'}${view ? ` (${formatNumber(affected)} of ${formatNumber(ids.length)} organisations affected)` : ''}`;
      }
      replace(
        status,
        !joined
          ? 'No organisation in this graph has a kommunkod or county code, so the map stays empty.'
          : view
            ? `${hit} of ${areas.length} areas affected; the worst level in each is shown.`
            : 'Choose a scenario to colour the map.',
      );
    },
  };
}
