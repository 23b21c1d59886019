import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
function a(n){return String(n).replace(/[\r\n\u2028\u2029]+/g," ").replace(/[\\`*_[\]<>|~&$]/g,t=>`\\${t}`).replace(/^([#+=-]|\d+[.)])/,t=>`${t.slice(0,-1)}\\${t.slice(-1)}`)}var r=a;function c(n){return`| ${n.map(r).join(" | ")} |`}function s(n){return n.map(r).join("<br>")}function l(n,t){if(!/^[a-z]*$/.test(n))throw new Error(`fence language ${n} is not a plain word`);let o=Math.max(0,...[...t.matchAll(/`+/g)].map(i=>i[0].length)),e="`".repeat(Math.max(3,o+1));return`${e}${n}
${t.trimEnd()}
${e}`}export{a,r as b,c,s as d,l as e};
