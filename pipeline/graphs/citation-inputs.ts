// What the citation networks share: the citation model of the inputs, why there is none to
// draw, and the short label a citation map gives a paper ("Garfield 1955"), as HistCite and
// VOSviewer do: titles would cover the map.
import { splitName } from '../citations/reference-key';
import type { CitationModel, Corpus } from '../model';
import type { GraphInputs } from './types';

export function citationsOf(inputs: GraphInputs): CitationModel {
  if (!inputs.citations) throw new Error('graphs: this graph needs the citation model, which is not built yet');
  return inputs.citations;
}

/** Why no network of the references can be drawn; undefined when one can. */
export function withoutReferences(inputs: GraphInputs): string | undefined {
  return citationsOf(inputs).works.length === 0 ? 'no paper of the input lists its references' : undefined;
}

/** Why no network of citations inside the corpus can be drawn; undefined when one can. */
export function withoutCitations(inputs: GraphInputs): string | undefined {
  return withoutReferences(inputs) ?? (citationsOf(inputs).links.length === 0 ? 'no reference matched a paper of the corpus' : undefined);
}

/** "Family Year" for each paper: the first author's last name and the year, else the title. */
export function shortLabels(corpus: Corpus): (paper: string) => string {
  const names = new Map(corpus.authors.map((a) => [a.id, a.name]));
  const labels = new Map(
    corpus.papers.map((p) => {
      const first = p.authors[0] === undefined ? undefined : names.get(p.authors[0]);
      const family = first === undefined ? undefined : splitName(first).family;
      return [p.id, family && p.year !== undefined ? `${family} ${p.year}` : p.title];
    }),
  );
  return (paper) => labels.get(paper) ?? paper;
}
