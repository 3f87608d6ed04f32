// The details panel's citation parts: a paper's citations inside the corpus (its local and
// global citation scores, what it cites there and what cites it, each opening in a citation
// graph), and a cited reference (its DOI, the papers citing it, the paper of the corpus it is).
import type { BundlePaper, BundleReference } from '../pipeline/bundle-model';
import { identifierLinks } from '../pipeline/id-links';
import { el, externalLink, formatNumber } from './dom';
import { CITATION_GRAPHS, field, type Linker, PAPER_GRAPHS, section } from './details-parts';

/** LCS beside GCS where the corpus cites itself; else the database's count alone, as before. */
export function citationCounts(paper: BundlePaper): HTMLElement[] {
  if (paper.localCitations === undefined) return paper.citedBy === undefined ? [] : [field('Cited by', formatNumber(paper.citedBy))];
  return [
    field('Local citations', `${formatNumber(paper.localCitations)} (LCS: papers of this corpus citing it)`),
    field('Global citations', paper.citedBy === undefined ? 'not given by the sources' : `${formatNumber(paper.citedBy)} (GCS: the database’s count)`),
  ];
}

/** What the paper cites in the corpus and what cites it there. */
export function citationSections(paper: BundlePaper, linker: Linker): HTMLElement[] {
  if (paper.localCitations === undefined) return [];
  const list = (id: string, title: string, ids: readonly string[] = [], total = ids.length) => {
    if (total === 0) return section(`${title} (0)`, el('p', { className: 'muted' }, 'None.'));
    const ul = linker.paperList(ids, total, CITATION_GRAPHS);
    ul.id = id;
    return section(`${title} (${formatNumber(total)})`, ul);
  };
  return [
    list('cites-list', 'Cites, in the corpus', paper.cites, paper.localReferences),
    list('cited-by-list', 'Cited by, in the corpus', paper.citingPapers, paper.localCitations),
  ];
}

/** A cited reference's facts: how often the corpus cites it, its DOI, the paper of the corpus it is. */
export function referenceFacts(reference: BundleReference, title: (paper: string) => string, linker: Linker): HTMLElement[] {
  const n = reference.citations;
  const facts = [field('Cited by', `${formatNumber(n)} paper${n === 1 ? '' : 's'} of the corpus`)];
  // Only a DOI of the right form becomes a link, and only to doi.org (id-links.ts).
  const [doi] = reference.doi === undefined ? [] : identifierLinks({ doi: reference.doi });
  if (doi) facts.push(field('DOI', externalLink(doi.href, doi.id)));
  if (reference.paperId !== undefined) {
    const paper = linker.linkTo(title(reference.paperId), reference.paperId, CITATION_GRAPHS, PAPER_GRAPHS);
    paper.classList.add('corpus-paper');
    facts.push(field('In the corpus', el('span', {}, 'a paper of the corpus: ', paper)));
  }
  return facts;
}

/** The papers citing it, opening in a paper graph. */
export function referencePapers(reference: BundleReference, linker: Linker): HTMLElement {
  const ul = linker.paperList(reference.paperIds, reference.citations, PAPER_GRAPHS);
  ul.id = 'citing-list';
  return section(`Cited by (${formatNumber(reference.citations)})`, ul);
}
