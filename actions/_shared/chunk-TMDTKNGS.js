import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{a as r,b as m,c as o}from"./chunk-A4AE4FZB.js";import{s as e}from"./chunk-442G2BOL.js";var t=class extends r(m,o,"CreateTags",e){};export{t as a};
