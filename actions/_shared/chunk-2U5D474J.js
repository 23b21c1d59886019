import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);globalThis.__zod_globalConfig ??= { jitless: true };
import{l as r,m as t,n as m}from"./chunk-QJ5W5A4E.js";import{W as e}from"./chunk-SRCGUYCP.js";var o=class extends r(t,m,"DescribeTargetHealth",e){};export{o as a};
