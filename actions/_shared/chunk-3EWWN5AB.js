import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{a as r,b as m,c as o}from"./chunk-2SNTSYJH.js";import{s as e}from"./chunk-75P2LJTI.js";var t=class extends r(m,o,"CreateTags",e){};export{t as a};
