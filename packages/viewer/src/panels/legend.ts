/** The legend: kinds by colour and shape, and, during a scenario, what each highlight means. */
import { WORDS, type Lang } from '@kedja/core/i18n';

import { VIEWER_MESSAGES } from '../i18n/index.js';
import { KIND_COLOURS, STATUS_COLOURS } from '../palette.js';
import { el } from '../ui/dom.js';

const SHAPES = { organisation: 'circle', service: 'square', supplier: 'ring' } as const;

export function legend(lang: Lang): HTMLElement {
  const m = VIEWER_MESSAGES[lang].legend;
  const kinds = WORDS[lang].kinds;
  const item = (shape: string, colour: string, text: string) =>
    el('li', {}, el('span', { class: 'glyph', 'data-shape': shape, style: `--c:${colour}` }), text);
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
    el('li', { class: 'small' }, m.size),
  );
}
