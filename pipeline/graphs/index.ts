// The graph registry: every graph kind the pipeline builds, in the order the reports and the
// view list them. Each entry says what it needs, how it is built, which weights drive its
// communities and its centrality, how it lists a node's papers, and its edge report
// (graphs/types.ts); graph-path.ts takes every entry the same way through analysis, layout and
// export. A new graph is one file and one line here.
import { cocitationGraph } from './cocitation';
import { coauthorGraph } from './coauthor';
import { couplingGraph } from './coupling';
import { directCitationGraph } from './direct-citation';
import { historiographGraph } from './historiograph';
import { mainPathGraph } from './main-path';
import { paperGraph } from './paper-topics';
import { termGraph } from './term-cooccurrence';
import type { GraphEntry } from './types';

// Entries differ in their edge attributes; the path through the stages is generic in them.
export const GRAPHS: readonly GraphEntry<any>[] = [
  coauthorGraph,
  paperGraph,
  termGraph,
  directCitationGraph,
  couplingGraph,
  cocitationGraph,
  historiographGraph,
  mainPathGraph,
];
