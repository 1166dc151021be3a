import { detailWith, invalid, matching, valid, type CaseGroup } from './case-table';

// User guide, "IP address matching": IPv4 and IPv6 CIDR blocks against string event values.

const cidr = (block: string) => ({ detail: { sourceIPAddress: [{ cidr: block }] } });
const from = (address: unknown) => detailWith({ sourceIPAddress: address as never });

export const CIDR: readonly CaseGroup[] = [
  matching('IPv4 CIDR matching', [
    { name: 'matches the first address of a /24', pattern: cidr('10.0.0.0/24'), event: from('10.0.0.0'), matches: true },
    { name: 'matches the last address of a /24', pattern: cidr('10.0.0.0/24'), event: from('10.0.0.255'), matches: true },
    { name: 'does not match the next block', pattern: cidr('10.0.0.0/24'), event: from('10.0.1.0'), matches: false },
    { name: 'matches inside a /8', pattern: cidr('10.0.0.0/8'), event: from('10.200.3.4'), matches: true },
    { name: 'does not match outside a /8', pattern: cidr('10.0.0.0/8'), event: from('11.0.0.1'), matches: false },
    { name: 'matches only the address itself with /32', pattern: cidr('192.168.1.7/32'), event: from('192.168.1.7'), matches: true },
    { name: 'does not match a neighbour with /32', pattern: cidr('192.168.1.7/32'), event: from('192.168.1.8'), matches: false },
    { name: 'matches every IPv4 address with /0', pattern: cidr('0.0.0.0/0'), event: from('203.0.113.9'), matches: true },
    { name: 'splits a /25 at the right bit', pattern: cidr('10.0.0.128/25'), event: from('10.0.0.127'), matches: false },
    { name: 'ignores host bits set in the pattern address', pattern: cidr('10.0.0.77/24'), event: from('10.0.0.3'), matches: true },
    { name: 'does not match a string that is not an IP address', pattern: cidr('10.0.0.0/8'), event: from('10.0.0.x'), matches: false },
    { name: 'does not match an octet above 255', pattern: cidr('10.0.0.0/8'), event: from('10.0.0.256'), matches: false },
    { name: 'does not match an address with a port', pattern: cidr('10.0.0.0/8'), event: from('10.0.0.1:443'), matches: false },
    { name: 'does not match an address number', pattern: cidr('0.0.0.0/0'), event: from(167772161), matches: false },
    { name: 'does not match an IPv6 address against an IPv4 block', pattern: cidr('0.0.0.0/0'), event: from('::1'), matches: false },
    { name: 'does not match a missing field', pattern: cidr('0.0.0.0/0'), event: detailWith({}), matches: false },
    { name: 'matches any element of an event array', pattern: cidr('10.0.0.0/24'), event: from(['192.168.0.1', '10.0.0.9']), matches: true },
  ]),
  matching('IPv6 CIDR matching', [
    { name: 'matches inside a /32', pattern: cidr('2001:db8::/32'), event: from('2001:db8:1234::1'), matches: true },
    { name: 'does not match outside a /32', pattern: cidr('2001:db8::/32'), event: from('2001:db9::1'), matches: false },
    { name: 'matches the fully written form of a compressed address', pattern: cidr('2001:db8::/32'), event: from('2001:0db8:0000:0000:0000:0000:0000:0001'), matches: true },
    { name: 'matches upper-case hex digits', pattern: cidr('2001:db8::/32'), event: from('2001:DB8::ABCD'), matches: true },
    { name: 'matches the loopback with /128', pattern: cidr('::1/128'), event: from('0:0:0:0:0:0:0:1'), matches: true },
    { name: 'does not match another address with /128', pattern: cidr('::1/128'), event: from('::2'), matches: false },
    { name: 'matches every IPv6 address with ::/0', pattern: cidr('::/0'), event: from('fe80::1'), matches: true },
    { name: 'matches an address with an embedded IPv4 tail', pattern: cidr('::ffff:0:0/96'), event: from('::ffff:10.0.0.1'), matches: true },
    { name: 'matches inside a /64 written with a trailing ::', pattern: cidr('fe80:1:2:3::/64'), event: from('fe80:1:2:3:aaaa:bbbb:cccc:dddd'), matches: true },
    { name: 'does not match across a /64 boundary', pattern: cidr('fe80:1:2:3::/64'), event: from('fe80:1:2:4::1'), matches: false },
    { name: 'does not match an IPv4 address against an IPv6 block', pattern: cidr('::/0'), event: from('10.0.0.1'), matches: false },
    { name: 'does not match an address with two "::"', pattern: cidr('::/0'), event: from('1::2::3'), matches: false },
    { name: 'does not match an address with too many groups', pattern: cidr('::/0'), event: from('1:2:3:4:5:6:7:8:9'), matches: false },
    { name: 'does not match a group longer than four hex digits', pattern: cidr('::/0'), event: from('12345::1'), matches: false },
  ]),
  valid('valid CIDR blocks', [
    { name: 'accepts an IPv4 /0', pattern: cidr('0.0.0.0/0') },
    { name: 'accepts an IPv4 /32', pattern: cidr('255.255.255.255/32') },
    { name: 'accepts an IPv6 /128', pattern: cidr('2001:db8::1/128') },
    { name: 'accepts IPv6 :: /0', pattern: cidr('::/0') },
  ]),
  invalid('malformed CIDR blocks', [
    { name: 'rejects a bare IPv4 address without a prefix length', pattern: cidr('10.0.0.1'), reason: /malformed CIDR "10\.0\.0\.1".*at "detail\.sourceIPAddress"/ },
    { name: 'rejects an IPv4 prefix length above 32', pattern: cidr('10.0.0.0/33'), reason: /malformed CIDR "10\.0\.0\.0\/33"/ },
    { name: 'rejects an IPv6 prefix length above 128', pattern: cidr('2001:db8::/129'), reason: /malformed CIDR/ },
    { name: 'rejects a negative prefix length', pattern: cidr('10.0.0.0/-1'), reason: /malformed CIDR/ },
    { name: 'rejects an empty prefix length', pattern: cidr('10.0.0.0/'), reason: /malformed CIDR/ },
    { name: 'rejects a non-numeric prefix length', pattern: cidr('10.0.0.0/abc'), reason: /malformed CIDR/ },
    { name: 'rejects two slashes', pattern: cidr('10.0.0.0/8/8'), reason: /malformed CIDR/ },
    { name: 'rejects an octet above 255', pattern: cidr('10.0.0.256/24'), reason: /malformed CIDR/ },
    { name: 'rejects three octets', pattern: cidr('10.0.0/24'), reason: /malformed CIDR/ },
    { name: 'rejects a host name', pattern: cidr('example.com/24'), reason: /malformed CIDR/ },
    { name: 'rejects an IPv6 address with two "::"', pattern: cidr('1::2::3/64'), reason: /malformed CIDR/ },
    { name: 'rejects an IPv6 group with a non-hex digit', pattern: cidr('2001:dg8::/32'), reason: /malformed CIDR/ },
    { name: 'rejects the empty string', pattern: cidr(''), reason: /malformed CIDR ""/ },
    { name: 'rejects a non-string cidr', pattern: { a: [{ cidr: 10 }] }, reason: /"cidr" must be a string, got 10/ },
    { name: 'rejects a list of blocks in one expression', pattern: { a: [{ cidr: ['10.0.0.0/8'] }] }, reason: /"cidr" must be a string/ },
  ]),
];
