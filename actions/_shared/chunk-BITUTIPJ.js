import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{l as o}from"./chunk-TYZ7T5FI.js";function g(s,a){let r={};for(let t of[o.cluster,o.role,o.managedBy]){let n=s[t];if(!n)throw new Error(`${a}: its tags lack ${t}, so it could not be found again`);r[t]=n}return r}export{g as a};
