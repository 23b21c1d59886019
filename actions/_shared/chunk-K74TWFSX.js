import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{a as r,b as m,c as o}from"./chunk-OG4BTG63.js";import{s as e}from"./chunk-KXXKFTJS.js";var t=class extends r(m,o,"CreateTags",e){};export{t as a};
