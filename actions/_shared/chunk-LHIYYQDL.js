import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{e as r,f as m,g as o}from"./chunk-U5IMH2DW.js";import{t as e}from"./chunk-UPCX7LBC.js";var t=class extends r(m,o,"CreateTags",e){};export{t as a};
