// The database export fixtures (tests/fixtures/formats/README.md says where each comes from).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from '../../pipeline/ingest/index';

export const FORMATS_DIR = join(process.cwd(), 'tests', 'fixtures', 'formats');

export function fixture(name: string): string {
  return readFileSync(join(FORMATS_DIR, name), 'utf8');
}

/** A fixture parsed as ingest parses a file's text. */
export function parseFixture(name: string) {
  return parseText(fixture(name), name);
}
