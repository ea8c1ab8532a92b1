import { describe, expect, it } from 'vitest';

import { clusterUnresolved, type ClusterItem } from './cluster-unresolved.js';
import { nameForms } from './name-forms.js';

const item = (
  raw: string,
  occurrences = 1,
  anchor?: string,
  kind: 'service' | 'supplier' = 'service',
): ClusterItem => ({
  key: `${kind} ${raw}`,
  kind,
  raw,
  forms: nameForms(raw),
  occurrences,
  ...(anchor ? { anchor } : {}),
});

describe('clusterUnresolved', () => {
  it('joins spellings of one new thing, named by the most written, with the methods that joined them', () => {
    const clusters = clusterUnresolved(
      [item('Vklass'), item('V-klass', 3), item('VKlass AB'), item('City Network'), item('City Network Hosting')],
      0.85,
    );
    const vklass = clusters.get('service Vklass')!;
    expect(clusters.get('service VKlass AB')).toBe(vklass);
    expect(clusters.get('service V-klass')).toBe(vklass);
    expect(vklass).toMatchObject({ name: 'V-klass', linkedBy: ['key'], size: 3 });
    expect(clusters.get('service City Network Hosting')).toBe(clusters.get('service City Network'));
  });

  it('keeps different things, different kinds and differently anchored spellings apart', () => {
    const clusters = clusterUnresolved(
      [
        item('Skolon'),
        item('Stratsys'),
        item('Skolon', 1, undefined, 'supplier'),
        item('Menti', 1, 'a'),
        item('menti', 1, 'b'),
      ],
      0.85,
    );
    expect(new Set(clusters.values()).size).toBe(5);
    expect(clusters.get('service Menti')).toMatchObject({ id: 'a', key: 'id:a' });
  });

  it('joins a spelling to the cluster a reviewer anchored', () => {
    const clusters = clusterUnresolved([item('Sitevision', 1, 'new-sitevision'), item('SiteVision')], 0.85);
    expect(clusters.get('service SiteVision')).toMatchObject({ id: 'new-sitevision', size: 2 });
  });
});
