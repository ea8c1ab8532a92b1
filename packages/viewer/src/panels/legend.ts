/** The legend: kinds by colour and shape, and, during a scenario, what each highlight means. */
import { KIND_COLOURS, STATUS_COLOURS } from '../palette.js';
import { el } from '../ui/dom.js';

const SHAPES = { organisation: 'circle', service: 'square', supplier: 'ring' } as const;

export function legend(): HTMLElement {
  const item = (shape: string, colour: string, text: string) =>
    el('li', {}, el('span', { class: `glyph glyph-${shape}`, style: `--c:${colour}` }), text);
  return el(
    'ul',
    { class: 'legend', 'aria-label': 'Legend' },
    item(SHAPES.organisation, KIND_COLOURS.organisation, 'organisation'),
    item(SHAPES.service, KIND_COLOURS.service, 'service'),
    item(SHAPES.supplier, KIND_COLOURS.supplier, 'supplier'),
    item('circle', STATUS_COLOURS.member, 'fails (scenario)'),
    item('circle', STATUS_COLOURS.failed, 'fails with it'),
    item('circle', STATUS_COLOURS.critical, 'loses a critical function'),
    item('circle', STATUS_COLOURS.affected, 'affected, nothing critical'),
    el('li', { class: 'small' }, 'size: how many depend on it directly'),
  );
}
