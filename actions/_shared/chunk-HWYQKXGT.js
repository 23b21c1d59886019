import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{a as r,b as m,c as o}from"./chunk-3MEPPU6U.js";import{r as e}from"./chunk-IT23ZIYD.js";var t=class extends r(m,o,"CreateTags",e){};export{t as a};
