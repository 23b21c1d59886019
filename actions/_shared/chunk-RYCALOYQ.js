import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{a as r,c as n}from"./chunk-JQAB3OBG.js";import{F as s}from"./chunk-TYZ7T5FI.js";function u(p,e){return s(p,{inputs:e.inputs,run:t=>e.run({...t,ctx:r(t.cluster,t.deps),templates:n(t.deps)})})}export{u as a};
