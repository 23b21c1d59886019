// What looks like a secret written in clear: by the name of its key, by its shape, or by being a
// long random-looking token. Cluster files are reviewed in pull requests and end up in user data.

const SECRET_KEY =
  /(PASSWORD|PASSWD|PASSPHRASE|(^|_)PASS($|_)|(^|_)PWD($|_)|SECRET|TOKEN|(^|_)KEY($|_)|APIKEY|PRIVATE|CREDENTIAL|HEADERS|SEED|MNEMONIC|(^|_)JWT($|_)|(^|_)AUTH($|_)|BEARER|COOKIE|SESSION)/;
const SECRET_SHAPE =
  /(^Bearer\s|^Basic\s|^eyJ[A-Za-z0-9_-]{10,}\.|A(KIA|SIA)[0-9A-Z]{16}|-----BEGIN|gh[pousr]_[A-Za-z0-9]{20,}|xox[abpr]-)/i;

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
  }
  return undefined;
}
