import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{a as r,b as m,c as t}from"./chunk-6UDQNKSF.js";import{$ as e}from"./chunk-IT23ZIYD.js";var o=class extends r(m,t,"GetParameter",e){};export{o as a};
