import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{a as r,b as m,c as o}from"./chunk-YYJE7J2Y.js";import{s as e}from"./chunk-K2K6ANYK.js";var t=class extends r(m,o,"CreateTags",e){};export{t as a};
