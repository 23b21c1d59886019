import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{a as r,b as m,c as o}from"./chunk-3MEPPU6U.js";import{A as e}from"./chunk-IT23ZIYD.js";var s=class extends r(m,o,"DescribeLaunchTemplateVersions",e){};export{s as a};
