// Seeded random numbers for the analysis stage. Every random choice (Louvain's visiting order,
// betweenness pivots) draws from a generator named by a string, so a run is reproducible from
// its seed alone and two uses of the same seed never share one stream.
import seedrandom from 'seedrandom';

export type Rng = () => number;

/** A generator in [0, 1) seeded from `parts` joined with ':' (e.g. `seededRng(42, 3)` ≡ "42:3"). */
export function seededRng(...parts: Array<string | number>): Rng {
  return seedrandom(parts.join(':'));
}
