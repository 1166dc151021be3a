import { detailWith, invalid, matching, valid, type CaseGroup } from './case-table';

// User guide, "Wildcard matching": `*` matches zero or more characters; `\*` and `\\` are the literal characters;
// other escapes and consecutive `*` are refused. JSON text needs its own escaping, so the pattern `a\*b` is written
// "a\\*b" in JSON and 'a\\*b' in TypeScript.

export const WILDCARD: readonly CaseGroup[] = [
  matching('wildcard matching', [
    { name: 'matches a suffix with a leading *', pattern: { detail: { f: [{ wildcard: '*.png' }] } }, event: detailWith({ f: 'dir/photo.png' }), matches: true },
    { name: 'does not match another suffix', pattern: { detail: { f: [{ wildcard: '*.png' }] } }, event: detailWith({ f: 'photo.jpg' }), matches: false },
    { name: 'matches a prefix with a trailing *', pattern: { detail: { f: [{ wildcard: 'dir/*' }] } }, event: detailWith({ f: 'dir/photo.png' }), matches: true },
    { name: 'matches text in the middle with *Title*', pattern: { detail: { f: [{ wildcard: '*Title*' }] } }, event: detailWith({ f: 'My Title here' }), matches: true },
    { name: 'lets * match zero characters', pattern: { detail: { f: [{ wildcard: '*Title*' }] } }, event: detailWith({ f: 'Title' }), matches: true },
    { name: 'matches several wildcards in order', pattern: { detail: { key: [{ wildcard: 'Stock*/*/XYZ/*.csv' }] } }, event: detailWith({ key: 'StockData/2024-01-02/XYZ/trades.csv' }), matches: true },
    { name: 'does not match the pieces out of order', pattern: { detail: { key: [{ wildcard: '*a*b*' }] } }, event: detailWith({ key: 'xbxa' }), matches: false },
    { name: 'does not let anchored pieces overlap', pattern: { detail: { key: [{ wildcard: 'ab*ba' }] } }, event: detailWith({ key: 'aba' }), matches: false },
    { name: 'matches anchored pieces that meet exactly', pattern: { detail: { key: [{ wildcard: 'ab*ba' }] } }, event: detailWith({ key: 'abba' }), matches: true },
    { name: 'finds a later occurrence when the first does not fit', pattern: { detail: { key: [{ wildcard: '*ab*c' }] } }, event: detailWith({ key: 'xabyabzc' }), matches: true },
    { name: 'matches any string with a lone *', pattern: { detail: { key: [{ wildcard: '*' }] } }, event: detailWith({ key: 'anything at all' }), matches: true },
    { name: 'matches the empty string with a lone *', pattern: { detail: { key: [{ wildcard: '*' }] } }, event: detailWith({ key: '' }), matches: true },
    { name: 'does not match a number even with a lone *', pattern: { detail: { key: [{ wildcard: '*' }] } }, event: detailWith({ key: 7 }), matches: false },
    { name: 'does not match null', pattern: { detail: { key: [{ wildcard: '*' }] } }, event: detailWith({ key: null }), matches: false },
    { name: 'does not match a missing field', pattern: { detail: { key: [{ wildcard: '*' }] } }, event: detailWith({}), matches: false },
    { name: 'without * matches the exact string only', pattern: { detail: { key: [{ wildcard: 'exact' }] } }, event: detailWith({ key: 'exact' }), matches: true },
    { name: 'without * does not match a longer string', pattern: { detail: { key: [{ wildcard: 'exact' }] } }, event: detailWith({ key: 'exactly' }), matches: false },
    { name: 'is case-sensitive', pattern: { detail: { key: [{ wildcard: '*.png' }] } }, event: detailWith({ key: 'a.PNG' }), matches: false },
    { name: 'treats \\* as a literal star', pattern: { detail: { key: [{ wildcard: 'a\\*b' }] } }, event: detailWith({ key: 'a*b' }), matches: true },
    { name: 'does not let \\* match other characters', pattern: { detail: { key: [{ wildcard: 'a\\*b' }] } }, event: detailWith({ key: 'axb' }), matches: false },
    { name: 'treats \\\\ as a literal backslash', pattern: { detail: { key: [{ wildcard: 'C:\\\\*' }] } }, event: detailWith({ key: 'C:\\Windows' }), matches: true },
    { name: 'combines an escaped star with a wildcard', pattern: { detail: { key: [{ wildcard: '\\**' }] } }, event: detailWith({ key: '*starred' }), matches: true },
    { name: 'requires the literal star that an escaped star stands for', pattern: { detail: { key: [{ wildcard: '\\**' }] } }, event: detailWith({ key: 'starred' }), matches: false },
    { name: 'treats other regular-expression characters literally', pattern: { detail: { key: [{ wildcard: 'a.b?(c)*' }] } }, event: detailWith({ key: 'a.b?(c)d' }), matches: true },
    { name: 'does not treat . as any character', pattern: { detail: { key: [{ wildcard: 'a.b*' }] } }, event: detailWith({ key: 'axb' }), matches: false },
    { name: 'matches any element of an event array', pattern: { resources: [{ wildcard: 'arn:aws:s3:::*/*.png' }] }, event: { resources: ['arn:aws:ec2:x', 'arn:aws:s3:::bucket/a.png'] }, matches: true },
    { name: 'written as JSON text, "a\\\\*b" is the escaped star', pattern: '{"k":[{"wildcard":"a\\\\*b"}]}', event: { k: 'a*b' }, matches: true },
  ]),
  valid('valid wildcard patterns', [
    { name: 'accepts * separated by other characters', pattern: { k: [{ wildcard: '*a*b*' }] } },
    { name: 'accepts an escaped star next to a wildcard', pattern: { k: [{ wildcard: '*\\*' }] } },
    { name: 'accepts an escaped backslash at the end', pattern: { k: [{ wildcard: 'dir\\\\' }] } },
    { name: 'accepts an empty wildcard', pattern: { k: [{ wildcard: '' }] } },
  ]),
  invalid('invalid wildcard patterns', [
    { name: 'rejects consecutive wildcard characters', pattern: { k: [{ wildcard: 'a**b' }] }, reason: /consecutive wildcard characters at position 1 of "a\*\*b".*at "k"/ },
    { name: 'rejects a pattern that is only **', pattern: { k: [{ wildcard: '**' }] }, reason: /consecutive wildcard characters/ },
    { name: 'rejects ** at the end', pattern: { k: [{ wildcard: 'abc**' }] }, reason: /consecutive wildcard characters at position 3/ },
    { name: 'rejects escaping an ordinary character', pattern: { k: [{ wildcard: 'a\\b' }] }, reason: /invalid escape character at position 1/ },
    { name: 'rejects a trailing lone backslash', pattern: { k: [{ wildcard: 'abc\\' }] }, reason: /invalid escape character at position 3/ },
    { name: 'rejects a non-string wildcard', pattern: { k: [{ wildcard: 5 }] }, reason: /"wildcard" must be a string/ },
    { name: 'rejects a list of wildcards in one expression', pattern: { k: [{ wildcard: ['*a', '*b'] }] }, reason: /"wildcard" must be a string/ },
  ]),
];
