// The run's stages, timed and reported in their declared order: stages that overlap (the graphs
// with each other and with the topics) finish in any order, but a line is printed only once every
// stage before it has been, so the progress reads top to bottom.
export interface StageEvent {
  stage: string;
  index: number;
  total: number;
  /** What the stage did, e.g. "4 files, 156 records". */
  detail: string;
  ms: number;
  /** The process's peak resident memory so far, in MiB. */
  maxRssMb: number;
  /** Not run (the detail says why). */
  skipped?: true;
}

export class StageClock {
  /** Stage → wall milliseconds, in the declared order of the stages that ran. */
  readonly timings: Record<string, number> = {};
  private readonly done = new Map<string, StageEvent>();
  private next = 0;

  constructor(
    private readonly order: readonly string[],
    private readonly onStage: (event: StageEvent) => void,
  ) {}

  /** Runs `work` as the stage `name`, timed from now. */
  async run<T>(name: string, work: () => T | Promise<T>, describe: (result: T) => string): Promise<T> {
    const index = this.order.indexOf(name);
    if (index < 0) throw new Error(`stages: unknown stage ${name}`);
    const start = performance.now();
    const result = await work();
    const ms = Math.round(performance.now() - start);
    const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    this.done.set(name, { stage: name, index: index + 1, total: this.order.length, detail: describe(result), ms, maxRssMb });
    this.flush();
    return result;
  }

  /** The stage `name` is not run: its line says why. */
  skip(name: string, reason: string): void {
    const index = this.order.indexOf(name);
    if (index < 0) throw new Error(`stages: unknown stage ${name}`);
    const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    this.done.set(name, { stage: name, index: index + 1, total: this.order.length, detail: `skipped: ${reason}`, ms: 0, maxRssMb, skipped: true });
    this.flush();
  }

  private flush(): void {
    for (let event = this.done.get(this.order[this.next]!); event; event = this.done.get(this.order[this.next]!)) {
      if (!event.skipped) this.timings[event.stage] = event.ms;
      this.onStage(event);
      this.next++;
    }
  }
}
