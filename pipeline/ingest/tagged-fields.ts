// One record of a tagged export as its fields, in file order, and the lookups its format reads
// them with. A field is a tag line and its continuation lines; how those lines join is the
// format's (a space where the exporter wrapped a long value). Doubtful values are said through
// `doubt`, which points at the field's own lines.
import type { DateText } from './tagged-dates';

export interface TaggedField {
  tag: string;
  /** 1-based, inclusive: the tag line and its last continuation line. */
  line: number;
  endLine: number;
  /** The tag line's value, then each continuation line, trimmed. */
  values: string[];
}

export type Doubt = (field: TaggedField, value: string, reason: string) => void;

export class TaggedFields {
  constructor(
    /** Every field, in file order. */
    readonly ordered: readonly TaggedField[],
    private readonly joiner: string,
    private readonly onDoubt: Doubt,
  ) {}

  /** A field's lines as one value. */
  value(field: TaggedField): string {
    return field.values.filter((v) => v !== '').join(this.joiner);
  }

  /** The fields of a tag that hold a value. */
  all(tag: string): TaggedField[] {
    return this.ordered.filter((f) => f.tag === tag && f.values.some((v) => v !== ''));
  }

  /** The first field of the first of these tags that holds a value: RIS writes a title as TI or T1. */
  first(...tags: string[]): TaggedField | undefined {
    for (const tag of tags) {
      const field = this.all(tag)[0];
      if (field) return field;
    }
    return undefined;
  }

  /** The value of first(...tags). */
  text(...tags: string[]): string | undefined {
    const field = this.first(...tags);
    return field && this.value(field);
  }

  /** Each field's value, for tags that repeat (RIS AU, MEDLINE MH). */
  values(tag: string): string[] {
    return this.all(tag).map((f) => this.value(f));
  }

  /** Every line of every field of the tag as an item of its own: WoS lists one author, address or reference a line. */
  lines(tag: string): string[] {
    return this.all(tag).flatMap((f) => f.values.filter((v) => v !== ''));
  }

  /** Items of a list written with separators ("a; b; c", also over several lines), each once, in order. */
  list(tag: string, separator: RegExp = /;/): string[] {
    const items = this.values(tag).flatMap((v) => v.split(separator).map((item) => item.trim()));
    return [...new Set(items.filter((item) => item !== ''))];
  }

  /** A whole number of the tag (WoS TC); anything else is doubtful and not kept. */
  count(tag: string): number | undefined {
    const field = this.first(tag);
    if (!field) return undefined;
    const text = this.value(field);
    if (/^\d{1,9}$/.test(text)) return Number(text);
    this.doubt(field, text, 'not a count');
    return undefined;
  }

  /** The first value of each tag that has one, as a text that may give the date (tagged-dates.ts chooses). */
  dateTexts(...tags: string[]): DateText[] {
    return tags.flatMap((tag) => {
      const field = this.first(tag);
      if (!field) return [];
      const raw = this.value(field);
      return [{ raw, doubt: (reason: string) => this.doubt(field, raw, reason) }];
    });
  }

  doubt(field: TaggedField, value: string, reason: string): void {
    this.onDoubt(field, value, reason);
  }
}
