import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
function i(n){return String(n).replace(/[\r\n\u2028\u2029]+/g," ").replace(/[\\`*[\]<>|~&$]/g,e=>`\\${e}`).replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g,"\\_").replace(/^([#+=-]|\d+[.)])/,e=>`${e.slice(0,-1)}\\${e.slice(-1)}`).replace(/(?<![A-Za-z0-9_])(@(?=[A-Za-z0-9])|#(?=\d))/g,"$1&#8203;")}var t=i;function c(n){return`| ${n.map(t).join(" | ")} |`}function l(n){return n.map(t).join("<br>")}function s(n,e){if(!/^[a-z]*$/.test(n))throw new Error(`fence language ${n} is not a plain word`);let o=Math.max(0,...[...e.matchAll(/`+/g)].map(a=>a[0].length)),r="`".repeat(Math.max(3,o+1));return`${r}${n}
${e.trimEnd()}
${r}`}export{i as a,t as b,c,l as d,s as e};
