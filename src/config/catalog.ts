// What the validator knows about AWS: regions and the instance types we have sizes and prices for.
import prices from '../../data/aws-prices.json' with { type: 'json' };

export interface InstanceTypeInfo {
  vcpu: number;
  memoryMiB: number;
  hourly: number;
}

export const PRICE_TABLE = prices;

export const INSTANCE_TYPES: Readonly<Record<string, InstanceTypeInfo>> = prices.instances;

export const REGIONS: readonly string[] = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'ca-west-1',
  'sa-east-1',
  'mx-central-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-central-2',
  'eu-north-1',
  'eu-south-1',
  'eu-south-2',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-7',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-east-1',
  'me-south-1',
  'me-central-1',
  'il-central-1',
  'af-south-1',
];

export function instanceType(name: string): InstanceTypeInfo | undefined {
  return Object.hasOwn(INSTANCE_TYPES, name) ? INSTANCE_TYPES[name] : undefined;
}

/** Closest known names, for "did you mean" hints. */
export function closest(name: string, known: readonly string[], max = 3): string[] {
  return known
    .map((k) => ({ k, d: editDistance(name, k) }))
    .filter(({ d }) => d <= Math.max(2, Math.floor(name.length / 3)))
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, max)
    .map(({ k }) => k);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] ?? 0;
      row[j] = Math.min(cur + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length] ?? 0;
}
