import { createRequire as __akridaCreateRequire } from 'node:module';
const require = __akridaCreateRequire(import.meta.url);
globalThis.__zod_globalConfig ??= { jitless: true };
var Xp = Object.defineProperty;
var Qp = (e, t) => {
  for (var r in t) Xp(e, r, { get: t[r], enumerable: !0 });
};
import { openSync as Eg, readSync as Ig, fstatSync as Og, closeSync as Pg } from 'node:fs';
var Nr = Symbol.for('yaml.alias'),
  Cr = Symbol.for('yaml.document'),
  _e = Symbol.for('yaml.map'),
  yo = Symbol.for('yaml.pair'),
  le = Symbol.for('yaml.scalar'),
  Ue = Symbol.for('yaml.seq'),
  ne = Symbol.for('yaml.node.type'),
  fe = (e) => !!e && typeof e == 'object' && e[ne] === Nr,
  Te = (e) => !!e && typeof e == 'object' && e[ne] === Cr,
  pe = (e) => !!e && typeof e == 'object' && e[ne] === _e,
  I = (e) => !!e && typeof e == 'object' && e[ne] === yo,
  A = (e) => !!e && typeof e == 'object' && e[ne] === le,
  xe = (e) => !!e && typeof e == 'object' && e[ne] === Ue;
function C(e) {
  if (e && typeof e == 'object')
    switch (e[ne]) {
      case _e:
      case Ue:
        return !0;
    }
  return !1;
}
function N(e) {
  if (e && typeof e == 'object')
    switch (e[ne]) {
      case Nr:
      case _e:
      case le:
      case Ue:
        return !0;
    }
  return !1;
}
var Lr = (e) => (A(e) || C(e)) && !!e.anchor;
var ce = Symbol('break visit'),
  yi = Symbol('skip children'),
  Ne = Symbol('remove node');
function oe(e, t) {
  const r = bi(t);
  Te(e)
    ? $t(null, e.contents, r, Object.freeze([e])) === Ne && (e.contents = null)
    : $t(null, e, r, Object.freeze([]));
}
oe.BREAK = ce;
oe.SKIP = yi;
oe.REMOVE = Ne;
function $t(e, t, r, n) {
  const o = wi(e, t, r, n);
  if (N(o) || I(o)) return (_i(e, n, o), $t(e, o, r, n));
  if (typeof o != 'symbol') {
    if (C(t)) {
      n = Object.freeze(n.concat(t));
      for (let s = 0; s < t.items.length; ++s) {
        const i = $t(s, t.items[s], r, n);
        if (typeof i == 'number') s = i - 1;
        else {
          if (i === ce) return ce;
          i === Ne && (t.items.splice(s, 1), (s -= 1));
        }
      }
    } else if (I(t)) {
      n = Object.freeze(n.concat(t));
      const s = $t('key', t.key, r, n);
      if (s === ce) return ce;
      s === Ne && (t.key = null);
      const i = $t('value', t.value, r, n);
      if (i === ce) return ce;
      i === Ne && (t.value = null);
    }
  }
  return o;
}
async function Zr(e, t) {
  const r = bi(t);
  Te(e)
    ? (await zt(null, e.contents, r, Object.freeze([e]))) === Ne && (e.contents = null)
    : await zt(null, e, r, Object.freeze([]));
}
Zr.BREAK = ce;
Zr.SKIP = yi;
Zr.REMOVE = Ne;
async function zt(e, t, r, n) {
  const o = await wi(e, t, r, n);
  if (N(o) || I(o)) return (_i(e, n, o), zt(e, o, r, n));
  if (typeof o != 'symbol') {
    if (C(t)) {
      n = Object.freeze(n.concat(t));
      for (let s = 0; s < t.items.length; ++s) {
        const i = await zt(s, t.items[s], r, n);
        if (typeof i == 'number') s = i - 1;
        else {
          if (i === ce) return ce;
          i === Ne && (t.items.splice(s, 1), (s -= 1));
        }
      }
    } else if (I(t)) {
      n = Object.freeze(n.concat(t));
      const s = await zt('key', t.key, r, n);
      if (s === ce) return ce;
      s === Ne && (t.key = null);
      const i = await zt('value', t.value, r, n);
      if (i === ce) return ce;
      i === Ne && (t.value = null);
    }
  }
  return o;
}
function bi(e) {
  return typeof e == 'object' && (e.Collection || e.Node || e.Value)
    ? Object.assign(
        { Alias: e.Node, Map: e.Node, Scalar: e.Node, Seq: e.Node },
        e.Value && { Map: e.Value, Scalar: e.Value, Seq: e.Value },
        e.Collection && { Map: e.Collection, Seq: e.Collection },
        e,
      )
    : e;
}
function wi(e, t, r, n) {
  if (typeof r == 'function') return r(e, t, n);
  if (pe(t)) return r.Map?.(e, t, n);
  if (xe(t)) return r.Seq?.(e, t, n);
  if (I(t)) return r.Pair?.(e, t, n);
  if (A(t)) return r.Scalar?.(e, t, n);
  if (fe(t)) return r.Alias?.(e, t, n);
}
function _i(e, t, r) {
  const n = t[t.length - 1];
  if (C(n)) n.items[e] = r;
  else if (I(n)) e === 'key' ? (n.key = r) : (n.value = r);
  else if (Te(n)) n.contents = r;
  else {
    const o = fe(n) ? 'alias' : 'scalar';
    throw new Error(`Cannot replace node with ${o} parent`);
  }
}
var ed = { '!': '%21', ',': '%2C', '[': '%5B', ']': '%5D', '{': '%7B', '}': '%7D' },
  td = (e) => e.replace(/[!,[\]{}]/g, (t) => ed[t]),
  Ce = class e {
    constructor(t, r) {
      (this.docStart = null),
        (this.docEnd = !1),
        (this.yaml = Object.assign({}, e.defaultYaml, t)),
        (this.tags = Object.assign({}, e.defaultTags, r));
    }
    clone() {
      const t = new e(this.yaml, this.tags);
      return ((t.docStart = this.docStart), t);
    }
    atDocument() {
      const t = new e(this.yaml, this.tags);
      switch (this.yaml.version) {
        case '1.1':
          this.atNextDocument = !0;
          break;
        case '1.2':
          (this.atNextDocument = !1),
            (this.yaml = { explicit: e.defaultYaml.explicit, version: '1.2' }),
            (this.tags = Object.assign({}, e.defaultTags));
          break;
      }
      return t;
    }
    add(t, r) {
      this.atNextDocument &&
        ((this.yaml = { explicit: e.defaultYaml.explicit, version: '1.1' }),
        (this.tags = Object.assign({}, e.defaultTags)),
        (this.atNextDocument = !1));
      const n = t.trim().split(/[ \t]+/),
        o = n.shift();
      switch (o) {
        case '%TAG': {
          if (n.length !== 2 && (r(0, '%TAG directive should contain exactly two parts'), n.length < 2))
            return !1;
          const [s, i] = n;
          return ((this.tags[s] = i), !0);
        }
        case '%YAML': {
          if (((this.yaml.explicit = !0), n.length !== 1))
            return (r(0, '%YAML directive should contain exactly one part'), !1);
          const [s] = n;
          if (s === '1.1' || s === '1.2') return ((this.yaml.version = s), !0);
          {
            const i = /^\d+\.\d+$/.test(s);
            return (r(6, `Unsupported YAML version ${s}`, i), !1);
          }
        }
        default:
          return (r(0, `Unknown directive ${o}`, !0), !1);
      }
    }
    tagName(t, r) {
      if (t === '!') return '!';
      if (t[0] !== '!') return (r(`Not a valid tag: ${t}`), null);
      if (t[1] === '<') {
        const i = t.slice(2, -1);
        return i === '!' || i === '!!'
          ? (r(`Verbatim tags aren't resolved, so ${t} is invalid.`), null)
          : (t[t.length - 1] !== '>' && r('Verbatim tags must end with a >'), i);
      }
      const [, n, o] = t.match(/^(.*!)([^!]*)$/s);
      o || r(`The ${t} tag has no suffix`);
      const s = this.tags[n];
      if (s)
        try {
          return s + decodeURIComponent(o);
        } catch (i) {
          return (r(String(i)), null);
        }
      return n === '!' ? t : (r(`Could not resolve tag: ${t}`), null);
    }
    tagString(t) {
      for (const [r, n] of Object.entries(this.tags))
        if (t.startsWith(n)) return r + td(t.substring(n.length));
      return t[0] === '!' ? t : `!<${t}>`;
    }
    toString(t) {
      let r = this.yaml.explicit ? [`%YAML ${this.yaml.version || '1.2'}`] : [],
        n = Object.entries(this.tags),
        o;
      if (t && n.length > 0 && N(t.contents)) {
        const s = {};
        oe(t.contents, (i, c) => {
          N(c) && c.tag && (s[c.tag] = !0);
        }),
          (o = Object.keys(s));
      } else o = [];
      for (const [s, i] of n)
        (s === '!!' && i === 'tag:yaml.org,2002:') ||
          ((!t || o.some((c) => c.startsWith(i))) && r.push(`%TAG ${s} ${i}`));
      return r.join(`
`);
    }
  };
Ce.defaultYaml = { explicit: !1, version: '1.2' };
Ce.defaultTags = { '!!': 'tag:yaml.org,2002:' };
function Rr(e) {
  if (/[\x00-\x19\s,[\]{}]/.test(e)) {
    const r = `Anchor must not contain whitespace or control characters: ${JSON.stringify(e)}`;
    throw new Error(r);
  }
  return !0;
}
function bo(e) {
  const t = new Set();
  return (
    oe(e, {
      Value(r, n) {
        n.anchor && t.add(n.anchor);
      },
    }),
    t
  );
}
function wo(e, t) {
  for (let r = 1; ; ++r) {
    const n = `${e}${r}`;
    if (!t.has(n)) return n;
  }
}
function xi(e, t) {
  let r = [],
    n = new Map(),
    o = null;
  return {
    onAnchor: (s) => {
      r.push(s), o ?? (o = bo(e));
      const i = wo(t, o);
      return (o.add(i), i);
    },
    setAnchors: () => {
      for (const s of r) {
        const i = n.get(s);
        if (typeof i == 'object' && i.anchor && (A(i.node) || C(i.node))) i.node.anchor = i.anchor;
        else {
          const c = new Error('Failed to resolve repeated object (this should not happen)');
          throw ((c.source = s), c);
        }
      }
    },
    sourceObjects: n,
  };
}
function Ye(e, t, r, n) {
  if (n && typeof n == 'object')
    if (Array.isArray(n))
      for (let o = 0, s = n.length; o < s; ++o) {
        const i = n[o],
          c = Ye(e, n, String(o), i);
        c === void 0 ? delete n[o] : c !== i && (n[o] = c);
      }
    else if (n instanceof Map)
      for (const o of Array.from(n.keys())) {
        const s = n.get(o),
          i = Ye(e, n, o, s);
        i === void 0 ? n.delete(o) : i !== s && n.set(o, i);
      }
    else if (n instanceof Set)
      for (const o of Array.from(n)) {
        const s = Ye(e, n, o, o);
        s === void 0 ? n.delete(o) : s !== o && (n.delete(o), n.add(s));
      }
    else
      for (const [o, s] of Object.entries(n)) {
        const i = Ye(e, n, o, s);
        i === void 0 ? delete n[o] : i !== s && (n[o] = i);
      }
  return e.call(t, r, n);
}
function G(e, t, r) {
  if (Array.isArray(e)) return e.map((n, o) => G(n, String(o), r));
  if (e && typeof e.toJSON == 'function') {
    if (!r || !Lr(e)) return e.toJSON(t, r);
    const n = { aliasCount: 0, count: 1, res: void 0 };
    r.anchors.set(e, n),
      (r.onCreate = (s) => {
        (n.res = s), delete r.onCreate;
      });
    const o = e.toJSON(t, r);
    return (r.onCreate && r.onCreate(o), o);
  }
  return typeof e == 'bigint' && !r?.keep ? Number(e) : e;
}
var Xe = class {
  constructor(t) {
    Object.defineProperty(this, ne, { value: t });
  }
  clone() {
    const t = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    return (this.range && (t.range = this.range.slice()), t);
  }
  toJS(t, { mapAsMap: r, maxAliasCount: n, onAnchor: o, reviver: s } = {}) {
    if (!Te(t)) throw new TypeError('A document argument is required');
    const i = {
        anchors: new Map(),
        doc: t,
        keep: !0,
        mapAsMap: r === !0,
        mapKeyWarned: !1,
        maxAliasCount: typeof n == 'number' ? n : 100,
      },
      c = G(this, '', i);
    if (typeof o == 'function') for (const { count: a, res: u } of i.anchors.values()) o(u, a);
    return typeof s == 'function' ? Ye(s, { '': c }, '', c) : c;
  }
};
var Be = class extends Xe {
  constructor(t) {
    super(Nr),
      (this.source = t),
      Object.defineProperty(this, 'tag', {
        set() {
          throw new Error('Alias nodes cannot have tags');
        },
      });
  }
  resolve(t, r) {
    if (r?.maxAliasCount === 0) throw new ReferenceError('Alias resolution is disabled');
    let n;
    r?.aliasResolveCache
      ? (n = r.aliasResolveCache)
      : ((n = []),
        oe(t, {
          Node: (s, i) => {
            (fe(i) || Lr(i)) && n.push(i);
          },
        }),
        r && (r.aliasResolveCache = n));
    let o;
    for (const s of n) {
      if (s === this) break;
      s.anchor === this.source && (o = s);
    }
    if (o && r) {
      let { anchors: s, doc: i, maxAliasCount: c } = r,
        a = s.get(o);
      if ((a || (G(o, null, r), (a = s.get(o))), a?.res === void 0)) {
        const u = 'This should not happen: Alias anchor was not resolved?';
        throw new ReferenceError(u);
      }
      if (
        c >= 0 &&
        ((a.count += 1), a.aliasCount === 0 && (a.aliasCount = Dr(i, o, s)), a.count * a.aliasCount > c)
      ) {
        const u = 'Excessive alias count indicates a resource exhaustion attack';
        throw new ReferenceError(u);
      }
    }
    return o;
  }
  toJSON(t, r) {
    if (!r) return { source: this.source };
    const n = this.resolve(r.doc, r);
    if (!n) {
      const o = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
      throw new ReferenceError(o);
    }
    return r.anchors.get(n).res;
  }
  toString(t, r, n) {
    const o = `*${this.source}`;
    if (t) {
      if ((Rr(this.source), t.options.verifyAliasOrder && !t.anchors.has(this.source))) {
        const s = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
        throw new Error(s);
      }
      if (t.implicitKey) return `${o} `;
    }
    return o;
  }
};
function Dr(e, t, r) {
  if (fe(t)) {
    const n = t.resolve(e),
      o = r && n && r.get(n);
    return o ? o.count * o.aliasCount : 0;
  } else if (C(t)) {
    let n = 0;
    for (const o of t.items) {
      const s = Dr(e, o, r);
      s > n && (n = s);
    }
    return n;
  } else if (I(t)) {
    const n = Dr(e, t.key, r),
      o = Dr(e, t.value, r);
    return Math.max(n, o);
  }
  return 1;
}
var Mr = (e) => !e || (typeof e != 'function' && typeof e != 'object'),
  S = class extends Xe {
    constructor(t) {
      super(le), (this.value = t);
    }
    toJSON(t, r) {
      return r?.keep ? this.value : G(this.value, t, r);
    }
    toString() {
      return String(this.value);
    }
  };
S.BLOCK_FOLDED = 'BLOCK_FOLDED';
S.BLOCK_LITERAL = 'BLOCK_LITERAL';
S.PLAIN = 'PLAIN';
S.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
S.QUOTE_SINGLE = 'QUOTE_SINGLE';
var rd = 'tag:yaml.org,2002:';
function nd(e, t, r) {
  if (t) {
    const n = r.filter((s) => s.tag === t),
      o = n.find((s) => !s.format) ?? n[0];
    if (!o) throw new Error(`Tag ${t} not found`);
    return o;
  }
  return r.find((n) => n.identify?.(e) && !n.format);
}
function Fe(e, t, r) {
  if ((Te(e) && (e = e.contents), N(e))) return e;
  if (I(e)) {
    const l = r.schema[_e].createNode?.(r.schema, null, r);
    return (l.items.push(e), l);
  }
  (e instanceof String ||
    e instanceof Number ||
    e instanceof Boolean ||
    (typeof BigInt < 'u' && e instanceof BigInt)) &&
    (e = e.valueOf());
  let { aliasDuplicateObjects: n, onAnchor: o, onTagObj: s, schema: i, sourceObjects: c } = r,
    a;
  if (n && e && typeof e == 'object') {
    if (((a = c.get(e)), a)) return (a.anchor ?? (a.anchor = o(e)), new Be(a.anchor));
    (a = { anchor: null, node: null }), c.set(e, a);
  }
  t?.startsWith('!!') && (t = rd + t.slice(2));
  let u = nd(e, t, i.tags);
  if (!u) {
    if ((e && typeof e.toJSON == 'function' && (e = e.toJSON()), !e || typeof e != 'object')) {
      const l = new S(e);
      return (a && (a.node = l), l);
    }
    u = e instanceof Map ? i[_e] : Symbol.iterator in Object(e) ? i[Ue] : i[_e];
  }
  s && (s(u), delete r.onTagObj);
  const f = u?.createNode
    ? u.createNode(r.schema, e, r)
    : typeof u?.nodeClass?.from == 'function'
      ? u.nodeClass.from(r.schema, e, r)
      : new S(e);
  return (t ? (f.tag = t) : u.default || (f.tag = u.tag), a && (a.node = f), f);
}
function Gt(e, t, r) {
  let n = r;
  for (let o = t.length - 1; o >= 0; --o) {
    const s = t[o];
    if (typeof s == 'number' && Number.isInteger(s) && s >= 0) {
      const i = [];
      (i[s] = n), (n = i);
    } else n = new Map([[s, n]]);
  }
  return Fe(n, void 0, {
    aliasDuplicateObjects: !1,
    keepUndefined: !1,
    onAnchor: () => {
      throw new Error('This should not happen, please report a bug.');
    },
    schema: e,
    sourceObjects: new Map(),
  });
}
var Pt = (e) => e == null || (typeof e == 'object' && !!e[Symbol.iterator]().next().done),
  At = class extends Xe {
    constructor(t, r) {
      super(t),
        Object.defineProperty(this, 'schema', { value: r, configurable: !0, enumerable: !1, writable: !0 });
    }
    clone(t) {
      const r = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
      return (
        t && (r.schema = t),
        (r.items = r.items.map((n) => (N(n) || I(n) ? n.clone(t) : n))),
        this.range && (r.range = this.range.slice()),
        r
      );
    }
    addIn(t, r) {
      if (Pt(t)) this.add(r);
      else {
        const [n, ...o] = t,
          s = this.get(n, !0);
        if (C(s)) s.addIn(o, r);
        else if (s === void 0 && this.schema) this.set(n, Gt(this.schema, o, r));
        else throw new Error(`Expected YAML collection at ${n}. Remaining path: ${o}`);
      }
    }
    deleteIn(t) {
      const [r, ...n] = t;
      if (n.length === 0) return this.delete(r);
      const o = this.get(r, !0);
      if (C(o)) return o.deleteIn(n);
      throw new Error(`Expected YAML collection at ${r}. Remaining path: ${n}`);
    }
    getIn(t, r) {
      const [n, ...o] = t,
        s = this.get(n, !0);
      return o.length === 0 ? (!r && A(s) ? s.value : s) : C(s) ? s.getIn(o, r) : void 0;
    }
    hasAllNullValues(t) {
      return this.items.every((r) => {
        if (!I(r)) return !1;
        const n = r.value;
        return n == null || (t && A(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag);
      });
    }
    hasIn(t) {
      const [r, ...n] = t;
      if (n.length === 0) return this.has(r);
      const o = this.get(r, !0);
      return C(o) ? o.hasIn(n) : !1;
    }
    setIn(t, r) {
      const [n, ...o] = t;
      if (o.length === 0) this.set(n, r);
      else {
        const s = this.get(n, !0);
        if (C(s)) s.setIn(o, r);
        else if (s === void 0 && this.schema) this.set(n, Gt(this.schema, o, r));
        else throw new Error(`Expected YAML collection at ${n}. Remaining path: ${o}`);
      }
    }
  };
var vi = (e) => e.replace(/^(?!$)(?: $)?/gm, '#');
function ye(e, t) {
  return /^\n+$/.test(e) ? e.substring(1) : t ? e.replace(/^(?! *$)/gm, t) : e;
}
var Le = (e, t, r) =>
  e.endsWith(`
`)
    ? ye(r, t)
    : r.includes(`
`)
      ? `
` + ye(r, t)
      : (e.endsWith(' ') ? '' : ' ') + r;
var _o = 'flow',
  jr = 'block',
  Ht = 'quoted';
function Yt(
  e,
  t,
  r = 'flow',
  { indentAtStart: n, lineWidth: o = 80, minContentWidth: s = 20, onFold: i, onOverflow: c } = {},
) {
  if (!o || o < 0) return e;
  o < s && (s = 0);
  const a = Math.max(1 + s, 1 + o - t.length);
  if (e.length <= a) return e;
  let u = [],
    f = {},
    l = o - t.length;
  typeof n == 'number' && (n > o - Math.max(2, s) ? u.push(0) : (l = o - n));
  let p,
    d,
    h = !1,
    m = -1,
    g = -1,
    b = -1;
  r === jr && ((m = Si(e, m, t.length)), m !== -1 && (l = m + a));
  for (let k; (k = e[(m += 1)]); ) {
    if (r === Ht && k === '\\') {
      switch (((g = m), e[m + 1])) {
        case 'x':
          m += 3;
          break;
        case 'u':
          m += 5;
          break;
        case 'U':
          m += 9;
          break;
        default:
          m += 1;
      }
      b = m;
    }
    if (
      k ===
      `
`
    )
      r === jr && (m = Si(e, m, t.length)), (l = m + t.length + a), (p = void 0);
    else {
      if (
        k === ' ' &&
        d &&
        d !== ' ' &&
        d !==
          `
` &&
        d !== '	'
      ) {
        const $ = e[m + 1];
        $ &&
          $ !== ' ' &&
          $ !==
            `
` &&
          $ !== '	' &&
          (p = m);
      }
      if (m >= l)
        if (p) u.push(p), (l = p + a), (p = void 0);
        else if (r === Ht) {
          for (; d === ' ' || d === '	'; ) (d = k), (k = e[(m += 1)]), (h = !0);
          const $ = m > b + 1 ? m - 2 : g - 1;
          if (f[$]) return e;
          u.push($), (f[$] = !0), (l = $ + a), (p = void 0);
        } else h = !0;
    }
    d = k;
  }
  if ((h && c && c(), u.length === 0)) return e;
  i && i();
  let w = e.slice(0, u[0]);
  for (let k = 0; k < u.length; ++k) {
    const $ = u[k],
      x = u[k + 1] || e.length;
    $ === 0
      ? (w = `
${t}${e.slice(0, x)}`)
      : (r === Ht && f[$] && (w += `${e[$]}\\`),
        (w += `
${t}${e.slice($ + 1, x)}`));
  }
  return w;
}
function Si(e, t, r) {
  let n = t,
    o = t + 1,
    s = e[o];
  for (; s === ' ' || s === '	'; )
    if (t < o + r) s = e[++t];
    else {
      do s = e[++t];
      while (
        s &&
        s !==
          `
`
      );
      (n = t), (o = t + 1), (s = e[o]);
    }
  return n;
}
var Br = (e, t) => ({
    indentAtStart: t ? e.indent.length : e.indentAtStart,
    lineWidth: e.options.lineWidth,
    minContentWidth: e.options.minContentWidth,
  }),
  Fr = (e) => /^(%|---|\.\.\.)/m.test(e);
function od(e, t, r) {
  if (!t || t < 0) return !1;
  const n = t - r,
    o = e.length;
  if (o <= n) return !1;
  for (let s = 0, i = 0; s < o; ++s)
    if (
      e[s] ===
      `
`
    ) {
      if (s - i > n) return !0;
      if (((i = s + 1), o - i <= n)) return !1;
    }
  return !0;
}
function Xt(e, t) {
  const r = JSON.stringify(e);
  if (t.options.doubleQuotedAsJSON) return r;
  let { implicitKey: n } = t,
    o = t.options.doubleQuotedMinMultiLineLength,
    s = t.indent || (Fr(e) ? '  ' : ''),
    i = '',
    c = 0;
  for (let a = 0, u = r[a]; u; u = r[++a])
    if (
      (u === ' ' &&
        r[a + 1] === '\\' &&
        r[a + 2] === 'n' &&
        ((i += r.slice(c, a) + '\\ '), (a += 1), (c = a), (u = '\\')),
      u === '\\')
    )
      switch (r[a + 1]) {
        case 'u':
          {
            i += r.slice(c, a);
            const f = r.substr(a + 2, 4);
            switch (f) {
              case '0000':
                i += '\\0';
                break;
              case '0007':
                i += '\\a';
                break;
              case '000b':
                i += '\\v';
                break;
              case '001b':
                i += '\\e';
                break;
              case '0085':
                i += '\\N';
                break;
              case '00a0':
                i += '\\_';
                break;
              case '2028':
                i += '\\L';
                break;
              case '2029':
                i += '\\P';
                break;
              default:
                f.substr(0, 2) === '00' ? (i += '\\x' + f.substr(2)) : (i += r.substr(a, 6));
            }
            (a += 5), (c = a + 1);
          }
          break;
        case 'n':
          if (n || r[a + 2] === '"' || r.length < o) a += 1;
          else {
            for (
              i +=
                r.slice(c, a) +
                `

`;
              r[a + 2] === '\\' && r[a + 3] === 'n' && r[a + 4] !== '"';
            )
              (i += `
`),
                (a += 2);
            (i += s), r[a + 2] === ' ' && (i += '\\'), (a += 1), (c = a + 1);
          }
          break;
        default:
          a += 1;
      }
  return ((i = c ? i + r.slice(c) : r), n ? i : Yt(i, s, Ht, Br(t, !1)));
}
function xo(e, t) {
  if (
    t.options.singleQuote === !1 ||
    (t.implicitKey &&
      e.includes(`
`)) ||
    /[ \t]\n|\n[ \t]/.test(e)
  )
    return Xt(e, t);
  const r = t.indent || (Fr(e) ? '  ' : ''),
    n =
      "'" +
      e.replace(/'/g, "''").replace(
        /\n+/g,
        `$&
${r}`,
      ) +
      "'";
  return t.implicitKey ? n : Yt(n, r, _o, Br(t, !1));
}
function Ot(e, t) {
  let { singleQuote: r } = t.options,
    n;
  if (r === !1) n = Xt;
  else {
    const o = e.includes('"'),
      s = e.includes("'");
    o && !s ? (n = xo) : s && !o ? (n = Xt) : (n = r ? xo : Xt);
  }
  return n(e, t);
}
var vo;
try {
  vo = /(^|(?<!\n))\n+(?!\n|$)/g;
} catch {
  vo = /\n+(?!\n|$)/g;
}
function Ur({ comment: e, type: t, value: r }, n, o, s) {
  const { blockQuote: i, commentString: c, lineWidth: a } = n.options;
  if (!i || /\n[\t ]+$/.test(r)) return Ot(r, n);
  const u = n.indent || (n.forceBlockIndent || Fr(r) ? '  ' : ''),
    f =
      i === 'literal'
        ? !0
        : i === 'folded' || t === S.BLOCK_FOLDED
          ? !1
          : t === S.BLOCK_LITERAL
            ? !0
            : !od(r, a, u.length);
  if (!r)
    return f
      ? `|
`
      : `>
`;
  let l, p;
  for (p = r.length; p > 0; --p) {
    const x = r[p - 1];
    if (
      x !==
        `
` &&
      x !== '	' &&
      x !== ' '
    )
      break;
  }
  let d = r.substring(p),
    h = d.indexOf(`
`);
  h === -1 ? (l = '-') : r === d || h !== d.length - 1 ? ((l = '+'), s && s()) : (l = ''),
    d &&
      ((r = r.slice(0, -d.length)),
      d[d.length - 1] ===
        `
` && (d = d.slice(0, -1)),
      (d = d.replace(vo, `$&${u}`)));
  let m = !1,
    g,
    b = -1;
  for (g = 0; g < r.length; ++g) {
    const x = r[g];
    if (x === ' ') m = !0;
    else if (
      x ===
      `
`
    )
      b = g;
    else break;
  }
  let w = r.substring(0, b < g ? b + 1 : g);
  w && ((r = r.substring(w.length)), (w = w.replace(/\n+/g, `$&${u}`)));
  let $ = (m ? (u ? '2' : '1') : '') + l;
  if ((e && (($ += ' ' + c(e.replace(/ ?[\r\n]+/g, ' '))), o && o()), !f)) {
    let x = r
        .replace(
          /\n+/g,
          `
$&`,
        )
        .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2')
        .replace(/\n+/g, `$&${u}`),
      _ = !1,
      T = Br(n, !0);
    i !== 'folded' &&
      t !== S.BLOCK_FOLDED &&
      (T.onOverflow = () => {
        _ = !0;
      });
    const v = Yt(`${w}${x}${d}`, u, jr, T);
    if (!_)
      return `>${$}
${u}${v}`;
  }
  return (
    (r = r.replace(/\n+/g, `$&${u}`)),
    `|${$}
${u}${w}${r}${d}`
  );
}
function sd(e, t, r, n) {
  const { type: o, value: s } = e,
    { actualString: i, implicitKey: c, indent: a, indentStep: u, inFlow: f } = t;
  if (
    (c &&
      s.includes(`
`)) ||
    (f && /[[\]{},]/.test(s))
  )
    return Ot(s, t);
  if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(s))
    return c ||
      f ||
      !s.includes(`
`)
      ? Ot(s, t)
      : Ur(e, t, r, n);
  if (
    !c &&
    !f &&
    o !== S.PLAIN &&
    s.includes(`
`)
  )
    return Ur(e, t, r, n);
  if (Fr(s)) {
    if (a === '') return ((t.forceBlockIndent = !0), Ur(e, t, r, n));
    if (c && a === u) return Ot(s, t);
  }
  const l = s.replace(
    /\n+/g,
    `$&
${a}`,
  );
  if (i) {
    const p = (m) => m.default && m.tag !== 'tag:yaml.org,2002:str' && m.test?.test(l),
      { compat: d, tags: h } = t.doc.schema;
    if (h.some(p) || d?.some(p)) return Ot(s, t);
  }
  return c ? l : Yt(l, a, _o, Br(t, !1));
}
function ht(e, t, r, n) {
  let { implicitKey: o, inFlow: s } = t,
    i = typeof e.value == 'string' ? e : Object.assign({}, e, { value: String(e.value) }),
    { type: c } = e;
  c !== S.QUOTE_DOUBLE &&
    /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(i.value) &&
    (c = S.QUOTE_DOUBLE);
  let a = (f) => {
      switch (f) {
        case S.BLOCK_FOLDED:
        case S.BLOCK_LITERAL:
          return o || s ? Ot(i.value, t) : Ur(i, t, r, n);
        case S.QUOTE_DOUBLE:
          return Xt(i.value, t);
        case S.QUOTE_SINGLE:
          return xo(i.value, t);
        case S.PLAIN:
          return sd(i, t, r, n);
        default:
          return null;
      }
    },
    u = a(c);
  if (u === null) {
    const { defaultKeyType: f, defaultStringType: l } = t.options,
      p = (o && f) || l;
    if (((u = a(p)), u === null)) throw new Error(`Unsupported default string type ${p}`);
  }
  return u;
}
function Kr(e, t) {
  let r = Object.assign(
      {
        blockQuote: !0,
        commentString: vi,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: !1,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: !0,
        indentSeq: !0,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: !1,
        singleQuote: null,
        trailingComma: !1,
        trueStr: 'true',
        verifyAliasOrder: !0,
      },
      e.schema.toStringOptions,
      t,
    ),
    n;
  switch (r.collectionStyle) {
    case 'block':
      n = !1;
      break;
    case 'flow':
      n = !0;
      break;
    default:
      n = null;
  }
  return {
    anchors: new Set(),
    doc: e,
    flowCollectionPadding: r.flowCollectionPadding ? ' ' : '',
    indent: '',
    indentStep: typeof r.indent == 'number' ? ' '.repeat(r.indent) : '  ',
    inFlow: n,
    options: r,
  };
}
function id(e, t) {
  if (t.tag) {
    const o = e.filter((s) => s.tag === t.tag);
    if (o.length > 0) return o.find((s) => s.format === t.format) ?? o[0];
  }
  let r, n;
  if (A(t)) {
    n = t.value;
    let o = e.filter((s) => s.identify?.(n));
    if (o.length > 1) {
      const s = o.filter((i) => i.test);
      s.length > 0 && (o = s);
    }
    r = o.find((s) => s.format === t.format) ?? o.find((s) => !s.format);
  } else (n = t), (r = e.find((o) => o.nodeClass && n instanceof o.nodeClass));
  if (!r) {
    const o = n?.constructor?.name ?? (n === null ? 'null' : typeof n);
    throw new Error(`Tag not resolved for ${o} value`);
  }
  return r;
}
function cd(e, t, { anchors: r, doc: n }) {
  if (!n.directives) return '';
  const o = [],
    s = (A(e) || C(e)) && e.anchor;
  s && Rr(s) && (r.add(s), o.push(`&${s}`));
  const i = e.tag ?? (t.default ? null : t.tag);
  return (i && o.push(n.directives.tagString(i)), o.join(' '));
}
function Ke(e, t, r, n) {
  if (I(e)) return e.toString(t, r, n);
  if (fe(e)) {
    if (t.doc.directives) return e.toString(t);
    if (t.resolvedAliases?.has(e))
      throw new TypeError('Cannot stringify circular structure without alias nodes');
    t.resolvedAliases ? t.resolvedAliases.add(e) : (t.resolvedAliases = new Set([e])), (e = e.resolve(t.doc));
  }
  let o,
    s = N(e) ? e : t.doc.createNode(e, { onTagObj: (a) => (o = a) });
  o ?? (o = id(t.doc.schema.tags, s));
  const i = cd(s, o, t);
  i.length > 0 && (t.indentAtStart = (t.indentAtStart ?? 0) + i.length + 1);
  const c =
    typeof o.stringify == 'function' ? o.stringify(s, t, r, n) : A(s) ? ht(s, t, r, n) : s.toString(t, r, n);
  return i
    ? A(s) || c[0] === '{' || c[0] === '['
      ? `${i} ${c}`
      : `${i}
${t.indent}${c}`
    : c;
}
function ki({ key: e, value: t }, r, n, o) {
  let {
      allNullValues: s,
      doc: i,
      indent: c,
      indentStep: a,
      options: { commentString: u, indentSeq: f, simpleKeys: l },
    } = r,
    p = (N(e) && e.comment) || null;
  if (l) {
    if (p) throw new Error('With simple keys, key nodes cannot have comments');
    if (C(e) || (!N(e) && typeof e == 'object')) {
      const T = 'With simple keys, collection cannot be used as a key value';
      throw new Error(T);
    }
  }
  let d =
    !l &&
    (!e ||
      (p && t == null && !r.inFlow) ||
      C(e) ||
      (A(e) ? e.type === S.BLOCK_FOLDED || e.type === S.BLOCK_LITERAL : typeof e == 'object'));
  r = Object.assign({}, r, { allNullValues: !1, implicitKey: !d && (l || !s), indent: c + a });
  let h = !1,
    m = !1,
    g = Ke(
      e,
      r,
      () => (h = !0),
      () => (m = !0),
    );
  if (!d && !r.inFlow && g.length > 1024) {
    if (l) throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
    d = !0;
  }
  if (r.inFlow) {
    if (s || t == null) return (h && n && n(), g === '' ? '?' : d ? `? ${g}` : g);
  } else if ((s && !l) || (t == null && d))
    return ((g = `? ${g}`), p && !h ? (g += Le(g, r.indent, u(p))) : m && o && o(), g);
  h && (p = null),
    d
      ? (p && (g += Le(g, r.indent, u(p))),
        (g = `? ${g}
${c}:`))
      : ((g = `${g}:`), p && (g += Le(g, r.indent, u(p))));
  let b, w, k;
  N(t)
    ? ((b = !!t.spaceBefore), (w = t.commentBefore), (k = t.comment))
    : ((b = !1), (w = null), (k = null), t && typeof t == 'object' && (t = i.createNode(t))),
    (r.implicitKey = !1),
    !d && !p && A(t) && (r.indentAtStart = g.length + 1),
    (m = !1),
    !f &&
      a.length >= 2 &&
      !r.inFlow &&
      !d &&
      xe(t) &&
      !t.flow &&
      !t.tag &&
      !t.anchor &&
      (r.indent = r.indent.substring(2));
  let $ = !1,
    x = Ke(
      t,
      r,
      () => ($ = !0),
      () => (m = !0),
    ),
    _ = ' ';
  if (p || b || w) {
    if (
      ((_ = b
        ? `
`
        : ''),
      w)
    ) {
      const T = u(w);
      _ += `
${ye(T, r.indent)}`;
    }
    x === '' && !r.inFlow
      ? _ ===
          `
` &&
        k &&
        (_ = `

`)
      : (_ += `
${r.indent}`);
  } else if (!d && C(t)) {
    const T = x[0],
      v = x.indexOf(`
`),
      U = v !== -1,
      ge = r.inFlow ?? t.flow ?? t.items.length === 0;
    if (U || !ge) {
      let je = !1;
      if (U && (T === '&' || T === '!')) {
        let K = x.indexOf(' ');
        T === '&' && K !== -1 && K < v && x[K + 1] === '!' && (K = x.indexOf(' ', K + 1)),
          (K === -1 || v < K) && (je = !0);
      }
      je ||
        (_ = `
${r.indent}`);
    }
  } else
    (x === '' ||
      x[0] ===
        `
`) &&
      (_ = '');
  return ((g += _ + x), r.inFlow ? $ && n && n() : k && !$ ? (g += Le(g, r.indent, u(k))) : m && o && o(), g);
}
function So(e, t) {
  (e === 'debug' || e === 'warn') &&
    (typeof process.emitWarning == 'function' ? process.emitWarning(t) : console.warn(t));
}
var Vr = '<<',
  ve = {
    identify: (e) => e === Vr || (typeof e == 'symbol' && e.description === Vr),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new S(Symbol(Vr)), { addToJSMap: $o }),
    stringify: () => Vr,
  },
  $i = (e, t) =>
    (ve.identify(t) || (A(t) && (!t.type || t.type === S.PLAIN) && ve.identify(t.value))) &&
    e?.doc.schema.tags.some((r) => r.tag === ve.tag && r.default);
function $o(e, t, r) {
  const n = zi(e, r);
  if (xe(n)) for (const o of n.items) ko(e, t, o);
  else if (Array.isArray(n)) for (const o of n) ko(e, t, o);
  else ko(e, t, n);
}
function ko(e, t, r) {
  const n = zi(e, r);
  if (!pe(n)) throw new Error('Merge sources must be maps or map aliases');
  const o = n.toJSON(null, e, Map);
  for (const [s, i] of o)
    t instanceof Map
      ? t.has(s) || t.set(s, i)
      : t instanceof Set
        ? t.add(s)
        : Object.hasOwn(t, s) ||
          Object.defineProperty(t, s, { value: i, writable: !0, enumerable: !0, configurable: !0 });
  return t;
}
function zi(e, t) {
  return e && fe(t) ? t.resolve(e.doc, e) : t;
}
function Jr(e, t, { key: r, value: n }) {
  if (N(r) && r.addToJSMap) r.addToJSMap(e, t, n);
  else if ($i(e, r)) $o(e, t, n);
  else {
    const o = G(r, '', e);
    if (t instanceof Map) t.set(o, G(n, o, e));
    else if (t instanceof Set) t.add(o);
    else {
      const s = ad(r, o, e),
        i = G(n, s, e);
      s in t
        ? Object.defineProperty(t, s, { value: i, writable: !0, enumerable: !0, configurable: !0 })
        : (t[s] = i);
    }
  }
  return t;
}
function ad(e, t, r) {
  if (t === null) return '';
  if (typeof t != 'object') return String(t);
  if (N(e) && r?.doc) {
    const n = Kr(r.doc, {});
    n.anchors = new Set();
    for (const s of r.anchors.keys()) n.anchors.add(s.anchor);
    (n.inFlow = !0), (n.inStringifyKey = !0);
    const o = e.toString(n);
    if (!r.mapKeyWarned) {
      let s = JSON.stringify(o);
      s.length > 40 && (s = s.substring(0, 36) + '..."'),
        So(
          r.doc.options.logLevel,
          `Keys with collection values will be stringified due to JS Object restrictions: ${s}. Set mapAsMap: true to use object keys.`,
        ),
        (r.mapKeyWarned = !0);
    }
    return o;
  }
  return JSON.stringify(t);
}
function Et(e, t, r) {
  const n = Fe(e, void 0, r),
    o = Fe(t, void 0, r);
  return new B(n, o);
}
var B = class e {
  constructor(t, r = null) {
    Object.defineProperty(this, ne, { value: yo }), (this.key = t), (this.value = r);
  }
  clone(t) {
    let { key: r, value: n } = this;
    return (N(r) && (r = r.clone(t)), N(n) && (n = n.clone(t)), new e(r, n));
  }
  toJSON(t, r) {
    const n = r?.mapAsMap ? new Map() : {};
    return Jr(r, n, this);
  }
  toString(t, r, n) {
    return t?.doc ? ki(this, t, r, n) : JSON.stringify(this);
  }
};
function qr(e, t, r) {
  return ((t.inFlow ?? e.flow) ? ld : ud)(e, t, r);
}
function ud(
  { comment: e, items: t },
  r,
  { blockItemPrefix: n, flowChars: o, itemIndent: s, onChompKeep: i, onComment: c },
) {
  let {
      indent: a,
      options: { commentString: u },
    } = r,
    f = Object.assign({}, r, { indent: s, type: null }),
    l = !1,
    p = [];
  for (let h = 0; h < t.length; ++h) {
    let m = t[h],
      g = null;
    if (N(m)) !l && m.spaceBefore && p.push(''), Wr(r, p, m.commentBefore, l), m.comment && (g = m.comment);
    else if (I(m)) {
      const w = N(m.key) ? m.key : null;
      w && (!l && w.spaceBefore && p.push(''), Wr(r, p, w.commentBefore, l));
    }
    l = !1;
    let b = Ke(
      m,
      f,
      () => (g = null),
      () => (l = !0),
    );
    g && (b += Le(b, s, u(g))), l && g && (l = !1), p.push(n + b);
  }
  let d;
  if (p.length === 0) d = o.start + o.end;
  else {
    d = p[0];
    for (let h = 1; h < p.length; ++h) {
      const m = p[h];
      d += m
        ? `
${a}${m}`
        : `
`;
    }
  }
  return (
    e
      ? ((d +=
          `
` + ye(u(e), a)),
        c && c())
      : l && i && i(),
    d
  );
}
function ld({ items: e }, t, { flowChars: r, itemIndent: n }) {
  const {
    indent: o,
    indentStep: s,
    flowCollectionPadding: i,
    options: { commentString: c },
  } = t;
  n += s;
  let a = Object.assign({}, t, { indent: n, inFlow: !0, type: null }),
    u = !1,
    f = 0,
    l = [];
  for (let h = 0; h < e.length; ++h) {
    let m = e[h],
      g = null;
    if (N(m)) m.spaceBefore && l.push(''), Wr(t, l, m.commentBefore, !1), m.comment && (g = m.comment);
    else if (I(m)) {
      const w = N(m.key) ? m.key : null;
      w && (w.spaceBefore && l.push(''), Wr(t, l, w.commentBefore, !1), w.comment && (u = !0));
      const k = N(m.value) ? m.value : null;
      k
        ? (k.comment && (g = k.comment), k.commentBefore && (u = !0))
        : m.value == null && w?.comment && (g = w.comment);
    }
    g && (u = !0);
    let b = Ke(m, a, () => (g = null));
    u ||
      (u =
        l.length > f ||
        b.includes(`
`)),
      h < e.length - 1
        ? (b += ',')
        : t.options.trailingComma &&
          (t.options.lineWidth > 0 &&
            (u || (u = l.reduce((w, k) => w + k.length + 2, 2) + (b.length + 2) > t.options.lineWidth)),
          u && (b += ',')),
      g && (b += Le(b, n, c(g))),
      l.push(b),
      (f = l.length);
  }
  const { start: p, end: d } = r;
  if (l.length === 0) return p + d;
  if (!u) {
    const h = l.reduce((m, g) => m + g.length + 2, 2);
    u = t.options.lineWidth > 0 && h > t.options.lineWidth;
  }
  if (u) {
    let h = p;
    for (const m of l)
      h += m
        ? `
${s}${o}${m}`
        : `
`;
    return `${h}
${o}${d}`;
  } else return `${p}${i}${l.join(' ')}${i}${d}`;
}
function Wr({ indent: e, options: { commentString: t } }, r, n, o) {
  if ((n && o && (n = n.replace(/^\n+/, '')), n)) {
    const s = ye(t(n), e);
    r.push(s.trimStart());
  }
}
function Qe(e, t) {
  const r = A(t) ? t.value : t;
  for (const n of e) if (I(n) && (n.key === t || n.key === r || (A(n.key) && n.key.value === r))) return n;
}
var V = class extends At {
  static get tagName() {
    return 'tag:yaml.org,2002:map';
  }
  constructor(t) {
    super(_e, t), (this.items = []);
  }
  static from(t, r, n) {
    const { keepUndefined: o, replacer: s } = n,
      i = new this(t),
      c = (a, u) => {
        if (typeof s == 'function') u = s.call(r, a, u);
        else if (Array.isArray(s) && !s.includes(a)) return;
        (u !== void 0 || o) && i.items.push(Et(a, u, n));
      };
    if (r instanceof Map) for (const [a, u] of r) c(a, u);
    else if (r && typeof r == 'object') for (const a of Object.keys(r)) c(a, r[a]);
    return (typeof t.sortMapEntries == 'function' && i.items.sort(t.sortMapEntries), i);
  }
  add(t, r) {
    let n;
    I(t)
      ? (n = t)
      : !t || typeof t != 'object' || !('key' in t)
        ? (n = new B(t, t?.value))
        : (n = new B(t.key, t.value));
    const o = Qe(this.items, n.key),
      s = this.schema?.sortMapEntries;
    if (o) {
      if (!r) throw new Error(`Key ${n.key} already set`);
      A(o.value) && Mr(n.value) ? (o.value.value = n.value) : (o.value = n.value);
    } else if (s) {
      const i = this.items.findIndex((c) => s(n, c) < 0);
      i === -1 ? this.items.push(n) : this.items.splice(i, 0, n);
    } else this.items.push(n);
  }
  delete(t) {
    const r = Qe(this.items, t);
    return r ? this.items.splice(this.items.indexOf(r), 1).length > 0 : !1;
  }
  get(t, r) {
    const o = Qe(this.items, t)?.value;
    return (!r && A(o) ? o.value : o) ?? void 0;
  }
  has(t) {
    return !!Qe(this.items, t);
  }
  set(t, r) {
    this.add(new B(t, r), !0);
  }
  toJSON(t, r, n) {
    const o = n ? new n() : r?.mapAsMap ? new Map() : {};
    r?.onCreate && r.onCreate(o);
    for (const s of this.items) Jr(r, o, s);
    return o;
  }
  toString(t, r, n) {
    if (!t) return JSON.stringify(this);
    for (const o of this.items)
      if (!I(o)) throw new Error(`Map items must all be pairs; found ${JSON.stringify(o)} instead`);
    return (
      !t.allNullValues && this.hasAllNullValues(!1) && (t = Object.assign({}, t, { allNullValues: !0 })),
      qr(this, t, {
        blockItemPrefix: '',
        flowChars: { start: '{', end: '}' },
        itemIndent: t.indent || '',
        onChompKeep: n,
        onComment: r,
      })
    );
  }
};
var Se = {
  collection: 'map',
  default: !0,
  nodeClass: V,
  tag: 'tag:yaml.org,2002:map',
  resolve(e, t) {
    return (pe(e) || t('Expected a mapping for this tag'), e);
  },
  createNode: (e, t, r) => V.from(e, t, r),
};
var te = class extends At {
  static get tagName() {
    return 'tag:yaml.org,2002:seq';
  }
  constructor(t) {
    super(Ue, t), (this.items = []);
  }
  add(t) {
    this.items.push(t);
  }
  delete(t) {
    const r = Gr(t);
    return typeof r != 'number' ? !1 : this.items.splice(r, 1).length > 0;
  }
  get(t, r) {
    const n = Gr(t);
    if (typeof n != 'number') return;
    const o = this.items[n];
    return !r && A(o) ? o.value : o;
  }
  has(t) {
    const r = Gr(t);
    return typeof r == 'number' && r < this.items.length;
  }
  set(t, r) {
    const n = Gr(t);
    if (typeof n != 'number') throw new Error(`Expected a valid index, not ${t}.`);
    const o = this.items[n];
    A(o) && Mr(r) ? (o.value = r) : (this.items[n] = r);
  }
  toJSON(t, r) {
    const n = [];
    r?.onCreate && r.onCreate(n);
    let o = 0;
    for (const s of this.items) n.push(G(s, String(o++), r));
    return n;
  }
  toString(t, r, n) {
    return t
      ? qr(this, t, {
          blockItemPrefix: '- ',
          flowChars: { start: '[', end: ']' },
          itemIndent: (t.indent || '') + '  ',
          onChompKeep: n,
          onComment: r,
        })
      : JSON.stringify(this);
  }
  static from(t, r, n) {
    const { replacer: o } = n,
      s = new this(t);
    if (r && Symbol.iterator in Object(r)) {
      let i = 0;
      for (let c of r) {
        if (typeof o == 'function') {
          const a = r instanceof Set ? c : String(i++);
          c = o.call(r, a, c);
        }
        s.items.push(Fe(c, void 0, n));
      }
    }
    return s;
  }
};
function Gr(e) {
  let t = A(e) ? e.value : e;
  return (
    t && typeof t == 'string' && (t = Number(t)),
    typeof t == 'number' && Number.isInteger(t) && t >= 0 ? t : null
  );
}
var ke = {
  collection: 'seq',
  default: !0,
  nodeClass: te,
  tag: 'tag:yaml.org,2002:seq',
  resolve(e, t) {
    return (xe(e) || t('Expected a sequence for this tag'), e);
  },
  createNode: (e, t, r) => te.from(e, t, r),
};
var et = {
  identify: (e) => typeof e == 'string',
  default: !0,
  tag: 'tag:yaml.org,2002:str',
  resolve: (e) => e,
  stringify(e, t, r, n) {
    return ((t = Object.assign({ actualString: !0 }, t)), ht(e, t, r, n));
  },
};
var gt = {
  identify: (e) => e == null,
  createNode: () => new S(null),
  default: !0,
  tag: 'tag:yaml.org,2002:null',
  test: /^(?:~|[Nn]ull|NULL)?$/,
  resolve: () => new S(null),
  stringify: ({ source: e }, t) => (typeof e == 'string' && gt.test.test(e) ? e : t.options.nullStr),
};
var Qt = {
  identify: (e) => typeof e == 'boolean',
  default: !0,
  tag: 'tag:yaml.org,2002:bool',
  test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  resolve: (e) => new S(e[0] === 't' || e[0] === 'T'),
  stringify({ source: e, value: t }, r) {
    if (e && Qt.test.test(e)) {
      const n = e[0] === 't' || e[0] === 'T';
      if (t === n) return e;
    }
    return t ? r.options.trueStr : r.options.falseStr;
  },
};
function re({ format: e, minFractionDigits: t, tag: r, value: n }) {
  if (typeof n == 'bigint') return String(n);
  const o = typeof n == 'number' ? n : Number(n);
  if (!isFinite(o)) return isNaN(o) ? '.nan' : o < 0 ? '-.inf' : '.inf';
  let s = Object.is(n, -0) ? '-0' : JSON.stringify(n);
  if (!e && t && (!r || r === 'tag:yaml.org,2002:float') && /^-?\d/.test(s) && !s.includes('e')) {
    let i = s.indexOf('.');
    i < 0 && ((i = s.length), (s += '.'));
    let c = t - (s.length - i - 1);
    for (; c-- > 0; ) s += '0';
  }
  return s;
}
var Hr = {
    identify: (e) => typeof e == 'number',
    default: !0,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (e) =>
      e.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : e[0] === '-'
          ? Number.NEGATIVE_INFINITY
          : Number.POSITIVE_INFINITY,
    stringify: re,
  },
  Yr = {
    identify: (e) => typeof e == 'number',
    default: !0,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: (e) => parseFloat(e),
    stringify(e) {
      const t = Number(e.value);
      return isFinite(t) ? t.toExponential() : re(e);
    },
  },
  Xr = {
    identify: (e) => typeof e == 'number',
    default: !0,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(e) {
      const t = new S(parseFloat(e)),
        r = e.indexOf('.');
      return (r !== -1 && e[e.length - 1] === '0' && (t.minFractionDigits = e.length - r - 1), t);
    },
    stringify: re,
  };
var Qr = (e) => typeof e == 'bigint' || Number.isInteger(e),
  zo = (e, t, r, { intAsBigInt: n }) => (n ? BigInt(e) : parseInt(e.substring(t), r));
function Ai(e, t, r) {
  const { value: n } = e;
  return Qr(n) && n >= 0 ? r + n.toString(t) : re(e);
}
var en = {
    identify: (e) => Qr(e) && e >= 0,
    default: !0,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (e, t, r) => zo(e, 2, 8, r),
    stringify: (e) => Ai(e, 8, '0o'),
  },
  tn = {
    identify: Qr,
    default: !0,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (e, t, r) => zo(e, 0, 10, r),
    stringify: re,
  },
  rn = {
    identify: (e) => Qr(e) && e >= 0,
    default: !0,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (e, t, r) => zo(e, 2, 16, r),
    stringify: (e) => Ai(e, 16, '0x'),
  };
var Pi = [Se, ke, et, gt, Qt, en, tn, rn, Hr, Yr, Xr];
function Oi(e) {
  return typeof e == 'bigint' || Number.isInteger(e);
}
var nn = ({ value: e }) => JSON.stringify(e),
  fd = [
    {
      identify: (e) => typeof e == 'string',
      default: !0,
      tag: 'tag:yaml.org,2002:str',
      resolve: (e) => e,
      stringify: nn,
    },
    {
      identify: (e) => e == null,
      createNode: () => new S(null),
      default: !0,
      tag: 'tag:yaml.org,2002:null',
      test: /^null$/,
      resolve: () => null,
      stringify: nn,
    },
    {
      identify: (e) => typeof e == 'boolean',
      default: !0,
      tag: 'tag:yaml.org,2002:bool',
      test: /^true$|^false$/,
      resolve: (e) => e === 'true',
      stringify: nn,
    },
    {
      identify: Oi,
      default: !0,
      tag: 'tag:yaml.org,2002:int',
      test: /^-?(?:0|[1-9][0-9]*)$/,
      resolve: (e, t, { intAsBigInt: r }) => (r ? BigInt(e) : parseInt(e, 10)),
      stringify: ({ value: e }) => (Oi(e) ? e.toString() : JSON.stringify(e)),
    },
    {
      identify: (e) => typeof e == 'number',
      default: !0,
      tag: 'tag:yaml.org,2002:float',
      test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
      resolve: (e) => parseFloat(e),
      stringify: nn,
    },
  ],
  pd = {
    default: !0,
    tag: '',
    test: /^/,
    resolve(e, t) {
      return (t(`Unresolved plain scalar ${JSON.stringify(e)}`), e);
    },
  },
  Ei = [Se, ke].concat(fd, pd);
var er = {
  identify: (e) => e instanceof Uint8Array,
  default: !1,
  tag: 'tag:yaml.org,2002:binary',
  resolve(e, t) {
    if (typeof Buffer == 'function') return Buffer.from(e, 'base64');
    if (typeof atob == 'function') {
      const r = atob(e.replace(/[\n\r]/g, '')),
        n = new Uint8Array(r.length);
      for (let o = 0; o < r.length; ++o) n[o] = r.charCodeAt(o);
      return n;
    } else
      return (
        t('This environment does not support reading binary tags; either Buffer or atob is required'), e
      );
  },
  stringify({ comment: e, type: t, value: r }, n, o, s) {
    if (!r) return '';
    let i = r,
      c;
    if (typeof Buffer == 'function')
      c = i instanceof Buffer ? i.toString('base64') : Buffer.from(i.buffer).toString('base64');
    else if (typeof btoa == 'function') {
      let a = '';
      for (let u = 0; u < i.length; ++u) a += String.fromCharCode(i[u]);
      c = btoa(a);
    } else
      throw new Error(
        'This environment does not support writing binary tags; either Buffer or btoa is required',
      );
    if ((t ?? (t = S.BLOCK_LITERAL), t !== S.QUOTE_DOUBLE)) {
      const a = Math.max(n.options.lineWidth - n.indent.length, n.options.minContentWidth),
        u = Math.ceil(c.length / a),
        f = new Array(u);
      for (let l = 0, p = 0; l < u; ++l, p += a) f[l] = c.substr(p, a);
      c = f.join(
        t === S.BLOCK_LITERAL
          ? `
`
          : ' ',
      );
    }
    return ht({ comment: e, type: t, value: c }, n, o, s);
  },
};
function Ao(e, t) {
  if (xe(e))
    for (let r = 0; r < e.items.length; ++r) {
      let n = e.items[r];
      if (!I(n)) {
        if (pe(n)) {
          n.items.length > 1 && t('Each pair must have its own sequence indicator');
          const o = n.items[0] || new B(new S(null));
          if (
            (n.commentBefore &&
              (o.key.commentBefore = o.key.commentBefore
                ? `${n.commentBefore}
${o.key.commentBefore}`
                : n.commentBefore),
            n.comment)
          ) {
            const s = o.value ?? o.key;
            s.comment = s.comment
              ? `${n.comment}
${s.comment}`
              : n.comment;
          }
          n = o;
        }
        e.items[r] = I(n) ? n : new B(n);
      }
    }
  else t('Expected a sequence for this tag');
  return e;
}
function Po(e, t, r) {
  const { replacer: n } = r,
    o = new te(e);
  o.tag = 'tag:yaml.org,2002:pairs';
  let s = 0;
  if (t && Symbol.iterator in Object(t))
    for (let i of t) {
      typeof n == 'function' && (i = n.call(t, String(s++), i));
      let c, a;
      if (Array.isArray(i))
        if (i.length === 2) (c = i[0]), (a = i[1]);
        else throw new TypeError(`Expected [key, value] tuple: ${i}`);
      else if (i && i instanceof Object) {
        const u = Object.keys(i);
        if (u.length === 1) (c = u[0]), (a = i[c]);
        else throw new TypeError(`Expected tuple with one key, not ${u.length} keys`);
      } else c = i;
      o.items.push(Et(c, a, r));
    }
  return o;
}
var tr = { collection: 'seq', default: !1, tag: 'tag:yaml.org,2002:pairs', resolve: Ao, createNode: Po };
var It = class e extends te {
  constructor() {
    super(),
      (this.add = V.prototype.add.bind(this)),
      (this.delete = V.prototype.delete.bind(this)),
      (this.get = V.prototype.get.bind(this)),
      (this.has = V.prototype.has.bind(this)),
      (this.set = V.prototype.set.bind(this)),
      (this.tag = e.tag);
  }
  toJSON(t, r) {
    if (!r) return super.toJSON(t);
    const n = new Map();
    r?.onCreate && r.onCreate(n);
    for (const o of this.items) {
      let s, i;
      if ((I(o) ? ((s = G(o.key, '', r)), (i = G(o.value, s, r))) : (s = G(o, '', r)), n.has(s)))
        throw new Error('Ordered maps must not include duplicate keys');
      n.set(s, i);
    }
    return n;
  }
  static from(t, r, n) {
    const o = Po(t, r, n),
      s = new this();
    return ((s.items = o.items), s);
  }
};
It.tag = 'tag:yaml.org,2002:omap';
var rr = {
  collection: 'seq',
  identify: (e) => e instanceof Map,
  nodeClass: It,
  default: !1,
  tag: 'tag:yaml.org,2002:omap',
  resolve(e, t) {
    const r = Ao(e, t),
      n = [];
    for (const { key: o } of r.items)
      A(o) &&
        (n.includes(o.value)
          ? t(`Ordered maps must not include duplicate keys: ${o.value}`)
          : n.push(o.value));
    return Object.assign(new It(), r);
  },
  createNode: (e, t, r) => It.from(e, t, r),
};
function Ii({ value: e, source: t }, r) {
  return t && (e ? Oo : Eo).test.test(t) ? t : e ? r.options.trueStr : r.options.falseStr;
}
var Oo = {
    identify: (e) => e === !0,
    default: !0,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new S(!0),
    stringify: Ii,
  },
  Eo = {
    identify: (e) => e === !1,
    default: !0,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new S(!1),
    stringify: Ii,
  };
var Ti = {
    identify: (e) => typeof e == 'number',
    default: !0,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (e) =>
      e.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : e[0] === '-'
          ? Number.NEGATIVE_INFINITY
          : Number.POSITIVE_INFINITY,
    stringify: re,
  },
  Ni = {
    identify: (e) => typeof e == 'number',
    default: !0,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (e) => parseFloat(e.replace(/_/g, '')),
    stringify(e) {
      const t = Number(e.value);
      return isFinite(t) ? t.toExponential() : re(e);
    },
  },
  Ci = {
    identify: (e) => typeof e == 'number',
    default: !0,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(e) {
      const t = new S(parseFloat(e.replace(/_/g, ''))),
        r = e.indexOf('.');
      if (r !== -1) {
        const n = e.substring(r + 1).replace(/_/g, '');
        n[n.length - 1] === '0' && (t.minFractionDigits = n.length);
      }
      return t;
    },
    stringify: re,
  };
var nr = (e) => typeof e == 'bigint' || Number.isInteger(e);
function on(e, t, r, { intAsBigInt: n }) {
  const o = e[0];
  if (((o === '-' || o === '+') && (t += 1), (e = e.substring(t).replace(/_/g, '')), n)) {
    switch (r) {
      case 2:
        e = `0b${e}`;
        break;
      case 8:
        e = `0o${e}`;
        break;
      case 16:
        e = `0x${e}`;
        break;
    }
    const i = BigInt(e);
    return o === '-' ? BigInt(-1) * i : i;
  }
  const s = parseInt(e, r);
  return o === '-' ? -1 * s : s;
}
function Io(e, t, r) {
  const { value: n } = e;
  if (nr(n)) {
    const o = n.toString(t);
    return n < 0 ? '-' + r + o.substr(1) : r + o;
  }
  return re(e);
}
var Li = {
    identify: nr,
    default: !0,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (e, t, r) => on(e, 2, 2, r),
    stringify: (e) => Io(e, 2, '0b'),
  },
  Zi = {
    identify: nr,
    default: !0,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (e, t, r) => on(e, 1, 8, r),
    stringify: (e) => Io(e, 8, '0'),
  },
  Ri = {
    identify: nr,
    default: !0,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (e, t, r) => on(e, 0, 10, r),
    stringify: re,
  },
  Di = {
    identify: nr,
    default: !0,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (e, t, r) => on(e, 2, 16, r),
    stringify: (e) => Io(e, 16, '0x'),
  };
var Tt = class e extends V {
  constructor(t) {
    super(t), (this.tag = e.tag);
  }
  add(t) {
    let r;
    I(t)
      ? (r = t)
      : t && typeof t == 'object' && 'key' in t && 'value' in t && t.value === null
        ? (r = new B(t.key, null))
        : (r = new B(t, null)),
      Qe(this.items, r.key) || this.items.push(r);
  }
  get(t, r) {
    const n = Qe(this.items, t);
    return !r && I(n) ? (A(n.key) ? n.key.value : n.key) : n;
  }
  set(t, r) {
    if (typeof r != 'boolean')
      throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof r}`);
    const n = Qe(this.items, t);
    n && !r ? this.items.splice(this.items.indexOf(n), 1) : !n && r && this.items.push(new B(t));
  }
  toJSON(t, r) {
    return super.toJSON(t, r, Set);
  }
  toString(t, r, n) {
    if (!t) return JSON.stringify(this);
    if (this.hasAllNullValues(!0)) return super.toString(Object.assign({}, t, { allNullValues: !0 }), r, n);
    throw new Error('Set items must all have null values');
  }
  static from(t, r, n) {
    const { replacer: o } = n,
      s = new this(t);
    if (r && Symbol.iterator in Object(r))
      for (let i of r) typeof o == 'function' && (i = o.call(r, i, i)), s.items.push(Et(i, null, n));
    return s;
  }
};
Tt.tag = 'tag:yaml.org,2002:set';
var or = {
  collection: 'map',
  identify: (e) => e instanceof Set,
  nodeClass: Tt,
  default: !1,
  tag: 'tag:yaml.org,2002:set',
  createNode: (e, t, r) => Tt.from(e, t, r),
  resolve(e, t) {
    if (pe(e)) {
      if (e.hasAllNullValues(!0)) return Object.assign(new Tt(), e);
      t('Set items must all have null values');
    } else t('Expected a mapping for this tag');
    return e;
  },
};
function To(e, t) {
  const r = e[0],
    n = r === '-' || r === '+' ? e.substring(1) : e,
    o = (i) => (t ? BigInt(i) : Number(i)),
    s = n
      .replace(/_/g, '')
      .split(':')
      .reduce((i, c) => i * o(60) + o(c), o(0));
  return r === '-' ? o(-1) * s : s;
}
function Mi(e) {
  let { value: t } = e,
    r = (i) => i;
  if (typeof t == 'bigint') r = (i) => BigInt(i);
  else if (isNaN(t) || !isFinite(t)) return re(e);
  let n = '';
  t < 0 && ((n = '-'), (t *= r(-1)));
  const o = r(60),
    s = [t % o];
  return (
    t < 60
      ? s.unshift(0)
      : ((t = (t - s[0]) / o), s.unshift(t % o), t >= 60 && ((t = (t - s[0]) / o), s.unshift(t))),
    n +
      s
        .map((i) => String(i).padStart(2, '0'))
        .join(':')
        .replace(/000000\d*$/, '')
  );
}
var sn = {
    identify: (e) => typeof e == 'bigint' || Number.isInteger(e),
    default: !0,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (e, t, { intAsBigInt: r }) => To(e, r),
    stringify: Mi,
  },
  cn = {
    identify: (e) => typeof e == 'number',
    default: !0,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: (e) => To(e, !1),
    stringify: Mi,
  },
  Nt = {
    identify: (e) => e instanceof Date,
    default: !0,
    tag: 'tag:yaml.org,2002:timestamp',
    test: /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\.[0-9]+)?)(?:[ \t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/,
    resolve(e) {
      const t = e.match(Nt.test);
      if (!t) throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
      let [, r, n, o, s, i, c] = t.map(Number),
        a = t[7] ? Number((t[7] + '00').substr(1, 3)) : 0,
        u = Date.UTC(r, n - 1, o, s || 0, i || 0, c || 0, a),
        f = t[8];
      if (f && f !== 'Z') {
        let l = To(f, !1);
        Math.abs(l) < 30 && (l *= 60), (u -= 6e4 * l);
      }
      return new Date(u);
    },
    stringify: ({ value: e }) => e?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? '',
  };
var No = [Se, ke, et, gt, Oo, Eo, Li, Zi, Ri, Di, Ti, Ni, Ci, er, ve, rr, tr, or, sn, cn, Nt];
var ji = new Map([
    ['core', Pi],
    ['failsafe', [Se, ke, et]],
    ['json', Ei],
    ['yaml11', No],
    ['yaml-1.1', No],
  ]),
  Ui = {
    binary: er,
    bool: Qt,
    float: Xr,
    floatExp: Yr,
    floatNaN: Hr,
    floatTime: cn,
    int: tn,
    intHex: rn,
    intOct: en,
    intTime: sn,
    map: Se,
    merge: ve,
    null: gt,
    omap: rr,
    pairs: tr,
    seq: ke,
    set: or,
    timestamp: Nt,
  },
  Bi = {
    'tag:yaml.org,2002:binary': er,
    'tag:yaml.org,2002:merge': ve,
    'tag:yaml.org,2002:omap': rr,
    'tag:yaml.org,2002:pairs': tr,
    'tag:yaml.org,2002:set': or,
    'tag:yaml.org,2002:timestamp': Nt,
  };
function an(e, t, r) {
  const n = ji.get(t);
  if (n && !e) return r && !n.includes(ve) ? n.concat(ve) : n.slice();
  let o = n;
  if (!o)
    if (Array.isArray(e)) o = [];
    else {
      const s = Array.from(ji.keys())
        .filter((i) => i !== 'yaml11')
        .map((i) => JSON.stringify(i))
        .join(', ');
      throw new Error(`Unknown schema "${t}"; use one of ${s} or define customTags array`);
    }
  if (Array.isArray(e)) for (const s of e) o = o.concat(s);
  else typeof e == 'function' && (o = e(o.slice()));
  return (
    r && (o = o.concat(ve)),
    o.reduce((s, i) => {
      const c = typeof i == 'string' ? Ui[i] : i;
      if (!c) {
        const a = JSON.stringify(i),
          u = Object.keys(Ui)
            .map((f) => JSON.stringify(f))
            .join(', ');
        throw new Error(`Unknown custom tag ${a}; use one of ${u}`);
      }
      return (s.includes(c) || s.push(c), s);
    }, [])
  );
}
var dd = (e, t) => (e.key < t.key ? -1 : e.key > t.key ? 1 : 0),
  sr = class e {
    constructor({
      compat: t,
      customTags: r,
      merge: n,
      resolveKnownTags: o,
      schema: s,
      sortMapEntries: i,
      toStringDefaults: c,
    }) {
      (this.compat = Array.isArray(t) ? an(t, 'compat') : t ? an(null, t) : null),
        (this.name = (typeof s == 'string' && s) || 'core'),
        (this.knownTags = o ? Bi : {}),
        (this.tags = an(r, this.name, n)),
        (this.toStringOptions = c ?? null),
        Object.defineProperty(this, _e, { value: Se }),
        Object.defineProperty(this, le, { value: et }),
        Object.defineProperty(this, Ue, { value: ke }),
        (this.sortMapEntries = typeof i == 'function' ? i : i === !0 ? dd : null);
    }
    clone() {
      const t = Object.create(e.prototype, Object.getOwnPropertyDescriptors(this));
      return ((t.tags = this.tags.slice()), t);
    }
  };
function Fi(e, t) {
  let r = [],
    n = t.directives === !0;
  if (t.directives !== !1 && e.directives) {
    const a = e.directives.toString(e);
    a ? (r.push(a), (n = !0)) : e.directives.docStart && (n = !0);
  }
  n && r.push('---');
  const o = Kr(e, t),
    { commentString: s } = o.options;
  if (e.commentBefore) {
    r.length !== 1 && r.unshift('');
    const a = s(e.commentBefore);
    r.unshift(ye(a, ''));
  }
  let i = !1,
    c = null;
  if (e.contents) {
    if (N(e.contents)) {
      if ((e.contents.spaceBefore && n && r.push(''), e.contents.commentBefore)) {
        const f = s(e.contents.commentBefore);
        r.push(ye(f, ''));
      }
      (o.forceBlockIndent = !!e.comment), (c = e.contents.comment);
    }
    let a = c ? void 0 : () => (i = !0),
      u = Ke(e.contents, o, () => (c = null), a);
    c && (u += Le(u, '', s(c))),
      (u[0] === '|' || u[0] === '>') && r[r.length - 1] === '---'
        ? (r[r.length - 1] = `--- ${u}`)
        : r.push(u);
  } else r.push(Ke(e.contents, o));
  if (e.directives?.docEnd)
    if (e.comment) {
      const a = s(e.comment);
      a.includes(`
`)
        ? (r.push('...'), r.push(ye(a, '')))
        : r.push(`... ${a}`);
    } else r.push('...');
  else {
    let a = e.comment;
    a && i && (a = a.replace(/^\n+/, '')),
      a && ((!i || c) && r[r.length - 1] !== '' && r.push(''), r.push(ye(s(a), '')));
  }
  return (
    r.join(`
`) +
    `
`
  );
}
var tt = class e {
  constructor(t, r, n) {
    (this.commentBefore = null),
      (this.comment = null),
      (this.errors = []),
      (this.warnings = []),
      Object.defineProperty(this, ne, { value: Cr });
    let o = null;
    typeof r == 'function' || Array.isArray(r) ? (o = r) : n === void 0 && r && ((n = r), (r = void 0));
    const s = Object.assign(
      {
        intAsBigInt: !1,
        keepSourceTokens: !1,
        logLevel: 'warn',
        prettyErrors: !0,
        strict: !0,
        stringKeys: !1,
        uniqueKeys: !0,
        version: '1.2',
      },
      n,
    );
    this.options = s;
    let { version: i } = s;
    n?._directives
      ? ((this.directives = n._directives.atDocument()),
        this.directives.yaml.explicit && (i = this.directives.yaml.version))
      : (this.directives = new Ce({ version: i })),
      this.setSchema(i, n),
      (this.contents = t === void 0 ? null : this.createNode(t, o, n));
  }
  clone() {
    const t = Object.create(e.prototype, { [ne]: { value: Cr } });
    return (
      (t.commentBefore = this.commentBefore),
      (t.comment = this.comment),
      (t.errors = this.errors.slice()),
      (t.warnings = this.warnings.slice()),
      (t.options = Object.assign({}, this.options)),
      this.directives && (t.directives = this.directives.clone()),
      (t.schema = this.schema.clone()),
      (t.contents = N(this.contents) ? this.contents.clone(t.schema) : this.contents),
      this.range && (t.range = this.range.slice()),
      t
    );
  }
  add(t) {
    Ct(this.contents) && this.contents.add(t);
  }
  addIn(t, r) {
    Ct(this.contents) && this.contents.addIn(t, r);
  }
  createAlias(t, r) {
    if (!t.anchor) {
      const n = bo(this);
      t.anchor = !r || n.has(r) ? wo(r || 'a', n) : r;
    }
    return new Be(t.anchor);
  }
  createNode(t, r, n) {
    let o;
    if (typeof r == 'function') (t = r.call({ '': t }, '', t)), (o = r);
    else if (Array.isArray(r)) {
      const g = (w) => typeof w == 'number' || w instanceof String || w instanceof Number,
        b = r.filter(g).map(String);
      b.length > 0 && (r = r.concat(b)), (o = r);
    } else n === void 0 && r && ((n = r), (r = void 0));
    const {
        aliasDuplicateObjects: s,
        anchorPrefix: i,
        flow: c,
        keepUndefined: a,
        onTagObj: u,
        tag: f,
      } = n ?? {},
      { onAnchor: l, setAnchors: p, sourceObjects: d } = xi(this, i || 'a'),
      h = {
        aliasDuplicateObjects: s ?? !0,
        keepUndefined: a ?? !1,
        onAnchor: l,
        onTagObj: u,
        replacer: o,
        schema: this.schema,
        sourceObjects: d,
      },
      m = Fe(t, f, h);
    return (c && C(m) && (m.flow = !0), p(), m);
  }
  createPair(t, r, n = {}) {
    const o = this.createNode(t, null, n),
      s = this.createNode(r, null, n);
    return new B(o, s);
  }
  delete(t) {
    return Ct(this.contents) ? this.contents.delete(t) : !1;
  }
  deleteIn(t) {
    return Pt(t)
      ? this.contents == null
        ? !1
        : ((this.contents = null), !0)
      : Ct(this.contents)
        ? this.contents.deleteIn(t)
        : !1;
  }
  get(t, r) {
    return C(this.contents) ? this.contents.get(t, r) : void 0;
  }
  getIn(t, r) {
    return Pt(t)
      ? !r && A(this.contents)
        ? this.contents.value
        : this.contents
      : C(this.contents)
        ? this.contents.getIn(t, r)
        : void 0;
  }
  has(t) {
    return C(this.contents) ? this.contents.has(t) : !1;
  }
  hasIn(t) {
    return Pt(t) ? this.contents !== void 0 : C(this.contents) ? this.contents.hasIn(t) : !1;
  }
  set(t, r) {
    this.contents == null
      ? (this.contents = Gt(this.schema, [t], r))
      : Ct(this.contents) && this.contents.set(t, r);
  }
  setIn(t, r) {
    Pt(t)
      ? (this.contents = r)
      : this.contents == null
        ? (this.contents = Gt(this.schema, Array.from(t), r))
        : Ct(this.contents) && this.contents.setIn(t, r);
  }
  setSchema(t, r = {}) {
    typeof t == 'number' && (t = String(t));
    let n;
    switch (t) {
      case '1.1':
        this.directives
          ? (this.directives.yaml.version = '1.1')
          : (this.directives = new Ce({ version: '1.1' })),
          (n = { resolveKnownTags: !1, schema: 'yaml-1.1' });
        break;
      case '1.2':
      case 'next':
        this.directives ? (this.directives.yaml.version = t) : (this.directives = new Ce({ version: t })),
          (n = { resolveKnownTags: !0, schema: 'core' });
        break;
      case null:
        this.directives && delete this.directives, (n = null);
        break;
      default: {
        const o = JSON.stringify(t);
        throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${o}`);
      }
    }
    if (r.schema instanceof Object) this.schema = r.schema;
    else if (n) this.schema = new sr(Object.assign(n, r));
    else throw new Error('With a null YAML version, the { schema: Schema } option is required');
  }
  toJS({ json: t, jsonArg: r, mapAsMap: n, maxAliasCount: o, onAnchor: s, reviver: i } = {}) {
    const c = {
        anchors: new Map(),
        doc: this,
        keep: !t,
        mapAsMap: n === !0,
        mapKeyWarned: !1,
        maxAliasCount: typeof o == 'number' ? o : 100,
      },
      a = G(this.contents, r ?? '', c);
    if (typeof s == 'function') for (const { count: u, res: f } of c.anchors.values()) s(f, u);
    return typeof i == 'function' ? Ye(i, { '': a }, '', a) : a;
  }
  toJSON(t, r) {
    return this.toJS({ json: !0, jsonArg: t, mapAsMap: !1, onAnchor: r });
  }
  toString(t = {}) {
    if (this.errors.length > 0) throw new Error('Document with errors cannot be stringified');
    if ('indent' in t && (!Number.isInteger(t.indent) || Number(t.indent) <= 0)) {
      const r = JSON.stringify(t.indent);
      throw new Error(`"indent" option must be a positive integer, not ${r}`);
    }
    return Fi(this, t);
  }
};
function Ct(e) {
  if (C(e)) return !0;
  throw new Error('Expected a YAML collection as document contents');
}
var ir = class extends Error {
    constructor(t, r, n, o) {
      super(), (this.name = t), (this.code = n), (this.message = o), (this.pos = r);
    }
  },
  $e = class extends ir {
    constructor(t, r, n) {
      super('YAMLParseError', t, r, n);
    }
  },
  cr = class extends ir {
    constructor(t, r, n) {
      super('YAMLWarning', t, r, n);
    }
  },
  Co = (e, t) => (r) => {
    if (r.pos[0] === -1) return;
    r.linePos = r.pos.map((c) => t.linePos(c));
    const { line: n, col: o } = r.linePos[0];
    r.message += ` at line ${n}, column ${o}`;
    let s = o - 1,
      i = e.substring(t.lineStarts[n - 1], t.lineStarts[n]).replace(/[\n\r]+$/, '');
    if (s >= 60 && i.length > 80) {
      const c = Math.min(s - 39, i.length - 79);
      (i = '\u2026' + i.substring(c)), (s -= c - 1);
    }
    if ((i.length > 80 && (i = i.substring(0, 79) + '\u2026'), n > 1 && /^ *$/.test(i.substring(0, s)))) {
      let c = e.substring(t.lineStarts[n - 2], t.lineStarts[n - 1]);
      c.length > 80 &&
        (c =
          c.substring(0, 79) +
          `\u2026
`),
        (i = c + i);
    }
    if (/[^ ]/.test(i)) {
      let c = 1,
        a = r.linePos[1];
      a?.line === n && a.col > o && (c = Math.max(1, Math.min(a.col - o, 80 - s)));
      const u = ' '.repeat(s) + '^'.repeat(c);
      r.message += `:

${i}
${u}
`;
    }
  };
function Ze(
  e,
  { flow: t, indicator: r, next: n, offset: o, onError: s, parentIndent: i, startOnNewline: c },
) {
  let a = !1,
    u = c,
    f = c,
    l = '',
    p = '',
    d = !1,
    h = !1,
    m = null,
    g = null,
    b = null,
    w = null,
    k = null,
    $ = null,
    x = null;
  for (const v of e)
    switch (
      (h &&
        (v.type !== 'space' &&
          v.type !== 'newline' &&
          v.type !== 'comma' &&
          s(
            v.offset,
            'MISSING_CHAR',
            'Tags and anchors must be separated from the next token by white space',
          ),
        (h = !1)),
      m &&
        (u &&
          v.type !== 'comment' &&
          v.type !== 'newline' &&
          s(m, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation'),
        (m = null)),
      v.type)
    ) {
      case 'space':
        !t && (r !== 'doc-start' || n?.type !== 'flow-collection') && v.source.includes('	') && (m = v),
          (f = !0);
        break;
      case 'comment': {
        f || s(v, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
        const U = v.source.substring(1) || ' ';
        l ? (l += p + U) : (l = U), (p = ''), (u = !1);
        break;
      }
      case 'newline':
        u ? (l ? (l += v.source) : (!$ || r !== 'seq-item-ind') && (a = !0)) : (p += v.source),
          (u = !0),
          (d = !0),
          (g || b) && (w = v),
          (f = !0);
        break;
      case 'anchor':
        g && s(v, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor'),
          v.source.endsWith(':') &&
            s(v.offset + v.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', !0),
          (g = v),
          x ?? (x = v.offset),
          (u = !1),
          (f = !1),
          (h = !0);
        break;
      case 'tag': {
        b && s(v, 'MULTIPLE_TAGS', 'A node can have at most one tag'),
          (b = v),
          x ?? (x = v.offset),
          (u = !1),
          (f = !1),
          (h = !0);
        break;
      }
      case r:
        (g || b) && s(v, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${v.source} indicator`),
          $ && s(v, 'UNEXPECTED_TOKEN', `Unexpected ${v.source} in ${t ?? 'collection'}`),
          ($ = v),
          (u = r === 'seq-item-ind' || r === 'explicit-key-ind'),
          (f = !1);
        break;
      case 'comma':
        if (t) {
          k && s(v, 'UNEXPECTED_TOKEN', `Unexpected , in ${t}`), (k = v), (u = !1), (f = !1);
          break;
        }
      default:
        s(v, 'UNEXPECTED_TOKEN', `Unexpected ${v.type} token`), (u = !1), (f = !1);
    }
  const _ = e[e.length - 1],
    T = _ ? _.offset + _.source.length : o;
  return (
    h &&
      n &&
      n.type !== 'space' &&
      n.type !== 'newline' &&
      n.type !== 'comma' &&
      (n.type !== 'scalar' || n.source !== '') &&
      s(n.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space'),
    m &&
      ((u && m.indent <= i) || n?.type === 'block-map' || n?.type === 'block-seq') &&
      s(m, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation'),
    {
      comma: k,
      found: $,
      spaceBefore: a,
      comment: l,
      hasNewline: d,
      anchor: g,
      tag: b,
      newlineAfterProp: w,
      end: T,
      start: x ?? T,
    }
  );
}
function rt(e) {
  if (!e) return null;
  switch (e.type) {
    case 'alias':
    case 'scalar':
    case 'double-quoted-scalar':
    case 'single-quoted-scalar':
      if (
        e.source.includes(`
`)
      )
        return !0;
      if (e.end) {
        for (const t of e.end) if (t.type === 'newline') return !0;
      }
      return !1;
    case 'flow-collection':
      for (const t of e.items) {
        for (const r of t.start) if (r.type === 'newline') return !0;
        if (t.sep) {
          for (const r of t.sep) if (r.type === 'newline') return !0;
        }
        if (rt(t.key) || rt(t.value)) return !0;
      }
      return !1;
    default:
      return !0;
  }
}
function ar(e, t, r) {
  if (t?.type === 'flow-collection') {
    const n = t.end[0];
    n.indent === e &&
      (n.source === ']' || n.source === '}') &&
      rt(t) &&
      r(n, 'BAD_INDENT', 'Flow end indicator should be more indented than parent', !0);
  }
}
function un(e, t, r) {
  const { uniqueKeys: n } = e.options;
  if (n === !1) return !1;
  const o = typeof n == 'function' ? n : (s, i) => s === i || (A(s) && A(i) && s.value === i.value);
  return t.some((s) => o(s.key, r));
}
var Ki = 'All mapping items must start at the same column';
function Vi({ composeNode: e, composeEmptyNode: t }, r, n, o, s) {
  const i = s?.nodeClass ?? V,
    c = new i(r.schema);
  r.atRoot && (r.atRoot = !1);
  let a = n.offset,
    u = null;
  for (const f of n.items) {
    const { start: l, key: p, sep: d, value: h } = f,
      m = Ze(l, {
        indicator: 'explicit-key-ind',
        next: p ?? d?.[0],
        offset: a,
        onError: o,
        parentIndent: n.indent,
        startOnNewline: !0,
      }),
      g = !m.found;
    if (g) {
      if (
        (p &&
          (p.type === 'block-seq'
            ? o(a, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key')
            : 'indent' in p && p.indent !== n.indent && o(a, 'BAD_INDENT', Ki)),
        !m.anchor && !m.tag && !d)
      ) {
        (u = m.end),
          m.comment &&
            (c.comment
              ? (c.comment +=
                  `
` + m.comment)
              : (c.comment = m.comment));
        continue;
      }
      (m.newlineAfterProp || rt(p)) &&
        o(p ?? l[l.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
    } else m.found?.indent !== n.indent && o(a, 'BAD_INDENT', Ki);
    r.atKey = !0;
    const b = m.end,
      w = p ? e(r, p, m, o) : t(r, b, l, null, m, o);
    r.schema.compat && ar(n.indent, p, o),
      (r.atKey = !1),
      un(r, c.items, w) && o(b, 'DUPLICATE_KEY', 'Map keys must be unique');
    const k = Ze(d ?? [], {
      indicator: 'map-value-ind',
      next: h,
      offset: w.range[2],
      onError: o,
      parentIndent: n.indent,
      startOnNewline: !p || p.type === 'block-scalar',
    });
    if (((a = k.end), k.found)) {
      g &&
        (h?.type === 'block-map' &&
          !k.hasNewline &&
          o(a, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings'),
        r.options.strict &&
          m.start < k.found.offset - 1024 &&
          o(
            w.range,
            'KEY_OVER_1024_CHARS',
            'The : indicator must be at most 1024 chars after the start of an implicit block mapping key',
          ));
      const $ = h ? e(r, h, k, o) : t(r, a, d, null, k, o);
      r.schema.compat && ar(n.indent, h, o), (a = $.range[2]);
      const x = new B(w, $);
      r.options.keepSourceTokens && (x.srcToken = f), c.items.push(x);
    } else {
      g && o(w.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values'),
        k.comment &&
          (w.comment
            ? (w.comment +=
                `
` + k.comment)
            : (w.comment = k.comment));
      const $ = new B(w);
      r.options.keepSourceTokens && ($.srcToken = f), c.items.push($);
    }
  }
  return (
    u && u < a && o(u, 'IMPOSSIBLE', 'Map comment with trailing content'),
    (c.range = [n.offset, a, u ?? a]),
    c
  );
}
function Ji({ composeNode: e, composeEmptyNode: t }, r, n, o, s) {
  const i = s?.nodeClass ?? te,
    c = new i(r.schema);
  r.atRoot && (r.atRoot = !1), r.atKey && (r.atKey = !1);
  let a = n.offset,
    u = null;
  for (const { start: f, value: l } of n.items) {
    const p = Ze(f, {
      indicator: 'seq-item-ind',
      next: l,
      offset: a,
      onError: o,
      parentIndent: n.indent,
      startOnNewline: !0,
    });
    if (!p.found)
      if (p.anchor || p.tag || l)
        l?.type === 'block-seq'
          ? o(p.end, 'BAD_INDENT', 'All sequence items must start at the same column')
          : o(a, 'MISSING_CHAR', 'Sequence item without - indicator');
      else {
        (u = p.end), p.comment && (c.comment = p.comment);
        continue;
      }
    const d = l ? e(r, l, p, o) : t(r, p.end, f, null, p, o);
    r.schema.compat && ar(n.indent, l, o), (a = d.range[2]), c.items.push(d);
  }
  return ((c.range = [n.offset, a, u ?? a]), c);
}
function Re(e, t, r, n) {
  let o = '';
  if (e) {
    let s = !1,
      i = '';
    for (const c of e) {
      const { source: a, type: u } = c;
      switch (u) {
        case 'space':
          s = !0;
          break;
        case 'comment': {
          r &&
            !s &&
            n(c, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
          const f = a.substring(1) || ' ';
          o ? (o += i + f) : (o = f), (i = '');
          break;
        }
        case 'newline':
          o && (i += a), (s = !0);
          break;
        default:
          n(c, 'UNEXPECTED_TOKEN', `Unexpected ${u} at node end`);
      }
      t += a.length;
    }
  }
  return { comment: o, offset: t };
}
var Lo = 'Block collections are not allowed within flow collections',
  Zo = (e) => e && (e.type === 'block-map' || e.type === 'block-seq');
function Wi({ composeNode: e, composeEmptyNode: t }, r, n, o, s) {
  const i = n.start.source === '{',
    c = i ? 'flow map' : 'flow sequence',
    a = s?.nodeClass ?? (i ? V : te),
    u = new a(r.schema);
  u.flow = !0;
  const f = r.atRoot;
  f && (r.atRoot = !1), r.atKey && (r.atKey = !1);
  let l = n.offset + n.start.source.length;
  for (let g = 0; g < n.items.length; ++g) {
    const b = n.items[g],
      { start: w, key: k, sep: $, value: x } = b,
      _ = Ze(w, {
        flow: c,
        indicator: 'explicit-key-ind',
        next: k ?? $?.[0],
        offset: l,
        onError: o,
        parentIndent: n.indent,
        startOnNewline: !1,
      });
    if (!_.found) {
      if (!_.anchor && !_.tag && !$ && !x) {
        g === 0 && _.comma
          ? o(_.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${c}`)
          : g < n.items.length - 1 && o(_.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${c}`),
          _.comment &&
            (u.comment
              ? (u.comment +=
                  `
` + _.comment)
              : (u.comment = _.comment)),
          (l = _.end);
        continue;
      }
      !i &&
        r.options.strict &&
        rt(k) &&
        o(k, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
    }
    if (g === 0) _.comma && o(_.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${c}`);
    else if ((_.comma || o(_.start, 'MISSING_CHAR', `Missing , between ${c} items`), _.comment)) {
      let T = '';
      e: for (const v of w)
        switch (v.type) {
          case 'comma':
          case 'space':
            break;
          case 'comment':
            T = v.source.substring(1);
            break e;
          default:
            break e;
        }
      if (T) {
        let v = u.items[u.items.length - 1];
        I(v) && (v = v.value ?? v.key),
          v.comment
            ? (v.comment +=
                `
` + T)
            : (v.comment = T),
          (_.comment = _.comment.substring(T.length + 1));
      }
    }
    if (!i && !$ && !_.found) {
      const T = x ? e(r, x, _, o) : t(r, _.end, $, null, _, o);
      u.items.push(T), (l = T.range[2]), Zo(x) && o(T.range, 'BLOCK_IN_FLOW', Lo);
    } else {
      r.atKey = !0;
      const T = _.end,
        v = k ? e(r, k, _, o) : t(r, T, w, null, _, o);
      Zo(k) && o(v.range, 'BLOCK_IN_FLOW', Lo), (r.atKey = !1);
      const U = Ze($ ?? [], {
        flow: c,
        indicator: 'map-value-ind',
        next: x,
        offset: v.range[2],
        onError: o,
        parentIndent: n.indent,
        startOnNewline: !1,
      });
      if (U.found) {
        if (!i && !_.found && r.options.strict) {
          if ($)
            for (const K of $) {
              if (K === U.found) break;
              if (K.type === 'newline') {
                o(
                  K,
                  'MULTILINE_IMPLICIT_KEY',
                  'Implicit keys of flow sequence pairs need to be on a single line',
                );
                break;
              }
            }
          _.start < U.found.offset - 1024 &&
            o(
              U.found,
              'KEY_OVER_1024_CHARS',
              'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key',
            );
        }
      } else
        x &&
          ('source' in x && x.source?.[0] === ':'
            ? o(x, 'MISSING_CHAR', `Missing space after : in ${c}`)
            : o(U.start, 'MISSING_CHAR', `Missing , or : between ${c} items`));
      const ge = x ? e(r, x, U, o) : U.found ? t(r, U.end, $, null, U, o) : null;
      ge
        ? Zo(x) && o(ge.range, 'BLOCK_IN_FLOW', Lo)
        : U.comment &&
          (v.comment
            ? (v.comment +=
                `
` + U.comment)
            : (v.comment = U.comment));
      const je = new B(v, ge);
      if ((r.options.keepSourceTokens && (je.srcToken = b), i)) {
        const K = u;
        un(r, K.items, v) && o(T, 'DUPLICATE_KEY', 'Map keys must be unique'), K.items.push(je);
      } else {
        const K = new V(r.schema);
        (K.flow = !0), K.items.push(je);
        const Tr = (ge ?? v).range;
        (K.range = [v.range[0], Tr[1], Tr[2]]), u.items.push(K);
      }
      l = ge ? ge.range[2] : U.end;
    }
  }
  let p = i ? '}' : ']',
    [d, ...h] = n.end,
    m = l;
  if (d?.source === p) m = d.offset + d.source.length;
  else {
    const g = c[0].toUpperCase() + c.substring(1),
      b = f
        ? `${g} must end with a ${p}`
        : `${g} in block collection must be sufficiently indented and end with a ${p}`;
    o(l, f ? 'MISSING_CHAR' : 'BAD_INDENT', b), d && d.source.length !== 1 && h.unshift(d);
  }
  if (h.length > 0) {
    const g = Re(h, m, r.options.strict, o);
    g.comment &&
      (u.comment
        ? (u.comment +=
            `
` + g.comment)
        : (u.comment = g.comment)),
      (u.range = [n.offset, m, g.offset]);
  } else u.range = [n.offset, m, m];
  return u;
}
function Ro(e, t, r, n, o, s) {
  const i =
      r.type === 'block-map'
        ? Vi(e, t, r, n, s)
        : r.type === 'block-seq'
          ? Ji(e, t, r, n, s)
          : Wi(e, t, r, n, s),
    c = i.constructor;
  return o === '!' || o === c.tagName ? ((i.tag = c.tagName), i) : (o && (i.tag = o), i);
}
function qi(e, t, r, n, o) {
  const s = n.tag,
    i = s ? t.directives.tagName(s.source, (p) => o(s, 'TAG_RESOLVE_FAILED', p)) : null;
  if (r.type === 'block-seq') {
    const { anchor: p, newlineAfterProp: d } = n,
      h = p && s ? (p.offset > s.offset ? p : s) : (p ?? s);
    h && (!d || d.offset < h.offset) && o(h, 'MISSING_CHAR', 'Missing newline after block sequence props');
  }
  const c =
    r.type === 'block-map' ? 'map' : r.type === 'block-seq' ? 'seq' : r.start.source === '{' ? 'map' : 'seq';
  if (!s || !i || i === '!' || (i === V.tagName && c === 'map') || (i === te.tagName && c === 'seq'))
    return Ro(e, t, r, o, i);
  let a = t.schema.tags.find((p) => p.tag === i && p.collection === c);
  if (!a) {
    const p = t.schema.knownTags[i];
    if (p?.collection === c) t.schema.tags.push(Object.assign({}, p, { default: !1 })), (a = p);
    else
      return (
        p
          ? o(
              s,
              'BAD_COLLECTION_TYPE',
              `${p.tag} used for ${c} collection, but expects ${p.collection ?? 'scalar'}`,
              !0,
            )
          : o(s, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${i}`, !0),
        Ro(e, t, r, o, i)
      );
  }
  const u = Ro(e, t, r, o, i, a),
    f = a.resolve?.(u, (p) => o(s, 'TAG_RESOLVE_FAILED', p), t.options) ?? u,
    l = N(f) ? f : new S(f);
  return ((l.range = u.range), (l.tag = i), a?.format && (l.format = a.format), l);
}
function Do(e, t, r) {
  const n = t.offset,
    o = md(t, e.options.strict, r);
  if (!o) return { value: '', type: null, comment: '', range: [n, n, n] };
  let s = o.mode === '>' ? S.BLOCK_FOLDED : S.BLOCK_LITERAL,
    i = t.source ? hd(t.source) : [],
    c = i.length;
  for (let m = i.length - 1; m >= 0; --m) {
    const g = i[m][1];
    if (g === '' || g === '\r') c = m;
    else break;
  }
  if (c === 0) {
    let m =
        o.chomp === '+' && i.length > 0
          ? `
`.repeat(Math.max(1, i.length - 1))
          : '',
      g = n + o.length;
    return (t.source && (g += t.source.length), { value: m, type: s, comment: o.comment, range: [n, g, g] });
  }
  let a = t.indent + o.indent,
    u = t.offset + o.length,
    f = 0;
  for (let m = 0; m < c; ++m) {
    const [g, b] = i[m];
    if (b === '' || b === '\r') o.indent === 0 && g.length > a && (a = g.length);
    else {
      g.length < a &&
        r(
          u + g.length,
          'MISSING_CHAR',
          'Block scalars with more-indented leading empty lines must use an explicit indentation indicator',
        ),
        o.indent === 0 && (a = g.length),
        (f = m),
        a === 0 && !e.atRoot && r(u, 'BAD_INDENT', 'Block scalar values in collections must be indented');
      break;
    }
    u += g.length + b.length + 1;
  }
  for (let m = i.length - 1; m >= c; --m) i[m][0].length > a && (c = m + 1);
  let l = '',
    p = '',
    d = !1;
  for (let m = 0; m < f; ++m)
    l +=
      i[m][0].slice(a) +
      `
`;
  for (let m = f; m < c; ++m) {
    let [g, b] = i[m];
    u += g.length + b.length + 1;
    const w = b[b.length - 1] === '\r';
    if ((w && (b = b.slice(0, -1)), b && g.length < a)) {
      const $ = `Block scalar lines must not be less indented than their ${o.indent ? 'explicit indentation indicator' : 'first line'}`;
      r(u - b.length - (w ? 2 : 1), 'BAD_INDENT', $), (g = '');
    }
    s === S.BLOCK_LITERAL
      ? ((l += p + g.slice(a) + b),
        (p = `
`))
      : g.length > a || b[0] === '	'
        ? (p === ' '
            ? (p = `
`)
            : !d &&
              p ===
                `
` &&
              (p = `

`),
          (l += p + g.slice(a) + b),
          (p = `
`),
          (d = !0))
        : b === ''
          ? p ===
            `
`
            ? (l += `
`)
            : (p = `
`)
          : ((l += p + b), (p = ' '), (d = !1));
  }
  switch (o.chomp) {
    case '-':
      break;
    case '+':
      for (let m = c; m < i.length; ++m)
        l +=
          `
` + i[m][0].slice(a);
      l[l.length - 1] !==
        `
` &&
        (l += `
`);
      break;
    default:
      l += `
`;
  }
  const h = n + o.length + t.source.length;
  return { value: l, type: s, comment: o.comment, range: [n, h, h] };
}
function md({ offset: e, props: t }, r, n) {
  if (t[0].type !== 'block-scalar-header')
    return (n(t[0], 'IMPOSSIBLE', 'Block scalar header not found'), null);
  let { source: o } = t[0],
    s = o[0],
    i = 0,
    c = '',
    a = -1;
  for (let p = 1; p < o.length; ++p) {
    const d = o[p];
    if (!c && (d === '-' || d === '+')) c = d;
    else {
      const h = Number(d);
      !i && h ? (i = h) : a === -1 && (a = e + p);
    }
  }
  a !== -1 && n(a, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${o}`);
  let u = !1,
    f = '',
    l = o.length;
  for (let p = 1; p < t.length; ++p) {
    const d = t[p];
    switch (d.type) {
      case 'space':
        u = !0;
      case 'newline':
        l += d.source.length;
        break;
      case 'comment':
        r &&
          !u &&
          n(d, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters'),
          (l += d.source.length),
          (f = d.source.substring(1));
        break;
      case 'error':
        n(d, 'UNEXPECTED_TOKEN', d.message), (l += d.source.length);
        break;
      default: {
        const h = `Unexpected token in block scalar header: ${d.type}`;
        n(d, 'UNEXPECTED_TOKEN', h);
        const m = d.source;
        m && typeof m == 'string' && (l += m.length);
      }
    }
  }
  return { mode: s, indent: i, chomp: c, comment: f, length: l };
}
function hd(e) {
  const t = e.split(/\n( *)/),
    r = t[0],
    n = r.match(/^( *)/),
    s = [n?.[1] ? [n[1], r.slice(n[1].length)] : ['', r]];
  for (let i = 1; i < t.length; i += 2) s.push([t[i], t[i + 1]]);
  return s;
}
function Mo(e, t, r) {
  let { offset: n, type: o, source: s, end: i } = e,
    c,
    a,
    u = (p, d, h) => r(n + p, d, h);
  switch (o) {
    case 'scalar':
      (c = S.PLAIN), (a = gd(s, u));
      break;
    case 'single-quoted-scalar':
      (c = S.QUOTE_SINGLE), (a = yd(s, u));
      break;
    case 'double-quoted-scalar':
      (c = S.QUOTE_DOUBLE), (a = bd(s, u));
      break;
    default:
      return (
        r(e, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${o}`),
        { value: '', type: null, comment: '', range: [n, n + s.length, n + s.length] }
      );
  }
  const f = n + s.length,
    l = Re(i, f, t, r);
  return { value: a, type: c, comment: l.comment, range: [n, f, l.offset] };
}
function gd(e, t) {
  let r = '';
  switch (e[0]) {
    case '	':
      r = 'a tab character';
      break;
    case ',':
      r = 'flow indicator character ,';
      break;
    case '%':
      r = 'directive indicator character %';
      break;
    case '|':
    case '>': {
      r = `block scalar indicator ${e[0]}`;
      break;
    }
    case '@':
    case '`': {
      r = `reserved character ${e[0]}`;
      break;
    }
  }
  return (r && t(0, 'BAD_SCALAR_START', `Plain value cannot start with ${r}`), Gi(e));
}
function yd(e, t) {
  return (
    (e[e.length - 1] !== "'" || e.length === 1) && t(e.length, 'MISSING_CHAR', "Missing closing 'quote"),
    Gi(e.slice(1, -1)).replace(/''/g, "'")
  );
}
function Gi(e) {
  let t = /(.*?)\r?\n/sy,
    r = t.exec(e);
  if (!r) return e;
  let n, o;
  try {
    (n = /(?<![ 	])[ 	]+$/), (o = /^[ 	]+|(?<![ 	])[ 	]+$/g);
  } catch {
    (n = /[ \t]+$/), (o = /^[ \t]+|[ \t]+$/g);
  }
  let s = r[1].replace(n, ''),
    i = ' ',
    c = t.lastIndex;
  for (; (r = t.exec(e)); ) {
    const u = r[1].replace(o, '');
    u === ''
      ? i ===
        `
`
        ? (s += i)
        : (i = `
`)
      : ((s += i + u), (i = ' ')),
      (c = t.lastIndex);
  }
  const a = /[ \t]*(.*)/sy;
  return ((a.lastIndex = c), (r = a.exec(e)), s + i + (r?.[1] ?? ''));
}
function bd(e, t) {
  let r = '';
  for (let n = 1; n < e.length - 1; ++n) {
    const o = e[n];
    if (
      !(
        o === '\r' &&
        e[n + 1] ===
          `
`
      )
    )
      if (
        o ===
        `
`
      ) {
        const { fold: s, offset: i } = wd(e, n);
        (r += s), (n = i);
      } else if (o === '\\') {
        let s = e[++n],
          i = _d[s];
        if (i) r += i;
        else if (
          s ===
          `
`
        )
          for (s = e[n + 1]; s === ' ' || s === '	'; ) s = e[++n + 1];
        else if (
          s === '\r' &&
          e[n + 1] ===
            `
`
        )
          for (s = e[++n + 1]; s === ' ' || s === '	'; ) s = e[++n + 1];
        else if (s === 'x' || s === 'u' || s === 'U') {
          const c = s === 'x' ? 2 : s === 'u' ? 4 : 8;
          (r += xd(e, n + 1, c, t)), (n += c);
        } else {
          const c = e.substr(n - 1, 2);
          t(n - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${c}`), (r += c);
        }
      } else if (o === ' ' || o === '	') {
        let s = n,
          i = e[n + 1];
        for (; i === ' ' || i === '	'; ) i = e[++n + 1];
        i !==
          `
` &&
          !(
            i === '\r' &&
            e[n + 2] ===
              `
`
          ) &&
          (r += n > s ? e.slice(s, n + 1) : o);
      } else r += o;
  }
  return (
    (e[e.length - 1] !== '"' || e.length === 1) && t(e.length, 'MISSING_CHAR', 'Missing closing "quote'), r
  );
}
function wd(e, t) {
  let r = '',
    n = e[t + 1];
  for (
    ;
    (n === ' ' ||
      n === '	' ||
      n ===
        `
` ||
      n === '\r') &&
    !(
      n === '\r' &&
      e[t + 2] !==
        `
`
    );
  )
    n ===
      `
` &&
      (r += `
`),
      (t += 1),
      (n = e[t + 1]);
  return (r || (r = ' '), { fold: r, offset: t });
}
var _d = {
  0: '\0',
  a: '\x07',
  b: '\b',
  e: '\x1B',
  f: '\f',
  n: `
`,
  r: '\r',
  t: '	',
  v: '\v',
  N: '\x85',
  _: '\xA0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  '	': '	',
};
function xd(e, t, r, n) {
  const o = e.substr(t, r),
    i = o.length === r && /^[0-9a-fA-F]+$/.test(o) ? parseInt(o, 16) : NaN;
  try {
    return String.fromCodePoint(i);
  } catch {
    const c = e.substr(t - 2, r + 2);
    return (n(t - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${c}`), c);
  }
}
function jo(e, t, r, n) {
  let {
      value: o,
      type: s,
      comment: i,
      range: c,
    } = t.type === 'block-scalar' ? Do(e, t, n) : Mo(t, e.options.strict, n),
    a = r ? e.directives.tagName(r.source, (l) => n(r, 'TAG_RESOLVE_FAILED', l)) : null,
    u;
  e.options.stringKeys && e.atKey
    ? (u = e.schema[le])
    : a
      ? (u = vd(e.schema, o, a, r, n))
      : t.type === 'scalar'
        ? (u = Sd(e, o, t, n))
        : (u = e.schema[le]);
  let f;
  try {
    const l = u.resolve(o, (p) => n(r ?? t, 'TAG_RESOLVE_FAILED', p), e.options);
    f = A(l) ? l : new S(l);
  } catch (l) {
    const p = l instanceof Error ? l.message : String(l);
    n(r ?? t, 'TAG_RESOLVE_FAILED', p), (f = new S(o));
  }
  return (
    (f.range = c),
    (f.source = o),
    s && (f.type = s),
    a && (f.tag = a),
    u.format && (f.format = u.format),
    i && (f.comment = i),
    f
  );
}
function vd(e, t, r, n, o) {
  if (r === '!') return e[le];
  const s = [];
  for (const c of e.tags)
    if (!c.collection && c.tag === r)
      if (c.default && c.test) s.push(c);
      else return c;
  for (const c of s) if (c.test?.test(t)) return c;
  const i = e.knownTags[r];
  return i && !i.collection
    ? (e.tags.push(Object.assign({}, i, { default: !1, test: void 0 })), i)
    : (o(n, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${r}`, r !== 'tag:yaml.org,2002:str'), e[le]);
}
function Sd({ atKey: e, directives: t, schema: r }, n, o, s) {
  const i = r.tags.find((c) => (c.default === !0 || (e && c.default === 'key')) && c.test?.test(n)) || r[le];
  if (r.compat) {
    const c = r.compat.find((a) => a.default && a.test?.test(n)) ?? r[le];
    if (i.tag !== c.tag) {
      const a = t.tagString(i.tag),
        u = t.tagString(c.tag),
        f = `Value may be parsed as either ${a} or ${u}`;
      s(o, 'TAG_RESOLVE_FAILED', f, !0);
    }
  }
  return i;
}
function Hi(e, t, r) {
  if (t) {
    r ?? (r = t.length);
    for (let n = r - 1; n >= 0; --n) {
      let o = t[n];
      switch (o.type) {
        case 'space':
        case 'comment':
        case 'newline':
          e -= o.source.length;
          continue;
      }
      for (o = t[++n]; o?.type === 'space'; ) (e += o.source.length), (o = t[++n]);
      break;
    }
  }
  return e;
}
var kd = { composeNode: Uo, composeEmptyNode: ln };
function Uo(e, t, r, n) {
  let o = e.atKey,
    { spaceBefore: s, comment: i, anchor: c, tag: a } = r,
    u,
    f = !0;
  switch (t.type) {
    case 'alias':
      (u = $d(e, t, n)), (c || a) && n(t, 'ALIAS_PROPS', 'An alias node must not specify any properties');
      break;
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'block-scalar':
      (u = jo(e, t, a, n)), c && (u.anchor = c.source.substring(1));
      break;
    case 'block-map':
    case 'block-seq':
    case 'flow-collection':
      try {
        (u = qi(kd, e, t, r, n)), c && (u.anchor = c.source.substring(1));
      } catch (l) {
        const p = l instanceof Error ? l.message : String(l);
        n(t, 'RESOURCE_EXHAUSTION', p);
      }
      break;
    default: {
      const l = t.type === 'error' ? t.message : `Unsupported token (type: ${t.type})`;
      n(t, 'UNEXPECTED_TOKEN', l), (f = !1);
    }
  }
  return (
    u ?? (u = ln(e, t.offset, void 0, null, r, n)),
    c && u.anchor === '' && n(c, 'BAD_ALIAS', 'Anchor cannot be an empty string'),
    o &&
      e.options.stringKeys &&
      (!A(u) || typeof u.value != 'string' || (u.tag && u.tag !== 'tag:yaml.org,2002:str')) &&
      n(a ?? t, 'NON_STRING_KEY', 'With stringKeys, all keys must be strings'),
    s && (u.spaceBefore = !0),
    i && (t.type === 'scalar' && t.source === '' ? (u.comment = i) : (u.commentBefore = i)),
    e.options.keepSourceTokens && f && (u.srcToken = t),
    u
  );
}
function ln(e, t, r, n, { spaceBefore: o, comment: s, anchor: i, tag: c, end: a }, u) {
  const f = { type: 'scalar', offset: Hi(t, r, n), indent: -1, source: '' },
    l = jo(e, f, c, u);
  return (
    i &&
      ((l.anchor = i.source.substring(1)),
      l.anchor === '' && u(i, 'BAD_ALIAS', 'Anchor cannot be an empty string')),
    o && (l.spaceBefore = !0),
    s && ((l.comment = s), (l.range[2] = a)),
    l
  );
}
function $d({ options: e }, { offset: t, source: r, end: n }, o) {
  const s = new Be(r.substring(1));
  s.source === '' && o(t, 'BAD_ALIAS', 'Alias cannot be an empty string'),
    s.source.endsWith(':') && o(t + r.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', !0);
  const i = t + r.length,
    c = Re(n, i, e.strict, o);
  return ((s.range = [t, i, c.offset]), c.comment && (s.comment = c.comment), s);
}
function Yi(e, t, { offset: r, start: n, value: o, end: s }, i) {
  const c = Object.assign({ _directives: t }, e),
    a = new tt(void 0, c),
    u = { atKey: !1, atRoot: !0, directives: a.directives, options: a.options, schema: a.schema },
    f = Ze(n, {
      indicator: 'doc-start',
      next: o ?? s?.[0],
      offset: r,
      onError: i,
      parentIndent: 0,
      startOnNewline: !0,
    });
  f.found &&
    ((a.directives.docStart = !0),
    o &&
      (o.type === 'block-map' || o.type === 'block-seq') &&
      !f.hasNewline &&
      i(f.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker')),
    (a.contents = o ? Uo(u, o, f, i) : ln(u, f.end, n, null, f, i));
  const l = a.contents.range[2],
    p = Re(s, l, !1, i);
  return (p.comment && (a.comment = p.comment), (a.range = [r, l, p.offset]), a);
}
function ur(e) {
  if (typeof e == 'number') return [e, e + 1];
  if (Array.isArray(e)) return e.length === 2 ? e : [e[0], e[1]];
  const { offset: t, source: r } = e;
  return [t, t + (typeof r == 'string' ? r.length : 1)];
}
function Xi(e) {
  let t = '',
    r = !1,
    n = !1;
  for (let o = 0; o < e.length; ++o) {
    const s = e[o];
    switch (s[0]) {
      case '#':
        (t +=
          (t === ''
            ? ''
            : n
              ? `

`
              : `
`) + (s.substring(1) || ' ')),
          (r = !0),
          (n = !1);
        break;
      case '%':
        e[o + 1]?.[0] !== '#' && (o += 1), (r = !1);
        break;
      default:
        r || (n = !0), (r = !1);
    }
  }
  return { comment: t, afterEmptyLine: n };
}
var lr = class {
  constructor(t = {}) {
    (this.doc = null),
      (this.atDirectives = !1),
      (this.prelude = []),
      (this.errors = []),
      (this.warnings = []),
      (this.onError = (r, n, o, s) => {
        const i = ur(r);
        s ? this.warnings.push(new cr(i, n, o)) : this.errors.push(new $e(i, n, o));
      }),
      (this.directives = new Ce({ version: t.version || '1.2' })),
      (this.options = t);
  }
  decorate(t, r) {
    const { comment: n, afterEmptyLine: o } = Xi(this.prelude);
    if (n) {
      const s = t.contents;
      if (r)
        t.comment = t.comment
          ? `${t.comment}
${n}`
          : n;
      else if (o || t.directives.docStart || !s) t.commentBefore = n;
      else if (C(s) && !s.flow && s.items.length > 0) {
        let i = s.items[0];
        I(i) && (i = i.key);
        const c = i.commentBefore;
        i.commentBefore = c
          ? `${n}
${c}`
          : n;
      } else {
        const i = s.commentBefore;
        s.commentBefore = i
          ? `${n}
${i}`
          : n;
      }
    }
    if (r) {
      for (let s = 0; s < this.errors.length; ++s) t.errors.push(this.errors[s]);
      for (let s = 0; s < this.warnings.length; ++s) t.warnings.push(this.warnings[s]);
    } else (t.errors = this.errors), (t.warnings = this.warnings);
    (this.prelude = []), (this.errors = []), (this.warnings = []);
  }
  streamInfo() {
    return {
      comment: Xi(this.prelude).comment,
      directives: this.directives,
      errors: this.errors,
      warnings: this.warnings,
    };
  }
  *compose(t, r = !1, n = -1) {
    for (const o of t) yield* this.next(o);
    yield* this.end(r, n);
  }
  *next(t) {
    switch ((process.env.LOG_STREAM && console.dir(t, { depth: null }), t.type)) {
      case 'directive':
        this.directives.add(t.source, (r, n, o) => {
          const s = ur(t);
          (s[0] += r), this.onError(s, 'BAD_DIRECTIVE', n, o);
        }),
          this.prelude.push(t.source),
          (this.atDirectives = !0);
        break;
      case 'document': {
        const r = Yi(this.options, this.directives, t, this.onError);
        this.atDirectives &&
          !r.directives.docStart &&
          this.onError(t, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line'),
          this.decorate(r, !1),
          this.doc && (yield this.doc),
          (this.doc = r),
          (this.atDirectives = !1);
        break;
      }
      case 'byte-order-mark':
      case 'space':
        break;
      case 'comment':
      case 'newline':
        this.prelude.push(t.source);
        break;
      case 'error': {
        const r = t.source ? `${t.message}: ${JSON.stringify(t.source)}` : t.message,
          n = new $e(ur(t), 'UNEXPECTED_TOKEN', r);
        this.atDirectives || !this.doc ? this.errors.push(n) : this.doc.errors.push(n);
        break;
      }
      case 'doc-end': {
        if (!this.doc) {
          const n = 'Unexpected doc-end without preceding document';
          this.errors.push(new $e(ur(t), 'UNEXPECTED_TOKEN', n));
          break;
        }
        this.doc.directives.docEnd = !0;
        const r = Re(t.end, t.offset + t.source.length, this.doc.options.strict, this.onError);
        if ((this.decorate(this.doc, !0), r.comment)) {
          const n = this.doc.comment;
          this.doc.comment = n
            ? `${n}
${r.comment}`
            : r.comment;
        }
        this.doc.range[2] = r.offset;
        break;
      }
      default:
        this.errors.push(new $e(ur(t), 'UNEXPECTED_TOKEN', `Unsupported token ${t.type}`));
    }
  }
  *end(t = !1, r = -1) {
    if (this.doc) this.decorate(this.doc, !0), yield this.doc, (this.doc = null);
    else if (t) {
      const n = Object.assign({ _directives: this.directives }, this.options),
        o = new tt(void 0, n);
      this.atDirectives && this.onError(r, 'MISSING_CHAR', 'Missing directives-end indicator line'),
        (o.range = [0, r, r]),
        this.decorate(o, !1),
        yield o;
    }
  }
};
var Bo = Symbol('break visit'),
  zd = Symbol('skip children'),
  Qi = Symbol('remove item');
function yt(e, t) {
  'type' in e && e.type === 'document' && (e = { start: e.start, value: e.value }),
    ec(Object.freeze([]), e, t);
}
yt.BREAK = Bo;
yt.SKIP = zd;
yt.REMOVE = Qi;
yt.itemAtPath = (e, t) => {
  let r = e;
  for (const [n, o] of t) {
    const s = r?.[n];
    if (s && 'items' in s) r = s.items[o];
    else return;
  }
  return r;
};
yt.parentCollection = (e, t) => {
  const r = yt.itemAtPath(e, t.slice(0, -1)),
    n = t[t.length - 1][0],
    o = r?.[n];
  if (o && 'items' in o) return o;
  throw new Error('Parent collection not found');
};
function ec(e, t, r) {
  let n = r(t, e);
  if (typeof n == 'symbol') return n;
  for (const o of ['key', 'value']) {
    const s = t[o];
    if (s && 'items' in s) {
      for (let i = 0; i < s.items.length; ++i) {
        const c = ec(Object.freeze(e.concat([[o, i]])), s.items[i], r);
        if (typeof c == 'number') i = c - 1;
        else {
          if (c === Bo) return Bo;
          c === Qi && (s.items.splice(i, 1), (i -= 1));
        }
      }
      typeof n == 'function' && o === 'key' && (n = n(t, e));
    }
  }
  return typeof n == 'function' ? n(t, e) : n;
}
var fn = '\uFEFF',
  pn = '',
  dn = '',
  fr = '';
function tc(e) {
  switch (e) {
    case fn:
      return '<BOM>';
    case pn:
      return '<DOC>';
    case dn:
      return '<FLOW_END>';
    case fr:
      return '<SCALAR>';
    default:
      return JSON.stringify(e);
  }
}
function rc(e) {
  switch (e) {
    case fn:
      return 'byte-order-mark';
    case pn:
      return 'doc-mode';
    case dn:
      return 'flow-error-end';
    case fr:
      return 'scalar';
    case '---':
      return 'doc-start';
    case '...':
      return 'doc-end';
    case '':
    case `
`:
    case `\r
`:
      return 'newline';
    case '-':
      return 'seq-item-ind';
    case '?':
      return 'explicit-key-ind';
    case ':':
      return 'map-value-ind';
    case '{':
      return 'flow-map-start';
    case '}':
      return 'flow-map-end';
    case '[':
      return 'flow-seq-start';
    case ']':
      return 'flow-seq-end';
    case ',':
      return 'comma';
  }
  switch (e[0]) {
    case ' ':
    case '	':
      return 'space';
    case '#':
      return 'comment';
    case '%':
      return 'directive-line';
    case '*':
      return 'alias';
    case '&':
      return 'anchor';
    case '!':
      return 'tag';
    case "'":
      return 'single-quoted-scalar';
    case '"':
      return 'double-quoted-scalar';
    case '|':
    case '>':
      return 'block-scalar-header';
  }
  return null;
}
function ze(e) {
  switch (e) {
    case void 0:
    case ' ':
    case `
`:
    case '\r':
    case '	':
      return !0;
    default:
      return !1;
  }
}
var nc = new Set('0123456789ABCDEFabcdef'),
  Pd = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"),
  mn = new Set(',[]{}'),
  Od = new Set(` ,[]{}
\r	`),
  Fo = (e) => !e || Od.has(e),
  pr = class {
    constructor() {
      (this.atEnd = !1),
        (this.blockScalarIndent = -1),
        (this.blockScalarKeep = !1),
        (this.buffer = ''),
        (this.flowKey = !1),
        (this.flowLevel = 0),
        (this.indentNext = 0),
        (this.indentValue = 0),
        (this.lineEndPos = null),
        (this.next = null),
        (this.pos = 0);
    }
    *lex(t, r = !1) {
      if (t) {
        if (typeof t != 'string') throw TypeError('source is not a string');
        (this.buffer = this.buffer ? this.buffer + t : t), (this.lineEndPos = null);
      }
      this.atEnd = !r;
      let n = this.next ?? 'stream';
      for (; n && (r || this.hasChars(1)); ) n = yield* this.parseNext(n);
    }
    atLineEnd() {
      let t = this.pos,
        r = this.buffer[t];
      for (; r === ' ' || r === '	'; ) r = this.buffer[++t];
      return !r ||
        r === '#' ||
        r ===
          `
`
        ? !0
        : r === '\r'
          ? this.buffer[t + 1] ===
            `
`
          : !1;
    }
    charAt(t) {
      return this.buffer[this.pos + t];
    }
    continueScalar(t) {
      let r = this.buffer[t];
      if (this.indentNext > 0) {
        let n = 0;
        for (; r === ' '; ) r = this.buffer[++n + t];
        if (r === '\r') {
          const o = this.buffer[n + t + 1];
          if (
            o ===
              `
` ||
            (!o && !this.atEnd)
          )
            return t + n + 1;
        }
        return r ===
          `
` ||
          n >= this.indentNext ||
          (!r && !this.atEnd)
          ? t + n
          : -1;
      }
      if (r === '-' || r === '.') {
        const n = this.buffer.substr(t, 3);
        if ((n === '---' || n === '...') && ze(this.buffer[t + 3])) return -1;
      }
      return t;
    }
    getLine() {
      let t = this.lineEndPos;
      return (
        (typeof t != 'number' || (t !== -1 && t < this.pos)) &&
          ((t = this.buffer.indexOf(
            `
`,
            this.pos,
          )),
          (this.lineEndPos = t)),
        t === -1
          ? this.atEnd
            ? this.buffer.substring(this.pos)
            : null
          : (this.buffer[t - 1] === '\r' && (t -= 1), this.buffer.substring(this.pos, t))
      );
    }
    hasChars(t) {
      return this.pos + t <= this.buffer.length;
    }
    setNext(t) {
      return (
        (this.buffer = this.buffer.substring(this.pos)),
        (this.pos = 0),
        (this.lineEndPos = null),
        (this.next = t),
        null
      );
    }
    peek(t) {
      return this.buffer.substr(this.pos, t);
    }
    *parseNext(t) {
      switch (t) {
        case 'stream':
          return yield* this.parseStream();
        case 'line-start':
          return yield* this.parseLineStart();
        case 'block-start':
          return yield* this.parseBlockStart();
        case 'doc':
          return yield* this.parseDocument();
        case 'flow':
          return yield* this.parseFlowCollection();
        case 'quoted-scalar':
          return yield* this.parseQuotedScalar();
        case 'block-scalar':
          return yield* this.parseBlockScalar();
        case 'plain-scalar':
          return yield* this.parsePlainScalar();
      }
    }
    *parseStream() {
      let t = this.getLine();
      if (t === null) return this.setNext('stream');
      if ((t[0] === fn && (yield* this.pushCount(1), (t = t.substring(1))), t[0] === '%')) {
        let r = t.length,
          n = t.indexOf('#');
        for (; n !== -1; ) {
          const s = t[n - 1];
          if (s === ' ' || s === '	') {
            r = n - 1;
            break;
          } else n = t.indexOf('#', n + 1);
        }
        for (;;) {
          const s = t[r - 1];
          if (s === ' ' || s === '	') r -= 1;
          else break;
        }
        const o = (yield* this.pushCount(r)) + (yield* this.pushSpaces(!0));
        return (yield* this.pushCount(t.length - o), this.pushNewline(), 'stream');
      }
      if (this.atLineEnd()) {
        const r = yield* this.pushSpaces(!0);
        return (yield* this.pushCount(t.length - r), yield* this.pushNewline(), 'stream');
      }
      return (yield pn, yield* this.parseLineStart());
    }
    *parseLineStart() {
      const t = this.charAt(0);
      if (!t && !this.atEnd) return this.setNext('line-start');
      if (t === '-' || t === '.') {
        if (!this.atEnd && !this.hasChars(4)) return this.setNext('line-start');
        const r = this.peek(3);
        if ((r === '---' || r === '...') && ze(this.charAt(3)))
          return (
            yield* this.pushCount(3),
            (this.indentValue = 0),
            (this.indentNext = 0),
            r === '---' ? 'doc' : 'stream'
          );
      }
      return (
        (this.indentValue = yield* this.pushSpaces(!1)),
        this.indentNext > this.indentValue && !ze(this.charAt(1)) && (this.indentNext = this.indentValue),
        yield* this.parseBlockStart()
      );
    }
    *parseBlockStart() {
      const [t, r] = this.peek(2);
      if (!r && !this.atEnd) return this.setNext('block-start');
      if ((t === '-' || t === '?' || t === ':') && ze(r)) {
        const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(!0));
        return ((this.indentNext = this.indentValue + 1), (this.indentValue += n), 'block-start');
      }
      return 'doc';
    }
    *parseDocument() {
      yield* this.pushSpaces(!0);
      const t = this.getLine();
      if (t === null) return this.setNext('doc');
      let r = yield* this.pushIndicators();
      switch (t[r]) {
        case '#':
          yield* this.pushCount(t.length - r);
        case void 0:
          return (yield* this.pushNewline(), yield* this.parseLineStart());
        case '{':
        case '[':
          return (yield* this.pushCount(1), (this.flowKey = !1), (this.flowLevel = 1), 'flow');
        case '}':
        case ']':
          return (yield* this.pushCount(1), 'doc');
        case '*':
          return (yield* this.pushUntil(Fo), 'doc');
        case '"':
        case "'":
          return yield* this.parseQuotedScalar();
        case '|':
        case '>':
          return (
            (r += yield* this.parseBlockScalarHeader()),
            (r += yield* this.pushSpaces(!0)),
            yield* this.pushCount(t.length - r),
            yield* this.pushNewline(),
            yield* this.parseBlockScalar()
          );
        default:
          return yield* this.parsePlainScalar();
      }
    }
    *parseFlowCollection() {
      let t,
        r,
        n = -1;
      do
        (t = yield* this.pushNewline()),
          t > 0 ? ((r = yield* this.pushSpaces(!1)), (this.indentValue = n = r)) : (r = 0),
          (r += yield* this.pushSpaces(!0));
      while (t + r > 0);
      const o = this.getLine();
      if (o === null) return this.setNext('flow');
      if (
        ((n !== -1 && n < this.indentNext && o[0] !== '#') ||
          (n === 0 && (o.startsWith('---') || o.startsWith('...')) && ze(o[3]))) &&
        !(n === this.indentNext - 1 && this.flowLevel === 1 && (o[0] === ']' || o[0] === '}'))
      )
        return ((this.flowLevel = 0), yield dn, yield* this.parseLineStart());
      let s = 0;
      for (; o[s] === ','; )
        (s += yield* this.pushCount(1)), (s += yield* this.pushSpaces(!0)), (this.flowKey = !1);
      switch (((s += yield* this.pushIndicators()), o[s])) {
        case void 0:
          return 'flow';
        case '#':
          return (yield* this.pushCount(o.length - s), 'flow');
        case '{':
        case '[':
          return (yield* this.pushCount(1), (this.flowKey = !1), (this.flowLevel += 1), 'flow');
        case '}':
        case ']':
          return (
            yield* this.pushCount(1),
            (this.flowKey = !0),
            (this.flowLevel -= 1),
            this.flowLevel ? 'flow' : 'doc'
          );
        case '*':
          return (yield* this.pushUntil(Fo), 'flow');
        case '"':
        case "'":
          return ((this.flowKey = !0), yield* this.parseQuotedScalar());
        case ':': {
          const i = this.charAt(1);
          if (this.flowKey || ze(i) || i === ',')
            return ((this.flowKey = !1), yield* this.pushCount(1), yield* this.pushSpaces(!0), 'flow');
        }
        default:
          return ((this.flowKey = !1), yield* this.parsePlainScalar());
      }
    }
    *parseQuotedScalar() {
      let t = this.charAt(0),
        r = this.buffer.indexOf(t, this.pos + 1);
      if (t === "'") for (; r !== -1 && this.buffer[r + 1] === "'"; ) r = this.buffer.indexOf("'", r + 2);
      else
        for (; r !== -1; ) {
          let s = 0;
          for (; this.buffer[r - 1 - s] === '\\'; ) s += 1;
          if (s % 2 === 0) break;
          r = this.buffer.indexOf('"', r + 1);
        }
      let n = this.buffer.substring(0, r),
        o = n.indexOf(
          `
`,
          this.pos,
        );
      if (o !== -1) {
        for (; o !== -1; ) {
          const s = this.continueScalar(o + 1);
          if (s === -1) break;
          o = n.indexOf(
            `
`,
            s,
          );
        }
        o !== -1 && (r = o - (n[o - 1] === '\r' ? 2 : 1));
      }
      if (r === -1) {
        if (!this.atEnd) return this.setNext('quoted-scalar');
        r = this.buffer.length;
      }
      return (yield* this.pushToIndex(r + 1, !1), this.flowLevel ? 'flow' : 'doc');
    }
    *parseBlockScalarHeader() {
      (this.blockScalarIndent = -1), (this.blockScalarKeep = !1);
      let t = this.pos;
      for (;;) {
        const r = this.buffer[++t];
        if (r === '+') this.blockScalarKeep = !0;
        else if (r > '0' && r <= '9') this.blockScalarIndent = Number(r) - 1;
        else if (r !== '-') break;
      }
      return yield* this.pushUntil((r) => ze(r) || r === '#');
    }
    *parseBlockScalar() {
      let t = this.pos - 1,
        r = 0,
        n;
      e: for (let s = this.pos; (n = this.buffer[s]); ++s)
        switch (n) {
          case ' ':
            r += 1;
            break;
          case `
`:
            (t = s), (r = 0);
            break;
          case '\r': {
            const i = this.buffer[s + 1];
            if (!i && !this.atEnd) return this.setNext('block-scalar');
            if (
              i ===
              `
`
            )
              break;
          }
          default:
            break e;
        }
      if (!n && !this.atEnd) return this.setNext('block-scalar');
      if (r >= this.indentNext) {
        this.blockScalarIndent === -1
          ? (this.indentNext = r)
          : (this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext));
        do {
          const s = this.continueScalar(t + 1);
          if (s === -1) break;
          t = this.buffer.indexOf(
            `
`,
            s,
          );
        } while (t !== -1);
        if (t === -1) {
          if (!this.atEnd) return this.setNext('block-scalar');
          t = this.buffer.length;
        }
      }
      let o = t + 1;
      for (n = this.buffer[o]; n === ' '; ) n = this.buffer[++o];
      if (n === '	') {
        for (
          ;
          n === '	' ||
          n === ' ' ||
          n === '\r' ||
          n ===
            `
`;
        )
          n = this.buffer[++o];
        t = o - 1;
      } else if (!this.blockScalarKeep)
        do {
          let s = t - 1,
            i = this.buffer[s];
          i === '\r' && (i = this.buffer[--s]);
          const c = s;
          for (; i === ' '; ) i = this.buffer[--s];
          if (
            i ===
              `
` &&
            s >= this.pos &&
            s + 1 + r > c
          )
            t = s;
          else break;
        } while (!0);
      return (yield fr, yield* this.pushToIndex(t + 1, !0), yield* this.parseLineStart());
    }
    *parsePlainScalar() {
      let t = this.flowLevel > 0,
        r = this.pos - 1,
        n = this.pos - 1,
        o;
      for (; (o = this.buffer[++n]); )
        if (o === ':') {
          const s = this.buffer[n + 1];
          if (ze(s) || (t && mn.has(s))) break;
          r = n;
        } else if (ze(o)) {
          let s = this.buffer[n + 1];
          if (
            (o === '\r' &&
              (s ===
              `
`
                ? ((n += 1),
                  (o = `
`),
                  (s = this.buffer[n + 1]))
                : (r = n)),
            s === '#' || (t && mn.has(s)))
          )
            break;
          if (
            o ===
            `
`
          ) {
            const i = this.continueScalar(n + 1);
            if (i === -1) break;
            n = Math.max(n, i - 2);
          }
        } else {
          if (t && mn.has(o)) break;
          r = n;
        }
      return !o && !this.atEnd
        ? this.setNext('plain-scalar')
        : (yield fr, yield* this.pushToIndex(r + 1, !0), t ? 'flow' : 'doc');
    }
    *pushCount(t) {
      return t > 0 ? (yield this.buffer.substr(this.pos, t), (this.pos += t), t) : 0;
    }
    *pushToIndex(t, r) {
      const n = this.buffer.slice(this.pos, t);
      return n ? (yield n, (this.pos += n.length), n.length) : (r && (yield ''), 0);
    }
    *pushIndicators() {
      let t = 0;
      e: for (;;) {
        switch (this.charAt(0)) {
          case '!':
            (t += yield* this.pushTag()), (t += yield* this.pushSpaces(!0));
            continue e;
          case '&':
            (t += yield* this.pushUntil(Fo)), (t += yield* this.pushSpaces(!0));
            continue e;
          case '-':
          case '?':
          case ':': {
            const r = this.flowLevel > 0,
              n = this.charAt(1);
            if (ze(n) || (r && mn.has(n))) {
              r ? this.flowKey && (this.flowKey = !1) : (this.indentNext = this.indentValue + 1),
                (t += yield* this.pushCount(1)),
                (t += yield* this.pushSpaces(!0));
              continue e;
            }
          }
        }
        break;
      }
      return t;
    }
    *pushTag() {
      if (this.charAt(1) === '<') {
        let t = this.pos + 2,
          r = this.buffer[t];
        for (; !ze(r) && r !== '>'; ) r = this.buffer[++t];
        return yield* this.pushToIndex(r === '>' ? t + 1 : t, !1);
      } else {
        let t = this.pos + 1,
          r = this.buffer[t];
        for (; r; )
          if (Pd.has(r)) r = this.buffer[++t];
          else if (r === '%' && nc.has(this.buffer[t + 1]) && nc.has(this.buffer[t + 2]))
            r = this.buffer[(t += 3)];
          else break;
        return yield* this.pushToIndex(t, !1);
      }
    }
    *pushNewline() {
      const t = this.buffer[this.pos];
      return t ===
        `
`
        ? yield* this.pushCount(1)
        : t === '\r' &&
            this.charAt(1) ===
              `
`
          ? yield* this.pushCount(2)
          : 0;
    }
    *pushSpaces(t) {
      let r = this.pos - 1,
        n;
      do n = this.buffer[++r];
      while (n === ' ' || (t && n === '	'));
      const o = r - this.pos;
      return (o > 0 && (yield this.buffer.substr(this.pos, o), (this.pos = r)), o);
    }
    *pushUntil(t) {
      let r = this.pos,
        n = this.buffer[r];
      for (; !t(n); ) n = this.buffer[++r];
      return yield* this.pushToIndex(r, !1);
    }
  };
var bt = class {
  constructor() {
    (this.lineStarts = []),
      (this.addNewLine = (t) => this.lineStarts.push(t)),
      (this.linePos = (t) => {
        let r = 0,
          n = this.lineStarts.length;
        for (; r < n; ) {
          const s = (r + n) >> 1;
          this.lineStarts[s] < t ? (r = s + 1) : (n = s);
        }
        if (this.lineStarts[r] === t) return { line: r + 1, col: 1 };
        if (r === 0) return { line: 0, col: t };
        const o = this.lineStarts[r - 1];
        return { line: r, col: t - o + 1 };
      });
  }
};
function nt(e, t) {
  for (let r = 0; r < e.length; ++r) if (e[r].type === t) return !0;
  return !1;
}
function oc(e) {
  for (let t = 0; t < e.length; ++t)
    switch (e[t].type) {
      case 'space':
      case 'comment':
      case 'newline':
        break;
      default:
        return t;
    }
  return -1;
}
function ic(e) {
  switch (e?.type) {
    case 'alias':
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'flow-collection':
      return !0;
    default:
      return !1;
  }
}
function hn(e) {
  switch (e.type) {
    case 'document':
      return e.start;
    case 'block-map': {
      const t = e.items[e.items.length - 1];
      return t.sep ?? t.start;
    }
    case 'block-seq':
      return e.items[e.items.length - 1].start;
    default:
      return [];
  }
}
function Lt(e) {
  if (e.length === 0) return [];
  let t = e.length;
  e: for (; --t >= 0; )
    switch (e[t].type) {
      case 'doc-start':
      case 'explicit-key-ind':
      case 'map-value-ind':
      case 'seq-item-ind':
      case 'newline':
        break e;
    }
  for (; e[++t]?.type === 'space'; );
  return e.splice(t, e.length);
}
function gn(e, t) {
  if (t.length < 1e5) Array.prototype.push.apply(e, t);
  else for (let r = 0; r < t.length; ++r) e.push(t[r]);
}
function sc(e) {
  if (e.start.type === 'flow-seq-start')
    for (const t of e.items)
      t.sep &&
        !t.value &&
        !nt(t.start, 'explicit-key-ind') &&
        !nt(t.sep, 'map-value-ind') &&
        (t.key && (t.value = t.key),
        delete t.key,
        ic(t.value) ? (t.value.end ? gn(t.value.end, t.sep) : (t.value.end = t.sep)) : gn(t.start, t.sep),
        delete t.sep);
}
var dr = class {
  constructor(t) {
    (this.atNewLine = !0),
      (this.atScalar = !1),
      (this.indent = 0),
      (this.offset = 0),
      (this.onKeyLine = !1),
      (this.stack = []),
      (this.source = ''),
      (this.type = ''),
      (this.lexer = new pr()),
      (this.onNewLine = t);
  }
  *parse(t, r = !1) {
    this.onNewLine && this.offset === 0 && this.onNewLine(0);
    for (const n of this.lexer.lex(t, r)) yield* this.next(n);
    r || (yield* this.end());
  }
  *next(t) {
    if (((this.source = t), process.env.LOG_TOKENS && console.log('|', tc(t)), this.atScalar)) {
      (this.atScalar = !1), yield* this.step(), (this.offset += t.length);
      return;
    }
    const r = rc(t);
    if (r)
      if (r === 'scalar') (this.atNewLine = !1), (this.atScalar = !0), (this.type = 'scalar');
      else {
        switch (((this.type = r), yield* this.step(), r)) {
          case 'newline':
            (this.atNewLine = !0),
              (this.indent = 0),
              this.onNewLine && this.onNewLine(this.offset + t.length);
            break;
          case 'space':
            this.atNewLine && t[0] === ' ' && (this.indent += t.length);
            break;
          case 'explicit-key-ind':
          case 'map-value-ind':
          case 'seq-item-ind':
            this.atNewLine && (this.indent += t.length);
            break;
          case 'doc-mode':
          case 'flow-error-end':
            return;
          default:
            this.atNewLine = !1;
        }
        this.offset += t.length;
      }
    else {
      const n = `Not a YAML token: ${t}`;
      yield* this.pop({ type: 'error', offset: this.offset, message: n, source: t }),
        (this.offset += t.length);
    }
  }
  *end() {
    for (; this.stack.length > 0; ) yield* this.pop();
  }
  get sourceToken() {
    return { type: this.type, offset: this.offset, indent: this.indent, source: this.source };
  }
  *step() {
    const t = this.peek(1);
    if (this.type === 'doc-end' && t?.type !== 'doc-end') {
      for (; this.stack.length > 0; ) yield* this.pop();
      this.stack.push({ type: 'doc-end', offset: this.offset, source: this.source });
      return;
    }
    if (!t) return yield* this.stream();
    switch (t.type) {
      case 'document':
        return yield* this.document(t);
      case 'alias':
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
        return yield* this.scalar(t);
      case 'block-scalar':
        return yield* this.blockScalar(t);
      case 'block-map':
        return yield* this.blockMap(t);
      case 'block-seq':
        return yield* this.blockSequence(t);
      case 'flow-collection':
        return yield* this.flowCollection(t);
      case 'doc-end':
        return yield* this.documentEnd(t);
    }
    yield* this.pop();
  }
  peek(t) {
    return this.stack[this.stack.length - t];
  }
  *pop(t) {
    const r = t ?? this.stack.pop();
    if (!r) yield { type: 'error', offset: this.offset, source: '', message: 'Tried to pop an empty stack' };
    else if (this.stack.length === 0) yield r;
    else {
      const n = this.peek(1);
      switch (
        (r.type === 'block-scalar'
          ? (r.indent = 'indent' in n ? n.indent : 0)
          : r.type === 'flow-collection' && n.type === 'document' && (r.indent = 0),
        r.type === 'flow-collection' && sc(r),
        n.type)
      ) {
        case 'document':
          n.value = r;
          break;
        case 'block-scalar':
          n.props.push(r);
          break;
        case 'block-map': {
          const o = n.items[n.items.length - 1];
          if (o.value) {
            n.items.push({ start: [], key: r, sep: [] }), (this.onKeyLine = !0);
            return;
          } else if (o.sep) o.value = r;
          else {
            Object.assign(o, { key: r, sep: [] }), (this.onKeyLine = !o.explicitKey);
            return;
          }
          break;
        }
        case 'block-seq': {
          const o = n.items[n.items.length - 1];
          o.value ? n.items.push({ start: [], value: r }) : (o.value = r);
          break;
        }
        case 'flow-collection': {
          const o = n.items[n.items.length - 1];
          !o || o.value
            ? n.items.push({ start: [], key: r, sep: [] })
            : o.sep
              ? (o.value = r)
              : Object.assign(o, { key: r, sep: [] });
          return;
        }
        default:
          yield* this.pop(), yield* this.pop(r);
      }
      if (
        (n.type === 'document' || n.type === 'block-map' || n.type === 'block-seq') &&
        (r.type === 'block-map' || r.type === 'block-seq')
      ) {
        const o = r.items[r.items.length - 1];
        o &&
          !o.sep &&
          !o.value &&
          o.start.length > 0 &&
          oc(o.start) === -1 &&
          (r.indent === 0 || o.start.every((s) => s.type !== 'comment' || s.indent < r.indent)) &&
          (n.type === 'document' ? (n.end = o.start) : n.items.push({ start: o.start }),
          r.items.splice(-1, 1));
      }
    }
  }
  *stream() {
    switch (this.type) {
      case 'directive-line':
        yield { type: 'directive', offset: this.offset, source: this.source };
        return;
      case 'byte-order-mark':
      case 'space':
      case 'comment':
      case 'newline':
        yield this.sourceToken;
        return;
      case 'doc-mode':
      case 'doc-start': {
        const t = { type: 'document', offset: this.offset, start: [] };
        this.type === 'doc-start' && t.start.push(this.sourceToken), this.stack.push(t);
        return;
      }
    }
    yield {
      type: 'error',
      offset: this.offset,
      message: `Unexpected ${this.type} token in YAML stream`,
      source: this.source,
    };
  }
  *document(t) {
    if (t.value) return yield* this.lineEnd(t);
    switch (this.type) {
      case 'doc-start': {
        oc(t.start) !== -1 ? (yield* this.pop(), yield* this.step()) : t.start.push(this.sourceToken);
        return;
      }
      case 'anchor':
      case 'tag':
      case 'space':
      case 'comment':
      case 'newline':
        t.start.push(this.sourceToken);
        return;
    }
    const r = this.startBlockValue(t);
    r
      ? this.stack.push(r)
      : yield {
          type: 'error',
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML document`,
          source: this.source,
        };
  }
  *scalar(t) {
    if (this.type === 'map-value-ind') {
      let r = hn(this.peek(2)),
        n = Lt(r),
        o;
      t.end ? ((o = t.end), o.push(this.sourceToken), delete t.end) : (o = [this.sourceToken]);
      const s = {
        type: 'block-map',
        offset: t.offset,
        indent: t.indent,
        items: [{ start: n, key: t, sep: o }],
      };
      (this.onKeyLine = !0), (this.stack[this.stack.length - 1] = s);
    } else yield* this.lineEnd(t);
  }
  *blockScalar(t) {
    switch (this.type) {
      case 'space':
      case 'comment':
      case 'newline':
        t.props.push(this.sourceToken);
        return;
      case 'scalar':
        if (((t.source = this.source), (this.atNewLine = !0), (this.indent = 0), this.onNewLine)) {
          let r =
            this.source.indexOf(`
`) + 1;
          for (; r !== 0; )
            this.onNewLine(this.offset + r),
              (r =
                this.source.indexOf(
                  `
`,
                  r,
                ) + 1);
        }
        yield* this.pop();
        break;
      default:
        yield* this.pop(), yield* this.step();
    }
  }
  *blockMap(t) {
    const r = t.items[t.items.length - 1];
    switch (this.type) {
      case 'newline':
        if (((this.onKeyLine = !1), r.value)) {
          const n = 'end' in r.value ? r.value.end : void 0;
          (Array.isArray(n) ? n[n.length - 1] : void 0)?.type === 'comment'
            ? n?.push(this.sourceToken)
            : t.items.push({ start: [this.sourceToken] });
        } else r.sep ? r.sep.push(this.sourceToken) : r.start.push(this.sourceToken);
        return;
      case 'space':
      case 'comment':
        if (r.value) t.items.push({ start: [this.sourceToken] });
        else if (r.sep) r.sep.push(this.sourceToken);
        else {
          if (this.atIndentedComment(r.start, t.indent)) {
            const o = t.items[t.items.length - 2]?.value?.end;
            if (Array.isArray(o)) {
              gn(o, r.start), o.push(this.sourceToken), t.items.pop();
              return;
            }
          }
          r.start.push(this.sourceToken);
        }
        return;
    }
    if (this.indent >= t.indent) {
      let n = !this.onKeyLine && this.indent === t.indent,
        o = n && (r.sep || r.explicitKey) && this.type !== 'seq-item-ind',
        s = [];
      if (o && r.sep && !r.value) {
        const i = [];
        for (let c = 0; c < r.sep.length; ++c) {
          const a = r.sep[c];
          switch (a.type) {
            case 'newline':
              i.push(c);
              break;
            case 'space':
              break;
            case 'comment':
              a.indent > t.indent && (i.length = 0);
              break;
            default:
              i.length = 0;
          }
        }
        i.length >= 2 && (s = r.sep.splice(i[1]));
      }
      switch (this.type) {
        case 'anchor':
        case 'tag':
          o || r.value
            ? (s.push(this.sourceToken), t.items.push({ start: s }), (this.onKeyLine = !0))
            : r.sep
              ? r.sep.push(this.sourceToken)
              : r.start.push(this.sourceToken);
          return;
        case 'explicit-key-ind':
          !r.sep && !r.explicitKey
            ? (r.start.push(this.sourceToken), (r.explicitKey = !0))
            : o || r.value
              ? (s.push(this.sourceToken), t.items.push({ start: s, explicitKey: !0 }))
              : this.stack.push({
                  type: 'block-map',
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: !0 }],
                }),
            (this.onKeyLine = !0);
          return;
        case 'map-value-ind':
          if (r.explicitKey)
            if (r.sep)
              if (r.value) t.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (nt(r.sep, 'map-value-ind'))
                this.stack.push({
                  type: 'block-map',
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: s, key: null, sep: [this.sourceToken] }],
                });
              else if (ic(r.key) && !nt(r.sep, 'newline')) {
                const i = Lt(r.start),
                  c = r.key,
                  a = r.sep;
                a.push(this.sourceToken),
                  delete r.key,
                  delete r.sep,
                  this.stack.push({
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: i, key: c, sep: a }],
                  });
              } else
                s.length > 0 ? (r.sep = r.sep.concat(s, this.sourceToken)) : r.sep.push(this.sourceToken);
            else if (nt(r.start, 'newline')) Object.assign(r, { key: null, sep: [this.sourceToken] });
            else {
              const i = Lt(r.start);
              this.stack.push({
                type: 'block-map',
                offset: this.offset,
                indent: this.indent,
                items: [{ start: i, key: null, sep: [this.sourceToken] }],
              });
            }
          else
            r.sep
              ? r.value || o
                ? t.items.push({ start: s, key: null, sep: [this.sourceToken] })
                : nt(r.sep, 'map-value-ind')
                  ? this.stack.push({
                      type: 'block-map',
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: [], key: null, sep: [this.sourceToken] }],
                    })
                  : r.sep.push(this.sourceToken)
              : Object.assign(r, { key: null, sep: [this.sourceToken] });
          this.onKeyLine = !0;
          return;
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar': {
          const i = this.flowScalar(this.type);
          o || r.value
            ? (t.items.push({ start: s, key: i, sep: [] }), (this.onKeyLine = !0))
            : r.sep
              ? this.stack.push(i)
              : (Object.assign(r, { key: i, sep: [] }), (this.onKeyLine = !0));
          return;
        }
        default: {
          const i = this.startBlockValue(t);
          if (i) {
            if (i.type === 'block-seq') {
              if (!r.explicitKey && r.sep && !nt(r.sep, 'newline')) {
                yield* this.pop({
                  type: 'error',
                  offset: this.offset,
                  message: 'Unexpected block-seq-ind on same line with key',
                  source: this.source,
                });
                return;
              }
            } else n && t.items.push({ start: s });
            this.stack.push(i);
            return;
          }
        }
      }
    }
    yield* this.pop(), yield* this.step();
  }
  *blockSequence(t) {
    const r = t.items[t.items.length - 1];
    switch (this.type) {
      case 'newline':
        if (r.value) {
          const n = 'end' in r.value ? r.value.end : void 0;
          (Array.isArray(n) ? n[n.length - 1] : void 0)?.type === 'comment'
            ? n?.push(this.sourceToken)
            : t.items.push({ start: [this.sourceToken] });
        } else r.start.push(this.sourceToken);
        return;
      case 'space':
      case 'comment':
        if (r.value) t.items.push({ start: [this.sourceToken] });
        else {
          if (this.atIndentedComment(r.start, t.indent)) {
            const o = t.items[t.items.length - 2]?.value?.end;
            if (Array.isArray(o)) {
              gn(o, r.start), o.push(this.sourceToken), t.items.pop();
              return;
            }
          }
          r.start.push(this.sourceToken);
        }
        return;
      case 'anchor':
      case 'tag':
        if (r.value || this.indent <= t.indent) break;
        r.start.push(this.sourceToken);
        return;
      case 'seq-item-ind':
        if (this.indent !== t.indent) break;
        r.value || nt(r.start, 'seq-item-ind')
          ? t.items.push({ start: [this.sourceToken] })
          : r.start.push(this.sourceToken);
        return;
    }
    if (this.indent > t.indent) {
      const n = this.startBlockValue(t);
      if (n) {
        this.stack.push(n);
        return;
      }
    }
    yield* this.pop(), yield* this.step();
  }
  *flowCollection(t) {
    const r = t.items[t.items.length - 1];
    if (this.type === 'flow-error-end') {
      let n;
      do yield* this.pop(), (n = this.peek(1));
      while (n?.type === 'flow-collection');
    } else if (t.end.length === 0) {
      switch (this.type) {
        case 'comma':
        case 'explicit-key-ind':
          !r || r.sep ? t.items.push({ start: [this.sourceToken] }) : r.start.push(this.sourceToken);
          return;
        case 'map-value-ind':
          !r || r.value
            ? t.items.push({ start: [], key: null, sep: [this.sourceToken] })
            : r.sep
              ? r.sep.push(this.sourceToken)
              : Object.assign(r, { key: null, sep: [this.sourceToken] });
          return;
        case 'space':
        case 'comment':
        case 'newline':
        case 'anchor':
        case 'tag':
          !r || r.value
            ? t.items.push({ start: [this.sourceToken] })
            : r.sep
              ? r.sep.push(this.sourceToken)
              : r.start.push(this.sourceToken);
          return;
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar': {
          const o = this.flowScalar(this.type);
          !r || r.value
            ? t.items.push({ start: [], key: o, sep: [] })
            : r.sep
              ? this.stack.push(o)
              : Object.assign(r, { key: o, sep: [] });
          return;
        }
        case 'flow-map-end':
        case 'flow-seq-end':
          t.end.push(this.sourceToken);
          return;
      }
      const n = this.startBlockValue(t);
      n ? this.stack.push(n) : (yield* this.pop(), yield* this.step());
    } else {
      const n = this.peek(2);
      if (
        n.type === 'block-map' &&
        ((this.type === 'map-value-ind' && n.indent === t.indent) ||
          (this.type === 'newline' && !n.items[n.items.length - 1].sep))
      )
        yield* this.pop(), yield* this.step();
      else if (this.type === 'map-value-ind' && n.type !== 'flow-collection') {
        const o = hn(n),
          s = Lt(o);
        sc(t);
        const i = t.end.splice(1, t.end.length);
        i.push(this.sourceToken);
        const c = {
          type: 'block-map',
          offset: t.offset,
          indent: t.indent,
          items: [{ start: s, key: t, sep: i }],
        };
        (this.onKeyLine = !0), (this.stack[this.stack.length - 1] = c);
      } else yield* this.lineEnd(t);
    }
  }
  flowScalar(t) {
    if (this.onNewLine) {
      let r =
        this.source.indexOf(`
`) + 1;
      for (; r !== 0; )
        this.onNewLine(this.offset + r),
          (r =
            this.source.indexOf(
              `
`,
              r,
            ) + 1);
    }
    return { type: t, offset: this.offset, indent: this.indent, source: this.source };
  }
  startBlockValue(t) {
    switch (this.type) {
      case 'alias':
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
        return this.flowScalar(this.type);
      case 'block-scalar-header':
        return {
          type: 'block-scalar',
          offset: this.offset,
          indent: this.indent,
          props: [this.sourceToken],
          source: '',
        };
      case 'flow-map-start':
      case 'flow-seq-start':
        return {
          type: 'flow-collection',
          offset: this.offset,
          indent: this.indent,
          start: this.sourceToken,
          items: [],
          end: [],
        };
      case 'seq-item-ind':
        return {
          type: 'block-seq',
          offset: this.offset,
          indent: this.indent,
          items: [{ start: [this.sourceToken] }],
        };
      case 'explicit-key-ind': {
        this.onKeyLine = !0;
        const r = hn(t),
          n = Lt(r);
        return (
          n.push(this.sourceToken),
          {
            type: 'block-map',
            offset: this.offset,
            indent: this.indent,
            items: [{ start: n, explicitKey: !0 }],
          }
        );
      }
      case 'map-value-ind': {
        this.onKeyLine = !0;
        const r = hn(t),
          n = Lt(r);
        return {
          type: 'block-map',
          offset: this.offset,
          indent: this.indent,
          items: [{ start: n, key: null, sep: [this.sourceToken] }],
        };
      }
    }
    return null;
  }
  atIndentedComment(t, r) {
    return this.type !== 'comment' || this.indent <= r
      ? !1
      : t.every((n) => n.type === 'newline' || n.type === 'space');
  }
  *documentEnd(t) {
    this.type !== 'doc-mode' &&
      (t.end ? t.end.push(this.sourceToken) : (t.end = [this.sourceToken]),
      this.type === 'newline' && (yield* this.pop()));
  }
  *lineEnd(t) {
    switch (this.type) {
      case 'comma':
      case 'doc-start':
      case 'doc-end':
      case 'flow-seq-end':
      case 'flow-map-end':
      case 'map-value-ind':
        yield* this.pop(), yield* this.step();
        break;
      case 'newline':
        this.onKeyLine = !1;
      default:
        t.end ? t.end.push(this.sourceToken) : (t.end = [this.sourceToken]),
          this.type === 'newline' && (yield* this.pop());
    }
  }
};
function Ed(e) {
  const t = e.prettyErrors !== !1;
  return { lineCounter: e.lineCounter || (t && new bt()) || null, prettyErrors: t };
}
function yn(e, t = {}) {
  let { lineCounter: r, prettyErrors: n } = Ed(t),
    o = new dr(r?.addNewLine),
    s = new lr(t),
    i = null;
  for (const c of s.compose(o.parse(e), !0, e.length))
    if (!i) i = c;
    else if (i.options.logLevel !== 'silent') {
      i.errors.push(
        new $e(
          c.range.slice(0, 2),
          'MULTIPLE_DOCS',
          'Source contains multiple documents; please use YAML.parseAllDocuments()',
        ),
      );
      break;
    }
  return (n && r && (i.errors.forEach(Co(e, r)), i.warnings.forEach(Co(e, r))), i);
}
var cc = {
  asOf: '2026-11-01',
  region: 'us-east-1',
  currency: 'USD',
  source:
    'AWS public list prices: EC2 On-Demand (Linux, shared tenancy) and Elastic Load Balancing (Application Load Balancer) pricing pages, US East (N. Virginia)',
  note: 'Other regions are estimated with these us-east-1 figures; EBS, data transfer and LCU usage beyond one LCU per balancer are not included.',
  loadBalancer: { applicationHourly: 0.0225, lcuHourly: 0.008 },
  instances: {
    't2.micro': { vcpu: 1, memoryMiB: 1024, hourly: 0.0116 },
    't2.small': { vcpu: 1, memoryMiB: 2048, hourly: 0.023 },
    't2.medium': { vcpu: 2, memoryMiB: 4096, hourly: 0.0464 },
    't2.large': { vcpu: 2, memoryMiB: 8192, hourly: 0.0928 },
    't2.xlarge': { vcpu: 4, memoryMiB: 16384, hourly: 0.1856 },
    't3.micro': { vcpu: 2, memoryMiB: 1024, hourly: 0.0104 },
    't3.small': { vcpu: 2, memoryMiB: 2048, hourly: 0.0208 },
    't3.medium': { vcpu: 2, memoryMiB: 4096, hourly: 0.0416 },
    't3.large': { vcpu: 2, memoryMiB: 8192, hourly: 0.0832 },
    't3.xlarge': { vcpu: 4, memoryMiB: 16384, hourly: 0.1664 },
    't3.2xlarge': { vcpu: 8, memoryMiB: 32768, hourly: 0.3328 },
    't3a.micro': { vcpu: 2, memoryMiB: 1024, hourly: 0.0094 },
    't3a.small': { vcpu: 2, memoryMiB: 2048, hourly: 0.0188 },
    't3a.medium': { vcpu: 2, memoryMiB: 4096, hourly: 0.0376 },
    't3a.large': { vcpu: 2, memoryMiB: 8192, hourly: 0.0752 },
    't3a.xlarge': { vcpu: 4, memoryMiB: 16384, hourly: 0.1504 },
    't3a.2xlarge': { vcpu: 8, memoryMiB: 32768, hourly: 0.3008 },
    'c5.large': { vcpu: 2, memoryMiB: 4096, hourly: 0.085 },
    'c5.xlarge': { vcpu: 4, memoryMiB: 8192, hourly: 0.17 },
    'c5.2xlarge': { vcpu: 8, memoryMiB: 16384, hourly: 0.34 },
    'c6i.large': { vcpu: 2, memoryMiB: 4096, hourly: 0.085 },
    'c6i.xlarge': { vcpu: 4, memoryMiB: 8192, hourly: 0.17 },
    'c6i.2xlarge': { vcpu: 8, memoryMiB: 16384, hourly: 0.34 },
    'c7i.large': { vcpu: 2, memoryMiB: 4096, hourly: 0.08925 },
    'c7i.xlarge': { vcpu: 4, memoryMiB: 8192, hourly: 0.1785 },
    'c7i.2xlarge': { vcpu: 8, memoryMiB: 16384, hourly: 0.357 },
    'm5.large': { vcpu: 2, memoryMiB: 8192, hourly: 0.096 },
    'm5.xlarge': { vcpu: 4, memoryMiB: 16384, hourly: 0.192 },
    'm5.2xlarge': { vcpu: 8, memoryMiB: 32768, hourly: 0.384 },
    'm6i.large': { vcpu: 2, memoryMiB: 8192, hourly: 0.096 },
    'm6i.xlarge': { vcpu: 4, memoryMiB: 16384, hourly: 0.192 },
    'm6i.2xlarge': { vcpu: 8, memoryMiB: 32768, hourly: 0.384 },
    'm7i.large': { vcpu: 2, memoryMiB: 8192, hourly: 0.1008 },
    'm7i.xlarge': { vcpu: 4, memoryMiB: 16384, hourly: 0.2016 },
    'm7i.2xlarge': { vcpu: 8, memoryMiB: 32768, hourly: 0.4032 },
    'r6i.large': { vcpu: 2, memoryMiB: 16384, hourly: 0.126 },
    'r6i.xlarge': { vcpu: 4, memoryMiB: 32768, hourly: 0.252 },
  },
};
var bn = cc.instances,
  Ko = [
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
function Zt(e) {
  return Object.hasOwn(bn, e) ? bn[e] : void 0;
}
function Rt(e, t, r = 3) {
  return t
    .map((n) => ({ k: n, d: Td(e, n) }))
    .filter(({ d: n }) => n <= Math.max(2, Math.floor(e.length / 3)))
    .sort((n, o) => n.d - o.d || n.k.localeCompare(o.k))
    .slice(0, r)
    .map(({ k: n }) => n);
}
function Td(e, t) {
  const r = Array.from({ length: t.length + 1 }, (n, o) => o);
  for (let n = 1; n <= e.length; n++) {
    let o = r[0] ?? 0;
    r[0] = n;
    for (let s = 1; s <= t.length; s++) {
      const i = r[s] ?? 0;
      (r[s] = Math.min(i + 1, (r[s - 1] ?? 0) + 1, o + (e[n - 1] === t[s - 1] ? 0 : 1))), (o = i);
    }
  }
  return r[t.length] ?? 0;
}
var P = {};
Qp(P, {
  BIGINT_FORMAT_RANGES: () => vn,
  CONSTANT_CATCH: () => bc,
  Class: () => Wo,
  NUMBER_FORMAT_RANGES: () => yr,
  aborted: () => Pe,
  allowsEval: () => Xo,
  assert: () => Dd,
  assertEqual: () => Nd,
  assertIs: () => Zd,
  assertNever: () => Rd,
  assertNotEqual: () => Cd,
  assignProp: () => be,
  attachSchema: () => br,
  base64ToUint8Array: () => gc,
  base64urlToUint8Array: () => nm,
  cached: () => mr,
  captureStackTrace: () => _n,
  cleanEnum: () => rm,
  cleanRegex: () => hr,
  clone: () => Ae,
  cloneDef: () => Ud,
  codePointLength: () => wr,
  constantCatch: () => wc,
  createTransparentProxy: () => Wd,
  defineLazy: () => uc,
  defineLazyInternal: () => L,
  derived: () => cm,
  esc: () => Ho,
  escapeRegex: () => _t,
  explicitlyAborted: () => ts,
  extend: () => Hd,
  finalizeIssue: () => Oe,
  floatSafeRemainder: () => Go,
  getElementAtPath: () => Bd,
  getEnumValues: () => jt,
  getLengthableOrigin: () => _r,
  getParsedType: () => Jd,
  getSizableOrigin: () => hc,
  hexToUint8Array: () => sm,
  hide: () => $n,
  installLazyProp: () => fm,
  isObject: () => Mt,
  isPlainObject: () => it,
  issue: () => Bt,
  joinValues: () => wn,
  jsonStringifyReplacer: () => Ut,
  members: () => ns,
  merge: () => Xd,
  mergeDefs: () => Je,
  normalizeParams: () => z,
  nullish: () => qo,
  numKeys: () => Vd,
  objectClone: () => Md,
  omit: () => Gd,
  optionalKeys: () => es,
  own: () => st,
  parsedType: () => rs,
  partial: () => Qd,
  pick: () => qd,
  prefixIssues: () => We,
  primitiveTypes: () => dc,
  promiseAllObject: () => Fd,
  propertyKeyTypes: () => Qo,
  randomString: () => Kd,
  rawShape: () => gr,
  required: () => em,
  safeExtend: () => Yd,
  shallowClone: () => pc,
  sizeCaps: () => kn,
  slugify: () => Yo,
  stringifyPrimitive: () => xn,
  toZod: () => Ld,
  uint8ArrayToBase64: () => yc,
  uint8ArrayToBase64url: () => om,
  uint8ArrayToHex: () => im,
  unwrapMessage: () => Dt,
});
function Nd(e) {
  return e;
}
function Cd(e) {
  return e;
}
function Ld() {
  return (e) => e;
}
function Zd(e) {}
function Rd(e) {
  throw new Error('Unexpected value in exhaustive check');
}
function Dd(e) {}
function jt(e) {
  const t = Object.values(e).filter((n) => typeof n == 'number');
  return Object.entries(e)
    .filter(([n, o]) => t.indexOf(+n) === -1)
    .map(([n, o]) => o);
}
function wn(e, t = '|') {
  return e.map((r) => xn(r)).join(t);
}
function Ut(e, t) {
  return typeof t == 'bigint' ? t.toString() : t;
}
var Jo = class {
  constructor(t) {
    (this._getter = t), (this._value = void 0);
  }
  get value() {
    const t = this._getter;
    return (t !== void 0 && ((this._value = t()), (this._getter = void 0)), this._value);
  }
};
function mr(e) {
  return new Jo(e);
}
function qo(e) {
  return e == null;
}
function hr(e) {
  const t = e.startsWith('^') ? 1 : 0,
    r = e.endsWith('$') ? e.length - 1 : e.length;
  return e.slice(t, r);
}
function Go(e, t) {
  const r = e / t,
    n = Math.round(r),
    o = 4 * Number.EPSILON * Math.max(Math.abs(r), 1);
  return Math.abs(r - n) < o ? 0 : r - n;
}
var ac = Symbol('evaluating');
function uc(e, t, r) {
  let n;
  Object.defineProperty(e, t, {
    get() {
      if (n !== ac) return (n === void 0 && ((n = ac), (n = r())), n);
    },
    set(o) {
      Object.defineProperty(e, t, { value: o });
    },
    configurable: !0,
  });
}
function Md(e) {
  return Object.create(Object.getPrototypeOf(e), Object.getOwnPropertyDescriptors(e));
}
function be(e, t, r) {
  Object.defineProperty(e, t, { value: r, writable: !0, enumerable: !0, configurable: !0 });
}
function gr(e) {
  const t = Object.getOwnPropertyDescriptor(e, 'shape');
  return t?.get ? t.get.raw : t?.value;
}
function Ve(e) {
  return gr(e._zod.def) ?? e._zod.def.shape;
}
function lc(e, t, r) {
  Object.defineProperty(e, t, {
    get() {
      const n = r();
      return (be(this, t, n), n);
    },
    enumerable: !0,
    configurable: !0,
  });
}
function fc(e, t, r) {
  t in e ? be(e, t, r) : (e[t] = r);
}
function wt(e, t, r, n) {
  const o = Ve(t);
  for (const s of r) {
    const i = Object.getOwnPropertyDescriptor(o, s);
    i.enumerable &&
      (i.get
        ? lc(e, s, () => {
            const c = t._zod.def.shape[s];
            return n ? n(c, s) : c;
          })
        : fc(e, s, n ? n(i.value, s) : i.value));
  }
}
function jd(e, t) {
  for (const r of Reflect.ownKeys(t)) {
    const n = Object.getOwnPropertyDescriptor(t, r);
    n.enumerable && (n.get ? lc(e, r, () => t[r]) : fc(e, r, n.value));
  }
}
function Je(...e) {
  const t = {};
  for (const r of e) {
    const n = Object.getOwnPropertyDescriptors(r);
    Object.assign(t, n);
  }
  return Object.defineProperties({}, t);
}
function Ud(e) {
  return Je(e._zod.def);
}
function Bd(e, t) {
  return t ? t.reduce((r, n) => r?.[n], e) : e;
}
function Fd(e) {
  const t = Object.keys(e),
    r = t.map((n) => e[n]);
  return Promise.all(r).then((n) => {
    const o = {};
    for (let s = 0; s < t.length; s++) o[t[s]] = n[s];
    return o;
  });
}
function Kd(e = 10) {
  let t = 'abcdefghijklmnopqrstuvwxyz',
    r = '';
  for (let n = 0; n < e; n++) r += t[Math.floor(Math.random() * t.length)];
  return r;
}
function Ho(e) {
  return JSON.stringify(e);
}
function Yo(e) {
  return e
    .toLowerCase()
    .trim()
    .replace(/[^\w\s-]/g, '')
    .replace(/[\s_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
var _n = 'captureStackTrace' in Error ? Error.captureStackTrace : (...e) => {};
function Mt(e) {
  return typeof e == 'object' && e !== null && !Array.isArray(e);
}
var Xo = mr(() => {
  if (ae.jitless || (typeof navigator < 'u' && navigator?.userAgent?.includes('Cloudflare'))) return !1;
  try {
    const e = Function;
    return (new e(''), !0);
  } catch {
    return !1;
  }
});
function it(e) {
  if (Mt(e) === !1) return !1;
  const t = e.constructor;
  if (t === void 0 || typeof t != 'function') return !0;
  const r = t.prototype;
  return !(Mt(r) === !1 || Object.hasOwn(r, 'isPrototypeOf') === !1);
}
function pc(e) {
  return it(e)
    ? { ...e }
    : Array.isArray(e)
      ? [...e]
      : e instanceof Map
        ? new Map(e)
        : e instanceof Set
          ? new Set(e)
          : e;
}
function Vd(e) {
  let t = 0;
  for (const r in e) Object.hasOwn(e, r) && t++;
  return t;
}
var Jd = (e) => {
    const t = typeof e;
    switch (t) {
      case 'undefined':
        return 'undefined';
      case 'string':
        return 'string';
      case 'number':
        return Number.isNaN(e) ? 'nan' : 'number';
      case 'boolean':
        return 'boolean';
      case 'function':
        return 'function';
      case 'bigint':
        return 'bigint';
      case 'symbol':
        return 'symbol';
      case 'object':
        return Array.isArray(e)
          ? 'array'
          : e === null
            ? 'null'
            : e.then && typeof e.then == 'function' && e.catch && typeof e.catch == 'function'
              ? 'promise'
              : typeof Map < 'u' && e instanceof Map
                ? 'map'
                : typeof Set < 'u' && e instanceof Set
                  ? 'set'
                  : typeof Date < 'u' && e instanceof Date
                    ? 'date'
                    : typeof File < 'u' && e instanceof File
                      ? 'file'
                      : 'object';
      default:
        throw new Error(`Unknown data type: ${t}`);
    }
  },
  Qo = new Set(['string', 'number', 'symbol']),
  dc = new Set(['string', 'number', 'bigint', 'boolean', 'symbol', 'undefined']);
function _t(e) {
  return e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function Ae(e, t, r) {
  const n = new e._zod.constr(t ?? e._zod.def);
  return ((!t || r?.parent) && (n._zod.parent = e), n);
}
function z(e) {
  const t = e;
  if (!t) return {};
  if (typeof t == 'string') return { error: () => t };
  if (t?.message !== void 0) {
    if (t?.error !== void 0) throw new Error('Cannot specify both `message` and `error` params');
    t.error = t.message;
  }
  return (delete t.message, typeof t.error == 'string' ? { ...t, error: () => t.error } : t);
}
function Wd(e) {
  let t;
  return new Proxy(
    {},
    {
      get(r, n, o) {
        return (t ?? (t = e()), Reflect.get(t, n, o));
      },
      set(r, n, o, s) {
        return (t ?? (t = e()), Reflect.set(t, n, o, s));
      },
      has(r, n) {
        return (t ?? (t = e()), Reflect.has(t, n));
      },
      deleteProperty(r, n) {
        return (t ?? (t = e()), Reflect.deleteProperty(t, n));
      },
      ownKeys(r) {
        return (t ?? (t = e()), Reflect.ownKeys(t));
      },
      getOwnPropertyDescriptor(r, n) {
        return (t ?? (t = e()), Reflect.getOwnPropertyDescriptor(t, n));
      },
      defineProperty(r, n, o) {
        return (t ?? (t = e()), Reflect.defineProperty(t, n, o));
      },
    },
  );
}
function xn(e) {
  return typeof e == 'bigint' ? e.toString() + 'n' : typeof e == 'string' ? `"${e}"` : `${e}`;
}
function es(e) {
  return Object.keys(e).filter((t) => e[t]._zod.optin !== void 0 && e[t]._zod.optout === 'optional');
}
var yr = {
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-34028234663852886e22, 34028234663852886e22],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
  },
  vn = {
    int64: [BigInt('-9223372036854775808'), BigInt('9223372036854775807')],
    uint64: [BigInt(0), BigInt('18446744073709551615')],
  };
function qd(e, t) {
  const r = e._zod.def,
    n = r.checks;
  if (n && n.length > 0) throw new Error('.pick() cannot be used on object schemas containing refinements');
  const s = {};
  return (wt(s, e, Sn(e, t)), Ae(e, Je(r, { shape: s, checks: [] })));
}
function Sn(e, t) {
  const r = Ve(e),
    n = [];
  for (const o of Reflect.ownKeys(t)) {
    if (!Object.getOwnPropertyDescriptor(r, o)?.enumerable)
      throw new Error(`Unrecognized key: "${String(o)}"`);
    t[o] && n.push(o);
  }
  return n;
}
function Gd(e, t) {
  const r = e._zod.def,
    n = r.checks;
  if (n && n.length > 0) throw new Error('.omit() cannot be used on object schemas containing refinements');
  const s = new Set(Sn(e, t)),
    i = {};
  return (
    wt(
      i,
      e,
      Reflect.ownKeys(Ve(e)).filter((c) => !s.has(c)),
    ),
    Ae(e, Je(r, { shape: i, checks: [] }))
  );
}
function Hd(e, t) {
  if (!it(t)) throw new Error('Invalid input to extend: expected a plain object');
  const r = e._zod.def.checks;
  if (r && r.length > 0) {
    const o = Ve(e);
    for (const s of Reflect.ownKeys(t))
      if (Object.getOwnPropertyDescriptor(o, s) !== void 0)
        throw new Error(
          'Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.',
        );
  }
  return Ae(e, Je(e._zod.def, { shape: mc(e, t) }));
}
function mc(e, t) {
  const r = {};
  return (wt(r, e, Reflect.ownKeys(Ve(e))), jd(r, t), r);
}
function Yd(e, t) {
  if (!it(t)) throw new Error('Invalid input to safeExtend: expected a plain object');
  return Ae(e, Je(e._zod.def, { shape: mc(e, t) }));
}
function Xd(e, t) {
  if (!t?._zod?.def)
    throw new Error(
      'Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.',
    );
  if (e._zod.def.checks?.length)
    throw new Error(
      '.merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.',
    );
  const r = {};
  wt(r, e, Reflect.ownKeys(Ve(e))), wt(r, t, Reflect.ownKeys(Ve(t)));
  const n = Je(e._zod.def, {
    shape: r,
    get catchall() {
      return t._zod.def.catchall;
    },
    checks: t._zod.def.checks ?? [],
  });
  return Ae(e, n);
}
function Qd(e, t, r, n = 'partial') {
  const s = t._zod.def.checks;
  if (s && s.length > 0) throw new Error(`.${n}() cannot be used on object schemas containing refinements`);
  const c = r ? new Set(Sn(t, r)) : void 0,
    a = {};
  return (
    wt(
      a,
      t,
      Reflect.ownKeys(Ve(t)),
      e && ((u, f) => (c && !c.has(f) ? u : new e({ type: 'optional', innerType: u }))),
    ),
    Ae(t, Je(t._zod.def, { shape: a, checks: [] }))
  );
}
function em(e, t, r) {
  const n = r ? new Set(Sn(t, r)) : void 0,
    o = {};
  return (
    wt(o, t, Reflect.ownKeys(Ve(t)), (s, i) =>
      n && !n.has(i) ? s : new e({ type: 'nonoptional', innerType: s }),
    ),
    Ae(t, Je(t._zod.def, { shape: o }))
  );
}
function Pe(e, t = 0) {
  if (e.aborted === !0) return !0;
  for (let r = t; r < e.issues.length; r++) if (e.issues[r]?.continue !== !0) return !0;
  return !1;
}
function ts(e, t = 0) {
  if (e.aborted === !0) return !0;
  for (let r = t; r < e.issues.length; r++) if (e.issues[r]?.continue === !1) return !0;
  return !1;
}
function We(e, t) {
  return t.map((r) => {
    var n;
    return ((n = r).path ?? (n.path = []), r.path.unshift(e), r);
  });
}
function Dt(e) {
  return typeof e == 'string' ? e : e?.message;
}
function kn(e) {
  const t = [];
  for (const r of e ?? []) {
    const n = r._zod.def;
    if (!/_(length|size)$|_equals$/.test(n.check)) break;
    const o = n.maximum ?? n.length ?? n.size;
    o >= 0 && t.push([o, r]);
  }
  return t;
}
function br(e, t, r) {
  var n;
  for (let o = t; o < e.length; o++) (n = e[o]).schema ?? (n.schema = r);
}
function Oe(e, t, r) {
  var n;
  const o = e.inst?._zod?.traits;
  o?.has('$ZodType') && (o.has('$ZodCheck') ? ((n = e).schema ?? (n.schema = e.inst)) : (e.schema = e.inst));
  const s = e.schema !== e.inst ? e.schema?._zod.def?.error : void 0,
    i = e.message
      ? e.message
      : (Dt(e.inst?._zod.def?.error?.(e)) ??
        Dt(s?.(e)) ??
        Dt(t?.error?.(e)) ??
        Dt(r.customError?.(e)) ??
        Dt(r.localeError?.(e)) ??
        'Invalid input'),
    c = {};
  for (const a of Object.keys(e))
    a === 'inst' || a === 'schema' || a === 'continue' || a === 'input' || a === '__proto__' || (c[a] = e[a]);
  return (c.path ?? (c.path = []), (c.message = i), t?.reportInput && (c.input = e.input), c);
}
function hc(e) {
  return e instanceof Set ? 'set' : e instanceof Map ? 'map' : e instanceof File ? 'file' : 'unknown';
}
var tm = /[\uD800-\uDBFF]/;
function wr(e) {
  const t = e.length;
  if (!tm.test(e)) return t;
  let r = t;
  for (let n = 0; n < t - 1; n++)
    (e.charCodeAt(n) & 64512) === 55296 && (e.charCodeAt(n + 1) & 64512) === 56320 && (r--, n++);
  return r;
}
function _r(e) {
  return Array.isArray(e) ? 'array' : typeof e == 'string' ? 'string' : 'unknown';
}
function rs(e) {
  const t = typeof e;
  switch (t) {
    case 'number':
      return Number.isNaN(e) ? 'nan' : 'number';
    case 'object': {
      if (e === null) return 'null';
      if (Array.isArray(e)) return 'array';
      const r = e;
      if (r && Object.getPrototypeOf(r) !== Object.prototype && 'constructor' in r && r.constructor)
        return r.constructor.name;
    }
  }
  return t;
}
function Bt(...e) {
  const [t, r, n] = e;
  return typeof t == 'string' ? { message: t, code: 'custom', input: r, inst: n } : { ...t };
}
function rm(e) {
  return Object.entries(e)
    .filter(([t, r]) => Number.isNaN(Number.parseInt(t, 10)))
    .map((t) => t[1]);
}
function gc(e) {
  const t = atob(e),
    r = new Uint8Array(t.length);
  for (let n = 0; n < t.length; n++) r[n] = t.charCodeAt(n);
  return r;
}
function yc(e) {
  let t = '';
  for (let r = 0; r < e.length; r++) t += String.fromCharCode(e[r]);
  return btoa(t);
}
function nm(e) {
  const t = e.replace(/-/g, '+').replace(/_/g, '/'),
    r = '='.repeat((4 - (t.length % 4)) % 4);
  return gc(t + r);
}
function om(e) {
  return yc(e).replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '');
}
function sm(e) {
  const t = e.replace(/^0x/, '');
  if (t.length % 2 !== 0) throw new Error('Invalid hex string length');
  const r = new Uint8Array(t.length / 2);
  for (let n = 0; n < t.length; n += 2) r[n / 2] = Number.parseInt(t.slice(n, n + 2), 16);
  return r;
}
function im(e) {
  return Array.from(e)
    .map((t) => t.toString(16).padStart(2, '0'))
    .join('');
}
var Wo = class {
  constructor(...t) {}
};
function ns(e, t) {
  for (const r in t) {
    const n = Object.getOwnPropertyDescriptor(t, r);
    n.get ? Object.defineProperty(e, r, { ...n, enumerable: !1 }) : am(e, r, n.value);
  }
}
function st(e, t, r, n = !0) {
  return (Object.defineProperty(e, t, { configurable: !0, writable: !0, enumerable: n, value: r }), r);
}
function $n(e, t, r) {
  return st(e, t, r, !1);
}
function cm(e, t) {
  for (const r in e) {
    const n = e[r];
    Object.defineProperty(t, r, {
      configurable: !0,
      enumerable: !0,
      get() {
        return st(this, r, n(this));
      },
      set(o) {
        st(this, r, o);
      },
    });
  }
  return t;
}
function am(e, t, r) {
  Object.defineProperty(e, t, {
    configurable: !0,
    get() {
      return this == null ? r : st(this, t, r.bind(this));
    },
    set(n) {
      st(this, t, n);
    },
  });
}
function um(e, t) {
  const r = Object.getPrototypeOf(e);
  return t in r ? void 0 : r;
}
var Vo,
  ot = !1,
  lm = {
    configurable: !0,
    get() {
      ot = !0;
    },
  };
function L(e, t, r) {
  const n = Object.getPrototypeOf(e._zod);
  if (t in n && Vo !== e._zod) {
    Vo = void 0;
    return;
  }
  (Vo = e._zod),
    Object.defineProperty(n, t, {
      configurable: !0,
      get() {
        Object.defineProperty(this, t, lm);
        const o = ot;
        ot = !1;
        try {
          const s = r(this);
          return (
            ot
              ? delete this[t]
              : Object.defineProperty(this, t, { configurable: !0, writable: !0, value: s }),
            (ot = ot || o),
            s
          );
        } catch (s) {
          throw (delete this[t], (ot = ot || o), s);
        }
      },
      set(o) {
        Object.defineProperty(this, t, { configurable: !0, writable: !0, value: o });
      },
    });
}
function fm(e, t, r, n) {
  const o = um(e, t);
  o &&
    Object.defineProperty(o, t, {
      configurable: !0,
      get() {
        const s = { configurable: !0, writable: !0, enumerable: n, value: void 0 };
        return (
          Object.defineProperty(this, t, s), (s.value = r(this)), Object.defineProperty(this, t, s), s.value
        );
      },
      set(s) {
        Object.defineProperty(this, t, { configurable: !0, writable: !0, enumerable: n, value: s });
      },
    });
}
var bc = '~constantCatch';
function wc(e) {
  const t = () => e;
  return ((t[bc] = !0), t);
}
var _c;
var os = { value: void 0, enumerable: !1 },
  xc = 'captureStackTrace' in Error ? Error : null;
function pm(e) {
  const t = xc;
  if (t) {
    const r = t.stackTraceLimit;
    if (typeof r == 'number') {
      try {
        t.stackTraceLimit = 0;
      } catch {
        return ((xc = null), new e());
      }
      try {
        return new e();
      } finally {
        t.stackTraceLimit = r;
      }
    }
  }
  return new e();
}
function y(e, t, r, n) {
  const o = {};
  function s(p) {
    (this.def = p), (this.constr = l), (this.traits = new Set());
  }
  s.prototype = o;
  const i = r,
    c = i && new WeakSet();
  function a(p, d) {
    if (p._zod) {
      if (p._zod.traits.has(e)) return;
    } else {
      os.value = new s(d);
      try {
        Object.defineProperty(p, '_zod', os);
      } finally {
        os.value = void 0;
      }
    }
    if ((p._zod.traits.add(e), t(p, d), c)) {
      let m = Object.getPrototypeOf(p),
        g = p._zod.constr.prototype,
        b = m;
      for (; b && b !== g; ) b = Object.getPrototypeOf(b);
      const w = b ?? m;
      c.has(w) || (c.add(w), ns(w, i));
    }
    const h = l.prototype;
    for (const m in h) Object.hasOwn(h, m) && (m in p || (p[m] = h[m].bind(p)));
  }
  const u = n?.Parent ?? Object;
  class f extends u {}
  Object.defineProperty(f, 'name', { value: e });
  function l(p) {
    const d = n?.Parent ? pm(f) : this;
    a(d, p);
    const h = d._zod.deferred;
    if (h) {
      for (const g of h) g();
      d._zod.deferred = void 0;
    }
    const m = globalThis.__zod_globalConfig?.postProcessor;
    return (m && m(d), d);
  }
  return (
    Object.defineProperty(l, 'init', { value: a }),
    Object.defineProperty(l, Symbol.hasInstance, {
      value: (p) => (n?.Parent && p instanceof n.Parent ? !0 : p?._zod?.traits?.has(e)),
    }),
    Object.defineProperty(l, 'name', { value: e }),
    l
  );
}
var Ee = class extends Error {
    constructor() {
      super('Encountered Promise during synchronous parse. Use .parseAsync() instead.');
    }
  },
  Ft = class extends Error {
    constructor(t) {
      super(`Encountered unidirectional transform during encode: ${t}`), (this.name = 'ZodEncodeError');
    }
  };
(_c = globalThis).__zod_globalConfig ?? (_c.__zod_globalConfig = {});
var ae = globalThis.__zod_globalConfig;
function de(e) {
  return (e && Object.assign(ae, e), ae);
}
function dm() {
  const e = this._zod;
  return (e.message ?? (e.message = JSON.stringify(e.def, Ut, 2)), e.message);
}
function mm(e) {
  this._zod.message = e;
}
var hm = { get: dm, set: mm, enumerable: !0, configurable: !0 },
  is = { value: void 0, enumerable: !1 },
  vc = new WeakSet([Object.prototype, Error.prototype]),
  Sc = (e, t) => {
    (e.name = '$ZodError'),
      (is.value = t),
      Object.defineProperty(e, 'issues', is),
      (is.value = void 0),
      Object.defineProperty(e, 'message', hm);
    const r = Object.getPrototypeOf(e);
    vc.has(r) ||
      (vc.add(r),
      Object.defineProperty(r, 'toString', {
        configurable: !0,
        enumerable: !1,
        get() {
          const n = () => this.message;
          return (Object.defineProperty(this, 'toString', { value: n, configurable: !0, writable: !0 }), n);
        },
        set(n) {
          Object.defineProperty(this, 'toString', { value: n, configurable: !0, writable: !0 });
        },
      }));
  },
  kc = y('$ZodError', Sc),
  l0 = y('$ZodError', Sc, void 0, { Parent: Error });
function gm(e, t, r) {
  return (
    Object.hasOwn(e, t) ||
      (t === '__proto__'
        ? Object.defineProperty(e, t, { value: r(), writable: !0, enumerable: !0, configurable: !0 })
        : (e[t] = r())),
    e[t]
  );
}
function $c(e, t = (r) => r.message) {
  const r = {},
    n = [];
  for (const o of e.issues) o.path.length > 0 ? gm(r, o.path[0], () => []).push(t(o)) : n.push(t(o));
  return { formErrors: n, fieldErrors: r };
}
function zc(e, t = (r) => r.message) {
  const r = { _errors: [] },
    n = (o, s = []) => {
      for (const i of o.issues)
        if (i.code === 'invalid_union' && i.errors.length)
          i.errors.map((c) => n({ issues: c }, [...s, ...i.path]));
        else if (i.code === 'invalid_key') n({ issues: i.issues }, [...s, ...i.path]);
        else if (i.code === 'invalid_element') n({ issues: i.issues }, [...s, ...i.path]);
        else {
          const c = [...s, ...i.path];
          if (c.length === 0) r._errors.push(t(i));
          else {
            let a = r,
              u = 0;
            for (; u < c.length; ) {
              const f = c[u],
                l = u === c.length - 1;
              if (f === '_errors') {
                l && a._errors.push(t(i)), u++;
                continue;
              }
              Object.hasOwn(a, f) ||
                Object.defineProperty(a, f, {
                  value: { _errors: [] },
                  enumerable: !0,
                  writable: !0,
                  configurable: !0,
                });
              const p = a[f];
              l && p._errors.push(t(i)), (a = p), u++;
            }
          }
        }
    };
  return (n(e), r);
}
function zn(e, t) {
  return { callee: t?.callee ?? e, Err: t?.Err };
}
var An = (e) => {
  const t = (r, n, o, s) => {
    const i = o ? { ...o, async: !1 } : { async: !1 },
      c = r._zod.run({ value: n, issues: [] }, i);
    if (c instanceof Promise) throw new Ee();
    if (c.issues.length) {
      const a = new (s?.Err ?? e)(c.issues.map((u) => Oe(u, i, de())));
      throw (_n(a, s?.callee ?? t), a);
    }
    return c.value;
  };
  return t;
};
var Pn = (e) => {
  const t = async (r, n, o, s) => {
    let i = o ? { ...o, async: !0 } : { async: !0 },
      c = r._zod.run({ value: n, issues: [] }, i);
    if ((c instanceof Promise && (c = await c), c.issues.length)) {
      const a = new (s?.Err ?? e)(c.issues.map((u) => Oe(u, i, de())));
      throw (_n(a, s?.callee ?? t), a);
    }
    return c.value;
  };
  return t;
};
var On = (e) => (t, r, n) => {
  const o = n ? { ...n, async: !1 } : { async: !1 },
    s = t._zod.run({ value: r, issues: [] }, o);
  if (s instanceof Promise) throw new Ee();
  return s.issues.length ? Ac(e, s.issues, o) : { success: !0, data: s.value };
};
function Ac(e, t, r) {
  let n;
  return {
    success: !1,
    get error() {
      return (n || ((n = new e(t.map((o) => Oe(o, r, de())))), (t = void 0), (r = void 0)), n);
    },
    set error(o) {
      (n = o), (t = void 0), (r = void 0);
    },
  };
}
var En = (e) => async (t, r, n) => {
  let o = n ? { ...n, async: !0 } : { async: !0 },
    s = t._zod.run({ value: r, issues: [] }, o);
  return (
    s instanceof Promise && (s = await s),
    s.issues.length ? Ac(e, s.issues, o) : { success: !0, data: s.value }
  );
};
var ym = Symbol.for('zod.compile.invalid'),
  bm = Symbol.for('zod.compile.fallback'),
  cs = (e, t, r) => {
    const n = e._zod.bag.validator;
    if (n !== void 0) {
      if (n(t) !== ym) return !0;
      if (n.definite === !0 && r === void 0) return !1;
    }
    return wm(e, t, r);
  };
function wm(e, t, r) {
  let n = r ? { ...r, async: !1, abortEarly: !0 } : { async: !1, abortEarly: !0 },
    o = e._zod.bag.fallbackRun,
    s;
  if (
    (o ? ((n[bm] = !0), (s = o({ value: t, issues: [] }, n))) : (s = e._zod.run({ value: t, issues: [] }, n)),
    s instanceof Promise)
  )
    throw new Ee();
  return s.issues.length === 0;
}
var as = async (e, t, r) => {
    let n = r ? { ...r, async: !0, abortEarly: !0 } : { async: !0, abortEarly: !0 },
      o = e._zod.run({ value: t, issues: [] }, n);
    return (o instanceof Promise && (o = await o), o.issues.length === 0);
  },
  Pc = (e) => {
    const t = An(e),
      r = (n, o, s, i) => {
        const c = s ? { ...s, direction: 'backward' } : { direction: 'backward' };
        return t(n, o, c, zn(r, i));
      };
    return r;
  };
var Oc = (e) => {
  const t = An(e),
    r = (n, o, s, i) => t(n, o, s, zn(r, i));
  return r;
};
var Ec = (e) => {
  const t = Pn(e),
    r = async (n, o, s, i) => {
      const c = s ? { ...s, direction: 'backward' } : { direction: 'backward' };
      return await t(n, o, c, zn(r, i));
    };
  return r;
};
var Ic = (e) => {
  const t = Pn(e),
    r = async (n, o, s, i) => await t(n, o, s, zn(r, i));
  return r;
};
var Tc = (e) => (t, r, n) => {
  const o = n ? { ...n, direction: 'backward' } : { direction: 'backward' };
  return On(e)(t, r, o);
};
var Nc = (e) => (t, r, n) => On(e)(t, r, n);
var Cc = (e) => async (t, r, n) => {
  const o = n ? { ...n, direction: 'backward' } : { direction: 'backward' };
  return En(e)(t, r, o);
};
var Lc = (e) => async (t, r, n) => En(e)(t, r, n);
var Zc = /^[cC][0-9a-z]{6,}$/,
  Rc = /^[0-9a-z]+$/,
  Dc = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/,
  Mc = /^[0-9a-vA-V]{20}$/,
  jc = /^[A-Za-z0-9]{27}$/,
  Uc = /^[a-zA-Z0-9_-]{21}$/;
function Bc(e) {
  return new RegExp(`^[a-zA-Z0-9_-]{${e}}$`);
}
var Fc = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var Kc = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,
  ls = (e) =>
    e
      ? new RegExp(
          `^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`,
        )
      : /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
var Vc =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
var _m =
  '^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$';
function Jc() {
  return new RegExp(_m, 'u');
}
var Wc =
    /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/,
  qc =
    /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var Gc =
    /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/,
  Hc =
    /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/,
  Yc = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/,
  Xc = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var Qc = /^https?$/,
  ea = /^\+[1-9]\d{6,14}$/;
var ta =
  '(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))';
function xm(e) {
  return new RegExp(`^${e}$`);
}
var ra = xm(ta);
function us(e) {
  const t = '(?:[01]\\d|2[0-3]):[0-5]\\d';
  return typeof e.precision == 'number'
    ? e.precision === -1
      ? `${t}`
      : e.precision === 0
        ? `${t}:[0-5]\\d`
        : `${t}:[0-5]\\d\\.\\d{${e.precision}}`
    : e.seconds
      ? `${t}:[0-5]\\d(?:\\.\\d+)?`
      : `${t}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function na(e) {
  return new RegExp(`^${us(e)}$`);
}
function oa(e) {
  const t = ['Z'];
  e.offset && t.push('([+-](?:[01]\\d|2[0-3]):[0-5]\\d)');
  const r = `${us({ precision: e.precision, seconds: !0 })}(?:${t.join('|')})`,
    n = e.local ? `${r}|${us({ precision: e.precision })}` : r;
  return new RegExp(`^${ta}T(?:${n})$`);
}
var sa = /^[\s\S]{0,}$/;
var fs = /^-?\d+$/,
  xr = /^-?\d+(?:\.\d+)?$/,
  ia = /^(?:true|false)$/i;
var ca = /^[^A-Z]*$/,
  aa = /^[^a-z]*$/;
var X = y('$ZodCheck', (e, t) => {
  var r;
  e._zod ?? (e._zod = {}), (e._zod.def = t), (r = e._zod).onattach ?? (r.onattach = []);
});
var ps = (e) => {
    const t = e.value;
    return !qo(t) && t.length !== void 0;
  },
  In = { number: 'number', bigint: 'bigint', object: 'date' },
  ds = y('$ZodCheckLessThan', (e, t) => {
    X.init(e, t);
    const r = In[typeof t.value];
    e._zod.check = (n) => {
      (t.inclusive ? n.value <= t.value : n.value < t.value) ||
        n.issues.push({
          origin: In[typeof n.value] ?? r,
          code: 'too_big',
          maximum: typeof t.value == 'object' ? t.value.getTime() : t.value,
          input: n.value,
          inclusive: t.inclusive,
          inst: e,
          continue: !t.abort,
        });
    };
  }),
  ms = y('$ZodCheckGreaterThan', (e, t) => {
    X.init(e, t);
    const r = In[typeof t.value];
    e._zod.check = (n) => {
      (t.inclusive ? n.value >= t.value : n.value > t.value) ||
        n.issues.push({
          origin: In[typeof n.value] ?? r,
          code: 'too_small',
          minimum: typeof t.value == 'object' ? t.value.getTime() : t.value,
          input: n.value,
          inclusive: t.inclusive,
          inst: e,
          continue: !t.abort,
        });
    };
  }),
  ua = y('$ZodCheckMultipleOf', (e, t) => {
    X.init(e, t),
      (e._zod.check = (r) => {
        if (typeof r.value != typeof t.value)
          throw new Error('Cannot mix number and bigint in multiple_of check.');
        (typeof r.value == 'bigint'
          ? t.value !== BigInt(0) && r.value % t.value === BigInt(0)
          : Go(r.value, t.value) === 0) ||
          r.issues.push({
            origin: typeof r.value,
            code: 'not_multiple_of',
            divisor: t.value,
            input: r.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  la = y('$ZodCheckNumberFormat', (e, t) => {
    X.init(e, t), (t.format = t.format || 'float64');
    const r = t.format?.includes('int'),
      n = r ? 'int' : 'number',
      [o, s] = yr[t.format];
    e._zod.check = (i) => {
      const c = i.value;
      if (r) {
        if (!Number.isInteger(c)) {
          i.issues.push({
            expected: n,
            format: t.format,
            code: 'invalid_type',
            continue: !1,
            input: c,
            inst: e,
          });
          return;
        }
        if (!Number.isSafeInteger(c)) {
          c > 0
            ? i.issues.push({
                input: c,
                code: 'too_big',
                maximum: Number.MAX_SAFE_INTEGER,
                note: 'Integers must be within the safe integer range.',
                inst: e,
                origin: n,
                inclusive: !0,
                continue: !t.abort,
              })
            : i.issues.push({
                input: c,
                code: 'too_small',
                minimum: Number.MIN_SAFE_INTEGER,
                note: 'Integers must be within the safe integer range.',
                inst: e,
                origin: n,
                inclusive: !0,
                continue: !t.abort,
              });
          return;
        }
      }
      c < o &&
        i.issues.push({
          origin: 'number',
          input: c,
          code: 'too_small',
          minimum: o,
          inclusive: !0,
          inst: e,
          continue: !t.abort,
        }),
        c > s &&
          i.issues.push({
            origin: 'number',
            input: c,
            code: 'too_big',
            maximum: s,
            inclusive: !0,
            inst: e,
            continue: !t.abort,
          });
    };
  });
var fa = y('$ZodCheckMaxLength', (e, t) => {
    var r;
    X.init(e, t),
      (r = e._zod.def).when ?? (r.when = ps),
      (e._zod.check = (n) => {
        const o = n.value,
          s = o.length;
        if ((typeof o == 'string' && s > t.maximum ? wr(o) : s) <= t.maximum) return;
        const c = _r(o);
        n.issues.push({
          origin: c,
          code: 'too_big',
          maximum: t.maximum,
          inclusive: !0,
          input: o,
          inst: e,
          continue: !t.abort,
        });
      });
  }),
  pa = y('$ZodCheckMinLength', (e, t) => {
    var r;
    X.init(e, t),
      (r = e._zod.def).when ?? (r.when = ps),
      (e._zod.check = (n) => {
        const o = n.value,
          s = o.length;
        if ((typeof o == 'string' && s >= t.minimum && s < t.minimum * 2 ? wr(o) : s) >= t.minimum) return;
        const c = _r(o);
        n.issues.push({
          origin: c,
          code: 'too_small',
          minimum: t.minimum,
          inclusive: !0,
          input: o,
          inst: e,
          continue: !t.abort,
        });
      });
  }),
  da = y('$ZodCheckLengthEquals', (e, t) => {
    var r;
    X.init(e, t),
      (r = e._zod.def).when ?? (r.when = ps),
      (e._zod.check = (n) => {
        const o = n.value,
          s = o.length,
          i = typeof o == 'string' && s >= t.length && s <= t.length * 2 ? wr(o) : s;
        if (i === t.length) return;
        const c = _r(o),
          a = i > t.length;
        n.issues.push({
          origin: c,
          ...(a ? { code: 'too_big', maximum: t.length } : { code: 'too_small', minimum: t.length }),
          inclusive: !0,
          exact: !0,
          input: n.value,
          inst: e,
          continue: !t.abort,
        });
      });
  }),
  Sr = y('$ZodCheckStringFormat', (e, t) => {
    var r, n;
    X.init(e, t),
      t.pattern
        ? ((r = e._zod).check ??
          (r.check = (o) => {
            (t.pattern.lastIndex = 0),
              !t.pattern.test(o.value) &&
                o.issues.push({
                  origin: 'string',
                  code: 'invalid_format',
                  format: t.format,
                  input: o.value,
                  ...(t.pattern ? { pattern: t.pattern.toString() } : {}),
                  inst: e,
                  continue: !t.abort,
                });
          }))
        : ((n = e._zod).check ?? (n.check = () => {}));
  }),
  ma = y('$ZodCheckRegex', (e, t) => {
    Sr.init(e, t),
      (e._zod.check = (r) => {
        (t.pattern.lastIndex = 0),
          !t.pattern.test(r.value) &&
            r.issues.push({
              origin: 'string',
              code: 'invalid_format',
              format: 'regex',
              input: r.value,
              pattern: t.pattern.toString(),
              inst: e,
              continue: !t.abort,
            });
      });
  }),
  ha = y('$ZodCheckLowerCase', (e, t) => {
    t.pattern ?? (t.pattern = ca), Sr.init(e, t);
  }),
  ga = y('$ZodCheckUpperCase', (e, t) => {
    t.pattern ?? (t.pattern = aa), Sr.init(e, t);
  }),
  ya = y('$ZodCheckIncludes', (e, t) => {
    X.init(e, t);
    const r = _t(t.includes),
      n = new RegExp(typeof t.position == 'number' ? `^.{${t.position},}${r}` : r);
    (t.pattern = n),
      (e._zod.check = (o) => {
        o.value.includes(t.includes, t.position) ||
          o.issues.push({
            origin: 'string',
            code: 'invalid_format',
            format: 'includes',
            includes: t.includes,
            input: o.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  ba = y('$ZodCheckStartsWith', (e, t) => {
    X.init(e, t);
    const r = new RegExp(`^${_t(t.prefix)}.*`);
    t.pattern ?? (t.pattern = r),
      (e._zod.check = (n) => {
        n.value.startsWith(t.prefix) ||
          n.issues.push({
            origin: 'string',
            code: 'invalid_format',
            format: 'starts_with',
            prefix: t.prefix,
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  wa = y('$ZodCheckEndsWith', (e, t) => {
    X.init(e, t);
    const r = new RegExp(`.*${_t(t.suffix)}$`);
    t.pattern ?? (t.pattern = r),
      (e._zod.check = (n) => {
        n.value.endsWith(t.suffix) ||
          n.issues.push({
            origin: 'string',
            code: 'invalid_format',
            format: 'ends_with',
            suffix: t.suffix,
            input: n.value,
            inst: e,
            continue: !t.abort,
          });
      });
  });
var _a = y('$ZodCheckOverwrite', (e, t) => {
  X.init(e, t),
    (e._zod.check = (r) => {
      r.value = t.tx(r.value);
    });
});
var Tn = class {
  constructor(t = [], r = {}) {
    (this.content = []), (this.indent = 0), (this.args = t), (this.closed = r);
  }
  indented(t) {
    this.indent += 1;
    try {
      t(this);
    } finally {
      this.indent -= 1;
    }
  }
  write(t) {
    if (typeof t == 'function') {
      t(this, { execution: 'sync' }), t(this, { execution: 'async' });
      return;
    }
    const n = t
        .split(`
`)
        .filter((i) => i),
      o = Math.min(...n.map((i) => i.length - i.trimStart().length)),
      s = n.map((i) => i.slice(o)).map((i) => ' '.repeat(this.indent * 2) + i);
    for (const i of s) this.content.push(i);
  }
  compile() {
    const t = Function,
      r = this?.content ?? [''];
    return new t(
      ...Object.keys(this.closed),
      `return function (${this.args.join(', ')}) {
${r.join(`
`)}
};`,
    )(...Object.values(this.closed));
  }
};
var va = { major: 4, minor: 6, patch: 7 };
var M = y(
    '$ZodType',
    (e, t) => {
      var r;
      e ?? (e = {}), (e._zod.def = t), (e._zod.bag = e._zod.bag || {}), (e._zod.version = va);
      const n = e._zod.def.checks,
        o = e._zod.traits.has('$ZodCheck') ? [e, ...(n ?? [])] : n?.length ? [...n] : [];
      for (const s of o) for (const i of s._zod.onattach) i(e);
      if (o.length === 0)
        (r = e._zod).deferred ?? (r.deferred = []),
          e._zod.deferred?.push(() => {
            e._zod.run = e._zod.parse;
          });
      else {
        const s = (c, a, u) => {
            if (c.memo) return c;
            let f = Pe(c),
              l;
            for (const p of a) {
              if (p._zod.def.when) {
                if (ts(c) || !p._zod.def.when(c)) continue;
              } else if (f) continue;
              const d = c.issues.length,
                h = p._zod.check(c);
              if (h instanceof Promise && u?.async === !1) throw new Ee();
              if (l || h instanceof Promise)
                l = (l ?? Promise.resolve()).then(async () => {
                  await h, c.issues.length !== d && (br(c.issues, d, e), f || (f = Pe(c, d)));
                });
              else {
                if (c.issues.length === d) continue;
                br(c.issues, d, e), f || (f = Pe(c, d));
              }
            }
            return l ? l.then(() => c) : c;
          },
          i = (c, a, u) => {
            if (Pe(c)) return ((c.aborted = !0), c);
            const f = s(a, o, u);
            if (f instanceof Promise) {
              if (u.async === !1) throw new Ee();
              return f.then((l) => e._zod.parse(l, u));
            }
            return e._zod.parse(f, u);
          };
        e._zod.run = (c, a) => {
          if (a.skipChecks) return e._zod.parse(c, a);
          if (a.direction === 'backward') {
            const f = e._zod.parse({ value: c.value, issues: [] }, { ...a, skipChecks: !0 });
            return f instanceof Promise ? f.then((l) => i(l, c, a)) : i(f, c, a);
          }
          const u = e._zod.parse(c, a);
          if (u instanceof Promise) {
            if (a.async === !1) throw new Ee();
            return u.then((f) => s(f, o, a));
          }
          return s(u, o, a);
        };
      }
    },
    {
      get '~standard'() {
        return $n(this, '~standard', gs(this));
      },
      set '~standard'(e) {
        st(this, '~standard', e);
      },
    },
  ),
  Na = (e, t) => (e.issues.length ? { issues: e.issues.map((r) => Oe(r, t, de())) } : { value: e.value });
async function vm(e, t) {
  const r = { async: !0 };
  return Na(await e._zod.run({ value: t, issues: [] }, r), r);
}
function gs(e) {
  return {
    validate: (t) => {
      const r = { async: !1 };
      try {
        const n = e._zod.run({ value: t, issues: [] }, r);
        if (!(n instanceof Promise)) return Na(n, r);
      } catch {}
      return vm(e, t);
    },
    vendor: 'zod',
    version: 1,
  };
}
var Zn = y('$ZodString', (e, t) => {
    M.init(e, t),
      (e._zod.pattern = t.pattern ?? sa),
      (e._zod.parse = (r, n) => {
        if (t.coerce)
          try {
            r.value = String(r.value);
          } catch {}
        return (
          typeof r.value == 'string' ||
            r.issues.push({ expected: 'string', code: 'invalid_type', input: r.value, inst: e }),
          r
        );
      });
  }),
  D = y('$ZodStringFormat', (e, t) => {
    Sr.init(e, t), Zn.init(e, t);
  }),
  Ca = y('$ZodGUID', (e, t) => {
    t.pattern ?? (t.pattern = Kc), D.init(e, t);
  }),
  La = y('$ZodUUID', (e, t) => {
    if (t.version) {
      const n = { v1: 1, v2: 2, v3: 3, v4: 4, v5: 5, v6: 6, v7: 7, v8: 8 }[t.version];
      if (n === void 0) throw new Error(`Invalid UUID version: "${t.version}"`);
      t.pattern ?? (t.pattern = ls(n));
    } else t.pattern ?? (t.pattern = ls());
    D.init(e, t);
  }),
  Za = y('$ZodEmail', (e, t) => {
    t.pattern ?? (t.pattern = Vc), D.init(e, t);
  }),
  Ra = 1,
  Cn = 2;
function Da(e) {
  try {
    return typeof URL < 'u' && typeof URL.canParse == 'function' ? URL.canParse(e) : (new URL(e), !0);
  } catch {
    return !1;
  }
}
function Sm(e, t) {
  return !('normalize' in t) && !('hostname' in t) && !('protocol' in t) ? Da(e) || Cn : km(e, t);
}
function km(e, t) {
  if (!t.normalize && t.protocol?.source === Qc.source && !/^https?:\/\//i.test(e)) return Ra;
  try {
    if (typeof URL < 'u') {
      const r = URL;
      if (typeof r.parse == 'function') return r.parse(e) ?? Cn;
    }
    return new URL(e);
  } catch {
    return Cn;
  }
}
var $m = /[\t\n\r]/g;
function Sa(e) {
  return e.replace($m, '');
}
function zm(e, t) {
  return ((t.lastIndex = 0), t.test(e.hostname));
}
function Am(e, t) {
  return ((t.lastIndex = 0), t.test(e.protocol.endsWith(':') ? e.protocol.slice(0, -1) : e.protocol));
}
var Ma = y('$ZodURL', (e, t) => {
    D.init(e, t),
      (e._zod.check = (r) => {
        try {
          const n = r.value.trim(),
            o = Sm(n, t);
          if (o === Ra) {
            r.issues.push({
              code: 'invalid_format',
              format: 'url',
              note: 'Invalid URL format',
              input: r.value,
              inst: e,
              continue: !t.abort,
            });
            return;
          }
          if (o === Cn) {
            r.issues.push({
              code: 'invalid_format',
              format: 'url',
              input: r.value,
              inst: e,
              continue: !t.abort,
            });
            return;
          }
          if (o === !0) {
            r.value = Sa(n);
            return;
          }
          t.hostname &&
            !zm(o, t.hostname) &&
            r.issues.push({
              code: 'invalid_format',
              format: 'url',
              note: 'Invalid hostname',
              pattern: t.hostname.source,
              input: r.value,
              inst: e,
              continue: !t.abort,
            }),
            t.protocol &&
              !Am(o, t.protocol) &&
              r.issues.push({
                code: 'invalid_format',
                format: 'url',
                note: 'Invalid protocol',
                pattern: t.protocol.source,
                input: r.value,
                inst: e,
                continue: !t.abort,
              }),
            (r.value = t.normalize ? o.href : Sa(n));
          return;
        } catch {
          r.issues.push({
            code: 'invalid_format',
            format: 'url',
            input: r.value,
            inst: e,
            continue: !t.abort,
          });
        }
      });
  }),
  ja = y('$ZodEmoji', (e, t) => {
    t.pattern ?? (t.pattern = Jc()), D.init(e, t);
  }),
  Ua = y('$ZodNanoID', (e, t) => {
    if (t.length !== void 0 && (!Number.isInteger(t.length) || t.length < 1))
      throw new Error(`Invalid nanoid length: ${t.length}`);
    t.pattern ?? (t.pattern = t.length === void 0 ? Uc : Bc(t.length)), D.init(e, t);
  }),
  Ba = y('$ZodCUID', (e, t) => {
    t.pattern ?? (t.pattern = Zc), D.init(e, t);
  }),
  Fa = y('$ZodCUID2', (e, t) => {
    t.pattern ?? (t.pattern = Rc), D.init(e, t);
  }),
  Ka = y('$ZodULID', (e, t) => {
    t.pattern ?? (t.pattern = Dc), D.init(e, t);
  }),
  Va = y('$ZodXID', (e, t) => {
    t.pattern ?? (t.pattern = Mc), D.init(e, t);
  }),
  Ja = y('$ZodKSUID', (e, t) => {
    t.pattern ?? (t.pattern = jc), D.init(e, t);
  }),
  Wa = y('$ZodISODateTime', (e, t) => {
    t.pattern ?? (t.pattern = oa(t)), D.init(e, t);
  }),
  qa = y('$ZodISODate', (e, t) => {
    t.pattern ?? (t.pattern = ra), D.init(e, t);
  }),
  Ga = y('$ZodISOTime', (e, t) => {
    t.pattern ?? (t.pattern = na(t)), D.init(e, t);
  }),
  Ha = y('$ZodISODuration', (e, t) => {
    t.pattern ?? (t.pattern = Fc), D.init(e, t);
  }),
  Ya = y('$ZodIPv4', (e, t) => {
    t.pattern ?? (t.pattern = Wc), D.init(e, t);
  }),
  Pm = /^[0-9a-fA-F:.]+$/;
function Xa(e) {
  return Pm.test(e) ? Da(`http://[${e}]`) : !1;
}
var Qa = y('$ZodIPv6', (e, t) => {
  t.pattern ?? (t.pattern = qc),
    D.init(e, t),
    (e._zod.check = (r) => {
      Xa(r.value) ||
        r.issues.push({
          code: 'invalid_format',
          format: 'ipv6',
          input: r.value,
          inst: e,
          continue: !t.abort,
        });
    });
});
var eu = y('$ZodCIDRv4', (e, t) => {
  t.pattern ?? (t.pattern = Gc), D.init(e, t);
});
function Om(e) {
  const t = e.split('/');
  if (t.length !== 2) return !1;
  const [r, n] = t;
  if (!n) return !1;
  const o = Number(n);
  return `${o}` !== n || o < 0 || o > 128 ? !1 : Xa(r);
}
var tu = y('$ZodCIDRv6', (e, t) => {
  t.pattern ?? (t.pattern = Hc),
    D.init(e, t),
    (e._zod.check = (r) => {
      Om(r.value) ||
        r.issues.push({
          code: 'invalid_format',
          format: 'cidrv6',
          input: r.value,
          inst: e,
          continue: !t.abort,
        });
    });
});
function ru(e) {
  if (e === '') return !0;
  if (/\s/.test(e) || e.length % 4 !== 0) return !1;
  try {
    return (atob(e), !0);
  } catch {
    return !1;
  }
}
var ys = /^[0-9a-zA-Z+/]*={0,2}$/,
  nu = y('$ZodBase64', (e, t) => {
    t.pattern ?? (t.pattern = ys),
      D.init(e, t),
      (e._zod.check = (r) => {
        ru(r.value) ||
          r.issues.push({
            code: 'invalid_format',
            format: 'base64',
            input: r.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  Rn = /^[A-Za-z0-9_-]*$/;
function Em(e) {
  if (!Rn.test(e)) return !1;
  const t = e.replace(/[-_]/g, (n) => (n === '-' ? '+' : '/')),
    r = t.padEnd(Math.ceil(t.length / 4) * 4, '=');
  return ru(r);
}
var ou = y('$ZodBase64URL', (e, t) => {
    t.pattern ?? (t.pattern = Rn),
      D.init(e, t),
      (e._zod.check = (r) => {
        Em(r.value) ||
          r.issues.push({
            code: 'invalid_format',
            format: 'base64url',
            input: r.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  su = y('$ZodE164', (e, t) => {
    t.pattern ?? (t.pattern = ea), D.init(e, t);
  });
function Im(e, t = null) {
  try {
    const r = e.split('.');
    if (r.length !== 3) return !1;
    const [n] = r;
    if (!n) return !1;
    const o = JSON.parse(atob(n));
    return !(('typ' in o && o?.typ !== 'JWT') || !o.alg || (t && (!('alg' in o) || o.alg !== t)));
  } catch {
    return !1;
  }
}
var iu = y('$ZodJWT', (e, t) => {
  D.init(e, t),
    (e._zod.check = (r) => {
      Im(r.value, t.alg) ||
        r.issues.push({ code: 'invalid_format', format: 'jwt', input: r.value, inst: e, continue: !t.abort });
    });
});
var bs = y('$ZodNumber', (e, t) => {
    M.init(e, t),
      (e._zod.pattern = xr),
      (e._zod.parse = (r, n) => {
        if (t.coerce)
          try {
            r.value = Number(r.value);
          } catch {}
        const o = r.value;
        if (typeof o == 'number' && !Number.isNaN(o) && Number.isFinite(o)) return r;
        const s =
          typeof o == 'number' ? (Number.isNaN(o) ? 'NaN' : Number.isFinite(o) ? void 0 : String(o)) : void 0;
        return (
          r.issues.push({
            expected: 'number',
            code: 'invalid_type',
            input: o,
            inst: e,
            ...(s ? { received: s } : {}),
          }),
          r
        );
      });
  }),
  cu = y('$ZodNumberFormat', (e, t) => {
    la.init(e, t), bs.init(e, t);
  }),
  au = y('$ZodBoolean', (e, t) => {
    M.init(e, t),
      (e._zod.pattern = ia),
      (e._zod.parse = (r, n) => {
        if (t.coerce)
          try {
            r.value = !!r.value;
          } catch {}
        const o = r.value;
        return (
          typeof o == 'boolean' ||
            r.issues.push({ expected: 'boolean', code: 'invalid_type', input: o, inst: e }),
          r
        );
      });
  });
var uu = y('$ZodUnknown', (e, t) => {
    M.init(e, t), (e._zod.parse = (r) => r);
  }),
  lu = y('$ZodNever', (e, t) => {
    M.init(e, t),
      (e._zod.parse = (r, n) => (
        r.issues.push({ expected: 'never', code: 'invalid_type', input: r.value, inst: e }), r
      ));
  });
function Tm(e, t) {
  const r = kn(e._zod.def.checks);
  if (!r.length) return;
  const n = Math.min(...r.map((s) => s[0])),
    o = e._zod.parse;
  e._zod.parse = (s, i) => {
    const c = t(s.value);
    if (c > n && !i?.skipChecks && i?.direction !== 'backward') {
      for (const [a, u] of kn(e._zod.def.checks))
        if (c > a && u._zod.def.when(s)) {
          const f = s.issues.length;
          return (u._zod.check(s), (s.issues[f].continue = !1), br(s.issues, f, e), s);
        }
    }
    return o(s, i);
  };
}
var Nm = (e) => (Array.isArray(e) ? e.length : -1);
function ka(e, t, r) {
  e.issues.length && t.issues.push(...We(r, e.issues)), (t.value[r] = e.value);
}
var fu = y('$ZodArray', (e, t) => {
  M.init(e, t);
  const r = ae.memoizer;
  r?.attach(e),
    (e._zod.parse = (n, o) => {
      const s = n.value;
      if (!Array.isArray(s))
        return (n.issues.push({ expected: 'array', code: 'invalid_type', input: s, inst: e }), n);
      n.value = r ? r.alloc(e, n, Array(s.length), o) : Array(s.length);
      const i = [],
        c = o?.abortEarly;
      for (let a = 0; a < s.length; a++) {
        const u = s[a],
          f = t.element._zod.run({ value: u, issues: [] }, o);
        if (f instanceof Promise) i.push(f.then((l) => ka(l, n, a)));
        else if ((ka(f, n, a), c && f.issues.length !== 0 && Pe(f))) break;
      }
      return i.length ? Promise.all(i).then(() => n) : n;
    }),
    Tm(e, Nm);
});
function Ln(e, t, r, n, o, s) {
  const i = r in n,
    c = s === 'optional';
  if (!(!i && c && o === 'optional')) {
    if (e.issues.length) {
      if (o !== void 0 && c && !i) return;
      t.issues.push(...We(r, e.issues));
    }
    if (!i && o === void 0) {
      e.issues.length ||
        t.issues.push({ code: 'invalid_type', expected: 'nonoptional', input: void 0, path: [r] });
      return;
    }
    e.value === void 0 ? (i || (o === 'defaulted' && !c)) && (t.value[r] = void 0) : (t.value[r] = e.value);
  }
}
var Cm = [];
function pu(e) {
  const t = Object.keys(e.shape),
    r = Object.getOwnPropertySymbols(e.shape),
    n = r.length ? r : Cm,
    o = n.length ? [...t, ...n] : t;
  for (const i of o)
    if (!e.shape?.[i]?._zod?.traits?.has('$ZodType'))
      throw new Error(`Invalid element at key "${String(i)}": expected a Zod schema`);
  const s = es(e.shape);
  return { ...e, allKeys: o, symbolKeys: n, keySet: new Set(t), numKeys: t.length, optionalKeys: new Set(s) };
}
function du(e, t, r, n, o, s, i) {
  let c = [],
    a = o.keySet,
    u = o.catchall._zod,
    f = u.def.type,
    l = u.optin,
    p = u.optout,
    d = 0;
  for (const h in t) {
    if (i && r.issues.length !== d) {
      if (Pe(r, d)) break;
      d = r.issues.length;
    }
    if (a.has(h)) continue;
    if (h === '__proto__') {
      f === 'never' && c.push(h);
      continue;
    }
    if (f === 'never') {
      c.push(h);
      continue;
    }
    const m = u.run({ value: t[h], issues: [] }, n);
    m instanceof Promise ? e.push(m.then((g) => Ln(g, r, h, t, l, p))) : Ln(m, r, h, t, l, p);
  }
  return (
    c.length && r.issues.push({ code: 'unrecognized_keys', keys: c, input: t, inst: s, continue: !0 }),
    e.length ? Promise.all(e).then(() => r) : r
  );
}
var Lm = y('$ZodObject', (e, t) => {
    M.init(e, t);
    const r = Object.getOwnPropertyDescriptor(t, 'shape'),
      n = r?.get ? r.get.raw : (t.shape ?? {});
    if (n) {
      const u = () => {
        const f = { ...n };
        return (Object.defineProperty(t, 'shape', { value: f }), (u.raw = f), f);
      };
      (u.raw = n), Object.defineProperty(t, 'shape', { get: u });
    }
    const o = mr(() => pu(t));
    L(e, 'propValues', (u) => {
      const f = u.def.shape,
        l = {};
      for (const p in f) {
        const d = f[p]._zod;
        if (d.values) {
          Object.hasOwn(l, p) || be(l, p, new Set());
          for (const h of d.values) l[p].add(h);
          d.optin !== void 0 && l[p].add(void 0);
        }
      }
      return l;
    });
    let s = Mt,
      i = t.catchall,
      c,
      a = ae.memoizer;
    a?.attach(e),
      (e._zod.parse = (u, f) => {
        c ?? (c = o.value);
        const l = u.value;
        if (!s(l)) return (u.issues.push({ expected: 'object', code: 'invalid_type', input: l, inst: e }), u);
        u.value = a ? a.alloc(e, u, {}, f) : {};
        let p = [],
          d = c.shape,
          h = f?.abortEarly,
          m = u.issues.length;
        for (const g of c.allKeys) {
          if (h && u.issues.length !== m) {
            if (Pe(u, m)) break;
            m = u.issues.length;
          }
          if (g === '__proto__') continue;
          const b = d[g],
            w = b._zod.optin,
            k = b._zod.optout,
            $ = b._zod.run({ value: l[g], issues: [] }, f);
          $ instanceof Promise ? p.push($.then((x) => Ln(x, u, g, l, w, k))) : Ln($, u, g, l, w, k);
        }
        return i ? du(p, l, u, f, o.value, e, h === !0) : p.length ? Promise.all(p).then(() => u) : u;
      });
  }),
  mu = y('$ZodObjectJIT', (e, t) => {
    Lm.init(e, t);
    let r = e._zod.parse,
      n = mr(() => pu(t)),
      o = ae.memoizer,
      s = (d) => {
        const h = n.value,
          m = h.symbolKeys,
          g = new Tn(['payload', 'ctx'], { shape: d, inst: e, memo: o, syms: m }),
          b = (x) => `shape[${x}]._zod.run({ value: input[${x}], issues: [] }, ctx)`,
          w = (x, _) => `
          let ${x}_ab = false;
          for (let i = 0; i < ${x}.issues.length; i++) {
            const iss = ${x}.issues[i];
            iss.path = iss.path ? [${_}, ...iss.path] : [${_}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${x}_ab = true;
          }
          if (${x}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        g.write('const input = payload.value;');
        let k = Object.create(null),
          $ = 0;
        for (const x of h.allKeys) k[x] = `key_${$++}`;
        g.write(o ? 'const newResult = memo.alloc(inst, payload, {}, ctx);' : 'const newResult = {};');
        for (const x of h.allKeys) {
          if (x === '__proto__') continue;
          const _ = k[x],
            T = typeof x == 'symbol' ? `syms[${m.indexOf(x)}]` : Ho(x),
            v = `${T} in input`,
            U = d[x],
            ge = U?._zod?.optin,
            je = ge !== void 0,
            K = U?._zod?.optout === 'optional';
          if ((g.write(`const ${_} = ${b(T)};`), je && K)) {
            const Tr = ge === 'optional' ? `${_}_present` : `${_}.value !== undefined || ${_}_present`;
            g.write(`
        const ${_}_present = ${v};
        if (!${_}.issues.length || ${_}_present) {
          if (${_}.issues.length) {${w(_, T)}
          }

          if (${Tr}) {
            newResult[${T}] = ${_}.value;
          }
        }

      `);
          } else
            je
              ? (g.write(`
        if (${_}.issues.length) {${w(_, T)}
        }
      `),
                ge === 'defaulted'
                  ? g.write(`newResult[${T}] = ${_}.value;`)
                  : g.write(`
        if (${_}.value !== undefined || ${v}) {
          newResult[${T}] = ${_}.value;
        }
      `))
              : g.write(`
        const ${_}_present = ${v};
        if (${_}.issues.length) {${w(_, T)}
        }
        if (!${_}_present && !${_}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${T}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${_}_present) {
          newResult[${T}] = ${_}.value;
        }

      `);
        }
        return (g.write('payload.value = newResult;'), g.write('return payload;'), g.compile());
      },
      i,
      c = Mt,
      a = !ae.jitless,
      f = a && Xo.value,
      l = t.catchall,
      p;
    e._zod.parse = (d, h) => {
      p ?? (p = n.value);
      const m = d.value;
      return c(m)
        ? a && f && h?.async === !1 && h.jitless !== !0
          ? (i || (i = s(t.shape)), (d = i(d, h)), l ? du([], m, d, h, p, e, h?.abortEarly === !0) : d)
          : r(d, h)
        : (d.issues.push({ expected: 'object', code: 'invalid_type', input: m, inst: e }), d);
    };
  });
function $a(e, t, r, n) {
  for (const s of e) if (s.issues.length === 0) return ((t.value = s.value), t);
  const o = e.filter((s) => !Pe(s));
  return o.length === 1
    ? ((t.value = o[0].value), o[0])
    : (t.issues.push({
        code: 'invalid_union',
        input: t.value,
        inst: r,
        errors: e.map((s) => s.issues.map((i) => Oe(i, n, de()))),
      }),
      t);
}
var hu = y('$ZodUnion', (e, t) => {
  M.init(e, t),
    L(e, 'optin', (n) =>
      n.def.options.some((o) => o._zod.optin === 'defaulted')
        ? 'defaulted'
        : n.def.options.some((o) => o._zod.optin !== void 0)
          ? 'optional'
          : void 0,
    ),
    L(e, 'optout', (n) => (n.def.options.some((o) => o._zod.optout === 'optional') ? 'optional' : void 0)),
    L(e, 'values', (n) => {
      if (n.def.options.every((o) => o._zod.values))
        return new Set(n.def.options.flatMap((o) => Array.from(o._zod.values)));
    }),
    L(e, 'pattern', (n) => {
      if (n.def.options.every((o) => o._zod.pattern)) {
        const o = n.def.options.map((s) => s._zod.pattern);
        return new RegExp(`^(${o.map((s) => hr(s.source)).join('|')})$`);
      }
    });
  const r = t.options.length === 1 ? t.options[0]._zod.run : null;
  e._zod.parse = (n, o) => {
    if (r) return r(n, o);
    let s = !1,
      i = [];
    for (const c of t.options) {
      const a = c._zod.run({ value: n.value, issues: [] }, o);
      if (a instanceof Promise) i.push(a), (s = !0);
      else {
        if (a.issues.length === 0) return a;
        i.push(a);
      }
    }
    return s ? Promise.all(i).then((c) => $a(c, n, e, o)) : $a(i, n, e, o);
  };
});
var gu = y('$ZodIntersection', (e, t) => {
  M.init(e, t),
    (e._zod.parse = (r, n) => {
      const o = r.value,
        s = t.left._zod.run({ value: o, issues: [] }, n),
        i = t.right._zod.run({ value: o, issues: [] }, n);
      return s instanceof Promise || i instanceof Promise
        ? Promise.all([s, i]).then(([a, u]) => za(r, a, u))
        : za(r, s, i);
    });
});
function hs(e, t) {
  if (e === t) return { valid: !0, data: e };
  if (e instanceof Date && t instanceof Date && +e == +t) return { valid: !0, data: e };
  if (it(e) && it(t)) {
    const r = Object.keys(t),
      n = Object.keys(e).filter((s) => r.indexOf(s) !== -1),
      o = { ...e, ...t };
    Object.hasOwn(o, '__proto__') && delete o.__proto__;
    for (const s of n) {
      if (s === '__proto__') continue;
      const i = hs(e[s], t[s]);
      if (!i.valid) return { valid: !1, mergeErrorPath: [s, ...i.mergeErrorPath] };
      o[s] = i.data;
    }
    return { valid: !0, data: o };
  }
  if (Array.isArray(e) && Array.isArray(t)) {
    if (e.length !== t.length) return { valid: !1, mergeErrorPath: [] };
    const r = [];
    for (let n = 0; n < e.length; n++) {
      const o = e[n],
        s = t[n],
        i = hs(o, s);
      if (!i.valid) return { valid: !1, mergeErrorPath: [n, ...i.mergeErrorPath] };
      r.push(i.data);
    }
    return { valid: !0, data: r };
  }
  return { valid: !1, mergeErrorPath: [] };
}
function za(e, t, r) {
  let n = new Map(),
    o,
    s = new Map(),
    i = (u, f) => {
      let l;
      if (u.code === 'unrecognized_keys' && !u.path?.length) o ?? (o = u), (l = u.keys);
      else if (u.code === 'invalid_key' && u.origin === 'record' && u.path?.length === 1) {
        const p = String(u.path[0]);
        s.has(p) || s.set(p, u), (l = [p]);
      } else return !1;
      for (const p of l) n.has(p) || n.set(p, {}), (n.get(p)[f] = !0);
      return !0;
    };
  for (const u of t.issues) i(u, 'l') || e.issues.push(u);
  for (const u of r.issues) i(u, 'r') || e.issues.push(u);
  const c = [...n].filter(([, u]) => u.l && u.r).map(([u]) => u);
  if (c.length) {
    const u = o ? c.filter((f) => o.keys.includes(f)) : [];
    u.length && e.issues.push({ ...o, keys: u });
    for (const f of c) !u.includes(f) && s.has(f) && e.issues.push(s.get(f));
  }
  const a = hs(t.value, r.value);
  if (!a.valid) {
    if (Pe(e)) return e;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(a.mergeErrorPath)}`);
  }
  return ((e.value = a.data), e);
}
var yu = y('$ZodRecord', (e, t) => {
  M.init(e, t);
  const r = ae.memoizer;
  r?.attach(e),
    (e._zod.parse = (n, o) => {
      const s = n.value;
      if (!it(s)) return (n.issues.push({ expected: 'record', code: 'invalid_type', input: s, inst: e }), n);
      const i = [],
        c = t.keyType._zod.values;
      if (c && !t.partial) {
        n.value = r ? r.alloc(e, n, {}, o) : {};
        const a = new Set();
        for (const f of c)
          if (typeof f == 'string' || typeof f == 'number' || typeof f == 'symbol') {
            if ((a.add(typeof f == 'number' ? f.toString() : f), f === '__proto__')) continue;
            const l = t.keyType._zod.run({ value: f, issues: [] }, o);
            if (l instanceof Promise) throw new Error('Async schemas not supported in object keys currently');
            if (l.issues.length) {
              n.issues.push({
                code: 'invalid_key',
                origin: 'record',
                issues: l.issues.map((h) => Oe(h, o, de())),
                input: f,
                path: [f],
                inst: e,
              });
              continue;
            }
            const p = l.value;
            if (p === '__proto__') continue;
            const d = t.valueType._zod.run({ value: s[f], issues: [] }, o);
            d instanceof Promise
              ? i.push(
                  d.then((h) => {
                    h.issues.length && n.issues.push(...We(f, h.issues)), (n.value[p] = h.value);
                  }),
                )
              : (d.issues.length && n.issues.push(...We(f, d.issues)), (n.value[p] = d.value));
          }
        let u;
        for (const f in s)
          if (!a.has(f))
            if (t.mode === 'loose') {
              if (f === '__proto__') continue;
              n.value[f] = s[f];
            } else (u = u ?? []), u.push(f);
        u &&
          u.length > 0 &&
          n.issues.push({ code: 'unrecognized_keys', input: s, inst: e, keys: u, continue: !0 });
      } else {
        n.value = r ? r.alloc(e, n, {}, o) : {};
        let a;
        for (const u of Reflect.ownKeys(s)) {
          if (u === '__proto__' || !Object.prototype.propertyIsEnumerable.call(s, u)) continue;
          let f = t.keyType._zod.run({ value: u, issues: [] }, o);
          if (f instanceof Promise) throw new Error('Async schemas not supported in object keys currently');
          if (typeof u == 'string' && xr.test(u) && f.issues.length) {
            const h = t.keyType._zod.run({ value: Number(u), issues: [] }, o);
            if (h instanceof Promise) throw new Error('Async schemas not supported in object keys currently');
            h.issues.length === 0 && (f = h);
          }
          if (f.issues.length) {
            t.mode === 'loose'
              ? (n.value[u] = s[u])
              : c
                ? ((a = a ?? []), a.push(u))
                : n.issues.push({
                    code: 'invalid_key',
                    origin: 'record',
                    issues: f.issues.map((h) => Oe(h, o, de())),
                    input: u,
                    path: [u],
                    inst: e,
                  });
            continue;
          }
          const p = f.value;
          if (p === '__proto__') continue;
          const d = t.valueType._zod.run({ value: s[u], issues: [] }, o);
          d instanceof Promise
            ? i.push(
                d.then((h) => {
                  h.issues.length && n.issues.push(...We(u, h.issues)), (n.value[p] = h.value);
                }),
              )
            : (d.issues.length && n.issues.push(...We(u, d.issues)), (n.value[p] = d.value));
        }
        a &&
          a.length > 0 &&
          n.issues.push({ code: 'unrecognized_keys', input: s, inst: e, keys: a, continue: !0 });
      }
      return i.length ? Promise.all(i).then(() => n) : n;
    });
});
var bu = y('$ZodEnum', (e, t) => {
  M.init(e, t);
  const r = jt(t.entries),
    n = new Set(r);
  (e._zod.values = n),
    L(e, 'pattern', (o) => {
      const s = jt(o.def.entries).filter((i) => Qo.has(typeof i));
      return new RegExp(s.length ? `^(${s.map((i) => _t(i.toString())).join('|')})$` : '^[^\\s\\S]$');
    }),
    (e._zod.parse = (o, s) => {
      const i = o.value;
      return (n.has(i) || o.issues.push({ code: 'invalid_value', values: r, input: i, inst: e }), o);
    });
});
var wu = y('$ZodTransform', (e, t) => {
  M.init(e, t),
    (e._zod.optin = 'optional'),
    ae.memoizer?.guard(e),
    (e._zod.parse = (r, n) => {
      if (n.direction === 'backward') throw new Ft(e.constructor.name);
      const o = t.transform(r.value, r);
      if (n.async) return (o instanceof Promise ? o : Promise.resolve(o)).then((i) => ((r.value = i), r));
      if (o instanceof Promise) throw new Ee();
      return ((r.value = o), r);
    });
});
function Aa(e, t) {
  return ((e.value = t.issues.length ? void 0 : t.value), e);
}
var ws = y('$ZodOptional', (e, t) => {
    M.init(e, t),
      L(e, 'optin', (r) => (r.def.innerType._zod.optin === 'defaulted' ? 'defaulted' : 'optional')),
      (e._zod.optout = 'optional'),
      L(e, 'values', (r) => {
        const n = r.def.innerType._zod.values;
        return n ? new Set([...n, void 0]) : void 0;
      }),
      L(e, 'pattern', (r) => {
        const n = r.def.innerType._zod.pattern;
        return n ? new RegExp(`^(${hr(n.source)})?$`) : void 0;
      }),
      (e._zod.parse = (r, n) => {
        if (r.value === void 0) {
          if (t.innerType._zod.optin !== 'defaulted') return r;
          const o = t.innerType._zod.run({ value: r.value, issues: [] }, n);
          return o instanceof Promise ? o.then((s) => Aa(r, s)) : Aa(r, o);
        }
        return t.innerType._zod.run(r, n);
      });
  }),
  _u = y('$ZodExactOptional', (e, t) => {
    ws.init(e, t),
      L(e, 'values', (r) => r.def.innerType._zod.values),
      L(e, 'pattern', (r) => r.def.innerType._zod.pattern),
      (e._zod.parse = (r, n) => t.innerType._zod.run(r, n));
  }),
  xu = y('$ZodNullable', (e, t) => {
    M.init(e, t),
      L(e, 'optin', (r) => r.def.innerType._zod.optin),
      L(e, 'optout', (r) => r.def.innerType._zod.optout),
      L(e, 'pattern', (r) => {
        const n = r.def.innerType._zod.pattern;
        return n ? new RegExp(`^(${hr(n.source)}|null)$`) : void 0;
      }),
      L(e, 'values', (r) =>
        r.def.innerType._zod.values ? new Set([...r.def.innerType._zod.values, null]) : void 0,
      ),
      (e._zod.parse = (r, n) => (r.value === null ? r : t.innerType._zod.run(r, n)));
  }),
  vu = y('$ZodDefault', (e, t) => {
    M.init(e, t),
      (e._zod.optin = 'defaulted'),
      L(e, 'values', (r) => r.def.innerType._zod.values),
      (e._zod.parse = (r, n) => {
        if (n.direction === 'backward') return t.innerType._zod.run(r, n);
        if (r.value === void 0) return ((r.value = t.defaultValue), r);
        const o = t.innerType._zod.run(r, n);
        return o instanceof Promise ? o.then((s) => Pa(s, t)) : Pa(o, t);
      });
  });
function Pa(e, t) {
  return (e.value === void 0 && (e.value = t.defaultValue), e);
}
var Su = y('$ZodPrefault', (e, t) => {
    M.init(e, t),
      (e._zod.optin = 'defaulted'),
      L(e, 'values', (r) => r.def.innerType._zod.values),
      (e._zod.parse = (r, n) => (
        n.direction === 'backward' || (r.value === void 0 && (r.value = t.defaultValue)),
        t.innerType._zod.run(r, n)
      ));
  }),
  ku = y('$ZodNonOptional', (e, t) => {
    M.init(e, t),
      L(e, 'values', (r) => {
        const n = r.def.innerType._zod.values;
        return n ? new Set([...n].filter((o) => o !== void 0)) : void 0;
      }),
      (e._zod.parse = (r, n) => {
        const o = t.innerType._zod.run(r, n);
        return o instanceof Promise ? o.then((s) => Oa(s, e)) : Oa(o, e);
      });
  });
function Oa(e, t) {
  return (
    !e.issues.length &&
      e.value === void 0 &&
      e.issues.push({ code: 'invalid_type', expected: 'nonoptional', input: e.value, inst: t }),
    e
  );
}
function Ea(e, t, r, n) {
  return t.issues.length
    ? ((e.value = r.catchValue({
        ...t,
        value: e.value,
        error: { issues: t.issues.map((o) => Oe(o, n, de())) },
        input: e.value,
      })),
      e)
    : ((e.value = t.value), t.memo && (e.memo = !0), e);
}
var $u = y('$ZodCatch', (e, t) => {
  M.init(e, t),
    L(e, 'optin', (r) => (r.def.innerType._zod.optin === 'defaulted' ? 'defaulted' : 'optional')),
    L(e, 'optout', (r) => r.def.innerType._zod.optout),
    L(e, 'values', (r) => r.def.innerType._zod.values),
    (e._zod.parse = (r, n) => {
      if (n.direction === 'backward') return t.innerType._zod.run(r, n);
      const o = t.innerType._zod.run({ value: r.value, issues: [] }, n);
      return o instanceof Promise ? o.then((s) => Ea(r, s, t, n)) : Ea(r, o, t, n);
    });
});
var zu = y('$ZodPipe', (e, t) => {
  M.init(e, t),
    L(e, 'values', (r) => r.def.in._zod.values),
    L(e, 'optin', (r) => r.def.in._zod.optin),
    L(e, 'optout', (r) => r.def.out._zod.optout),
    L(e, 'propValues', (r) => r.def.in._zod.propValues),
    (e._zod.parse = (r, n) => {
      if (n.direction === 'backward') {
        const s = t.out._zod.run(r, n);
        return s instanceof Promise ? s.then((i) => Nn(i, t.in, n)) : Nn(s, t.in, n);
      }
      const o = t.in._zod.run(r, n);
      return o instanceof Promise ? o.then((s) => Nn(s, t.out, n)) : Nn(o, t.out, n);
    });
});
function Nn(e, t, r) {
  return e.issues.some((n) => n.code !== 'unrecognized_keys')
    ? ((e.aborted = !0), e)
    : t._zod.run({ value: e.value, issues: e.issues }, r);
}
var Au = y('$ZodReadonly', (e, t) => {
  M.init(e, t),
    L(e, 'propValues', (r) => r.def.innerType._zod.propValues),
    L(e, 'values', (r) => r.def.innerType._zod.values),
    L(e, 'optin', (r) => r.def.innerType?._zod?.optin),
    L(e, 'optout', (r) => r.def.innerType?._zod?.optout),
    (e._zod.parse = (r, n) => {
      if (n.direction === 'backward') return t.innerType._zod.run(r, n);
      const o = t.innerType._zod.run(r, n);
      return o instanceof Promise ? o.then(Ia) : Ia(o);
    });
});
function Ia(e) {
  return (e.memo || (e.value = Object.freeze(e.value)), e);
}
var Pu = y('$ZodCustom', (e, t) => {
  X.init(e, t),
    M.init(e, t),
    (e._zod.parse = (r, n) => r),
    (e._zod.check = (r) => {
      const n = r.value,
        o = t.fn(n);
      if (o instanceof Promise) return o.then((s) => Ta(s, r, n, e));
      Ta(o, r, n, e);
    });
});
function Ta(e, t, r, n) {
  if (!e) {
    const o = {
      code: 'custom',
      input: r,
      inst: n,
      path: [...(n._zod.def.path ?? [])],
      continue: !n._zod.def.abort,
    };
    n._zod.def.params && (o.params = n._zod.def.params), t.issues.push(Bt(o));
  }
}
var xs = class extends Error {
    constructor() {
      super('Cannot parse a reference cycle that closes through a transform'), (this.name = 'ZodCyclicError');
    }
  },
  vs = '~memo',
  Ou = [];
function Eu(e) {
  return e !== null && typeof e == 'object';
}
function _s(e) {
  return e.map((t) => (t.path ? { ...t, path: t.path.slice() } : { ...t }));
}
var Iu = new WeakMap(),
  kr = 0,
  jn = 1,
  $r = 2;
function Un(e, t, r) {
  const n = Iu.get(e);
  if (n !== void 0) return n ? $r : kr;
  if (t.has(e)) return $r;
  t.add(e);
  let o = kr,
    s = (f) => {
      if (o !== $r && f?._zod) {
        const l = Un(f, t, r);
        l > o && (o = l);
      }
    },
    i = (f, l) => {
      let p = kr;
      for (const d of Reflect.ownKeys(f)) {
        const h = Object.getOwnPropertyDescriptor(f, d);
        if (l && !h.enumerable) continue;
        const m = h.get ? jn : h.value?._zod ? Un(h.value, t, r) : kr;
        m > p && (p = m);
      }
      return p;
    },
    c = (f) => {
      f > o && (o = f);
    },
    a = e._zod.def,
    u = a.type;
  switch (u) {
    case 'object': {
      const f = gr(a);
      c(f ? i(f, !0) : jn), s(a.catchall);
      break;
    }
    case 'array':
      s(a.element);
      break;
    case 'tuple':
      for (const f of a.items) s(f);
      s(a.rest);
      break;
    case 'record':
    case 'map':
      s(a.keyType), s(a.valueType);
      break;
    case 'set':
      s(a.valueType);
      break;
    case 'union':
      for (const f of a.options) s(f);
      break;
    case 'intersection':
      s(a.left), s(a.right);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
    case 'promise':
    case 'success':
      s(a.innerType);
      break;
    case 'pipe':
      s(a.in), s(a.out);
      break;
    case 'function':
      s(a.input), s(a.output);
      break;
    case 'lazy': {
      const f = a._cachedInner ?? (r ? e._zod.innerType : void 0);
      c(f ? Un(f, t, !1) : jn);
      break;
    }
    case 'template_literal':
    case 'string':
    case 'number':
    case 'int':
    case 'boolean':
    case 'bigint':
    case 'symbol':
    case 'undefined':
    case 'null':
    case 'void':
    case 'never':
    case 'any':
    case 'unknown':
    case 'date':
    case 'nan':
    case 'enum':
    case 'literal':
    case 'file':
    case 'transform':
    case 'custom':
      break;
    default:
      for (const f in a) {
        const l = Object.getOwnPropertyDescriptor(a, f);
        if (!l || l.get) continue;
        const p = l.value;
        if (!(!p || typeof p != 'object')) {
          if (p._zod) s(p);
          else if (Array.isArray(p)) for (const d of p) s(d);
        }
      }
  }
  return (t.delete(e), Zm(e, o));
}
function Zm(e, t) {
  return (t !== jn && Iu.set(e, t === $r), t);
}
function Rm(e, t) {
  let r = e.buckets.get(t);
  return (r || ((r = new WeakMap()), e.buckets.set(t, r)), r);
}
var Dn,
  Mn = [],
  Dm = {
    alloc(e, t, r) {
      const n = Dn;
      if (!n) return r;
      Dn = void 0;
      const o = { value: r, issues: null };
      return (n.set(t.value, o), Mn.push(o), r);
    },
    guard(e) {
      var t;
      (t = e._zod).deferred ?? (t.deferred = []),
        e._zod.deferred.push(() => {
          const r = e._zod.parse,
            n = (o, s) => {
              if (s.direction !== 'backward' && Mm(s, o.value)) throw new xs();
              return r(o, s);
            };
          (e._zod.parse = n), e._zod.run === r && (e._zod.run = n);
        });
    },
    attach(e) {
      var t;
      let r,
        n = !1,
        o,
        s;
      (t = e._zod).deferred ?? (t.deferred = []),
        e._zod.deferred.push(() => {
          const i = e._zod.parse,
            c = (a, u) => {
              if (r === void 0) {
                const b = Un(e, new Set(), !1);
                if (b === kr) return ((e._zod.parse = i), e._zod.run === c && (e._zod.run = i), i(a, u));
                b === $r || n ? (r = !0) : (n = !0);
              }
              const f = a.value;
              if (!Eu(f)) return i(a, u);
              let l = u[vs];
              l || ((l = { buckets: new WeakMap(), backEdges: void 0 }), (u[vs] = l));
              let p;
              o === u ? (p = s) : ((p = Rm(l, e)), (o = u), (s = p));
              const d = p.get(f);
              if (d)
                return (
                  (a.value = d.value),
                  d.issues
                    ? d.issues.length && a.issues.push(..._s(d.issues))
                    : ((a.memo = !0), l.backEdges ?? (l.backEdges = new WeakSet()), l.backEdges.add(d.value)),
                  a
                );
              Dn = p;
              const h = Mn.length,
                m = i(a, u);
              Dn = void 0;
              const g = Mn.length > h ? Mn.pop() : void 0;
              return m instanceof Promise
                ? m.then((b) => (g && (g.issues = b.issues.length ? _s(b.issues) : Ou), b))
                : (g && (g.issues = m.issues.length ? _s(m.issues) : Ou), m);
            };
          (e._zod.parse = c), e._zod.run === i && (e._zod.run = c);
        });
    },
  };
function Tu() {
  return Dm;
}
function Mm(e, t) {
  const r = e[vs]?.backEdges;
  return r !== void 0 && Eu(t) && r.has(t);
}
var jm = () => {
  const e = {
    string: { unit: 'characters', verb: 'to have' },
    file: { unit: 'bytes', verb: 'to have' },
    array: { unit: 'items', verb: 'to have' },
    set: { unit: 'items', verb: 'to have' },
    map: { unit: 'entries', verb: 'to have' },
  };
  function t(s) {
    return e[s] ?? null;
  }
  const r = {
      regex: 'input',
      email: 'email address',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO datetime',
      date: 'ISO date',
      time: 'ISO time',
      duration: 'ISO duration',
      ipv4: 'IPv4 address',
      ipv6: 'IPv6 address',
      mac: 'MAC address',
      cidrv4: 'IPv4 range',
      cidrv6: 'IPv6 range',
      base64: 'base64-encoded string',
      base64url: 'base64url-encoded string',
      json_string: 'JSON string',
      e164: 'E.164 number',
      currency_code: 'currency code',
      credit_card: 'credit card number',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'input',
    },
    n = { nan: 'NaN' };
  function o(s, i) {
    return s === 'number' && typeof i == 'number' && !Number.isFinite(i) ? String(i) : (n[s] ?? s);
  }
  return (s) => {
    switch (s.code) {
      case 'invalid_type': {
        const i = o(s.expected),
          c = rs(s.input),
          a = o(c, s.input);
        return `Invalid input: expected ${i}, received ${a}`;
      }
      case 'invalid_value':
        return s.values.length === 1
          ? `Invalid input: expected ${xn(s.values[0])}`
          : `Invalid option: expected one of ${wn(s.values, '|')}`;
      case 'too_big': {
        const i = s.exact ? 'exactly ' : s.inclusive ? '<=' : '<',
          c = t(s.origin);
        return c
          ? `Too big: expected ${s.origin ?? 'value'} to have ${i}${s.maximum.toString()} ${c.unit ?? 'elements'}`
          : `Too big: expected ${s.origin ?? 'value'} to be ${i}${s.maximum.toString()}`;
      }
      case 'too_small': {
        const i = s.exact ? 'exactly ' : s.inclusive ? '>=' : '>',
          c = t(s.origin);
        return c
          ? `Too small: expected ${s.origin} to have ${i}${s.minimum.toString()} ${c.unit}`
          : `Too small: expected ${s.origin} to be ${i}${s.minimum.toString()}`;
      }
      case 'invalid_format': {
        const i = s;
        return i.format === 'starts_with'
          ? `Invalid string: must start with "${i.prefix}"`
          : i.format === 'ends_with'
            ? `Invalid string: must end with "${i.suffix}"`
            : i.format === 'includes'
              ? `Invalid string: must include "${i.includes}"`
              : i.format === 'regex'
                ? `Invalid string: must match pattern ${i.pattern}`
                : `Invalid ${r[i.format] ?? s.format}`;
      }
      case 'not_multiple_of':
        return `Invalid number: must be a multiple of ${s.divisor}`;
      case 'unrecognized_keys':
        return `Unrecognized key${s.keys.length > 1 ? 's' : ''}: ${wn(s.keys, ', ')}`;
      case 'invalid_key':
        return `Invalid key in ${s.origin}`;
      case 'invalid_union':
        return s.options && Array.isArray(s.options) && s.options.length > 0
          ? `Invalid discriminator value. Expected ${s.options.map((c) => `'${c}'`).join(' | ')}`
          : s.inclusive === !1
            ? 'Invalid input: more than one option matched'
            : 'Invalid input';
      case 'invalid_element':
        return `Invalid value in ${s.origin}`;
      default:
        return 'Invalid input';
    }
  };
};
function Nu() {
  return { localeError: jm() };
}
var Cu;
var Ss = class {
  constructor() {
    (this._map = new WeakMap()), (this._idmap = new Map());
  }
  add(t, ...r) {
    const n = r[0];
    return (this._map.set(t, n), n && typeof n == 'object' && 'id' in n && this._idmap.set(n.id, t), this);
  }
  clear() {
    return ((this._map = new WeakMap()), (this._idmap = new Map()), this);
  }
  remove(t) {
    const r = this._map.get(t);
    return (r && typeof r == 'object' && 'id' in r && this._idmap.delete(r.id), this._map.delete(t), this);
  }
  get(t) {
    const r = t._zod.parent;
    if (r) {
      const n = { ...(this.get(r) ?? {}) };
      delete n.id;
      const o = { ...n, ...this._map.get(t) };
      return Object.keys(o).length ? o : void 0;
    }
    return this._map.get(t);
  }
  has(t) {
    return this._map.has(t);
  }
};
function Um() {
  return new Ss();
}
(Cu = globalThis).__zod_globalRegistry ?? (Cu.__zod_globalRegistry = Um());
var xt = globalThis.__zod_globalRegistry;
function Lu(e) {
  return (e.checks && (e.checks = [...e.checks]), e);
}
function Zu(e, t) {
  return new e(Lu({ type: 'string', ...z(t) }));
}
function Ru(e, t) {
  return new e({ type: 'string', format: 'email', check: 'string_format', abort: !1, ...z(t) });
}
function Du(e, t) {
  return new e({ type: 'string', format: 'guid', check: 'string_format', abort: !1, ...z(t) });
}
function Mu(e, t) {
  return new e({ type: 'string', format: 'uuid', check: 'string_format', abort: !1, ...z(t) });
}
function ju(e, t) {
  return new e({ type: 'string', format: 'uuid', check: 'string_format', abort: !1, version: 'v4', ...z(t) });
}
function Uu(e, t) {
  return new e({ type: 'string', format: 'uuid', check: 'string_format', abort: !1, version: 'v6', ...z(t) });
}
function Bu(e, t) {
  return new e({ type: 'string', format: 'uuid', check: 'string_format', abort: !1, version: 'v7', ...z(t) });
}
function ks(e, t) {
  return new e({ type: 'string', format: 'url', check: 'string_format', abort: !1, ...z(t) });
}
function Fu(e, t) {
  return new e({ type: 'string', format: 'emoji', check: 'string_format', abort: !1, ...z(t) });
}
function Ku(e, t) {
  return new e({ type: 'string', format: 'nanoid', check: 'string_format', abort: !1, ...z(t) });
}
function Vu(e, t) {
  return new e({ type: 'string', format: 'cuid', check: 'string_format', abort: !1, ...z(t) });
}
function Ju(e, t) {
  return new e({ type: 'string', format: 'cuid2', check: 'string_format', abort: !1, ...z(t) });
}
function Wu(e, t) {
  return new e({ type: 'string', format: 'ulid', check: 'string_format', abort: !1, ...z(t) });
}
function qu(e, t) {
  return new e({ type: 'string', format: 'xid', check: 'string_format', abort: !1, ...z(t) });
}
function Gu(e, t) {
  return new e({ type: 'string', format: 'ksuid', check: 'string_format', abort: !1, ...z(t) });
}
function Hu(e, t) {
  return new e({ type: 'string', format: 'ipv4', check: 'string_format', abort: !1, ...z(t) });
}
function Yu(e, t) {
  return new e({ type: 'string', format: 'ipv6', check: 'string_format', abort: !1, ...z(t) });
}
function Xu(e, t) {
  return new e({ type: 'string', format: 'cidrv4', check: 'string_format', abort: !1, ...z(t) });
}
function Qu(e, t) {
  return new e({ type: 'string', format: 'cidrv6', check: 'string_format', abort: !1, ...z(t) });
}
function el(e, t) {
  return new e({ type: 'string', format: 'base64', check: 'string_format', abort: !1, ...z(t) });
}
function tl(e, t) {
  return new e({ type: 'string', format: 'base64url', check: 'string_format', abort: !1, ...z(t) });
}
function rl(e, t) {
  return new e({ type: 'string', format: 'e164', check: 'string_format', abort: !1, ...z(t) });
}
function nl(e, t) {
  return new e({ type: 'string', format: 'jwt', check: 'string_format', abort: !1, ...z(t) });
}
function ol(e, t) {
  return new e({
    type: 'string',
    format: 'datetime',
    check: 'string_format',
    offset: !1,
    local: !1,
    precision: null,
    ...z(t),
  });
}
function sl(e, t) {
  return new e({ type: 'string', format: 'date', check: 'string_format', ...z(t) });
}
function il(e, t) {
  return new e({ type: 'string', format: 'time', check: 'string_format', precision: null, ...z(t) });
}
function cl(e, t) {
  return new e({ type: 'string', format: 'duration', check: 'string_format', ...z(t) });
}
function al(e, t) {
  return new e(Lu({ type: 'number', checks: [], ...z(t) }));
}
function ul(e, t) {
  return new e({ type: 'number', check: 'number_format', abort: !1, format: 'safeint', ...z(t) });
}
function ll(e, t) {
  return new e({ type: 'boolean', ...z(t) });
}
function fl(e) {
  return new e({ type: 'unknown' });
}
function pl(e, t) {
  return new e({ type: 'never', ...z(t) });
}
function Bn(e, t) {
  return new ds({ check: 'less_than', ...z(t), value: e, inclusive: !1 });
}
function q(e, t) {
  return new ds({ check: 'less_than', ...z(t), value: e, inclusive: !0 });
}
function zr(e, t) {
  return new ms({ check: 'greater_than', ...z(t), value: e, inclusive: !1 });
}
function Q(e, t) {
  return new ms({ check: 'greater_than', ...z(t), value: e, inclusive: !0 });
}
function Kt(e) {
  return zr(0, e);
}
function Fn(e, t) {
  return new ua({ check: 'multiple_of', ...z(t), value: e });
}
function R(e, t) {
  return new fa({ check: 'max_length', ...z(t), maximum: e });
}
function ee(e, t) {
  return new pa({ check: 'min_length', ...z(t), minimum: e });
}
function Kn(e, t) {
  return new da({ check: 'length_equals', ...z(t), length: e });
}
function J(e, t) {
  return new ma({ check: 'string_format', format: 'regex', ...z(t), pattern: e });
}
function $s(e) {
  return new ha({ check: 'string_format', format: 'lowercase', ...z(e) });
}
function zs(e) {
  return new ga({ check: 'string_format', format: 'uppercase', ...z(e) });
}
function As(e, t) {
  return new ya({ check: 'string_format', format: 'includes', ...z(t), includes: e });
}
function Ps(e, t) {
  return new ba({ check: 'string_format', format: 'starts_with', ...z(t), prefix: e });
}
function Os(e, t) {
  return new wa({ check: 'string_format', format: 'ends_with', ...z(t), suffix: e });
}
function ct(e) {
  return new _a({ check: 'overwrite', tx: e });
}
function Es(e) {
  return ct((t) => t.normalize(e));
}
function Is() {
  return ct((e) => e.trim());
}
function Ts() {
  return ct((e) => e.toLowerCase());
}
function Ns() {
  return ct((e) => e.toUpperCase());
}
function Cs() {
  return ct((e) => Yo(e));
}
function dl(e, t, r) {
  return new e({ type: 'array', element: t, ...z(r) });
}
function ml(e, t, r) {
  return new e({ type: 'custom', check: 'custom', fn: t, ...z(r) });
}
function hl(e, t) {
  const r = Bm(
    (n) => (
      (n.addIssue = (o) => {
        if (typeof o == 'string') n.issues.push(Bt(o, n.value, r._zod.def));
        else {
          const s = o;
          s.fatal && (s.continue = !1),
            s.code ?? (s.code = 'custom'),
            'input' in s || (s.input = n.value),
            s.inst ?? (s.inst = r),
            s.continue ?? (s.continue = !r._zod.def.abort),
            n.issues.push(Bt(s));
        }
      }),
      e(n.value, n)
    ),
    t,
  );
  return r;
}
function Bm(e, t) {
  const r = new X({ check: 'custom', ...z(t) });
  return ((r._zod.check = e), r);
}
function Ar(e, ...t) {
  for (const r of t)
    for (const n of Reflect.ownKeys(r)) Object.prototype.propertyIsEnumerable.call(r, n) && be(e, n, r[n]);
  return e;
}
function Zs(e) {
  let t = e?.target ?? 'draft-2020-12';
  return (
    t === 'draft-4' && (t = 'draft-04'),
    t === 'draft-7' && (t = 'draft-07'),
    {
      processors: e.processors ?? {},
      metadataRegistry: e?.metadata ?? xt,
      target: t,
      unrepresentable: e?.unrepresentable ?? 'throw',
      override: e?.override ?? (() => {}),
      io: e?.io ?? 'output',
      counter: 0,
      seen: new Map(),
      sharedDefsExtractedFor: void 0,
      sharedEmitDoneFor: void 0,
      cycles: e?.cycles ?? 'ref',
      reused: e?.reused ?? 'inline',
      intersections: [],
      deferred: [],
      external: e?.external ?? void 0,
    }
  );
}
function vt(e, t, r, n, o) {
  const s =
    typeof t.unrepresentable == 'function'
      ? t.unrepresentable({ zodSchema: e, path: n.path, message: o })
      : t.unrepresentable;
  if (s === 'any') return !1;
  if (s === void 0 || s === 'throw') throw new Error(o);
  return (Object.assign(r, s), !0);
}
function W(e, t, r = { path: [], schemaPath: [] }) {
  var n;
  const o = e._zod.def,
    s = t.seen.get(e);
  if (s) return (s.count++, r.schemaPath.includes(e) && (s.cycle = r.path), s.schema);
  const i = { schema: {}, count: 1, cycle: void 0, path: r.path };
  t.seen.set(e, i), (t.sharedDefsExtractedFor = void 0), (t.sharedEmitDoneFor = void 0);
  const c = e._zod.toJSONSchema?.();
  if (c) i.schema = c;
  else {
    const f = { ...r, schemaPath: [...r.schemaPath, e], path: r.path };
    if (e._zod.processJSONSchema) e._zod.processJSONSchema(t, i.schema, f);
    else {
      const p = i.schema,
        d = t.processors[o.type];
      if (!d) throw new Error(`[toJSONSchema]: Non-representable type encountered: ${o.type}`);
      d(e, t, p, f);
    }
    const l = e._zod.parent;
    l && (i.ref || (i.ref = l), W(l, t, f), (t.seen.get(l).isParent = !0));
  }
  const a = t.metadataRegistry.get(e);
  return (
    a && Ar(i.schema, a),
    t.io === 'input' && se(e) && (delete i.schema.examples, delete i.schema.default),
    t.io === 'input' &&
      '_prefault' in i.schema &&
      ((n = i.schema).default ?? (n.default = i.schema._prefault)),
    delete i.schema._prefault,
    t.seen.get(e).schema
  );
}
function gl(e) {
  return e.replace(/~/g, '~0').replace(/\//g, '~1');
}
function Rs(e, t) {
  const r = e.seen.get(t);
  if (!r) throw new Error('Unprocessed schema. This is a bug in Zod.');
  if (e.external && e.sharedDefsExtractedFor === e.external) return;
  const n = new Map();
  for (const i of e.seen.entries()) {
    const c = e.metadataRegistry.get(i[0])?.id;
    if (c) {
      const a = n.get(c);
      if (a && a !== i[0])
        throw new Error(
          `Duplicate schema id "${c}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`,
        );
      n.set(c, i[0]);
    }
  }
  const o = (i) => {
      const c = e.target === 'draft-2020-12' ? '$defs' : 'definitions';
      if (e.external) {
        const l = e.external.registry.get(i[0])?.id,
          p = e.external.uri ?? ((h) => h);
        if (l) return { ref: p(l) };
        const d = i[1].defId ?? i[1].schema.id ?? `schema${e.counter++}`;
        return ((i[1].defId = d), { defId: d, ref: `${p('__shared')}#/${c}/${gl(d)}` });
      }
      const a = '#',
        u = `${a}/${c}/`;
      if (i[1] === r && !i[1].schema.id) return { ref: a };
      const f = i[1].schema.id ?? `__schema${e.counter++}`;
      return { defId: f, ref: u + gl(f) };
    },
    s = (i) => {
      if (i[1].schema.$ref) return;
      const c = i[1],
        { ref: a, defId: u } = o(i);
      (c.def = { ...c.schema }), u && (c.defId = u);
      const f = c.schema;
      for (const l in f) delete f[l];
      f.$ref = a;
    };
  if (e.cycles === 'throw')
    for (const i of e.seen.entries()) {
      const c = i[1];
      if (c.cycle)
        throw new Error(`Cycle detected: #/${c.cycle?.join('/')}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
    }
  for (const i of e.seen.entries()) {
    const c = i[1];
    if (t === i[0]) {
      s(i);
      continue;
    }
    if (e.external) {
      const u = e.external.registry.get(i[0])?.id;
      if (t !== i[0] && u) {
        s(i);
        continue;
      }
    }
    if (e.metadataRegistry.get(i[0])?.id) {
      s(i);
      continue;
    }
    if (c.cycle) {
      s(i);
      continue;
    }
    c.count > 1 && e.reused === 'ref' && s(i);
  }
  e.external && (e.sharedDefsExtractedFor = e.external);
}
function wl(e) {
  const t = e.anyOf;
  if (!Array.isArray(t) || t.length === 0 || e.type !== void 0) return;
  const r = [];
  for (const n of t) {
    if (!n || typeof n != 'object') return;
    wl(n);
    const o = Object.keys(n);
    if (o.length !== 1 || o[0] !== 'type') return;
    const s = n.type;
    for (const i of Array.isArray(s) ? s : [s]) {
      if (typeof i != 'string') return;
      r.includes(i) || r.push(i);
    }
  }
  delete e.anyOf, (e.type = r.length === 1 ? r[0] : r);
}
var _l = new Set(['type', 'properties', 'required', 'additionalProperties']),
  yl = ['oneOf', 'anyOf'];
function bl(e) {
  const t = e.additionalProperties;
  return t === void 0 || t === !1 || typeof t != 'object' || t === null
    ? null
    : Object.keys(t).length
      ? t
      : null;
}
function Ls(e) {
  const t = [];
  for (const s of e) {
    if (typeof s != 'object' || s.type !== 'object') return null;
    for (const i in s) if (!_l.has(i)) return null;
    t.push(s);
  }
  const r = {},
    n = new Set();
  for (const s of t) {
    for (const i in s.properties) {
      if (Object.hasOwn(r, i)) continue;
      const c = [];
      for (const u of t) {
        const f = u.properties?.[i] ?? bl(u);
        f != null && (c.some((l) => JSON.stringify(l) === JSON.stringify(f)) || c.push(f));
      }
      const a = c.length === 1 ? c[0] : (Ls(c) ?? { allOf: c });
      be(r, i, a);
    }
    for (const i of s.required ?? []) n.add(i);
  }
  const o = { type: 'object', properties: r };
  if ((n.size && (o.required = [...n]), t.every((s) => s.additionalProperties === !1)))
    o.additionalProperties = !1;
  else {
    const s = [];
    for (const i of t) {
      const c = bl(i);
      c && !s.some((a) => JSON.stringify(a) === JSON.stringify(c)) && s.push(c);
    }
    s.length === 1
      ? (o.additionalProperties = s[0])
      : s.length > 1 && (o.additionalProperties = { allOf: s });
  }
  return o;
}
function Fm(e) {
  const t = e.allOf;
  if (!Array.isArray(t) || t.length < 2) return;
  for (const o of _l) if (o in e) return;
  let r = t.filter((o) => yl.some((s) => Array.isArray(o[s]))),
    n = null;
  if (!r.length) n = Ls(t);
  else {
    const o = r[0],
      s = yl.find((a) => Array.isArray(o[a]));
    if (Object.keys(o).length !== 1) return;
    const i = t.filter((a) => a !== o),
      c = o[s].map((a) => Ls([...i, a]));
    if (c.some((a) => !a)) return;
    n = { [s]: c };
  }
  n && (delete e.allOf, Ar(e, n));
}
function Ds(e, t) {
  const r = e.seen.get(t);
  if (!r) throw new Error('Unprocessed schema. This is a bug in Zod.');
  const n = (c) => {
    const a = e.seen.get(c);
    if (a.ref === null) return;
    const u = a.def ?? a.schema,
      f = { ...u },
      l = a.ref;
    if (((a.ref = null), l)) {
      n(l);
      const d = e.seen.get(l),
        h = d.schema;
      if (
        (h.$ref && (e.target === 'draft-07' || e.target === 'draft-04' || e.target === 'openapi-3.0')
          ? ((u.allOf = u.allOf ?? []), u.allOf.push(h))
          : Ar(u, h),
        Ar(u, f),
        c._zod.parent === l)
      )
        for (const g in u) g === '$ref' || g === 'allOf' || g in f || delete u[g];
      if (h.$ref && d.def)
        for (const g in u)
          g === '$ref' ||
            g === 'allOf' ||
            (g in d.def && JSON.stringify(u[g]) === JSON.stringify(d.def[g]) && delete u[g]);
    }
    const p = c._zod.parent;
    if (p && p !== l) {
      n(p);
      const d = e.seen.get(p);
      if (d?.schema.$ref && ((u.$ref = d.schema.$ref), d.def))
        for (const h in u)
          h === '$ref' ||
            h === 'allOf' ||
            (h in d.def && JSON.stringify(u[h]) === JSON.stringify(d.def[h]) && delete u[h]);
    }
    e.override({ zodSchema: c, jsonSchema: u, path: a.path ?? [] });
  };
  if (!e.external || e.sharedEmitDoneFor !== e.external) {
    for (const c of [...e.seen.entries()].reverse()) n(c[0]);
    if (e.target !== 'openapi-3.0') for (const c of e.seen.entries()) wl(c[1].def ?? c[1].schema);
    for (const c of e.deferred) c();
    if (e.intersections.length) {
      const c = new Map();
      for (const a of e.seen.values())
        for (const u of [a.schema, a.def]) {
          const f = u?.allOf;
          if (!Array.isArray(f)) continue;
          const l = c.get(f);
          l ? l.push(u) : c.set(f, [u]);
        }
      for (const a of e.intersections) for (const u of c.get(a) ?? []) Fm(u);
    }
  }
  const o = {};
  if (
    (e.target === 'draft-2020-12'
      ? (o.$schema = 'https://json-schema.org/draft/2020-12/schema')
      : e.target === 'draft-07'
        ? (o.$schema = 'http://json-schema.org/draft-07/schema#')
        : e.target === 'draft-04'
          ? (o.$schema = 'http://json-schema.org/draft-04/schema#')
          : e.target,
    e.external?.uri)
  ) {
    const c = e.external.registry.get(t)?.id;
    if (!c) throw new Error('Schema is missing an `id` property');
    o.$id = e.external.uri(c);
  }
  Ar(o, r.defId ? r.schema : (r.def ?? r.schema));
  const s = e.metadataRegistry.get(t)?.id;
  s !== void 0 && o.id === s && delete o.id;
  const i = e.external?.defs ?? {};
  if (!e.external || e.sharedEmitDoneFor !== e.external)
    for (const c of e.seen.entries()) {
      const a = c[1];
      a.def && a.defId && (a.def.id === a.defId && delete a.def.id, be(i, a.defId, a.def));
    }
  e.external && (e.sharedEmitDoneFor = e.external),
    e.external ||
      (Object.keys(i).length > 0 && (e.target === 'draft-2020-12' ? (o.$defs = i) : (o.definitions = i)));
  try {
    const c = JSON.parse(JSON.stringify(o));
    return (
      Object.defineProperty(c, '~standard', {
        value: {
          ...t['~standard'],
          jsonSchema: { input: Pr(t, 'input', e.processors), output: Pr(t, 'output', e.processors) },
        },
        enumerable: !1,
        writable: !1,
      }),
      c
    );
  } catch {
    throw new Error('Error converting schema to JSON.');
  }
}
function se(e, t) {
  const r = t ?? { seen: new Set() };
  if (r.seen.has(e)) return !1;
  r.seen.add(e);
  const n = e._zod.def;
  if (n.type === 'transform') return !0;
  if (n.type === 'array') return se(n.element, r);
  if (n.type === 'set') return se(n.valueType, r);
  if (n.type === 'lazy') return se(n.getter(), r);
  if (
    n.type === 'promise' ||
    n.type === 'optional' ||
    n.type === 'nonoptional' ||
    n.type === 'nullable' ||
    n.type === 'readonly' ||
    n.type === 'default' ||
    n.type === 'prefault' ||
    n.type === 'catch'
  )
    return se(n.innerType, r);
  if (n.type === 'intersection') return se(n.left, r) || se(n.right, r);
  if (n.type === 'record' || n.type === 'map') return se(n.keyType, r) || se(n.valueType, r);
  if (n.type === 'pipe') return e._zod.traits.has('$ZodCodec') ? !0 : se(n.in, r) || se(n.out, r);
  if (n.type === 'object') {
    for (const o in n.shape) if (se(n.shape[o], r)) return !0;
    return !1;
  }
  if (n.type === 'union') {
    for (const o of n.options) if (se(o, r)) return !0;
    return !1;
  }
  if (n.type === 'tuple') {
    for (const o of n.items) if (se(o, r)) return !0;
    return !!(n.rest && se(n.rest, r));
  }
  return !1;
}
var xl =
    (e, t = {}) =>
    (r) => {
      const n = Zs({ ...r, processors: t });
      return (W(e, n), Rs(n, e), Ds(n, e));
    },
  Pr =
    (e, t, r = {}) =>
    (n) => {
      const { libraryOptions: o, target: s } = n ?? {},
        i = Zs({ ...(o ?? {}), target: s, io: t, processors: r });
      return (W(e, i), Rs(i, e), Ds(i, e));
    };
var Vt = (e, t, r) => {
    (e[t] === void 0 || r > e[t]) && (e[t] = r);
  },
  Jt = (e, t, r) => {
    (e[t] === void 0 || r < e[t]) && (e[t] = r);
  },
  vl = (e, t) => {
    Vt(e, 'minimum', t), Jt(e, 'maximum', t);
  },
  zl = (e, t) => {
    e.multipleOf ?? (e.multipleOf = []), e.multipleOf.includes(t) || e.multipleOf.push(t);
  },
  Al = (e, t) => {
    e.patterns ?? (e.patterns = new Set()), e.patterns.add(t);
  },
  Pl = (e, t) => {
    e.mime = e.mime ? e.mime.filter((r) => t.includes(r)) : [...t];
  },
  Ol = (e, t) => {
    (e.format = t), t.includes('int') && (e.isInt = !0);
  },
  Sl = (e, t) => Vt(e, 'minimum', t.minimum),
  kl = (e, t) => Jt(e, 'maximum', t.maximum),
  $l = (e) => (t, r) => {
    Ol(t, r.format);
    const [n, o] = e[r.format];
    Vt(t, 'minimum', n), Jt(t, 'maximum', o);
  },
  Km = {
    greater_than: (e, t) => Vt(e, t.inclusive ? 'minimum' : 'exclusiveMinimum', t.value),
    less_than: (e, t) => Jt(e, t.inclusive ? 'maximum' : 'exclusiveMaximum', t.value),
    multiple_of: (e, t) => zl(e, t.value),
    number_format: $l(yr),
    bigint_format: $l(vn),
    min_length: Sl,
    max_length: kl,
    length_equals: (e, t) => vl(e, t.length),
    min_size: Sl,
    max_size: kl,
    size_equals: (e, t) => vl(e, t.size),
    string_format: (e, t) => {
      Ol(e, t.format),
        t.pattern && Al(e, t.pattern),
        (t.format === 'base64' || t.format === 'base64url') && (e.contentEncoding = t.format),
        (t.local || t.precision === -1) && (e.laxFormat = !0);
    },
    mime_type: (e, t) => Pl(e, t.mime),
  };
function we(e) {
  const t = {},
    r = e._zod.def,
    n = e._zod.traits.has('$ZodCheck') ? [e, ...(r.checks ?? [])] : (r.checks ?? []);
  for (const s of n) Km[s._zod.def.check]?.(t, s._zod.def);
  const o = e._zod.bag;
  o.minimum !== void 0 && Vt(t, 'minimum', o.minimum),
    o.exclusiveMinimum !== void 0 && Vt(t, 'exclusiveMinimum', o.exclusiveMinimum),
    o.maximum !== void 0 && Jt(t, 'maximum', o.maximum),
    o.exclusiveMaximum !== void 0 && Jt(t, 'exclusiveMaximum', o.exclusiveMaximum),
    o.multipleOf !== void 0 && zl(t, o.multipleOf),
    o.format !== void 0 && (t.format ?? (t.format = o.format), o.format.includes('int') && (t.isInt = !0)),
    o.mime && Pl(t, o.mime);
  for (const s of o.patterns ?? []) Al(t, s);
  return t;
}
var Vm = { guid: 'uuid', url: 'uri', datetime: 'date-time', json_string: 'json-string', regex: '' },
  Jm = new Map([
    [ys, Yc],
    [Rn, Xc],
  ]),
  El = (e) => Jm.get(e) ?? e,
  Il = (e, t, r, n) => {
    const o = r;
    o.type = 'string';
    const { minimum: s, maximum: i, format: c, patterns: a, contentEncoding: u, laxFormat: f } = we(e);
    if (
      (typeof s == 'number' && (o.minLength = s),
      typeof i == 'number' && (o.maxLength = i),
      c &&
        ((o.format = Vm[c] ?? c), o.format === '' && delete o.format, (c === 'time' || f) && delete o.format),
      u && (o.contentEncoding = u),
      a && a.size > 0)
    ) {
      const l = [...a].map(El);
      l.length === 1
        ? (o.pattern = l[0].source)
        : l.length > 1 &&
          (o.allOf = [
            ...l.map((p) => ({
              ...(t.target === 'draft-07' || t.target === 'draft-04' || t.target === 'openapi-3.0'
                ? { type: 'string' }
                : {}),
              pattern: p.source,
            })),
          ]);
    }
  },
  Tl = (e, t, r, n) => {
    const o = r,
      { minimum: s, maximum: i, multipleOf: c, exclusiveMaximum: a, exclusiveMinimum: u, isInt: f } = we(e);
    o.type = f ? 'integer' : 'number';
    const l = typeof u == 'number' && u >= (s ?? Number.NEGATIVE_INFINITY),
      p = typeof a == 'number' && a <= (i ?? Number.POSITIVE_INFINITY),
      d = t.target === 'draft-04' || t.target === 'openapi-3.0';
    if (
      (l
        ? d
          ? ((o.minimum = u), (o.exclusiveMinimum = !0))
          : (o.exclusiveMinimum = u)
        : typeof s == 'number' && (o.minimum = s),
      p
        ? d
          ? ((o.maximum = a), (o.exclusiveMaximum = !0))
          : (o.exclusiveMaximum = a)
        : typeof i == 'number' && (o.maximum = i),
      c)
    ) {
      const h = new Set();
      for (const b of c)
        Number.isFinite(b) && b !== 0
          ? h.add(Math.abs(b))
          : vt(e, t, o, n, `A multipleOf divisor of ${b} cannot be represented in JSON Schema`);
      const [m, ...g] = h;
      m !== void 0 && (o.multipleOf = m),
        g.length && (o.allOf = [...(o.allOf ?? []), ...g.map((b) => ({ multipleOf: b }))]);
    }
  },
  Nl = (e, t, r, n) => {
    r.type = 'boolean';
  };
var Cl = (e, t, r, n) => {
  r.not = {};
};
var Ll = (e, t, r, n) => {};
var Zl = (e, t, r, n) => {
  const o = e._zod.def,
    s = jt(o.entries);
  if (s.length === 0) {
    r.not = {};
    return;
  }
  s.every((i) => typeof i == 'number') && (r.type = 'number'),
    s.every((i) => typeof i == 'string') && (r.type = 'string'),
    (r.enum = s);
};
var Rl = (e, t, r, n) => {
  vt(e, t, r, n, 'Custom types cannot be represented in JSON Schema');
};
var Dl = (e, t, r, n) => {
  vt(e, t, r, n, 'Transforms cannot be represented in JSON Schema');
};
var Ml = (e, t, r, n) => {
  const o = r,
    s = e._zod.def,
    { minimum: i, maximum: c } = we(e);
  typeof i == 'number' && (o.minItems = i),
    typeof c == 'number' && (o.maxItems = c),
    (o.type = 'array'),
    (o.items = W(s.element, t, { ...n, path: [...n.path, 'items'] }));
};
function Vn(e) {
  const t = e._zod.def;
  return t.type === 'pipe' && t.in._zod.traits.has('$ZodTransform')
    ? Vn(t.out)
    : t.type === 'catch'
      ? Vn(t.innerType)
      : e._zod.optin;
}
var jl = (e, t, r, n) => {
    const o = r,
      s = e._zod.def,
      i = s.shape;
    if (
      Object.getOwnPropertySymbols(i).length &&
      vt(e, t, o, n, 'Symbol keys cannot be represented in JSON Schema')
    )
      return;
    (o.type = 'object'), (o.properties = {});
    for (const u in i) be(o.properties, u, W(i[u], t, { ...n, path: [...n.path, 'properties', u] }));
    const a = [];
    for (const u of Object.keys(i)) {
      const f = s.shape[u];
      (t.io === 'input' ? Vn(f) === void 0 : f._zod.optout === void 0) && a.push(u);
    }
    a.length > 0 && (o.required = a),
      s.catchall?._zod.def.type === 'never'
        ? (o.additionalProperties = !1)
        : s.catchall
          ? s.catchall &&
            (o.additionalProperties = W(s.catchall, t, { ...n, path: [...n.path, 'additionalProperties'] }))
          : t.io === 'output' && (o.additionalProperties = !1);
  },
  Ul = (e, t, r, n) => {
    const o = e._zod.def,
      s = o.inclusive === !1,
      i = o.options.map((c, a) => W(c, t, { ...n, path: [...n.path, s ? 'oneOf' : 'anyOf', a] }));
    s ? (r.oneOf = i) : (r.anyOf = i);
  },
  Bl = (e, t, r, n) => {
    const o = e._zod.def,
      s = W(o.left, t, { ...n, path: [...n.path, 'allOf', 0] }),
      i = W(o.right, t, { ...n, path: [...n.path, 'allOf', 1] }),
      c = (u) => 'allOf' in u && Object.keys(u).length === 1,
      a = [...(c(s) ? s.allOf : [s]), ...(c(i) ? i.allOf : [i])];
    (r.allOf = a), t.intersections.push(a);
  };
function Ms(e, t, r) {
  if (t.$ref) {
    if (r.has(t)) return t;
    r.add(t);
    const h = e.get(t)?.def;
    if (!h) return t;
    const m = Ms(e, h, r);
    return m === h ? t : m;
  }
  for (const h of ['anyOf', 'oneOf']) {
    const m = t[h];
    if (!Array.isArray(m)) continue;
    const g = m.map((b) => Ms(e, b, r));
    g.some((b, w) => b !== m[w]) && (t = { ...t, [h]: g });
  }
  const n = Array.isArray(t.type) ? t.type : [t.type],
    o = !n.includes('string') && n.some((h) => h === 'number' || h === 'integer'),
    s = t.enum ?? (t.const !== void 0 ? [t.const] : void 0);
  if (!o && !s?.some((h) => typeof h == 'number')) return t;
  const {
    minimum: i,
    maximum: c,
    exclusiveMinimum: a,
    exclusiveMaximum: u,
    multipleOf: f,
    format: l,
    id: p,
    ...d
  } = t;
  return (
    d.enum
      ? (d.enum = d.enum.map((h) => (typeof h == 'number' ? String(h) : h)))
      : typeof d.const == 'number' && (d.const = String(d.const)),
    o && ((d.type = 'string'), s || (d.pattern = (n.includes('number') ? xr : fs).source)),
    d
  );
}
var js = new WeakMap();
function Wm(e) {
  const t = new Map();
  for (const n of e.seen.values()) n.def && !t.has(n.schema) && t.set(n.schema, n);
  const r = new Map();
  for (const n of js.get(e) ?? []) {
    const o = e.seen.get(n),
      s = (o?.def ?? o?.schema)?.propertyNames;
    if (!s || s === !0 || r.has(s)) continue;
    const i = Ms(t, s, new Set());
    i !== s && r.set(s, i);
  }
  if (r.size)
    for (const n of e.seen.values())
      for (const o of [n.schema, n.def]) {
        const s = o && r.get(o.propertyNames);
        s && (o.propertyNames = s);
      }
}
var Fl = (e, t, r, n) => {
    const o = r,
      s = e._zod.def;
    o.type = 'object';
    const i = s.keyType,
      c = we(i).patterns;
    if (s.mode === 'loose' && c && c.size > 0) {
      const f = W(s.valueType, t, { ...n, path: [...n.path, 'patternProperties', '*'] });
      o.patternProperties = {};
      for (const l of c) be(o.patternProperties, El(l).source, f);
    } else {
      if (t.target === 'draft-07' || t.target === 'draft-2020-12') {
        o.propertyNames = W(s.keyType, t, { ...n, path: [...n.path, 'propertyNames'] });
        let f = js.get(t);
        f || ((f = []), js.set(t, f), t.deferred.push(() => Wm(t))), f.push(e);
      }
      o.additionalProperties = W(s.valueType, t, { ...n, path: [...n.path, 'additionalProperties'] });
    }
    const a = i._zod.values,
      u = t.io === 'input' && Vn(s.valueType) !== void 0;
    if (a && !s.partial && !u) {
      const f = [...a].filter((l) => typeof l == 'string' || typeof l == 'number');
      f.length > 0 && (o.required = f.map(String));
    }
  },
  Kl = (e, t, r, n) => {
    const o = e._zod.def,
      s = W(o.innerType, t, n),
      i = t.seen.get(e);
    t.target === 'openapi-3.0'
      ? ((i.ref = o.innerType), (r.nullable = !0))
      : (r.anyOf = [s, { type: 'null' }]);
  },
  Vl = (e, t, r, n) => {
    const o = e._zod.def;
    W(o.innerType, t, n);
    const s = t.seen.get(e);
    s.ref = o.innerType;
  },
  Us = Symbol();
function Jl(e, t, r, n, o) {
  let s = !1,
    i = JSON.stringify(e, (c, a) => (typeof a != 'bigint' ? a : ((s = !0), null)));
  return s ? (vt(t, r, n, o, 'BigInt defaults cannot be represented in JSON Schema'), Us) : JSON.parse(i);
}
var Wl = (e, t, r, n) => {
    const o = e._zod.def;
    W(o.innerType, t, n);
    const s = t.seen.get(e);
    s.ref = o.innerType;
    const i = Jl(o.defaultValue, e, t, r, n);
    i !== Us && (r.default = i);
  },
  ql = (e, t, r, n) => {
    const o = e._zod.def;
    W(o.innerType, t, n);
    const s = t.seen.get(e);
    if (((s.ref = o.innerType), t.io !== 'input')) return;
    const i = Jl(o.defaultValue, e, t, r, n);
    i !== Us && (r._prefault = i);
  },
  Gl = (e, t, r, n) => {
    const o = e._zod.def;
    W(o.innerType, t, n);
    const s = t.seen.get(e);
    s.ref = o.innerType;
    let i;
    try {
      i = o.catchValue(void 0);
    } catch {
      vt(e, t, r, n, 'Dynamic catch values are not supported in JSON Schema');
      return;
    }
    r.default = i;
  },
  Hl = (e, t, r, n) => {
    const o = e._zod.def,
      s = o.in._zod.traits.has('$ZodTransform'),
      i = t.io === 'input' ? (s ? o.out : o.in) : o.out;
    W(i, t, n);
    const c = t.seen.get(e);
    c.ref = i;
  },
  Yl = (e, t, r, n) => {
    const o = e._zod.def;
    W(o.innerType, t, n);
    const s = t.seen.get(e);
    (s.ref = o.innerType), (r.readOnly = !0);
  };
var Bs = (e, t, r, n) => {
  const o = e._zod.def;
  W(o.innerType, t, n);
  const s = t.seen.get(e);
  s.ref = o.innerType;
};
var Xl = new WeakSet([Object.prototype, Error.prototype]);
function Jn(e, t, r) {
  Object.defineProperty(e, t, {
    configurable: !0,
    enumerable: !1,
    get() {
      const n = r(this);
      return (Object.defineProperty(this, t, { value: n, configurable: !0, writable: !0 }), n);
    },
    set(n) {
      Object.defineProperty(this, t, { value: n, configurable: !0, writable: !0 });
    },
  });
}
var th = (e, t) => {
  kc.init(e, t), (e.name = 'ZodError');
  const r = Object.getPrototypeOf(e);
  Xl.has(r) ||
    (Xl.add(r),
    Jn(r, 'format', (n) => (o) => zc(n, o)),
    Jn(r, 'flatten', (n) => (o) => $c(n, o)),
    Jn(r, 'addIssue', (n) => (o) => {
      n.issues.push(o), (n.message = JSON.stringify(n.issues, Ut, 2));
    }),
    Jn(r, 'addIssues', (n) => (o) => {
      n.issues.push(...o), (n.message = JSON.stringify(n.issues, Ut, 2));
    }),
    Object.defineProperty(r, 'isEmpty', {
      configurable: !0,
      enumerable: !1,
      get() {
        return this.issues.length === 0;
      },
    }));
};
var me = y('ZodError', th, void 0, { Parent: Error });
var Ql = An(me),
  ef = Pn(me),
  tf = On(me),
  rf = En(me),
  nf = Pc(me),
  of = Oc(me),
  sf = Ec(me),
  cf = Ic(me),
  af = Tc(me),
  uf = Nc(me),
  lf = Cc(me),
  ff = Lc(me);
function nh() {
  ae.localeError || de(Nu());
}
function qn() {
  ae.memoizer || de({ memoizer: Tu() });
}
var F = y('ZodType', (e, t) => (nh(), M.init(e, t), (e.def = t), (e.type = t.type), e), {
    check(...e) {
      const t = this.def;
      return this.clone(
        P.mergeDefs(t, {
          checks: [
            ...(t.checks ?? []),
            ...e.map((r) =>
              typeof r == 'function' ? { _zod: { check: r, def: { check: 'custom' }, onattach: [] } } : r,
            ),
          ],
        }),
        { parent: !0 },
      );
    },
    with(...e) {
      return this.check(...e);
    },
    clone(e, t) {
      return Ae(this, e, t);
    },
    brand() {
      return this;
    },
    register(e, t) {
      return (e.add(this, t), this);
    },
    refine(e, t) {
      return this.check(H(e, t));
    },
    superRefine(e, t) {
      return this.check(Hn(e, t));
    },
    overwrite(e) {
      return this.check(ct(e));
    },
    optional() {
      return mf(this);
    },
    exactOptional() {
      return Rh(this);
    },
    nullable() {
      return hf(this);
    },
    nullish() {
      return mf(hf(this));
    },
    nonoptional(e) {
      return Fh(this, e);
    },
    array() {
      return ut(this);
    },
    or(e) {
      return Gn([this, e]);
    },
    and(e) {
      return Ch(this, e);
    },
    transform(e) {
      return gf(this, Zh(e));
    },
    default(e) {
      return jh(this, e);
    },
    prefault(e) {
      return Bh(this, e);
    },
    catch(e) {
      return Vh(this, e);
    },
    pipe(e) {
      return gf(this, e);
    },
    readonly() {
      return qh(this);
    },
    describe(e) {
      const t = this.clone();
      return (xt.add(t, { description: e }), t);
    },
    meta(...e) {
      if (e.length === 0) return xt.get(this);
      const t = this.clone();
      return (xt.add(t, e[0]), t);
    },
    isOptional() {
      return this.safeParse(void 0).success;
    },
    isNullable() {
      return this.safeParse(null).success;
    },
    apply(e, ...t) {
      return t.length === 0 ? e(this) : e(this, ...t);
    },
    get '~standard'() {
      return P.hide(this, '~standard', {
        ...gs(this),
        jsonSchema: { input: Pr(this, 'input'), output: Pr(this, 'output') },
      });
    },
    set '~standard'(e) {
      P.own(this, '~standard', e);
    },
    parse: function e(t, r) {
      return Ql(this, t, r, { callee: e });
    },
    parseAsync: async function e(t, r) {
      return await ef(this, t, r, { callee: e });
    },
    safeParse(e, t) {
      return tf(this, e, t);
    },
    async safeParseAsync(e, t) {
      return rf(this, e, t);
    },
    get spa() {
      return this?.safeParseAsync;
    },
    set spa(e) {
      P.own(this, 'spa', e);
    },
    validate(e, t) {
      return cs(this, e, t);
    },
    validateAsync(e, t) {
      return as(this, e, t);
    },
    encode: function e(t, r) {
      return nf(this, t, r, { callee: e });
    },
    decode: function e(t, r) {
      return of(this, t, r, { callee: e });
    },
    encodeAsync: async function e(t, r) {
      return await sf(this, t, r, { callee: e });
    },
    decodeAsync: async function e(t, r) {
      return await cf(this, t, r, { callee: e });
    },
    safeEncode(e, t) {
      return af(this, e, t);
    },
    safeDecode(e, t) {
      return uf(this, e, t);
    },
    async safeEncodeAsync(e, t) {
      return lf(this, e, t);
    },
    async safeDecodeAsync(e, t) {
      return ff(this, e, t);
    },
    toJSONSchema(e) {
      return xl(this, {})(e);
    },
    get description() {
      return xt.get(this)?.description;
    },
    get _def() {
      return this._zod.def;
    },
  }),
  yf = y(
    '_ZodString',
    (e, t) => {
      Zn.init(e, t), F.init(e, t), (e._zod.processJSONSchema = (r, n, o) => Il(e, r, n, o));
    },
    P.derived(
      {
        format: (e) => we(e).format ?? null,
        minLength: (e) => we(e).minimum ?? null,
        maxLength: (e) => we(e).maximum ?? null,
      },
      {
        regex(...e) {
          return this.check(J(...e));
        },
        includes(...e) {
          return this.check(As(...e));
        },
        startsWith(...e) {
          return this.check(Ps(...e));
        },
        endsWith(...e) {
          return this.check(Os(...e));
        },
        min(...e) {
          return this.check(ee(...e));
        },
        max(...e) {
          return this.check(R(...e));
        },
        length(...e) {
          return this.check(Kn(...e));
        },
        nonempty(...e) {
          return this.check(ee(1, ...e));
        },
        lowercase(e) {
          return this.check($s(e));
        },
        uppercase(e) {
          return this.check(zs(e));
        },
        trim() {
          return this.check(Is());
        },
        normalize(...e) {
          return this.check(Es(...e));
        },
        toLowerCase() {
          return this.check(Ts());
        },
        toUpperCase() {
          return this.check(Ns());
        },
        slugify() {
          return this.check(Cs());
        },
      },
    ),
  ),
  oh = y(
    'ZodString',
    (e, t) => {
      Zn.init(e, t), yf.init(e, t);
    },
    {
      email(e) {
        return this.check(Ru(uh, e));
      },
      url(e) {
        return this.check(ks(bf, e));
      },
      jwt(e) {
        return this.check(nl($h, e));
      },
      emoji(e) {
        return this.check(Fu(fh, e));
      },
      guid(e) {
        return this.check(Du(lh, e));
      },
      uuid(e) {
        return this.check(Mu(Wn, e));
      },
      uuidv4(e) {
        return this.check(ju(Wn, e));
      },
      uuidv6(e) {
        return this.check(Uu(Wn, e));
      },
      uuidv7(e) {
        return this.check(Bu(Wn, e));
      },
      nanoid(e) {
        return this.check(Ku(ph, e));
      },
      cuid(e) {
        return this.check(Vu(dh, e));
      },
      cuid2(e) {
        return this.check(Ju(mh, e));
      },
      ulid(e) {
        return this.check(Wu(hh, e));
      },
      base64(e) {
        return this.check(el(vh, e));
      },
      base64url(e) {
        return this.check(tl(Sh, e));
      },
      xid(e) {
        return this.check(qu(gh, e));
      },
      ksuid(e) {
        return this.check(Gu(yh, e));
      },
      ipv4(e) {
        return this.check(Hu(bh, e));
      },
      ipv6(e) {
        return this.check(Yu(wh, e));
      },
      cidrv4(e) {
        return this.check(Xu(_h, e));
      },
      cidrv6(e) {
        return this.check(Qu(xh, e));
      },
      e164(e) {
        return this.check(rl(kh, e));
      },
      datetime(e) {
        return this.check(ol(sh, e));
      },
      date(e) {
        return this.check(sl(ih, e));
      },
      time(e) {
        return this.check(il(ch, e));
      },
      duration(e) {
        return this.check(cl(ah, e));
      },
    },
  );
function E(e) {
  return Zu(oh, e);
}
var j = y('ZodStringFormat', (e, t) => {
    D.init(e, t), yf.init(e, t);
  }),
  sh = y('ZodISODateTime', (e, t) => {
    Wa.init(e, t), j.init(e, t);
  }),
  ih = y('ZodISODate', (e, t) => {
    qa.init(e, t), j.init(e, t);
  }),
  ch = y('ZodISOTime', (e, t) => {
    Ga.init(e, t), j.init(e, t);
  }),
  ah = y('ZodISODuration', (e, t) => {
    Ha.init(e, t), j.init(e, t);
  }),
  uh = y('ZodEmail', (e, t) => {
    Za.init(e, t), j.init(e, t);
  });
var lh = y('ZodGUID', (e, t) => {
  Ca.init(e, t), j.init(e, t);
});
var Wn = y('ZodUUID', (e, t) => {
  La.init(e, t), j.init(e, t);
});
var bf = y('ZodURL', (e, t) => {
  Ma.init(e, t), j.init(e, t);
});
function wf(e) {
  return ks(bf, e);
}
var fh = y('ZodEmoji', (e, t) => {
  ja.init(e, t), j.init(e, t);
});
var ph = y('ZodNanoID', (e, t) => {
  Ua.init(e, t), j.init(e, t);
});
var dh = y('ZodCUID', (e, t) => {
  Ba.init(e, t), j.init(e, t);
});
var mh = y('ZodCUID2', (e, t) => {
  Fa.init(e, t), j.init(e, t);
});
var hh = y('ZodULID', (e, t) => {
  Ka.init(e, t), j.init(e, t);
});
var gh = y('ZodXID', (e, t) => {
  Va.init(e, t), j.init(e, t);
});
var yh = y('ZodKSUID', (e, t) => {
  Ja.init(e, t), j.init(e, t);
});
var bh = y('ZodIPv4', (e, t) => {
  Ya.init(e, t), j.init(e, t);
});
var wh = y('ZodIPv6', (e, t) => {
  Qa.init(e, t), j.init(e, t);
});
var _h = y('ZodCIDRv4', (e, t) => {
  eu.init(e, t), j.init(e, t);
});
var xh = y('ZodCIDRv6', (e, t) => {
  tu.init(e, t), j.init(e, t);
});
var vh = y('ZodBase64', (e, t) => {
  nu.init(e, t), j.init(e, t);
});
var Sh = y('ZodBase64URL', (e, t) => {
  ou.init(e, t), j.init(e, t);
});
var kh = y('ZodE164', (e, t) => {
  su.init(e, t), j.init(e, t);
});
var $h = y('ZodJWT', (e, t) => {
  iu.init(e, t), j.init(e, t);
});
var _f = y(
  'ZodNumber',
  (e, t) => {
    bs.init(e, t), F.init(e, t), (e._zod.processJSONSchema = (r, n, o) => Tl(e, r, n, o)), (e.isFinite = !0);
  },
  P.derived(
    {
      minValue: (e) => {
        const { minimum: t, exclusiveMinimum: r } = we(e);
        return Math.max(t ?? Number.NEGATIVE_INFINITY, r ?? Number.NEGATIVE_INFINITY);
      },
      maxValue: (e) => {
        const { maximum: t, exclusiveMaximum: r } = we(e);
        return Math.min(t ?? Number.POSITIVE_INFINITY, r ?? Number.POSITIVE_INFINITY);
      },
      isInt: (e) => {
        const { isInt: t, multipleOf: r } = we(e);
        return !!t || !!r?.some(Number.isSafeInteger);
      },
      format: (e) => we(e).format ?? null,
    },
    {
      gt(e, t) {
        return this.check(zr(e, t));
      },
      gte(e, t) {
        return this.check(Q(e, t));
      },
      min(e, t) {
        return this.check(Q(e, t));
      },
      lt(e, t) {
        return this.check(Bn(e, t));
      },
      lte(e, t) {
        return this.check(q(e, t));
      },
      max(e, t) {
        return this.check(q(e, t));
      },
      int(e) {
        return this.check(at(e));
      },
      safe(e) {
        return this.check(at(e));
      },
      positive(e) {
        return this.check(zr(0, e));
      },
      nonnegative(e) {
        return this.check(Q(0, e));
      },
      negative(e) {
        return this.check(Bn(0, e));
      },
      nonpositive(e) {
        return this.check(q(0, e));
      },
      multipleOf(e, t) {
        return this.check(Fn(e, t));
      },
      step(e, t) {
        return this.check(Fn(e, t));
      },
      finite() {
        return this;
      },
    },
  ),
);
function qe(e) {
  return al(_f, e);
}
var zh = y('ZodNumberFormat', (e, t) => {
  cu.init(e, t), _f.init(e, t);
});
function at(e) {
  return ul(zh, e);
}
var Ah = y('ZodBoolean', (e, t) => {
  au.init(e, t), F.init(e, t), (e._zod.processJSONSchema = (r, n, o) => Nl(e, r, n, o));
});
function Wt(e) {
  return ll(Ah, e);
}
var Ph = y('ZodUnknown', (e, t) => {
  uu.init(e, t), F.init(e, t), (e._zod.processJSONSchema = (r, n, o) => Ll(e, r, n, o));
});
function pf() {
  return fl(Ph);
}
var Oh = y('ZodNever', (e, t) => {
  lu.init(e, t), F.init(e, t), (e._zod.processJSONSchema = (r, n, o) => Cl(e, r, n, o));
});
function xf(e) {
  return pl(Oh, e);
}
var Eh = y(
  'ZodArray',
  (e, t) => {
    qn(),
      fu.init(e, t),
      F.init(e, t),
      (e._zod.processJSONSchema = (r, n, o) => Ml(e, r, n, o)),
      (e.element = t.element);
  },
  {
    min(e, t) {
      return this.check(ee(e, t));
    },
    nonempty(e) {
      return this.check(ee(1, e));
    },
    max(e, t) {
      return this.check(R(e, t));
    },
    length(e, t) {
      return this.check(Kn(e, t));
    },
    unwrap() {
      return this.element;
    },
  },
);
function ut(e, t) {
  return dl(Eh, e, t);
}
var Ih = y(
  'ZodObject',
  (e, t) => {
    qn(),
      mu.init(e, t),
      F.init(e, t),
      (e._zod.processJSONSchema = (r, n, o) => jl(e, r, n, o)),
      P.installLazyProp(e, 'shape', (r) => r._zod.def.shape, !1);
  },
  {
    keyof() {
      return Ie(Object.keys(this._zod.def.shape));
    },
    catchall(e) {
      return this.clone(P.mergeDefs(this._zod.def, { catchall: e }));
    },
    passthrough() {
      return this.clone(P.mergeDefs(this._zod.def, { catchall: pf() }));
    },
    loose() {
      return this.clone(P.mergeDefs(this._zod.def, { catchall: pf() }));
    },
    strict() {
      return this.clone(P.mergeDefs(this._zod.def, { catchall: xf() }));
    },
    strip() {
      return this.clone(P.mergeDefs(this._zod.def, { catchall: void 0 }));
    },
    extend(e) {
      return P.extend(this, e);
    },
    safeExtend(e) {
      return P.safeExtend(this, e);
    },
    merge(e) {
      return P.merge(this, e);
    },
    pick(e) {
      return P.pick(this, e);
    },
    omit(e) {
      return P.omit(this, e);
    },
    partial(...e) {
      return P.partial(vf, this, e[0]);
    },
    exactPartial(...e) {
      return P.partial(Sf, this, e[0], 'exactPartial');
    },
    required(...e) {
      return P.required(kf, this, e[0]);
    },
  },
);
function O(e, t) {
  return new Ih({ type: 'object', shape: e, catchall: xf(), ...P.normalizeParams(t) });
}
var Th = y('ZodUnion', (e, t) => {
  hu.init(e, t),
    F.init(e, t),
    (e._zod.processJSONSchema = (r, n, o) => Ul(e, r, n, o)),
    (e.options = t.options);
});
function Gn(e, t) {
  return new Th({ type: 'union', options: e, ...P.normalizeParams(t) });
}
var Nh = y('ZodIntersection', (e, t) => {
  gu.init(e, t), F.init(e, t), (e._zod.processJSONSchema = (r, n, o) => Bl(e, r, n, o));
});
function Ch(e, t) {
  return new Nh({ type: 'intersection', left: e, right: t });
}
var df = y('ZodRecord', (e, t) => {
  qn(),
    yu.init(e, t),
    F.init(e, t),
    (e._zod.processJSONSchema = (r, n, o) => Fl(e, r, n, o)),
    (e.keyType = t.keyType),
    (e.valueType = t.valueType);
});
function lt(e, t, r) {
  return !t || !t._zod
    ? new df({ type: 'record', keyType: E(), valueType: e, ...P.normalizeParams(t) })
    : new df({ type: 'record', keyType: e, valueType: t, ...P.normalizeParams(r) });
}
var Ks = y('ZodEnum', (e, t) => {
  bu.init(e, t),
    F.init(e, t),
    (e._zod.processJSONSchema = (n, o, s) => Zl(e, n, o, s)),
    (e.enum = t.entries),
    (e.options = [...e._zod.values]);
  const r = new Set(Object.keys(t.entries));
  (e.extract = (n, o) => {
    const s = {};
    for (const i of n)
      if (r.has(i)) s[i] = t.entries[i];
      else throw new Error(`Key ${i} not found in enum`);
    return new Ks({ ...t, checks: [], ...P.normalizeParams(o), entries: s });
  }),
    (e.exclude = (n, o) => {
      const s = { ...t.entries };
      for (const i of n)
        if (r.has(i)) delete s[i];
        else throw new Error(`Key ${i} not found in enum`);
      return new Ks({ ...t, checks: [], ...P.normalizeParams(o), entries: s });
    });
});
function Ie(e, t) {
  const r = Array.isArray(e) ? Object.fromEntries(e.map((n) => [n, n])) : e;
  return new Ks({ type: 'enum', entries: r, ...P.normalizeParams(t) });
}
var Lh = y('ZodTransform', (e, t) => {
  qn(),
    wu.init(e, t),
    F.init(e, t),
    (e._zod.processJSONSchema = (r, n, o) => Dl(e, r, n, o)),
    (e._zod.parse = (r, n) => {
      if (n.direction === 'backward') throw new Ft(e.constructor.name);
      r.addIssue = (s) => {
        if (typeof s == 'string') r.issues.push(P.issue(s, r.value, t));
        else {
          const i = s;
          i.fatal && (i.continue = !1),
            i.code ?? (i.code = 'custom'),
            'input' in i || (i.input = r.value),
            i.inst ?? (i.inst = e),
            r.issues.push(P.issue(i));
        }
      };
      const o = t.transform(r.value, r);
      return o instanceof Promise ? o.then((s) => ((r.value = s), r)) : ((r.value = o), r);
    });
});
function Zh(e) {
  return new Lh({ type: 'transform', transform: e });
}
var vf = y('ZodOptional', (e, t) => {
  ws.init(e, t),
    F.init(e, t),
    (e._zod.processJSONSchema = (r, n, o) => Bs(e, r, n, o)),
    (e.unwrap = () => e._zod.def.innerType);
});
function mf(e) {
  return new vf({ type: 'optional', innerType: e });
}
var Sf = y('ZodExactOptional', (e, t) => {
  _u.init(e, t),
    F.init(e, t),
    (e._zod.processJSONSchema = (r, n, o) => Bs(e, r, n, o)),
    (e.unwrap = () => e._zod.def.innerType);
});
function Rh(e) {
  return new Sf({ type: 'optional', innerType: e });
}
var Dh = y('ZodNullable', (e, t) => {
  xu.init(e, t),
    F.init(e, t),
    (e._zod.processJSONSchema = (r, n, o) => Kl(e, r, n, o)),
    (e.unwrap = () => e._zod.def.innerType);
});
function hf(e) {
  return new Dh({ type: 'nullable', innerType: e });
}
var Mh = y('ZodDefault', (e, t) => {
  vu.init(e, t),
    F.init(e, t),
    (e._zod.processJSONSchema = (r, n, o) => Wl(e, r, n, o)),
    (e.unwrap = () => e._zod.def.innerType),
    (e.removeDefault = e.unwrap);
});
function jh(e, t) {
  return new Mh({
    type: 'default',
    innerType: e,
    get defaultValue() {
      return typeof t == 'function' ? t() : P.shallowClone(t);
    },
  });
}
var Uh = y('ZodPrefault', (e, t) => {
  Su.init(e, t),
    F.init(e, t),
    (e._zod.processJSONSchema = (r, n, o) => ql(e, r, n, o)),
    (e.unwrap = () => e._zod.def.innerType);
});
function Bh(e, t) {
  return new Uh({
    type: 'prefault',
    innerType: e,
    get defaultValue() {
      return typeof t == 'function' ? t() : P.shallowClone(t);
    },
  });
}
var kf = y('ZodNonOptional', (e, t) => {
  ku.init(e, t),
    F.init(e, t),
    (e._zod.processJSONSchema = (r, n, o) => Vl(e, r, n, o)),
    (e.unwrap = () => e._zod.def.innerType);
});
function Fh(e, t) {
  return new kf({ type: 'nonoptional', innerType: e, ...P.normalizeParams(t) });
}
var Kh = y('ZodCatch', (e, t) => {
  $u.init(e, t),
    F.init(e, t),
    (e._zod.processJSONSchema = (r, n, o) => Gl(e, r, n, o)),
    (e.unwrap = () => e._zod.def.innerType),
    (e.removeCatch = e.unwrap);
});
function Vh(e, t) {
  return new Kh({ type: 'catch', innerType: e, catchValue: typeof t == 'function' ? t : P.constantCatch(t) });
}
var Jh = y('ZodPipe', (e, t) => {
  zu.init(e, t),
    F.init(e, t),
    (e._zod.processJSONSchema = (r, n, o) => Hl(e, r, n, o)),
    (e.in = t.in),
    (e.out = t.out);
});
function gf(e, t) {
  return new Jh({ type: 'pipe', in: e, out: t });
}
var Wh = y('ZodReadonly', (e, t) => {
  Au.init(e, t),
    F.init(e, t),
    (e._zod.processJSONSchema = (r, n, o) => Yl(e, r, n, o)),
    (e.unwrap = () => e._zod.def.innerType);
});
function qh(e) {
  return new Wh({ type: 'readonly', innerType: e });
}
var Gh = y('ZodCustom', (e, t) => {
  Pu.init(e, t), F.init(e, t), (e._zod.processJSONSchema = (r, n, o) => Rl(e, r, n, o));
});
function H(e, t = {}) {
  return ml(Gh, e, t);
}
function Hn(e, t) {
  return hl(e, t);
}
var Hh = {
    jan: 1,
    feb: 2,
    mar: 3,
    apr: 4,
    may: 5,
    jun: 6,
    jul: 7,
    aug: 8,
    sep: 9,
    oct: 10,
    nov: 11,
    dec: 12,
  },
  Yh = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 },
  $f = { min: 0, max: 59 },
  zf = { min: 0, max: 23 },
  Af = { min: 1, max: 31 },
  Pf = { min: 1, max: 12, names: Hh },
  Of = { min: 0, max: 6, names: Yh };
function If(e) {
  if (!Vs(e)) return !1;
  const r = e.split(/ +/)[0];
  return Xh(r) < 5;
}
function Xh(e) {
  if (e.includes('/')) {
    const [, t] = e.split('/'),
      r = parseInt(t, 10);
    if (!isNaN(r) && r > 0) return r;
  }
  if (e.includes(',')) {
    const t = e
      .split(',')
      .map((r) => parseInt(r, 10))
      .filter((r) => !isNaN(r))
      .sort((r, n) => r - n);
    if (t.length >= 2) {
      let r = 60;
      for (let o = 1; o < t.length; o++) {
        const s = t[o] - t[o - 1];
        s < r && (r = s);
      }
      const n = t[0] + 60 - t[t.length - 1];
      return (n < r && (r = n), r);
    }
  }
  if (e.includes('-') && !e.includes('/')) {
    const [t, r] = e.split('-').map((n) => parseInt(n, 10));
    if (!isNaN(t) && !isNaN(r) && r > t) return 1;
  }
  return e === '*' ? 1 : 60;
}
function Vs(e) {
  const t = e.split(/ +/);
  if (t.length != 5) return !1;
  const [r, n, o, s, i] = t;
  return De(r, $f) && De(n, zf) && De(o, Af) && De(s, Pf) && De(i, Of);
}
function De(e, t, r = !0) {
  if ((t.names && t.names[e.toLowerCase()] !== void 0) || e === '*') return !0;
  if (e.includes(',')) return r ? e.split(',').every((o) => o && De(o, t)) : !1;
  if (e.includes('/')) {
    if (!r) return !1;
    const [o, s, ...i] = e.split('/'),
      c = +s;
    return i.length > 0 || isNaN(c) || c <= 0 || !o || !s ? !1 : De(o, t) && De(s, t, !1);
  }
  if (e.includes('-')) {
    if (!r) return !1;
    const [o, s, ...i] = e.split('-');
    if (i.length > 0 || !o || !s) return !1;
    const c = Ef(o, t.names),
      a = Ef(s, t.names);
    return De(o, t, !1) && De(s, t, !1) && a >= c;
  }
  const n = +e;
  return !isNaN(n) && n >= t.min && n <= t.max;
}
function Ef(e, t) {
  return t && t[e.toLowerCase()] !== void 0 ? +t[e.toLowerCase()] : +e;
}
var Qh = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u,
  eg = /[\p{Cf}\p{Co}\p{Cn}\p{Cs}]/u,
  Tf = (e) => `U+${(e.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
function Nf(e) {
  const t = Qh.exec(e);
  return t ? Tf(t[0]) : void 0;
}
function tg(e) {
  const t = eg.exec(e);
  return t ? Tf(t[0]) : void 0;
}
var Cf = Hn((e, t) => {
    const r = Nf(e),
      n = r ? void 0 : tg(e);
    r
      ? t.addIssue({
          code: 'custom',
          message: `contains the control or direction character ${r}; only printable text is allowed`,
          input: e,
        })
      : n &&
        t.addIssue({
          code: 'custom',
          message: `contains the invisible or unassigned character ${n}; only printable text is allowed`,
          input: e,
        });
  }),
  Lf = (e) => E().check(R(e), Cf),
  Js = '[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}',
  Ws = E().check(
    R(255),
    J(new RegExp(`^(/${Js})+$`), {
      error:
        'expected an absolute path such as /home/ubuntu/owl-akrida: letters, digits, _ . - between slashes, no segment starting with a dot',
    }),
  ),
  Zf = [
    R(255),
    J(new RegExp(`^${Js}(/${Js})*$`), {
      error:
        'expected a file name relative to the Akrida checkout: letters, digits, _ . - between slashes, no segment starting with a dot',
    }),
  ],
  Yn = E().check(...Zf),
  Rf = E().check(...Zf, J(/\.py$/, { error: 'expected a Python locustfile ending in .py' })),
  Df = E().check(
    R(100),
    J(/^[A-Za-z0-9_][A-Za-z0-9_./-]*$/, {
      error: 'expected a branch, tag or commit: letters, digits, _ . / -',
    }),
    H((e) => !e.includes('..') && !e.includes('//') && !e.endsWith('/') && !e.endsWith('.lock'), {
      error: 'not a valid git ref: no "..", "//", trailing "/" or ".lock"',
    }),
    H((e) => !/(^|\/)\.|\.lock(\/|$)|\.$/.test(e), {
      error: 'not a valid git ref: no part may start with "." or end with ".lock", and no trailing "."',
    }),
  ),
  rg =
    /^(null|~|true|false|yes|no|on|off|y|n|[-+]?(\d[\d_]*(\.[\d_]*)?([eE][-+]?\d+)?|0x[\dA-Fa-f_]+|0o?[0-7_]+|0b[01_]+|\.inf|\.nan))$/i,
  Mf = E().check(
    J(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$/, {
      error: 'expected a compose service name: letters, digits, _ . -, at most 63 characters',
    }),
    H((e) => !rg.test(e), {
      error: (e) =>
        `${JSON.stringify(e.input)} would be read as null, a boolean or a number in a compose file; name the service with a letter in it`,
    }),
  ),
  jf = E().check(
    R(1011),
    J(/^(\/[A-Za-z0-9_-][A-Za-z0-9_.-]*)+$/, {
      error:
        'expected a Parameter Store name such as /akrida/perf/api-key: letters, digits, _ . - between slashes',
    }),
    H((e) => !/^\/(aws|ssm)/i.test(e), { error: 'names under /aws and /ssm are reserved by AWS' }),
  ),
  Uf = /^[\p{L}\p{N} _.:/=+\-@]*$/u,
  Xn = E().check(
    ee(1),
    R(128),
    J(Uf, { error: 'expected a tag key of letters, digits, spaces and _ . : / = + - @' }),
    H((e) => !e.toLowerCase().startsWith('aws:'), { error: 'tag keys starting with aws: are AWS-reserved' }),
  ),
  Bf = [R(256), J(Uf, { error: 'expected a tag value of letters, digits, spaces and _ . : / = + - @' })],
  Ff = E().check(...Bf),
  Kf = E().check(...Bf, ee(1)),
  ft = (e, t) =>
    wf({ protocol: e, error: t }).check(
      R(2048),
      H((r) => /^[\x21-\x7e]+$/.test(r), { error: 'the URL has spaces or non-ASCII characters' }),
      H((r) => !/[$`'"\\<>]/.test(r), { error: 'the URL has $, a backtick, a quote, a backslash or <>' }),
      H(
        (r) => {
          try {
            const n = new URL(r);
            return !/^https?:$/.test(n.protocol) || (n.username === '' && n.password === '');
          } catch {
            return !0;
          }
        },
        { error: 'the URL carries credentials (user:password@); keep secrets in Parameter Store' },
      ),
    ),
  qs = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/,
  Qn = E().check(
    R(253),
    J(/^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/, {
      error: 'expected a host name or IPv4 address such as 10.0.1.20 or db.internal',
    }),
    H((e) => !/(^|\.)(0x[0-9a-f]*|\d+)$/i.test(e) || qs.test(e), {
      error:
        'a numeric host must be a plain IPv4 address such as 10.0.1.20 (no hex, octal, leading zeros or short forms)',
    }),
  ),
  Gs = (e) =>
    E().check(
      ee(1),
      R(e),
      J(/^[A-Za-z0-9:._/#=+-]+$/, { error: 'expected an identifier of letters, digits and : . _ / # = + -' }),
    ),
  Hs = E().check(
    R(1024),
    J(/^\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$/, {
      error: 'expected an HTTP path such as /status/live (no spaces or control characters)',
    }),
  ),
  Vf = E().regex(/^[A-Z_][A-Z0-9_]{0,127}$/, { error: 'expected an upper-case .env key' });
function Ys(e) {
  if (/^["']/.test(e)) return 'it starts with a quote, which compose strips (or reads on past the line)';
  if (/^\s|\s$/.test(e)) return 'it starts or ends with a blank, which compose trims';
  if (/\s#/.test(e)) return 'a blank followed by # starts a comment, which compose cuts off';
}
var Jf = [
    R(4096),
    Cf,
    H((e) => !/[$`]/.test(e), {
      error: 'contains $ or a backtick, which docker compose would interpolate in a .env file',
    }),
    Hn((e, t) => {
      const r = Nf(e) ? void 0 : Ys(e);
      r &&
        t.addIssue({
          code: 'custom',
          message: `docker compose would read it differently in a .env file: ${r}`,
          input: e,
        });
    }),
  ],
  eo = E().check(...Jf),
  Wf = E().check(...Jf, H(ng, { error: 'expected a JSON array of credential attributes' })),
  Xs = E().regex(/^[A-Za-z][A-Za-z0-9-]{0,63}$/, {
    error: 'expected an HTTP header name such as Authorization',
  }),
  ue = at().check(Q(1), q(65535)).describe('TCP port (1-65535)'),
  Y = (e, t) => at().check(Q(e), q(t)),
  pt = (e) => at().check(Kt(), q(e)),
  to = (e) => pt(86400).describe(e),
  Ge = E().check(
    R(32),
    J(/^[a-z][a-z0-9-]*\.[a-z0-9]+$/, { error: 'expected an EC2 instance type such as t3.xlarge' }),
  );
function ng(e) {
  try {
    return Array.isArray(JSON.parse(e));
  } catch {
    return !1;
  }
}
var qf = E().check(
    R(100),
    H(Vs, { error: 'expected a 5-field cron expression such as "0 20 * * 1-5" (UTC), each field in range' }),
    H((e) => !If(e), { error: 'GitHub runs schedules at most every 5 minutes' }),
  ),
  Qs = E().check(
    J(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d|[12]\d|3[0-2])$/, {
      error: 'expected an IPv4 CIDR such as 10.0.0.0/16',
    }),
    H(
      (e) =>
        e
          .split('/')[0]
          ?.split('.')
          .every((t) => Number(t) <= 255),
      { error: 'expected an IPv4 CIDR whose octets are 0-255' },
    ),
  );
var Me = Gn(
    [
      O({ parameter: jf }).describe('An SSM Parameter Store SecureString, read by the instance role at boot'),
      O({
        githubSecret: E().regex(/^(?!GITHUB_)[A-Z_][A-Z0-9_]{0,99}$/, {
          error: 'expected a workflow secret name such as ACAPY_ADMIN_API_KEY',
        }),
      }).describe('A GitHub Actions secret; the workflow stores it as a SecureString before use'),
      O({
        generated: E().regex(/^[a-z][a-z0-9-]{0,62}$/, {
          error: 'expected a name of lower-case letters, digits and dashes, such as wallet-password',
        }),
      }).describe('A random value the toolkit generates into Parameter Store when absent, and keeps'),
    ],
    {
      error: (e) =>
        typeof e.input == 'string'
          ? 'a secret written as a literal value'
          : 'expected a secret reference: { parameter: /path }, { githubSecret: NAME } or { generated: name }',
    },
  ),
  Er = Gn(
    [
      O({ instanceId: E().regex(/^i-[0-9a-f]{8,17}$/, { error: 'expected an instance id i-\u2026' }) }),
      O({
        tags: lt(Xn, Kf).refine((e) => Object.keys(e).length > 0 && Object.keys(e).length <= 10, {
          error: 'expected 1-10 tags that select exactly one instance',
        }),
      }),
      O({ machine: Ie(['locust', 'issuer'], { error: 'expected machine: locust or machine: issuer' }) }),
    ],
    {
      error: 'expected { instanceId: i-\u2026 }, { tags: { Name: \u2026 } } or { machine: locust | issuer }',
    },
  ),
  ro = lt(Vf, eo)
    .refine((e) => Object.keys(e).length <= 100, { error: 'at most 100 extra .env keys' })
    .default({})
    .describe('Extra non-secret .env keys'),
  Gf = O({ min: Y(0, 50), desired: Y(0, 50), max: Y(1, 50) });
var Hf = O({
  instanceType: Ge,
  capacity: Gf,
  ports: O({ admin: ue.default(8150), transport: ue.default(8151) }).prefault({}),
  listeners: O({ admin: ue.default(8080), transport: ue.default(80) }).prefault({}),
  loadBalancerScheme: Ie(['internal', 'internet-facing'])
    .default('internal')
    .describe('internal: reached from the VPC (and operators over VPN); internet-facing: from operatorCidrs'),
  healthCheck: O({
    adminPath: Hs.default('/status/live'),
    transportPath: Hs.default('/'),
    healthyThreshold: Y(2, 10).default(2),
    unhealthyThreshold: Y(2, 10).default(2),
    timeoutSeconds: Y(2, 120).default(10),
    intervalSeconds: Y(5, 300).default(12),
    successCodes: E()
      .regex(/^\d{3}(-\d{3})?(,\d{3}(-\d{3})?)*$/, { error: 'expected HTTP codes such as 200 or 200-299' })
      .default('200'),
  }).prefault({}),
  warmupSeconds: to('Default instance warmup of the ACA-Py group').default(300),
  genesisUrl: ft(/^https?$/, 'expected the ledger genesis URL (http or https)'),
  databaseHost: Qn.optional().describe(
    'Holder/wallet database host (internal IP or DNS name); omit with machines.database',
  ),
  services: O({
    postgres: ue.default(5432),
    redis: ue.default(6379),
    mediator: ue.default(3e3),
    tails: ue.default(6543),
  }).prefault({}),
  environment: ro,
  secrets: O({
    adminApiKey: Me,
    walletAccount: Me,
    walletPassword: Me,
    walletAdminAccount: Me,
    walletAdminPassword: Me,
  }),
});
var Yf = O({
  master: O({
    instance: Er.describe('The existing Locust master instance'),
    webPort: ue.default(8089),
    bindPort: ue.default(8090).describe('MASTER_PORT: where workers connect'),
  }),
  workers: O({
    instanceType: Ge,
    count: Y(0, 1e3).optional().describe('Fixed worker count (or give targetUsers)'),
    targetUsers: pt(1e6).optional().describe('Size the worker count from this many users'),
    max: Y(1, 1e3),
    warmupSeconds: to('Default instance warmup of the worker group').default(3600),
  }).refine((e) => (e.count === void 0) != (e.targetUsers === void 0), {
    error: 'give exactly one of count or targetUsers',
  }),
  userPorts: O({ start: ue, end: ue }).describe('START_PORT-END_PORT: one port per simulated agent'),
  memoryPerAgentMiB: Y(16, 4096).default(100).describe('Memory one Akrida agent needs (docs: 52-100 MB)'),
  waitSeconds: O({ min: qe().check(Q(0), q(3600)), max: qe().check(Q(0), q(3600)) }).prefault({
    min: 1,
    max: 10,
  }),
  ledger: E().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { error: 'expected a ledger name such as bcovrin' }),
  schema: Gs(512)
    .optional()
    .describe('SCHEMA: anchored schema id (with machines.issuer: made by the toolkit unless pinned)'),
  credDef: Gs(512)
    .optional()
    .describe(
      'CRED_DEF: anchored credential definition id (with machines.issuer: made by the toolkit unless pinned)',
    ),
  credAttr: Wf.default('[{"mime-type": "text/plain","name": "score","value": "test"}]'),
  issuer: O({
    type: Ie(['acapy']).default('acapy'),
    headers: lt(Xs, Me)
      .refine((e) => Object.keys(e).length <= 20, { error: 'at most 20 headers' })
      .default({})
      .describe('Extra ISSUER_HEADERS, as secrets'),
  }).prefault({}),
  verifier: O({
    type: Ie(['acapy']).default('acapy'),
    headers: lt(Xs, Me)
      .refine((e) => Object.keys(e).length <= 20, { error: 'at most 20 headers' })
      .default({}),
  }).prefault({}),
  mediation: O({
    enabled: Wt(),
    url: ft(/^https?$/, 'expected the mediator invitation URL (http or https)').optional(),
    pickupStrategy: Ie(['implicit', 'pickupv2-live']).default('implicit'),
  }).prefault({ enabled: !1 }),
  verifiedTimeoutSeconds: pt(3600).default(60),
  isAnoncreds: Wt().default(!0),
  agentLoggingLevel: Y(0, 7).default(7),
  connectionsPerAgent: pt(1e3).default(2),
  messageToSend: eo.default('akrida load test'),
  environment: ro,
});
var og = '/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id',
  Xf = ['database', 'issuer', 'locust', 'mediator'],
  no = (e) =>
    E().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, {
      error: `expected a ${e} of letters, digits, . _ - (at most 64)`,
    }),
  oo = (e, t) =>
    at()
      .check(Q(e, { error: `expected at least ${e} GiB` }), q(2048))
      .default(t)
      .describe('Size of its encrypted root volume in GiB'),
  Qf = O({
    baseImage: E()
      .regex(/^\/aws\/service\/canonical\/ubuntu\/[A-Za-z0-9._/-]{1,200}$/, {
        error: "expected one of Canonical's public image parameters, /aws/service/canonical/ubuntu/...",
      })
      .default(og)
      .describe("SSM public parameter naming the base image (Canonical's current Ubuntu LTS)"),
    database: O({ instanceType: Ge.default('t3a.small'), diskGiB: oo(8, 20) })
      .optional()
      .describe('Postgres + Redis for the ACA-Py wallets; cleaned on every start'),
    issuer: O({
      instanceType: Ge.default('t3a.small'),
      diskGiB: oo(8, 20),
      registerUrl: ft(/^https?$/, 'expected the ledger registration endpoint (http or https)')
        .optional()
        .describe(
          'BCovrin-style endpoint that anchors a DID; without it, cluster-up stops with the DID to anchor',
        ),
      alias: no('DID alias').default('akrida-issuer'),
      schema: O({
        name: no('schema name').default('score'),
        version: E()
          .regex(/^\d{1,5}(\.\d{1,5}){0,3}$/, { error: 'expected a version such as 1.0' })
          .default('1.0'),
        attributes: ut(no('attribute name')).check(ee(1), R(50)).default(['score']),
      }).prefault({}),
      credDefTag: no('credential definition tag').default('default'),
    })
      .optional()
      .describe('The stand-alone ACA-Py issuer: its DID, schema and credential definition are made by API'),
    locust: O({
      instanceType: Ge.default('t3.xlarge'),
      diskGiB: oo(32, 64),
      swapMiB: Y(0, 65536).default(512),
    })
      .optional()
      .describe('The stand-alone Locust machine: the master, and the source of the worker image'),
    mediator: O({
      instanceType: Ge.default('t3a.small'),
      diskGiB: oo(8, 20),
      dnsName: Qn.optional().describe(
        "The name agents reach the mediator by (MEDIATOR_DNS), pointed at the machine by a person; without it, the machine's private address (stable across stops), reachable inside the VPC",
      ),
    })
      .optional()
      .describe("Akrida's ACA-Py mediator; its invitation URL becomes the Locust MEDIATION_URL"),
  });
var ep = 40,
  so = O({
    $schema: Lf(512).optional(),
    name: E()
      .check(
        J(/^[a-z][a-z0-9-]{1,20}[a-z0-9]$/, {
          error: 'expected 3-22 characters: lower-case letters, digits and dashes, starting with a letter',
        }),
        H((e) => !/^(internal|sg)-/.test(e), {
          error:
            'a cluster name may not start with internal- or sg- (AWS refuses such load balancer and security group names)',
        }),
      )
      .describe('Cluster name: used in every tag and resource name'),
    region: E()
      .regex(/^[a-z0-9-]{1,32}$/, { error: 'expected an AWS region code such as us-east-1' })
      .describe('AWS region, e.g. us-east-1'),
    network: O({
      vpcId: E().regex(/^vpc-[0-9a-f]{8,17}$/, { error: 'expected a VPC id vpc-\u2026' }),
      vpcCidrs: ut(Qs)
        .check(ee(1), R(5))
        .describe('VPC ranges allowed to reach the holder DB, redis, mediator and tails'),
      subnetIds: ut(
        E().regex(/^subnet-[0-9a-f]{8,17}$/, { error: 'expected a subnet id subnet-\u2026' }),
      ).check(
        ee(2, { error: 'an Application Load Balancer needs subnets in at least 2 availability zones' }),
        R(16),
      ),
    }),
    tags: lt(Xn, Ff)
      .refine((e) => Object.keys(e).length <= ep, {
        error: `at most ${ep} extra tags (AWS allows 50 a resource; the toolkit adds its own)`,
      })
      .default({ type: 'Perf' })
      .describe('Extra tags on every resource'),
    instanceProfile: E()
      .check(
        J(/^[\w+=,.@-]{1,128}$/, { error: 'expected an IAM instance profile name' }),
        J(/^akrida-ops(-[\w+=,.@-]+)?$/, {
          error:
            "expected one of the toolkit's instance profiles, akrida-ops-instance or akrida-ops-<suffix>; instances run the Akrida code of the pull request with this profile's permissions",
        }),
      )
      .default('akrida-ops-instance')
      .describe('Instance profile of every instance: SSM agent access and read of the cluster parameters'),
    access: O({
      operatorCidrs: ut(Qs)
        .check(ee(1), R(20))
        .describe('Who may reach the ACA-Py admin listener and the Locust UI'),
      allowAnywhere: Wt().default(!1).describe('Explicit, loud opt-in to 0.0.0.0/0 on operator ports'),
    }),
    source: O({
      repository: ft(/^https$/, 'expected an https:// git URL'),
      ref: Df.describe('Branch, tag or commit of Akrida to build'),
      directory: Ws.default('/home/ubuntu/owl-akrida').describe('Akrida checkout on the Locust instances'),
      acapyDirectory: Ws.default('/home/ubuntu').describe('ACA-Py compose project on the ACA-Py instances'),
      locustService: Mf.default('load-agent').describe('The Locust service in the compose files'),
      compose: O({
        master: Yn.default('docker-compose.yml'),
        worker: Yn.default('worker.docker-compose.yml'),
        acapy: Yn.default('docker-compose.yml'),
      }).prefault({}),
      locustFiles: ut(Rf).check(ee(1), R(20)).describe('LOCUST_FILES: scenario(s) to run'),
    }),
    machines: Qf.optional().describe(
      'Stand-alone machines the toolkit creates and prepares (the from-zero form)',
    ),
    images: O({
      locust: Er.describe('The stand-alone Locust instance (or machine) to bake the worker image from'),
      acapy: Er.describe(
        'The stand-alone ACA-Py instance (or the issuer machine) to bake the agent image from',
      ),
      resetDocker: Wt().default(!0).describe('Reset a hanging Docker before baking'),
      keep: Y(1, 20).default(2).describe('How many images per role to keep'),
    }),
    acapy: Hf,
    locust: Yf,
    loadTest: O({
      users: pt(1e6),
      spawnRate: qe().check(Kt(), q(1e4)).describe('Users started per second'),
      runTimeSeconds: pt(86400),
      thresholds: O({
        maxFailRatio: qe().check(Q(0), q(1)).default(0.01),
        maxP95Ms: qe().check(Kt(), q(36e5)).default(5e3),
        minRps: qe().check(Q(0), q(1e6)).default(0),
      }).prefault({}),
    }),
    teardown: O({
      schedule: qf,
      ttlHours: qe().check(Q(1, { error: 'expected at least 1 hour' }), q(720)),
      mode: Ie(['scale-to-zero', 'destroy']).default('scale-to-zero'),
    }),
  });
var io = 256 * 1024,
  St = 100,
  tp = 16,
  rp = 1e3,
  Ir = 50;
function ei(e) {
  let t = 0,
    r = 0,
    n = 0,
    o = '',
    s = !1;
  for (let i = 0; i < e.length; i++) {
    const c = e[i];
    if ((c === '[' || c === '{') && (r++, r > rp))
      return {
        message: `more than ${rp} bracketed lists and mappings ([ and { are counted everywhere, in quotes and comments too)`,
        hint: 'a cluster file needs a few dozen; write lists and mappings in block style',
        offset: i,
      };
    if (s) {
      c ===
        `
` && (s = !1);
      continue;
    }
    if (o) {
      c === o && (o = '');
      continue;
    }
    const a =
      i === 0
        ? `
`
        : e.charAt(i - 1);
    if (
      c === '#' &&
      (a === ' ' ||
        a === '	' ||
        a ===
          `
`)
    )
      s = !0;
    else if ((c === '"' || c === "'") && /[\s,[{:]/.test(a)) o = c;
    else if (c === '[' || c === '{') {
      if ((t++, t > tp))
        return {
          message: `the YAML nests brackets more than ${tp} deep`,
          hint: 'a cluster file needs a few levels of nesting; remove the deep brackets',
          offset: i,
        };
    } else if (c === ']' || c === '}') t = Math.max(0, t - 1);
    else if (c === '*' && /[\s,[{]/.test(a) && /[^\s,\]}]/.test(e.charAt(i + 1)) && (n++, n > St))
      return {
        message: `more than ${St} aliases`,
        hint: 'write the values out; aliases can multiply a small file into a huge one',
        offset: i,
      };
  }
}
function np(e) {
  let t = [],
    r = 0,
    n = e.directives;
  n &&
    (n.yaml.explicit || Object.entries(n.tags).some(([s, i]) => s !== '!!' || i !== 'tag:yaml.org,2002:')) &&
    t.push({
      message: 'YAML directives (%YAML, %TAG) are not allowed',
      hint: 'remove the lines starting with %; cluster files are plain YAML 1.2',
      offset: 0,
    });
  const o = (s) => {
    s.tag &&
      t.push({
        message: `the YAML tag ${sg(s.tag)} is not allowed here`,
        hint: 'remove the tag and write the plain value',
        offset: s.range?.[0] ?? 0,
      });
  };
  if (
    (oe(e, {
      Node(s, i) {
        o(i);
      },
      Scalar(s, i) {
        o(i);
        const c = typeof i.value == 'number' ? i.source : void 0;
        c !== void 0 &&
          /^[-+]?(0[xXoO]|0\d)/.test(c) &&
          t.push({
            message: `the number ${c} is not written in plain decimal`,
            hint: `write it as ${String(i.value)}`,
            offset: i.range?.[0] ?? 0,
          });
      },
      Map(s, i) {
        o(i);
        const c = new Set();
        for (const a of i.items) {
          if (fe(a.key)) {
            t.push({
              message: `the alias *${a.key.source} is used as a key`,
              hint: 'write the key out; an alias key can silently repeat (and replace) a key defined elsewhere',
              offset: a.key.range?.[0] ?? 0,
            });
            continue;
          }
          const u = A(a.key) ? String(a.key.value) : void 0;
          u !== void 0 &&
            (u === '__proto__' &&
              t.push({
                message: 'the key __proto__ is not allowed',
                hint: 'remove it; no cluster setting has that name',
                offset: a.key.range?.[0] ?? 0,
              }),
            c.has(u) &&
              t.push({
                message: `duplicate key ${JSON.stringify(u.slice(0, 80))}`,
                hint: 'give each key once; the second would silently replace the first',
                offset: a.key.range?.[0] ?? 0,
              }),
            c.add(u));
        }
      },
      Alias(s, i) {
        r++;
        const c = i.range?.[0] ?? 0;
        if (r > St)
          return (
            t.push({
              message: `more than ${St} aliases`,
              hint: 'write the values out; aliases can multiply a small file into a huge one',
              offset: c,
            }),
            oe.BREAK
          );
        i.resolve(e) ||
          t.push({
            message: `the alias *${i.source} names no anchor defined before it`,
            hint: `define &${i.source} earlier in the file, or write the value out`,
            offset: c,
          });
      },
    }),
    !t.some((s) => s.message.startsWith('more than')) && r > 0)
  )
    try {
      e.toJS({ maxAliasCount: St });
    } catch (s) {
      let i = 0;
      oe(e, {
        Alias(c, a) {
          return ((i = a.range?.[0] ?? 0), oe.BREAK);
        },
      }),
        t.push({
          message: `the aliases expand too far (${s instanceof Error ? s.message : String(s)})`,
          hint: 'write the values out; aliases can multiply a small file into a huge one',
          offset: i,
        });
    }
  return t;
}
function sg(e) {
  return e.startsWith('tag:yaml.org,2002:') ? `!!${e.slice(18)}` : e.startsWith('!') ? e : `!<${e}>`;
}
function ti(e) {
  return e.length <= Ir
    ? e
    : [
        ...e.slice(0, Ir),
        {
          severity: 'error',
          path: [],
          message: `and ${e.length - Ir} more problems`,
          hint: 'fix the ones above first',
        },
      ];
}
function sp(e) {
  const t = e.path,
    r = (n, o, s = t) => ({ severity: 'error', path: s, message: n, ...(o ? { hint: o } : {}) });
  switch (e.code) {
    case 'unrecognized_keys': {
      const n = ag(t),
        o = e.keys.slice(0, Ir).map((i) => {
          const c = Rt(i, n);
          return r(
            'unknown field',
            c.length > 0 ? `did you mean ${c.join(' or ')}?` : `known fields here: ${n.join(', ')}`,
            [...t, i],
          );
        }),
        s = e.keys.length - o.length;
      return s > 0 ? [...o, r(`and ${s} more unknown fields`, 'remove what the schema does not know')] : o;
    }
    case 'invalid_type': {
      if (e.input === void 0) {
        const o = t[t.length - 1];
        return [r(`required ${e.expected} is missing`, `add ${String(o)}: to ${op(t)}`)];
      }
      if (typeof e.input == 'number' && !Number.isFinite(e.input))
        return [r(`expected a finite number, got ${String(e.input)}`, dt(t) ?? 'write a plain number')];
      if (e.expected === 'int' && typeof e.input == 'number')
        return [r(`expected a whole number, got ${e.input}`, dt(t) ?? 'drop the fraction')];
      const n =
        t.length === 0
          ? 'a mapping of cluster settings'
          : e.expected === 'int'
            ? 'a whole number'
            : e.expected;
      return [r(`expected ${n}, got ${cg(e.input)}`, dt(t))];
    }
    case 'invalid_value':
      return [r(`expected one of ${e.values.map((n) => JSON.stringify(n)).join(', ')}`, dt(t))];
    case 'too_small':
    case 'too_big': {
      const n = String(e.code === 'too_small' ? e.minimum : e.maximum),
        o = e.origin === 'array' ? 'entries' : e.origin === 'string' ? 'characters' : '',
        s = e.inclusive !== !1,
        i = e.code === 'too_small' ? (s ? 'at least' : 'more than') : s ? 'at most' : 'less than',
        c = e.message.startsWith('Too ') ? void 0 : e.message;
      return [r(c ?? `expected ${i} ${n}${o ? ` ${o}` : ''}`, dt(t))];
    }
    case 'invalid_key':
      return [r(e.issues.map((n) => n.message).join('; ') || 'not a valid key here', dt(t))];
    case 'invalid_union':
      if (e.input === void 0) {
        const n = t[t.length - 1];
        return [r('required setting is missing', `add ${String(n)}: to ${op(t)}`)];
      }
      return e.message === 'a secret written as a literal value'
        ? [
            r(
              e.message,
              'store it in Parameter Store and write { parameter: /akrida/<cluster>/<name> }, or { githubSecret: NAME }',
            ),
          ]
        : [r(e.message, dt(t))];
    default:
      return [r(e.message, dt(t))];
  }
}
var ig = {
  name: 'e.g. perf-example; it prefixes every resource name, and load balancer names are limited to 32 characters',
  region: 'an AWS region code such as us-east-1',
  'source.repository': 'e.g. https://github.com/openwallet-foundation/owl-akrida.git',
  'teardown.schedule': 'minute hour day-of-month month day-of-week, in UTC',
};
function dt(e) {
  return ig[e.filter((t) => typeof t == 'string').join('.')];
}
function op(e) {
  const t = e.slice(0, -1);
  return t.length === 0 ? 'the top level' : t.join('.');
}
function cg(e) {
  return e === null ? 'null' : Array.isArray(e) ? 'a list' : typeof e == 'object' ? 'a mapping' : typeof e;
}
function ag(e) {
  let t = so;
  for (const n of e) t = t && ug(t, n);
  const r = t && ri(t);
  return r ? Object.keys(r._zod.def.shape) : [];
}
function co(e) {
  const t = e._zod.def;
  return t.innerType ? co(t.innerType) : t.in ? co(t.in) : e;
}
function ri(e) {
  const t = co(e);
  if (t._zod.def.type === 'object') return t;
  if (t._zod.def.type === 'union')
    for (const r of t._zod.def.options) {
      const n = ri(r);
      if (n) return n;
    }
}
function ug(e, t) {
  const r = co(e),
    n = r._zod.def;
  return n.type === 'array'
    ? n.element
    : n.type === 'record'
      ? n.valueType
      : ri(r)?._zod.def.shape[String(t)];
}
function ao(e) {
  if (e.length === 0) return '(file)';
  const t = (r) => (/^[\x21-\x7e]+$/.test(r) && !/["[\]]/.test(r) ? r : JSON.stringify(r));
  return e.map((r, n) => (typeof r == 'number' ? `[${r}]` : n === 0 ? t(r) : `.${t(r)}`)).join('');
}
function lg(e) {
  const t = `${e.file}:${e.line}:${e.column}: ${e.severity} ${ao(e.path)}: ${e.message}`;
  return e.hint
    ? `${t}
  hint: ${e.hint}`
    : t;
}
var he = class extends Error {
  problems;
  constructor(t) {
    const r = t.filter((o) => o.severity === 'error'),
      n = t[0]?.file ?? 'cluster file';
    super(
      `${n}: ${r.length} problem${r.length === 1 ? '' : 's'}; nothing was changed in AWS.
` +
        t.map(lg).join(`
`),
    ),
      (this.name = 'ConfigError'),
      (this.problems = t);
  }
};
var fg = {
  cluster: 'akrida:cluster',
  role: 'akrida:role',
  managedBy: 'managed-by',
  expiresAt: 'akrida:expires-at',
};
var pg = 'akrida:prepare';
var ip = ['Name', pg, ...Object.values(fg)];
function uo(e, t) {
  return 'parameter' in t
    ? t.parameter
    : 'githubSecret' in t
      ? `/akrida-ops/${e.name}/${t.githubSecret}`
      : `/akrida-ops/${e.name}/generated/${t.generated}`;
}
var cp = (e) => `/akrida-ops/${e.name}/mediator/invitation-url`;
var ni = {
    transportDns: '<acapy-transport load balancer DNS name>',
    adminDns: '<acapy-admin load balancer DNS name>',
    masterPrivateIp: '<Locust master private IP>',
    databaseIp: '<database machine private IP>',
    ledgerIds: {
      schemaId: '<schema id made by the issuer machine>',
      credDefId: '<credential definition id made by the issuer machine>',
    },
  },
  Z = (e, t) => ({ key: e, value: String(t) }),
  He = class extends Error {
    name = 'EnvFileError';
  };
function fp(e, t) {
  const r = new Set(e.map((o) => o.key)),
    n = [...e];
  for (const [o, s] of Object.entries(t)) {
    if (r.has(o)) throw new He(`.env key ${o} is written by the toolkit; it cannot be set again`);
    r.add(o), n.push(Z(o, s));
  }
  for (const o of n) {
    if (!/^[A-Z_][A-Z0-9_]*$/.test(o.key))
      throw new He(`.env key ${JSON.stringify(o.key)} is not a plain upper-case name`);
    if ('value' in o && /[\u0000-\u001f\u007f]/.test(o.value))
      throw new He(`.env value of ${o.key} contains a line break or control character`);
    const s = 'value' in o ? Ys(o.value) : void 0;
    if (s) throw new He(`.env value of ${o.key}: docker compose would read it differently (${s})`);
  }
  return n;
}
function pp(e, t) {
  const r = {
      ...e,
      acapy: { ...e.acapy, databaseHost: e.acapy.databaseHost ?? 'db.invalid' },
      locust: {
        ...e.locust,
        schema: e.locust.schema ?? 'schema',
        credDef: e.locust.credDef ?? 'cred-def',
        mediation: { ...e.locust.mediation, url: e.locust.mediation.url ?? 'https://mediator.invalid' },
      },
    },
    n = { ...r, [t]: { ...r[t], environment: {} } },
    o = t === 'acapy' ? dg(n, ni) : [...lp(n, ni, 'master'), ...lp(n, ni, 'worker')];
  return new Set(o.map((s) => s.key));
}
function dg(e, t) {
  const r = (n) => uo(e, n);
  return fp(
    [
      Z('ISSUER', t.transportDns),
      Z('DATABASE', mg(e, t)),
      { key: 'ACAPY_ADMIN_API_KEY', secret: r(e.acapy.secrets.adminApiKey) },
      Z('EXPOSED_PORT', e.acapy.listeners.transport),
      Z('ACAPY_GENESIS_URL', e.acapy.genesisUrl),
      { key: 'ACCOUNT', secret: r(e.acapy.secrets.walletAccount) },
      { key: 'PASSWORD', secret: r(e.acapy.secrets.walletPassword) },
      { key: 'ADMIN_ACCOUNT', secret: r(e.acapy.secrets.walletAdminAccount) },
      { key: 'ADMIN_PASSWORD', secret: r(e.acapy.secrets.walletAdminPassword) },
    ],
    e.acapy.environment,
  );
}
function mg(e, t) {
  const r = e.acapy.databaseHost ?? (e.machines?.database ? t.databaseIp : void 0);
  if (r === void 0)
    throw new He('DATABASE: give acapy.databaseHost, or machines.database for the toolkit to make one');
  return r;
}
function ap(e, t, r) {
  const n = r === 'SCHEMA' ? e.locust.schema : e.locust.credDef;
  if (n !== void 0) return Z(r, n);
  const o = e.machines?.issuer ? t.ledgerIds : void 0;
  if (!o) throw new He(`${r}: give locust.${r === 'SCHEMA' ? 'schema' : 'credDef'}, or machines.issuer`);
  return Z(r, r === 'SCHEMA' ? o.schemaId : o.credDefId);
}
function hg(e) {
  const t = e.locust.mediation;
  if (t.url !== void 0) return Z('MEDIATION_URL', t.url);
  if (!t.enabled) return Z('MEDIATION_URL', '');
  if (e.machines?.mediator) return { key: 'MEDIATION_URL', secret: cp(e) };
  throw new He('MEDIATION_URL: give locust.mediation.url, or machines.mediator');
}
function up(e, t) {
  return [
    ...Object.entries(t).map(([r, n]) => ({ name: r, secret: uo(e, n) })),
    { name: 'X-API-Key', secret: uo(e, e.acapy.secrets.adminApiKey) },
  ];
}
function lp(e, t, r) {
  const n = e.locust,
    o = `http://${t.adminDns}:${e.acapy.listeners.admin}`;
  return fp(
    [
      hg(e),
      Z('WITH_MEDIATION', n.mediation.enabled ? 'True' : 'False'),
      Z('PICKUP_STRATEGY', n.mediation.pickupStrategy),
      Z('MASTER_HOST', t.masterPrivateIp),
      Z('MASTER_PORT', n.master.bindPort),
      Z('LOCUST_MIN_WAIT', n.waitSeconds.min),
      Z('LOCUST_MAX_WAIT', n.waitSeconds.max),
      Z('ISSUER_URL', o),
      Z('ISSUER_TYPE', n.issuer.type),
      { key: 'ISSUER_HEADERS', headers: up(e, n.issuer.headers) },
      Z('VERIFIER_URL', o),
      Z('VERIFIER_TYPE', n.verifier.type),
      { key: 'VERIFIER_HEADERS', headers: up(e, n.verifier.headers) },
      ap(e, t, 'CRED_DEF'),
      Z('CRED_ATTR', n.credAttr),
      ap(e, t, 'SCHEMA'),
      Z('LEDGER', n.ledger),
      Z('VERIFIED_TIMEOUT_SECONDS', n.verifiedTimeoutSeconds),
      Z('LOCUST_FILES', e.source.locustFiles.join(',')),
      Z('START_PORT', n.userPorts.start),
      Z('END_PORT', n.userPorts.end),
      Z('MESSAGE_TO_SEND', n.messageToSend),
      Z('IS_ANONCREDS', n.isAnoncreds ? 'True' : 'False'),
      Z('AGENT_LOGGING_LEVEL', n.agentLoggingLevel),
      Z('CONNECTIONS_PER_AGENT', n.connectionsPerAgent),
      r === 'worker' ? { key: 'AGENT_IP', imds: 'local-ipv4' } : Z('AGENT_IP', t.masterPrivateIp),
    ],
    n.environment,
  );
}
function lo(e) {
  const [t = '', r = '32'] = e.split('/'),
    n = t.split('.').reduce((i, c) => i * 256 + Number(c), 0),
    o = Number(r),
    s = 2 ** (32 - o);
  return { start: Math.floor(n / s) * s, size: s, prefix: o, base: n };
}
var gg = (e) => [24, 16, 8, 0].map((t) => Math.floor(e / 2 ** t) % 256).join('.');
function dp(e) {
  const t = lo(e);
  return t.base === t.start ? void 0 : `${gg(t.start)}/${t.prefix}`;
}
function mp(e) {
  let t = e.map(lo).sort((o, s) => o.start - s.start),
    r = 0,
    n = -1;
  for (const o of t) {
    const s = o.start + o.size;
    o.start >= n ? (r += o.size) : s > n && (r += s - n), (n = Math.max(n, s));
  }
  return r;
}
var hp = 2 ** 24,
  yg = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'].map(lo);
function oi(e) {
  const t = lo(e);
  return yg.some((r) => t.start >= r.start && t.start + t.size <= r.start + r.size);
}
var bg =
    /(PASSWORD|PASSWD|PASSPHRASE|(^|_)PASS($|_)|(^|_)PWD($|_)|(^|_)PW($|_)|SECRET|TOKEN|KEYS?($|_)|APIKEY|PRIVATE|CREDENTIAL|(^|_)CREDS($|_)|HEADERS|SEED|MNEMONIC|(^|_)JWT($|_)|(^|_)AUTH($|_)|AUTHORI[SZ]ATION|(^|_)DSN($|_)|BEARER|COOKIE|SESSION)/,
  wg =
    /(^Bearer\s|^Basic\s|^eyJ[A-Za-z0-9_-]{10,}\.|A(KIA|SIA)[0-9A-Z]{16}|-----BEGIN|gh[pousr]_[A-Za-z0-9]{20,}|xox[abpr]-)/i,
  _g = /[a-z][a-z0-9+.-]*:\/\/[^\s/@:]*:[^\s/@]+@/i,
  xg =
    /(pass(word|wd|phrase)?|pwd|secret|token|api[_-]?key|private[_-]?key|seed)["']?\s*[:=]\s*["']?[^\s"',;}]/i;
function gp(e) {
  return bg.test(e.toUpperCase());
}
function vg(e) {
  const t = new Map();
  for (const n of e) t.set(n, (t.get(n) ?? 0) + 1);
  let r = 0;
  for (const n of t.values()) {
    const o = n / e.length;
    r -= o * Math.log2(o);
  }
  return r;
}
function yp(e) {
  if (wg.test(e)) return 'it has the shape of a token, key or private key';
  if (_g.test(e)) return 'it is a URL with a user and password in it';
  if (xg.test(e)) return 'it sets a password, token or key inside the value';
  for (const t of e.split(/[\s,;"']+/)) {
    if (/^(0x)?[0-9a-fA-F]{32,}$/.test(t)) return 'it looks like a hex key or seed';
    if (
      t.length >= 24 &&
      /^[A-Za-z0-9+/=_.~-]+$/.test(t) &&
      /[A-Za-z]/.test(t) &&
      /[0-9]/.test(t) &&
      vg(t) >= 3.8
    )
      return 'it looks like a long random token';
    if (/^[A-Za-z0-9]{32}$/.test(t) && /[A-Za-z]/.test(t) && /[0-9]/.test(t))
      return 'it looks like a 32-character wallet or DID seed';
  }
}
function bp(e) {
  const t = e.machines;
  return t
    ? Xf.flatMap((r) => {
        const n = t[r];
        return n ? [{ role: r, instanceType: n.instanceType, diskGiB: n.diskGiB }] : [];
      })
    : [];
}
function wp(e, t) {
  const r = [
    [['acapy', 'instanceType'], e.acapy.instanceType],
    [['locust', 'workers', 'instanceType'], e.locust.workers.instanceType],
    ...bp(e).map((n) => [['machines', n.role, 'instanceType'], n.instanceType]),
  ];
  for (const [n, o] of r) {
    if (Zt(o)) continue;
    const s = Rt(o, Object.keys(bn));
    t(
      n,
      `unknown instance type "${o}"`,
      s.length ? `did you mean ${s.join(' or ')}?` : 'use a type listed in data/aws-prices.json',
    );
  }
}
function _p(e, t) {
  const r = e.machines;
  e.acapy.databaseHost === void 0 &&
    !r?.database &&
    t(
      ['acapy', 'databaseHost'],
      'no wallet database: acapy.databaseHost is not given and machines.database is not listed',
      'give the database address inside the VPC, or add machines: { database: {} } for the toolkit to make one',
    ),
    e.acapy.databaseHost !== void 0 &&
      r?.database &&
      t(
        ['acapy', 'databaseHost'],
        'acapy.databaseHost is given and machines.database makes a database too',
        'remove one: the toolkit points ACA-Py at the database machine it makes',
      );
  for (const o of ['schema', 'credDef'])
    e.locust[o] === void 0 &&
      !r?.issuer &&
      t(
        ['locust', o],
        `locust.${o} is not given and machines.issuer is not listed, so nothing makes it`,
        `give the anchored id, or add machines: { issuer: {} } for the toolkit to make the ${o === 'schema' ? 'schema' : 'credential definition'}`,
      );
  e.locust.mediation.enabled &&
    e.locust.mediation.url === void 0 &&
    !r?.mediator &&
    t(
      ['locust', 'mediation', 'url'],
      'mediation is enabled but no url is given and machines.mediator is not listed',
      "give the mediator's invitation URL, or add machines: { mediator: {} } for the toolkit to make one",
    );
  const n = [
    [['images', 'locust'], e.images.locust],
    [['images', 'acapy'], e.images.acapy],
    [['locust', 'master', 'instance'], e.locust.master.instance],
  ];
  for (const [o, s] of n)
    'machine' in s &&
      !r?.[s.machine] &&
      t(
        [...o, 'machine'],
        `selects the ${s.machine} machine, but machines.${s.machine} is not listed`,
        `add machines: { ${s.machine}: {} }, or select an existing instance with { tags: { Name: \u2026 } }`,
      );
  if (r?.database) {
    const o = e.acapy.secrets,
      s = (i, c) => JSON.stringify(i) === JSON.stringify(c);
    s(o.walletAccount, o.walletAdminAccount) ||
      t(
        ['acapy', 'secrets', 'walletAccount'],
        'with machines.database, the wallet account must be the same secret as walletAdminAccount',
        'the database machine creates one Postgres user (POSTGRES_USER) from walletAdminAccount; point both at it',
      ),
      s(o.walletPassword, o.walletAdminPassword) ||
        t(
          ['acapy', 'secrets', 'walletPassword'],
          'with machines.database, the wallet password must be the same secret as walletAdminPassword',
          'the database machine sets POSTGRES_PASSWORD from walletAdminPassword; point both at it',
        );
  }
}
var si = 1024;
function fo(e, t = e.loadTest.users) {
  const r = e.locust,
    n = Zt(r.workers.instanceType)?.memoryMiB ?? 0,
    o = Math.max(0, r.userPorts.end - r.userPorts.start + 1),
    s = Math.max(0, Math.floor((n - si) / r.memoryPerAgentMiB)),
    i = Math.min(o, s),
    c = r.workers.count ?? (i > 0 ? Math.ceil((r.workers.targetUsers ?? 0) / i) : 0),
    a = c > 0 ? Math.ceil(t / c) : t;
  return { workers: c, usersPerWorker: a, portsPerWorker: o, memoryUsersPerWorker: s, maxUsersPerWorker: i };
}
var Sg = {
  'master.docker-compose.yml':
    'upstream Akrida removed master.docker-compose.yml; the master uses docker-compose.yml',
};
function kg(e, t) {
  const r = [],
    n = 'min <= desired <= max';
  return (
    e.min > e.desired &&
      r.push({
        severity: 'error',
        path: [...t, 'min'],
        message: `min (${e.min}) is above desired (${e.desired})`,
        hint: n,
      }),
    e.desired > e.max &&
      r.push({
        severity: 'error',
        path: [...t, 'desired'],
        message: `desired (${e.desired}) is above max (${e.max})`,
        hint: n,
      }),
    r
  );
}
function xp(e) {
  const t = [],
    r = (l, p, d) => t.push({ severity: 'error', path: l, message: p, ...(d ? { hint: d } : {}) }),
    n = (l, p, d) => t.push({ severity: 'warning', path: l, message: p, ...(d ? { hint: d } : {}) });
  if (!Ko.includes(e.region)) {
    const l = Rt(e.region, Ko);
    r(
      ['region'],
      `unknown region "${e.region}"`,
      l.length ? `did you mean ${l.join(' or ')}?` : 'e.g. us-east-1',
    );
  }
  wp(e, r), $g(e, r, n), _p(e, r), t.push(...kg(e.acapy.capacity, ['acapy', 'capacity']));
  const o = (l, p) => {
      const d = new Map();
      for (const [h, m] of p) {
        const g = d.get(m);
        g
          ? r(h, `port ${m} is already used by ${g.join('.')} on the ${l}`, 'give each a distinct port')
          : d.set(m, h);
      }
    },
    s = e.acapy;
  o('ACA-Py instances', [
    [['acapy', 'ports', 'admin'], s.ports.admin],
    [['acapy', 'ports', 'transport'], s.ports.transport],
    [['acapy', 'services', 'tails'], s.services.tails],
    [['acapy', 'services', 'redis'], s.services.redis],
  ]),
    o('ACA-Py load balancers', [
      [['acapy', 'listeners', 'admin'], s.listeners.admin],
      [['acapy', 'listeners', 'transport'], s.listeners.transport],
    ]);
  const i = e.locust.master;
  o('Locust master', [
    [['locust', 'master', 'webPort'], i.webPort],
    [['locust', 'master', 'bindPort'], i.bindPort],
  ]);
  const c = e.locust.userPorts;
  if (c.start > c.end)
    r(['locust', 'userPorts', 'end'], `end (${c.end}) is below start (${c.start})`, 'start <= end');
  else
    for (const [l, p] of [
      [['locust', 'master', 'webPort'], i.webPort],
      [['locust', 'master', 'bindPort'], i.bindPort],
    ])
      p >= c.start &&
        p <= c.end &&
        r(
          ['locust', 'userPorts'],
          `user ports ${c.start}-${c.end} include ${l.join('.')} (${p})`,
          'move the range clear of 8089/8090',
        );
  const a = e.locust.workers;
  a.count !== void 0 &&
    a.count > a.max &&
    r(
      ['locust', 'workers', 'count'],
      `count (${a.count}) is above max (${a.max})`,
      'raise locust.workers.max or lower count',
    );
  const u = Zt(a.instanceType);
  if (u && c.start <= c.end) {
    const l = fo(e);
    a.targetUsers !== void 0 &&
      l.workers > a.max &&
      r(
        ['locust', 'workers', 'targetUsers'],
        `${a.targetUsers} users need ${l.workers} workers of ${a.instanceType} (${l.maxUsersPerWorker} users each), above max (${a.max})`,
        'raise locust.workers.max, use a larger instance type or widen locust.userPorts',
      ),
      l.workers === 0
        ? n(['locust', 'workers'], 'no workers: the cluster can run no load test until workers are added')
        : (l.usersPerWorker > l.portsPerWorker &&
            r(
              ['locust', 'userPorts'],
              `${l.usersPerWorker} users per worker need ${l.usersPerWorker} ports, but ${c.start}-${c.end} has ${l.portsPerWorker}`,
              `set locust.userPorts.end to at least ${c.start + l.usersPerWorker - 1}, or add workers`,
            ),
          l.usersPerWorker > l.memoryUsersPerWorker &&
            r(
              ['loadTest', 'users'],
              `${l.usersPerWorker} users per worker need ${l.usersPerWorker * e.locust.memoryPerAgentMiB} MiB, but a ${a.instanceType} holds ${l.memoryUsersPerWorker} agents (${u.memoryMiB} MiB less ${si} MiB reserved)`,
              'add workers, use a larger instance type, or lower loadTest.users',
            ));
  }
  e.loadTest.spawnRate > e.loadTest.users &&
    r(
      ['loadTest', 'spawnRate'],
      `spawn rate (${e.loadTest.spawnRate}/s) is above the user count (${e.loadTest.users})`,
      'lower loadTest.spawnRate',
    ),
    e.locust.waitSeconds.min > e.locust.waitSeconds.max &&
      r(
        ['locust', 'waitSeconds', 'min'],
        `min (${e.locust.waitSeconds.min}) is above max (${e.locust.waitSeconds.max})`,
        'min <= max',
      ),
    zg(e, r),
    Ag(e, r);
  const f = e.acapy.healthCheck;
  f.timeoutSeconds >= f.intervalSeconds &&
    r(
      ['acapy', 'healthCheck', 'timeoutSeconds'],
      `the health-check timeout (${f.timeoutSeconds} s) must be shorter than its interval (${f.intervalSeconds} s)`,
      'AWS refuses a timeout at or above the interval',
    );
  for (const l of Object.keys(e.tags))
    (ip.includes(l) || l.startsWith('akrida:')) &&
      r(['tags', l], `the toolkit writes the tag ${l} itself`, 'choose another tag key');
  for (const [l, p] of Object.entries(e.source.compose)) {
    const d = Sg[p];
    d && n(['source', 'compose', l], d, 'check the file exists at source.ref');
  }
  return t;
}
function $g(e, t, r) {
  for (const [s, i] of [
    ['operatorCidrs', e.access.operatorCidrs],
    ['vpcCidrs', e.network.vpcCidrs],
  ])
    i.forEach((c, a) => {
      const u = dp(c);
      u &&
        t(
          s === 'vpcCidrs' ? ['network', s, a] : ['access', s, a],
          `${c} has host bits set`,
          `write it as ${u}`,
        );
    });
  const n = mp(e.access.operatorCidrs);
  if (n > hp) {
    const s = `${((n / 4294967296) * 100).toPrecision(3)} % of the IPv4 internet`;
    e.access.allowAnywhere
      ? r(['access', 'operatorCidrs'], `these ranges open the ACA-Py admin listener and Locust UI to ${s}`)
      : t(
          ['access', 'operatorCidrs'],
          `these ranges together open the ACA-Py admin listener and Locust UI to ${n} addresses (${s}); at most a /8 is allowed`,
          'list your own ranges, or set access.allowAnywhere: true if you really mean it',
        );
  }
  const o = e.acapy.databaseHost;
  o !== void 0 &&
    qs.test(o) &&
    !oi(`${o}/32`) &&
    t(
      ['acapy', 'databaseHost'],
      `${o} is not a private address; ACA-Py would send the wallet account and password to it`,
      'use the database address inside the VPC (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10)',
    ),
    e.network.vpcCidrs.forEach((s, i) => {
      oi(s) ||
        t(
          ['network', 'vpcCidrs', i],
          `${s} is not a private range; it would open the database, redis, mediator and tails ports to it`,
          'use the VPC ranges: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10',
        );
    });
}
function zg(e, t) {
  const r = [
    [['locust', 'messageToSend'], e.locust.messageToSend],
    [['locust', 'credAttr'], e.locust.credAttr],
    [['acapy', 'genesisUrl'], e.acapy.genesisUrl],
    [['source', 'repository'], e.source.repository],
    ...(e.locust.schema ? [[['locust', 'schema'], e.locust.schema]] : []),
    ...(e.locust.credDef ? [[['locust', 'credDef'], e.locust.credDef]] : []),
    ...Object.entries(e.tags).map(([n, o]) => [['tags', n], o]),
    ...Object.keys(e.tags).map((n) => [['tags', n], n]),
  ];
  e.locust.mediation.url && r.push([['locust', 'mediation', 'url'], e.locust.mediation.url]);
  for (const [n, o] of [
    ['acapy', e.acapy.environment],
    ['locust', e.locust.environment],
  ]) {
    const s = `move it to Parameter Store and reference it from ${n === 'acapy' ? 'acapy.secrets' : 'locust.issuer.headers'}`;
    for (const [i, c] of Object.entries(o))
      gp(i)
        ? t([n, 'environment', i], 'a secret written as a literal value', s)
        : r.push([[n, 'environment', i], c]);
  }
  for (const [n, o] of r) {
    const s = yp(o);
    s &&
      t(
        n,
        `a secret written as a literal value (${s})`,
        'store it in Parameter Store and reference it; values here end up in user data and pull requests',
      );
  }
}
function Ag(e, t) {
  for (const r of ['acapy', 'locust']) {
    const n = pp(e, r);
    for (const o of Object.keys(e[r].environment))
      n.has(o) &&
        t(
          [r, 'environment', o],
          `${o} is written by the toolkit itself`,
          'set it through its own field of the cluster file',
        );
  }
}
var vp = (e, t, r, n = 1, o = 1) =>
  new he([{ file: e, line: n, column: o, severity: 'error', path: [], message: t, hint: r }]);
function po(e) {
  return Tg(kp(e), e);
}
function Sp(e) {
  try {
    const t = kp(e);
    if (ei(t)) return;
    const r = yn(t, { prettyErrors: !1, uniqueKeys: !1 });
    if (r.errors.length > 0) return;
    const n = r.get('name');
    return typeof n == 'string' ? n : void 0;
  } catch {
    return;
  }
}
function kp(e) {
  let t;
  try {
    const r = Eg(e, 'r');
    try {
      const n = Og(r).size;
      if (n > io) throw $p(e, n);
      const o = Buffer.alloc(n);
      Ig(r, o, 0, n, 0), (t = o.toString('utf8'));
    } finally {
      Pg(r);
    }
  } catch (r) {
    if (r instanceof he) throw r;
    const n = r.code === 'ENOENT' ? 'file not found' : String(r);
    throw new he([
      {
        file: e,
        line: 1,
        column: 1,
        severity: 'error',
        path: [],
        message: n,
        hint: 'pass an existing clusters/<name>.yml',
      },
    ]);
  }
  return t;
}
function $p(e, t) {
  return vp(
    e,
    `the file is ${t} bytes; a cluster file may be at most ${io} bytes`,
    'a cluster file describes one cluster in a few hundred lines; remove what does not belong',
  );
}
function Tg(e, t) {
  const r = Buffer.byteLength(e, 'utf8');
  if (r > io) throw $p(t, r);
  const n = ei(e);
  if (n) {
    const l = e.slice(0, n.offset),
      p = l.split(`
`).length,
      d =
        n.offset -
        l.lastIndexOf(`
`);
    throw vp(t, n.message, n.hint, p, d);
  }
  const o = new bt(),
    s = yn(e, { lineCounter: o, prettyErrors: !1, uniqueKeys: !1 }),
    i = (l, p) => {
      const d = o.linePos(p ?? Ng(s.contents, l.path));
      return { ...l, file: t, line: d.line, column: d.col };
    },
    c = [
      ...s.errors.map((l) =>
        /call stack/i.test(l.message)
          ? {
              message: 'the YAML nests too deeply to read',
              hint: 'a cluster file needs a few levels of nesting; remove the deep brackets',
              offset: l.pos[0],
            }
          : {
              message: `not valid YAML: ${
                l.message.split(`
`)[0]
              }`,
              hint: 'fix the YAML syntax',
              offset: l.pos[0],
            },
      ),
      ...np(s),
    ];
  if (c.length > 0)
    throw new he(
      ti(
        c.map((l) => ({ severity: 'error', path: [], message: l.message, hint: l.hint, offset: l.offset })),
      ).map((l) => i(l, 'offset' in l ? l.offset : void 0)),
    );
  const a = s.toJS({ maxAliasCount: St }),
    u = so.safeParse(a ?? {}, { reportInput: !0 });
  if (!u.success) throw new he(ti(u.error.issues.flatMap((l) => sp(l))).map((l) => i(l)));
  const f = xp(u.data).map((l) => i(l));
  if (f.some((l) => l.severity === 'error')) throw new he(f);
  return { file: t, cluster: u.data, warnings: f };
}
function Ng(e, t) {
  let r = e,
    n = r?.range?.[0] ?? 0;
  for (const o of t) {
    if (!r || typeof r != 'object') break;
    if (pe(r)) {
      const s = r.items.find((c) => I(c) && A(c.key) && String(c.key.value) === String(o));
      if (!s) break;
      (n = s.key.range?.[0] ?? n), (r = s.value);
    } else if ('items' in r && Array.isArray(r.items)) {
      const s = r.items[Number(o)];
      if (!s) break;
      (n = s.range?.[0] ?? n), (r = s);
    } else break;
  }
  return n;
}
import { AsyncLocalStorage as ay } from 'node:async_hooks';
import * as Ap from 'os';
function mt(e) {
  return e == null ? '' : typeof e == 'string' || e instanceof String ? e : JSON.stringify(e);
}
function ii(e) {
  return Object.keys(e).length
    ? {
        title: e.title,
        file: e.file,
        line: e.startLine,
        endLine: e.endLine,
        col: e.startColumn,
        endColumn: e.endColumn,
      }
    : {};
}
function kt(e, t, r) {
  const n = new ci(e, t, r);
  process.stdout.write(n.toString() + Ap.EOL);
}
function ai(e, t = '') {
  kt(e, {}, t);
}
var zp = '::',
  ci = class {
    constructor(t, r, n) {
      t || (t = 'missing.command'), (this.command = t), (this.properties = r), (this.message = n);
    }
    toString() {
      let t = zp + this.command;
      if (this.properties && Object.keys(this.properties).length > 0) {
        t += ' ';
        let r = !0;
        for (const n in this.properties)
          if (Object.hasOwn(this.properties, n)) {
            const o = this.properties[n];
            o && (r ? (r = !1) : (t += ','), (t += `${n}=${Lg(o)}`));
          }
      }
      return ((t += `${zp}${Cg(this.message)}`), t);
    }
  };
function Cg(e) {
  return mt(e).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function Lg(e) {
  return mt(e)
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(/:/g, '%3A')
    .replace(/,/g, '%2C');
}
import * as Pp from 'crypto';
import * as ho from 'fs';
import * as mo from 'os';
function Op(e, t) {
  const r = process.env[`GITHUB_${e}`];
  if (!r) throw new Error(`Unable to find environment variable for file command ${e}`);
  if (!ho.existsSync(r)) throw new Error(`Missing file at path: ${r}`);
  ho.appendFileSync(r, `${mt(t)}${mo.EOL}`, { encoding: 'utf8' });
}
function Ep(e, t) {
  const r = `ghadelimiter_${Pp.randomUUID()}`,
    n = mt(t);
  if (e.includes(r)) throw new Error(`Unexpected input: name should not contain the delimiter "${r}"`);
  if (n.includes(r)) throw new Error(`Unexpected input: value should not contain the delimiter "${r}"`);
  return `${e}<<${r}${mo.EOL}${n}${mo.EOL}${r}`;
}
import { constants as Ip, promises as Rg } from 'fs';
import * as di from 'os';
import { EOL as Zg } from 'os';
var ui = (e, t, r, n) => {
    function o(s) {
      return s instanceof r
        ? s
        : new r((i) => {
            i(s);
          });
    }
    return new (r || (r = Promise))((s, i) => {
      function c(f) {
        try {
          u(n.next(f));
        } catch (l) {
          i(l);
        }
      }
      function a(f) {
        try {
          u(n.throw(f));
        } catch (l) {
          i(l);
        }
      }
      function u(f) {
        f.done ? s(f.value) : o(f.value).then(c, a);
      }
      u((n = n.apply(e, t || [])).next());
    });
  },
  { access: Dg, appendFile: Mg, writeFile: jg } = Rg,
  Tp = 'GITHUB_STEP_SUMMARY';
var li = class {
    constructor() {
      this._buffer = '';
    }
    filePath() {
      return ui(this, void 0, void 0, function* () {
        if (this._filePath) return this._filePath;
        const t = process.env[Tp];
        if (!t)
          throw new Error(
            `Unable to find environment variable for $${Tp}. Check if your runtime environment supports job summaries.`,
          );
        try {
          yield Dg(t, Ip.R_OK | Ip.W_OK);
        } catch {
          throw new Error(
            `Unable to access summary file: '${t}'. Check if the file has correct read/write permissions.`,
          );
        }
        return ((this._filePath = t), this._filePath);
      });
    }
    wrap(t, r, n = {}) {
      const o = Object.entries(n)
        .map(([s, i]) => ` ${s}="${i}"`)
        .join('');
      return r ? `<${t}${o}>${r}</${t}>` : `<${t}${o}>`;
    }
    write(t) {
      return ui(this, void 0, void 0, function* () {
        const r = !!t?.overwrite,
          n = yield this.filePath();
        return (yield (r ? jg : Mg)(n, this._buffer, { encoding: 'utf8' }), this.emptyBuffer());
      });
    }
    clear() {
      return ui(this, void 0, void 0, function* () {
        return this.emptyBuffer().write({ overwrite: !0 });
      });
    }
    stringify() {
      return this._buffer;
    }
    isEmptyBuffer() {
      return this._buffer.length === 0;
    }
    emptyBuffer() {
      return ((this._buffer = ''), this);
    }
    addRaw(t, r = !1) {
      return ((this._buffer += t), r ? this.addEOL() : this);
    }
    addEOL() {
      return this.addRaw(Zg);
    }
    addCodeBlock(t, r) {
      const n = Object.assign({}, r && { lang: r }),
        o = this.wrap('pre', this.wrap('code', t), n);
      return this.addRaw(o).addEOL();
    }
    addList(t, r = !1) {
      const n = r ? 'ol' : 'ul',
        o = t.map((i) => this.wrap('li', i)).join(''),
        s = this.wrap(n, o);
      return this.addRaw(s).addEOL();
    }
    addTable(t) {
      const r = t
          .map((o) => {
            const s = o
              .map((i) => {
                if (typeof i == 'string') return this.wrap('td', i);
                const { header: c, data: a, colspan: u, rowspan: f } = i,
                  l = c ? 'th' : 'td',
                  p = Object.assign(Object.assign({}, u && { colspan: u }), f && { rowspan: f });
                return this.wrap(l, a, p);
              })
              .join('');
            return this.wrap('tr', s);
          })
          .join(''),
        n = this.wrap('table', r);
      return this.addRaw(n).addEOL();
    }
    addDetails(t, r) {
      const n = this.wrap('details', this.wrap('summary', t) + r);
      return this.addRaw(n).addEOL();
    }
    addImage(t, r, n) {
      const { width: o, height: s } = n || {},
        i = Object.assign(Object.assign({}, o && { width: o }), s && { height: s }),
        c = this.wrap('img', null, Object.assign({ src: t, alt: r }, i));
      return this.addRaw(c).addEOL();
    }
    addHeading(t, r) {
      const n = `h${r}`,
        o = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(n) ? n : 'h1',
        s = this.wrap(o, t);
      return this.addRaw(s).addEOL();
    }
    addSeparator() {
      const t = this.wrap('hr', null);
      return this.addRaw(t).addEOL();
    }
    addBreak() {
      const t = this.wrap('br', null);
      return this.addRaw(t).addEOL();
    }
    addQuote(t, r) {
      const n = Object.assign({}, r && { cite: r }),
        o = this.wrap('blockquote', t, n);
      return this.addRaw(o).addEOL();
    }
    addLink(t, r) {
      const n = this.wrap('a', t, { href: r });
      return this.addRaw(n).addEOL();
    }
  },
  Ug = new li();
var fi = Ug;
import * as go from 'fs';
import Cp from 'os';
var {
    chmod: Bg,
    copyFile: Fg,
    lstat: Kg,
    mkdir: Vg,
    open: W$,
    readdir: Jg,
    rename: Wg,
    rm: qg,
    rmdir: q$,
    stat: Gg,
    symlink: Hg,
    unlink: Yg,
  } = go.promises,
  Xg = process.platform === 'win32';
var G$ = go.constants.O_RDONLY;
var ez = process.platform === 'win32';
var sz = Cp.platform(),
  iz = Cp.arch();
var sy = (e, t, r, n) => {
    function o(s) {
      return s instanceof r
        ? s
        : new r((i) => {
            i(s);
          });
    }
    return new (r || (r = Promise))((s, i) => {
      function c(f) {
        try {
          u(n.next(f));
        } catch (l) {
          i(l);
        }
      }
      function a(f) {
        try {
          u(n.throw(f));
        } catch (l) {
          i(l);
        }
      }
      function u(f) {
        f.done ? s(f.value) : o(f.value).then(c, a);
      }
      u((n = n.apply(e, t || [])).next());
    });
  },
  pi;
((e) => {
  (e[(e.Success = 0)] = 'Success'), (e[(e.Failure = 1)] = 'Failure');
})(pi || (pi = {}));
function Lp(e) {
  kt('add-mask', {}, e);
}
function mi(e, t) {
  const r = process.env[`INPUT_${e.replace(/ /g, '_').toUpperCase()}`] || '';
  if (t && t.required && !r) throw new Error(`Input required and not supplied: ${e}`);
  return t && t.trimWhitespace === !1 ? r : r.trim();
}
function Zp(e, t) {
  const r = ['true', 'True', 'TRUE'],
    n = ['false', 'False', 'FALSE'],
    o = mi(e, t);
  if (r.includes(o)) return !0;
  if (n.includes(o)) return !1;
  throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${e}
Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
function Rp(e, t) {
  if (process.env.GITHUB_OUTPUT || '') return Op('OUTPUT', Ep(e, t));
  process.stdout.write(di.EOL), kt('set-output', { name: e }, mt(t));
}
function Dp(e) {
  (process.exitCode = pi.Failure), hi(e);
}
function Mp(e) {
  kt('debug', {}, e);
}
function hi(e, t = {}) {
  kt('error', ii(t), e instanceof Error ? e.toString() : e);
}
function jp(e, t = {}) {
  kt('warning', ii(t), e instanceof Error ? e.toString() : e);
}
function Up(e) {
  process.stdout.write(e + di.EOL);
}
function iy(e) {
  ai('group', e);
}
function cy() {
  ai('endgroup');
}
function Bp(e, t) {
  return sy(this, void 0, void 0, function* () {
    iy(e);
    let r;
    try {
      r = yield t();
    } finally {
      cy();
    }
    return r;
  });
}
var Fp = new ay(),
  uy = {
    debug: Mp,
    group: Bp,
    getInput: mi,
    getBooleanInput: Zp,
    setOutput: Rp,
    setSecret: Lp,
    setFailed: Dp,
    info: Up,
    warning: jp,
    error: hi,
    summary: fi,
  };
function ie() {
  return Fp.getStore() ?? uy;
}
function Kp() {
  return Fp.getStore() === void 0;
}
function Vp(e = 'cluster') {
  const t = ie().getInput(e, { required: !0 }),
    r = po(t);
  for (const n of r.warnings)
    ie().warning(`${ao(n.path)}: ${n.message}${n.hint ? ` (${n.hint})` : ''}`, {
      file: n.file,
      startLine: n.line,
      startColumn: n.column,
    });
  return r;
}
function ly(e) {
  for (const t of e)
    (t.severity === 'error' ? ie().error : ie().warning)(
      `${ao(t.path)}: ${t.message}${t.hint ? ` (${t.hint})` : ''}`,
      { file: t.file, startLine: t.line, startColumn: t.column },
    );
}
async function Jp(e, t) {
  try {
    await ie().group(e, t);
  } catch (r) {
    r instanceof he && ly(r.problems);
    const n = r instanceof Error ? r.message : String(r);
    if ((ie().setFailed(n), Kp() && process.env.GITHUB_STEP_SUMMARY)) {
      const o = process.env.GITHUB_ACTION ? ` (step ${process.env.GITHUB_ACTION})` : '';
      await ie()
        .summary.addRaw(
          `
> **Failed${o}:** ${n
            .split(`
`)
            .join(`
> `)}
`,
          !0,
        )
        .write()
        .catch(() => {});
    }
  }
}
var gi = class extends Error {
  name = 'InputError';
};
function Wp(e) {
  const t = {},
    r = [];
  for (const [n, o] of Object.entries(e)) {
    const s = ie().getInput(n, { required: o.absent === 'required' });
    if (s === '' && typeof o.absent == 'object') {
      t[n] = o.absent.value;
      continue;
    }
    const i = o.schema.safeParse(s);
    i.success ? (t[n] = i.data) : r.push(`input ${n} must be ${o.expected} (got "${s}")`);
  }
  if (r.length) throw new gi(r.join('; '));
  return t;
}
function qp(e, t) {
  return (r = {}) =>
    Jp(e, async () => {
      const n = Vp(),
        o = Wp(t.inputs);
      await fy(await t.run({ loaded: n, cluster: n.cluster, inputs: o, deps: r }));
    });
}
async function fy(e) {
  for (const [t, r] of Object.entries(e.outputs ?? {})) r !== void 0 && ie().setOutput(t, String(r));
  if ((e.summary && (await ie().summary.addRaw(e.summary).write()), e.failure)) throw new Error(e.failure);
}
import { readdirSync as dy, readFileSync as my, existsSync as py } from 'node:fs';
import { resolve as Gp, join as hy } from 'node:path';
var qt = 'clusters';
function gy(e = qt) {
  return py(e)
    ? dy(e)
        .filter((t) => /\.ya?ml$/.test(t))
        .sort()
        .map((t) => hy(e, t))
    : [];
}
function yy(e, t = qt) {
  return `${t}/${e}.yml`;
}
function by(e) {
  try {
    const t = my(e, 'utf8')
      .split(`
`)
      .findIndex((r) => /^name\s*:/.test(r));
    return t >= 0 ? t + 1 : 1;
  } catch {
    return 1;
  }
}
function wy(e, t = qt) {
  const r = Gp(e.file),
    n = gy(t).filter((o) => Gp(o) !== r && xy(o, e.cluster.name));
  return _y(e, t, n);
}
function _y(e, t, r) {
  const { file: n, cluster: o } = e,
    s = { file: n, line: by(n), column: 1, severity: 'error', path: ['name'] },
    i = [],
    c = yy(o.name, t);
  return (
    n !== c &&
      i.push({
        ...s,
        message: `cluster ${o.name} must be passed as ${c} (got ${n})`,
        hint: 'one file per cluster, named after its name: field, so every run of a cluster shares one concurrency group',
      }),
    r.length &&
      i.push({
        ...s,
        message: `cluster name ${o.name} is also used by ${r.join(', ')}`,
        hint: 'cluster names must be unique under clusters/: two files would change the same resources',
      }),
    i
  );
}
function Hp(e, t = qt) {
  const r = wy(e, t);
  if (r.length) throw new he(r);
}
function xy(e, t) {
  if (Sp(e) !== t) return !1;
  try {
    return po(e).cluster.name === t;
  } catch {
    return !1;
  }
}
var Yp = qp('validate-cluster', {
  inputs: {},
  run: async ({ loaded: e, cluster: t, deps: r }) => (
    Hp(e, r.clustersDir ?? qt),
    ie().info(`${e.file}: valid cluster ${t.name}`),
    { outputs: { name: t.name, region: t.region, workers: fo(t).workers, 'ttl-hours': t.teardown.ttlHours } }
  ),
});
await Yp();
