import { SHOP_EVENTS } from '../../support/pattern-cases/shop-events';
import { describeCaseGroups } from './support/engine-cases';

// The cases, and the user-guide sections they come from, are in tests/support/pattern-cases/shop-events.ts: the API
// conformance test (../pattern-conformance.test.ts) runs the same ones through TestEventPattern and a real rule.
describeCaseGroups(SHOP_EVENTS);
