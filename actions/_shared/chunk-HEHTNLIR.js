import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{a as p,b as r,c as t}from"./chunk-DLXE5KA2.js";import{k as o}from"./chunk-442G2BOL.js";var e=class extends p(r,t,"UpdateAutoScalingGroup",o){};export{e as a};
