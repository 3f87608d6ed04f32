// A parser that needs to see the next few lines can still be fed one line at a time: items wait
// in a small window and `step` runs whenever it holds `size` of them (at the end, whatever is
// left). Each step reads the window, consumes at least one item and says how many.

export class Lookahead<T> {
  private readonly window: T[] = [];

  constructor(
    private readonly size: number,
    private readonly step: (window: readonly T[]) => number,
  ) {}

  push(item: T): void {
    this.window.push(item);
    while (this.window.length >= this.size) this.consume();
  }

  /** Runs the steps left; the window is empty afterwards and can take new items. */
  end(): void {
    while (this.window.length > 0) this.consume();
  }

  private consume(): void {
    this.window.splice(0, Math.max(1, this.step(this.window)));
  }
}
