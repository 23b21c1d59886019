import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{a as r,b as m,c as o}from"./chunk-RTLRYYN7.js";import{A as e}from"./chunk-WGIR2L6F.js";var s=class extends r(m,o,"DescribeLaunchTemplateVersions",e){};export{s as a};
