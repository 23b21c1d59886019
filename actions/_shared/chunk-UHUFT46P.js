import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);globalThis.__zod_globalConfig ??= { jitless: true };
import{oa as n}from"./chunk-XTQPO3TK.js";import{F as s}from"./chunk-BRDAJ5MV.js";function p(r,e){return s(r,{inputs:e.inputs,run:t=>e.run({...t,ctx:n(t.cluster,t.deps)})})}export{p as a};
