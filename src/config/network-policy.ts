// Address policy for cluster files: canonical CIDRs, how much of the internet the operator ranges
// open together, and VPC ranges that must be private.

export interface Range {
  /** First address, as an unsigned 32-bit number. */
  start: number;
  /** Number of addresses. */
  size: number;
}

export function parseCidr(cidr: string): Range & { prefix: number; base: number } {
  const [ip = '', bits = '32'] = cidr.split('/');
  const base = ip.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
  const prefix = Number(bits);
  const size = 2 ** (32 - prefix);
  return { start: Math.floor(base / size) * size, size, prefix, base };
}

const toIp = (n: number) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');

/** The canonical form of a CIDR (host bits cleared), or undefined when it already is canonical. */
export function canonicalCidr(cidr: string): string | undefined {
  const r = parseCidr(cidr);
  return r.base === r.start ? undefined : `${toIp(r.start)}/${r.prefix}`;
}

/** How many addresses the ranges cover together (overlaps counted once). */
export function unionSize(cidrs: readonly string[]): number {
  const ranges = cidrs.map(parseCidr).sort((a, b) => a.start - b.start);
  let total = 0;
  let end = -1;
  for (const r of ranges) {
    const rEnd = r.start + r.size;
    if (r.start >= end) total += r.size;
    else if (rEnd > end) total += rEnd - end;
    end = Math.max(end, rEnd);
  }
  return total;
}

/** Operator ranges may open at most a /8 worth of addresses, in any combination. */
export const MAX_OPERATOR_ADDRESSES = 2 ** 24;

/** Private and shared address space a VPC may use (RFC 1918 and RFC 6598). */
const PRIVATE = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'].map(parseCidr);

export function isPrivate(cidr: string): boolean {
  const r = parseCidr(cidr);
  return PRIVATE.some((p) => r.start >= p.start && r.start + r.size <= p.start + p.size);
}
