/**
 * Labels that do not overlap. Sigma picks the labels to draw with a grid of cells (one label per
 * cell and density), but a name is wider than a cell, so neighbouring names ran into each other.
 * Here each frame keeps the boxes of the labels drawn so far, the scenario's members' reserved
 * first (their labels are forced and drawn last by sigma), and a label that would overlap one is
 * left out: the picture keeps the most important names, each readable. O(labels²) per frame over
 * the few dozen labels sigma selects.
 */
import type Sigma from 'sigma';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';

/** A label's rectangle in viewport pixels. */
export interface LabelBox {
  node: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: LabelBox, b: LabelBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Where sigma's disc label of a node at (x, y) with rendered `size` is drawn, `width` wide. */
function boxAt(node: string, x: number, y: number, size: number, width: number, labelSize: number): LabelBox {
  // drawDiscNodeLabel writes from x + size + 3 with its baseline at y + labelSize / 3.
  return { node, x: x + size + 3, y: y + labelSize / 3 - labelSize, width, height: labelSize * 1.25 };
}

export interface LabelLayout {
  /** `drawLabel` (a node program's, or sigma's default), skipping a label that would overlap one already placed. */
  wrap(drawLabel: NodeLabelDrawingFunction): NodeLabelDrawingFunction;
  /** Starts a frame: only the labels of `reserved` (the scenario's members) are placed. */
  startFrame(sigma: Sigma, reserved: readonly string[]): void;
  /** The boxes of the labels placed in the last frame. */
  boxes(): readonly LabelBox[];
}

export function createLabelLayout(): LabelLayout {
  let placed: LabelBox[] = [];
  let measure: CanvasRenderingContext2D | null = null;
  const font = (settings: { labelWeight: string; labelSize: number; labelFont: string }) =>
    `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const widthOf = (label: string, settings: { labelWeight: string; labelSize: number; labelFont: string }) => {
    measure ??= document.createElement('canvas').getContext('2d');
    if (measure === null) return label.length * settings.labelSize * 0.6;
    measure.font = font(settings);
    return measure.measureText(label).width;
  };

  return {
    startFrame(sigma, reserved) {
      const settings = sigma.getSettings();
      placed = [];
      for (const node of reserved) {
        const data = sigma.getNodeDisplayData(node);
        const label = data?.label;
        if (!data || !label || data.hidden) continue;
        const { x, y } = sigma.framedGraphToViewport(data);
        placed.push(boxAt(node, x, y, sigma.scaleSize(data.size), widthOf(label, settings), settings.labelSize));
      }
    },
    wrap: (drawLabel) => (context, data, settings) => {
      if (!data.label) return;
      if (!data.forceLabel) {
        const key = (data as { key?: string }).key ?? '';
        const box = boxAt(key, data.x, data.y, data.size, widthOf(data.label, settings), settings.labelSize);
        if (placed.some((other) => overlaps(other, box))) return;
        placed.push(box);
      }
      drawLabel(context, data, settings);
    },
    boxes: () => placed,
  };
}

/** The pairs of placed labels that overlap (none, unless two of the reserved ones do). */
export function overlappingLabels(boxes: readonly LabelBox[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++)
      if (overlaps(boxes[i]!, boxes[j]!)) pairs.push([boxes[i]!.node, boxes[j]!.node]);
  }
  return pairs;
}
