// Which ACA-Py a cluster runs, known at plan time: stated in the cluster file, or read from the
// Dockerfile of the pinned Akrida commit (its FROM line names the acapy-agent image). The releases
// the toolkit's admin-API calls were checked against are listed here; data/acapy/ keeps their
// OpenAPI documents and test/acapy/ holds every call against them.

/** The ACA-Py releases whose API document every admin-API call of the toolkit is checked against. */
export const CHECKED_ACAPY = [
  { line: '1.3', release: '1.3.0' },
  { line: '1.4', release: '1.4.0' },
] as const;
export type AcapyLine = (typeof CHECKED_ACAPY)[number]['line'];
export type AcapyRelease = (typeof CHECKED_ACAPY)[number]['release'];

/**
 * Akrida commits the toolkit knows, with the FROM line of their ACA-Py Dockerfile
 * (`instance-configs/acapy-agent/docker/Dockerfile`). data/akrida/<commit>/ keeps the files, and a
 * test holds this table to them.
 */
export const AKRIDA_PINS: Readonly<
  Record<string, { acapyImage: string; brokenCompose: Readonly<Record<string, string>> }>
> = {
  '404c7a16fd7cedc85fa24c14851affc22878749c': {
    acapyImage: 'ghcr.io/openwallet-foundation/acapy-agent:py3.12-1.3.0',
    // Compose files of this commit that cannot run, and why.
    brokenCompose: {
      'worker.docker-compose.yml':
        "it builds target 'release', which Akrida's Dockerfile lacks, and runs LOCUST_FILES outside locust-files/",
    },
  },
};

/** Where Akrida's ACA-Py Dockerfile is, relative to the ACA-Py compose project. */
export const ACAPY_DOCKERFILE = 'docker/Dockerfile';

const RELEASE = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** The release in an acapy-agent image tag (`...acapy-agent:py3.12-1.3.0`), if it names one. */
export function releaseOfImage(image: string): string | undefined {
  const m = /acapy-agent:py\d+(?:\.\d+)*-(\d{1,3}\.\d{1,3}\.\d{1,3})(?:$|@)/.exec(image);
  return m?.[1];
}

/** The image the first FROM line of a Dockerfile builds on. */
export function baseImageOfDockerfile(text: string): string | undefined {
  return /^FROM[ \t]+(?:--\S+[ \t]+)*(\S+)/im.exec(text)?.[1];
}

/** The pinned commit a ref names: the full id, or an abbreviation of at least 7 hex digits. */
export function pinnedCommit(ref: string): string | undefined {
  if (!/^[0-9a-f]{7,40}$/.test(ref)) return undefined;
  return Object.keys(AKRIDA_PINS).find((c) => c.startsWith(ref));
}

/** The release the Dockerfile of the pinned commit a ref names builds, if the toolkit knows it. */
export function pinnedRelease(ref: string): string | undefined {
  const pin = pinnedCommit(ref);
  const image = pin === undefined ? undefined : AKRIDA_PINS[pin]?.acapyImage;
  return image === undefined ? undefined : releaseOfImage(image);
}

export interface AcapyVersion {
  /** e.g. 1.3.0; undefined when neither the file nor a known pin says. */
  release: string | undefined;
  /** Where the release came from, as the plan says it. */
  source: string;
  /** The checked line it belongs to, when it belongs to one. */
  line: AcapyLine | undefined;
}

export function lineOf(release: string): AcapyLine | undefined {
  const m = RELEASE.exec(release);
  if (!m) return undefined;
  return CHECKED_ACAPY.find((c) => c.line === `${m[1]}.${m[2]}`)?.line;
}

/** The release the cluster's ACA-Py runs, and where that is known from. */
export function acapyVersion(c: {
  acapy: { version?: string | undefined };
  source: { ref: string };
}): AcapyVersion {
  const pinned = pinnedRelease(c.source.ref);
  if (c.acapy.version !== undefined)
    return { release: c.acapy.version, source: 'acapy.version', line: lineOf(c.acapy.version) };
  if (pinned !== undefined)
    return {
      release: pinned,
      source: `${ACAPY_DOCKERFILE} at Akrida ${c.source.ref}`,
      line: lineOf(pinned),
    };
  return {
    release: undefined,
    source: `unknown: Akrida ${c.source.ref} is not a commit the toolkit knows`,
    line: undefined,
  };
}

/** "1.3.x (1.3.0), 1.4.x (1.4.0)": what a warning names as checked. */
export function checkedLines(): string {
  return CHECKED_ACAPY.map((c) => `${c.line}.x (checked against ${c.release})`).join(', ');
}
