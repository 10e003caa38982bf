import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../src/core/text/sorted-search.js';

describe('partitionPoint', () => {
  const list = [2, 4, 4, 7, 9];
  const below = (x: number) => (i: number) => list[i]! < x;

  it('finds the first index where the test fails, at both ends and on ties', () => {
    expect(partitionPoint(list.length, below(1))).toBe(0);
    expect(partitionPoint(list.length, below(4))).toBe(1);
    expect(partitionPoint(list.length, (i) => list[i]! <= 4)).toBe(3);
    expect(partitionPoint(list.length, below(100))).toBe(5);
    expect(partitionPoint(0, () => true)).toBe(0);
  });

  it('starts the search where it is told to', () => {
    expect(partitionPoint(list.length, below(4), 3)).toBe(3);
    expect(partitionPoint(list.length, below(8), 2)).toBe(4);
  });
});
