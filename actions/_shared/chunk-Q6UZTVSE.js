import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);globalThis.__zod_globalConfig ??= { jitless: true };
import{e as r,f as m,g as o}from"./chunk-ZWEGODQN.js";import{t as e}from"./chunk-XTQPO3TK.js";var t=class extends r(m,o,"CreateTags",e){};export{t as a};
