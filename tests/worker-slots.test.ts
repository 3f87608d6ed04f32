import { describe, expect, it } from 'vitest';
import { Slots } from '../pipeline/worker-thread';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('worker slots: at most one running task per core', () => {
  it('lets `count` holders in at once and the next one in, in turn, as each releases', async () => {
    const slots = new Slots(2);
    const order: string[] = [];
    const holders = ['a', 'b', 'c', 'd'].map((name) => slots.acquire().then((release) => (order.push(name), release)));
    await tick();
    expect(order).toEqual(['a', 'b']);
    (await holders[1]!)();
    await tick();
    expect(order).toEqual(['a', 'b', 'c']);
    (await holders[0]!)();
    await tick();
    expect(order).toEqual(['a', 'b', 'c', 'd']);
  });

  it('frees a slot once however often its release is called', async () => {
    const slots = new Slots(1);
    const release = await slots.acquire();
    release();
    release();
    await slots.acquire();
    let third = false;
    void slots.acquire().then(() => (third = true));
    await tick();
    expect(third).toBe(false);
  });
});
