import { ANYTHING_BUT } from '../../support/pattern-cases/anything-but';
import { describeCaseGroups } from './support/engine-cases';

// The cases, and the user-guide sections they come from, are in tests/support/pattern-cases/anything-but.ts: the API
// conformance test (../pattern-conformance.test.ts) runs the same ones through TestEventPattern and a real rule.
describeCaseGroups(ANYTHING_BUT);
