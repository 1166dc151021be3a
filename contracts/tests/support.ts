import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EventSchemaFile } from '../schema-files';

export const FIXTURES_DIR = path.resolve(__dirname, '..', 'fixtures');

export function fixturePath(file: EventSchemaFile): string {
  return path.join(FIXTURES_DIR, file.relativePath);
}

/** A fresh copy of the fixture for `file`, safe to mutate. */
export function loadFixture(file: EventSchemaFile): Record<string, unknown> {
  return JSON.parse(readFileSync(fixturePath(file), 'utf8')) as Record<string, unknown>;
}

/** A valid ULID whose last digits are `n`, for tests that need many distinct ids. */
export function testUlid(n: number): string {
  return `01JD${String(n).padStart(22, '0')}`;
}
