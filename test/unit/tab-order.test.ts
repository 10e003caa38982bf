import { describe, expect, it } from 'vitest';
import { inTabOrder } from '../../src/background/tab-order.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('updates to one tab', () => {
  it('run in the order they were asked for, even when the first is the slower one', async () => {
    const done: string[] = [];
    // A navigation's reset (slow: several round trips) and then the new page's answer.
    const reset = inTabOrder(7, async () => {
      await wait(30);
      done.push('reset');
    });
    const answer = inTabOrder(7, async () => {
      done.push('answer');
    });
    // Another tab is not held up.
    const other = inTabOrder(8, async () => {
      done.push('other tab');
    });
    await Promise.all([reset, answer, other]);
    expect(done).toEqual(['other tab', 'reset', 'answer']);
  });

  it('go on after one of them fails', async () => {
    const failed = inTabOrder(9, async () => {
      throw new Error('tab closed');
    });
    await expect(failed).rejects.toThrow('tab closed');
    await expect(inTabOrder(9, async () => 'next')).resolves.toBe('next');
  });
});
