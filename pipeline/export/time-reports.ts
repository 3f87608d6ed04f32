// The time stage's reports: bursts.csv (terms and cited references in a burst, and when),
// themes.csv (the thematic map) and evolution.csv (themes linked from one time slice to the next).
import { join } from 'node:path';
import { type Cell, joinCell, round6 } from '../cells';
import type { TimeModel } from '../time/index';
import { writeCsv } from './csv';

const BURST_COLUMNS = ['kind', 'item', 'strength', 'begin', 'end', 'weight', 'label'] as const;
const THEME_COLUMNS = ['community', 'label', 'size', 'centrality', 'density', 'quadrant', 'papers', 'mean_year'] as const;
const EVOLUTION_COLUMNS = [
  'from_slice', 'from_community', 'from_label', 'to_slice', 'to_community', 'to_label', 'weight', 'shared_terms',
] as const;

export async function writeTimeReports(dir: string, time: TimeModel): Promise<void> {
  await writeCsv(join(dir, 'bursts.csv'), BURST_COLUMNS, time.bursts.map((b): Cell[] => [b.kind, b.item, round6(b.strength), b.begin, b.end, b.weight, b.label]));
  await writeCsv(
    join(dir, 'themes.csv'),
    THEME_COLUMNS,
    time.themes.map((t): Cell[] => [t.community, t.label, t.size, round6(t.centrality), round6(t.density), t.quadrant, t.papers, t.meanYear === undefined ? undefined : round6(t.meanYear)]),
  );
  const { slices, themes, links } = time.evolution;
  await writeCsv(
    join(dir, 'evolution.csv'),
    EVOLUTION_COLUMNS,
    links.map(({ from, to, weight, shared }): Cell[] => {
      const [a, b] = [themes[from]!, themes[to]!];
      return [slices[a.slice]!.label, a.community, a.label, slices[b.slice]!.label, b.community, b.label, round6(weight), joinCell(shared)];
    }),
  );
}
