// The run's stages, measured and reported in their declared order: stages that overlap (the graphs
// with each other and with the topics) finish in any order, but a line is printed only once every
// stage before it has been, so the progress reads top to bottom.
import { cpuMs } from './cpu-time';
import { MemoryWatch } from './memory-watch';

/** What one stage cost. Stages overlap, so CPU and peak memory are the process's during the stage. */
export interface StageMeasure {
  wallMs: number;
  /** CPU time of every thread of the process (worker threads included) while the stage ran. */
  cpuMs: number;
  /** The process's peak resident memory while the stage ran (not since the run started), in MiB. */
  peakRssMib: number;
}

export interface StageEvent extends StageMeasure {
  stage: string;
  index: number;
  total: number;
  /** What the stage did, e.g. "4 files, 156 records". */
  detail: string;
  /** Not run (the detail says why). */
  skipped?: true;
}

export class StageClock {
  /** Stage → what it cost, in the declared order of the stages that ran. */
  readonly measures: Record<string, StageMeasure> = {};
  private readonly done = new Map<string, StageEvent>();
  private readonly memory = new MemoryWatch();
  private next = 0;

  constructor(
    private readonly order: readonly string[],
    private readonly onStage: (event: StageEvent) => void,
  ) {}

  /** Runs `work` as the stage `name`, measured from now. */
  async run<T>(name: string, work: () => T | Promise<T>, describe: (result: T) => string): Promise<T> {
    const index = this.indexOf(name);
    const window = this.memory.open();
    const start = performance.now();
    const cpuStart = cpuMs();
    const result = await work();
    const measure = { wallMs: Math.round(performance.now() - start), cpuMs: Math.round(cpuMs() - cpuStart), peakRssMib: window.close() };
    this.done.set(name, { stage: name, index: index + 1, total: this.order.length, detail: describe(result), ...measure });
    this.flush();
    return result;
  }

  /** The stage `name` is not run: its line says why. */
  skip(name: string, reason: string): void {
    const index = this.indexOf(name);
    this.done.set(name, { stage: name, index: index + 1, total: this.order.length, detail: `skipped: ${reason}`, wallMs: 0, cpuMs: 0, peakRssMib: 0, skipped: true });
    this.flush();
  }

  /** Ends the memory sampling; call once the run is over. */
  stop(): void {
    this.memory.stop();
  }

  private indexOf(name: string): number {
    const index = this.order.indexOf(name);
    if (index < 0) throw new Error(`stages: unknown stage ${name}`);
    return index;
  }

  private flush(): void {
    for (let event = this.done.get(this.order[this.next]!); event; event = this.done.get(this.order[this.next]!)) {
      if (!event.skipped) this.measures[event.stage] = { wallMs: event.wallMs, cpuMs: event.cpuMs, peakRssMib: event.peakRssMib };
      this.onStage(event);
      this.next++;
    }
  }
}
