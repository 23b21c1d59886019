import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);globalThis.__zod_globalConfig ??= { jitless: true };
import{e as r,f as m,g as o}from"./chunk-LKK3W6XL.js";import{s as e}from"./chunk-HVHZCAFF.js";var t=class extends r(m,o,"CreateTags",e){};export{t as a};
