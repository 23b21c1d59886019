// The ACA-Py release is known at plan time, from the cluster file or the pinned Akrida commit's
// Dockerfile, and shown in the plan; a release the toolkit was not checked against is a warning.
import { describeAcapy } from '../../src/acapy/describe.js';
import {
  acapyVersion,
  baseImageOfDockerfile,
  pinnedCommit,
  releaseOfImage,
} from '../../src/acapy/versions.js';
import { parseClusterText } from '../../src/config/load.js';
import { formatPath } from '../../src/config/problems.js';
import { exampleWith } from '../fixtures/cluster-files.js';

/** The warnings of a file that loads (parseClusterText throws on an error). */
/** A commit the toolkit keeps no files of (a fork's, say). */
const OTHER = '0123456789abcdef0123456789abcdef01234567';

const warnings = (text: string) =>
  parseClusterText(text, 'clusters/w.yml').warnings.map(
    (p) => `${formatPath(p.path)}: ${p.message} [${p.hint}]`,
  );

describe('the ACA-Py release', () => {
  test('comes from the Dockerfile of the pinned commit, by full or abbreviated id', () => {
    expect(pinnedCommit('404c7a16fd7cedc85fa24c14851affc22878749c')).toBe(
      '404c7a16fd7cedc85fa24c14851affc22878749c',
    );
    expect(pinnedCommit('404c7a1')).toBe('404c7a16fd7cedc85fa24c14851affc22878749c');
    expect(pinnedCommit('404c7a')).toBeUndefined();
    expect(pinnedCommit('main')).toBeUndefined();
    const v = acapyVersion({ acapy: {}, source: { ref: '404c7a16fd7cedc85fa24c14851affc22878749c' } });
    expect(v).toEqual({
      release: '1.3.0',
      source: 'docker/Dockerfile at Akrida 404c7a16fd7cedc85fa24c14851affc22878749c',
      line: '1.3',
    });
  });

  test('reads FROM lines as Docker does, and only acapy-agent tags name a release', () => {
    expect(
      baseImageOfDockerfile('# c\nFROM --platform=linux/amd64 ghcr.io/x/acapy-agent:py3.12-1.4.0 AS a\n'),
    ).toBe('ghcr.io/x/acapy-agent:py3.12-1.4.0');
    expect(releaseOfImage('ghcr.io/openwallet-foundation/acapy-agent:py3.12-1.3.0')).toBe('1.3.0');
    expect(releaseOfImage('ghcr.io/openwallet-foundation/acapy-agent:py3.12-1.3.0rc1')).toBeUndefined();
    expect(releaseOfImage('python:3.12')).toBeUndefined();
  });

  test('is shown in the plan with where it came from and what the wallet decides', () => {
    expect(
      describeAcapy({
        acapy: { walletType: 'askar' },
        source: { ref: '404c7a16fd7cedc85fa24c14851affc22878749c' },
        locust: {},
      }),
    ).toBe(
      "ACA-Py 1.3.0 (from docker/Dockerfile at Akrida 404c7a16fd7cedc85fa24c14851affc22878749c); the toolkit's admin-API calls are checked against ACA-Py 1.3.0 and 1.4.0. Wallet askar: schema and credential definition through /schemas and /credential-definitions, Locust IS_ANONCREDS=False.",
    );
    expect(
      describeAcapy({
        acapy: { version: '1.4.0', walletType: 'kanon-anoncreds' },
        source: { ref: 'main' },
        locust: {},
      }),
    ).toBe(
      "ACA-Py 1.4.0 (from acapy.version); the toolkit's admin-API calls are checked against ACA-Py 1.3.0 and 1.4.0. Wallet kanon-anoncreds: schema and credential definition through /anoncreds/schema and /anoncreds/credential-definition, Locust IS_ANONCREDS=True.",
    );
  });

  test('a branch ref with no acapy.version warns that the release is not known, naming the checked ones', () => {
    const text = exampleWith([['source', 'ref'], OTHER]);
    expect(warnings(text)).toContain(
      `source.ref: the ACA-Py release of Akrida ${OTHER} is not known at plan time [state acapy.version (the release in the FROM line of docker/Dockerfile); the toolkit is checked against 1.3.x (checked against 1.3.0), 1.4.x (checked against 1.4.0)]`,
    );
  });

  test('a release outside the checked lines warns, naming them; a checked one does not', () => {
    const unchecked = exampleWith([['source', 'ref'], OTHER], [['acapy', 'version'], '1.6.0']);
    expect(warnings(unchecked)).toContain(
      "acapy.version: ACA-Py 1.6.0 (from acapy.version) is a release the toolkit's admin-API calls were not checked against [the toolkit is checked against 1.3.x (checked against 1.3.0), 1.4.x (checked against 1.4.0)]",
    );
    const checked = exampleWith([['source', 'ref'], OTHER], [['acapy', 'version'], '1.4.2']);
    expect(warnings(checked).filter((w) => w.includes('ACA-Py'))).toEqual([]);
  });
});
