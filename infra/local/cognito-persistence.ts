import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CognitoSnapshot } from './cognito/cognito-state';
import type { LocalCognito } from './cognito/local-cognito';

/**
 * Keeps local users across restarts: restores the last snapshot at start and writes a new one, atomically, after
 * every change (a few KB; sign-ups are rare locally, so no debouncing that could lose the last one on Ctrl-C).
 * Snapshots hold password hashes only.
 */
export async function persistCognito(
  file: string,
  create: (onChange: () => void) => Promise<LocalCognito>,
): Promise<LocalCognito> {
  mkdirSync(path.dirname(file), { recursive: true });
  const save = (): void => {
    const temporary = `${file}.tmp`;
    writeFileSync(temporary, JSON.stringify(cognito.snapshot()), { mode: 0o600 });
    renameSync(temporary, file);
  };
  // `save` runs only on changes, which happen after `cognito` is assigned.
  const cognito = await create(save);
  if (existsSync(file)) cognito.restore(JSON.parse(readFileSync(file, 'utf8')) as CognitoSnapshot);
  return cognito;
}
