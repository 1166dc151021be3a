import { EXISTS } from '../../support/pattern-cases/exists';
import { describeCaseGroups } from './support/engine-cases';

// The cases, and the user-guide sections they come from, are in tests/support/pattern-cases/exists.ts: the API
// conformance test (../pattern-conformance.test.ts) runs the same ones through TestEventPattern and a real rule.
describeCaseGroups(EXISTS);
