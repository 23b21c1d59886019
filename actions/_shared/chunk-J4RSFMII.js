import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
import{l as r,m as t,n as m}from"./chunk-KU4FHKJP.js";import{W as e}from"./chunk-6KEZUWTJ.js";var o=class extends r(t,m,"DescribeTargetHealth",e){};export{o as a};
