import { ANYTHING_BUT } from './anything-but';
import type { CaseGroup, InvalidCase, MatchCase, ValidCase } from './case-table';
import { CIDR } from './cidr';
import { EXACT_VALUES } from './exact-values';
import { EXISTS } from './exists';
import { NUMERIC } from './numeric';
import { OR } from './or';
import { PATTERN_STRUCTURE } from './pattern-structure';
import { SHOP_EVENTS } from './shop-events';
import { STRING_OPERATORS } from './string-operators';
import { WILDCARD } from './wildcard';

export type { CaseGroup, InvalidCase, MatchCase, ValidCase } from './case-table';

/** Every table, in the order the engine tests read them. */
export const ALL_CASE_GROUPS: readonly CaseGroup[] = [
  ...PATTERN_STRUCTURE,
  ...EXACT_VALUES,
  ...STRING_OPERATORS,
  ...ANYTHING_BUT,
  ...NUMERIC,
  ...EXISTS,
  ...CIDR,
  ...WILDCARD,
  ...OR,
  ...SHOP_EVENTS,
];

/** Every match/no-match case, named `heading › name` so that names are unique across tables. */
export const ALL_MATCH_CASES: readonly MatchCase[] = ALL_CASE_GROUPS.flatMap((group) =>
  group.kind === 'matching' ? underHeading(group.heading, group.cases) : [],
);

export const ALL_VALID_CASES: readonly ValidCase[] = ALL_CASE_GROUPS.flatMap((group) =>
  group.kind === 'valid' ? underHeading(group.heading, group.cases) : [],
);

export const ALL_INVALID_CASES: readonly InvalidCase[] = ALL_CASE_GROUPS.flatMap((group) =>
  group.kind === 'invalid' ? underHeading(group.heading, group.cases) : [],
);

function underHeading<C extends { readonly name: string }>(heading: string, cases: readonly C[]): C[] {
  return cases.map((one) => ({ ...one, name: `${heading} › ${one.name}` }));
}
