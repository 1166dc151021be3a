import { EXACT_VALUES } from '../../support/pattern-cases/exact-values';
import { describeCaseGroups } from './support/engine-cases';

// The cases, and the user-guide sections they come from, are in tests/support/pattern-cases/exact-values.ts: the API
// conformance test (../pattern-conformance.test.ts) runs the same ones through TestEventPattern and a real rule.
describeCaseGroups(EXACT_VALUES);
