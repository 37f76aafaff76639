import { describe, expect, it } from 'vitest';
import { bandRange } from './pay';

const ids = ['afc-band-5-0', 'afc-band-5-4', 'afc-band-5-2', 'afc-band-6-0', 'afc-band-6-5', 'afc-band-8a-0', 'lsf-training-grant'];

describe('bandRange', () => {
  it('gives the starting and the top pay point of a band, whatever their order in the file', () => {
    expect(bandRange('5', ids)).toEqual({ start: 'afc-band-5-0', top: 'afc-band-5-4', topYears: 4 });
    expect(bandRange('6', ids)).toEqual({ start: 'afc-band-6-0', top: 'afc-band-6-5', topYears: 5 });
  });

  it('does not mistake band 8a for band 8, or another figure for a pay point', () => {
    expect(() => bandRange('8', ids)).toThrow(/afc-band-8-0/);
  });

  it('fails, naming the band, when there is no starting point or only one point', () => {
    expect(() => bandRange('7', ids)).toThrow(/band 7/);
    expect(() => bandRange('8a', ids)).toThrow(/only the starting pay point for band 8a/);
  });
});
