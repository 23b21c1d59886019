import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
function a(n){return String(n).replace(/[\r\n\u2028\u2029]+/g," ").replace(/[\\`*[\]<>|~&$]/g,e=>`\\${e}`).replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g,"\\_").replace(/^([#+=-]|\d+[.)])/,e=>`${e.slice(0,-1)}\\${e.slice(-1)}`)}var r=a;function c(n){return`| ${n.map(r).join(" | ")} |`}function l(n){return n.map(r).join("<br>")}function s(n,e){if(!/^[a-z]*$/.test(n))throw new Error(`fence language ${n} is not a plain word`);let o=Math.max(0,...[...e.matchAll(/`+/g)].map(i=>i[0].length)),t="`".repeat(Math.max(3,o+1));return`${t}${n}
${e.trimEnd()}
${t}`}export{a,r as b,c,l as d,s as e};
