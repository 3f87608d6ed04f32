// PubMed XML (efetch's PubmedArticleSet, the baseline and update files), read as it arrives: each
// <PubmedArticle> or <PubmedBookArticle> is cut out whole (pubmed-split.ts) and parsed alone
// (pubmed-article.ts), so a broken article costs itself only, and its reject names its lines.
import { emitArticle } from './pubmed-article';
import { PubmedSplitter, type XmlPiece } from './pubmed-split';
import { overLimit, type ReadLimits } from './record-limit';
import { Collector, type ParseResult, type TextReader } from './result';
import { children, parseElement, textOf } from './xml-nodes';

export class PubmedXmlReader implements TextReader {
  private readonly out: Collector;
  private readonly splitter: PubmedSplitter;

  constructor(file: string, limits: ReadLimits) {
    this.out = new Collector(file, 'pubmed-xml');
    this.splitter = new PubmedSplitter(limits, (piece) => this.read(piece, limits));
  }

  push(chunk: string): void {
    this.splitter.push(chunk);
  }

  end(): ParseResult {
    this.splitter.end();
    return this.out;
  }

  private read(piece: XmlPiece, limits: ReadLimits): void {
    const { out } = this;
    if (piece.kind === 'article' && piece.name === 'DeleteCitation') noteDeletions(out, piece.text, piece.line, piece.endLine);
    else if (piece.kind === 'article') emitArticle(out, piece.text, piece.line, piece.endLine);
    else if (piece.kind === 'unclosed') out.reject(piece.line, piece.endLine, 'article without its end tag before the next article or the end of the file: not read', piece.text);
    else if (piece.kind === 'over') out.reject(piece.line, piece.endLine, `<${piece.name}> of ${overLimit(piece.chars, limits)}: not read`, piece.head);
    else out.reject(piece.line, piece.endLine, 'not a PubmedArticle or PubmedBookArticle: not read', piece.head);
  }
}

/** PMIDs a DeleteCitation lists before "… and N more". */
const DELETIONS_SHOWN = 20;

/**
 * PubMed's update files end with the citations PubMed deleted since. Nothing here is a paper,
 * and the records of those PMIDs may come from other files, read as they are: a warning says so.
 */
function noteDeletions(out: Collector, text: string, line: number, endLine: number): void {
  const parsed = parseElement(text);
  if ('problem' in parsed) {
    out.reject(line, endLine, `invalid XML at line ${line + parsed.line - 1}: ${parsed.problem}; the list of deleted citations is not read`, text);
    return;
  }
  const pmids = children(parsed.element, 'PMID').flatMap((pmid) => textOf(pmid) ?? []);
  const shown = pmids.slice(0, DELETIONS_SHOWN).join(', ') + (pmids.length > DELETIONS_SHOWN ? `, … and ${pmids.length - DELETIONS_SHOWN} more` : '');
  out.warn(line, endLine, 'DeleteCitation', shown, `PubMed deleted these ${pmids.length} citations (an update file's list): records of them read from other files are kept`);
}
