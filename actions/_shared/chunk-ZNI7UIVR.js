import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);globalThis.__zod_globalConfig ??= { jitless: true };
import{la as r,na as n}from"./chunk-5Q4HTNTN.js";import{F as s}from"./chunk-BRDAJ5MV.js";function u(p,e){return s(p,{inputs:e.inputs,run:t=>e.run({...t,ctx:r(t.cluster,t.deps),templates:n(t.deps)})})}export{u as a};
