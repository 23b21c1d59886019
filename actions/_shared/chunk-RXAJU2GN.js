import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);
var n={apiCall:.15,imageAvailable:420,prepareImage:300,loadBalancerActive:150,instanceRunning:40,acapyBoot:120,workerBoot:150,ssmDelivery:2,masterRestart:45,consistency:1};function r(e,a){return e*a}export{n as a,r as b};
