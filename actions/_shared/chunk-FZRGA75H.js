import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{a as r,b as m,c as o}from"./chunk-RTLRYYN7.js";import{r as e}from"./chunk-WGIR2L6F.js";var t=class extends r(m,o,"CreateTags",e){};export{t as a};
