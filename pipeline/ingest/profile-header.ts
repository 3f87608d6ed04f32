// The header of an author profile page: the owner's name, then figures ("h-index30",
// "23papers", …), the main category and the "23 Papers" heading. Read line by line; lines are
// held only until the first figure says whether this is a profile header at all, which the
// detector guarantees happens within the head of the file.
import type { ProfileStats } from '../model';
import { isCategoryCode, parseProfileStat } from './page-lines';
import type { Collector } from './result';
import { TextHead } from './text';
import type { TextLine } from './title-pairs';

export interface HeaderEnd {
  /** The owner's name, when the header makes a profile. */
  owner?: string;
  /** Lines to read as loose paper lines: all of them when the header has no figures. */
  loose: TextLine[];
}

export class ProfileHeader {
  private first?: TextLine;
  private firstIsName = false;
  private last?: TextLine;
  private figures = 0;
  private readonly stats: ProfileStats = {};
  /** Every line, while there is no figure yet (then they may be loose paper lines instead). */
  private held: TextLine[] = [];
  /** Lines that fit no header field, while there is no figure yet to say they are rejects. */
  private unknown: TextLine[] = [];
  private readonly joined = new TextHead();

  constructor(private readonly out: Collector) {}

  push(line: TextLine): void {
    this.last = line;
    this.joined.add(line.text, '\n');
    if (this.figures === 0) this.held.push(line);
    if (!this.first) {
      this.first = line;
      this.firstIsName = !parseProfileStat(line.text) && !isCategoryCode(line.text);
      if (this.firstIsName) return;
    }
    const stat = parseProfileStat(line.text);
    if (stat) {
      // The "23 Papers" heading repeats the "23papers" figure; the first one stands.
      this.stats[stat.key] ??= stat.value;
      if (this.figures++ === 0) this.decided();
    } else if (isCategoryCode(line.text) && this.stats.category === undefined) this.stats.category = line.text;
    else if (this.figures === 0) this.unknown.push(line);
    else this.rejectUnknown(line);
  }

  end(): HeaderEnd {
    const { first, last } = this;
    if (!first || !last) return { loose: [] };
    // No figures: papers whose category/date line was lost, or stray text.
    if (this.figures === 0) return { loose: this.held };
    if (!this.firstIsName) {
      this.out.reject(first.index + 1, last.index + 1, "profile header without the owner's name on its first line", this.joined.text);
      return { loose: [] };
    }
    this.out.profiles.push({ name: first.text, stats: this.stats, source: this.out.source(first.index + 1, last.index + 1) });
    return { owner: first.text, loose: [] };
  }

  /** The first figure: this is a profile header, so lines that fit no field are rejects. */
  private decided(): void {
    this.held = [];
    for (const line of this.unknown) this.rejectUnknown(line);
    this.unknown = [];
  }

  /** Without the owner's name the whole header is one reject instead (see end()). */
  private rejectUnknown(line: TextLine): void {
    if (this.firstIsName) this.out.reject(line.index + 1, line.index + 1, 'unrecognised line in the profile header', line.text);
  }
}
