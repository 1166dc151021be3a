import { preview, type Json } from '../../assembly/json';
import { invalidAt, type PatternPath } from './errors';
import type { ValuePredicate } from './value-predicate';

/** An IP address as an unsigned integer of its family's width (32 or 128 bits). */
export interface IpAddress {
  readonly family: 4 | 6;
  readonly value: bigint;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

export function parseIp(text: string): IpAddress | undefined {
  const v4 = parseIpv4(text);
  if (v4 !== undefined) return { family: 4, value: v4 };
  const v6 = parseIpv6(text);
  return v6 === undefined ? undefined : { family: 6, value: v6 };
}

function parseIpv4(text: string): bigint | undefined {
  const octets = IPV4.exec(text)?.slice(1).map(Number);
  if (octets === undefined || octets.some((octet) => octet > 255)) return undefined;
  return octets.reduce((value, octet) => (value << 8n) | BigInt(octet), 0n);
}

/** RFC 4291 text forms: eight groups, one `::` run of zero groups, and an optional dotted IPv4 tail. */
function parseIpv6(text: string): bigint | undefined {
  if (!text.includes(':')) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = groupsOf(halves[0] ?? '');
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '') : [];
  if (head === undefined || tail === undefined) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const groups = [...head, ...Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  return groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}

function groupsOf(part: string): number[] | undefined {
  if (part === '') return [];
  const pieces = part.split(':');
  const groups: number[] = [];
  for (const [index, piece] of pieces.entries()) {
    if (index === pieces.length - 1 && piece.includes('.')) {
      const v4 = parseIpv4(piece);
      if (v4 === undefined) return undefined;
      groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
    } else if (HEX_GROUP.test(piece)) {
      groups.push(parseInt(piece, 16));
    } else {
      return undefined;
    }
  }
  return groups;
}

/**
 * `{"cidr": "10.0.0.0/24"}` or an IPv6 block: matches event strings holding an address of the same family inside the
 * block. Host bits set in the pattern's address are ignored (the block is what the prefix length says).
 */
export function compileCidr(operand: Json, path: PatternPath): ValuePredicate {
  if (typeof operand !== 'string') invalidAt(path, `"cidr" must be a string, got ${preview(operand)}`);
  const [addressText = '', prefixText, ...rest] = operand.split('/');
  const address = parseIp(addressText);
  const width = address?.family === 4 ? 32 : 128;
  const prefixLength = prefixText !== undefined && /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : -1;
  if (address === undefined || rest.length > 0 || prefixLength < 0 || prefixLength > width) {
    invalidAt(path, `malformed CIDR ${preview(operand)}: expected an IPv4 or IPv6 address, "/" and a prefix length`);
  }
  const shift = BigInt(width - prefixLength);
  const network = address.value >> shift;
  return (value) => {
    if (typeof value !== 'string') return false;
    const ip = parseIp(value);
    return ip !== undefined && ip.family === address.family && ip.value >> shift === network;
  };
}
