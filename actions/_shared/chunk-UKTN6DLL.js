import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);globalThis.__zod_globalConfig ??= { jitless: true };
var r={apiCall:.15,imageAvailable:420,prepareImage:300,loadBalancerActive:150,instanceRunning:40,acapyBoot:120,workerBoot:150,ssmDelivery:2,masterRestart:45};function t(e,a){return e*a}export{r as a,t as b};
