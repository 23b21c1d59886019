import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);globalThis.__zod_globalConfig ??= { jitless: true };
import{l as r,m as t,n as m}from"./chunk-LKK3W6XL.js";import{V as e}from"./chunk-HVHZCAFF.js";var o=class extends r(t,m,"DescribeTargetHealth",e){};export{o as a};
