// What looks like a secret written in clear: by the name of its key, by its shape, or by being a
// long random-looking token. Cluster files are reviewed in pull requests and end up in user data.

// KEYS? at the end of a word catches ADMINKEY, PRIVKEY and ACCESS_KEYS; CREDS and PW are how
// ACA-Py (ACAPY_WALLET_STORAGE_CREDS) and Postgres images (POSTGRES_PW) name theirs.
const SECRET_KEY =
  /(PASSWORD|PASSWD|PASSPHRASE|(^|_)PASS($|_)|(^|_)PWD($|_)|(^|_)PW($|_)|SECRET|TOKEN|KEYS?($|_)|APIKEY|PRIVATE|CREDENTIAL|(^|_)CREDS($|_)|HEADERS|SEED|MNEMONIC|(^|_)JWT($|_)|(^|_)AUTH($|_)|AUTHORI[SZ]ATION|(^|_)DSN($|_)|BEARER|COOKIE|SESSION)/;
const SECRET_SHAPE =
  /(^Bearer\s|^Basic\s|^eyJ[A-Za-z0-9_-]{10,}\.|A(KIA|SIA)[0-9A-Z]{16}|-----BEGIN|gh[pousr]_[A-Za-z0-9]{20,}|xox[abpr]-)/i;
/** user:password@ in any URL (postgres://, redis://, amqp://), not only the http ones the schema checks. */
const URL_CREDENTIALS = /[a-z][a-z0-9+.-]*:\/\/[^\s/@:]*:[^\s/@]+@/i;
/** A password set inside the value: JSON ("password": "…"), key=value or key: value. */
const EMBEDDED_PASSWORD =
  /(pass(word|wd|phrase)?|pwd|secret|token|api[_-]?key|private[_-]?key|seed)["']?\s*[:=]\s*["']?[^\s"',;}]/i;

export function secretLikeKey(key: string): boolean {
  return SECRET_KEY.test(key.toUpperCase());
}

/** Bits per character of the value's own character distribution. */
function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/** Why a value looks like a secret, or undefined. */
export function secretLikeValue(value: string): string | undefined {
  if (SECRET_SHAPE.test(value)) return 'it has the shape of a token, key or private key';
  if (URL_CREDENTIALS.test(value)) return 'it is a URL with a user and password in it';
  if (EMBEDDED_PASSWORD.test(value)) return 'it sets a password, token or key inside the value';
  // Opaque tokens: one word of key-like characters, long and random-looking.
  for (const word of value.split(/[\s,;"']+/)) {
    if (/^(0x)?[0-9a-fA-F]{32,}$/.test(word)) return 'it looks like a hex key or seed';
    if (
      word.length >= 24 &&
      /^[A-Za-z0-9+/=_.~-]+$/.test(word) &&
      /[A-Za-z]/.test(word) &&
      /[0-9]/.test(word) &&
      entropy(word) >= 3.8
    )
      return 'it looks like a long random token';
    // Indy wallet and DID seeds are exactly 32 characters, often mostly zeros (…Steward1).
    if (/^[A-Za-z0-9]{32}$/.test(word) && /[A-Za-z]/.test(word) && /[0-9]/.test(word))
      return 'it looks like a 32-character wallet or DID seed';
  }
  return undefined;
}
