// PubMed XML (efetch's PubmedArticleSet), read as it arrives: each <PubmedArticle> or
// <PubmedBookArticle> is cut out whole (pubmed-split.ts) and parsed alone (pubmed-article.ts),
// so a broken article costs itself only, and its reject names its lines.
import { emitArticle } from './pubmed-article';
import { PubmedSplitter, type XmlPiece } from './pubmed-split';
import { overLimit, type ReadLimits } from './record-limit';
import { Collector, type ParseResult, type TextReader } from './result';

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
    if (piece.kind === 'article') emitArticle(out, piece.text, piece.line, piece.endLine);
    else if (piece.kind === 'unclosed') out.reject(piece.line, piece.endLine, 'article without its end tag before the next article or the end of the file: not read', piece.text);
    else if (piece.kind === 'over') out.reject(piece.line, piece.endLine, `<${piece.name}> of ${overLimit(piece.chars, limits)}: not read`, piece.head);
    else out.reject(piece.line, piece.endLine, 'not a PubmedArticle or PubmedBookArticle: not read', piece.head);
  }
}
