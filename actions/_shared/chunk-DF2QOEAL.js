import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{a as r,b as m,c as t}from"./chunk-Q6PSJBQY.js";import{$ as e}from"./chunk-WGIR2L6F.js";var o=class extends r(m,t,"GetParameter",e){};export{o as a};
