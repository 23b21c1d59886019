import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{a as p,b as r,c as t}from"./chunk-SBKEO6U7.js";import{j as o}from"./chunk-WGIR2L6F.js";var e=class extends p(r,t,"UpdateAutoScalingGroup",o){};export{e as a};
