import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{a as p,b as r,c as t}from"./chunk-AGHU4DDR.js";import{k as o}from"./chunk-K2K6ANYK.js";var e=class extends p(r,t,"UpdateAutoScalingGroup",o){};export{e as a};
