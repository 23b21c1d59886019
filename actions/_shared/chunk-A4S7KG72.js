import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{a as r,b as m,c as o}from"./chunk-SULDF5HI.js";import{s as e}from"./chunk-VEGXXU77.js";var t=class extends r(m,o,"CreateTags",e){};export{t as a};
