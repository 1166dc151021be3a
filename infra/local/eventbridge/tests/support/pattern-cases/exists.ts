import { detailWith, invalid, matching, type CaseGroup } from './case-table';

// User guide, "Exists matching": works on the presence or absence of a leaf field; an object is not a leaf, so a field
// holding an object does not "exist" for this purpose. A null value is a value: the field exists.

const exists = (flag: boolean) => ({ detail: { 'c-count': [{ exists: flag }] } });

const absentOrA = { detail: { v: [{ exists: false }, 'a'] } };
const noSku = { detail: { items: { sku: [{ exists: false }] } } };

export const EXISTS: readonly CaseGroup[] = [
  matching('exists: true', [
    { name: 'matches a field holding a string', pattern: exists(true), event: detailWith({ 'c-count': 'x' }), matches: true },
    { name: 'matches a field holding a number, zero included', pattern: exists(true), event: detailWith({ 'c-count': 0 }), matches: true },
    { name: 'matches a field holding false', pattern: exists(true), event: detailWith({ 'c-count': false }), matches: true },
    { name: 'matches a field holding the empty string', pattern: exists(true), event: detailWith({ 'c-count': '' }), matches: true },
    { name: 'matches a field holding null', pattern: exists(true), event: detailWith({ 'c-count': null }), matches: true },
    { name: 'does not match a missing field', pattern: exists(true), event: detailWith({ state: 'pending' }), matches: false },
    { name: 'does not match a field holding an object (not a leaf)', pattern: exists(true), event: detailWith({ 'c-count': { c1: 100 } }), matches: false },
    { name: 'does not match a field holding an empty object', pattern: exists(true), event: detailWith({ 'c-count': {} }), matches: false },
    { name: 'matches a field holding a non-empty array', pattern: exists(true), event: detailWith({ 'c-count': [1] }), matches: true },
    { name: 'matches an array holding only null', pattern: exists(true), event: detailWith({ 'c-count': [null] }), matches: true },
    { name: 'does not match an empty array', pattern: exists(true), event: detailWith({ 'c-count': [] }), matches: false },
    { name: 'does not match an array of empty arrays', pattern: exists(true), event: detailWith({ 'c-count': [[], []] }), matches: false },
    { name: 'does not match an array holding only objects', pattern: exists(true), event: detailWith({ 'c-count': [{ c1: 1 }] }), matches: false },
    { name: 'does not match when the parent object is missing', pattern: exists(true), event: { source: 'x' }, matches: false },
    { name: 'matches the documented detail.state example', pattern: { detail: { state: [{ exists: true }] } }, event: detailWith({ 'instance-id': 'i-abcd1111', state: 'pending' }), matches: true },
    { name: 'works on a top-level field', pattern: { 'detail-type': [{ exists: true }] }, event: { 'detail-type': 'X' }, matches: true },
  ]),
  matching('exists: false', [
    { name: 'matches a missing field', pattern: exists(false), event: detailWith({ state: ['initializing', 'running'] }), matches: true },
    { name: 'does not match a field holding a string', pattern: exists(false), event: detailWith({ 'c-count': 'x' }), matches: false },
    { name: 'does not match a field holding null', pattern: exists(false), event: detailWith({ 'c-count': null }), matches: false },
    { name: 'does not match a field holding the empty string', pattern: exists(false), event: detailWith({ 'c-count': '' }), matches: false },
    { name: 'matches a field holding an object, which is not a leaf (documented)', pattern: exists(false), event: detailWith({ 'c-count': { c1: 100 } }), matches: true },
    { name: 'matches a field holding an empty array', pattern: exists(false), event: detailWith({ 'c-count': [] }), matches: true },
    { name: 'does not match a field holding a non-empty array', pattern: exists(false), event: detailWith({ 'c-count': ['a'] }), matches: false },
    { name: 'matches when the parent object is missing', pattern: exists(false), event: { source: 'x' }, matches: true },
    { name: 'matches when the parent is a string', pattern: exists(false), event: { detail: 'flat' }, matches: true },
    { name: 'works on a top-level field', pattern: { 'detail-type': [{ exists: false }] }, event: { source: 'x' }, matches: true },
    { name: 'still requires the pattern\'s other fields', pattern: { source: ['a'], detail: { x: [{ exists: false }] } }, event: { source: 'b', detail: {} }, matches: false },
  ]),
  matching('exists with other values in the same list', [
    { name: 'matches when the field is absent', pattern: absentOrA, event: detailWith({}), matches: true },
    { name: 'matches when the field holds a listed value', pattern: absentOrA, event: detailWith({ v: 'a' }), matches: true },
    { name: 'does not match another value', pattern: absentOrA, event: detailWith({ v: 'b' }), matches: false },
    { name: 'with exists: true, matches any value whatever else is listed', pattern: { detail: { v: [{ exists: true }, 'a'] } }, event: detailWith({ v: 'b' }), matches: true },
  ]),
  matching('exists across arrays of objects', [
    { name: 'exists: false does not match when any element has the field', pattern: noSku, event: detailWith({ items: [{ sku: 'A' }, { name: 'n' }] }), matches: false },
    { name: 'exists: false matches when no element has the field', pattern: noSku, event: detailWith({ items: [{ name: 'n' }, { name: 'm' }] }), matches: true },
    { name: 'exists: false matches an empty array of objects', pattern: noSku, event: detailWith({ items: [] }), matches: true },
    {
      name: 'exists: false is checked in the element that matched the other conditions',
      pattern: { detail: { items: { qty: [1], gift: [{ exists: false }] } } },
      event: detailWith({ items: [{ qty: 1, gift: true }, { qty: 1 }] }),
      matches: true,
    },
    {
      name: 'exists: false fails when only the elements with the field match the other conditions',
      pattern: { detail: { items: { qty: [1], gift: [{ exists: false }] } } },
      event: detailWith({ items: [{ qty: 1, gift: true }, { qty: 2 }] }),
      matches: false,
    },
    { name: 'exists: true matches when some element has the field', pattern: { detail: { items: { sku: [{ exists: true }] } } }, event: detailWith({ items: [{ name: 'n' }, { sku: 'A' }] }), matches: true },
    {
      name: 'exists: true must hold in the same element as the other conditions',
      pattern: { detail: { items: { sku: [{ exists: true }], qty: [2] } } },
      event: detailWith({ items: [{ sku: 'A', qty: 1 }, { qty: 2 }] }),
      matches: false,
    },
  ]),
  invalid('invalid exists expressions', [
    { name: 'rejects the string "true"', pattern: { a: [{ exists: 'true' }] }, reason: /"exists" must be true or false, got "true".*at "a"/ },
    { name: 'rejects a number', pattern: { a: [{ exists: 1 }] }, reason: /"exists" must be true or false, got 1/ },
    { name: 'rejects null', pattern: { a: [{ exists: null }] }, reason: /"exists" must be true or false, got null/ },
    { name: 'rejects a list', pattern: { a: [{ exists: [true] }] }, reason: /"exists" must be true or false/ },
    { name: 'rejects a second key next to exists', pattern: { a: [{ exists: true, prefix: 'x' }] }, reason: /only one operator is allowed in a match expression, got exists, prefix/ },
    { name: 'rejects exists used as a field value instead of a match expression', pattern: { a: { exists: true } }, reason: /"exists" must be an object or an array.*at "a\.exists"/ },
  ]),
];
