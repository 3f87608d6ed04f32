// The real and hand-written exports of tests/fixtures/formats/ (its README says where each comes from).
import { readFileSync } from 'node:fs';

export function formatFixture(name: string): string {
  return readFileSync(`tests/fixtures/formats/${name}`, 'utf8');
}
