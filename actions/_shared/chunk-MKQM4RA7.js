import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);globalThis.__zod_globalConfig ??= { jitless: true };
function r(s){let i=[],t=[];for(let n of s.map(o=>o.trim()).filter(Boolean))(/^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/.test(n)?i:t).push(n);return{valid:[...new Set(i)].sort(),invalid:t}}export{r as a};
