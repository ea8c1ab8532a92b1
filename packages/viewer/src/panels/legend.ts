/**
 * The legend: kinds by colour and shape, and, during a scenario, what each highlight means; on a
 * graph with possible dependencies (issue 13) also the outlined pale disc of an organisation
 * affected only in the upper bound and the curved line of a possible dependency.
 */
import { WORDS, type Lang } from '@kedja/core/i18n';

import { VIEWER_MESSAGES } from '../i18n/index.js';
import { EDGE_POSSIBLE, KIND_COLOURS, POSSIBLE_COLOURS, STATUS_COLOURS } from '../palette.js';
import { el } from '../ui/dom.js';

const SHAPES = { organisation: 'circle', service: 'square', supplier: 'ring' } as const;

export function legend(lang: Lang, possible = false): HTMLElement {
  const m = VIEWER_MESSAGES[lang].legend;
  const kinds = WORDS[lang].kinds;
  const item = (shape: string, colour: string, text: string, outline?: string) =>
    el(
      'li',
      {},
      el('span', { class: 'glyph', 'data-shape': shape, style: `--c:${colour}${outline ? `;--o:${outline}` : ''}` }),
      text,
    );
  return el(
    'ul',
    { class: 'legend', 'aria-label': m.label },
    item(SHAPES.organisation, KIND_COLOURS.organisation, kinds.organisation),
    item(SHAPES.service, KIND_COLOURS.service, kinds.service),
    item(SHAPES.supplier, KIND_COLOURS.supplier, kinds.supplier),
    item('circle', STATUS_COLOURS.member, m.member),
    item('circle', STATUS_COLOURS.failed, m.failed),
    item('circle', STATUS_COLOURS.critical, m.critical),
    item('circle', STATUS_COLOURS.affected, m.affected),
    possible ? item('outlined', POSSIBLE_COLOURS.affected, m.possible, STATUS_COLOURS.affected) : null,
    possible ? item('curve', EDGE_POSSIBLE, m.possibleEdge) : null,
    el('li', { class: 'small' }, m.size),
  );
}
