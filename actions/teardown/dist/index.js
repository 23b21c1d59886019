import { createRequire as __akridaCreateRequire } from 'node:module';
const require = __akridaCreateRequire(import.meta.url);
globalThis.__zod_globalConfig ??= { jitless: true };
import { a as kb } from './chunks/chunk-E3DTGFOF.js';
import {
  c as ca,
  d as ia,
  N as it,
  O as La,
  q as la,
  e as ma,
  b as na,
  H as pa,
  p as tt,
  j as ua,
  K as xa,
} from './chunks/chunk-JL47BQKM.js';
import {
  l as _a,
  u as $a,
  A as Ba,
  s as ba,
  q as Da,
  t as Ea,
  U as er,
  c as es,
  y as Fa,
  g as fa,
  o as ga,
  L as Ha,
  j as Ia,
  Q as Ja,
  M as ja,
  P as Ka,
  J as Mt,
  d as Na,
  w as Oa,
  a as oa,
  r as Pa,
  K as pd,
  z as qa,
  i as Ra,
  k as Sa,
  C as Se,
  V as tr,
  D as Ua,
  x as Va,
  n as va,
  N as Wa,
  v as wa,
  S as Xa,
  R as Ya,
  O as Za,
  I as za,
} from './chunks/chunk-O6QS3GLG.js';
import {
  r as Aa,
  s as Ca,
  d as d0,
  o as da,
  D as Ga,
  q as ha,
  E as ka,
  C as Ma,
  t as Ta,
  b as ts,
  g as y0,
  p as ya,
  n as Z,
} from './chunks/chunk-SXZSWS7J.js';
import { a as or } from './chunks/chunk-T3QVHVVO.js';
import { a as ar, l as I0, i as R0, c as rr, h as sr, k as xn } from './chunks/chunk-WNPDF2V4.js';
import { b as Qa } from './chunks/chunk-YCTZQ7OV.js';
import { g as f0, a as N0, b as x0 } from './chunks/chunk-YDHNDCAW.js';
var S0 = async (e, t, a) => ({
  operation: ua(t).operation,
  region:
    (await tt(e.region)()) ||
    (() => {
      throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
    })(),
});
function Ob(e) {
  return {
    schemeId: 'aws.auth#sigv4',
    signingProperties: { name: 'autoscaling', region: e.region },
    propertiesExtractor: (t, a) => ({ signingProperties: { config: t, context: a } }),
  };
}
var _0 = (e) => {
    const t = [];
    switch (e.operation) {
      default:
        t.push(Ob(e));
    }
    return t;
  },
  v0 = (e) => {
    const t = sr(e);
    return Object.assign(t, { authSchemePreference: tt(e.authSchemePreference ?? []) });
  };
var g0 = (e) =>
    Object.assign(e, {
      useDualstackEndpoint: e.useDualstackEndpoint ?? !1,
      useFipsEndpoint: e.useFipsEndpoint ?? !1,
      defaultSigningName: 'autoscaling',
    }),
  h0 = {
    UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
    Endpoint: { type: 'builtInParams', name: 'endpoint' },
    Region: { type: 'builtInParams', name: 'region' },
    UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
  };
var A0 = {
  name: '@aws-sdk/client-auto-scaling',
  version: '3.1169.0',
  description: 'AWS SDK for JavaScript Auto Scaling Client for Node.js, Browser and React Native',
  homepage: 'https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-auto-scaling',
  license: 'Apache-2.0',
  author: { name: 'AWS SDK for JavaScript Team', url: 'https://aws.amazon.com/sdk-for-javascript/' },
  repository: {
    type: 'git',
    url: 'https://github.com/aws/aws-sdk-js-v3.git',
    directory: 'clients/client-auto-scaling',
  },
  files: ['dist-*/**'],
  sideEffects: !1,
  main: './dist-cjs/index.js',
  module: './dist-es/index.js',
  browser: { './dist-es/runtimeConfig': './dist-es/runtimeConfig.browser' },
  types: './dist-types/index.d.ts',
  typesVersions: { '<4.5': { 'dist-types/*': ['dist-types/ts3.4/*'] } },
  'react-native': { './dist-es/runtimeConfig': './dist-es/runtimeConfig.native' },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    'build:cjs': 'node ../../scripts/compilation/inline',
    'build:es': 'premove dist-es && tsc -p tsconfig.es.json',
    'build:include:deps': 'yarn g:turbo run build -F="$npm_package_name"',
    'build:types': 'premove dist-types && tsc -p tsconfig.types.json',
    'build:types:downlevel': 'downlevel-dts dist-types dist-types/ts3.4',
    clean: 'premove dist-cjs dist-es dist-types',
    'extract:docs': 'api-extractor run --local',
    'generate:client': 'node ../../scripts/generate-clients/single-service',
    'test:index': 'tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs',
  },
  dependencies: {
    '@aws-sdk/core': '^3.981.0',
    '@aws-sdk/credential-provider-node': '^3.972.97',
    '@aws-sdk/types': '^3.975.1',
    '@smithy/core': '^3.40.0',
    '@smithy/fetch-http-handler': '^5.8.1',
    '@smithy/node-http-handler': '^4.14.2',
    '@smithy/types': '^4.20.0',
    tslib: '^2.6.2',
  },
  devDependencies: {
    '@tsconfig/node20': '20.1.8',
    '@types/node': '^20.14.8',
    concurrently: '7.0.0',
    'downlevel-dts': '0.10.1',
    premove: '4.0.0',
    typescript: '~7.0.2',
  },
  engines: { node: '>=20.0.0' },
};
var C0 = 'AWS_EC2_METADATA_DISABLED',
  T0 = async (e) => {
    const {
      ENV_CMDS_FULL_URI: t,
      ENV_CMDS_RELATIVE_URI: a,
      fromContainerMetadata: r,
      fromInstanceMetadata: s,
    } = await import('./chunks/dist-es-3BHM66EO.js');
    if (process.env[a] || process.env[t]) {
      e.logger?.debug('@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata');
      const { fromHttp: o } = await import('./chunks/dist-es-2V3GD6E6.js');
      return d0(o(e), r(e));
    }
    return process.env[C0] && process.env[C0] !== 'false'
      ? async () => {
          throw new ts('EC2 Instance Metadata Service access disabled', { logger: e.logger });
        }
      : (e.logger?.debug('@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata'), s(e));
  };
function D0(e, t) {
  let a = Fb(e),
    r,
    s,
    o,
    n,
    c = async (i) => {
      if (i?.forceRefresh)
        return (
          n ||
            (n = a(i)
              .then((m) => {
                o = m;
              })
              .finally(() => {
                n = void 0;
              })),
          await n,
          o
        );
      if ((o?.expiration && o?.expiration?.getTime() < Date.now() && (o = void 0), r)) await r;
      else if (!o || t?.(o))
        if (o)
          s ||
            (s = a(i)
              .then((m) => {
                o = m;
              })
              .catch(() => {})
              .finally(() => {
                s = void 0;
              }));
        else
          return (
            (r = a(i)
              .then((m) => {
                o = m;
              })
              .finally(() => {
                r = void 0;
              })),
            c(i)
          );
      return o;
    };
  return c;
}
var Fb = (e) => async (t) => {
  let a;
  for (const r of e)
    try {
      return await r(t);
    } catch (s) {
      if (((a = s), s?.tryNextLink)) continue;
      throw s;
    }
  throw a;
};
var P0 = !1,
  Gt = (e = {}) =>
    D0(
      [
        async () => {
          if (e.profile ?? process.env[y0])
            throw (
              process.env[N0] &&
                process.env[x0] &&
                (P0 ||
                  ((e.logger?.warn && e.logger?.constructor?.name !== 'NoOpLogger'
                    ? e.logger.warn.bind(e.logger)
                    : console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),
                  (P0 = !0))),
              new ts('AWS_PROFILE is set, skipping fromEnv provider.', { logger: e.logger, tryNextLink: !0 })
            );
          return (e.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::fromEnv'), f0(e)());
        },
        async (t) => {
          e.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::fromSSO');
          const { ssoStartUrl: a, ssoAccountId: r, ssoRegion: s, ssoRoleName: o, ssoSession: n } = e;
          if (!a && !r && !s && !o && !n)
            throw new ts('Skipping SSO provider in default chain (inputs do not include SSO fields).', {
              logger: e.logger,
            });
          const { fromSSO: c } = await import('./chunks/dist-es-UWVDRWID.js');
          return c(e)(t);
        },
        async (t) => {
          e.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::fromIni');
          const { fromIni: a } = await import('./chunks/dist-es-42APXLDI.js');
          return a(e)(t);
        },
        async (t) => {
          e.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::fromProcess');
          const { fromProcess: a } = await import('./chunks/dist-es-I7745LVP.js');
          return a(e)(t);
        },
        async (t) => {
          e.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile');
          const { fromTokenFile: a } = await import('./chunks/dist-es-HVPO3HHW.js');
          return a(e)(t);
        },
        async () => (
          e.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::remoteProvider'),
          (await T0(e))()
        ),
        async () => {
          throw new ts('Could not load credentials from any providers', {
            tryNextLink: !1,
            logger: e.logger,
          });
        },
      ],
      b0,
    );
var b0 = (e) => e?.expiration !== void 0 && e.expiration.getTime() - Date.now() < 3e5;
var Ys = 'ref',
  wr = -1,
  fn = !0,
  E0 = 'isSet',
  Q0 = 'PartitionResult',
  Rn = 'booleanEquals',
  dd = 'getAttr',
  $0 = { [Ys]: 'Endpoint' },
  yd = { [Ys]: Q0 },
  as = {},
  w0 = [{ [Ys]: 'Region' }],
  L0 = {
    conditions: [
      [E0, [$0]],
      [E0, w0],
      ['aws.partition', w0, Q0],
      [Rn, [{ [Ys]: 'UseFIPS' }, fn]],
      [Rn, [{ [Ys]: 'UseDualStack' }, fn]],
      [Rn, [{ fn: dd, argv: [yd, 'supportsDualStack'] }, fn]],
      [Rn, [{ fn: dd, argv: [yd, 'supportsFIPS'] }, fn]],
      ['stringEquals', [{ fn: dd, argv: [yd, 'name'] }, 'aws-us-gov']],
    ],
    results: [
      [wr],
      [wr, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
      [wr, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
      [$0, as],
      ['https://autoscaling-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', as],
      [wr, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
      ['https://autoscaling.{Region}.amazonaws.com', as],
      ['https://autoscaling-fips.{Region}.{PartitionResult#dnsSuffix}', as],
      [wr, 'FIPS is enabled but this partition does not support FIPS'],
      ['https://autoscaling.{Region}.{PartitionResult#dualStackDnsSuffix}', as],
      [wr, 'DualStack is enabled but this partition does not support DualStack'],
      ['https://autoscaling.{Region}.{PartitionResult#dnsSuffix}', as],
      [wr, 'Invalid Configuration: Missing Region'],
    ],
  },
  qb = 2,
  Qe = 1e8,
  Bb = new Int32Array([
    -1,
    1,
    -1,
    0,
    13,
    3,
    1,
    4,
    Qe + 12,
    2,
    5,
    Qe + 12,
    3,
    8,
    6,
    4,
    7,
    Qe + 11,
    5,
    Qe + 9,
    Qe + 10,
    4,
    11,
    9,
    6,
    10,
    Qe + 8,
    7,
    Qe + 6,
    Qe + 7,
    5,
    12,
    Qe + 5,
    6,
    Qe + 4,
    Qe + 5,
    3,
    Qe + 1,
    14,
    4,
    Qe + 2,
    Qe + 3,
  ]),
  M0 = Da.from(Bb, qb, L0.conditions, L0.results);
var Ub = new Pa({ size: 50, params: ['Endpoint', 'Region', 'UseDualStack', 'UseFIPS'] }),
  G0 = (e, t = {}) => Ub.get(e, () => Ea(M0, { endpointParams: e, logger: t.logger }));
ba.aws = Xa;
var he = class e extends fa {
  static shapeId = 'smithy.ts.sdk.synthetic.com.amazonaws.autoscaling#AutoScalingServiceException';
  constructor(t) {
    super(t), Object.setPrototypeOf(this, e.prototype);
  }
};
var In = class e extends he {
    static shapeId = 'com.amazonaws.autoscaling#ActiveInstanceRefreshNotFoundFault';
    name = 'ActiveInstanceRefreshNotFoundFault';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ActiveInstanceRefreshNotFoundFault', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Sn = class e extends he {
    static shapeId = 'com.amazonaws.autoscaling#AlreadyExistsFault';
    name = 'AlreadyExistsFault';
    $fault = 'client';
    constructor(t) {
      super({ name: 'AlreadyExistsFault', $fault: 'client', ...t }), Object.setPrototypeOf(this, e.prototype);
    }
  },
  _n = class e extends he {
    static shapeId = 'com.amazonaws.autoscaling#ResourceContentionFault';
    name = 'ResourceContentionFault';
    $fault = 'server';
    constructor(t) {
      super({ name: 'ResourceContentionFault', $fault: 'server', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  vn = class e extends he {
    static shapeId = 'com.amazonaws.autoscaling#ServiceLinkedRoleFailure';
    name = 'ServiceLinkedRoleFailure';
    $fault = 'server';
    constructor(t) {
      super({ name: 'ServiceLinkedRoleFailure', $fault: 'server', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  gn = class e extends he {
    static shapeId = 'com.amazonaws.autoscaling#InstanceRefreshInProgressFault';
    name = 'InstanceRefreshInProgressFault';
    $fault = 'client';
    constructor(t) {
      super({ name: 'InstanceRefreshInProgressFault', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  hn = class e extends he {
    static shapeId = 'com.amazonaws.autoscaling#LimitExceededFault';
    name = 'LimitExceededFault';
    $fault = 'client';
    constructor(t) {
      super({ name: 'LimitExceededFault', $fault: 'client', ...t }), Object.setPrototypeOf(this, e.prototype);
    }
  },
  An = class e extends he {
    static shapeId = 'com.amazonaws.autoscaling#ResourceInUseFault';
    name = 'ResourceInUseFault';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ResourceInUseFault', $fault: 'client', ...t }), Object.setPrototypeOf(this, e.prototype);
    }
  },
  Cn = class e extends he {
    static shapeId = 'com.amazonaws.autoscaling#ScalingActivityInProgressFault';
    name = 'ScalingActivityInProgressFault';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ScalingActivityInProgressFault', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Tn = class e extends he {
    static shapeId = 'com.amazonaws.autoscaling#InvalidNextToken';
    name = 'InvalidNextToken';
    $fault = 'client';
    constructor(t) {
      super({ name: 'InvalidNextToken', $fault: 'client', ...t }), Object.setPrototypeOf(this, e.prototype);
    }
  },
  Dn = class e extends he {
    static shapeId = 'com.amazonaws.autoscaling#IdempotentCallInProgressFault';
    name = 'IdempotentCallInProgressFault';
    $fault = 'server';
    Message;
    constructor(t) {
      super({ name: 'IdempotentCallInProgressFault', $fault: 'server', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Pn = class e extends he {
    static shapeId = 'com.amazonaws.autoscaling#IdempotentParameterMismatchError';
    name = 'IdempotentParameterMismatchError';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'IdempotentParameterMismatchError', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  bn = class e extends he {
    static shapeId = 'com.amazonaws.autoscaling#IrreversibleInstanceRefreshFault';
    name = 'IrreversibleInstanceRefreshFault';
    $fault = 'client';
    constructor(t) {
      super({ name: 'IrreversibleInstanceRefreshFault', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  };
var zb = 'AcceleratorCount',
  Hb = 'AcceleratorCountRequest',
  jb = 'AlreadyExistsFault';
var Wb = 'ActiveInstanceRefreshNotFoundFault',
  Zb = 'AllowedInstanceTypes';
var Kb = 'AcceleratorManufacturers';
var Jb = 'AcceleratorNames';
var Yb = 'AutoScalingGroup',
  Xb = 'AutoScalingGroupARN',
  Nd = 'AutoScalingGroupName',
  eE = 'AutoScalingGroupNamesType',
  tE = 'AutoScalingGroupNames';
var aE = 'AutoScalingGroupsType',
  k0 = 'AutoScalingGroups';
var rE = 'AcceleratorTotalMemoryMiB',
  sE = 'AcceleratorTotalMemoryMiBRequest';
var oE = 'AcceleratorTypes';
var O0 = 'AvailabilityZones',
  xd = 'AvailabilityZoneDistribution',
  V0 = 'AvailabilityZoneIds',
  fd = 'AvailabilityZoneImpairmentPolicy',
  nE = 'AvailabilityZoneId',
  cE = 'AvailabilityZone';
var iE = 'BaselineEbsBandwidthMbps',
  mE = 'BaselineEbsBandwidthMbpsRequest',
  uE = 'BareMetal',
  lE = 'BurstablePerformance',
  pE = 'BaselinePerformanceFactors',
  dE = 'BaselinePerformanceFactorsRequest';
var yE = 'CapacityDistributionStrategy';
var NE = 'CpuManufacturers';
var xE = 'CpuPerformanceFactorRequest',
  F0 = 'CapacityRebalance',
  fE = 'CapacityReservationIds',
  RE = 'CapacityReservationPreference',
  IE = 'CapacityReservationResourceGroupArns',
  Rd = 'CapacityReservationSpecification',
  q0 = 'CapacityReservationTarget';
var SE = 'CreatedTime';
var B0 = 'Context';
var _E = 'Cpu';
var vE = 'DeleteAutoScalingGroup',
  gE = 'DeleteAutoScalingGroupType',
  hE = 'DescribeAutoScalingGroups';
var U0 = 'DesiredCapacity',
  z0 = 'DesiredCapacityType',
  H0 = 'DefaultCooldown';
var j0 = 'DefaultInstanceWarmup';
var W0 = 'DeletionProtection';
var AE = 'DistributionSegment';
var Z0 = 'DistributionSegments';
var CE = 'ExcludedInstanceTypes';
var K0 = 'EnabledMetrics';
var TE = 'EnabledMetric';
var J0 = 'Filters',
  DE = 'ForceDelete';
var PE = 'Filter';
var bE = 'Granularity';
var Y0 = 'HealthCheckGracePeriod',
  X0 = 'HealthCheckType';
var EE = 'HealthStatus';
var ef = 'Instances';
var $E = 'IdempotentCallInProgressFault';
var tf = 'InstancesDistribution';
var wE = 'InstanceFamily',
  LE = 'InstanceGenerations';
var QE = 'IrreversibleInstanceRefreshFault',
  af = 'ImageId',
  ME = 'IncludeInstances',
  GE = 'InstanceId',
  Id = 'InstanceLifecyclePolicy';
var Sd = 'InstanceMaintenancePolicy',
  kE = 'IncludeManagedResources',
  OE = 'InvalidNextToken',
  VE = 'IdempotentParameterMismatchError';
var FE = 'InstanceRefreshInProgressFault';
var rf = 'InstanceReusePolicy';
var sf = 'InstanceRequirements',
  of = 'InstanceType';
var qE = 'ImpairedZoneHealthCheckBehavior';
var BE = 'Identifier',
  UE = 'Instance';
var zE = 'Key';
var HE = 'LoadBalancerNames';
var _d = 'LaunchConfigurationName';
var jE = 'LimitExceededFault';
var WE = 'LifecycleState',
  ZE = 'LocalStorageTypes',
  KE = 'LocalStorage',
  Xs = 'LaunchTemplate',
  JE = 'LaunchTemplateId',
  YE = 'LaunchTemplateName',
  XE = 'LaunchTemplateOverrides',
  vd = 'LaunchTemplateSpecification';
var nf = 'Message';
var e$ = 'MemoryGiBPerVCpu',
  t$ = 'MemoryGiBPerVCpuRequest',
  a$ = 'MaxGroupPreparedCapacity';
var r$ = 'MinHealthyPercentage',
  s$ = 'MaxHealthyPercentage',
  cf = 'MaxInstanceLifetime';
var gd = 'MixedInstancesPolicy';
var o$ = 'MemoryMiB',
  n$ = 'MemoryMiBRequest';
var c$ = 'MaxRecords',
  hd = 'MinSize',
  i$ = 'MaxSpotPriceAsPercentageOfOptimalOnDemandPrice',
  mf = 'MaxSize';
var kt = 'Max';
var m$ = 'Metric',
  Ot = 'Min';
var u$ = 'Name',
  l$ = 'NetworkBandwidthGbps',
  p$ = 'NetworkBandwidthGbpsRequest';
var d$ = 'NetworkInterfaceCount',
  y$ = 'NetworkInterfaceCountRequest',
  uf = 'NewInstancesProtectedFromScaleIn';
var lf = 'NextToken';
var pf = 'Operator',
  N$ = 'OnDemandAllocationStrategy',
  x$ = 'OnDemandBaseCapacity',
  f$ = 'OnDemandMaxPricePercentageOverLowestPrice',
  R$ = 'OnDemandPercentageAboveBaseCapacity',
  df = 'Overrides';
var I$ = 'PropagateAtLaunch';
var S$ = 'PredictedCapacity';
var _$ = 'PerformanceFactorReferenceRequest',
  v$ = 'PerformanceFactorReferenceSetRequest',
  g$ = 'ProtectedFromScaleIn',
  yf = 'PlacementGroup';
var h$ = 'ProcessName',
  A$ = 'PoolState';
var C$ = 'Principal';
var T$ = 'References';
var D$ = 'ResourceContentionFault';
var P$ = 'RequireHibernateSupport';
var b$ = 'ResourceInUseFault',
  E$ = 'ResourceId';
var $$ = 'ReuseOnScaleIn';
var Nf = 'RetentionTriggers',
  w$ = 'ResourceType',
  L$ = 'Reference';
var xf = 'Status';
var Q$ = 'ScalingActivityInProgressFault';
var M$ = 'SpotAllocationStrategy';
var G$ = 'SpotInstancePools';
var ff = 'ServiceLinkedRoleARN',
  k$ = 'ServiceLinkedRoleFailure';
var O$ = 'SpotMaxPrice',
  V$ = 'SpotMaxPricePercentageOverLowestPrice';
var Rf = 'SuspendedProcesses';
var F$ = 'SuspendedProcess';
var q$ = 'SuspensionReason';
var B$ = 'SkipZonalShiftValidation';
var U$ = 'Tags';
var z$ = 'TargetCapacityTypes',
  H$ = 'TagDescription',
  j$ = 'TagDescriptionList',
  W$ = 'TargetGroupARNs',
  Z$ = 'TerminateHookAbandon';
var K$ = 'TotalLocalStorageGB',
  J$ = 'TotalLocalStorageGBRequest',
  If = 'TerminationPolicies';
var Sf = 'TrafficSources',
  Y$ = 'TrafficSourceIdentifier';
var X$ = 'Type';
var ew = 'UpdateAutoScalingGroup',
  tw = 'UpdateAutoScalingGroupType';
var aw = 'Value',
  rw = 'VCpuCount',
  sw = 'VCpuCountRequest';
var _f = 'VPCZoneIdentifier';
var ow = 'Values',
  nw = 'Version',
  vf = 'WeightedCapacity';
var gf = 'WarmPoolConfiguration';
var cw = 'WarmPoolSize',
  iw = 'ZonalShiftEnabled';
var Vt = 'client';
var mw = 'item',
  vt = 'message',
  hf = 'smithy.ts.sdk.synthetic.com.amazonaws.autoscaling',
  Ad = 'server';
var $ = 'com.amazonaws.autoscaling',
  Af = new it(hf),
  uw = [-3, hf, 'AutoScalingServiceException', 0, [], []];
Af.registerError(uw, he);
var je = new it($),
  lw = [
    -3,
    $,
    Wb,
    { awsQueryError: ['ActiveInstanceRefreshNotFound', 400], error: Vt, httpError: 400 },
    [vt],
    [0],
  ];
je.registerError(lw, In);
var pw = [-3, $, jb, { awsQueryError: ['AlreadyExists', 400], error: Vt, httpError: 400 }, [vt], [0]];
je.registerError(pw, Sn);
var dw = [
  -3,
  $,
  $E,
  { awsQueryError: ['IdempotentCallInProgress', 500], error: Ad, httpError: 500 },
  [nf],
  [0],
];
je.registerError(dw, Dn);
var yw = [
  -3,
  $,
  VE,
  { awsQueryError: ['IdempotentParameterMismatch', 400], error: Vt, httpError: 400 },
  [nf],
  [0],
];
je.registerError(yw, Pn);
var Nw = [
  -3,
  $,
  FE,
  { awsQueryError: ['InstanceRefreshInProgress', 400], error: Vt, httpError: 400 },
  [vt],
  [0],
];
je.registerError(Nw, gn);
var xw = [-3, $, OE, { awsQueryError: ['InvalidNextToken', 400], error: Vt, httpError: 400 }, [vt], [0]];
je.registerError(xw, Tn);
var fw = [
  -3,
  $,
  QE,
  { awsQueryError: ['IrreversibleInstanceRefresh', 400], error: Vt, httpError: 400 },
  [vt],
  [0],
];
je.registerError(fw, bn);
var Rw = [-3, $, jE, { awsQueryError: ['LimitExceeded', 400], error: Vt, httpError: 400 }, [vt], [0]];
je.registerError(Rw, hn);
var Iw = [-3, $, D$, { awsQueryError: ['ResourceContention', 500], error: Ad, httpError: 500 }, [vt], [0]];
je.registerError(Iw, _n);
var Sw = [-3, $, b$, { awsQueryError: ['ResourceInUse', 400], error: Vt, httpError: 400 }, [vt], [0]];
je.registerError(Sw, An);
var _w = [
  -3,
  $,
  Q$,
  { awsQueryError: ['ScalingActivityInProgress', 400], error: Vt, httpError: 400 },
  [vt],
  [0],
];
je.registerError(_w, Cn);
var vw = [
  -3,
  $,
  k$,
  { awsQueryError: ['ServiceLinkedRoleFailure', 500], error: Ad, httpError: 500 },
  [vt],
  [0],
];
je.registerError(vw, vn);
var Cf = [Af, je],
  gw = [3, $, Hb, 0, [Ot, kt], [1, 1]],
  hw = [3, $, sE, 0, [Ot, kt], [1, 1]];
var Aw = [
    3,
    $,
    Yb,
    0,
    [
      Nd,
      hd,
      mf,
      U0,
      H0,
      O0,
      X0,
      SE,
      Xb,
      _d,
      Xs,
      gd,
      S$,
      V0,
      HE,
      W$,
      Y0,
      ef,
      Rf,
      yf,
      _f,
      K0,
      xf,
      U$,
      If,
      uf,
      ff,
      cf,
      F0,
      gf,
      cw,
      B0,
      z0,
      j0,
      Sf,
      Sd,
      W0,
      xd,
      fd,
      Rd,
      Id,
      pf,
    ],
    [
      0,
      1,
      1,
      1,
      1,
      64,
      0,
      4,
      0,
      0,
      () => eo,
      [() => $f, 0],
      1,
      64,
      64,
      64,
      1,
      () => nL,
      () => mL,
      0,
      0,
      () => sL,
      0,
      () => uL,
      64,
      2,
      0,
      1,
      2,
      () => tL,
      1,
      0,
      0,
      1,
      () => lL,
      () => Ef,
      0,
      () => Tf,
      () => Df,
      () => Pf,
      () => bf,
      () => Hw,
    ],
    8,
  ],
  Cw = [3, $, eE, 0, [tE, ME, kE, lf, c$, J0], [64, 2, 2, 0, 1, () => oL]],
  Tw = [3, $, aE, 0, [k0, lf], [[() => aL, 0], 0], 1];
var Tf = [3, $, xd, 0, [yE], [0]],
  Df = [3, $, fd, 0, [iw, qE], [2, 0]],
  Dw = [3, $, mE, 0, [Ot, kt], [1, 1]],
  Pw = [3, $, dE, 0, [_E], [[() => Ew, 0]]];
var Pf = [3, $, Rd, 0, [RE, q0], [0, () => bw]],
  bw = [3, $, q0, 0, [fE, IE], [64, 64]];
var Ew = [3, $, xE, 0, [T$], [[() => iL, { xmlName: L$ }]]];
var $w = [3, $, gE, 0, [Nd, DE], [0, 2], 1];
var ww = [3, $, AE, 0, [z$], [64]];
var Lw = [3, $, TE, 0, [m$, bE], [0, 0]];
var Qw = [3, $, PE, 0, [u$, ow], [0, 64]];
var Mw = [
  3,
  $,
  UE,
  0,
  [GE, cE, WE, EE, g$, of, nE, _d, Xs, af, vf],
  [0, 0, 0, 0, 2, 0, 0, 0, () => eo, 0, 0],
  5,
];
var bf = [3, $, Id, 0, [Nf], [() => Ww]],
  Ef = [3, $, Sd, 0, [r$, s$], [1, 1]];
var Gw = [
    3,
    $,
    sf,
    0,
    [rw, o$, NE, e$, CE, LE, V$, i$, f$, uE, lE, P$, d$, KE, ZE, K$, iE, oE, zb, Kb, Jb, rE, l$, Zb, pE],
    [
      () => eL,
      () => Bw,
      64,
      () => qw,
      64,
      64,
      1,
      1,
      1,
      0,
      0,
      2,
      () => zw,
      0,
      64,
      () => Jw,
      () => Dw,
      64,
      () => gw,
      64,
      64,
      () => hw,
      () => Uw,
      64,
      [() => Pw, 0],
    ],
    2,
  ],
  kw = [3, $, rf, 0, [$$], [2]],
  Ow = [3, $, tf, 0, [N$, x$, R$, M$, G$, O$, Z0], [0, 1, 1, 0, 1, 0, () => rL]];
var Vw = [3, $, Xs, 0, [vd, df], [() => eo, [() => cL, 0]]],
  Fw = [3, $, XE, 0, [of, vf, vd, sf, af], [0, 0, () => eo, [() => Gw, 0], 0]],
  eo = [3, $, vd, 0, [JE, YE, nw], [0, 0, 0]];
var qw = [3, $, t$, 0, [Ot, kt], [1, 1]],
  Bw = [3, $, n$, 0, [Ot, kt], [1, 1], 1];
var $f = [3, $, gd, 0, [Xs, tf], [[() => Vw, 0], () => Ow]],
  Uw = [3, $, p$, 0, [Ot, kt], [1, 1]],
  zw = [3, $, y$, 0, [Ot, kt], [1, 1]];
var Hw = [3, $, pf, 0, [C$], [0], 1],
  jw = [3, $, _$, 0, [wE], [0]];
var Ww = [3, $, Nf, 0, [Z$], [0]];
var Zw = [3, $, F$, 0, [h$, q$], [0, 0]];
var Kw = [3, $, H$, 0, [E$, w$, zE, aw, I$], [0, 0, 0, 0, 2]];
var Jw = [3, $, J$, 0, [Ot, kt], [1, 1]],
  Yw = [3, $, Y$, 0, [BE, X$], [0, 0], 1];
var Xw = [
    3,
    $,
    tw,
    0,
    [
      Nd,
      _d,
      Xs,
      gd,
      hd,
      mf,
      U0,
      H0,
      O0,
      V0,
      X0,
      Y0,
      yf,
      _f,
      If,
      uf,
      ff,
      cf,
      F0,
      B0,
      z0,
      j0,
      Sd,
      xd,
      fd,
      B$,
      Rd,
      Id,
      W0,
    ],
    [
      0,
      0,
      () => eo,
      [() => $f, 0],
      1,
      1,
      1,
      1,
      64,
      64,
      0,
      1,
      0,
      0,
      64,
      2,
      0,
      1,
      2,
      0,
      0,
      1,
      () => Ef,
      () => Tf,
      () => Df,
      2,
      () => Pf,
      () => bf,
      0,
    ],
    1,
  ],
  eL = [3, $, sw, 0, [Ot, kt], [1, 1], 1],
  tL = [3, $, gf, 0, [a$, hd, A$, xf, rf], [1, 1, 0, 0, () => kw]],
  wf = 'unit';
var aL = [1, $, k0, 0, [() => Aw, 0]];
var rL = [1, $, Z0, 0, () => ww],
  sL = [1, $, K0, 0, () => Lw];
var oL = [1, $, J0, 0, () => Qw];
var nL = [1, $, ef, 0, () => Mw];
var cL = [1, $, df, 0, [() => Fw, 0]],
  iL = [1, $, v$, 0, [() => jw, { xmlName: mw }]];
var mL = [1, $, Rf, 0, () => Zw],
  uL = [1, $, j$, 0, () => Kw];
var lL = [1, $, Sf, 0, () => Yw];
var Lf = [9, $, vE, 0, () => $w, () => wf];
var Qf = [9, $, hE, 0, () => Cw, () => Tw];
var Mf = [9, $, ew, 0, () => Xw, () => wf];
var Gf = (e) => ({
  apiVersion: '2011-01-01',
  base64Decoder: e?.base64Decoder ?? na,
  base64Encoder: e?.base64Encoder ?? ia,
  disableHostPrefix: e?.disableHostPrefix ?? !1,
  endpointProvider: e?.endpointProvider ?? G0,
  extensions: e?.extensions ?? [],
  httpAuthSchemeProvider: e?.httpAuthSchemeProvider ?? _0,
  httpAuthSchemes: e?.httpAuthSchemes ?? [
    {
      schemeId: 'aws.auth#sigv4',
      identityProvider: (t) => t.getIdentityProvider('aws.auth#sigv4'),
      signer: new ar(),
    },
  ],
  logger: e?.logger ?? new va(),
  protocol: e?.protocol ?? xn,
  protocolSettings: e?.protocolSettings ?? {
    defaultNamespace: 'com.amazonaws.autoscaling',
    errorTypeRegistries: Cf,
    xmlNamespace: 'http://autoscaling.amazonaws.com/doc/2011-01-01/',
    version: '2011-01-01',
    serviceTarget: 'AutoScaling_2011_01_01',
  },
  serviceId: e?.serviceId ?? 'Auto Scaling',
  sha256: e?.sha256 ?? Qa,
  urlParser: e?.urlParser ?? la,
  utf8Decoder: e?.utf8Decoder ?? ca,
  utf8Encoder: e?.utf8Encoder ?? ma,
});
var kf = (e) => {
  Ia(process.version);
  const t = Ta(e),
    a = () => t().then(Ra),
    r = Gf(e);
  oa(process.version);
  const s = { profile: e?.profile, logger: r.logger };
  return {
    ...r,
    ...e,
    runtime: 'node',
    defaultsMode: t,
    authSchemePreference: e?.authSchemePreference ?? Z(rr, s),
    bodyLengthChecker: e?.bodyLengthChecker ?? pa,
    credentialDefaultProvider: e?.credentialDefaultProvider ?? Gt,
    defaultSocketTimeout: es(e?.requestHandler, 9e5),
    defaultUserAgentProvider:
      e?.defaultUserAgentProvider ?? Ja({ serviceId: r.serviceId, clientVersion: A0.version }),
    maxAttempts: e?.maxAttempts ?? Z(Ha, e),
    region: e?.region ?? Z(ha, { ...Aa, ...s }),
    requestHandler: or.create(e?.requestHandler ?? a),
    retryMode: e?.retryMode ?? Z({ ...Wa, default: async () => (await a()).retryMode || Mt }, e),
    streamCollector: e?.streamCollector ?? La,
    useDualstackEndpoint: e?.useDualstackEndpoint ?? Z(da, s),
    useFipsEndpoint: e?.useFipsEndpoint ?? Z(ya, s),
    userAgentAppId: e?.userAgentAppId ?? Z(Ya, s),
  };
};
var Of = (e) => {
    let t = e.httpAuthSchemes,
      a = e.httpAuthSchemeProvider,
      r = e.credentials;
    return {
      setHttpAuthScheme(s) {
        const o = t.findIndex((n) => n.schemeId === s.schemeId);
        o === -1 ? t.push(s) : t.splice(o, 1, s);
      },
      httpAuthSchemes() {
        return t;
      },
      setHttpAuthSchemeProvider(s) {
        a = s;
      },
      httpAuthSchemeProvider() {
        return a;
      },
      setCredentials(s) {
        r = s;
      },
      credentials() {
        return r;
      },
    };
  },
  Vf = (e) => ({
    httpAuthSchemes: e.httpAuthSchemes(),
    httpAuthSchemeProvider: e.httpAuthSchemeProvider(),
    credentials: e.credentials(),
  });
var Ff = (e, t) => {
  const a = Object.assign(er(e), Sa(e), Ma(e), Of(e));
  return (t.forEach((r) => r.configure(a)), Object.assign(e, tr(a), _a(a), Ga(a), Vf(a)));
};
var rs = class extends Na {
  config;
  constructor(...[t]) {
    const a = kf(t || {});
    super(a), (this.initConfig = a);
    const r = g0(a),
      s = za(r),
      o = ja(s),
      n = Ca(o),
      c = n,
      i = $a(c),
      m = v0(i),
      u = Ff(m, t?.extensions || []);
    (this.config = u),
      this.middlewareStack.use(xa(this.config)),
      this.middlewareStack.use(Ka(this.config)),
      this.middlewareStack.use(Za(this.config)),
      this.middlewareStack.use(ka(this.config)),
      this.middlewareStack.use(Oa(this.config)),
      this.middlewareStack.use(Va(this.config)),
      this.middlewareStack.use(Fa(this.config)),
      this.middlewareStack.use(
        qa(this.config, {
          httpAuthSchemeParametersProvider: S0,
          identityProviderConfigProvider: async (l) => new Ua({ 'aws.auth#sigv4': l.credentials }),
        }),
      ),
      this.middlewareStack.use(Ba(this.config));
  }
  destroy() {
    super.destroy();
  }
};
var ss = ga(h0, 'AutoScaling_2011_01_01', 'AutoScalingClient', wa),
  os = {},
  ns = (e, t, a, r) => [];
var En = class extends ss(os, ns, 'DeleteAutoScalingGroup', Lf) {};
var cs = class extends ss(os, ns, 'DescribeAutoScalingGroups', Qf) {};
var to = class extends ss(os, ns, 'UpdateAutoScalingGroup', Mf) {};
var qf = Se(rs, cs, 'NextToken', 'NextToken', 'MaxRecords');
var Bf = async (e, t, a) => ({
  operation: ua(t).operation,
  region:
    (await tt(e.region)()) ||
    (() => {
      throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
    })(),
});
function pL(e) {
  return {
    schemeId: 'aws.auth#sigv4',
    signingProperties: { name: 'ec2', region: e.region },
    propertiesExtractor: (t, a) => ({ signingProperties: { config: t, context: a } }),
  };
}
var Uf = (e) => {
    const t = [];
    switch (e.operation) {
      default:
        t.push(pL(e));
    }
    return t;
  },
  zf = (e) => {
    const t = sr(e);
    return Object.assign(t, { authSchemePreference: tt(e.authSchemePreference ?? []) });
  };
var Hf = (e) =>
    Object.assign(e, {
      useDualstackEndpoint: e.useDualstackEndpoint ?? !1,
      useFipsEndpoint: e.useFipsEndpoint ?? !1,
      defaultSigningName: 'ec2',
    }),
  jf = {
    UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
    Endpoint: { type: 'builtInParams', name: 'endpoint' },
    Region: { type: 'builtInParams', name: 'region' },
    UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
  };
var Wf = {
  name: '@aws-sdk/client-ec2',
  version: '3.1169.0',
  description: 'AWS SDK for JavaScript Ec2 Client for Node.js, Browser and React Native',
  homepage: 'https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-ec2',
  license: 'Apache-2.0',
  author: { name: 'AWS SDK for JavaScript Team', url: 'https://aws.amazon.com/sdk-for-javascript/' },
  repository: {
    type: 'git',
    url: 'https://github.com/aws/aws-sdk-js-v3.git',
    directory: 'clients/client-ec2',
  },
  files: ['dist-*/**'],
  sideEffects: !1,
  main: './dist-cjs/index.js',
  module: './dist-es/index.js',
  browser: { './dist-es/runtimeConfig': './dist-es/runtimeConfig.browser' },
  types: './dist-types/index.d.ts',
  typesVersions: { '<4.5': { 'dist-types/*': ['dist-types/ts3.4/*'] } },
  'react-native': { './dist-es/runtimeConfig': './dist-es/runtimeConfig.native' },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    'build:cjs': 'node ../../scripts/compilation/inline',
    'build:es': 'premove dist-es && tsc -p tsconfig.es.json',
    'build:include:deps': 'yarn g:turbo run build -F="$npm_package_name"',
    'build:types': 'premove dist-types && tsc -p tsconfig.types.json',
    'build:types:downlevel': 'downlevel-dts dist-types dist-types/ts3.4',
    clean: 'premove dist-cjs dist-es dist-types',
    'extract:docs': 'api-extractor run --local',
    'generate:client': 'node ../../scripts/generate-clients/single-service',
    test: 'yarn g:vitest run --passWithNoTests',
    'test:watch': 'yarn g:vitest watch --passWithNoTests',
    'test:integration': 'yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts',
    'test:integration:watch': 'yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts',
    'test:e2e': 'yarn g:vitest run -c vitest.config.e2e.mts',
    'test:e2e:watch': 'yarn g:vitest watch -c vitest.config.e2e.mts',
    'test:index': 'tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs',
  },
  dependencies: {
    '@aws-sdk/core': '^3.981.0',
    '@aws-sdk/credential-provider-node': '^3.972.97',
    '@aws-sdk/middleware-sdk-ec2': '^3.972.72',
    '@aws-sdk/types': '^3.975.1',
    '@smithy/core': '^3.40.0',
    '@smithy/fetch-http-handler': '^5.8.1',
    '@smithy/node-http-handler': '^4.14.2',
    '@smithy/types': '^4.20.0',
    tslib: '^2.6.2',
  },
  devDependencies: {
    '@smithy/snapshot-testing': '^2.4.0',
    '@tsconfig/node20': '20.1.8',
    '@types/node': '^20.14.8',
    concurrently: '7.0.0',
    'downlevel-dts': '0.10.1',
    premove: '4.0.0',
    typescript: '~7.0.2',
    vitest: '^4.0.17',
  },
  engines: { node: '>=20.0.0' },
};
var ao = 'ref',
  Lr = -1,
  $n = !0,
  Zf = 'isSet',
  Xf = 'PartitionResult',
  wn = 'booleanEquals',
  Td = 'getAttr',
  Kf = { [ao]: 'Endpoint' },
  Dd = { [ao]: Xf },
  is = {},
  Jf = [{ [ao]: 'Region' }],
  Yf = {
    conditions: [
      [Zf, [Kf]],
      [Zf, Jf],
      ['aws.partition', Jf, Xf],
      [wn, [{ [ao]: 'UseFIPS' }, $n]],
      [wn, [{ [ao]: 'UseDualStack' }, $n]],
      [wn, [{ fn: Td, argv: [Dd, 'supportsDualStack'] }, $n]],
      [wn, [{ fn: Td, argv: [Dd, 'supportsFIPS'] }, $n]],
      ['stringEquals', [{ fn: Td, argv: [Dd, 'name'] }, 'aws-us-gov']],
    ],
    results: [
      [Lr],
      [Lr, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
      [Lr, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
      [Kf, is],
      ['https://ec2-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', is],
      [Lr, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
      ['https://ec2.{Region}.amazonaws.com', is],
      ['https://ec2-fips.{Region}.{PartitionResult#dnsSuffix}', is],
      [Lr, 'FIPS is enabled but this partition does not support FIPS'],
      ['https://ec2.{Region}.{PartitionResult#dualStackDnsSuffix}', is],
      [Lr, 'DualStack is enabled but this partition does not support DualStack'],
      ['https://ec2.{Region}.{PartitionResult#dnsSuffix}', is],
      [Lr, 'Invalid Configuration: Missing Region'],
    ],
  },
  yL = 2,
  Me = 1e8,
  NL = new Int32Array([
    -1,
    1,
    -1,
    0,
    13,
    3,
    1,
    4,
    Me + 12,
    2,
    5,
    Me + 12,
    3,
    8,
    6,
    4,
    7,
    Me + 11,
    5,
    Me + 9,
    Me + 10,
    4,
    11,
    9,
    6,
    10,
    Me + 8,
    7,
    Me + 6,
    Me + 7,
    5,
    12,
    Me + 5,
    6,
    Me + 4,
    Me + 5,
    3,
    Me + 1,
    14,
    4,
    Me + 2,
    Me + 3,
  ]),
  eR = Da.from(NL, yL, Yf.conditions, Yf.results);
var xL = new Pa({ size: 50, params: ['Endpoint', 'Region', 'UseDualStack', 'UseFIPS'] }),
  tR = (e, t = {}) => xL.get(e, () => Ea(eR, { endpointParams: e, logger: t.logger }));
ba.aws = Xa;
var Ln = class e extends fa {
  static shapeId = 'smithy.ts.sdk.synthetic.com.amazonaws.ec2#EC2ServiceException';
  constructor(t) {
    super(t), Object.setPrototypeOf(this, e.prototype);
  }
};
var fL = 'AttributeBooleanValue',
  aR = 'AcceleratorCount';
var RL = 'AssociateCarrierIpAddress';
var IL = 'AllowedInstanceTypes',
  SL = 'AllowedInstanceTypeSet';
var rR = 'AttachmentId';
var _L = 'AmiLaunchIndex';
var vL = 'AcceleratorManufacturerSet';
var gL = 'AcceleratorManufacturers';
var hL = 'AcceleratorNameSet';
var AL = 'AcceleratorNames';
var CL = 'AssociatePublicIpAddress';
var TL = 'AssociatedResource';
var sR = 'AutoRecovery';
var oR = 'AmdSevSnp';
var nR = 'AcceleratorTotalMemoryMiB';
var DL = 'AcceleratorTypeSet';
var PL = 'AcceleratorTypes';
var Ed = 'AttachTime';
var bL = 'AttributeValue';
var $d = 'AvailabilityZone';
var wd = 'AvailabilityZoneId';
var cR = 'Affinity';
var iR = 'Arn',
  mR = 'Architecture';
var uR = 'Association',
  EL = 'Attribute',
  lR = 'Attachment';
var $L = 'BlockDeviceMapping',
  wL = 'BlockDeviceMappingList';
var Gn = 'BlockDeviceMappings',
  LL = 'BlockDurationMinutes',
  pR = 'BaselineEbsBandwidthMbps';
var dR = 'BootMode';
var QL = 'BareMetal';
var ML = 'BurstablePerformance';
var yR = 'BaselinePerformanceFactors';
var NR = 'BandwidthWeighting';
var GL = 'CapacityBlockId';
var xR = 'CreatedBy';
var fR = 'CoreCount',
  kL = 'CpuCredits';
var OL = 'CreationDate';
var VL = 'CriticalFixAvailableSince';
var FL = 'CarrierIp';
var qL = 'CurrentInstanceBootMode';
var RR = 'CidrIp',
  Ld = 'CidrIpv6',
  IR = 'CidrIpv4';
var BL = 'CpuManufacturers';
var UL = 'CpuManufacturerSet';
var Qd = 'CpuOptions',
  zL = 'CustomerOwnedIp';
var HL = 'CpuPerformanceFactor';
var SR = 'CapacityReservationId';
var _R = 'CapacityReservationPreference';
var jL = 'CapacityReservationResourceGroupArn';
var WL = 'CapacityReservationSpecificationResponse';
var vR = 'CapacityReservationSpecification';
var gR = 'CapacityReservationTarget',
  ZL = 'CapacityReservationTargetResponse';
var hR = 'CreditSpecification';
var KL = 'CurrentState';
var JL = 'ClientToken',
  YL = 'ConnectionTrackingConfiguration';
var AR = 'ConnectionTrackingSpecification';
var XL = 'ConnectionTrackingSpecificationResponse';
var CR = 'CreateTime';
var TR = 'Code';
var DR = 'Configured';
var eQ = 'Count',
  tQ = 'Cpu';
var aQ = 'DeleteAssociatedSnapshots';
var PR = 'DisableApiStop',
  bR = 'DisableApiTermination';
var kn = 'DeviceIndex';
var rQ = 'DeregisterImageRequest',
  sQ = 'DeregisterImageResult',
  oQ = 'DescribeImagesRequest',
  nQ = 'DescribeImagesResult',
  cQ = 'DescribeInstancesRequest',
  iQ = 'DescribeInstancesResult';
var mQ = 'DeregisterImage',
  uQ = 'DescribeImages',
  lQ = 'DescribeInstances';
var pQ = 'DeleteLaunchTemplate',
  dQ = 'DeleteLaunchTemplateRequest',
  yQ = 'DeleteLaunchTemplateResult',
  NQ = 'DescribeLaunchTemplatesRequest',
  xQ = 'DescribeLaunchTemplatesResult';
var fQ = 'DescribeLaunchTemplateVersionsRequest',
  RQ = 'DescribeLaunchTemplateVersionsResult',
  IQ = 'DescribeLaunchTemplateVersions',
  SQ = 'DescribeLaunchTemplates';
var On = 'DeviceName';
var nr = 'DeleteOnTermination';
var _Q = 'DeregistrationProtection';
var Ee = 'DryRun';
var vQ = 'DeleteSecurityGroup',
  gQ = 'DeleteSecurityGroupRequest';
var hQ = 'DescribeSecurityGroupRulesRequest',
  AQ = 'DescribeSecurityGroupRulesResult',
  CQ = 'DeleteSecurityGroupResult',
  TQ = 'DescribeSecurityGroupsRequest',
  DQ = 'DescribeSecurityGroupsResult';
var PQ = 'DescribeSecurityGroupRules';
var bQ = 'DescribeSecurityGroups';
var EQ = 'DeleteSnapshotRequest',
  $Q = 'DeleteSnapshotReturnCode',
  wQ = 'DeleteSnapshotResultSet';
var LQ = 'DeleteSnapshotResults';
var QQ = 'DeleteSnapshot';
var MQ = 'DeleteTagsRequest';
var GQ = 'DeprecationTime';
var kQ = 'DeleteTags';
var OQ = 'DefaultVersionNumber';
var VQ = 'DefaultVersion';
var gt = 'Description';
var FQ = 'EbsBlockDevice';
var qQ = 'ExecutableByStringList';
var ER = 'ExecutableBy';
var Md = 'EbsCardIndex';
var BQ = 'ElasticGpuAssociation',
  UQ = 'ElasticGpuAssociationId',
  zQ = 'ElasticGpuAssociationList',
  HQ = 'ElasticGpuAssociationState',
  jQ = 'ElasticGpuAssociationTime',
  WQ = 'ElasticGpuAssociations';
var ZQ = 'ElasticGpuId';
var KQ = 'ElasticGpuSpecificationResponse',
  JQ = 'ElasticGpuSpecificationResponseList';
var YQ = 'ElasticGpuSpecifications';
var XQ = 'ElasticInferenceAcceleratorAssociation',
  eM = 'ElasticInferenceAcceleratorAssociationId',
  tM = 'ElasticInferenceAcceleratorAssociationList',
  aM = 'ElasticInferenceAcceleratorAssociationState',
  rM = 'ElasticInferenceAcceleratorAssociationTime',
  sM = 'ElasticInferenceAcceleratorArn',
  oM = 'ElasticInferenceAcceleratorAssociations';
var nM = 'ElasticInferenceAccelerators',
  cM = 'EbsInstanceBlockDevice',
  iM = 'EbsInstanceBlockDeviceSpecification';
var mM = 'ExcludedInstanceTypeSet';
var uM = 'ExcludedInstanceTypes';
var Gd = 'EbsOptimized';
var lM = 'EnclaveOptionsRequest';
var Vn = 'EnclaveOptions';
var $R = 'EnaQueueCount';
var wR = 'EnableResourceNameDnsAAAARecord';
var LR = 'EnableResourceNameDnsARecord';
var QR = 'EnaSrdEnabled',
  MR = 'EnaSrdSpecification';
var GR = 'EnaSrdUdpEnabled',
  kR = 'EnaSrdUdpSpecification';
var kd = 'EnaSupport';
var pM = 'ExecutableUsers';
var Fn = 'Ebs';
var qn = 'Enabled',
  OR = 'Encrypted';
var VR = 'Force';
var dM = 'FilterList';
var Bn = 'FromPort';
var yM = 'FindingScanDate';
var NM = 'FreeTierEligible';
var ms = 'Filters',
  cr = 'Filter';
var Un = 'Groups';
var xM = 'GroupIdentifierList';
var fM = 'GroupIdStringList';
var We = 'GroupId',
  RM = 'GroupIds',
  IM = 'GroupIdentifier';
var Ft = 'GroupName';
var SM = 'GroupNameStringList',
  _M = 'GroupNames',
  vM = 'GroupOwnerId';
var gM = 'HiddenByDefault';
var FR = 'HttpEndpoint',
  hM = 'HighFixAvailableSince',
  AM = 'HighestFindingSeverityLabel';
var qR = 'HostId';
var Od = 'HibernationOptions';
var BR = 'HttpProtocolIpv6',
  UR = 'HttpPutResponseHopLimit';
var zR = 'HostResourceGroupArn';
var HR = 'HttpTokens';
var jR = 'HostnameType';
var CM = 'Hibernate';
var WR = 'Hypervisor',
  TM = 'Id',
  ZR = 'Ipv6Addresses';
var DM = 'Ipv6AddressCount';
var PM = 'InstanceAttachmentEnaSrdSpecification',
  bM = 'InstanceAttachmentEnaSrdUdpSpecification';
var EM = 'ImageAllowed';
var KR = 'Ipv6Address';
var $M = 'InstanceBlockDeviceMapping',
  wM = 'InstanceBlockDeviceMappingList',
  LM = 'InstanceBlockDeviceMappingSpecification',
  QM = 'InstanceBlockDeviceMappingSpecificationList';
var MM = 'IncludeDeprecated';
var GM = 'IncludeDisabled';
var JR = 'IsEgress';
var kM = 'InstanceFamily',
  OM = 'InformationalFixAvailableSince';
var VM = 'InstanceGenerationSet';
var FM = 'InstanceGenerations';
var Qr = 'InstanceId',
  qM = 'InstanceIpv6Address',
  BM = 'InstanceIpv6AddressList';
var UM = 'InstanceInterruptionBehavior';
var Vd = 'IamInstanceProfile';
var zM = 'InstanceIpv4PrefixList',
  HM = 'InstanceIpv6PrefixList';
var jM = 'InstanceIpv4Prefix',
  WM = 'InstanceIpv6Prefix';
var YR = 'InstanceInitiatedShutdownBehavior',
  ZM = 'ImageIdStringList',
  KM = 'InstanceIdStringList';
var us = 'ImageId',
  JM = 'ImageIds';
var Fd = 'InstanceIds';
var YM = 'ImageLocation';
var XM = 'ImageList',
  eG = 'InstanceLifecycle',
  tG = 'InstanceList';
var aG = 'InstanceMaintenanceOptions';
var rG = 'InstanceMetadataOptionsResponse';
var sG = 'InstanceMarketOptions',
  qd = 'IncludeManagedResources',
  XR = 'InstanceMetadataTags';
var oG = 'InstanceNetworkInterface',
  nG = 'InstanceNetworkInterfaceAssociation',
  cG = 'InstanceNetworkInterfaceAttachment',
  iG = 'InstanceNetworkInterfaceList';
var mG = 'InstanceNetworkPerformanceOptions';
var uG = 'ImageOwnerAlias',
  lG = 'IpOwnerId';
var pG = 'Ipv6PrefixCount';
var dG = 'Ipv4PrefixCount';
var yG = 'IpPermissionsEgress';
var NG = 'InstancePrivateIpAddress',
  xG = 'InstancePrivateIpAddressList';
var fG = 'IsPrimaryIpv6';
var RG = 'Ipv4PrefixListResponse',
  IG = 'Ipv6PrefixListResponse',
  SG = 'IpPermissionList';
var _G = 'Ipv4PrefixSpecificationResponse';
var vG = 'Ipv6PrefixSpecificationResponse';
var eI = 'Ipv6Prefixes';
var tI = 'IpPermissions',
  gG = 'IpPermission',
  zn = 'IpProtocol';
var aI = 'Ipv6Prefix';
var rI = 'Ipv4Prefixes',
  sI = 'Ipv4Prefix';
var oI = 'InstanceRequirements';
var hG = 'IpRangeList',
  AG = 'Ipv6RangeList';
var CG = 'IpRanges',
  TG = 'IpRange',
  DG = 'Ipv6Ranges',
  PG = 'Ipv6Range';
var bG = 'InstanceStateChange',
  EG = 'InstanceStateChangeList';
var $G = 'InstanceSecondaryInterfaceAttachment',
  wG = 'InstanceSecondaryInterfaceList',
  LG = 'InstanceSecondaryInterfacePrivateIpAddress',
  QG = 'InstanceSecondaryInterfacePrivateIpAddressList';
var MG = 'InstanceSecondaryInterface';
var GG = 'ImdsSupport';
var kG = 'InstanceState';
var Hn = 'InstanceType';
var OG = 'InstanceTypeItem';
var nI = 'InstanceTypeSpecification',
  VG = 'ImageType';
var jn = 'InterfaceType';
var FG = 'ImageWatermarks';
var qG = 'ImageWatermarkList',
  BG = 'ImageWatermark';
var UG = 'Images',
  zG = 'Image',
  HG = 'Instance',
  jG = 'Instances';
var cI = 'Iops';
var WG = 'Key';
var Bd = 'KernelId';
var iI = 'KmsKeyId';
var mI = 'KeyName';
var ZG = 'Kernel';
var uI = 'LicenseConfigurationArn';
var KG = 'LicenseConfiguration';
var JG = 'LowFixAvailableSince';
var YG = 'LicenseList',
  XG = 'LastLaunchedTime';
var ek = 'LocalStorageTypes',
  tk = 'LocalStorageTypeSet';
var ak = 'LicenseSpecifications';
var rk = 'LocalStorage';
var lI = 'LaunchTemplate';
var sk = 'LaunchTemplateBlockDeviceMapping',
  ok = 'LaunchTemplateBlockDeviceMappingList';
var nk = 'LaunchTemplateCpuOptions';
var ck = 'LaunchTemplateCapacityReservationSpecificationResponse';
var ik = 'LaunchTemplateData',
  mk = 'LaunchTemplateEbsBlockDevice';
var uk = 'LaunchTemplateElasticInferenceAcceleratorResponse',
  lk = 'LaunchTemplateElasticInferenceAcceleratorResponseList',
  pk = 'LaunchTemplateEnclaveOptions';
var dk = 'LaunchTemplateEnaSrdSpecification',
  yk = 'LaunchTemplateEnaSrdUdpSpecification',
  Nk = 'LaunchTemplateHibernationOptions';
var oo = 'LaunchTemplateId',
  xk = 'LaunchTemplateIamInstanceProfileSpecification';
var fk = 'LaunchTemplateInstanceMaintenanceOptions';
var Rk = 'LaunchTemplateInstanceMarketOptions',
  Ik = 'LaunchTemplateInstanceMetadataOptions',
  Sk = 'LaunchTemplateInstanceNetworkInterfaceSpecification',
  _k = 'LaunchTemplateInstanceNetworkInterfaceSpecificationList';
var vk = 'LaunchTemplateInstanceSecondaryInterfaceSpecification',
  gk = 'LaunchTemplateInstanceSecondaryInterfaceSpecificationList';
var hk = 'LaunchTemplateIdStringList',
  Ak = 'LaunchTemplateIds',
  Ck = 'LaunchTemplateLicenseConfiguration';
var Tk = 'LaunchTemplateLicenseList';
var Dk = 'LaunchTemplatesMonitoring';
var no = 'LaunchTemplateName',
  Pk = 'LaunchTemplateNetworkPerformanceOptions';
var bk = 'LaunchTemplateNameStringList',
  Ek = 'LaunchTemplateNames';
var $k = 'LaunchTemplatePlacement',
  wk = 'LaunchTemplatePrivateDnsNameOptions';
var Lk = 'LaunchTemplateSpotMarketOptions';
var Qk = 'LaunchTemplateSet',
  Mk = 'LaunchTemplateTagSpecification',
  Gk = 'LaunchTemplateTagSpecificationList';
var pI = 'LaunchTemplateVersion',
  kk = 'LaunchTemplateVersionSet',
  Ok = 'LaunchTemplateVersions',
  Vk = 'LaunchTemplates';
var Fk = 'LaunchTime';
var qk = 'LatestVersionNumber';
var Bk = 'Licenses';
var qt = 'Min';
var dI = 'MacAddress';
var Uk = 'MetricCategoryIdList',
  yI = 'MetricCategoryIds';
var zk = 'MediumFixAvailableSince';
var NI = 'MemoryGiBPerVCpu';
var Hk = 'ModifyInstanceAttributeRequest',
  jk = 'ModifyInstanceAttributeValue',
  Wk = 'ModifyInstanceAttribute';
var xI = 'MemoryMiB';
var fI = 'MetadataOptions';
var RI = 'MaintenanceOptions';
var Zk = 'MaxPrice';
var ls = 'MaxResults';
var Kk = 'MaxSpotPriceAsPercentageOfOptimalOnDemandPrice';
var Jk = 'MarketType';
var Yk = 'MinVersion';
var Xk = 'MaxVersion';
var Bt = 'Max';
var eO = 'Managed';
var tO = 'Message';
var Ud = 'Monitoring';
var Wn = 'Name';
var II = 'NetworkBandwidthGbps';
var Zn = 'NetworkCardIndex';
var zd = 'NoDevice';
var SI = 'NetworkInterfaceCount';
var _I = 'NetworkInterfaceId';
var vI = 'NetworkInterfaces';
var gI = 'NetworkPerformanceOptions';
var at = 'NextToken',
  hI = 'NestedVirtualization';
var AI = 'OutpostArn';
var aO = 'OnDemandMaxPricePercentageOverLowestPrice';
var co = 'OwnerId';
var rO = 'OperatorResponse';
var sO = 'OwnerStringList';
var ps = 'Operator';
var oO = 'Owners',
  CI = 'Owner',
  nO = 'Principal';
var cO = 'ProductCodeId';
var iO = 'ProductCodeList';
var mO = 'ProductCodeType';
var uO = 'ProductCode',
  TI = 'ProductCodes';
var Hd = 'PrivateDnsName';
var DI = 'PrivateDnsNameOptions';
var lO = 'PrivateDnsNameOptionsResponse';
var PI = 'PublicDnsName';
var bI = 'PlatformDetails';
var pO = 'PerformanceFactorReference';
var dO = 'PerformanceFactorReferenceSet';
var yO = 'PublicIp';
var NO = 'PrivateIpAddressCount';
var xO = 'PrivateIpAddressSpecification',
  fO = 'PrivateIpAddressSpecificationList';
var Mr = 'PrivateIpAddress',
  Kn = 'PrivateIpAddresses';
var RO = 'PublicIpAddress';
var IO = 'PrimaryIpv6';
var Qn = 'PrefixListId',
  SO = 'PrefixListIdList';
var _O = 'PrefixListIds';
var EI = 'PartitionNumber';
var vO = 'PublicSsmParameterName';
var $I = 'PeeringStatus';
var gO = 'PreviousState';
var wI = 'Platform',
  jd = 'Placement';
var LI = 'Primary';
var hO = 'Public';
var Wd = 'Return';
var AO = 'ResolveAlias';
var CO = 'ReturnCode';
var TO = 'RamDiskId';
var QI = 'RootDeviceName';
var MI = 'RootDeviceType';
var DO = 'RequireEncryptionInTransit';
var PO = 'ReferencedGroupId',
  bO = 'ReferencedGroupInfo';
var EO = 'RequireHibernateSupport';
var GI = 'RamdiskId',
  $O = 'ReservationId';
var wO = 'RequesterId';
var LO = 'ResponseLaunchTemplateData',
  QO = 'ReservationList';
var MO = 'RebootMigration';
var GO = 'ReferencedSecurityGroup';
var kO = 'RevokeSecurityGroupIngressRequest',
  OO = 'RevokeSecurityGroupIngressResult';
var VO = 'RevokeSecurityGroupIngress',
  FO = 'RevokedSecurityGroupRule',
  qO = 'RevokedSecurityGroupRuleList',
  BO = 'RevokedSecurityGroupRules';
var UO = 'ResourceType';
var zO = 'Ramdisk';
var HO = 'References';
var jO = 'Resources',
  WO = 'Reservations',
  ZO = 'Reservation';
var KO = 'SecureBlob',
  JO = 'SecureBlobAttributeValue';
var Jn = 'SourceDestCheck';
var kI = 'SpreadDomain';
var YO = 'SecurityGroupArn';
var XO = 'SecurityGroupIds';
var eV = 'SecurityGroupList',
  tV = 'SecurityGroupRules',
  aV = 'SecurityGroupRuleArn';
var OI = 'SecurityGroupRuleIds',
  rV = 'SecurityGroupRuleIdList',
  Yn = 'SecurityGroupRuleId',
  sV = 'SecurityGroupRuleList';
var oV = 'SecurityGroupRule';
var Zd = 'SecurityGroups',
  nV = 'SecurityGroup';
var cV = 'SourceImageCreationTime';
var VI = 'SourceImageId';
var iV = 'SecondaryInterfaceId',
  mV = 'SourceInstanceId';
var uV = 'SecondaryInterfacePrivateIpAddressSpecification',
  lV = 'SecondaryInterfacePrivateIpAddressSpecificationList';
var pV = 'SpotInstanceRequestId';
var FI = 'SourceImageRegion';
var dV = 'StopInstancesRequest',
  yV = 'StopInstancesResult';
var NV = 'SupportedInstanceTypes';
var xV = 'SupportedInstanceTypeSet';
var fV = 'SpotInstanceType';
var qI = 'SecondaryInterfaces';
var Xn = 'SnapshotId';
var RV = 'StoppingInstances',
  IV = 'StopInstances',
  Kd = 'SubnetId';
var SV = 'SpotMaxPricePercentageOverLowestPrice';
var _V = 'SecondaryNetworkId';
var Jd = 'SriovNetSupport';
var vV = 'SpotOptions';
var BI = 'SkipOsShutdown';
var gV = 'SecondaryPrivateIpAddressCount';
var UI = 'ScanResults';
var Yd = 'StateReason';
var hV = 'SourceSecurityGroupName',
  AV = 'SourceSecurityGroupOwnerId';
var zI = 'SecondarySubnetId';
var CV = 'StateTransitionReason';
var TV = 'SensitiveUserData';
var io = 'State',
  mo = 'Status';
var Gr = 'Tags';
var HI = 'TcpEstablishedTimeout';
var DV = 'TerminateInstances';
var PV = 'TerminateInstancesRequest',
  bV = 'TerminateInstancesResult';
var EV = 'TerminatingInstances';
var $V = 'TagList',
  jI = 'TotalLocalStorageGB';
var ec = 'ToPort',
  WI = 'ThreadsPerCore';
var wV = 'TagSpecifications';
var ZI = 'TpmSupport';
var LV = 'Tag',
  KI = 'Tenancy';
var JI = 'Throughput';
var YI = 'Type';
var XI = 'UserData';
var eS = 'UserId';
var QV = 'UserIdGroupPairs',
  MV = 'UserIdGroupPairList';
var GV = 'UserIdGroupPair';
var kV = 'UnknownIpPermissions';
var OV = 'UnsupportedInstanceTypes';
var VV = 'UnsupportedInstanceTypeSet';
var tS = 'UsageOperation',
  FV = 'UsageOperationUpdateTime';
var aS = 'UdpStreamTimeout';
var rS = 'UdpTimeout';
var ds = 'Value';
var qV = 'VCpuCount',
  BV = 'VCpuCountRange';
var UV = 'VersionDescription';
var uo = 'VpcId';
var sS = 'VolumeInitializationRate';
var oS = 'VolumeId';
var Xd = 'VirtualName';
var zV = 'VersionNumber',
  HV = 'VolumeOwnerId';
var nS = 'VpcPeeringConnectionId';
var jV = 'ValueStringList',
  WV = 'VersionStringList';
var cS = 'VolumeSize';
var iS = 'VolumeType';
var mS = 'VirtualizationType',
  ZV = 'ValidUntil';
var KV = 'Values';
var JV = 'Versions';
var YV = 'WatermarkCreationTime';
var XV = 'WatermarkKey';
var e1 = 'associateCarrierIpAddress';
var t1 = 'acceleratorCount';
var a1 = 'allowedInstanceTypeSet';
var uS = 'attachmentId';
var r1 = 'amiLaunchIndex';
var s1 = 'acceleratorManufacturerSet';
var o1 = 'acceleratorNameSet';
var n1 = 'associatePublicIpAddress';
var c1 = 'associatedResource';
var lS = 'autoRecovery';
var pS = 'amdSevSnp';
var i1 = 'acceleratorTotalMemoryMiB';
var m1 = 'acceleratorTypeSet';
var ey = 'attachTime';
var ty = 'availabilityZone';
var dS = 'availabilityZoneId';
var yS = 'affinity';
var NS = 'arn',
  xS = 'architecture';
var fS = 'association',
  RS = 'attachment',
  u1 = 'attribute';
var ay = 'blockDeviceMapping',
  l1 = 'blockDeviceMappingSet',
  p1 = 'blockDurationMinutes',
  d1 = 'baselineEbsBandwidthMbps';
var IS = 'bootMode',
  y1 = 'bareMetal';
var N1 = 'burstablePerformance';
var x1 = 'baselinePerformanceFactors';
var SS = 'bandwidthWeighting';
var f1 = 'capacityBlockId';
var _S = 'createdBy';
var vS = 'coreCount';
var R1 = 'cpuCredits';
var I1 = 'creationDate';
var S1 = 'criticalFixAvailableSince';
var _1 = 'carrierIp';
var v1 = 'currentInstanceBootMode';
var g1 = 'cidrIp',
  ry = 'cidrIpv6',
  gS = 'cidrIpv4';
var h1 = 'cpuManufacturerSet';
var hS = 'cpuOptions',
  A1 = 'customerOwnedIp';
var AS = 'capacityReservationId';
var CS = 'capacityReservationPreference',
  C1 = 'capacityReservationResourceGroupArn';
var TS = 'capacityReservationSpecification',
  DS = 'capacityReservationTarget';
var T1 = 'creditSpecification',
  D1 = 'currentState';
var P1 = 'clientToken',
  b1 = 'connectionTrackingConfiguration';
var E1 = 'connectionTrackingSpecification';
var PS = 'createTime';
var bS = 'code';
var ES = 'configured';
var $1 = 'count',
  w1 = 'cpu';
var L1 = 'disableApiStop',
  $S = 'disableApiTermination';
var tc = 'deviceIndex';
var ac = 'deviceName';
var Q1 = 'dnsName';
var ir = 'deleteOnTermination';
var M1 = 'deregistrationProtection';
var mt = 'dryRun';
var G1 = 'deleteSnapshotResultSet';
var k1 = 'deprecationTime';
var O1 = 'defaultVersionNumber';
var V1 = 'defaultVersion';
var Ut = 'description';
var wS = 'ebsCardIndex';
var F1 = 'elasticGpuAssociationId',
  q1 = 'elasticGpuAssociationState',
  B1 = 'elasticGpuAssociationSet',
  U1 = 'elasticGpuAssociationTime';
var z1 = 'elasticGpuId';
var H1 = 'elasticGpuSpecificationSet';
var j1 = 'elasticInferenceAcceleratorArn',
  W1 = 'elasticInferenceAcceleratorAssociationId',
  Z1 = 'elasticInferenceAcceleratorAssociationState',
  K1 = 'elasticInferenceAcceleratorAssociationSet',
  J1 = 'elasticInferenceAcceleratorAssociationTime',
  Y1 = 'elasticInferenceAcceleratorSet';
var X1 = 'excludedInstanceTypeSet';
var sy = 'ebsOptimized';
var LS = 'enclaveOptions';
var QS = 'enaQueueCount';
var MS = 'enableResourceNameDnsAAAARecord',
  GS = 'enableResourceNameDnsARecord';
var kS = 'enaSrdEnabled',
  OS = 'enaSrdSpecification';
var VS = 'enaSrdUdpEnabled',
  FS = 'enaSrdUdpSpecification';
var oy = 'enaSupport';
var rc = 'ebs';
var ny = 'enabled',
  qS = 'encrypted';
var cy = 'fromPort';
var e3 = 'findingScanDate';
var t3 = 'freeTierEligible';
var a3 = 'force';
var r3 = 'groupDescription';
var ht = 'groupId';
var lo = 'groupName',
  s3 = 'groupOwnerId';
var sc = 'groupSet';
var o3 = 'groups',
  BS = 'hypervisor',
  n3 = 'hiddenByDefault';
var US = 'httpEndpoint',
  c3 = 'highFixAvailableSince',
  i3 = 'highestFindingSeverityLabel',
  zS = 'hostId';
var HS = 'hibernationOptions';
var jS = 'httpProtocolIpv6',
  WS = 'httpPutResponseHopLimit';
var ZS = 'hostResourceGroupArn';
var KS = 'httpTokens';
var JS = 'hostnameType';
var m3 = 'id';
var u3 = 'ipv6AddressCount';
var YS = 'ipv6AddressesSet';
var l3 = 'imageAllowed';
var p3 = 'ipAddress';
var XS = 'ipv6Address';
var e_ = 'isEgress';
var d3 = 'instanceFamily',
  y3 = 'informationalFixAvailableSince';
var N3 = 'instanceGenerationSet';
var iy = 'instanceId',
  x3 = 'instanceInterruptionBehavior';
var t_ = 'iamInstanceProfile';
var a_ = 'instanceInitiatedShutdownBehavior';
var my = 'imageId';
var f3 = 'imageLocation',
  R3 = 'instanceLifecycle';
var I3 = 'instanceMarketOptions',
  r_ = 'instanceMetadataTags';
var S3 = 'imageOwnerAlias',
  _3 = 'imageOwnerId';
var v3 = 'ipOwnerId';
var g3 = 'ipv4PrefixCount',
  h3 = 'ipv6PrefixCount';
var A3 = 'ipPermissionsEgress';
var C3 = 'isPrimaryIpv6';
var s_ = 'ipv4PrefixSet',
  o_ = 'ipv6PrefixSet';
var uy = 'ipProtocol';
var T3 = 'ipPermissions',
  n_ = 'ipv4Prefix';
var c_ = 'ipv6Prefix',
  D3 = 'isPublic';
var P3 = 'instanceRequirements';
var b3 = 'ipRanges',
  E3 = 'ipv6Ranges';
var $3 = 'imagesSet',
  w3 = 'imageState';
var L3 = 'imdsSupport';
var ly = 'instancesSet',
  Q3 = 'instanceState';
var oc = 'instanceType';
var M3 = 'instanceTypeSpecification';
var G3 = 'imageType';
var nc = 'interfaceType';
var k3 = 'imageWatermarkSet';
var i_ = 'iops';
var Q = 'item',
  O3 = 'key';
var py = 'kernelId';
var m_ = 'kmsKeyId';
var u_ = 'keyName';
var V3 = 'kernel';
var l_ = 'licenseConfigurationArn';
var F3 = 'lowFixAvailableSince';
var q3 = 'lastLaunchedTime';
var B3 = 'localStorageTypeSet';
var p_ = 'licenseSet',
  U3 = 'localStorage';
var z3 = 'launchTemplate';
var H3 = 'launchTemplateData',
  d_ = 'launchTemplateId',
  y_ = 'launchTemplateName';
var j3 = 'launchTemplateVersionSet',
  W3 = 'launchTemplates',
  Z3 = 'launchTime';
var K3 = 'latestVersionNumber';
var zt = 'min';
var N_ = 'macAddress';
var x_ = 'metricCategoryIdSet';
var J3 = 'mediumFixAvailableSince';
var Y3 = 'memoryGiBPerVCpu';
var X3 = 'memoryMiB';
var f_ = 'metadataOptions';
var R_ = 'maintenanceOptions',
  eF = 'maxPrice';
var tF = 'maxResults';
var aF = 'maxSpotPriceAsPercentageOfOptimalOnDemandPrice';
var rF = 'marketType';
var Ht = 'max';
var sF = 'managed';
var oF = 'message';
var I_ = 'monitoring',
  dy = 'name';
var nF = 'networkBandwidthGbps';
var cc = 'networkCardIndex';
var yy = 'noDevice';
var cF = 'networkInterfaceCount';
var S_ = 'networkInterfaceId';
var __ = 'networkInterfaceSet';
var v_ = 'networkPerformanceOptions';
var kr = 'nextToken',
  g_ = 'nestedVirtualization';
var h_ = 'outpostArn';
var iF = 'onDemandMaxPricePercentageOverLowestPrice';
var ic = 'ownerId';
var ys = 'operator';
var mF = 'principal';
var A_ = 'productCodes';
var uF = 'productCode';
var C_ = 'privateDnsNameOptions';
var Ny = 'privateDnsName',
  lF = 'publicDnsName';
var T_ = 'platformDetails';
var pF = 'publicIp';
var dF = 'privateIpAddressCount',
  xy = 'privateIpAddressesSet';
var yF = 'privateIpAddressSet';
var Or = 'privateIpAddress';
var NF = 'primaryIpv6';
var fy = 'prefixListId',
  xF = 'prefixListIds';
var D_ = 'partitionNumber';
var fF = 'publicSsmParameterName';
var P_ = 'peeringStatus';
var RF = 'previousState';
var b_ = 'platform',
  E_ = 'placement';
var $_ = 'primary';
var Ry = 'return';
var IF = 'returnCode';
var SF = 'ramDiskId';
var w_ = 'rootDeviceName';
var L_ = 'rootDeviceType';
var _F = 'requireEncryptionInTransit';
var vF = 'referencedGroupId',
  gF = 'referencedGroupInfo';
var hF = 'requireHibernateSupport',
  AF = 'reservationId';
var Q_ = 'ramdiskId';
var CF = 'requesterId',
  TF = 'resourceId';
var DF = 'rebootMigration';
var PF = 'revokedSecurityGroupRuleSet';
var bF = 'referenceSet';
var EF = 'reservationSet';
var $F = 'resourceType';
var wF = 'ramdisk',
  LF = 'reason';
var M_ = 'smithy.ts.sdk.synthetic.com.amazonaws.ec2';
var Iy = 'sourceDestCheck';
var G_ = 'spreadDomain';
var QF = 'securityGroupArn';
var MF = 'securityGroupIdSet';
var GF = 'securityGroupInfo';
var kF = 'securityGroupRuleArn',
  k_ = 'securityGroupRuleId',
  OF = 'securityGroupRuleSet';
var VF = 'securityGroupSet';
var FF = 'sourceImageCreationTime';
var qF = 'sourceInstanceId';
var BF = 'secondaryInterfaceId',
  O_ = 'sourceImageId';
var V_ = 'sourceImageRegion',
  UF = 'spotInstanceRequestId';
var F_ = 'secondaryInterfaceSet';
var zF = 'spotInstanceType';
var HF = 'supportedInstanceTypeSet';
var Sy = 'snapshotId';
var _y = 'subnetId';
var jF = 'spotMaxPricePercentageOverLowestPrice';
var WF = 'secondaryNetworkId';
var vy = 'sriovNetSupport';
var ZF = 'spotOptions';
var KF = 'secondaryPrivateIpAddressCount';
var JF = 'scanResults';
var q_ = 'stateReason';
var B_ = 'secondarySubnetId';
var gy = 'state',
  po = 'status';
var U_ = 'tcpEstablishedTimeout';
var YF = 'totalLocalStorageGB';
var hy = 'toPort',
  z_ = 'threadsPerCore';
var Ns = 'tagSet';
var XF = 'tagSpecificationSet';
var H_ = 'tpmSupport';
var eq = 'tag';
var j_ = 'tenancy';
var W_ = 'throughput';
var Ay = 'type';
var Z_ = 'userData';
var K_ = 'userId';
var tq = 'unknownIpPermissionSet';
var aq = 'unsupportedInstanceTypeSet';
var J_ = 'usageOperation',
  rq = 'usageOperationUpdateTime';
var Y_ = 'udpStreamTimeout';
var X_ = 'udpTimeout';
var yo = 'value';
var sq = 'vCpuCount';
var oq = 'versionDescription';
var No = 'vpcId',
  nq = 'volumeInitializationRate';
var ev = 'volumeId';
var Cy = 'virtualName';
var cq = 'versionNumber',
  iq = 'volumeOwnerId';
var tv = 'vpcPeeringConnectionId';
var av = 'volumeSize';
var rv = 'volumeType';
var sv = 'virtualizationType',
  mq = 'validUntil';
var uq = 'watermarkCreationTime',
  lq = 'watermarkKey';
var y = 'com.amazonaws.ec2',
  ov = new it(M_),
  pq = [-3, M_, 'EC2ServiceException', 0, [], []];
ov.registerError(pq, Ln);
var nv = [ov];
var dq = [0, y, jk, 8, 0];
var yq = [0, y, KO, 8, 21];
var Nq = [0, y, TV, 8, 0];
var xq = [
  3,
  y,
  aR,
  0,
  [qt, Bt],
  [
    [1, { ec2QueryName: 'Min', xmlName: zt }],
    [1, { ec2QueryName: 'Max', xmlName: Ht }],
  ],
];
var fq = [
  3,
  y,
  nR,
  0,
  [qt, Bt],
  [
    [1, { ec2QueryName: 'Min', xmlName: zt }],
    [1, { ec2QueryName: 'Max', xmlName: Ht }],
  ],
];
var ro = [3, y, fL, 0, [ds], [[2, { ec2QueryName: 'Value', xmlName: yo }]]];
var so = [3, y, bL, 0, [ds], [[0, { ec2QueryName: 'Value', xmlName: yo }]]];
var Rq = [
  3,
  y,
  pR,
  0,
  [qt, Bt],
  [
    [1, { ec2QueryName: 'Min', xmlName: zt }],
    [1, { ec2QueryName: 'Max', xmlName: Ht }],
  ],
];
var Iq = [3, y, yR, 0, [tQ], [[() => Aq, { ec2QueryName: 'Cpu', xmlName: w1 }]]];
var Sq = [
  3,
  y,
  $L,
  0,
  [Fn, zd, On, Xd],
  [
    [() => Wq, { ec2QueryName: 'Ebs', xmlName: rc }],
    [0, { ec2QueryName: 'NoDevice', xmlName: yy }],
    [0, { ec2QueryName: 'DeviceName', xmlName: ac }],
    [0, { ec2QueryName: 'VirtualName', xmlName: Cy }],
  ],
];
var _q = [
  3,
  y,
  WL,
  0,
  [_R, gR],
  [
    [0, { ec2QueryName: 'CapacityReservationPreference', xmlName: CS }],
    [() => cv, { ec2QueryName: 'CapacityReservationTarget', xmlName: DS }],
  ],
];
var cv = [
  3,
  y,
  ZL,
  0,
  [SR, jL],
  [
    [0, { ec2QueryName: 'CapacityReservationId', xmlName: AS }],
    [0, { ec2QueryName: 'CapacityReservationResourceGroupArn', xmlName: C1 }],
  ],
];
var vq = [
  3,
  y,
  AR,
  0,
  [HI, rS, aS],
  [
    [1, { ec2QueryName: 'TcpEstablishedTimeout', xmlName: U_ }],
    [1, { ec2QueryName: 'UdpTimeout', xmlName: X_ }],
    [1, { ec2QueryName: 'UdpStreamTimeout', xmlName: Y_ }],
  ],
];
var gq = [
  3,
  y,
  XL,
  0,
  [HI, aS, rS],
  [
    [1, { ec2QueryName: 'TcpEstablishedTimeout', xmlName: U_ }],
    [1, { ec2QueryName: 'UdpStreamTimeout', xmlName: Y_ }],
    [1, { ec2QueryName: 'UdpTimeout', xmlName: X_ }],
  ],
];
var hq = [
  3,
  y,
  Qd,
  0,
  [fR, WI, oR, hI],
  [
    [1, { ec2QueryName: 'CoreCount', xmlName: vS }],
    [1, { ec2QueryName: 'ThreadsPerCore', xmlName: z_ }],
    [0, { ec2QueryName: 'AmdSevSnp', xmlName: pS }],
    [0, { ec2QueryName: 'NestedVirtualization', xmlName: g_ }],
  ],
];
var Aq = [3, y, HL, 0, [HO], [[() => gU, { ec2QueryName: 'ReferenceSet', xmlName: bF }]]];
var Cq = [3, y, hR, 0, [kL], [[0, { ec2QueryName: 'CpuCredits', xmlName: R1 }]]];
var Tq = [3, y, dQ, 0, [Ee, oo, no], [2, 0, 0]],
  Dq = [3, y, yQ, 0, [lI], [[() => uv, { ec2QueryName: 'LaunchTemplate', xmlName: z3 }]]];
var Pq = [3, y, gQ, 0, [We, Ft, Ee], [0, 0, [2, { ec2QueryName: 'DryRun', xmlName: mt }]]],
  bq = [
    3,
    y,
    CQ,
    0,
    [Wd, We],
    [
      [2, { ec2QueryName: 'Return', xmlName: Ry }],
      [0, { ec2QueryName: 'GroupId', xmlName: ht }],
    ],
  ],
  Eq = [3, y, EQ, 0, [Xn, Ee], [0, [2, { ec2QueryName: 'DryRun', xmlName: mt }]], 1],
  $q = [
    3,
    y,
    $Q,
    0,
    [Xn, CO],
    [
      [0, { ec2QueryName: 'SnapshotId', xmlName: Sy }],
      [0, { ec2QueryName: 'ReturnCode', xmlName: IF }],
    ],
  ];
var wq = [
  3,
  y,
  MQ,
  0,
  [jO, Ee, Gr],
  [
    [64, { ec2QueryName: 'ResourceId', xmlName: TF }],
    [2, { ec2QueryName: 'DryRun', xmlName: mt }],
    [() => Vr, { ec2QueryName: 'Tag', xmlName: eq }],
  ],
  1,
];
var Lq = [3, y, rQ, 0, [us, aQ, Ee], [0, 2, [2, { ec2QueryName: 'DryRun', xmlName: mt }]], 1],
  Qq = [
    3,
    y,
    sQ,
    0,
    [Wd, LQ],
    [
      [2, { ec2QueryName: 'Return', xmlName: Ry }],
      [() => V4, { ec2QueryName: 'DeleteSnapshotResultSet', xmlName: G1 }],
    ],
  ];
var Mq = [
    3,
    y,
    oQ,
    0,
    [pM, JM, oO, MM, GM, ls, at, Ee, ms],
    [
      [() => z4, { xmlName: ER }],
      [() => j4, { xmlName: us }],
      [() => vU, { xmlName: CI }],
      2,
      2,
      1,
      0,
      [2, { ec2QueryName: 'DryRun', xmlName: mt }],
      [() => fs, { xmlName: cr }],
    ],
  ],
  Gq = [
    3,
    y,
    nQ,
    0,
    [at, UG],
    [
      [0, { ec2QueryName: 'NextToken', xmlName: kr }],
      [() => W4, { ec2QueryName: 'ImagesSet', xmlName: $3 }],
    ],
  ];
var kq = [
    3,
    y,
    cQ,
    0,
    [Fd, qd, Ee, ms, at, ls],
    [
      [() => by, { xmlName: Qr }],
      2,
      [2, { ec2QueryName: 'DryRun', xmlName: mt }],
      [() => fs, { xmlName: cr }],
      [0, { ec2QueryName: 'NextToken', xmlName: kr }],
      [1, { ec2QueryName: 'MaxResults', xmlName: tF }],
    ],
  ],
  Oq = [
    3,
    y,
    iQ,
    0,
    [at, WO],
    [
      [0, { ec2QueryName: 'NextToken', xmlName: kr }],
      [() => CU, { ec2QueryName: 'ReservationSet', xmlName: EF }],
    ],
  ];
var Vq = [
    3,
    y,
    NQ,
    0,
    [Ee, Ak, Ek, ms, at, ls, qd],
    [2, [() => pU, { xmlName: oo }], [() => xU, { xmlName: no }], [() => fs, { xmlName: cr }], 0, 1, 2],
  ],
  Fq = [
    3,
    y,
    xQ,
    0,
    [Vk, at],
    [
      [() => fU, { ec2QueryName: 'LaunchTemplates', xmlName: W3 }],
      [0, { ec2QueryName: 'NextToken', xmlName: kr }],
    ],
  ],
  qq = [
    3,
    y,
    fQ,
    0,
    [Ee, oo, no, JV, Yk, Xk, at, ls, ms, AO, qd],
    [2, 0, 0, [() => LU, { xmlName: pI }], 0, 0, 0, 1, [() => fs, { xmlName: cr }], 2, 2],
  ],
  Bq = [
    3,
    y,
    RQ,
    0,
    [Ok, at],
    [
      [() => IU, { ec2QueryName: 'LaunchTemplateVersionSet', xmlName: j3 }],
      [0, { ec2QueryName: 'NextToken', xmlName: kr }],
    ],
  ];
var Uq = [
    3,
    y,
    hQ,
    0,
    [ms, OI, Ee, at, ls],
    [[() => fs, { xmlName: cr }], [() => xv, { xmlName: Yn }], 2, 0, 1],
  ],
  zq = [
    3,
    y,
    AQ,
    0,
    [tV, at],
    [
      [() => bU, { ec2QueryName: 'SecurityGroupRuleSet', xmlName: OF }],
      [0, { ec2QueryName: 'NextToken', xmlName: kr }],
    ],
  ],
  Hq = [
    3,
    y,
    TQ,
    0,
    [RM, _M, at, ls, Ee, ms],
    [
      [() => Py, { xmlName: We }],
      [() => H4, { xmlName: Ft }],
      0,
      1,
      [2, { ec2QueryName: 'DryRun', xmlName: mt }],
      [() => fs, { xmlName: cr }],
    ],
  ],
  jq = [
    3,
    y,
    DQ,
    0,
    [at, Zd],
    [
      [0, { ec2QueryName: 'NextToken', xmlName: kr }],
      [() => PU, { ec2QueryName: 'SecurityGroupInfo', xmlName: GF }],
    ],
  ];
var Wq = [
  3,
  y,
  FQ,
  0,
  [nr, cI, Xn, cS, iS, iI, JI, AI, $d, OR, sS, wd, Md],
  [
    [2, { ec2QueryName: 'DeleteOnTermination', xmlName: ir }],
    [1, { ec2QueryName: 'Iops', xmlName: i_ }],
    [0, { ec2QueryName: 'SnapshotId', xmlName: Sy }],
    [1, { ec2QueryName: 'VolumeSize', xmlName: av }],
    [0, { ec2QueryName: 'VolumeType', xmlName: rv }],
    [0, { ec2QueryName: 'KmsKeyId', xmlName: m_ }],
    [1, { ec2QueryName: 'Throughput', xmlName: W_ }],
    [0, { ec2QueryName: 'OutpostArn', xmlName: h_ }],
    [0, { ec2QueryName: 'AvailabilityZone', xmlName: ty }],
    [2, { ec2QueryName: 'Encrypted', xmlName: qS }],
    1,
    0,
    1,
  ],
];
var Zq = [
    3,
    y,
    cM,
    0,
    [Ed, nr, mo, oS, TL, HV, ps, Md],
    [
      [4, { ec2QueryName: 'AttachTime', xmlName: ey }],
      [2, { ec2QueryName: 'DeleteOnTermination', xmlName: ir }],
      [0, { ec2QueryName: 'Status', xmlName: po }],
      [0, { ec2QueryName: 'VolumeId', xmlName: ev }],
      [0, { ec2QueryName: 'AssociatedResource', xmlName: c1 }],
      [0, { ec2QueryName: 'VolumeOwnerId', xmlName: iq }],
      [() => xs, { ec2QueryName: 'Operator', xmlName: ys }],
      [1, { ec2QueryName: 'EbsCardIndex', xmlName: wS }],
    ],
  ],
  Kq = [
    3,
    y,
    iM,
    0,
    [oS, nr],
    [
      [0, { ec2QueryName: 'VolumeId', xmlName: ev }],
      [2, { ec2QueryName: 'DeleteOnTermination', xmlName: ir }],
    ],
  ];
var Jq = [
  3,
  y,
  BQ,
  0,
  [ZQ, UQ, HQ, jQ],
  [
    [0, { ec2QueryName: 'ElasticGpuId', xmlName: z1 }],
    [0, { ec2QueryName: 'ElasticGpuAssociationId', xmlName: F1 }],
    [0, { ec2QueryName: 'ElasticGpuAssociationState', xmlName: q1 }],
    [0, { ec2QueryName: 'ElasticGpuAssociationTime', xmlName: U1 }],
  ],
];
var Yq = [3, y, KQ, 0, [YI], [[0, { ec2QueryName: 'Type', xmlName: Ay }]]];
var Xq = [
  3,
  y,
  XQ,
  0,
  [sM, eM, aM, rM],
  [
    [0, { ec2QueryName: 'ElasticInferenceAcceleratorArn', xmlName: j1 }],
    [0, { ec2QueryName: 'ElasticInferenceAcceleratorAssociationId', xmlName: W1 }],
    [0, { ec2QueryName: 'ElasticInferenceAcceleratorAssociationState', xmlName: Z1 }],
    [4, { ec2QueryName: 'ElasticInferenceAcceleratorAssociationTime', xmlName: J1 }],
  ],
];
var eB = [3, y, Vn, 0, [qn], [[2, { ec2QueryName: 'Enabled', xmlName: ny }]]],
  tB = [3, y, lM, 0, [qn], [2]];
var aB = [3, y, cr, 0, [Wn, KV], [0, [() => bd, { xmlName: ds }]]];
var rB = [
  3,
  y,
  IM,
  0,
  [We, Ft],
  [
    [0, { ec2QueryName: 'GroupId', xmlName: ht }],
    [0, { ec2QueryName: 'GroupName', xmlName: lo }],
  ],
];
var sB = [3, y, Od, 0, [DR], [[2, { ec2QueryName: 'Configured', xmlName: ES }]]];
var oB = [
  3,
  y,
  Vd,
  0,
  [iR, TM],
  [
    [0, { ec2QueryName: 'Arn', xmlName: NS }],
    [0, { ec2QueryName: 'Id', xmlName: m3 }],
  ],
];
var nB = [
  3,
  y,
  zG,
  0,
  [
    bI,
    tS,
    Gn,
    gt,
    kd,
    WR,
    uG,
    Wn,
    QI,
    MI,
    Jd,
    Yd,
    Gr,
    mS,
    dR,
    ZI,
    GQ,
    GG,
    mV,
    _Q,
    XG,
    EM,
    VI,
    FI,
    NM,
    vO,
    FG,
    UI,
    nI,
    us,
    YM,
    io,
    co,
    OL,
    hO,
    TI,
    mR,
    VG,
    Bd,
    GI,
    wI,
  ],
  [
    [0, { ec2QueryName: 'PlatformDetails', xmlName: T_ }],
    [0, { ec2QueryName: 'UsageOperation', xmlName: J_ }],
    [() => k4, { ec2QueryName: 'BlockDeviceMapping', xmlName: ay }],
    [0, { ec2QueryName: 'Description', xmlName: Ut }],
    [2, { ec2QueryName: 'EnaSupport', xmlName: oy }],
    [0, { ec2QueryName: 'Hypervisor', xmlName: BS }],
    [0, { ec2QueryName: 'ImageOwnerAlias', xmlName: S3 }],
    [0, { ec2QueryName: 'Name', xmlName: dy }],
    [0, { ec2QueryName: 'RootDeviceName', xmlName: w_ }],
    [0, { ec2QueryName: 'RootDeviceType', xmlName: L_ }],
    [0, { ec2QueryName: 'SriovNetSupport', xmlName: vy }],
    [() => lv, { ec2QueryName: 'StateReason', xmlName: q_ }],
    [() => Vr, { ec2QueryName: 'TagSet', xmlName: Ns }],
    [0, { ec2QueryName: 'VirtualizationType', xmlName: sv }],
    [0, { ec2QueryName: 'BootMode', xmlName: IS }],
    [0, { ec2QueryName: 'TpmSupport', xmlName: H_ }],
    [0, { ec2QueryName: 'DeprecationTime', xmlName: k1 }],
    [0, { ec2QueryName: 'ImdsSupport', xmlName: L3 }],
    [0, { ec2QueryName: 'SourceInstanceId', xmlName: qF }],
    [0, { ec2QueryName: 'DeregistrationProtection', xmlName: M1 }],
    [0, { ec2QueryName: 'LastLaunchedTime', xmlName: q3 }],
    [2, { ec2QueryName: 'ImageAllowed', xmlName: l3 }],
    [0, { ec2QueryName: 'SourceImageId', xmlName: O_ }],
    [0, { ec2QueryName: 'SourceImageRegion', xmlName: V_ }],
    [2, { ec2QueryName: 'FreeTierEligible', xmlName: t3 }],
    [0, { ec2QueryName: 'PublicSsmParameterName', xmlName: fF }],
    [() => Z4, { ec2QueryName: 'ImageWatermarkSet', xmlName: k3 }],
    [() => _4, { ec2QueryName: 'ScanResults', xmlName: JF }],
    [() => TB, { ec2QueryName: 'InstanceTypeSpecification', xmlName: M3 }],
    [0, { ec2QueryName: 'ImageId', xmlName: my }],
    [0, { ec2QueryName: 'ImageLocation', xmlName: f3 }],
    [0, { ec2QueryName: 'ImageState', xmlName: w3 }],
    [0, { ec2QueryName: 'ImageOwnerId', xmlName: _3 }],
    [0, { ec2QueryName: 'CreationDate', xmlName: I1 }],
    [2, { ec2QueryName: 'IsPublic', xmlName: D3 }],
    [() => Nv, { ec2QueryName: 'ProductCodes', xmlName: A_ }],
    [0, { ec2QueryName: 'Architecture', xmlName: xS }],
    [0, { ec2QueryName: 'ImageType', xmlName: G3 }],
    [0, { ec2QueryName: 'KernelId', xmlName: py }],
    [0, { ec2QueryName: 'RamdiskId', xmlName: Q_ }],
    [0, { ec2QueryName: 'Platform', xmlName: b_ }],
  ],
];
var cB = [
  3,
  y,
  BG,
  0,
  [XV, FI, VI, cV, YV],
  [
    [0, { ec2QueryName: 'WatermarkKey', xmlName: lq }],
    [0, { ec2QueryName: 'SourceImageRegion', xmlName: V_ }],
    [0, { ec2QueryName: 'SourceImageId', xmlName: O_ }],
    [4, { ec2QueryName: 'SourceImageCreationTime', xmlName: FF }],
    [4, { ec2QueryName: 'WatermarkCreationTime', xmlName: uq }],
  ],
];
var iB = [
  3,
  y,
  HG,
  0,
  [
    mR,
    Gn,
    JL,
    Gd,
    kd,
    WR,
    Vd,
    eG,
    WQ,
    oM,
    vI,
    AI,
    QI,
    MI,
    Zd,
    Jn,
    pV,
    Jd,
    Yd,
    Gr,
    mS,
    Qd,
    GL,
    SR,
    vR,
    Od,
    Bk,
    fI,
    Vn,
    dR,
    bI,
    tS,
    FV,
    DI,
    KR,
    ZI,
    RI,
    qL,
    gI,
    ps,
    qI,
    Qr,
    us,
    io,
    Hd,
    PI,
    CV,
    mI,
    _L,
    TI,
    Hn,
    Fk,
    jd,
    Bd,
    GI,
    wI,
    Ud,
    Kd,
    uo,
    Mr,
    RO,
  ],
  [
    [0, { ec2QueryName: 'Architecture', xmlName: xS }],
    [() => K4, { ec2QueryName: 'BlockDeviceMapping', xmlName: ay }],
    [0, { ec2QueryName: 'ClientToken', xmlName: P1 }],
    [2, { ec2QueryName: 'EbsOptimized', xmlName: sy }],
    [2, { ec2QueryName: 'EnaSupport', xmlName: oy }],
    [0, { ec2QueryName: 'Hypervisor', xmlName: BS }],
    [() => oB, { ec2QueryName: 'IamInstanceProfile', xmlName: t_ }],
    [0, { ec2QueryName: 'InstanceLifecycle', xmlName: R3 }],
    [() => F4, { ec2QueryName: 'ElasticGpuAssociationSet', xmlName: B1 }],
    [() => B4, { ec2QueryName: 'ElasticInferenceAcceleratorAssociationSet', xmlName: K1 }],
    [() => aU, { ec2QueryName: 'NetworkInterfaceSet', xmlName: __ }],
    [0, { ec2QueryName: 'OutpostArn', xmlName: h_ }],
    [0, { ec2QueryName: 'RootDeviceName', xmlName: w_ }],
    [0, { ec2QueryName: 'RootDeviceType', xmlName: L_ }],
    [() => Dy, { ec2QueryName: 'GroupSet', xmlName: sc }],
    [2, { ec2QueryName: 'SourceDestCheck', xmlName: Iy }],
    [0, { ec2QueryName: 'SpotInstanceRequestId', xmlName: UF }],
    [0, { ec2QueryName: 'SriovNetSupport', xmlName: vy }],
    [() => lv, { ec2QueryName: 'StateReason', xmlName: q_ }],
    [() => Vr, { ec2QueryName: 'TagSet', xmlName: Ns }],
    [0, { ec2QueryName: 'VirtualizationType', xmlName: sv }],
    [() => hq, { ec2QueryName: 'CpuOptions', xmlName: hS }],
    [0, { ec2QueryName: 'CapacityBlockId', xmlName: f1 }],
    [0, { ec2QueryName: 'CapacityReservationId', xmlName: AS }],
    [() => _q, { ec2QueryName: 'CapacityReservationSpecification', xmlName: TS }],
    [() => sB, { ec2QueryName: 'HibernationOptions', xmlName: HS }],
    [() => SU, { ec2QueryName: 'LicenseSet', xmlName: p_ }],
    [() => fB, { ec2QueryName: 'MetadataOptions', xmlName: f_ }],
    [() => eB, { ec2QueryName: 'EnclaveOptions', xmlName: LS }],
    [0, { ec2QueryName: 'BootMode', xmlName: IS }],
    [0, { ec2QueryName: 'PlatformDetails', xmlName: T_ }],
    [0, { ec2QueryName: 'UsageOperation', xmlName: J_ }],
    [4, { ec2QueryName: 'UsageOperationUpdateTime', xmlName: rq }],
    [() => p4, { ec2QueryName: 'PrivateDnsNameOptions', xmlName: C_ }],
    [0, { ec2QueryName: 'Ipv6Address', xmlName: XS }],
    [0, { ec2QueryName: 'TpmSupport', xmlName: H_ }],
    [() => xB, { ec2QueryName: 'MaintenanceOptions', xmlName: R_ }],
    [0, { ec2QueryName: 'CurrentInstanceBootMode', xmlName: v1 }],
    [() => SB, { ec2QueryName: 'NetworkPerformanceOptions', xmlName: v_ }],
    [() => xs, { ec2QueryName: 'Operator', xmlName: ys }],
    [() => sU, { ec2QueryName: 'SecondaryInterfaceSet', xmlName: F_ }],
    [0, { ec2QueryName: 'InstanceId', xmlName: iy }],
    [0, { ec2QueryName: 'ImageId', xmlName: my }],
    [() => Pd, { ec2QueryName: 'InstanceState', xmlName: Q3 }],
    [0, { ec2QueryName: 'PrivateDnsName', xmlName: Ny }],
    [0, { ec2QueryName: 'DnsName', xmlName: Q1 }],
    [0, { ec2QueryName: 'Reason', xmlName: LF }],
    [0, { ec2QueryName: 'KeyName', xmlName: u_ }],
    [1, { ec2QueryName: 'AmiLaunchIndex', xmlName: r1 }],
    [() => Nv, { ec2QueryName: 'ProductCodes', xmlName: A_ }],
    [0, { ec2QueryName: 'InstanceType', xmlName: oc }],
    [4, { ec2QueryName: 'LaunchTime', xmlName: Z3 }],
    [() => u4, { ec2QueryName: 'Placement', xmlName: E_ }],
    [0, { ec2QueryName: 'KernelId', xmlName: py }],
    [0, { ec2QueryName: 'RamdiskId', xmlName: Q_ }],
    [0, { ec2QueryName: 'Platform', xmlName: b_ }],
    [() => n4, { ec2QueryName: 'Monitoring', xmlName: I_ }],
    [0, { ec2QueryName: 'SubnetId', xmlName: _y }],
    [0, { ec2QueryName: 'VpcId', xmlName: No }],
    [0, { ec2QueryName: 'PrivateIpAddress', xmlName: Or }],
    [0, { ec2QueryName: 'IpAddress', xmlName: p3 }],
  ],
];
var mB = [
    3,
    y,
    PM,
    0,
    [QR, kR],
    [
      [2, { ec2QueryName: 'EnaSrdEnabled', xmlName: kS }],
      [() => uB, { ec2QueryName: 'EnaSrdUdpSpecification', xmlName: FS }],
    ],
  ],
  uB = [3, y, bM, 0, [GR], [[2, { ec2QueryName: 'EnaSrdUdpEnabled', xmlName: VS }]]];
var lB = [
    3,
    y,
    $M,
    0,
    [On, Fn],
    [
      [0, { ec2QueryName: 'DeviceName', xmlName: ac }],
      [() => Zq, { ec2QueryName: 'Ebs', xmlName: rc }],
    ],
  ],
  pB = [
    3,
    y,
    LM,
    0,
    [On, Fn, Xd, zd],
    [
      [0, { ec2QueryName: 'DeviceName', xmlName: ac }],
      [() => Kq, { ec2QueryName: 'Ebs', xmlName: rc }],
      [0, { ec2QueryName: 'VirtualName', xmlName: Cy }],
      [0, { ec2QueryName: 'NoDevice', xmlName: yy }],
    ],
  ];
var dB = [3, y, jM, 0, [sI], [[0, { ec2QueryName: 'Ipv4Prefix', xmlName: n_ }]]],
  yB = [
    3,
    y,
    qM,
    0,
    [KR, fG],
    [
      [0, { ec2QueryName: 'Ipv6Address', xmlName: XS }],
      [2, { ec2QueryName: 'IsPrimaryIpv6', xmlName: C3 }],
    ],
  ];
var NB = [3, y, WM, 0, [aI], [[0, { ec2QueryName: 'Ipv6Prefix', xmlName: c_ }]]],
  xB = [
    3,
    y,
    aG,
    0,
    [sR, MO],
    [
      [0, { ec2QueryName: 'AutoRecovery', xmlName: lS }],
      [0, { ec2QueryName: 'RebootMigration', xmlName: DF }],
    ],
  ];
var fB = [
  3,
  y,
  rG,
  0,
  [io, HR, UR, FR, BR, XR],
  [
    [0, { ec2QueryName: 'State', xmlName: gy }],
    [0, { ec2QueryName: 'HttpTokens', xmlName: KS }],
    [1, { ec2QueryName: 'HttpPutResponseHopLimit', xmlName: WS }],
    [0, { ec2QueryName: 'HttpEndpoint', xmlName: US }],
    [0, { ec2QueryName: 'HttpProtocolIpv6', xmlName: jS }],
    [0, { ec2QueryName: 'InstanceMetadataTags', xmlName: r_ }],
  ],
];
var RB = [
    3,
    y,
    oG,
    0,
    [uR, lR, gt, Un, ZR, dI, _I, co, Hd, Mr, Kn, Jn, mo, Kd, uo, jn, rI, eI, YL, ps],
    [
      [() => iv, { ec2QueryName: 'Association', xmlName: fS }],
      [() => IB, { ec2QueryName: 'Attachment', xmlName: RS }],
      [0, { ec2QueryName: 'Description', xmlName: Ut }],
      [() => Dy, { ec2QueryName: 'GroupSet', xmlName: sc }],
      [() => pv, { ec2QueryName: 'Ipv6AddressesSet', xmlName: YS }],
      [0, { ec2QueryName: 'MacAddress', xmlName: N_ }],
      [0, { ec2QueryName: 'NetworkInterfaceId', xmlName: S_ }],
      [0, { ec2QueryName: 'OwnerId', xmlName: ic }],
      [0, { ec2QueryName: 'PrivateDnsName', xmlName: Ny }],
      [0, { ec2QueryName: 'PrivateIpAddress', xmlName: Or }],
      [() => rU, { ec2QueryName: 'PrivateIpAddressesSet', xmlName: xy }],
      [2, { ec2QueryName: 'SourceDestCheck', xmlName: Iy }],
      [0, { ec2QueryName: 'Status', xmlName: po }],
      [0, { ec2QueryName: 'SubnetId', xmlName: _y }],
      [0, { ec2QueryName: 'VpcId', xmlName: No }],
      [0, { ec2QueryName: 'InterfaceType', xmlName: nc }],
      [() => X4, { ec2QueryName: 'Ipv4PrefixSet', xmlName: s_ }],
      [() => eU, { ec2QueryName: 'Ipv6PrefixSet', xmlName: o_ }],
      [() => gq, { ec2QueryName: 'ConnectionTrackingConfiguration', xmlName: b1 }],
      [() => xs, { ec2QueryName: 'Operator', xmlName: ys }],
    ],
  ],
  iv = [
    3,
    y,
    nG,
    0,
    [FL, zL, lG, PI, yO],
    [
      [0, { ec2QueryName: 'CarrierIp', xmlName: _1 }],
      [0, { ec2QueryName: 'CustomerOwnedIp', xmlName: A1 }],
      [0, { ec2QueryName: 'IpOwnerId', xmlName: v3 }],
      [0, { ec2QueryName: 'PublicDnsName', xmlName: lF }],
      [0, { ec2QueryName: 'PublicIp', xmlName: pF }],
    ],
  ],
  IB = [
    3,
    y,
    cG,
    0,
    [Ed, rR, nr, kn, mo, Zn, MR, $R],
    [
      [4, { ec2QueryName: 'AttachTime', xmlName: ey }],
      [0, { ec2QueryName: 'AttachmentId', xmlName: uS }],
      [2, { ec2QueryName: 'DeleteOnTermination', xmlName: ir }],
      [1, { ec2QueryName: 'DeviceIndex', xmlName: tc }],
      [0, { ec2QueryName: 'Status', xmlName: po }],
      [1, { ec2QueryName: 'NetworkCardIndex', xmlName: cc }],
      [() => mB, { ec2QueryName: 'EnaSrdSpecification', xmlName: OS }],
      [1, { ec2QueryName: 'EnaQueueCount', xmlName: QS }],
    ],
  ];
var SB = [3, y, mG, 0, [NR], [[0, { ec2QueryName: 'BandwidthWeighting', xmlName: SS }]]];
var _B = [
    3,
    y,
    NG,
    0,
    [uR, LI, Hd, Mr],
    [
      [() => iv, { ec2QueryName: 'Association', xmlName: fS }],
      [2, { ec2QueryName: 'Primary', xmlName: $_ }],
      [0, { ec2QueryName: 'PrivateDnsName', xmlName: Ny }],
      [0, { ec2QueryName: 'PrivateIpAddress', xmlName: Or }],
    ],
  ],
  vB = [
    3,
    y,
    oI,
    0,
    [qV, xI, BL, NI, uM, FM, SV, aO, QL, ML, EO, SI, rk, ek, jI, pR, PL, aR, gL, AL, nR, II, IL, Kk, yR, DO],
    [
      [() => w4, { ec2QueryName: 'VCpuCount', xmlName: sq }],
      [() => s4, { ec2QueryName: 'MemoryMiB', xmlName: X3 }],
      [() => O4, { ec2QueryName: 'CpuManufacturerSet', xmlName: h1 }],
      [() => r4, { ec2QueryName: 'MemoryGiBPerVCpu', xmlName: Y3 }],
      [() => U4, { ec2QueryName: 'ExcludedInstanceTypeSet', xmlName: X1 }],
      [() => Y4, { ec2QueryName: 'InstanceGenerationSet', xmlName: N3 }],
      [1, { ec2QueryName: 'SpotMaxPricePercentageOverLowestPrice', xmlName: jF }],
      [1, { ec2QueryName: 'OnDemandMaxPricePercentageOverLowestPrice', xmlName: iF }],
      [0, { ec2QueryName: 'BareMetal', xmlName: y1 }],
      [0, { ec2QueryName: 'BurstablePerformance', xmlName: N1 }],
      [2, { ec2QueryName: 'RequireHibernateSupport', xmlName: hF }],
      [() => i4, { ec2QueryName: 'NetworkInterfaceCount', xmlName: cF }],
      [0, { ec2QueryName: 'LocalStorage', xmlName: U3 }],
      [() => _U, { ec2QueryName: 'LocalStorageTypeSet', xmlName: B3 }],
      [() => E4, { ec2QueryName: 'TotalLocalStorageGB', xmlName: YF }],
      [() => Rq, { ec2QueryName: 'BaselineEbsBandwidthMbps', xmlName: d1 }],
      [() => M4, { ec2QueryName: 'AcceleratorTypeSet', xmlName: m1 }],
      [() => xq, { ec2QueryName: 'AcceleratorCount', xmlName: t1 }],
      [() => L4, { ec2QueryName: 'AcceleratorManufacturerSet', xmlName: s1 }],
      [() => Q4, { ec2QueryName: 'AcceleratorNameSet', xmlName: o1 }],
      [() => fq, { ec2QueryName: 'AcceleratorTotalMemoryMiB', xmlName: i1 }],
      [() => c4, { ec2QueryName: 'NetworkBandwidthGbps', xmlName: nF }],
      [() => G4, { ec2QueryName: 'AllowedInstanceTypeSet', xmlName: a1 }],
      [1, { ec2QueryName: 'MaxSpotPriceAsPercentageOfOptimalOnDemandPrice', xmlName: aF }],
      [() => Iq, { ec2QueryName: 'BaselinePerformanceFactors', xmlName: x1 }],
      [2, { ec2QueryName: 'RequireEncryptionInTransit', xmlName: _F }],
    ],
  ];
var gB = [
    3,
    y,
    MG,
    0,
    [lR, dI, iV, co, Kn, Jn, mo, zI, _V, jn],
    [
      [() => hB, { ec2QueryName: 'Attachment', xmlName: RS }],
      [0, { ec2QueryName: 'MacAddress', xmlName: N_ }],
      [0, { ec2QueryName: 'SecondaryInterfaceId', xmlName: BF }],
      [0, { ec2QueryName: 'OwnerId', xmlName: ic }],
      [() => oU, { ec2QueryName: 'PrivateIpAddressSet', xmlName: yF }],
      [2, { ec2QueryName: 'SourceDestCheck', xmlName: Iy }],
      [0, { ec2QueryName: 'Status', xmlName: po }],
      [0, { ec2QueryName: 'SecondarySubnetId', xmlName: B_ }],
      [0, { ec2QueryName: 'SecondaryNetworkId', xmlName: WF }],
      [0, { ec2QueryName: 'InterfaceType', xmlName: nc }],
    ],
  ],
  hB = [
    3,
    y,
    $G,
    0,
    [Ed, rR, nr, kn, mo, Zn],
    [
      [4, { ec2QueryName: 'AttachTime', xmlName: ey }],
      [0, { ec2QueryName: 'AttachmentId', xmlName: uS }],
      [2, { ec2QueryName: 'DeleteOnTermination', xmlName: ir }],
      [1, { ec2QueryName: 'DeviceIndex', xmlName: tc }],
      [0, { ec2QueryName: 'Status', xmlName: po }],
      [1, { ec2QueryName: 'NetworkCardIndex', xmlName: cc }],
    ],
  ],
  AB = [3, y, LG, 0, [Mr], [[0, { ec2QueryName: 'PrivateIpAddress', xmlName: Or }]]];
var Pd = [
    3,
    y,
    kG,
    0,
    [TR, Wn],
    [
      [1, { ec2QueryName: 'Code', xmlName: bS }],
      [0, { ec2QueryName: 'Name', xmlName: dy }],
    ],
  ],
  CB = [
    3,
    y,
    bG,
    0,
    [Qr, KL, gO],
    [
      [0, { ec2QueryName: 'InstanceId', xmlName: iy }],
      [() => Pd, { ec2QueryName: 'CurrentState', xmlName: D1 }],
      [() => Pd, { ec2QueryName: 'PreviousState', xmlName: RF }],
    ],
  ];
var mv = [3, y, OG, 0, [Hn], [[0, { ec2QueryName: 'InstanceType', xmlName: oc }]]];
var TB = [
  3,
  y,
  nI,
  0,
  [NV, OV],
  [
    [() => EU, { ec2QueryName: 'SupportedInstanceTypeSet', xmlName: HF }],
    [() => $U, { ec2QueryName: 'UnsupportedInstanceTypeSet', xmlName: aq }],
  ],
];
var DB = [
    3,
    y,
    gG,
    0,
    [zn, Bn, ec, QV, CG, DG, _O],
    [
      [0, { ec2QueryName: 'IpProtocol', xmlName: uy }],
      [1, { ec2QueryName: 'FromPort', xmlName: cy }],
      [1, { ec2QueryName: 'ToPort', xmlName: hy }],
      [() => wU, { ec2QueryName: 'Groups', xmlName: o3 }],
      [() => nU, { ec2QueryName: 'IpRanges', xmlName: b3 }],
      [() => mU, { ec2QueryName: 'Ipv6Ranges', xmlName: E3 }],
      [() => hU, { ec2QueryName: 'PrefixListIds', xmlName: xF }],
    ],
  ],
  PB = [
    3,
    y,
    TG,
    0,
    [gt, RR],
    [
      [0, { ec2QueryName: 'Description', xmlName: Ut }],
      [0, { ec2QueryName: 'CidrIp', xmlName: g1 }],
    ],
  ];
var bB = [3, y, _G, 0, [sI], [[0, { ec2QueryName: 'Ipv4Prefix', xmlName: n_ }]]];
var EB = [3, y, vG, 0, [aI], [[0, { ec2QueryName: 'Ipv6Prefix', xmlName: c_ }]]],
  $B = [
    3,
    y,
    PG,
    0,
    [gt, Ld],
    [
      [0, { ec2QueryName: 'Description', xmlName: Ut }],
      [0, { ec2QueryName: 'CidrIpv6', xmlName: ry }],
    ],
  ];
var uv = [
  3,
  y,
  lI,
  0,
  [oo, no, CR, xR, OQ, qk, Gr, ps],
  [
    [0, { ec2QueryName: 'LaunchTemplateId', xmlName: d_ }],
    [0, { ec2QueryName: 'LaunchTemplateName', xmlName: y_ }],
    [4, { ec2QueryName: 'CreateTime', xmlName: PS }],
    [0, { ec2QueryName: 'CreatedBy', xmlName: _S }],
    [1, { ec2QueryName: 'DefaultVersionNumber', xmlName: O1 }],
    [1, { ec2QueryName: 'LatestVersionNumber', xmlName: K3 }],
    [() => Vr, { ec2QueryName: 'TagSet', xmlName: Ns }],
    [() => xs, { ec2QueryName: 'Operator', xmlName: ys }],
  ],
];
var wB = [
  3,
  y,
  sk,
  0,
  [On, Xd, Fn, zd],
  [
    [0, { ec2QueryName: 'DeviceName', xmlName: ac }],
    [0, { ec2QueryName: 'VirtualName', xmlName: Cy }],
    [() => MB, { ec2QueryName: 'Ebs', xmlName: rc }],
    [0, { ec2QueryName: 'NoDevice', xmlName: yy }],
  ],
];
var LB = [
  3,
  y,
  ck,
  0,
  [_R, gR],
  [
    [0, { ec2QueryName: 'CapacityReservationPreference', xmlName: CS }],
    [() => cv, { ec2QueryName: 'CapacityReservationTarget', xmlName: DS }],
  ],
];
var QB = [
  3,
  y,
  nk,
  0,
  [fR, WI, oR, hI],
  [
    [1, { ec2QueryName: 'CoreCount', xmlName: vS }],
    [1, { ec2QueryName: 'ThreadsPerCore', xmlName: z_ }],
    [0, { ec2QueryName: 'AmdSevSnp', xmlName: pS }],
    [0, { ec2QueryName: 'NestedVirtualization', xmlName: g_ }],
  ],
];
var MB = [
  3,
  y,
  mk,
  0,
  [OR, nr, cI, iI, Xn, cS, iS, JI, sS, Md],
  [
    [2, { ec2QueryName: 'Encrypted', xmlName: qS }],
    [2, { ec2QueryName: 'DeleteOnTermination', xmlName: ir }],
    [1, { ec2QueryName: 'Iops', xmlName: i_ }],
    [0, { ec2QueryName: 'KmsKeyId', xmlName: m_ }],
    [0, { ec2QueryName: 'SnapshotId', xmlName: Sy }],
    [1, { ec2QueryName: 'VolumeSize', xmlName: av }],
    [0, { ec2QueryName: 'VolumeType', xmlName: rv }],
    [1, { ec2QueryName: 'Throughput', xmlName: W_ }],
    [1, { ec2QueryName: 'VolumeInitializationRate', xmlName: nq }],
    [1, { ec2QueryName: 'EbsCardIndex', xmlName: wS }],
  ],
];
var GB = [
    3,
    y,
    uk,
    0,
    [YI, eQ],
    [
      [0, { ec2QueryName: 'Type', xmlName: Ay }],
      [1, { ec2QueryName: 'Count', xmlName: $1 }],
    ],
  ],
  kB = [
    3,
    y,
    dk,
    0,
    [QR, kR],
    [
      [2, { ec2QueryName: 'EnaSrdEnabled', xmlName: kS }],
      [() => OB, { ec2QueryName: 'EnaSrdUdpSpecification', xmlName: FS }],
    ],
  ],
  OB = [3, y, yk, 0, [GR], [[2, { ec2QueryName: 'EnaSrdUdpEnabled', xmlName: VS }]]],
  VB = [3, y, pk, 0, [qn], [[2, { ec2QueryName: 'Enabled', xmlName: ny }]]];
var FB = [3, y, Nk, 0, [DR], [[2, { ec2QueryName: 'Configured', xmlName: ES }]]];
var qB = [
  3,
  y,
  xk,
  0,
  [iR, Wn],
  [
    [0, { ec2QueryName: 'Arn', xmlName: NS }],
    [0, { ec2QueryName: 'Name', xmlName: dy }],
  ],
];
var BB = [3, y, fk, 0, [sR], [[0, { ec2QueryName: 'AutoRecovery', xmlName: lS }]]];
var UB = [
  3,
  y,
  Rk,
  0,
  [Jk, vV],
  [
    [0, { ec2QueryName: 'MarketType', xmlName: rF }],
    [() => XB, { ec2QueryName: 'SpotOptions', xmlName: ZF }],
  ],
];
var zB = [
  3,
  y,
  Ik,
  0,
  [io, HR, UR, FR, BR, XR],
  [
    [0, { ec2QueryName: 'State', xmlName: gy }],
    [0, { ec2QueryName: 'HttpTokens', xmlName: KS }],
    [1, { ec2QueryName: 'HttpPutResponseHopLimit', xmlName: WS }],
    [0, { ec2QueryName: 'HttpEndpoint', xmlName: US }],
    [0, { ec2QueryName: 'HttpProtocolIpv6', xmlName: jS }],
    [0, { ec2QueryName: 'InstanceMetadataTags', xmlName: r_ }],
  ],
];
var HB = [
  3,
  y,
  Sk,
  0,
  [RL, CL, nr, gt, kn, Un, jn, DM, ZR, _I, Mr, Kn, gV, Kd, Zn, rI, dG, eI, pG, IO, MR, AR, $R],
  [
    [2, { ec2QueryName: 'AssociateCarrierIpAddress', xmlName: e1 }],
    [2, { ec2QueryName: 'AssociatePublicIpAddress', xmlName: n1 }],
    [2, { ec2QueryName: 'DeleteOnTermination', xmlName: ir }],
    [0, { ec2QueryName: 'Description', xmlName: Ut }],
    [1, { ec2QueryName: 'DeviceIndex', xmlName: tc }],
    [() => Py, { ec2QueryName: 'GroupSet', xmlName: sc }],
    [0, { ec2QueryName: 'InterfaceType', xmlName: nc }],
    [1, { ec2QueryName: 'Ipv6AddressCount', xmlName: u3 }],
    [() => pv, { ec2QueryName: 'Ipv6AddressesSet', xmlName: YS }],
    [0, { ec2QueryName: 'NetworkInterfaceId', xmlName: S_ }],
    [0, { ec2QueryName: 'PrivateIpAddress', xmlName: Or }],
    [() => AU, { ec2QueryName: 'PrivateIpAddressesSet', xmlName: xy }],
    [1, { ec2QueryName: 'SecondaryPrivateIpAddressCount', xmlName: KF }],
    [0, { ec2QueryName: 'SubnetId', xmlName: _y }],
    [1, { ec2QueryName: 'NetworkCardIndex', xmlName: cc }],
    [() => cU, { ec2QueryName: 'Ipv4PrefixSet', xmlName: s_ }],
    [1, { ec2QueryName: 'Ipv4PrefixCount', xmlName: g3 }],
    [() => iU, { ec2QueryName: 'Ipv6PrefixSet', xmlName: o_ }],
    [1, { ec2QueryName: 'Ipv6PrefixCount', xmlName: h3 }],
    [2, { ec2QueryName: 'PrimaryIpv6', xmlName: NF }],
    [() => kB, { ec2QueryName: 'EnaSrdSpecification', xmlName: OS }],
    [() => vq, { ec2QueryName: 'ConnectionTrackingSpecification', xmlName: E1 }],
    [1, { ec2QueryName: 'EnaQueueCount', xmlName: QS }],
  ],
];
var jB = [
  3,
  y,
  vk,
  0,
  [nr, kn, Kn, NO, zI, jn, Zn],
  [
    [2, { ec2QueryName: 'DeleteOnTermination', xmlName: ir }],
    [1, { ec2QueryName: 'DeviceIndex', xmlName: tc }],
    [() => DU, { ec2QueryName: 'PrivateIpAddressesSet', xmlName: xy }],
    [1, { ec2QueryName: 'PrivateIpAddressCount', xmlName: dF }],
    [0, { ec2QueryName: 'SecondarySubnetId', xmlName: B_ }],
    [0, { ec2QueryName: 'InterfaceType', xmlName: nc }],
    [1, { ec2QueryName: 'NetworkCardIndex', xmlName: cc }],
  ],
];
var WB = [3, y, Ck, 0, [uI], [[0, { ec2QueryName: 'LicenseConfigurationArn', xmlName: l_ }]]];
var ZB = [3, y, Pk, 0, [NR], [[0, { ec2QueryName: 'BandwidthWeighting', xmlName: SS }]]];
var KB = [
  3,
  y,
  $k,
  0,
  [$d, wd, cR, Ft, qR, KI, kI, zR, EI, We],
  [
    [0, { ec2QueryName: 'AvailabilityZone', xmlName: ty }],
    [0, { ec2QueryName: 'AvailabilityZoneId', xmlName: dS }],
    [0, { ec2QueryName: 'Affinity', xmlName: yS }],
    [0, { ec2QueryName: 'GroupName', xmlName: lo }],
    [0, { ec2QueryName: 'HostId', xmlName: zS }],
    [0, { ec2QueryName: 'Tenancy', xmlName: j_ }],
    [0, { ec2QueryName: 'SpreadDomain', xmlName: G_ }],
    [0, { ec2QueryName: 'HostResourceGroupArn', xmlName: ZS }],
    [1, { ec2QueryName: 'PartitionNumber', xmlName: D_ }],
    [0, { ec2QueryName: 'GroupId', xmlName: ht }],
  ],
];
var JB = [
  3,
  y,
  wk,
  0,
  [jR, LR, wR],
  [
    [0, { ec2QueryName: 'HostnameType', xmlName: JS }],
    [2, { ec2QueryName: 'EnableResourceNameDnsARecord', xmlName: GS }],
    [2, { ec2QueryName: 'EnableResourceNameDnsAAAARecord', xmlName: MS }],
  ],
];
var YB = [
  3,
  y,
  Dk,
  0,
  [qn, yI],
  [
    [2, { ec2QueryName: 'Enabled', xmlName: ny }],
    [() => yv, { ec2QueryName: 'MetricCategoryIdSet', xmlName: x_ }],
  ],
];
var XB = [
  3,
  y,
  Lk,
  0,
  [Zk, fV, LL, ZV, UM],
  [
    [0, { ec2QueryName: 'MaxPrice', xmlName: eF }],
    [0, { ec2QueryName: 'SpotInstanceType', xmlName: zF }],
    [1, { ec2QueryName: 'BlockDurationMinutes', xmlName: p1 }],
    [4, { ec2QueryName: 'ValidUntil', xmlName: mq }],
    [0, { ec2QueryName: 'InstanceInterruptionBehavior', xmlName: x3 }],
  ],
];
var e4 = [
  3,
  y,
  Mk,
  0,
  [UO, Gr],
  [
    [0, { ec2QueryName: 'ResourceType', xmlName: $F }],
    [() => Vr, { ec2QueryName: 'TagSet', xmlName: Ns }],
  ],
];
var t4 = [
    3,
    y,
    pI,
    0,
    [oo, no, zV, UV, CR, xR, VQ, ik, ps],
    [
      [0, { ec2QueryName: 'LaunchTemplateId', xmlName: d_ }],
      [0, { ec2QueryName: 'LaunchTemplateName', xmlName: y_ }],
      [1, { ec2QueryName: 'VersionNumber', xmlName: cq }],
      [0, { ec2QueryName: 'VersionDescription', xmlName: oq }],
      [4, { ec2QueryName: 'CreateTime', xmlName: PS }],
      [0, { ec2QueryName: 'CreatedBy', xmlName: _S }],
      [2, { ec2QueryName: 'DefaultVersion', xmlName: V1 }],
      [() => f4, { ec2QueryName: 'LaunchTemplateData', xmlName: H3 }],
      [() => xs, { ec2QueryName: 'Operator', xmlName: ys }],
    ],
  ],
  a4 = [3, y, KG, 0, [uI], [[0, { ec2QueryName: 'LicenseConfigurationArn', xmlName: l_ }]]];
var r4 = [
  3,
  y,
  NI,
  0,
  [qt, Bt],
  [
    [1, { ec2QueryName: 'Min', xmlName: zt }],
    [1, { ec2QueryName: 'Max', xmlName: Ht }],
  ],
];
var s4 = [
  3,
  y,
  xI,
  0,
  [qt, Bt],
  [
    [1, { ec2QueryName: 'Min', xmlName: zt }],
    [1, { ec2QueryName: 'Max', xmlName: Ht }],
  ],
];
var o4 = [
  3,
  y,
  Hk,
  0,
  [Qr, Jn, Vn, PR, Ee, EL, ds, Gn, bR, Hn, ZG, zO, XI, YR, Un, Gd, Jd, kd],
  [
    [0, { ec2QueryName: 'InstanceId', xmlName: iy }],
    [() => ro, 0],
    () => tB,
    [() => ro, 0],
    [2, { ec2QueryName: 'DryRun', xmlName: mt }],
    [0, { ec2QueryName: 'Attribute', xmlName: u1 }],
    [() => dq, { ec2QueryName: 'Value', xmlName: yo }],
    [() => J4, { ec2QueryName: 'BlockDeviceMapping', xmlName: ay }],
    [() => ro, { ec2QueryName: 'DisableApiTermination', xmlName: $S }],
    [() => so, { ec2QueryName: 'InstanceType', xmlName: oc }],
    [() => so, { ec2QueryName: 'Kernel', xmlName: V3 }],
    [() => so, { ec2QueryName: 'Ramdisk', xmlName: wF }],
    [() => g4, { ec2QueryName: 'UserData', xmlName: Z_ }],
    [() => so, { ec2QueryName: 'InstanceInitiatedShutdownBehavior', xmlName: a_ }],
    [() => Py, { xmlName: We }],
    [() => ro, { ec2QueryName: 'EbsOptimized', xmlName: sy }],
    [() => so, { ec2QueryName: 'SriovNetSupport', xmlName: vy }],
    [() => ro, { ec2QueryName: 'EnaSupport', xmlName: oy }],
  ],
  1,
];
var n4 = [
  3,
  y,
  Ud,
  0,
  [yI, io],
  [
    [() => yv, { ec2QueryName: 'MetricCategoryIdSet', xmlName: x_ }],
    [0, { ec2QueryName: 'State', xmlName: gy }],
  ],
];
var c4 = [
  3,
  y,
  II,
  0,
  [qt, Bt],
  [
    [1, { ec2QueryName: 'Min', xmlName: zt }],
    [1, { ec2QueryName: 'Max', xmlName: Ht }],
  ],
];
var i4 = [
  3,
  y,
  SI,
  0,
  [qt, Bt],
  [
    [1, { ec2QueryName: 'Min', xmlName: zt }],
    [1, { ec2QueryName: 'Max', xmlName: Ht }],
  ],
];
var xs = [
  3,
  y,
  rO,
  0,
  [eO, nO, gM],
  [
    [2, { ec2QueryName: 'Managed', xmlName: sF }],
    [0, { ec2QueryName: 'Principal', xmlName: mF }],
    [2, { ec2QueryName: 'HiddenByDefault', xmlName: n3 }],
  ],
];
var m4 = [3, y, pO, 0, [kM], [[0, { ec2QueryName: 'InstanceFamily', xmlName: d3 }]]];
var u4 = [
  3,
  y,
  jd,
  0,
  [wd, cR, Ft, EI, qR, KI, kI, zR, We, $d],
  [
    [0, { ec2QueryName: 'AvailabilityZoneId', xmlName: dS }],
    [0, { ec2QueryName: 'Affinity', xmlName: yS }],
    [0, { ec2QueryName: 'GroupName', xmlName: lo }],
    [1, { ec2QueryName: 'PartitionNumber', xmlName: D_ }],
    [0, { ec2QueryName: 'HostId', xmlName: zS }],
    [0, { ec2QueryName: 'Tenancy', xmlName: j_ }],
    [0, { ec2QueryName: 'SpreadDomain', xmlName: G_ }],
    [0, { ec2QueryName: 'HostResourceGroupArn', xmlName: ZS }],
    [0, { ec2QueryName: 'GroupId', xmlName: ht }],
    [0, { ec2QueryName: 'AvailabilityZone', xmlName: ty }],
  ],
];
var l4 = [
  3,
  y,
  Qn,
  0,
  [gt, Qn],
  [
    [0, { ec2QueryName: 'Description', xmlName: Ut }],
    [0, { ec2QueryName: 'PrefixListId', xmlName: fy }],
  ],
];
var p4 = [
    3,
    y,
    lO,
    0,
    [jR, LR, wR],
    [
      [0, { ec2QueryName: 'HostnameType', xmlName: JS }],
      [2, { ec2QueryName: 'EnableResourceNameDnsARecord', xmlName: GS }],
      [2, { ec2QueryName: 'EnableResourceNameDnsAAAARecord', xmlName: MS }],
    ],
  ],
  d4 = [
    3,
    y,
    xO,
    0,
    [LI, Mr],
    [
      [2, { ec2QueryName: 'Primary', xmlName: $_ }],
      [0, { ec2QueryName: 'PrivateIpAddress', xmlName: Or }],
    ],
  ];
var y4 = [
  3,
  y,
  uO,
  0,
  [cO, mO],
  [
    [0, { ec2QueryName: 'ProductCode', xmlName: uF }],
    [0, { ec2QueryName: 'Type', xmlName: Ay }],
  ],
];
var N4 = [
  3,
  y,
  GO,
  0,
  [We, $I, eS, uo, nS],
  [
    [0, { ec2QueryName: 'GroupId', xmlName: ht }],
    [0, { ec2QueryName: 'PeeringStatus', xmlName: P_ }],
    [0, { ec2QueryName: 'UserId', xmlName: K_ }],
    [0, { ec2QueryName: 'VpcId', xmlName: No }],
    [0, { ec2QueryName: 'VpcPeeringConnectionId', xmlName: tv }],
  ],
];
var x4 = [
  3,
  y,
  ZO,
  0,
  [$O, co, wO, Un, jG],
  [
    [0, { ec2QueryName: 'ReservationId', xmlName: AF }],
    [0, { ec2QueryName: 'OwnerId', xmlName: ic }],
    [0, { ec2QueryName: 'RequesterId', xmlName: CF }],
    [() => Dy, { ec2QueryName: 'GroupSet', xmlName: sc }],
    [() => tU, { ec2QueryName: 'InstancesSet', xmlName: ly }],
  ],
];
var f4 = [
  3,
  y,
  LO,
  0,
  [
    Bd,
    Gd,
    Vd,
    Gn,
    vI,
    us,
    Hn,
    mI,
    Ud,
    jd,
    TO,
    bR,
    YR,
    XI,
    wV,
    YQ,
    nM,
    XO,
    Zd,
    sG,
    hR,
    Qd,
    vR,
    ak,
    Od,
    fI,
    Vn,
    oI,
    DI,
    RI,
    PR,
    ps,
    gI,
    qI,
  ],
  [
    [0, { ec2QueryName: 'KernelId', xmlName: py }],
    [2, { ec2QueryName: 'EbsOptimized', xmlName: sy }],
    [() => qB, { ec2QueryName: 'IamInstanceProfile', xmlName: t_ }],
    [() => uU, { ec2QueryName: 'BlockDeviceMappingSet', xmlName: l1 }],
    [() => dU, { ec2QueryName: 'NetworkInterfaceSet', xmlName: __ }],
    [0, { ec2QueryName: 'ImageId', xmlName: my }],
    [0, { ec2QueryName: 'InstanceType', xmlName: oc }],
    [0, { ec2QueryName: 'KeyName', xmlName: u_ }],
    [() => YB, { ec2QueryName: 'Monitoring', xmlName: I_ }],
    [() => KB, { ec2QueryName: 'Placement', xmlName: E_ }],
    [0, { ec2QueryName: 'RamDiskId', xmlName: SF }],
    [2, { ec2QueryName: 'DisableApiTermination', xmlName: $S }],
    [0, { ec2QueryName: 'InstanceInitiatedShutdownBehavior', xmlName: a_ }],
    [() => Nq, { ec2QueryName: 'UserData', xmlName: Z_ }],
    [() => RU, { ec2QueryName: 'TagSpecificationSet', xmlName: XF }],
    [() => q4, { ec2QueryName: 'ElasticGpuSpecificationSet', xmlName: H1 }],
    [() => lU, { ec2QueryName: 'ElasticInferenceAcceleratorSet', xmlName: Y1 }],
    [() => bd, { ec2QueryName: 'SecurityGroupIdSet', xmlName: MF }],
    [() => bd, { ec2QueryName: 'SecurityGroupSet', xmlName: VF }],
    [() => UB, { ec2QueryName: 'InstanceMarketOptions', xmlName: I3 }],
    [() => Cq, { ec2QueryName: 'CreditSpecification', xmlName: T1 }],
    [() => QB, { ec2QueryName: 'CpuOptions', xmlName: hS }],
    [() => LB, { ec2QueryName: 'CapacityReservationSpecification', xmlName: TS }],
    [() => NU, { ec2QueryName: 'LicenseSet', xmlName: p_ }],
    [() => FB, { ec2QueryName: 'HibernationOptions', xmlName: HS }],
    [() => zB, { ec2QueryName: 'MetadataOptions', xmlName: f_ }],
    [() => VB, { ec2QueryName: 'EnclaveOptions', xmlName: LS }],
    [() => vB, { ec2QueryName: 'InstanceRequirements', xmlName: P3 }],
    [() => JB, { ec2QueryName: 'PrivateDnsNameOptions', xmlName: C_ }],
    [() => BB, { ec2QueryName: 'MaintenanceOptions', xmlName: R_ }],
    [2, { ec2QueryName: 'DisableApiStop', xmlName: L1 }],
    [() => xs, { ec2QueryName: 'Operator', xmlName: ys }],
    [() => ZB, { ec2QueryName: 'NetworkPerformanceOptions', xmlName: v_ }],
    [() => yU, { ec2QueryName: 'SecondaryInterfaceSet', xmlName: F_ }],
  ],
];
var R4 = [
  3,
  y,
  FO,
  0,
  [Yn, We, JR, zn, Bn, ec, IR, Ld, Qn, PO, gt],
  [
    [0, { ec2QueryName: 'SecurityGroupRuleId', xmlName: k_ }],
    [0, { ec2QueryName: 'GroupId', xmlName: ht }],
    [2, { ec2QueryName: 'IsEgress', xmlName: e_ }],
    [0, { ec2QueryName: 'IpProtocol', xmlName: uy }],
    [1, { ec2QueryName: 'FromPort', xmlName: cy }],
    [1, { ec2QueryName: 'ToPort', xmlName: hy }],
    [0, { ec2QueryName: 'CidrIpv4', xmlName: gS }],
    [0, { ec2QueryName: 'CidrIpv6', xmlName: ry }],
    [0, { ec2QueryName: 'PrefixListId', xmlName: fy }],
    [0, { ec2QueryName: 'ReferencedGroupId', xmlName: vF }],
    [0, { ec2QueryName: 'Description', xmlName: Ut }],
  ],
];
var I4 = [
    3,
    y,
    kO,
    0,
    [RR, Bn, We, Ft, tI, zn, hV, AV, ec, OI, Ee],
    [
      0,
      1,
      0,
      0,
      [() => Mn, 0],
      0,
      0,
      0,
      1,
      [() => xv, { xmlName: Yn }],
      [2, { ec2QueryName: 'DryRun', xmlName: mt }],
    ],
  ],
  S4 = [
    3,
    y,
    OO,
    0,
    [Wd, kV, BO],
    [
      [2, { ec2QueryName: 'Return', xmlName: Ry }],
      [() => Mn, { ec2QueryName: 'UnknownIpPermissionSet', xmlName: tq }],
      [() => TU, { ec2QueryName: 'RevokedSecurityGroupRuleSet', xmlName: PF }],
    ],
  ];
var _4 = [
  3,
  y,
  UI,
  0,
  [AM, yM, OM, JG, zk, hM, VL],
  [
    [0, { ec2QueryName: 'HighestFindingSeverityLabel', xmlName: i3 }],
    [4, { ec2QueryName: 'FindingScanDate', xmlName: e3 }],
    [4, { ec2QueryName: 'InformationalFixAvailableSince', xmlName: y3 }],
    [4, { ec2QueryName: 'LowFixAvailableSince', xmlName: F3 }],
    [4, { ec2QueryName: 'MediumFixAvailableSince', xmlName: J3 }],
    [4, { ec2QueryName: 'HighFixAvailableSince', xmlName: c3 }],
    [4, { ec2QueryName: 'CriticalFixAvailableSince', xmlName: S1 }],
  ],
];
var v4 = [3, y, uV, 0, [Mr], [[0, { ec2QueryName: 'PrivateIpAddress', xmlName: Or }]]];
var g4 = [3, y, JO, 0, [ds], [[() => yq, { ec2QueryName: 'Value', xmlName: yo }]]],
  h4 = [
    3,
    y,
    nV,
    0,
    [We, yG, Gr, uo, YO, co, Ft, gt, tI],
    [
      [0, { ec2QueryName: 'GroupId', xmlName: ht }],
      [() => Mn, { ec2QueryName: 'IpPermissionsEgress', xmlName: A3 }],
      [() => Vr, { ec2QueryName: 'TagSet', xmlName: Ns }],
      [0, { ec2QueryName: 'VpcId', xmlName: No }],
      [0, { ec2QueryName: 'SecurityGroupArn', xmlName: QF }],
      [0, { ec2QueryName: 'OwnerId', xmlName: ic }],
      [0, { ec2QueryName: 'GroupName', xmlName: lo }],
      [0, { ec2QueryName: 'GroupDescription', xmlName: r3 }],
      [() => Mn, { ec2QueryName: 'IpPermissions', xmlName: T3 }],
    ],
  ];
var A4 = [
  3,
  y,
  oV,
  0,
  [Yn, We, vM, JR, zn, Bn, ec, IR, Ld, Qn, bO, gt, Gr, aV],
  [
    [0, { ec2QueryName: 'SecurityGroupRuleId', xmlName: k_ }],
    [0, { ec2QueryName: 'GroupId', xmlName: ht }],
    [0, { ec2QueryName: 'GroupOwnerId', xmlName: s3 }],
    [2, { ec2QueryName: 'IsEgress', xmlName: e_ }],
    [0, { ec2QueryName: 'IpProtocol', xmlName: uy }],
    [1, { ec2QueryName: 'FromPort', xmlName: cy }],
    [1, { ec2QueryName: 'ToPort', xmlName: hy }],
    [0, { ec2QueryName: 'CidrIpv4', xmlName: gS }],
    [0, { ec2QueryName: 'CidrIpv6', xmlName: ry }],
    [0, { ec2QueryName: 'PrefixListId', xmlName: fy }],
    [() => N4, { ec2QueryName: 'ReferencedGroupInfo', xmlName: gF }],
    [0, { ec2QueryName: 'Description', xmlName: Ut }],
    [() => Vr, { ec2QueryName: 'TagSet', xmlName: Ns }],
    [0, { ec2QueryName: 'SecurityGroupRuleArn', xmlName: kF }],
  ],
];
var lv = [
    3,
    y,
    Yd,
    0,
    [TR, tO],
    [
      [0, { ec2QueryName: 'Code', xmlName: bS }],
      [0, { ec2QueryName: 'Message', xmlName: oF }],
    ],
  ],
  C4 = [
    3,
    y,
    dV,
    0,
    [Fd, CM, BI, Ee, VR],
    [
      [() => by, { xmlName: Qr }],
      2,
      2,
      [2, { ec2QueryName: 'DryRun', xmlName: mt }],
      [2, { ec2QueryName: 'Force', xmlName: a3 }],
    ],
    1,
  ],
  T4 = [3, y, yV, 0, [RV], [[() => dv, { ec2QueryName: 'InstancesSet', xmlName: ly }]]];
var D4 = [
  3,
  y,
  LV,
  0,
  [WG, ds],
  [
    [0, { ec2QueryName: 'Key', xmlName: O3 }],
    [0, { ec2QueryName: 'Value', xmlName: yo }],
  ],
];
var P4 = [
    3,
    y,
    PV,
    0,
    [Fd, VR, BI, Ee],
    [[() => by, { xmlName: Qr }], 2, 2, [2, { ec2QueryName: 'DryRun', xmlName: mt }]],
    1,
  ],
  b4 = [3, y, bV, 0, [EV], [[() => dv, { ec2QueryName: 'InstancesSet', xmlName: ly }]]];
var E4 = [
  3,
  y,
  jI,
  0,
  [qt, Bt],
  [
    [1, { ec2QueryName: 'Min', xmlName: zt }],
    [1, { ec2QueryName: 'Max', xmlName: Ht }],
  ],
];
var $4 = [
  3,
  y,
  GV,
  0,
  [gt, eS, Ft, We, uo, nS, $I],
  [
    [0, { ec2QueryName: 'Description', xmlName: Ut }],
    [0, { ec2QueryName: 'UserId', xmlName: K_ }],
    [0, { ec2QueryName: 'GroupName', xmlName: lo }],
    [0, { ec2QueryName: 'GroupId', xmlName: ht }],
    [0, { ec2QueryName: 'VpcId', xmlName: No }],
    [0, { ec2QueryName: 'VpcPeeringConnectionId', xmlName: tv }],
    [0, { ec2QueryName: 'PeeringStatus', xmlName: P_ }],
  ],
];
var w4 = [
  3,
  y,
  BV,
  0,
  [qt, Bt],
  [
    [1, { ec2QueryName: 'Min', xmlName: zt }],
    [1, { ec2QueryName: 'Max', xmlName: Ht }],
  ],
];
var Ty = 'unit',
  L4 = [1, y, vL, 0, [0, { xmlName: Q }]],
  Q4 = [1, y, hL, 0, [0, { xmlName: Q }]],
  M4 = [1, y, DL, 0, [0, { xmlName: Q }]];
var G4 = [1, y, SL, 0, [0, { xmlName: Q }]];
var k4 = [1, y, wL, 0, [() => Sq, { xmlName: Q }]];
var O4 = [1, y, UL, 0, [0, { xmlName: Q }]];
var V4 = [1, y, wQ, 0, [() => $q, { xmlName: Q }]];
var F4 = [1, y, zQ, 0, [() => Jq, { xmlName: Q }]];
var q4 = [1, y, JQ, 0, [() => Yq, { xmlName: Q }]];
var B4 = [1, y, tM, 0, [() => Xq, { xmlName: Q }]];
var U4 = [1, y, mM, 0, [0, { xmlName: Q }]],
  z4 = [1, y, qQ, 0, [0, { xmlName: ER }]];
var fs = [1, y, dM, 0, [() => aB, { xmlName: cr }]];
var Dy = [1, y, xM, 0, [() => rB, { xmlName: Q }]];
var Py = [1, y, fM, 0, [0, { xmlName: ht }]],
  H4 = [1, y, SM, 0, [0, { xmlName: Ft }]];
var j4 = [1, y, ZM, 0, [0, { xmlName: us }]],
  W4 = [1, y, XM, 0, [() => nB, { xmlName: Q }]];
var Z4 = [1, y, qG, 0, [() => cB, { xmlName: Q }]];
var K4 = [1, y, wM, 0, [() => lB, { xmlName: Q }]],
  J4 = [1, y, QM, 0, [() => pB, { xmlName: Q }]];
var Y4 = [1, y, VM, 0, [0, { xmlName: Q }]];
var by = [1, y, KM, 0, [0, { xmlName: Qr }]];
var X4 = [1, y, zM, 0, [() => dB, { xmlName: Q }]],
  pv = [1, y, BM, 0, [() => yB, { xmlName: Q }]];
var eU = [1, y, HM, 0, [() => NB, { xmlName: Q }]],
  tU = [1, y, tG, 0, [() => iB, { xmlName: Q }]];
var aU = [1, y, iG, 0, [() => RB, { xmlName: Q }]];
var rU = [1, y, xG, 0, [() => _B, { xmlName: Q }]],
  sU = [1, y, wG, 0, [() => gB, { xmlName: Q }]],
  oU = [1, y, QG, 0, [() => AB, { xmlName: Q }]];
var dv = [1, y, EG, 0, [() => CB, { xmlName: Q }]];
var Mn = [1, y, SG, 0, [() => DB, { xmlName: Q }]];
var nU = [1, y, hG, 0, [() => PB, { xmlName: Q }]];
var cU = [1, y, RG, 0, [() => bB, { xmlName: Q }]];
var iU = [1, y, IG, 0, [() => EB, { xmlName: Q }]],
  mU = [1, y, AG, 0, [() => $B, { xmlName: Q }]];
var uU = [1, y, ok, 0, [() => wB, { xmlName: Q }]];
var lU = [1, y, lk, 0, [() => GB, { xmlName: Q }]],
  pU = [1, y, hk, 0, [0, { xmlName: Q }]],
  dU = [1, y, _k, 0, [() => HB, { xmlName: Q }]];
var yU = [1, y, gk, 0, [() => jB, { xmlName: Q }]];
var NU = [1, y, Tk, 0, [() => WB, { xmlName: Q }]];
var xU = [1, y, bk, 0, [0, { xmlName: Q }]];
var fU = [1, y, Qk, 0, [() => uv, { xmlName: Q }]],
  RU = [1, y, Gk, 0, [() => e4, { xmlName: Q }]];
var IU = [1, y, kk, 0, [() => t4, { xmlName: Q }]],
  SU = [1, y, YG, 0, [() => a4, { xmlName: Q }]];
var _U = [1, y, tk, 0, [0, { xmlName: Q }]];
var yv = [1, y, Uk, 0, [0, { xmlName: Q }]];
var vU = [1, y, sO, 0, [0, { xmlName: CI }]];
var gU = [1, y, dO, 0, [() => m4, { xmlName: Q }]];
var hU = [1, y, SO, 0, [() => l4, { xmlName: Q }]];
var AU = [1, y, fO, 0, [() => d4, { xmlName: Q }]];
var Nv = [1, y, iO, 0, [() => y4, { xmlName: Q }]];
var CU = [1, y, QO, 0, [() => x4, { xmlName: Q }]];
var TU = [1, y, qO, 0, [() => R4, { xmlName: Q }]];
var DU = [1, y, lV, 0, [() => v4, { xmlName: Q }]];
var PU = [1, y, eV, 0, [() => h4, { xmlName: Q }]];
var xv = [1, y, rV, 0, [0, { xmlName: Q }]],
  bU = [1, y, sV, 0, [() => A4, { xmlName: Q }]];
var EU = [1, y, xV, 0, [() => mv, { xmlName: Q }]];
var Vr = [1, y, $V, 0, [() => D4, { xmlName: Q }]];
var $U = [1, y, VV, 0, [() => mv, { xmlName: Q }]];
var wU = [1, y, MV, 0, [() => $4, { xmlName: Q }]];
var bd = [1, y, jV, 0, [0, { xmlName: Q }]];
var LU = [1, y, WV, 0, [0, { xmlName: Q }]];
var fv = [9, y, pQ, 0, () => Tq, () => Dq];
var Rv = [9, y, vQ, 0, () => Pq, () => bq],
  Iv = [9, y, QQ, 0, () => Eq, () => Ty];
var Sv = [9, y, kQ, 0, () => wq, () => Ty];
var _v = [9, y, mQ, 0, () => Lq, () => Qq];
var vv = [9, y, uQ, 0, () => Mq, () => Gq];
var gv = [9, y, lQ, 0, () => kq, () => Oq];
var hv = [9, y, SQ, 0, () => Vq, () => Fq],
  Av = [9, y, IQ, 0, () => qq, () => Bq];
var Cv = [9, y, PQ, 0, () => Uq, () => zq],
  Tv = [9, y, bQ, 0, () => Hq, () => jq];
var Dv = [9, y, Wk, 0, () => o4, () => Ty];
var Pv = [9, y, VO, 0, () => I4, () => S4];
var bv = [9, y, IV, 0, () => C4, () => T4];
var Ev = [9, y, DV, 0, () => P4, () => b4];
var $v = (e) => ({
  apiVersion: '2016-11-15',
  base64Decoder: e?.base64Decoder ?? na,
  base64Encoder: e?.base64Encoder ?? ia,
  disableHostPrefix: e?.disableHostPrefix ?? !1,
  endpointProvider: e?.endpointProvider ?? tR,
  extensions: e?.extensions ?? [],
  httpAuthSchemeProvider: e?.httpAuthSchemeProvider ?? Uf,
  httpAuthSchemes: e?.httpAuthSchemes ?? [
    {
      schemeId: 'aws.auth#sigv4',
      identityProvider: (t) => t.getIdentityProvider('aws.auth#sigv4'),
      signer: new ar(),
    },
  ],
  logger: e?.logger ?? new va(),
  protocol: e?.protocol ?? I0,
  protocolSettings: e?.protocolSettings ?? {
    defaultNamespace: 'com.amazonaws.ec2',
    errorTypeRegistries: nv,
    xmlNamespace: 'http://ec2.amazonaws.com/doc/2016-11-15',
    version: '2016-11-15',
    serviceTarget: 'AmazonEC2',
  },
  serviceId: e?.serviceId ?? 'EC2',
  sha256: e?.sha256 ?? Qa,
  urlParser: e?.urlParser ?? la,
  utf8Decoder: e?.utf8Decoder ?? ca,
  utf8Encoder: e?.utf8Encoder ?? ma,
});
var wv = (e) => {
  Ia(process.version);
  const t = Ta(e),
    a = () => t().then(Ra),
    r = $v(e);
  oa(process.version);
  const s = { profile: e?.profile, logger: r.logger };
  return {
    ...r,
    ...e,
    runtime: 'node',
    defaultsMode: t,
    authSchemePreference: e?.authSchemePreference ?? Z(rr, s),
    bodyLengthChecker: e?.bodyLengthChecker ?? pa,
    credentialDefaultProvider: e?.credentialDefaultProvider ?? Gt,
    defaultSocketTimeout: es(e?.requestHandler, 9e5),
    defaultUserAgentProvider:
      e?.defaultUserAgentProvider ?? Ja({ serviceId: r.serviceId, clientVersion: Wf.version }),
    maxAttempts: e?.maxAttempts ?? Z(Ha, e),
    region: e?.region ?? Z(ha, { ...Aa, ...s }),
    requestHandler: or.create(e?.requestHandler ?? a),
    retryMode: e?.retryMode ?? Z({ ...Wa, default: async () => (await a()).retryMode || Mt }, e),
    streamCollector: e?.streamCollector ?? La,
    useDualstackEndpoint: e?.useDualstackEndpoint ?? Z(da, s),
    useFipsEndpoint: e?.useFipsEndpoint ?? Z(ya, s),
    userAgentAppId: e?.userAgentAppId ?? Z(Ya, s),
  };
};
var Lv = (e) => {
    let t = e.httpAuthSchemes,
      a = e.httpAuthSchemeProvider,
      r = e.credentials;
    return {
      setHttpAuthScheme(s) {
        const o = t.findIndex((n) => n.schemeId === s.schemeId);
        o === -1 ? t.push(s) : t.splice(o, 1, s);
      },
      httpAuthSchemes() {
        return t;
      },
      setHttpAuthSchemeProvider(s) {
        a = s;
      },
      httpAuthSchemeProvider() {
        return a;
      },
      setCredentials(s) {
        r = s;
      },
      credentials() {
        return r;
      },
    };
  },
  Qv = (e) => ({
    httpAuthSchemes: e.httpAuthSchemes(),
    httpAuthSchemeProvider: e.httpAuthSchemeProvider(),
    credentials: e.credentials(),
  });
var Mv = (e, t) => {
  const a = Object.assign(er(e), Sa(e), Ma(e), Lv(e));
  return (t.forEach((r) => r.configure(a)), Object.assign(e, tr(a), _a(a), Ga(a), Qv(a)));
};
var Ge = class extends Na {
  config;
  constructor(...[t]) {
    const a = wv(t || {});
    super(a), (this.initConfig = a);
    const r = Hf(a),
      s = za(r),
      o = ja(s),
      n = Ca(o),
      c = n,
      i = $a(c),
      m = zf(i),
      u = Mv(m, t?.extensions || []);
    (this.config = u),
      this.middlewareStack.use(xa(this.config)),
      this.middlewareStack.use(Ka(this.config)),
      this.middlewareStack.use(Za(this.config)),
      this.middlewareStack.use(ka(this.config)),
      this.middlewareStack.use(Oa(this.config)),
      this.middlewareStack.use(Va(this.config)),
      this.middlewareStack.use(Fa(this.config)),
      this.middlewareStack.use(
        qa(this.config, {
          httpAuthSchemeParametersProvider: Bf,
          identityProviderConfigProvider: async (l) => new Ua({ 'aws.auth#sigv4': l.credentials }),
        }),
      ),
      this.middlewareStack.use(Ba(this.config));
  }
  destroy() {
    super.destroy();
  }
};
var X = ga(jf, 'AmazonEC2', 'EC2Client', wa),
  ee = {},
  te = (e, t, a, r) => [];
var mc = class extends X(ee, te, 'DeleteLaunchTemplate', fv) {};
var uc = class extends X(ee, te, 'DeleteSecurityGroup', Rv) {};
var lc = class extends X(ee, te, 'DeleteSnapshot', Iv) {};
var pc = class extends X(ee, te, 'DeleteTags', Sv) {};
var dc = class extends X(ee, te, 'DeregisterImage', _v) {};
var yc = class extends X(ee, te, 'DescribeImages', vv) {};
var mr = class extends X(ee, te, 'DescribeInstances', gv) {};
var Nc = class extends X(ee, te, 'DescribeLaunchTemplates', hv) {};
var Rs = class extends X(ee, te, 'DescribeLaunchTemplateVersions', Av) {};
var xc = class extends X(ee, te, 'DescribeSecurityGroupRules', Cv) {};
var xo = class extends X(ee, te, 'DescribeSecurityGroups', Tv) {};
var fc = class extends X(ee, te, 'ModifyInstanceAttribute', Dv) {};
var fo = class extends X(ee, te, 'RevokeSecurityGroupIngress', Pv) {};
var Rc = class extends X(ee, te, 'StopInstances', bv) {};
var Is = class extends X(ee, te, 'TerminateInstances', Ev) {};
var Gv = Se(Ge, yc, 'NextToken', 'NextToken', 'MaxResults');
var kv = Se(Ge, mr, 'NextToken', 'NextToken', 'MaxResults');
var Ov = Se(Ge, Nc, 'NextToken', 'NextToken', 'MaxResults');
var Vv = Se(Ge, xc, 'NextToken', 'NextToken', 'MaxResults');
var Fv = Se(Ge, xo, 'NextToken', 'NextToken', 'MaxResults');
var qv = async (e, t, a) => ({
  operation: ua(t).operation,
  region:
    (await tt(e.region)()) ||
    (() => {
      throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
    })(),
});
function QU(e) {
  return {
    schemeId: 'aws.auth#sigv4',
    signingProperties: { name: 'elasticloadbalancing', region: e.region },
    propertiesExtractor: (t, a) => ({ signingProperties: { config: t, context: a } }),
  };
}
var Bv = (e) => {
    const t = [];
    switch (e.operation) {
      default:
        t.push(QU(e));
    }
    return t;
  },
  Uv = (e) => {
    const t = sr(e);
    return Object.assign(t, { authSchemePreference: tt(e.authSchemePreference ?? []) });
  };
var zv = (e) =>
    Object.assign(e, {
      useDualstackEndpoint: e.useDualstackEndpoint ?? !1,
      useFipsEndpoint: e.useFipsEndpoint ?? !1,
      defaultSigningName: 'elasticloadbalancing',
    }),
  Hv = {
    UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
    Endpoint: { type: 'builtInParams', name: 'endpoint' },
    Region: { type: 'builtInParams', name: 'region' },
    UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
  };
var jv = {
  name: '@aws-sdk/client-elastic-load-balancing-v2',
  version: '3.1142.0',
  description:
    'AWS SDK for JavaScript Elastic Load Balancing V2 Client for Node.js, Browser and React Native',
  homepage: 'https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-elastic-load-balancing-v2',
  license: 'Apache-2.0',
  author: { name: 'AWS SDK for JavaScript Team', url: 'https://aws.amazon.com/sdk-for-javascript/' },
  repository: {
    type: 'git',
    url: 'https://github.com/aws/aws-sdk-js-v3.git',
    directory: 'clients/client-elastic-load-balancing-v2',
  },
  files: ['dist-*/**'],
  sideEffects: !1,
  main: './dist-cjs/index.js',
  module: './dist-es/index.js',
  browser: { './dist-es/runtimeConfig': './dist-es/runtimeConfig.browser' },
  types: './dist-types/index.d.ts',
  typesVersions: { '<4.5': { 'dist-types/*': ['dist-types/ts3.4/*'] } },
  'react-native': { './dist-es/runtimeConfig': './dist-es/runtimeConfig.native' },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    'build:cjs': 'node ../../scripts/compilation/inline',
    'build:es': 'premove dist-es && tsc -p tsconfig.es.json',
    'build:include:deps': 'yarn g:turbo run build -F="$npm_package_name"',
    'build:types': 'premove dist-types && tsc -p tsconfig.types.json',
    'build:types:downlevel': 'downlevel-dts dist-types dist-types/ts3.4',
    clean: 'premove dist-cjs dist-es dist-types',
    'extract:docs': 'api-extractor run --local',
    'generate:client': 'node ../../scripts/generate-clients/single-service',
    'test:e2e': 'yarn g:vitest run -c vitest.config.e2e.mts',
    'test:e2e:watch': 'yarn g:vitest watch -c vitest.config.e2e.mts',
    'test:index': 'tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs',
  },
  dependencies: {
    '@aws-sdk/core': '^3.978.1',
    '@aws-sdk/credential-provider-node': '^3.972.84',
    '@aws-sdk/types': '^3.974.6',
    '@smithy/core': '^3.35.0',
    '@smithy/fetch-http-handler': '^5.8.0',
    '@smithy/node-http-handler': '^4.12.1',
    '@smithy/types': '^4.19.0',
    tslib: '^2.6.2',
  },
  devDependencies: {
    '@tsconfig/node20': '20.1.8',
    '@types/node': '^20.14.8',
    concurrently: '7.0.0',
    'downlevel-dts': '0.10.1',
    premove: '4.0.0',
    typescript: '~7.0.2',
  },
  engines: { node: '>=20.0.0' },
};
var Ro = 'ref',
  Fr = -1,
  Ic = !0,
  Wv = 'isSet',
  Yv = 'PartitionResult',
  Sc = 'booleanEquals',
  Ey = 'getAttr',
  Zv = { [Ro]: 'Endpoint' },
  $y = { [Ro]: Yv },
  Ss = {},
  Kv = [{ [Ro]: 'Region' }],
  Jv = {
    conditions: [
      [Wv, [Zv]],
      [Wv, Kv],
      ['aws.partition', Kv, Yv],
      [Sc, [{ [Ro]: 'UseFIPS' }, Ic]],
      [Sc, [{ [Ro]: 'UseDualStack' }, Ic]],
      [Sc, [{ fn: Ey, argv: [$y, 'supportsDualStack'] }, Ic]],
      [Sc, [{ fn: Ey, argv: [$y, 'supportsFIPS'] }, Ic]],
      ['stringEquals', [{ fn: Ey, argv: [$y, 'name'] }, 'aws-us-gov']],
    ],
    results: [
      [Fr],
      [Fr, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
      [Fr, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
      [Zv, Ss],
      ['https://elasticloadbalancing-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', Ss],
      [Fr, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
      ['https://elasticloadbalancing.{Region}.amazonaws.com', Ss],
      ['https://elasticloadbalancing-fips.{Region}.{PartitionResult#dnsSuffix}', Ss],
      [Fr, 'FIPS is enabled but this partition does not support FIPS'],
      ['https://elasticloadbalancing.{Region}.{PartitionResult#dualStackDnsSuffix}', Ss],
      [Fr, 'DualStack is enabled but this partition does not support DualStack'],
      ['https://elasticloadbalancing.{Region}.{PartitionResult#dnsSuffix}', Ss],
      [Fr, 'Invalid Configuration: Missing Region'],
    ],
  },
  GU = 2,
  ke = 1e8,
  kU = new Int32Array([
    -1,
    1,
    -1,
    0,
    13,
    3,
    1,
    4,
    ke + 12,
    2,
    5,
    ke + 12,
    3,
    8,
    6,
    4,
    7,
    ke + 11,
    5,
    ke + 9,
    ke + 10,
    4,
    11,
    9,
    6,
    10,
    ke + 8,
    7,
    ke + 6,
    ke + 7,
    5,
    12,
    ke + 5,
    6,
    ke + 4,
    ke + 5,
    3,
    ke + 1,
    14,
    4,
    ke + 2,
    ke + 3,
  ]),
  Xv = Da.from(kU, GU, Jv.conditions, Jv.results);
var OU = new Pa({ size: 50, params: ['Endpoint', 'Region', 'UseDualStack', 'UseFIPS'] }),
  eg = (e, t = {}) => OU.get(e, () => Ea(Xv, { endpointParams: e, logger: t.logger }));
ba.aws = Xa;
var L = class e extends fa {
  constructor(t) {
    super(t), Object.setPrototypeOf(this, e.prototype);
  }
};
var _c = class e extends L {
    name = 'CertificateNotFoundException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'CertificateNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  vc = class e extends L {
    name = 'ListenerNotFoundException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'ListenerNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  gc = class e extends L {
    name = 'TooManyCertificatesException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'TooManyCertificatesException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  hc = class e extends L {
    name = 'DuplicateTagKeysException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'DuplicateTagKeysException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Ac = class e extends L {
    name = 'LoadBalancerNotFoundException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'LoadBalancerNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Cc = class e extends L {
    name = 'RuleNotFoundException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'RuleNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Tc = class e extends L {
    name = 'TargetGroupNotFoundException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'TargetGroupNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Dc = class e extends L {
    name = 'TooManyTagsException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'TooManyTagsException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Pc = class e extends L {
    name = 'TrustStoreNotFoundException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'TrustStoreNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  bc = class e extends L {
    name = 'InvalidRevocationContentException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidRevocationContentException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Ec = class e extends L {
    name = 'RevocationContentNotFoundException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'RevocationContentNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  $c = class e extends L {
    name = 'TooManyTrustStoreRevocationEntriesException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'TooManyTrustStoreRevocationEntriesException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  wc = class e extends L {
    name = 'AllocationIdNotFoundException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'AllocationIdNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Lc = class e extends L {
    name = 'ALPNPolicyNotSupportedException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'ALPNPolicyNotSupportedException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Qc = class e extends L {
    name = 'AvailabilityZoneNotSupportedException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'AvailabilityZoneNotSupportedException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Mc = class e extends L {
    name = 'CaCertificatesBundleNotFoundException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'CaCertificatesBundleNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Gc = class e extends L {
    name = 'CapacityDecreaseRequestsLimitExceededException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'CapacityDecreaseRequestsLimitExceededException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  kc = class e extends L {
    name = 'CapacityReservationPendingException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'CapacityReservationPendingException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Oc = class e extends L {
    name = 'CapacityUnitsLimitExceededException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'CapacityUnitsLimitExceededException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Vc = class e extends L {
    name = 'DuplicateListenerException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'DuplicateListenerException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Fc = class e extends L {
    name = 'IncompatibleProtocolsException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'IncompatibleProtocolsException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  qc = class e extends L {
    name = 'InvalidConfigurationRequestException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidConfigurationRequestException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Bc = class e extends L {
    name = 'InvalidLoadBalancerActionException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidLoadBalancerActionException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Uc = class e extends L {
    name = 'SSLPolicyNotFoundException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'SSLPolicyNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  zc = class e extends L {
    name = 'TargetGroupAssociationLimitException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'TargetGroupAssociationLimitException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Hc = class e extends L {
    name = 'TooManyActionsException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'TooManyActionsException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  jc = class e extends L {
    name = 'TooManyListenersException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'TooManyListenersException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Wc = class e extends L {
    name = 'TooManyRegistrationsForTargetIdException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'TooManyRegistrationsForTargetIdException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Zc = class e extends L {
    name = 'TooManyTargetsException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'TooManyTargetsException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Kc = class e extends L {
    name = 'TooManyUniqueTargetGroupsPerLoadBalancerException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'TooManyUniqueTargetGroupsPerLoadBalancerException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Jc = class e extends L {
    name = 'TrustStoreNotReadyException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'TrustStoreNotReadyException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Yc = class e extends L {
    name = 'UnsupportedProtocolException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'UnsupportedProtocolException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Xc = class e extends L {
    name = 'DuplicateLoadBalancerNameException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'DuplicateLoadBalancerNameException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  ei = class e extends L {
    name = 'InvalidSchemeException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidSchemeException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  ti = class e extends L {
    name = 'InvalidSecurityGroupException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidSecurityGroupException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  ai = class e extends L {
    name = 'InvalidSubnetException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidSubnetException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  ri = class e extends L {
    name = 'OperationNotPermittedException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'OperationNotPermittedException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  si = class e extends L {
    name = 'ResourceInUseException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'ResourceInUseException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  oi = class e extends L {
    name = 'SubnetNotFoundException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'SubnetNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  ni = class e extends L {
    name = 'TooManyLoadBalancersException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'TooManyLoadBalancersException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  ci = class e extends L {
    name = 'PriorityInUseException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'PriorityInUseException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  ii = class e extends L {
    name = 'TooManyRulesException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'TooManyRulesException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  mi = class e extends L {
    name = 'TooManyTargetGroupsException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'TooManyTargetGroupsException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  ui = class e extends L {
    name = 'DuplicateTargetGroupNameException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'DuplicateTargetGroupNameException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  li = class e extends L {
    name = 'DuplicateTrustStoreNameException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'DuplicateTrustStoreNameException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  pi = class e extends L {
    name = 'InvalidCaCertificatesBundleException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidCaCertificatesBundleException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  di = class e extends L {
    name = 'TooManyTrustStoresException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'TooManyTrustStoresException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  yi = class e extends L {
    name = 'DeleteAssociationSameAccountException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'DeleteAssociationSameAccountException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Ni = class e extends L {
    name = 'TrustStoreAssociationNotFoundException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'TrustStoreAssociationNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  xi = class e extends L {
    name = 'TrustStoreInUseException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'TrustStoreInUseException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  fi = class e extends L {
    name = 'InvalidTargetException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidTargetException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Ri = class e extends L {
    name = 'HealthUnavailableException';
    $fault = 'server';
    Message;
    constructor(t) {
      super({ name: 'HealthUnavailableException', $fault: 'server', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Ii = class e extends L {
    name = 'RevocationIdNotFoundException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'RevocationIdNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Si = class e extends L {
    name = 'ResourceNotFoundException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'ResourceNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  _i = class e extends L {
    name = 'InsufficientCapacityException';
    $fault = 'server';
    Message;
    constructor(t) {
      super({ name: 'InsufficientCapacityException', $fault: 'server', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  vi = class e extends L {
    name = 'PriorRequestNotCompleteException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'PriorRequestNotCompleteException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  };
var VU = 'Action',
  FU = 'AdditionalClaims',
  qU = 'AuthenticateCognitoActionConfig',
  BU = 'AuthenticateCognitoConfig';
var UU = 'AuthorizationEndpoint',
  zU = 'AllocationId',
  HU = 'AllocationIdNotFoundException';
var jU = 'ALPNPolicyNotSupportedException';
var WU = 'AuthenticateOidcActionConfig',
  ZU = 'AuthenticateOidcConfig',
  KU = 'AlpnPolicy',
  tg = 'AuthenticationRequestExtraParams';
var JU = 'AdvertiseTrustStoreCaNames';
var YU = 'AvailabilityZone',
  XU = 'AvailabilityZoneNotSupportedException',
  ag = 'AvailabilityZones',
  ez = 'Actions';
var tz = 'Certificates',
  az = 'CertificateArn',
  rz = 'CaCertificatesBundleNotFoundException';
var sz = 'CapacityDecreaseRequestsLimitExceededException',
  oz = 'CanonicalHostedZoneId',
  nz = 'ClientId',
  cz = 'CertificateList';
var iz = 'CertificateNotFoundException',
  mz = 'CustomerOwnedIpv4Pool';
var uz = 'CapacityReservationPendingException';
var lz = 'ClientSecret',
  pz = 'ContentType';
var dz = 'CreatedTime';
var yz = 'CapacityUnitsLimitExceededException',
  Nz = 'Certificate';
var xz = 'Code';
var fz = 'DefaultActions';
var Rz = 'DeleteAssociationSameAccountException';
var Iz = 'DeleteListener';
var Sz = 'DeleteLoadBalancer';
var _z = 'DeleteLoadBalancerInput',
  vz = 'DescribeLoadBalancersInput',
  gz = 'DuplicateLoadBalancerNameException',
  hz = 'DeleteLoadBalancerOutput',
  Az = 'DescribeLoadBalancersOutput',
  Cz = 'DescribeLoadBalancers';
var Tz = 'DuplicateListenerException',
  Dz = 'DeleteListenerInput',
  Pz = 'DescribeListenersInput',
  bz = 'DeleteListenerOutput',
  Ez = 'DescribeListenersOutput',
  $z = 'DescribeListeners',
  wz = 'DNSName';
var Lz = 'DurationSeconds';
var Qz = 'DeleteTargetGroup';
var Mz = 'DeleteTargetGroupInput',
  Gz = 'DescribeTargetGroupsInput',
  kz = 'DuplicateTargetGroupNameException',
  Oz = 'DeleteTargetGroupOutput',
  Vz = 'DescribeTargetGroupsOutput',
  Fz = 'DescribeTargetGroups';
var qz = 'DescribeTagsInput',
  Bz = 'DuplicateTagKeysException';
var Uz = 'DescribeTagsOutput';
var zz = 'DuplicateTrustStoreNameException';
var Hz = 'DescribeTags',
  jz = 'Enabled';
var Wz = 'EnablePrefixForIpv6SourceNat',
  Zz = 'EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic',
  Kz = 'Format',
  Jz = 'ForwardActionConfig',
  Yz = 'ForwardConfig',
  Xz = 'FixedResponseActionConfig',
  e9 = 'FixedResponseConfig';
var t9 = 'GrpcCode';
var a9 = 'Host',
  r9 = 'HttpCode',
  s9 = 'HealthCheckEnabled',
  o9 = 'HealthCheckIntervalSeconds',
  n9 = 'HealthCheckProtocol',
  c9 = 'HealthCheckPort',
  i9 = 'HealthCheckPath',
  m9 = 'HealthCheckTimeoutSeconds';
var u9 = 'HealthyThresholdCount',
  l9 = 'HealthUnavailableException',
  rg = 'Issuer',
  p9 = 'IpAddress',
  sg = 'IpAddressType',
  d9 = 'InvalidCaCertificatesBundleException',
  y9 = 'IgnoreClientCertificateExpiry',
  N9 = 'InsufficientCapacityException',
  x9 = 'InvalidConfigurationRequestException',
  f9 = 'IsDefault',
  R9 = 'Ipv4IpamPoolId',
  I9 = 'InvalidLoadBalancerActionException',
  og = 'IpamPools',
  S9 = 'IPv6Address',
  _9 = 'IncompatibleProtocolsException',
  v9 = 'InvalidRevocationContentException',
  g9 = 'InvalidSchemeException',
  h9 = 'InvalidSubnetException',
  A9 = 'InvalidSecurityGroupException',
  C9 = 'InvalidTargetException';
var T9 = 'JwksEndpoint',
  D9 = 'JwtValidationActionAdditionalClaim',
  P9 = 'JwtValidationActionAdditionalClaims',
  b9 = 'JwtValidationActionConfig',
  E9 = 'JwtValidationConfig',
  $9 = 'Key',
  ng = 'Listeners',
  cg = 'ListenerArn',
  w9 = 'ListenerArns';
var ig = 'LoadBalancers',
  mg = 'LoadBalancerAddresses',
  Io = 'LoadBalancerArn',
  ug = 'LoadBalancerArns',
  L9 = 'LoadBalancerAddress';
var Q9 = 'LoadBalancerName',
  M9 = 'LoadBalancerNotFoundException',
  G9 = 'LoadBalancerState';
var k9 = 'LoadBalancer';
var O9 = 'ListenerNotFoundException';
var V9 = 'Listener';
var G = 'Message',
  F9 = 'MutualAuthentication',
  q9 = 'MutualAuthenticationAttributes',
  B9 = 'MessageBody';
var lg = 'Matcher',
  wy = 'Marker';
var U9 = 'Mode',
  z9 = 'Name',
  Ly = 'NextMarker';
var pg = 'Names',
  H9 = 'Order',
  j9 = 'OutpostId',
  W9 = 'OperationNotPermittedException',
  dg = 'OnUnauthenticatedRequest';
var Z9 = 'PrivateIPv4Address',
  K9 = 'PriorityInUseException';
var J9 = 'PriorRequestNotCompleteException',
  Qy = 'PageSize',
  Y9 = 'ProtocolVersion',
  X9 = 'Path',
  My = 'Port';
var Gy = 'Protocol',
  eH = 'Query';
var tH = 'Reason',
  aH = 'ResourceArns',
  rH = 'RedirectActionConfig',
  sH = 'ResourceArn';
var oH = 'RedirectConfig';
var nH = 'RevocationContentNotFoundException';
var cH = 'RevocationIdNotFoundException';
var iH = 'ResourceInUseException';
var mH = 'ResourceNotFoundException',
  uH = 'RuleNotFoundException';
var lH = 'State';
var yg = 'StatusCode',
  Ng = 'SessionCookieName',
  pH = 'SecurityGroups';
var dH = 'SubnetId';
var yH = 'SubnetNotFoundException',
  NH = 'SourceNatIpv6Prefixes';
var xH = 'SslPolicy';
var fH = 'SSLPolicyNotFoundException';
var xg = 'SessionTimeout',
  fg = 'Scope',
  RH = 'Scheme';
var Rg = 'Type',
  IH = 'TargetControlPort',
  Ig = 'TagDescriptions',
  SH = 'TagDescription';
var _H = 'TokenEndpoint',
  ky = 'TargetGroups',
  gi = 'TargetGroupArn',
  vH = 'TargetGroupAssociationLimitException',
  gH = 'TargetGroupArns';
var hH = 'TargetGroupList',
  AH = 'TargetGroupName',
  CH = 'TargetGroupNotFoundException',
  Sg = 'TargetGroupStickinessConfig',
  TH = 'TargetGroupTuple',
  DH = 'TargetGroup';
var PH = 'TagList',
  bH = 'TooManyActionsException',
  EH = 'TooManyCertificatesException',
  $H = 'TooManyLoadBalancersException',
  wH = 'TooManyListenersException',
  LH = 'TooManyRulesException',
  QH = 'TooManyRegistrationsForTargetIdException',
  MH = 'TooManyTagsException',
  GH = 'TooManyTargetsException',
  kH = 'TooManyTargetGroupsException',
  OH = 'TooManyTrustStoresException',
  VH = 'TooManyTrustStoreRevocationEntriesException',
  FH = 'TooManyUniqueTargetGroupsPerLoadBalancerException';
var qH = 'TrustStoreArn',
  BH = 'TrustStoreAssociationNotFoundException',
  UH = 'TrustStoreAssociationStatus';
var zH = 'TrustStoreInUseException',
  HH = 'TrustStoreNotFoundException',
  jH = 'TrustStoreNotReadyException';
var WH = 'TargetType',
  ZH = 'Tags',
  KH = 'Tag';
var JH = 'UseExistingClientSecret',
  YH = 'UserInfoEndpoint',
  XH = 'UserPoolArn',
  ej = 'UserPoolClientId',
  tj = 'UserPoolDomain',
  aj = 'UnsupportedProtocolException';
var rj = 'UnhealthyThresholdCount',
  sj = 'Values',
  _g = 'VpcId',
  oj = 'Value',
  nj = 'Weight';
var cj = 'ZoneName';
var k = 'client';
var vg = 'smithy.ts.sdk.synthetic.com.amazonaws.elasticloadbalancingv2',
  gg = 'server',
  h = 'com.amazonaws.elasticloadbalancingv2',
  hg = new it(vg),
  ij = [-3, vg, 'ElasticLoadBalancingV2ServiceException', 0, [], []];
hg.registerError(ij, L);
var M = new it(h),
  mj = [-3, h, HU, { awsQueryError: ['AllocationIdNotFound', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(mj, wc);
var uj = [-3, h, jU, { awsQueryError: ['ALPNPolicyNotFound', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(uj, Lc);
var lj = [
  -3,
  h,
  XU,
  { awsQueryError: ['AvailabilityZoneNotSupported', 400], error: k, httpError: 400 },
  [G],
  [0],
];
M.registerError(lj, Qc);
var pj = [
  -3,
  h,
  rz,
  { awsQueryError: ['CaCertificatesBundleNotFound', 400], error: k, httpError: 400 },
  [G],
  [0],
];
M.registerError(pj, Mc);
var dj = [
  -3,
  h,
  sz,
  { awsQueryError: ['CapacityDecreaseRequestLimitExceeded', 400], error: k, httpError: 400 },
  [G],
  [0],
];
M.registerError(dj, Gc);
var yj = [
  -3,
  h,
  uz,
  { awsQueryError: ['CapacityReservationPending', 400], error: k, httpError: 400 },
  [G],
  [0],
];
M.registerError(yj, kc);
var Nj = [
  -3,
  h,
  yz,
  { awsQueryError: ['CapacityUnitsLimitExceeded', 400], error: k, httpError: 400 },
  [G],
  [0],
];
M.registerError(Nj, Oc);
var xj = [-3, h, iz, { awsQueryError: ['CertificateNotFound', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(xj, _c);
var fj = [
  -3,
  h,
  Rz,
  { awsQueryError: ['DeleteAssociationSameAccount', 400], error: k, httpError: 400 },
  [G],
  [0],
];
M.registerError(fj, yi);
var Rj = [-3, h, Tz, { awsQueryError: ['DuplicateListener', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(Rj, Vc);
var Ij = [
  -3,
  h,
  gz,
  { awsQueryError: ['DuplicateLoadBalancerName', 400], error: k, httpError: 400 },
  [G],
  [0],
];
M.registerError(Ij, Xc);
var Sj = [-3, h, Bz, { awsQueryError: ['DuplicateTagKeys', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(Sj, hc);
var _j = [
  -3,
  h,
  kz,
  { awsQueryError: ['DuplicateTargetGroupName', 400], error: k, httpError: 400 },
  [G],
  [0],
];
M.registerError(_j, ui);
var vj = [-3, h, zz, { awsQueryError: ['DuplicateTrustStoreName', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(vj, li);
var gj = [-3, h, l9, { awsQueryError: ['HealthUnavailable', 500], error: gg, httpError: 500 }, [G], [0]];
M.registerError(gj, Ri);
var hj = [-3, h, _9, { awsQueryError: ['IncompatibleProtocols', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(hj, Fc);
var Aj = [-3, h, N9, { awsQueryError: ['InsufficientCapacity', 500], error: gg, httpError: 500 }, [G], [0]];
M.registerError(Aj, _i);
var Cj = [
  -3,
  h,
  d9,
  { awsQueryError: ['InvalidCaCertificatesBundle', 400], error: k, httpError: 400 },
  [G],
  [0],
];
M.registerError(Cj, pi);
var Tj = [
  -3,
  h,
  x9,
  { awsQueryError: ['InvalidConfigurationRequest', 400], error: k, httpError: 400 },
  [G],
  [0],
];
M.registerError(Tj, qc);
var Dj = [
  -3,
  h,
  I9,
  { awsQueryError: ['InvalidLoadBalancerAction', 400], error: k, httpError: 400 },
  [G],
  [0],
];
M.registerError(Dj, Bc);
var Pj = [
  -3,
  h,
  v9,
  { awsQueryError: ['InvalidRevocationContent', 400], error: k, httpError: 400 },
  [G],
  [0],
];
M.registerError(Pj, bc);
var bj = [-3, h, g9, { awsQueryError: ['InvalidScheme', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(bj, ei);
var Ej = [-3, h, A9, { awsQueryError: ['InvalidSecurityGroup', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(Ej, ti);
var $j = [-3, h, h9, { awsQueryError: ['InvalidSubnet', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError($j, ai);
var wj = [-3, h, C9, { awsQueryError: ['InvalidTarget', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(wj, fi);
var Lj = [-3, h, O9, { awsQueryError: ['ListenerNotFound', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(Lj, vc);
var Qj = [-3, h, M9, { awsQueryError: ['LoadBalancerNotFound', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(Qj, Ac);
var Mj = [-3, h, W9, { awsQueryError: ['OperationNotPermitted', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(Mj, ri);
var Gj = [-3, h, K9, { awsQueryError: ['PriorityInUse', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(Gj, ci);
var kj = [-3, h, J9, { awsQueryError: ['PriorRequestNotComplete', 429], error: k, httpError: 429 }, [G], [0]];
M.registerError(kj, vi);
var Oj = [-3, h, iH, { awsQueryError: ['ResourceInUse', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(Oj, si);
var Vj = [-3, h, mH, { awsQueryError: ['ResourceNotFound', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(Vj, Si);
var Fj = [
  -3,
  h,
  nH,
  { awsQueryError: ['RevocationContentNotFound', 400], error: k, httpError: 400 },
  [G],
  [0],
];
M.registerError(Fj, Ec);
var qj = [-3, h, cH, { awsQueryError: ['RevocationIdNotFound', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(qj, Ii);
var Bj = [-3, h, uH, { awsQueryError: ['RuleNotFound', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(Bj, Cc);
var Uj = [-3, h, fH, { awsQueryError: ['SSLPolicyNotFound', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(Uj, Uc);
var zj = [-3, h, yH, { awsQueryError: ['SubnetNotFound', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(zj, oi);
var Hj = [
  -3,
  h,
  vH,
  { awsQueryError: ['TargetGroupAssociationLimit', 400], error: k, httpError: 400 },
  [G],
  [0],
];
M.registerError(Hj, zc);
var jj = [-3, h, CH, { awsQueryError: ['TargetGroupNotFound', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(jj, Tc);
var Wj = [-3, h, bH, { awsQueryError: ['TooManyActions', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(Wj, Hc);
var Zj = [-3, h, EH, { awsQueryError: ['TooManyCertificates', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(Zj, gc);
var Kj = [-3, h, wH, { awsQueryError: ['TooManyListeners', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(Kj, jc);
var Jj = [-3, h, $H, { awsQueryError: ['TooManyLoadBalancers', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(Jj, ni);
var Yj = [
  -3,
  h,
  QH,
  { awsQueryError: ['TooManyRegistrationsForTargetId', 400], error: k, httpError: 400 },
  [G],
  [0],
];
M.registerError(Yj, Wc);
var Xj = [-3, h, LH, { awsQueryError: ['TooManyRules', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(Xj, ii);
var e6 = [-3, h, MH, { awsQueryError: ['TooManyTags', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(e6, Dc);
var t6 = [-3, h, kH, { awsQueryError: ['TooManyTargetGroups', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(t6, mi);
var a6 = [-3, h, GH, { awsQueryError: ['TooManyTargets', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(a6, Zc);
var r6 = [
  -3,
  h,
  VH,
  { awsQueryError: ['TooManyTrustStoreRevocationEntries', 400], error: k, httpError: 400 },
  [G],
  [0],
];
M.registerError(r6, $c);
var s6 = [-3, h, OH, { awsQueryError: ['TooManyTrustStores', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(s6, di);
var o6 = [
  -3,
  h,
  FH,
  { awsQueryError: ['TooManyUniqueTargetGroupsPerLoadBalancer', 400], error: k, httpError: 400 },
  [G],
  [0],
];
M.registerError(o6, Kc);
var n6 = [-3, h, BH, { awsQueryError: ['AssociationNotFound', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(n6, Ni);
var c6 = [-3, h, zH, { awsQueryError: ['TrustStoreInUse', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(c6, xi);
var i6 = [-3, h, HH, { awsQueryError: ['TrustStoreNotFound', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(i6, Pc);
var m6 = [-3, h, jH, { awsQueryError: ['TrustStoreNotReady', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(m6, Jc);
var u6 = [-3, h, aj, { awsQueryError: ['UnsupportedProtocol', 400], error: k, httpError: 400 }, [G], [0]];
M.registerError(u6, Yc);
var Ag = [hg, M],
  l6 = [
    3,
    h,
    VU,
    0,
    [Rg, gi, ZU, BU, H9, oH, e9, Yz, E9],
    [0, 0, () => d6, () => p6, 1, () => F6, () => b6, () => E6, () => L6],
    1,
  ];
var p6 = [3, h, qU, 0, [XH, ej, tj, Ng, fg, xg, tg, dg], [0, 0, 0, 0, 0, 1, 128, 0], 3],
  d6 = [
    3,
    h,
    WU,
    0,
    [rg, UU, _H, YH, nz, lz, Ng, fg, xg, tg, dg, JH],
    [0, 0, 0, 0, 0, 0, 0, 0, 1, 128, 0, 2],
    5,
  ],
  y6 = [3, h, YU, 0, [cj, dH, j9, mg, NH], [0, 0, 0, () => Y6, 64]];
var N6 = [3, h, Nz, 0, [az, f9], [0, 2]];
var x6 = [3, h, Dz, 0, [cg], [0], 1],
  f6 = [3, h, bz, 0, [], []],
  R6 = [3, h, _z, 0, [Io], [0], 1],
  I6 = [3, h, hz, 0, [], []];
var S6 = [3, h, Mz, 0, [gi], [0], 1],
  _6 = [3, h, Oz, 0, [], []];
var v6 = [3, h, Pz, 0, [Io, w9, wy, Qy], [0, 64, 0, 1]],
  g6 = [3, h, Ez, 0, [ng, Ly], [() => J6, 0]];
var h6 = [3, h, vz, 0, [ug, pg, wy, Qy], [64, 64, 0, 1]],
  A6 = [3, h, Az, 0, [ig, Ly], [() => X6, 0]];
var C6 = [3, h, qz, 0, [aH], [64], 1],
  T6 = [3, h, Uz, 0, [Ig], [() => eW]];
var D6 = [3, h, Gz, 0, [Io, gH, pg, wy, Qy], [0, 64, 64, 0, 1]],
  P6 = [3, h, Vz, 0, [ky, Ly], [() => rW, 0]];
var b6 = [3, h, Xz, 0, [yg, B9, pz], [0, 0, 0], 1],
  E6 = [3, h, Jz, 0, [ky, Sg], [() => aW, () => z6]];
var $6 = [3, h, og, 0, [R9], [0]],
  w6 = [3, h, D9, 0, [Kz, z9, sj], [0, 0, 64], 3],
  L6 = [3, h, b9, 0, [T9, rg, FU], [0, 0, () => K6], 2];
var Q6 = [
  3,
  h,
  V9,
  0,
  [cg, Io, My, Gy, tz, xH, fz, KU, F9],
  [0, 0, 1, 0, () => Z6, 0, () => j6, 64, () => V6],
];
var M6 = [
    3,
    h,
    k9,
    0,
    [Io, wz, oz, dz, Q9, RH, _g, lH, Rg, ag, pH, sg, mz, Zz, Wz, og],
    [0, 0, 0, 4, 0, 0, 0, () => k6, 0, () => W6, 64, 0, 0, 0, 0, () => $6],
  ],
  G6 = [3, h, L9, 0, [p9, zU, Z9, S9], [0, 0, 0, 0]];
var k6 = [3, h, G9, 0, [xz, tH], [0, 0]],
  O6 = [3, h, lg, 0, [r9, t9], [0, 0]];
var V6 = [3, h, q9, 0, [U9, qH, y9, UH, JU], [0, 0, 2, 0, 0]];
var F6 = [3, h, rH, 0, [yg, Gy, My, a9, X9, eH], [0, 0, 0, 0, 0, 0], 1];
var q6 = [3, h, KH, 0, [$9, oj], [0, 0], 1],
  B6 = [3, h, SH, 0, [sH, ZH], [0, () => tW]];
var U6 = [
  3,
  h,
  DH,
  0,
  [gi, AH, Gy, My, _g, n9, c9, s9, o9, m9, u9, rj, i9, lg, ug, WH, Y9, sg, IH],
  [0, 0, 0, 1, 0, 0, 0, 2, 1, 1, 1, 1, 0, () => O6, 64, 0, 0, 0, 1],
];
var z6 = [3, h, Sg, 0, [jz, Lz], [2, 1]],
  H6 = [3, h, TH, 0, [gi, nj], [0, 1]];
var j6 = [1, h, ez, 0, () => l6];
var W6 = [1, h, ag, 0, () => y6],
  Z6 = [1, h, cz, 0, () => N6];
var K6 = [1, h, P9, 0, () => w6];
var J6 = [1, h, ng, 0, () => Q6];
var Y6 = [1, h, mg, 0, () => G6];
var X6 = [1, h, ig, 0, () => M6];
var eW = [1, h, Ig, 0, () => B6];
var tW = [1, h, PH, 0, () => q6];
var aW = [1, h, hH, 0, () => H6];
var rW = [1, h, ky, 0, () => U6];
var Cg = [9, h, Iz, 0, () => x6, () => f6],
  Tg = [9, h, Sz, 0, () => R6, () => I6];
var Dg = [9, h, Qz, 0, () => S6, () => _6];
var Pg = [9, h, $z, 0, () => v6, () => g6];
var bg = [9, h, Cz, 0, () => h6, () => A6];
var Eg = [9, h, Hz, 0, () => C6, () => T6];
var $g = [9, h, Fz, 0, () => D6, () => P6];
var wg = (e) => ({
  apiVersion: '2015-12-01',
  base64Decoder: e?.base64Decoder ?? na,
  base64Encoder: e?.base64Encoder ?? ia,
  disableHostPrefix: e?.disableHostPrefix ?? !1,
  endpointProvider: e?.endpointProvider ?? eg,
  extensions: e?.extensions ?? [],
  httpAuthSchemeProvider: e?.httpAuthSchemeProvider ?? Bv,
  httpAuthSchemes: e?.httpAuthSchemes ?? [
    {
      schemeId: 'aws.auth#sigv4',
      identityProvider: (t) => t.getIdentityProvider('aws.auth#sigv4'),
      signer: new ar(),
    },
  ],
  logger: e?.logger ?? new va(),
  protocol: e?.protocol ?? xn,
  protocolSettings: e?.protocolSettings ?? {
    defaultNamespace: 'com.amazonaws.elasticloadbalancingv2',
    errorTypeRegistries: Ag,
    xmlNamespace: 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/',
    version: '2015-12-01',
    serviceTarget: 'ElasticLoadBalancing_v10',
  },
  serviceId: e?.serviceId ?? 'Elastic Load Balancing v2',
  sha256: e?.sha256 ?? Qa,
  urlParser: e?.urlParser ?? la,
  utf8Decoder: e?.utf8Decoder ?? ca,
  utf8Encoder: e?.utf8Encoder ?? ma,
});
var Lg = (e) => {
  Ia(process.version);
  const t = Ta(e),
    a = () => t().then(Ra),
    r = wg(e);
  oa(process.version);
  const s = { profile: e?.profile, logger: r.logger };
  return {
    ...r,
    ...e,
    runtime: 'node',
    defaultsMode: t,
    authSchemePreference: e?.authSchemePreference ?? Z(rr, s),
    bodyLengthChecker: e?.bodyLengthChecker ?? pa,
    credentialDefaultProvider: e?.credentialDefaultProvider ?? Gt,
    defaultUserAgentProvider:
      e?.defaultUserAgentProvider ?? Ja({ serviceId: r.serviceId, clientVersion: jv.version }),
    maxAttempts: e?.maxAttempts ?? Z(Ha, e),
    region: e?.region ?? Z(ha, { ...Aa, ...s }),
    requestHandler: or.create(e?.requestHandler ?? a),
    retryMode: e?.retryMode ?? Z({ ...Wa, default: async () => (await a()).retryMode || Mt }, e),
    streamCollector: e?.streamCollector ?? La,
    useDualstackEndpoint: e?.useDualstackEndpoint ?? Z(da, s),
    useFipsEndpoint: e?.useFipsEndpoint ?? Z(ya, s),
    userAgentAppId: e?.userAgentAppId ?? Z(Ya, s),
  };
};
var Qg = (e) => {
    let t = e.httpAuthSchemes,
      a = e.httpAuthSchemeProvider,
      r = e.credentials;
    return {
      setHttpAuthScheme(s) {
        const o = t.findIndex((n) => n.schemeId === s.schemeId);
        o === -1 ? t.push(s) : t.splice(o, 1, s);
      },
      httpAuthSchemes() {
        return t;
      },
      setHttpAuthSchemeProvider(s) {
        a = s;
      },
      httpAuthSchemeProvider() {
        return a;
      },
      setCredentials(s) {
        r = s;
      },
      credentials() {
        return r;
      },
    };
  },
  Mg = (e) => ({
    httpAuthSchemes: e.httpAuthSchemes(),
    httpAuthSchemeProvider: e.httpAuthSchemeProvider(),
    credentials: e.credentials(),
  });
var Gg = (e, t) => {
  const a = Object.assign(er(e), Sa(e), Ma(e), Qg(e));
  return (t.forEach((r) => r.configure(a)), Object.assign(e, tr(a), _a(a), Ga(a), Mg(a)));
};
var ur = class extends Na {
  config;
  constructor(...[t]) {
    const a = Lg(t || {});
    super(a), (this.initConfig = a);
    const r = zv(a),
      s = za(r),
      o = ja(s),
      n = Ca(o),
      c = n,
      i = $a(c),
      m = Uv(i),
      u = Gg(m, t?.extensions || []);
    (this.config = u),
      this.middlewareStack.use(xa(this.config)),
      this.middlewareStack.use(Ka(this.config)),
      this.middlewareStack.use(Za(this.config)),
      this.middlewareStack.use(ka(this.config)),
      this.middlewareStack.use(Oa(this.config)),
      this.middlewareStack.use(Va(this.config)),
      this.middlewareStack.use(Fa(this.config)),
      this.middlewareStack.use(
        qa(this.config, {
          httpAuthSchemeParametersProvider: qv,
          identityProviderConfigProvider: async (l) => new Ua({ 'aws.auth#sigv4': l.credentials }),
        }),
      ),
      this.middlewareStack.use(Ba(this.config));
  }
  destroy() {
    super.destroy();
  }
};
var Oe = ga(Hv, 'ElasticLoadBalancing_v10', 'ElasticLoadBalancingV2Client', wa),
  Ve = {},
  Fe = (e, t, a, r) => [];
var hi = class extends Oe(Ve, Fe, 'DeleteListener', Cg) {};
var Ai = class extends Oe(Ve, Fe, 'DeleteLoadBalancer', Tg) {};
var Ci = class extends Oe(Ve, Fe, 'DeleteTargetGroup', Dg) {};
var So = class extends Oe(Ve, Fe, 'DescribeListeners', Pg) {};
var Ti = class extends Oe(Ve, Fe, 'DescribeLoadBalancers', bg) {};
var Di = class extends Oe(Ve, Fe, 'DescribeTags', Eg) {};
var Pi = class extends Oe(Ve, Fe, 'DescribeTargetGroups', $g) {};
var kg = Se(ur, Ti, 'Marker', 'NextMarker', '');
var Og = Se(ur, Pi, 'Marker', 'NextMarker', '');
var Vg = async (e, t, a) => ({
  operation: ua(t).operation,
  region:
    (await tt(e.region)()) ||
    (() => {
      throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
    })(),
});
function sW(e) {
  return {
    schemeId: 'aws.auth#sigv4',
    signingProperties: { name: 'ssm', region: e.region },
    propertiesExtractor: (t, a) => ({ signingProperties: { config: t, context: a } }),
  };
}
var Fg = (e) => {
    const t = [];
    switch (e.operation) {
      default:
        t.push(sW(e));
    }
    return t;
  },
  qg = (e) => {
    const t = sr(e);
    return Object.assign(t, { authSchemePreference: tt(e.authSchemePreference ?? []) });
  };
var Bg = (e) =>
    Object.assign(e, {
      useDualstackEndpoint: e.useDualstackEndpoint ?? !1,
      useFipsEndpoint: e.useFipsEndpoint ?? !1,
      defaultSigningName: 'ssm',
    }),
  Ug = {
    UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
    Endpoint: { type: 'builtInParams', name: 'endpoint' },
    Region: { type: 'builtInParams', name: 'region' },
    UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
  };
var zg = {
  name: '@aws-sdk/client-ssm',
  version: '3.1169.0',
  description: 'AWS SDK for JavaScript Ssm Client for Node.js, Browser and React Native',
  homepage: 'https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-ssm',
  license: 'Apache-2.0',
  author: { name: 'AWS SDK for JavaScript Team', url: 'https://aws.amazon.com/sdk-for-javascript/' },
  repository: {
    type: 'git',
    url: 'https://github.com/aws/aws-sdk-js-v3.git',
    directory: 'clients/client-ssm',
  },
  files: ['dist-*/**'],
  sideEffects: !1,
  main: './dist-cjs/index.js',
  module: './dist-es/index.js',
  browser: { './dist-es/runtimeConfig': './dist-es/runtimeConfig.browser' },
  types: './dist-types/index.d.ts',
  typesVersions: { '<4.5': { 'dist-types/*': ['dist-types/ts3.4/*'] } },
  'react-native': { './dist-es/runtimeConfig': './dist-es/runtimeConfig.native' },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    'build:cjs': 'node ../../scripts/compilation/inline',
    'build:es': 'premove dist-es && tsc -p tsconfig.es.json',
    'build:include:deps': 'yarn g:turbo run build -F="$npm_package_name"',
    'build:types': 'premove dist-types && tsc -p tsconfig.types.json',
    'build:types:downlevel': 'downlevel-dts dist-types dist-types/ts3.4',
    clean: 'premove dist-cjs dist-es dist-types',
    'extract:docs': 'api-extractor run --local',
    'generate:client': 'node ../../scripts/generate-clients/single-service',
    'test:e2e': 'yarn g:vitest run -c vitest.config.e2e.mts',
    'test:e2e:watch': 'yarn g:vitest watch -c vitest.config.e2e.mts',
    'test:index': 'tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs',
  },
  dependencies: {
    '@aws-sdk/core': '^3.981.0',
    '@aws-sdk/credential-provider-node': '^3.972.97',
    '@aws-sdk/types': '^3.975.1',
    '@smithy/core': '^3.40.0',
    '@smithy/fetch-http-handler': '^5.8.1',
    '@smithy/node-http-handler': '^4.14.2',
    '@smithy/types': '^4.20.0',
    tslib: '^2.6.2',
  },
  devDependencies: {
    '@tsconfig/node20': '20.1.8',
    '@types/node': '^20.14.8',
    concurrently: '7.0.0',
    'downlevel-dts': '0.10.1',
    premove: '4.0.0',
    typescript: '~7.0.2',
  },
  engines: { node: '>=20.0.0' },
};
var _o = 'ref',
  qr = -1,
  bi = !0,
  Hg = 'isSet',
  Kg = 'PartitionResult',
  Ei = 'booleanEquals',
  Oy = 'getAttr',
  jg = { [_o]: 'Endpoint' },
  Vy = { [_o]: Kg },
  _s = {},
  Wg = [{ [_o]: 'Region' }],
  Zg = {
    conditions: [
      [Hg, [jg]],
      [Hg, Wg],
      ['aws.partition', Wg, Kg],
      [Ei, [{ [_o]: 'UseFIPS' }, bi]],
      [Ei, [{ [_o]: 'UseDualStack' }, bi]],
      [Ei, [{ fn: Oy, argv: [Vy, 'supportsDualStack'] }, bi]],
      [Ei, [{ fn: Oy, argv: [Vy, 'supportsFIPS'] }, bi]],
      ['stringEquals', [{ fn: Oy, argv: [Vy, 'name'] }, 'aws-us-gov']],
    ],
    results: [
      [qr],
      [qr, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
      [qr, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
      [jg, _s],
      ['https://ssm-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', _s],
      [qr, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
      ['https://ssm.{Region}.amazonaws.com', _s],
      ['https://ssm-fips.{Region}.{PartitionResult#dnsSuffix}', _s],
      [qr, 'FIPS is enabled but this partition does not support FIPS'],
      ['https://ssm.{Region}.{PartitionResult#dualStackDnsSuffix}', _s],
      [qr, 'DualStack is enabled but this partition does not support DualStack'],
      ['https://ssm.{Region}.{PartitionResult#dnsSuffix}', _s],
      [qr, 'Invalid Configuration: Missing Region'],
    ],
  },
  nW = 2,
  qe = 1e8,
  cW = new Int32Array([
    -1,
    1,
    -1,
    0,
    13,
    3,
    1,
    4,
    qe + 12,
    2,
    5,
    qe + 12,
    3,
    8,
    6,
    4,
    7,
    qe + 11,
    5,
    qe + 9,
    qe + 10,
    4,
    11,
    9,
    6,
    10,
    qe + 8,
    7,
    qe + 6,
    qe + 7,
    5,
    12,
    qe + 5,
    6,
    qe + 4,
    qe + 5,
    3,
    qe + 1,
    14,
    4,
    qe + 2,
    qe + 3,
  ]),
  Jg = Da.from(cW, nW, Zg.conditions, Zg.results);
var iW = new Pa({ size: 50, params: ['Endpoint', 'Region', 'UseDualStack', 'UseFIPS'] }),
  Yg = (e, t = {}) => iW.get(e, () => Ea(Jg, { endpointParams: e, logger: t.logger }));
ba.aws = Xa;
var I = class e extends fa {
  static shapeId = 'smithy.ts.sdk.synthetic.com.amazonaws.ssm#SSMServiceException';
  constructor(t) {
    super(t), Object.setPrototypeOf(this, e.prototype);
  }
};
var $i = class e extends I {
    static shapeId = 'com.amazonaws.ssm#AccessDeniedException';
    name = 'AccessDeniedException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'AccessDeniedException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  wi = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InternalServerError';
    name = 'InternalServerError';
    $fault = 'server';
    Message;
    constructor(t) {
      super({ name: 'InternalServerError', $fault: 'server', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Li = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidResourceId';
    name = 'InvalidResourceId';
    $fault = 'client';
    constructor(t) {
      super({ name: 'InvalidResourceId', $fault: 'client', ...t }), Object.setPrototypeOf(this, e.prototype);
    }
  },
  Qi = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidResourceType';
    name = 'InvalidResourceType';
    $fault = 'client';
    constructor(t) {
      super({ name: 'InvalidResourceType', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Mi = class e extends I {
    static shapeId = 'com.amazonaws.ssm#TooManyTagsError';
    name = 'TooManyTagsError';
    $fault = 'client';
    constructor(t) {
      super({ name: 'TooManyTagsError', $fault: 'client', ...t }), Object.setPrototypeOf(this, e.prototype);
    }
  },
  Gi = class e extends I {
    static shapeId = 'com.amazonaws.ssm#TooManyUpdates';
    name = 'TooManyUpdates';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'TooManyUpdates', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  ki = class e extends I {
    static shapeId = 'com.amazonaws.ssm#AlreadyExistsException';
    name = 'AlreadyExistsException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'AlreadyExistsException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Oi = class e extends I {
    static shapeId = 'com.amazonaws.ssm#OpsItemConflictException';
    name = 'OpsItemConflictException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'OpsItemConflictException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Vi = class e extends I {
    static shapeId = 'com.amazonaws.ssm#OpsItemInvalidParameterException';
    name = 'OpsItemInvalidParameterException';
    $fault = 'client';
    ParameterNames;
    Message;
    constructor(t) {
      super({ name: 'OpsItemInvalidParameterException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.ParameterNames = t.ParameterNames),
        (this.Message = t.Message);
    }
  },
  Fi = class e extends I {
    static shapeId = 'com.amazonaws.ssm#OpsItemLimitExceededException';
    name = 'OpsItemLimitExceededException';
    $fault = 'client';
    ResourceTypes;
    Limit;
    LimitType;
    Message;
    constructor(t) {
      super({ name: 'OpsItemLimitExceededException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.ResourceTypes = t.ResourceTypes),
        (this.Limit = t.Limit),
        (this.LimitType = t.LimitType),
        (this.Message = t.Message);
    }
  },
  qi = class e extends I {
    static shapeId = 'com.amazonaws.ssm#OpsItemNotFoundException';
    name = 'OpsItemNotFoundException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'OpsItemNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Bi = class e extends I {
    static shapeId = 'com.amazonaws.ssm#OpsItemRelatedItemAlreadyExistsException';
    name = 'OpsItemRelatedItemAlreadyExistsException';
    $fault = 'client';
    Message;
    ResourceUri;
    OpsItemId;
    constructor(t) {
      super({ name: 'OpsItemRelatedItemAlreadyExistsException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message),
        (this.ResourceUri = t.ResourceUri),
        (this.OpsItemId = t.OpsItemId);
    }
  },
  Ui = class e extends I {
    static shapeId = 'com.amazonaws.ssm#DuplicateInstanceId';
    name = 'DuplicateInstanceId';
    $fault = 'client';
    constructor(t) {
      super({ name: 'DuplicateInstanceId', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  zi = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidCommandId';
    name = 'InvalidCommandId';
    $fault = 'client';
    constructor(t) {
      super({ name: 'InvalidCommandId', $fault: 'client', ...t }), Object.setPrototypeOf(this, e.prototype);
    }
  },
  Hi = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidInstanceId';
    name = 'InvalidInstanceId';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidInstanceId', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  ji = class e extends I {
    static shapeId = 'com.amazonaws.ssm#DoesNotExistException';
    name = 'DoesNotExistException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'DoesNotExistException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Wi = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidParameters';
    name = 'InvalidParameters';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidParameters', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Zi = class e extends I {
    static shapeId = 'com.amazonaws.ssm#AssociationAlreadyExists';
    name = 'AssociationAlreadyExists';
    $fault = 'client';
    constructor(t) {
      super({ name: 'AssociationAlreadyExists', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Ki = class e extends I {
    static shapeId = 'com.amazonaws.ssm#AssociationLimitExceeded';
    name = 'AssociationLimitExceeded';
    $fault = 'client';
    constructor(t) {
      super({ name: 'AssociationLimitExceeded', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Ji = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidDocument';
    name = 'InvalidDocument';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidDocument', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Yi = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidDocumentVersion';
    name = 'InvalidDocumentVersion';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidDocumentVersion', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Xi = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidOutputLocation';
    name = 'InvalidOutputLocation';
    $fault = 'client';
    constructor(t) {
      super({ name: 'InvalidOutputLocation', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  em = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidSchedule';
    name = 'InvalidSchedule';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidSchedule', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  tm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidTag';
    name = 'InvalidTag';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidTag', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  am = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidTarget';
    name = 'InvalidTarget';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidTarget', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  rm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidTargetMaps';
    name = 'InvalidTargetMaps';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidTargetMaps', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  sm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#UnsupportedPlatformType';
    name = 'UnsupportedPlatformType';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'UnsupportedPlatformType', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  om = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ConflictException';
    name = 'ConflictException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'ConflictException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  nm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ServiceQuotaExceededException';
    name = 'ServiceQuotaExceededException';
    $fault = 'client';
    Message;
    ResourceId;
    ResourceType;
    QuotaCode;
    ServiceCode;
    constructor(t) {
      super({ name: 'ServiceQuotaExceededException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message),
        (this.ResourceId = t.ResourceId),
        (this.ResourceType = t.ResourceType),
        (this.QuotaCode = t.QuotaCode),
        (this.ServiceCode = t.ServiceCode);
    }
  },
  cm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#DocumentAlreadyExists';
    name = 'DocumentAlreadyExists';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'DocumentAlreadyExists', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  im = class e extends I {
    static shapeId = 'com.amazonaws.ssm#DocumentLimitExceeded';
    name = 'DocumentLimitExceeded';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'DocumentLimitExceeded', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  mm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidDocumentContent';
    name = 'InvalidDocumentContent';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidDocumentContent', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  um = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidDocumentSchemaVersion';
    name = 'InvalidDocumentSchemaVersion';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidDocumentSchemaVersion', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  lm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#MaxDocumentSizeExceeded';
    name = 'MaxDocumentSizeExceeded';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'MaxDocumentSizeExceeded', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  pm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#NoLongerSupportedException';
    name = 'NoLongerSupportedException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'NoLongerSupportedException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  dm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#IdempotentParameterMismatch';
    name = 'IdempotentParameterMismatch';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'IdempotentParameterMismatch', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  ym = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ResourceLimitExceededException';
    name = 'ResourceLimitExceededException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'ResourceLimitExceededException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Nm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#OpsItemAccessDeniedException';
    name = 'OpsItemAccessDeniedException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'OpsItemAccessDeniedException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  xm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#OpsItemAlreadyExistsException';
    name = 'OpsItemAlreadyExistsException';
    $fault = 'client';
    Message;
    OpsItemId;
    constructor(t) {
      super({ name: 'OpsItemAlreadyExistsException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message),
        (this.OpsItemId = t.OpsItemId);
    }
  },
  fm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#OpsMetadataAlreadyExistsException';
    name = 'OpsMetadataAlreadyExistsException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'OpsMetadataAlreadyExistsException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Rm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#OpsMetadataInvalidArgumentException';
    name = 'OpsMetadataInvalidArgumentException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'OpsMetadataInvalidArgumentException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Im = class e extends I {
    static shapeId = 'com.amazonaws.ssm#OpsMetadataLimitExceededException';
    name = 'OpsMetadataLimitExceededException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'OpsMetadataLimitExceededException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Sm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#OpsMetadataTooManyUpdatesException';
    name = 'OpsMetadataTooManyUpdatesException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'OpsMetadataTooManyUpdatesException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  _m = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ResourceDataSyncAlreadyExistsException';
    name = 'ResourceDataSyncAlreadyExistsException';
    $fault = 'client';
    SyncName;
    constructor(t) {
      super({ name: 'ResourceDataSyncAlreadyExistsException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.SyncName = t.SyncName);
    }
  },
  vm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ResourceDataSyncCountExceededException';
    name = 'ResourceDataSyncCountExceededException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'ResourceDataSyncCountExceededException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  gm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ResourceDataSyncInvalidConfigurationException';
    name = 'ResourceDataSyncInvalidConfigurationException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'ResourceDataSyncInvalidConfigurationException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  hm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidActivation';
    name = 'InvalidActivation';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidActivation', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Am = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidActivationId';
    name = 'InvalidActivationId';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidActivationId', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Cm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#AssociationDoesNotExist';
    name = 'AssociationDoesNotExist';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'AssociationDoesNotExist', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Tm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ResourceNotFoundException';
    name = 'ResourceNotFoundException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'ResourceNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Dm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#AssociatedInstances';
    name = 'AssociatedInstances';
    $fault = 'client';
    constructor(t) {
      super({ name: 'AssociatedInstances', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Pm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidDocumentOperation';
    name = 'InvalidDocumentOperation';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidDocumentOperation', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  bm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidDeleteInventoryParametersException';
    name = 'InvalidDeleteInventoryParametersException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidDeleteInventoryParametersException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Em = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidInventoryRequestException';
    name = 'InvalidInventoryRequestException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidInventoryRequestException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  $m = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidOptionException';
    name = 'InvalidOptionException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidOptionException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  wm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidTypeNameException';
    name = 'InvalidTypeNameException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidTypeNameException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Lm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#OpsMetadataNotFoundException';
    name = 'OpsMetadataNotFoundException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'OpsMetadataNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Qm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ParameterNotFound';
    name = 'ParameterNotFound';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ParameterNotFound', $fault: 'client', ...t }), Object.setPrototypeOf(this, e.prototype);
    }
  },
  Mm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ResourceInUseException';
    name = 'ResourceInUseException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'ResourceInUseException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Gm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ResourceDataSyncNotFoundException';
    name = 'ResourceDataSyncNotFoundException';
    $fault = 'client';
    SyncName;
    SyncType;
    Message;
    constructor(t) {
      super({ name: 'ResourceDataSyncNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.SyncName = t.SyncName),
        (this.SyncType = t.SyncType),
        (this.Message = t.Message);
    }
  },
  km = class e extends I {
    static shapeId = 'com.amazonaws.ssm#MalformedResourcePolicyDocumentException';
    name = 'MalformedResourcePolicyDocumentException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'MalformedResourcePolicyDocumentException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Om = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ResourcePolicyConflictException';
    name = 'ResourcePolicyConflictException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'ResourcePolicyConflictException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Vm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ResourcePolicyInvalidParameterException';
    name = 'ResourcePolicyInvalidParameterException';
    $fault = 'client';
    ParameterNames;
    Message;
    constructor(t) {
      super({ name: 'ResourcePolicyInvalidParameterException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.ParameterNames = t.ParameterNames),
        (this.Message = t.Message);
    }
  },
  Fm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ResourcePolicyNotFoundException';
    name = 'ResourcePolicyNotFoundException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'ResourcePolicyNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  qm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#TargetInUseException';
    name = 'TargetInUseException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'TargetInUseException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Bm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidFilter';
    name = 'InvalidFilter';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidFilter', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Um = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidNextToken';
    name = 'InvalidNextToken';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidNextToken', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  zm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidAssociationVersion';
    name = 'InvalidAssociationVersion';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidAssociationVersion', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Hm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#AssociationExecutionDoesNotExist';
    name = 'AssociationExecutionDoesNotExist';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'AssociationExecutionDoesNotExist', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  jm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidFilterKey';
    name = 'InvalidFilterKey';
    $fault = 'client';
    constructor(t) {
      super({ name: 'InvalidFilterKey', $fault: 'client', ...t }), Object.setPrototypeOf(this, e.prototype);
    }
  },
  Wm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidFilterValue';
    name = 'InvalidFilterValue';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidFilterValue', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Zm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#AutomationExecutionNotFoundException';
    name = 'AutomationExecutionNotFoundException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'AutomationExecutionNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Km = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidPermissionType';
    name = 'InvalidPermissionType';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidPermissionType', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Jm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#UnsupportedOperatingSystem';
    name = 'UnsupportedOperatingSystem';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'UnsupportedOperatingSystem', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Ym = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidInstanceInformationFilterValue';
    name = 'InvalidInstanceInformationFilterValue';
    $fault = 'client';
    constructor(t) {
      super({ name: 'InvalidInstanceInformationFilterValue', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Xm = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidInstancePropertyFilterValue';
    name = 'InvalidInstancePropertyFilterValue';
    $fault = 'client';
    constructor(t) {
      super({ name: 'InvalidInstancePropertyFilterValue', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  eu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidDeletionIdException';
    name = 'InvalidDeletionIdException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidDeletionIdException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  tu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidFilterOption';
    name = 'InvalidFilterOption';
    $fault = 'client';
    constructor(t) {
      super({ name: 'InvalidFilterOption', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  au = class e extends I {
    static shapeId = 'com.amazonaws.ssm#OpsItemRelatedItemAssociationNotFoundException';
    name = 'OpsItemRelatedItemAssociationNotFoundException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'OpsItemRelatedItemAssociationNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  ru = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ThrottlingException';
    name = 'ThrottlingException';
    $fault = 'client';
    Message;
    QuotaCode;
    ServiceCode;
    constructor(t) {
      super({ name: 'ThrottlingException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message),
        (this.QuotaCode = t.QuotaCode),
        (this.ServiceCode = t.ServiceCode);
    }
  },
  su = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ValidationException';
    name = 'ValidationException';
    $fault = 'client';
    Message;
    ReasonCode;
    constructor(t) {
      super({ name: 'ValidationException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message),
        (this.ReasonCode = t.ReasonCode);
    }
  },
  ou = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidDocumentType';
    name = 'InvalidDocumentType';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidDocumentType', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  nu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#UnsupportedCalendarException';
    name = 'UnsupportedCalendarException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'UnsupportedCalendarException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  cu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidPluginName';
    name = 'InvalidPluginName';
    $fault = 'client';
    constructor(t) {
      super({ name: 'InvalidPluginName', $fault: 'client', ...t }), Object.setPrototypeOf(this, e.prototype);
    }
  },
  iu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvocationDoesNotExist';
    name = 'InvocationDoesNotExist';
    $fault = 'client';
    constructor(t) {
      super({ name: 'InvocationDoesNotExist', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  mu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#UnsupportedFeatureRequiredException';
    name = 'UnsupportedFeatureRequiredException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'UnsupportedFeatureRequiredException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  uu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidAggregatorException';
    name = 'InvalidAggregatorException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidAggregatorException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  lu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidInventoryGroupException';
    name = 'InvalidInventoryGroupException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidInventoryGroupException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  pu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidResultAttributeException';
    name = 'InvalidResultAttributeException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidResultAttributeException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  du = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidKeyId';
    name = 'InvalidKeyId';
    $fault = 'client';
    constructor(t) {
      super({ name: 'InvalidKeyId', $fault: 'client', ...t }), Object.setPrototypeOf(this, e.prototype);
    }
  },
  yu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ParameterVersionNotFound';
    name = 'ParameterVersionNotFound';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ParameterVersionNotFound', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Nu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ServiceSettingNotFound';
    name = 'ServiceSettingNotFound';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'ServiceSettingNotFound', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  xu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ParameterVersionLabelLimitExceeded';
    name = 'ParameterVersionLabelLimitExceeded';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ParameterVersionLabelLimitExceeded', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  fu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#UnsupportedOperationException';
    name = 'UnsupportedOperationException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'UnsupportedOperationException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Ru = class e extends I {
    static shapeId = 'com.amazonaws.ssm#DocumentPermissionLimit';
    name = 'DocumentPermissionLimit';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'DocumentPermissionLimit', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Iu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ComplianceTypeCountLimitExceededException';
    name = 'ComplianceTypeCountLimitExceededException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'ComplianceTypeCountLimitExceededException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Su = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidItemContentException';
    name = 'InvalidItemContentException';
    $fault = 'client';
    TypeName;
    Message;
    constructor(t) {
      super({ name: 'InvalidItemContentException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.TypeName = t.TypeName),
        (this.Message = t.Message);
    }
  },
  _u = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ItemSizeLimitExceededException';
    name = 'ItemSizeLimitExceededException';
    $fault = 'client';
    TypeName;
    Message;
    constructor(t) {
      super({ name: 'ItemSizeLimitExceededException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.TypeName = t.TypeName),
        (this.Message = t.Message);
    }
  },
  vu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#TotalSizeLimitExceededException';
    name = 'TotalSizeLimitExceededException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'TotalSizeLimitExceededException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  gu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#CustomSchemaCountLimitExceededException';
    name = 'CustomSchemaCountLimitExceededException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'CustomSchemaCountLimitExceededException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  hu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidInventoryItemContextException';
    name = 'InvalidInventoryItemContextException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidInventoryItemContextException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Au = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ItemContentMismatchException';
    name = 'ItemContentMismatchException';
    $fault = 'client';
    TypeName;
    Message;
    constructor(t) {
      super({ name: 'ItemContentMismatchException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.TypeName = t.TypeName),
        (this.Message = t.Message);
    }
  },
  Cu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#SubTypeCountLimitExceededException';
    name = 'SubTypeCountLimitExceededException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'SubTypeCountLimitExceededException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Tu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#UnsupportedInventoryItemContextException';
    name = 'UnsupportedInventoryItemContextException';
    $fault = 'client';
    TypeName;
    Message;
    constructor(t) {
      super({ name: 'UnsupportedInventoryItemContextException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.TypeName = t.TypeName),
        (this.Message = t.Message);
    }
  },
  Du = class e extends I {
    static shapeId = 'com.amazonaws.ssm#UnsupportedInventorySchemaVersionException';
    name = 'UnsupportedInventorySchemaVersionException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'UnsupportedInventorySchemaVersionException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Pu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#HierarchyLevelLimitExceededException';
    name = 'HierarchyLevelLimitExceededException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'HierarchyLevelLimitExceededException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  bu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#HierarchyTypeMismatchException';
    name = 'HierarchyTypeMismatchException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'HierarchyTypeMismatchException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Eu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#IncompatiblePolicyException';
    name = 'IncompatiblePolicyException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'IncompatiblePolicyException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  $u = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidAllowedPatternException';
    name = 'InvalidAllowedPatternException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'InvalidAllowedPatternException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  wu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidPolicyAttributeException';
    name = 'InvalidPolicyAttributeException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'InvalidPolicyAttributeException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Lu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidPolicyTypeException';
    name = 'InvalidPolicyTypeException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'InvalidPolicyTypeException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Qu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ParameterAlreadyExists';
    name = 'ParameterAlreadyExists';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ParameterAlreadyExists', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Mu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ParameterLimitExceeded';
    name = 'ParameterLimitExceeded';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ParameterLimitExceeded', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Gu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ParameterMaxVersionLimitExceeded';
    name = 'ParameterMaxVersionLimitExceeded';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ParameterMaxVersionLimitExceeded', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  ku = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ParameterPatternMismatchException';
    name = 'ParameterPatternMismatchException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ParameterPatternMismatchException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Ou = class e extends I {
    static shapeId = 'com.amazonaws.ssm#PoliciesLimitExceededException';
    name = 'PoliciesLimitExceededException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'PoliciesLimitExceededException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Vu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#UnsupportedParameterType';
    name = 'UnsupportedParameterType';
    $fault = 'client';
    constructor(t) {
      super({ name: 'UnsupportedParameterType', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Fu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ResourcePolicyLimitExceededException';
    name = 'ResourcePolicyLimitExceededException';
    $fault = 'client';
    Limit;
    LimitType;
    Message;
    constructor(t) {
      super({ name: 'ResourcePolicyLimitExceededException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Limit = t.Limit),
        (this.LimitType = t.LimitType),
        (this.Message = t.Message);
    }
  },
  qu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#FeatureNotAvailableException';
    name = 'FeatureNotAvailableException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'FeatureNotAvailableException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Bu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#AutomationStepNotFoundException';
    name = 'AutomationStepNotFoundException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'AutomationStepNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Uu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidAutomationSignalException';
    name = 'InvalidAutomationSignalException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidAutomationSignalException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  zu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidNotificationConfig';
    name = 'InvalidNotificationConfig';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidNotificationConfig', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Hu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidOutputFolder';
    name = 'InvalidOutputFolder';
    $fault = 'client';
    constructor(t) {
      super({ name: 'InvalidOutputFolder', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  ju = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidRole';
    name = 'InvalidRole';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidRole', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Wu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidAssociation';
    name = 'InvalidAssociation';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidAssociation', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Zu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#AutomationDefinitionNotFoundException';
    name = 'AutomationDefinitionNotFoundException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'AutomationDefinitionNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Ku = class e extends I {
    static shapeId = 'com.amazonaws.ssm#AutomationDefinitionVersionNotFoundException';
    name = 'AutomationDefinitionVersionNotFoundException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'AutomationDefinitionVersionNotFoundException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Ju = class e extends I {
    static shapeId = 'com.amazonaws.ssm#AutomationExecutionLimitExceededException';
    name = 'AutomationExecutionLimitExceededException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'AutomationExecutionLimitExceededException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Yu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidAutomationExecutionParametersException';
    name = 'InvalidAutomationExecutionParametersException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidAutomationExecutionParametersException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  Xu = class e extends I {
    static shapeId = 'com.amazonaws.ssm#AutomationDefinitionNotApprovedException';
    name = 'AutomationDefinitionNotApprovedException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'AutomationDefinitionNotApprovedException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  el = class e extends I {
    static shapeId = 'com.amazonaws.ssm#TargetNotConnected';
    name = 'TargetNotConnected';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'TargetNotConnected', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  tl = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidAutomationStatusUpdateException';
    name = 'InvalidAutomationStatusUpdateException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidAutomationStatusUpdateException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  al = class e extends I {
    static shapeId = 'com.amazonaws.ssm#AssociationVersionLimitExceeded';
    name = 'AssociationVersionLimitExceeded';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'AssociationVersionLimitExceeded', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  rl = class e extends I {
    static shapeId = 'com.amazonaws.ssm#InvalidUpdate';
    name = 'InvalidUpdate';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'InvalidUpdate', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  sl = class e extends I {
    static shapeId = 'com.amazonaws.ssm#StatusUnchanged';
    name = 'StatusUnchanged';
    $fault = 'client';
    constructor(t) {
      super({ name: 'StatusUnchanged', $fault: 'client', ...t }), Object.setPrototypeOf(this, e.prototype);
    }
  },
  ol = class e extends I {
    static shapeId = 'com.amazonaws.ssm#DocumentVersionLimitExceeded';
    name = 'DocumentVersionLimitExceeded';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'DocumentVersionLimitExceeded', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  nl = class e extends I {
    static shapeId = 'com.amazonaws.ssm#DuplicateDocumentContent';
    name = 'DuplicateDocumentContent';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'DuplicateDocumentContent', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  cl = class e extends I {
    static shapeId = 'com.amazonaws.ssm#DuplicateDocumentVersionName';
    name = 'DuplicateDocumentVersionName';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'DuplicateDocumentVersionName', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  },
  il = class e extends I {
    static shapeId = 'com.amazonaws.ssm#OpsMetadataKeyLimitExceededException';
    name = 'OpsMetadataKeyLimitExceededException';
    $fault = 'client';
    constructor(t) {
      super({ name: 'OpsMetadataKeyLimitExceededException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  ml = class e extends I {
    static shapeId = 'com.amazonaws.ssm#ResourceDataSyncConflictException';
    name = 'ResourceDataSyncConflictException';
    $fault = 'client';
    Message;
    constructor(t) {
      super({ name: 'ResourceDataSyncConflictException', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype),
        (this.Message = t.Message);
    }
  };
var mW = 'AssociationAlreadyExists';
var uW = 'AccessDeniedException';
var lW = 'AutomationDefinitionNotApprovedException',
  pW = 'AssociationDoesNotExist',
  dW = 'AutomationDefinitionNotFoundException',
  yW = 'AutomationDefinitionVersionNotFoundException';
var NW = 'AssociationExecutionDoesNotExist',
  xW = 'AlreadyExistsException';
var fW = 'AutomationExecutionLimitExceededException';
var RW = 'AutomationExecutionNotFoundException';
var IW = 'AssociatedInstances';
var SW = 'AssociationLimitExceeded';
var _W = 'AllowedPattern';
var vW = 'ARN';
var gW = 'AutomationStepNotFoundException';
var hW = 'AssociationVersionLimitExceeded';
var AW = 'ConflictException';
var CW = 'CustomSchemaCountLimitExceededException';
var TW = 'ComplianceTypeCountLimitExceededException';
var DW = 'Description';
var PW = 'DocumentAlreadyExists';
var bW = 'DuplicateDocumentContent';
var EW = 'DuplicateDocumentVersionName';
var $W = 'DuplicateInstanceId';
var wW = 'DocumentLimitExceeded';
var LW = 'DoesNotExistException';
var QW = 'DocumentPermissionLimit';
var MW = 'DeleteParameterRequest',
  GW = 'DeleteParameterResult';
var kW = 'DescribeParametersRequest',
  OW = 'DescribeParametersResult',
  VW = 'DeleteParameter';
var FW = 'DescribeParameters';
var qW = 'DataType';
var BW = 'DocumentVersionLimitExceeded';
var UW = 'FeatureNotAvailableException';
var zW = 'Filters';
var HW = 'HierarchyLevelLimitExceededException';
var jW = 'HierarchyTypeMismatchException';
var WW = 'InvalidActivation';
var ZW = 'InvalidAggregatorException',
  KW = 'InvalidAutomationExecutionParametersException',
  JW = 'InvalidActivationId';
var YW = 'InvalidAllowedPatternException';
var XW = 'InvalidAutomationSignalException';
var eZ = 'InvalidAutomationStatusUpdateException',
  tZ = 'InvalidAssociationVersion',
  aZ = 'InvalidAssociation';
var rZ = 'InvalidCommandId',
  sZ = 'ItemContentMismatchException';
var oZ = 'InvalidDocument',
  nZ = 'InvalidDocumentContent',
  cZ = 'InvalidDeletionIdException',
  iZ = 'InvalidDeleteInventoryParametersException';
var mZ = 'InvocationDoesNotExist',
  uZ = 'InvalidDocumentOperation';
var lZ = 'InvalidDocumentSchemaVersion',
  pZ = 'InvalidDocumentType',
  dZ = 'InvalidDocumentVersion';
var yZ = 'InvalidFilter',
  NZ = 'InvalidFilterKey';
var xZ = 'InvalidFilterOption';
var fZ = 'InvalidFilterValue';
var RZ = 'InvalidItemContentException';
var IZ = 'InvalidInventoryGroupException',
  SZ = 'InvalidInstanceId',
  _Z = 'InvalidInventoryItemContextException',
  vZ = 'InvalidInstanceInformationFilterValue';
var gZ = 'InvalidInstancePropertyFilterValue',
  hZ = 'InvalidInventoryRequestException';
var AZ = 'InvalidKeyId';
var CZ = 'InvalidNotificationConfig',
  TZ = 'InvalidNextToken';
var DZ = 'InvalidOptionException',
  PZ = 'InvalidOutputFolder',
  bZ = 'InvalidOutputLocation';
var EZ = 'InvalidParameters';
var $Z = 'InvalidPolicyAttributeException';
var wZ = 'IncompatiblePolicyException';
var LZ = 'IdempotentParameterMismatch',
  QZ = 'InvalidPluginName';
var MZ = 'InvalidPermissionType',
  GZ = 'InvalidPolicyTypeException';
var kZ = 'InvalidRole',
  OZ = 'InvalidResultAttributeException';
var VZ = 'InvalidResourceId';
var FZ = 'InvalidResourceType';
var qZ = 'InvalidSchedule',
  BZ = 'InternalServerError',
  UZ = 'ItemSizeLimitExceededException';
var zZ = 'InvalidTag',
  HZ = 'InvalidTargetMaps',
  jZ = 'InvalidTypeNameException',
  WZ = 'InvalidTarget';
var ZZ = 'InvalidUpdate';
var Xg = 'Key';
var KZ = 'KeyId';
var eh = 'Limit';
var JZ = 'LastModifiedDate';
var YZ = 'LastModifiedUser';
var th = 'LimitType';
var C = 'Message';
var XZ = 'MaxDocumentSizeExceeded';
var eK = 'MaxResults',
  tK = 'MalformedResourcePolicyDocumentException';
var ah = 'Name';
var aK = 'NoLongerSupportedException';
var rh = 'NextToken';
var rK = 'OpsItemAccessDeniedException',
  sK = 'OpsItemAlreadyExistsException',
  oK = 'OpsItemConflictException';
var sh = 'OpsItemId',
  nK = 'OpsItemInvalidParameterException';
var cK = 'OpsItemLimitExceededException';
var iK = 'OpsItemNotFoundException';
var mK = 'OpsItemRelatedItemAlreadyExistsException',
  uK = 'OpsItemRelatedItemAssociationNotFoundException';
var lK = 'OpsMetadataAlreadyExistsException';
var pK = 'OpsMetadataInvalidArgumentException',
  dK = 'OpsMetadataKeyLimitExceededException';
var yK = 'OpsMetadataLimitExceededException',
  NK = 'OpsMetadataNotFoundException',
  xK = 'OpsMetadataTooManyUpdatesException';
var fK = 'Option';
var RK = 'Parameters',
  IK = 'ParameterAlreadyExists';
var SK = 'ParameterFilters';
var _K = 'ParametersFilterList';
var vK = 'ParametersFilter';
var gK = 'ParameterInlinePolicy';
var hK = 'ParameterLimitExceeded',
  AK = 'PoliciesLimitExceededException';
var CK = 'ParameterMetadata',
  TK = 'ParameterMetadataList',
  DK = 'ParameterMaxVersionLimitExceeded';
var oh = 'ParameterNames',
  PK = 'ParameterNotFound';
var bK = 'ParameterPolicyList',
  EK = 'ParameterPatternMismatchException';
var $K = 'ParameterStringFilter',
  wK = 'ParameterStringFilterList';
var LK = 'PolicyStatus';
var QK = 'PolicyText',
  MK = 'PolicyType';
var GK = 'ParameterVersionLabelLimitExceeded',
  kK = 'ParameterVersionNotFound';
var OK = 'Policies';
var nh = 'QuotaCode';
var VK = 'ReasonCode';
var FK = 'ResourceDataSyncAlreadyExistsException';
var qK = 'ResourceDataSyncConflictException',
  BK = 'ResourceDataSyncCountExceededException';
var UK = 'ResourceDataSyncInvalidConfigurationException';
var zK = 'ResourceDataSyncNotFoundException';
var HK = 'ResourceId';
var jK = 'ResourceInUseException';
var WK = 'ResourceLimitExceededException';
var ZK = 'ResourceNotFoundException';
var KK = 'ResourcePolicyConflictException',
  JK = 'ResourcePolicyInvalidParameterException',
  YK = 'ResourcePolicyLimitExceededException',
  XK = 'ResourcePolicyNotFoundException';
var e8 = 'ResourceTypes';
var t8 = 'ResourceType';
var a8 = 'ResourceUri';
var ch = 'ServiceCode';
var ih = 'SyncName';
var r8 = 'ServiceQuotaExceededException';
var s8 = 'ServiceSettingNotFound';
var o8 = 'SyncType',
  n8 = 'SubTypeCountLimitExceededException';
var c8 = 'StatusUnchanged';
var i8 = 'Shared';
var m8 = 'ThrottlingException';
var u8 = 'TargetInUseException';
var l8 = 'TooManyTagsError',
  p8 = 'TooManyUpdates';
var ul = 'TypeName',
  d8 = 'TargetNotConnected';
var y8 = 'TotalSizeLimitExceededException';
var N8 = 'Tier';
var x8 = 'Type';
var f8 = 'UnsupportedCalendarException';
var R8 = 'UnsupportedFeatureRequiredException',
  I8 = 'UnsupportedInventoryItemContextException',
  S8 = 'UnsupportedInventorySchemaVersionException';
var _8 = 'UnsupportedOperationException';
var v8 = 'UnsupportedOperatingSystem';
var g8 = 'UnsupportedParameterType',
  h8 = 'UnsupportedPlatformType';
var A8 = 'ValidationException';
var mh = 'Values';
var C8 = 'Version';
var _ = 'client';
var oe = 'message',
  uh = 'smithy.ts.sdk.synthetic.com.amazonaws.ssm',
  T8 = 'server';
var R = 'com.amazonaws.ssm',
  lh = new it(uh),
  D8 = [-3, uh, 'SSMServiceException', 0, [], []];
lh.registerError(D8, I);
var S = new it(R),
  P8 = [-3, R, uW, { error: _ }, [C], [0], 1];
S.registerError(P8, $i);
var b8 = [-3, R, xW, { awsQueryError: ['AlreadyExistsException', 400], error: _ }, [C], [0]];
S.registerError(b8, ki);
var E8 = [-3, R, IW, { awsQueryError: ['AssociatedInstances', 400], error: _ }, [], []];
S.registerError(E8, Dm);
var $8 = [-3, R, mW, { awsQueryError: ['AssociationAlreadyExists', 400], error: _ }, [], []];
S.registerError($8, Zi);
var w8 = [-3, R, pW, { awsQueryError: ['AssociationDoesNotExist', 404], error: _ }, [C], [0]];
S.registerError(w8, Cm);
var L8 = [-3, R, NW, { awsQueryError: ['AssociationExecutionDoesNotExist', 404], error: _ }, [C], [0]];
S.registerError(L8, Hm);
var Q8 = [-3, R, SW, { awsQueryError: ['AssociationLimitExceeded', 400], error: _ }, [], []];
S.registerError(Q8, Ki);
var M8 = [-3, R, hW, { awsQueryError: ['AssociationVersionLimitExceeded', 400], error: _ }, [C], [0]];
S.registerError(M8, al);
var G8 = [-3, R, lW, { awsQueryError: ['AutomationDefinitionNotApproved', 400], error: _ }, [C], [0]];
S.registerError(G8, Xu);
var k8 = [-3, R, dW, { awsQueryError: ['AutomationDefinitionNotFound', 404], error: _ }, [C], [0]];
S.registerError(k8, Zu);
var O8 = [-3, R, yW, { awsQueryError: ['AutomationDefinitionVersionNotFound', 404], error: _ }, [C], [0]];
S.registerError(O8, Ku);
var V8 = [-3, R, fW, { awsQueryError: ['AutomationExecutionLimitExceeded', 429], error: _ }, [C], [0]];
S.registerError(V8, Ju);
var F8 = [-3, R, RW, { awsQueryError: ['AutomationExecutionNotFound', 404], error: _ }, [C], [0]];
S.registerError(F8, Zm);
var q8 = [-3, R, gW, { awsQueryError: ['AutomationStepNotFoundException', 404], error: _ }, [C], [0]];
S.registerError(q8, Bu);
var B8 = [-3, R, TW, { awsQueryError: ['ComplianceTypeCountLimitExceeded', 400], error: _ }, [C], [0]];
S.registerError(B8, Iu);
var U8 = [-3, R, AW, { awsQueryError: ['ConflictException', 409], error: _ }, [C], [0]];
S.registerError(U8, om);
var z8 = [-3, R, CW, { awsQueryError: ['CustomSchemaCountLimitExceeded', 400], error: _ }, [C], [0]];
S.registerError(z8, gu);
var H8 = [-3, R, PW, { awsQueryError: ['DocumentAlreadyExists', 400], error: _ }, [C], [0]];
S.registerError(H8, cm);
var j8 = [-3, R, wW, { awsQueryError: ['DocumentLimitExceeded', 400], error: _ }, [C], [0]];
S.registerError(j8, im);
var W8 = [-3, R, QW, { awsQueryError: ['DocumentPermissionLimit', 400], error: _ }, [C], [0]];
S.registerError(W8, Ru);
var Z8 = [-3, R, BW, { awsQueryError: ['DocumentVersionLimitExceeded', 400], error: _ }, [C], [0]];
S.registerError(Z8, ol);
var K8 = [-3, R, LW, { awsQueryError: ['DoesNotExistException', 404], error: _ }, [C], [0]];
S.registerError(K8, ji);
var J8 = [-3, R, bW, { awsQueryError: ['DuplicateDocumentContent', 400], error: _ }, [C], [0]];
S.registerError(J8, nl);
var Y8 = [-3, R, EW, { awsQueryError: ['DuplicateDocumentVersionName', 400], error: _ }, [C], [0]];
S.registerError(Y8, cl);
var X8 = [-3, R, $W, { awsQueryError: ['DuplicateInstanceId', 404], error: _ }, [], []];
S.registerError(X8, Ui);
var e5 = [-3, R, UW, { awsQueryError: ['FeatureNotAvailableException', 400], error: _ }, [C], [0]];
S.registerError(e5, qu);
var t5 = [-3, R, HW, { awsQueryError: ['HierarchyLevelLimitExceededException', 400], error: _ }, [oe], [0]];
S.registerError(t5, Pu);
var a5 = [-3, R, jW, { awsQueryError: ['HierarchyTypeMismatchException', 400], error: _ }, [oe], [0]];
S.registerError(a5, bu);
var r5 = [-3, R, LZ, { awsQueryError: ['IdempotentParameterMismatch', 400], error: _ }, [C], [0]];
S.registerError(r5, dm);
var s5 = [-3, R, wZ, { awsQueryError: ['IncompatiblePolicyException', 400], error: _ }, [oe], [0]];
S.registerError(s5, Eu);
var o5 = [-3, R, BZ, { awsQueryError: ['InternalServerError', 500], error: T8 }, [C], [0]];
S.registerError(o5, wi);
var n5 = [-3, R, WW, { awsQueryError: ['InvalidActivation', 404], error: _ }, [C], [0]];
S.registerError(n5, hm);
var c5 = [-3, R, JW, { awsQueryError: ['InvalidActivationId', 404], error: _ }, [C], [0]];
S.registerError(c5, Am);
var i5 = [-3, R, ZW, { awsQueryError: ['InvalidAggregator', 400], error: _ }, [C], [0]];
S.registerError(i5, uu);
var m5 = [-3, R, YW, { awsQueryError: ['InvalidAllowedPatternException', 400], error: _ }, [oe], [0]];
S.registerError(m5, $u);
var u5 = [-3, R, aZ, { awsQueryError: ['InvalidAssociation', 400], error: _ }, [C], [0]];
S.registerError(u5, Wu);
var l5 = [-3, R, tZ, { awsQueryError: ['InvalidAssociationVersion', 400], error: _ }, [C], [0]];
S.registerError(l5, zm);
var p5 = [-3, R, KW, { awsQueryError: ['InvalidAutomationExecutionParameters', 400], error: _ }, [C], [0]];
S.registerError(p5, Yu);
var d5 = [-3, R, XW, { awsQueryError: ['InvalidAutomationSignalException', 400], error: _ }, [C], [0]];
S.registerError(d5, Uu);
var y5 = [-3, R, eZ, { awsQueryError: ['InvalidAutomationStatusUpdateException', 400], error: _ }, [C], [0]];
S.registerError(y5, tl);
var N5 = [-3, R, rZ, { awsQueryError: ['InvalidCommandId', 404], error: _ }, [], []];
S.registerError(N5, zi);
var x5 = [-3, R, iZ, { awsQueryError: ['InvalidDeleteInventoryParameters', 400], error: _ }, [C], [0]];
S.registerError(x5, bm);
var f5 = [-3, R, cZ, { awsQueryError: ['InvalidDeletionId', 400], error: _ }, [C], [0]];
S.registerError(f5, eu);
var R5 = [-3, R, oZ, { awsQueryError: ['InvalidDocument', 404], error: _ }, [C], [0]];
S.registerError(R5, Ji);
var I5 = [-3, R, nZ, { awsQueryError: ['InvalidDocumentContent', 400], error: _ }, [C], [0]];
S.registerError(I5, mm);
var S5 = [-3, R, uZ, { awsQueryError: ['InvalidDocumentOperation', 403], error: _ }, [C], [0]];
S.registerError(S5, Pm);
var _5 = [-3, R, lZ, { awsQueryError: ['InvalidDocumentSchemaVersion', 400], error: _ }, [C], [0]];
S.registerError(_5, um);
var v5 = [-3, R, pZ, { awsQueryError: ['InvalidDocumentType', 400], error: _ }, [C], [0]];
S.registerError(v5, ou);
var g5 = [-3, R, dZ, { awsQueryError: ['InvalidDocumentVersion', 400], error: _ }, [C], [0]];
S.registerError(g5, Yi);
var h5 = [-3, R, yZ, { awsQueryError: ['InvalidFilter', 441], error: _ }, [C], [0]];
S.registerError(h5, Bm);
var A5 = [-3, R, NZ, { awsQueryError: ['InvalidFilterKey', 400], error: _ }, [], []];
S.registerError(A5, jm);
var C5 = [-3, R, xZ, { awsQueryError: ['InvalidFilterOption', 400], error: _ }, [oe], [0]];
S.registerError(C5, tu);
var T5 = [-3, R, fZ, { awsQueryError: ['InvalidFilterValue', 400], error: _ }, [C], [0]];
S.registerError(T5, Wm);
var D5 = [-3, R, SZ, { awsQueryError: ['InvalidInstanceId', 404], error: _ }, [C], [0]];
S.registerError(D5, Hi);
var P5 = [-3, R, vZ, { awsQueryError: ['InvalidInstanceInformationFilterValue', 400], error: _ }, [oe], [0]];
S.registerError(P5, Ym);
var b5 = [-3, R, gZ, { awsQueryError: ['InvalidInstancePropertyFilterValue', 400], error: _ }, [oe], [0]];
S.registerError(b5, Xm);
var E5 = [-3, R, IZ, { awsQueryError: ['InvalidInventoryGroup', 400], error: _ }, [C], [0]];
S.registerError(E5, lu);
var $5 = [-3, R, _Z, { awsQueryError: ['InvalidInventoryItemContext', 400], error: _ }, [C], [0]];
S.registerError($5, hu);
var w5 = [-3, R, hZ, { awsQueryError: ['InvalidInventoryRequest', 400], error: _ }, [C], [0]];
S.registerError(w5, Em);
var L5 = [-3, R, RZ, { awsQueryError: ['InvalidItemContent', 400], error: _ }, [ul, C], [0, 0]];
S.registerError(L5, Su);
var Q5 = [-3, R, AZ, { awsQueryError: ['InvalidKeyId', 400], error: _ }, [oe], [0]];
S.registerError(Q5, du);
var M5 = [-3, R, TZ, { awsQueryError: ['InvalidNextToken', 400], error: _ }, [C], [0]];
S.registerError(M5, Um);
var G5 = [-3, R, CZ, { awsQueryError: ['InvalidNotificationConfig', 400], error: _ }, [C], [0]];
S.registerError(G5, zu);
var k5 = [-3, R, DZ, { awsQueryError: ['InvalidOption', 400], error: _ }, [C], [0]];
S.registerError(k5, $m);
var O5 = [-3, R, PZ, { awsQueryError: ['InvalidOutputFolder', 400], error: _ }, [], []];
S.registerError(O5, Hu);
var V5 = [-3, R, bZ, { awsQueryError: ['InvalidOutputLocation', 400], error: _ }, [], []];
S.registerError(V5, Xi);
var F5 = [-3, R, EZ, { awsQueryError: ['InvalidParameters', 400], error: _ }, [C], [0]];
S.registerError(F5, Wi);
var q5 = [-3, R, MZ, { awsQueryError: ['InvalidPermissionType', 400], error: _ }, [C], [0]];
S.registerError(q5, Km);
var B5 = [-3, R, QZ, { awsQueryError: ['InvalidPluginName', 404], error: _ }, [], []];
S.registerError(B5, cu);
var U5 = [-3, R, $Z, { awsQueryError: ['InvalidPolicyAttributeException', 400], error: _ }, [oe], [0]];
S.registerError(U5, wu);
var z5 = [-3, R, GZ, { awsQueryError: ['InvalidPolicyTypeException', 400], error: _ }, [oe], [0]];
S.registerError(z5, Lu);
var H5 = [-3, R, VZ, { awsQueryError: ['InvalidResourceId', 400], error: _ }, [], []];
S.registerError(H5, Li);
var j5 = [-3, R, FZ, { awsQueryError: ['InvalidResourceType', 400], error: _ }, [], []];
S.registerError(j5, Qi);
var W5 = [-3, R, OZ, { awsQueryError: ['InvalidResultAttribute', 400], error: _ }, [C], [0]];
S.registerError(W5, pu);
var Z5 = [-3, R, kZ, { awsQueryError: ['InvalidRole', 400], error: _ }, [C], [0]];
S.registerError(Z5, ju);
var K5 = [-3, R, qZ, { awsQueryError: ['InvalidSchedule', 400], error: _ }, [C], [0]];
S.registerError(K5, em);
var J5 = [-3, R, zZ, { awsQueryError: ['InvalidTag', 400], error: _ }, [C], [0]];
S.registerError(J5, tm);
var Y5 = [-3, R, WZ, { awsQueryError: ['InvalidTarget', 400], error: _ }, [C], [0]];
S.registerError(Y5, am);
var X5 = [-3, R, HZ, { awsQueryError: ['InvalidTargetMaps', 400], error: _ }, [C], [0]];
S.registerError(X5, rm);
var eJ = [-3, R, jZ, { awsQueryError: ['InvalidTypeName', 400], error: _ }, [C], [0]];
S.registerError(eJ, wm);
var tJ = [-3, R, ZZ, { awsQueryError: ['InvalidUpdate', 400], error: _ }, [C], [0]];
S.registerError(tJ, rl);
var aJ = [-3, R, mZ, { awsQueryError: ['InvocationDoesNotExist', 400], error: _ }, [], []];
S.registerError(aJ, iu);
var rJ = [-3, R, sZ, { awsQueryError: ['ItemContentMismatch', 400], error: _ }, [ul, C], [0, 0]];
S.registerError(rJ, Au);
var sJ = [-3, R, UZ, { awsQueryError: ['ItemSizeLimitExceeded', 400], error: _ }, [ul, C], [0, 0]];
S.registerError(sJ, _u);
var oJ = [
  -3,
  R,
  tK,
  { awsQueryError: ['MalformedResourcePolicyDocumentException', 400], error: _ },
  [C],
  [0],
];
S.registerError(oJ, km);
var nJ = [-3, R, XZ, { awsQueryError: ['MaxDocumentSizeExceeded', 400], error: _ }, [C], [0]];
S.registerError(nJ, lm);
var cJ = [-3, R, aK, { awsQueryError: ['NoLongerSupported', 400], error: _ }, [C], [0]];
S.registerError(cJ, pm);
var iJ = [-3, R, rK, { awsQueryError: ['OpsItemAccessDeniedException', 403], error: _ }, [C], [0]];
S.registerError(iJ, Nm);
var mJ = [-3, R, sK, { awsQueryError: ['OpsItemAlreadyExistsException', 400], error: _ }, [C, sh], [0, 0]];
S.registerError(mJ, xm);
var uJ = [-3, R, oK, { awsQueryError: ['OpsItemConflictException', 409], error: _ }, [C], [0]];
S.registerError(uJ, Oi);
var lJ = [
  -3,
  R,
  nK,
  { awsQueryError: ['OpsItemInvalidParameterException', 400], error: _ },
  [oh, C],
  [64, 0],
];
S.registerError(lJ, Vi);
var pJ = [
  -3,
  R,
  cK,
  { awsQueryError: ['OpsItemLimitExceededException', 400], error: _ },
  [e8, eh, th, C],
  [64, 1, 0, 0],
];
S.registerError(pJ, Fi);
var dJ = [-3, R, iK, { awsQueryError: ['OpsItemNotFoundException', 400], error: _ }, [C], [0]];
S.registerError(dJ, qi);
var yJ = [
  -3,
  R,
  mK,
  { awsQueryError: ['OpsItemRelatedItemAlreadyExistsException', 400], error: _ },
  [C, a8, sh],
  [0, 0, 0],
];
S.registerError(yJ, Bi);
var NJ = [
  -3,
  R,
  uK,
  { awsQueryError: ['OpsItemRelatedItemAssociationNotFoundException', 400], error: _ },
  [C],
  [0],
];
S.registerError(NJ, au);
var xJ = [-3, R, lK, { awsQueryError: ['OpsMetadataAlreadyExistsException', 400], error: _ }, [oe], [0]];
S.registerError(xJ, fm);
var fJ = [-3, R, pK, { awsQueryError: ['OpsMetadataInvalidArgumentException', 400], error: _ }, [oe], [0]];
S.registerError(fJ, Rm);
var RJ = [-3, R, dK, { awsQueryError: ['OpsMetadataKeyLimitExceededException', 429], error: _ }, [oe], [0]];
S.registerError(RJ, il);
var IJ = [-3, R, yK, { awsQueryError: ['OpsMetadataLimitExceededException', 429], error: _ }, [oe], [0]];
S.registerError(IJ, Im);
var SJ = [-3, R, NK, { awsQueryError: ['OpsMetadataNotFoundException', 404], error: _ }, [oe], [0]];
S.registerError(SJ, Lm);
var _J = [-3, R, xK, { awsQueryError: ['OpsMetadataTooManyUpdatesException', 429], error: _ }, [oe], [0]];
S.registerError(_J, Sm);
var vJ = [-3, R, IK, { awsQueryError: ['ParameterAlreadyExists', 400], error: _ }, [oe], [0]];
S.registerError(vJ, Qu);
var gJ = [-3, R, hK, { awsQueryError: ['ParameterLimitExceeded', 429], error: _ }, [oe], [0]];
S.registerError(gJ, Mu);
var hJ = [-3, R, DK, { awsQueryError: ['ParameterMaxVersionLimitExceeded', 400], error: _ }, [oe], [0]];
S.registerError(hJ, Gu);
var AJ = [-3, R, PK, { awsQueryError: ['ParameterNotFound', 404], error: _ }, [oe], [0]];
S.registerError(AJ, Qm);
var CJ = [-3, R, EK, { awsQueryError: ['ParameterPatternMismatchException', 400], error: _ }, [oe], [0]];
S.registerError(CJ, ku);
var TJ = [-3, R, GK, { awsQueryError: ['ParameterVersionLabelLimitExceeded', 400], error: _ }, [oe], [0]];
S.registerError(TJ, xu);
var DJ = [-3, R, kK, { awsQueryError: ['ParameterVersionNotFound', 400], error: _ }, [oe], [0]];
S.registerError(DJ, yu);
var PJ = [-3, R, AK, { awsQueryError: ['PoliciesLimitExceededException', 400], error: _ }, [oe], [0]];
S.registerError(PJ, Ou);
var bJ = [-3, R, FK, { awsQueryError: ['ResourceDataSyncAlreadyExists', 400], error: _ }, [ih], [0]];
S.registerError(bJ, _m);
var EJ = [-3, R, qK, { awsQueryError: ['ResourceDataSyncConflictException', 409], error: _ }, [C], [0]];
S.registerError(EJ, ml);
var $J = [-3, R, BK, { awsQueryError: ['ResourceDataSyncCountExceeded', 400], error: _ }, [C], [0]];
S.registerError($J, vm);
var wJ = [-3, R, UK, { awsQueryError: ['ResourceDataSyncInvalidConfiguration', 400], error: _ }, [C], [0]];
S.registerError(wJ, gm);
var LJ = [-3, R, zK, { awsQueryError: ['ResourceDataSyncNotFound', 404], error: _ }, [ih, o8, C], [0, 0, 0]];
S.registerError(LJ, Gm);
var QJ = [-3, R, jK, { awsQueryError: ['ResourceInUseException', 400], error: _ }, [C], [0]];
S.registerError(QJ, Mm);
var MJ = [-3, R, WK, { awsQueryError: ['ResourceLimitExceededException', 400], error: _ }, [C], [0]];
S.registerError(MJ, ym);
var GJ = [-3, R, ZK, { awsQueryError: ['ResourceNotFoundException', 404], error: _ }, [C], [0]];
S.registerError(GJ, Tm);
var kJ = [-3, R, KK, { awsQueryError: ['ResourcePolicyConflictException', 400], error: _ }, [C], [0]];
S.registerError(kJ, Om);
var OJ = [
  -3,
  R,
  JK,
  { awsQueryError: ['ResourcePolicyInvalidParameterException', 400], error: _ },
  [oh, C],
  [64, 0],
];
S.registerError(OJ, Vm);
var VJ = [
  -3,
  R,
  YK,
  { awsQueryError: ['ResourcePolicyLimitExceededException', 400], error: _ },
  [eh, th, C],
  [1, 0, 0],
];
S.registerError(VJ, Fu);
var FJ = [-3, R, XK, { awsQueryError: ['ResourcePolicyNotFoundException', 404], error: _ }, [C], [0]];
S.registerError(FJ, Fm);
var qJ = [-3, R, r8, { error: _ }, [C, nh, ch, HK, t8], [0, 0, 0, 0, 0], 3];
S.registerError(qJ, nm);
var BJ = [-3, R, s8, { awsQueryError: ['ServiceSettingNotFound', 400], error: _ }, [C], [0]];
S.registerError(BJ, Nu);
var UJ = [-3, R, c8, { awsQueryError: ['StatusUnchanged', 400], error: _ }, [], []];
S.registerError(UJ, sl);
var zJ = [-3, R, n8, { awsQueryError: ['SubTypeCountLimitExceeded', 400], error: _ }, [C], [0]];
S.registerError(zJ, Cu);
var HJ = [-3, R, u8, { awsQueryError: ['TargetInUseException', 400], error: _ }, [C], [0]];
S.registerError(HJ, qm);
var jJ = [-3, R, d8, { awsQueryError: ['TargetNotConnected', 430], error: _ }, [C], [0]];
S.registerError(jJ, el);
var WJ = [-3, R, m8, { error: _ }, [C, nh, ch], [0, 0, 0], 1];
S.registerError(WJ, ru);
var ZJ = [-3, R, l8, { awsQueryError: ['TooManyTagsError', 400], error: _ }, [], []];
S.registerError(ZJ, Mi);
var KJ = [-3, R, p8, { awsQueryError: ['TooManyUpdates', 429], error: _ }, [C], [0]];
S.registerError(KJ, Gi);
var JJ = [-3, R, y8, { awsQueryError: ['TotalSizeLimitExceeded', 400], error: _ }, [C], [0]];
S.registerError(JJ, vu);
var YJ = [-3, R, f8, { awsQueryError: ['UnsupportedCalendarException', 400], error: _ }, [C], [0]];
S.registerError(YJ, nu);
var XJ = [-3, R, R8, { awsQueryError: ['UnsupportedFeatureRequiredException', 400], error: _ }, [C], [0]];
S.registerError(XJ, mu);
var eY = [-3, R, I8, { awsQueryError: ['UnsupportedInventoryItemContext', 400], error: _ }, [ul, C], [0, 0]];
S.registerError(eY, Tu);
var tY = [-3, R, S8, { awsQueryError: ['UnsupportedInventorySchemaVersion', 400], error: _ }, [C], [0]];
S.registerError(tY, Du);
var aY = [-3, R, v8, { awsQueryError: ['UnsupportedOperatingSystem', 400], error: _ }, [C], [0]];
S.registerError(aY, Jm);
var rY = [-3, R, _8, { awsQueryError: ['UnsupportedOperation', 400], error: _ }, [C], [0]];
S.registerError(rY, fu);
var sY = [-3, R, g8, { awsQueryError: ['UnsupportedParameterType', 400], error: _ }, [oe], [0]];
S.registerError(sY, Vu);
var oY = [-3, R, h8, { awsQueryError: ['UnsupportedPlatformType', 400], error: _ }, [C], [0]];
S.registerError(oY, sm);
var nY = [-3, R, A8, { awsQueryError: ['ValidationException', 400], error: _ }, [C, VK], [0, 0]];
S.registerError(nY, su);
var ph = [lh, S];
var cY = [3, R, MW, 0, [ah], [0], 1],
  iY = [3, R, GW, 0, [], []];
var mY = [3, R, kW, 0, [zW, SK, eK, rh, i8], [() => fY, () => RY, 1, 0, 2]],
  uY = [3, R, OW, 0, [RK, rh], [() => NY, 0]];
var lY = [3, R, gK, 0, [QK, MK, LK], [0, 0, 0]],
  pY = [
    3,
    R,
    CK,
    0,
    [ah, vW, x8, KZ, JZ, YZ, DW, _W, C8, N8, OK, qW],
    [0, 0, 0, 0, 4, 0, 0, 0, 1, 0, () => xY, 0],
  ],
  dY = [3, R, vK, 0, [Xg, mh], [0, 64], 2],
  yY = [3, R, $K, 0, [Xg, fK, mh], [0, 0, 64], 1];
var NY = [1, R, TK, 0, () => pY];
var xY = [1, R, bK, 0, () => lY],
  fY = [1, R, _K, 0, () => dY];
var RY = [1, R, wK, 0, () => yY];
var dh = [9, R, VW, 0, () => cY, () => iY];
var yh = [9, R, FW, 0, () => mY, () => uY];
var Nh = (e) => ({
  apiVersion: '2014-11-06',
  base64Decoder: e?.base64Decoder ?? na,
  base64Encoder: e?.base64Encoder ?? ia,
  disableHostPrefix: e?.disableHostPrefix ?? !1,
  endpointProvider: e?.endpointProvider ?? Yg,
  extensions: e?.extensions ?? [],
  httpAuthSchemeProvider: e?.httpAuthSchemeProvider ?? Fg,
  httpAuthSchemes: e?.httpAuthSchemes ?? [
    {
      schemeId: 'aws.auth#sigv4',
      identityProvider: (t) => t.getIdentityProvider('aws.auth#sigv4'),
      signer: new ar(),
    },
  ],
  logger: e?.logger ?? new va(),
  protocol: e?.protocol ?? R0,
  protocolSettings: e?.protocolSettings ?? {
    defaultNamespace: 'com.amazonaws.ssm',
    errorTypeRegistries: ph,
    xmlNamespace: 'http://ssm.amazonaws.com/doc/2014-11-06/',
    version: '2014-11-06',
    serviceTarget: 'AmazonSSM',
  },
  serviceId: e?.serviceId ?? 'SSM',
  sha256: e?.sha256 ?? Qa,
  urlParser: e?.urlParser ?? la,
  utf8Decoder: e?.utf8Decoder ?? ca,
  utf8Encoder: e?.utf8Encoder ?? ma,
});
var xh = (e) => {
  Ia(process.version);
  const t = Ta(e),
    a = () => t().then(Ra),
    r = Nh(e);
  oa(process.version);
  const s = { profile: e?.profile, logger: r.logger };
  return {
    ...r,
    ...e,
    runtime: 'node',
    defaultsMode: t,
    authSchemePreference: e?.authSchemePreference ?? Z(rr, s),
    bodyLengthChecker: e?.bodyLengthChecker ?? pa,
    credentialDefaultProvider: e?.credentialDefaultProvider ?? Gt,
    defaultSocketTimeout: es(e?.requestHandler, 9e5),
    defaultUserAgentProvider:
      e?.defaultUserAgentProvider ?? Ja({ serviceId: r.serviceId, clientVersion: zg.version }),
    maxAttempts: e?.maxAttempts ?? Z(Ha, e),
    region: e?.region ?? Z(ha, { ...Aa, ...s }),
    requestHandler: or.create(e?.requestHandler ?? a),
    retryMode: e?.retryMode ?? Z({ ...Wa, default: async () => (await a()).retryMode || Mt }, e),
    streamCollector: e?.streamCollector ?? La,
    useDualstackEndpoint: e?.useDualstackEndpoint ?? Z(da, s),
    useFipsEndpoint: e?.useFipsEndpoint ?? Z(ya, s),
    userAgentAppId: e?.userAgentAppId ?? Z(Ya, s),
  };
};
var fh = (e) => {
    let t = e.httpAuthSchemes,
      a = e.httpAuthSchemeProvider,
      r = e.credentials;
    return {
      setHttpAuthScheme(s) {
        const o = t.findIndex((n) => n.schemeId === s.schemeId);
        o === -1 ? t.push(s) : t.splice(o, 1, s);
      },
      httpAuthSchemes() {
        return t;
      },
      setHttpAuthSchemeProvider(s) {
        a = s;
      },
      httpAuthSchemeProvider() {
        return a;
      },
      setCredentials(s) {
        r = s;
      },
      credentials() {
        return r;
      },
    };
  },
  Rh = (e) => ({
    httpAuthSchemes: e.httpAuthSchemes(),
    httpAuthSchemeProvider: e.httpAuthSchemeProvider(),
    credentials: e.credentials(),
  });
var Ih = (e, t) => {
  const a = Object.assign(er(e), Sa(e), Ma(e), fh(e));
  return (t.forEach((r) => r.configure(a)), Object.assign(e, tr(a), _a(a), Ga(a), Rh(a)));
};
var vs = class extends Na {
  config;
  constructor(...[t]) {
    const a = xh(t || {});
    super(a), (this.initConfig = a);
    const r = Bg(a),
      s = za(r),
      o = ja(s),
      n = Ca(o),
      c = n,
      i = $a(c),
      m = qg(i),
      u = Ih(m, t?.extensions || []);
    (this.config = u),
      this.middlewareStack.use(xa(this.config)),
      this.middlewareStack.use(Ka(this.config)),
      this.middlewareStack.use(Za(this.config)),
      this.middlewareStack.use(ka(this.config)),
      this.middlewareStack.use(Oa(this.config)),
      this.middlewareStack.use(Va(this.config)),
      this.middlewareStack.use(Fa(this.config)),
      this.middlewareStack.use(
        qa(this.config, {
          httpAuthSchemeParametersProvider: Vg,
          identityProviderConfigProvider: async (l) => new Ua({ 'aws.auth#sigv4': l.credentials }),
        }),
      ),
      this.middlewareStack.use(Ba(this.config));
  }
  destroy() {
    super.destroy();
  }
};
var ll = ga(Ug, 'AmazonSSM', 'SSMClient', wa),
  pl = {},
  dl = (e, t, a, r) => [];
var yl = class extends ll(pl, dl, 'DeleteParameter', dh) {};
var Nl = class extends ll(pl, dl, 'DescribeParameters', yh) {};
var Fy = Se(vs, Nl, 'NextToken', 'NextToken', 'MaxResults');
var xl = class {
  constructor() {
    throw new Error(
      'this action calls no operation of @aws-sdk/client-sts: its bundle left the client out (scripts/bundle.ts)',
    );
  }
};
var Sh = 8;
function IY(e) {
  const t = e.backend;
  return t
    ? {
        region: e.region,
        credentials: { accessKeyId: 'SIMULATED', secretAccessKey: 'SIMULATED' },
        retryStrategy: new pd(Sh, (a) =>
          Math.round(t.clock.scale * Math.min(2e4, 100 * 2 ** a) * Math.random()),
        ),
      }
    : {
        region: e.region,
        ...(process.env.AWS_RETRY_MODE ? {} : { retryMode: 'adaptive' }),
        ...(process.env.AWS_MAX_ATTEMPTS ? {} : { maxAttempts: Sh }),
      };
}
function vh(e) {
  const t = e.backend,
    a = IY(e),
    r = e.debug,
    s = new Map(),
    o = (n, c) => {
      let i = s.get(n);
      return (i || ((i = c()), s.set(n, i), t && t.attach(i), r && SY(i, r)), i);
    };
  return {
    get ec2() {
      return o('ec2', () => new Ge(a));
    },
    get autoScaling() {
      return o('autoScaling', () => new rs(a));
    },
    get elbv2() {
      return o('elbv2', () => new ur(a));
    },
    get ssm() {
      return o('ssm', () => new vs(a));
    },
    get sts() {
      return o('sts', () => new xl(a));
    },
  };
}
function SY(e, t) {
  e.middlewareStack.add(
    (a, r) => async (s) => {
      const o = performance.now(),
        n = `${String(r.clientName).replace(/Client$/, '')} ${String(r.commandName).replace(/Command$/, '')}`,
        c = _Y(s.input),
        i = () => `${Math.round(performance.now() - o)} ms`;
      try {
        const m = await a(s),
          u = m.output.$metadata?.attempts ?? 1;
        return (t(`aws ${n}${c}: ok in ${i()}, ${_h(u)}`), m);
      } catch (m) {
        const u = m;
        throw (t(`aws ${n}${c}: ${u.name ?? 'error'} after ${i()}, ${_h(u.$metadata?.attempts ?? 1)}`), m);
      }
    },
    { step: 'initialize', name: 'akridaCallLog' },
  );
}
function _h(e) {
  return e <= 1 ? 'no retry' : `${e - 1} ${e === 2 ? 'retry' : 'retries'}`;
}
function _Y(e) {
  if (!e || typeof e != 'object') return '';
  const t = [];
  for (const [a, r] of Object.entries(e))
    if (/(Id|Ids|Arn|Arns|Name|Names)$/.test(a) && a !== 'DocumentName') {
      const s = (Array.isArray(r) ? r : [r]).filter((o) => typeof o == 'string');
      s.length && t.push(`${a}=${s.slice(0, 3).join(',')}${s.length > 3 ? ',\u2026' : ''}`);
    } else if (a === 'Filters' && Array.isArray(r))
      for (const s of r) t.push(`${s.Name}=${(s.Values ?? []).join(',')}`);
  return t.length ? ` (${t.join(' ').slice(0, 200)})` : '';
}
var qy = class {
  constructor(t = 1, a = Date.now()) {
    this.scale = t;
    this.start = a;
    if (!(t > 0)) throw new Error(`time scale must be above 0, got ${t}`);
  }
  scale;
  start;
  origin = performance.now();
  now() {
    return this.start + (performance.now() - this.origin) / this.scale;
  }
  async sleep(t) {
    const a = this.now() + t;
    for (let r = t; r > 0; r = a - this.now())
      await new Promise((s) => setTimeout(s, Math.max(1, r * this.scale)));
  }
};
var fl = new qy(1);
import { AsyncLocalStorage as KY } from 'node:async_hooks';
import * as hh from 'os';
function lr(e) {
  return e == null ? '' : typeof e == 'string' || e instanceof String ? e : JSON.stringify(e);
}
function By(e) {
  return Object.keys(e).length
    ? {
        title: e.title,
        file: e.file,
        line: e.startLine,
        endLine: e.endLine,
        col: e.startColumn,
        endColumn: e.endColumn,
      }
    : {};
}
function Br(e, t, a) {
  const r = new Uy(e, t, a);
  process.stdout.write(r.toString() + hh.EOL);
}
function zy(e, t = '') {
  Br(e, {}, t);
}
var gh = '::',
  Uy = class {
    constructor(t, a, r) {
      t || (t = 'missing.command'), (this.command = t), (this.properties = a), (this.message = r);
    }
    toString() {
      let t = gh + this.command;
      if (this.properties && Object.keys(this.properties).length > 0) {
        t += ' ';
        let a = !0;
        for (const r in this.properties)
          if (Object.hasOwn(this.properties, r)) {
            const s = this.properties[r];
            s && (a ? (a = !1) : (t += ','), (t += `${r}=${gY(s)}`));
          }
      }
      return ((t += `${gh}${vY(this.message)}`), t);
    }
  };
function vY(e) {
  return lr(e).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function gY(e) {
  return lr(e)
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(/:/g, '%3A')
    .replace(/,/g, '%2C');
}
import * as Ah from 'crypto';
import * as Il from 'fs';
import * as Rl from 'os';
function Ch(e, t) {
  const a = process.env[`GITHUB_${e}`];
  if (!a) throw new Error(`Unable to find environment variable for file command ${e}`);
  if (!Il.existsSync(a)) throw new Error(`Missing file at path: ${a}`);
  Il.appendFileSync(a, `${lr(t)}${Rl.EOL}`, { encoding: 'utf8' });
}
function Th(e, t) {
  const a = `ghadelimiter_${Ah.randomUUID()}`,
    r = lr(t);
  if (e.includes(a)) throw new Error(`Unexpected input: name should not contain the delimiter "${a}"`);
  if (r.includes(a)) throw new Error(`Unexpected input: value should not contain the delimiter "${a}"`);
  return `${e}<<${a}${Rl.EOL}${r}${Rl.EOL}${a}`;
}
import { promises as AY, constants as Dh } from 'fs';
import * as Ky from 'os';
import { EOL as hY } from 'os';
var Hy = (e, t, a, r) => {
    function s(o) {
      return o instanceof a
        ? o
        : new a((n) => {
            n(o);
          });
    }
    return new (a || (a = Promise))((o, n) => {
      function c(u) {
        try {
          m(r.next(u));
        } catch (l) {
          n(l);
        }
      }
      function i(u) {
        try {
          m(r.throw(u));
        } catch (l) {
          n(l);
        }
      }
      function m(u) {
        u.done ? o(u.value) : s(u.value).then(c, i);
      }
      m((r = r.apply(e, t || [])).next());
    });
  },
  { access: CY, appendFile: TY, writeFile: DY } = AY,
  Ph = 'GITHUB_STEP_SUMMARY';
var jy = class {
    constructor() {
      this._buffer = '';
    }
    filePath() {
      return Hy(this, void 0, void 0, function* () {
        if (this._filePath) return this._filePath;
        const t = process.env[Ph];
        if (!t)
          throw new Error(
            `Unable to find environment variable for $${Ph}. Check if your runtime environment supports job summaries.`,
          );
        try {
          yield CY(t, Dh.R_OK | Dh.W_OK);
        } catch {
          throw new Error(
            `Unable to access summary file: '${t}'. Check if the file has correct read/write permissions.`,
          );
        }
        return ((this._filePath = t), this._filePath);
      });
    }
    wrap(t, a, r = {}) {
      const s = Object.entries(r)
        .map(([o, n]) => ` ${o}="${n}"`)
        .join('');
      return a ? `<${t}${s}>${a}</${t}>` : `<${t}${s}>`;
    }
    write(t) {
      return Hy(this, void 0, void 0, function* () {
        const a = !!t?.overwrite,
          r = yield this.filePath();
        return (yield (a ? DY : TY)(r, this._buffer, { encoding: 'utf8' }), this.emptyBuffer());
      });
    }
    clear() {
      return Hy(this, void 0, void 0, function* () {
        return this.emptyBuffer().write({ overwrite: !0 });
      });
    }
    stringify() {
      return this._buffer;
    }
    isEmptyBuffer() {
      return this._buffer.length === 0;
    }
    emptyBuffer() {
      return ((this._buffer = ''), this);
    }
    addRaw(t, a = !1) {
      return ((this._buffer += t), a ? this.addEOL() : this);
    }
    addEOL() {
      return this.addRaw(hY);
    }
    addCodeBlock(t, a) {
      const r = Object.assign({}, a && { lang: a }),
        s = this.wrap('pre', this.wrap('code', t), r);
      return this.addRaw(s).addEOL();
    }
    addList(t, a = !1) {
      const r = a ? 'ol' : 'ul',
        s = t.map((n) => this.wrap('li', n)).join(''),
        o = this.wrap(r, s);
      return this.addRaw(o).addEOL();
    }
    addTable(t) {
      const a = t
          .map((s) => {
            const o = s
              .map((n) => {
                if (typeof n == 'string') return this.wrap('td', n);
                const { header: c, data: i, colspan: m, rowspan: u } = n,
                  l = c ? 'th' : 'td',
                  p = Object.assign(Object.assign({}, m && { colspan: m }), u && { rowspan: u });
                return this.wrap(l, i, p);
              })
              .join('');
            return this.wrap('tr', o);
          })
          .join(''),
        r = this.wrap('table', a);
      return this.addRaw(r).addEOL();
    }
    addDetails(t, a) {
      const r = this.wrap('details', this.wrap('summary', t) + a);
      return this.addRaw(r).addEOL();
    }
    addImage(t, a, r) {
      const { width: s, height: o } = r || {},
        n = Object.assign(Object.assign({}, s && { width: s }), o && { height: o }),
        c = this.wrap('img', null, Object.assign({ src: t, alt: a }, n));
      return this.addRaw(c).addEOL();
    }
    addHeading(t, a) {
      const r = `h${a}`,
        s = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(r) ? r : 'h1',
        o = this.wrap(s, t);
      return this.addRaw(o).addEOL();
    }
    addSeparator() {
      const t = this.wrap('hr', null);
      return this.addRaw(t).addEOL();
    }
    addBreak() {
      const t = this.wrap('br', null);
      return this.addRaw(t).addEOL();
    }
    addQuote(t, a) {
      const r = Object.assign({}, a && { cite: a }),
        s = this.wrap('blockquote', t, r);
      return this.addRaw(s).addEOL();
    }
    addLink(t, a) {
      const r = this.wrap('a', t, { href: a });
      return this.addRaw(r).addEOL();
    }
  },
  PY = new jy();
var Wy = PY;
import * as Sl from 'fs';
import Eh from 'os';
var {
    chmod: bY,
    copyFile: EY,
    lstat: $Y,
    mkdir: wY,
    open: pue,
    readdir: LY,
    rename: QY,
    rm: MY,
    rmdir: due,
    stat: GY,
    symlink: kY,
    unlink: OY,
  } = Sl.promises,
  VY = process.platform === 'win32';
var yue = Sl.constants.O_RDONLY;
var Iue = process.platform === 'win32';
var hue = Eh.platform(),
  Aue = Eh.arch();
var jY = (e, t, a, r) => {
    function s(o) {
      return o instanceof a
        ? o
        : new a((n) => {
            n(o);
          });
    }
    return new (a || (a = Promise))((o, n) => {
      function c(u) {
        try {
          m(r.next(u));
        } catch (l) {
          n(l);
        }
      }
      function i(u) {
        try {
          m(r.throw(u));
        } catch (l) {
          n(l);
        }
      }
      function m(u) {
        u.done ? o(u.value) : s(u.value).then(c, i);
      }
      m((r = r.apply(e, t || [])).next());
    });
  },
  Zy;
((e) => {
  (e[(e.Success = 0)] = 'Success'), (e[(e.Failure = 1)] = 'Failure');
})(Zy || (Zy = {}));
function $h(e) {
  Br('add-mask', {}, e);
}
function Jy(e, t) {
  const a = process.env[`INPUT_${e.replace(/ /g, '_').toUpperCase()}`] || '';
  if (t && t.required && !a) throw new Error(`Input required and not supplied: ${e}`);
  return t && t.trimWhitespace === !1 ? a : a.trim();
}
function wh(e, t) {
  const a = ['true', 'True', 'TRUE'],
    r = ['false', 'False', 'FALSE'],
    s = Jy(e, t);
  if (a.includes(s)) return !0;
  if (r.includes(s)) return !1;
  throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${e}
Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
function Lh(e, t) {
  if (process.env.GITHUB_OUTPUT || '') return Ch('OUTPUT', Th(e, t));
  process.stdout.write(Ky.EOL), Br('set-output', { name: e }, lr(t));
}
function Qh(e) {
  (process.exitCode = Zy.Failure), Yy(e);
}
function Mh(e) {
  Br('debug', {}, e);
}
function Yy(e, t = {}) {
  Br('error', By(t), e instanceof Error ? e.toString() : e);
}
function Gh(e, t = {}) {
  Br('warning', By(t), e instanceof Error ? e.toString() : e);
}
function kh(e) {
  process.stdout.write(e + Ky.EOL);
}
function WY(e) {
  zy('group', e);
}
function ZY() {
  zy('endgroup');
}
function Oh(e, t) {
  return jY(this, void 0, void 0, function* () {
    WY(e);
    let a;
    try {
      a = yield t();
    } finally {
      ZY();
    }
    return a;
  });
}
var Vh = new KY(),
  JY = {
    debug: Mh,
    group: Oh,
    getInput: Jy,
    getBooleanInput: wh,
    setOutput: Lh,
    setSecret: $h,
    setFailed: Qh,
    info: kh,
    warning: Gh,
    error: Yy,
    summary: Wy,
  };
function Ae() {
  return Vh.getStore() ?? JY;
}
function Fh() {
  return Vh.getStore() === void 0;
}
function qh(e, t = {}) {
  return YY(e.region, t);
}
function YY(e, t = {}) {
  return {
    clients: t.clients ?? vh({ region: e, debug: (a) => Ae().debug(a) }),
    clock: t.clock ?? fl,
    log: (a) => Ae().info(a),
    warn: (a) => Ae().warning(a),
  };
}
import { closeSync as Ate, fstatSync as Cte, readSync as Dte, openSync as Tte } from 'node:fs';
var _l = Symbol.for('yaml.alias'),
  vl = Symbol.for('yaml.document'),
  ut = Symbol.for('yaml.map'),
  Xy = Symbol.for('yaml.pair'),
  Ze = Symbol.for('yaml.scalar'),
  jt = Symbol.for('yaml.seq'),
  $e = Symbol.for('yaml.node.type'),
  Ke = (e) => !!e && typeof e == 'object' && e[$e] === _l,
  At = (e) => !!e && typeof e == 'object' && e[$e] === vl,
  Je = (e) => !!e && typeof e == 'object' && e[$e] === ut,
  z = (e) => !!e && typeof e == 'object' && e[$e] === Xy,
  V = (e) => !!e && typeof e == 'object' && e[$e] === Ze,
  lt = (e) => !!e && typeof e == 'object' && e[$e] === jt;
function K(e) {
  if (e && typeof e == 'object')
    switch (e[$e]) {
      case ut:
      case jt:
        return !0;
    }
  return !1;
}
function H(e) {
  if (e && typeof e == 'object')
    switch (e[$e]) {
      case _l:
      case ut:
      case Ze:
      case jt:
        return !0;
    }
  return !1;
}
var gl = (e) => (V(e) || K(e)) && !!e.anchor;
var Be = Symbol('break visit'),
  Bh = Symbol('skip children'),
  Ct = Symbol('remove node');
function we(e, t) {
  const a = Uh(t);
  At(e)
    ? gs(null, e.contents, a, Object.freeze([e])) === Ct && (e.contents = null)
    : gs(null, e, a, Object.freeze([]));
}
we.BREAK = Be;
we.SKIP = Bh;
we.REMOVE = Ct;
function gs(e, t, a, r) {
  const s = zh(e, t, a, r);
  if (H(s) || z(s)) return (Hh(e, r, s), gs(e, s, a, r));
  if (typeof s != 'symbol') {
    if (K(t)) {
      r = Object.freeze(r.concat(t));
      for (let o = 0; o < t.items.length; ++o) {
        const n = gs(o, t.items[o], a, r);
        if (typeof n == 'number') o = n - 1;
        else {
          if (n === Be) return Be;
          n === Ct && (t.items.splice(o, 1), (o -= 1));
        }
      }
    } else if (z(t)) {
      r = Object.freeze(r.concat(t));
      const o = gs('key', t.key, a, r);
      if (o === Be) return Be;
      o === Ct && (t.key = null);
      const n = gs('value', t.value, a, r);
      if (n === Be) return Be;
      n === Ct && (t.value = null);
    }
  }
  return s;
}
async function hl(e, t) {
  const a = Uh(t);
  At(e)
    ? (await hs(null, e.contents, a, Object.freeze([e]))) === Ct && (e.contents = null)
    : await hs(null, e, a, Object.freeze([]));
}
hl.BREAK = Be;
hl.SKIP = Bh;
hl.REMOVE = Ct;
async function hs(e, t, a, r) {
  const s = await zh(e, t, a, r);
  if (H(s) || z(s)) return (Hh(e, r, s), hs(e, s, a, r));
  if (typeof s != 'symbol') {
    if (K(t)) {
      r = Object.freeze(r.concat(t));
      for (let o = 0; o < t.items.length; ++o) {
        const n = await hs(o, t.items[o], a, r);
        if (typeof n == 'number') o = n - 1;
        else {
          if (n === Be) return Be;
          n === Ct && (t.items.splice(o, 1), (o -= 1));
        }
      }
    } else if (z(t)) {
      r = Object.freeze(r.concat(t));
      const o = await hs('key', t.key, a, r);
      if (o === Be) return Be;
      o === Ct && (t.key = null);
      const n = await hs('value', t.value, a, r);
      if (n === Be) return Be;
      n === Ct && (t.value = null);
    }
  }
  return s;
}
function Uh(e) {
  return typeof e == 'object' && (e.Collection || e.Node || e.Value)
    ? Object.assign(
        { Alias: e.Node, Map: e.Node, Scalar: e.Node, Seq: e.Node },
        e.Value && { Map: e.Value, Scalar: e.Value, Seq: e.Value },
        e.Collection && { Map: e.Collection, Seq: e.Collection },
        e,
      )
    : e;
}
function zh(e, t, a, r) {
  if (typeof a == 'function') return a(e, t, r);
  if (Je(t)) return a.Map?.(e, t, r);
  if (lt(t)) return a.Seq?.(e, t, r);
  if (z(t)) return a.Pair?.(e, t, r);
  if (V(t)) return a.Scalar?.(e, t, r);
  if (Ke(t)) return a.Alias?.(e, t, r);
}
function Hh(e, t, a) {
  const r = t[t.length - 1];
  if (K(r)) r.items[e] = a;
  else if (z(r)) e === 'key' ? (r.key = a) : (r.value = a);
  else if (At(r)) r.contents = a;
  else {
    const s = Ke(r) ? 'alias' : 'scalar';
    throw new Error(`Cannot replace node with ${s} parent`);
  }
}
var XY = { '!': '%21', ',': '%2C', '[': '%5B', ']': '%5D', '{': '%7B', '}': '%7D' },
  e7 = (e) => e.replace(/[!,[\]{}]/g, (t) => XY[t]),
  Tt = class e {
    constructor(t, a) {
      (this.docStart = null),
        (this.docEnd = !1),
        (this.yaml = Object.assign({}, e.defaultYaml, t)),
        (this.tags = Object.assign({}, e.defaultTags, a));
    }
    clone() {
      const t = new e(this.yaml, this.tags);
      return ((t.docStart = this.docStart), t);
    }
    atDocument() {
      const t = new e(this.yaml, this.tags);
      switch (this.yaml.version) {
        case '1.1':
          this.atNextDocument = !0;
          break;
        case '1.2':
          (this.atNextDocument = !1),
            (this.yaml = { explicit: e.defaultYaml.explicit, version: '1.2' }),
            (this.tags = Object.assign({}, e.defaultTags));
          break;
      }
      return t;
    }
    add(t, a) {
      this.atNextDocument &&
        ((this.yaml = { explicit: e.defaultYaml.explicit, version: '1.1' }),
        (this.tags = Object.assign({}, e.defaultTags)),
        (this.atNextDocument = !1));
      const r = t.trim().split(/[ \t]+/),
        s = r.shift();
      switch (s) {
        case '%TAG': {
          if (r.length !== 2 && (a(0, '%TAG directive should contain exactly two parts'), r.length < 2))
            return !1;
          const [o, n] = r;
          return ((this.tags[o] = n), !0);
        }
        case '%YAML': {
          if (((this.yaml.explicit = !0), r.length !== 1))
            return (a(0, '%YAML directive should contain exactly one part'), !1);
          const [o] = r;
          if (o === '1.1' || o === '1.2') return ((this.yaml.version = o), !0);
          {
            const n = /^\d+\.\d+$/.test(o);
            return (a(6, `Unsupported YAML version ${o}`, n), !1);
          }
        }
        default:
          return (a(0, `Unknown directive ${s}`, !0), !1);
      }
    }
    tagName(t, a) {
      if (t === '!') return '!';
      if (t[0] !== '!') return (a(`Not a valid tag: ${t}`), null);
      if (t[1] === '<') {
        const n = t.slice(2, -1);
        return n === '!' || n === '!!'
          ? (a(`Verbatim tags aren't resolved, so ${t} is invalid.`), null)
          : (t[t.length - 1] !== '>' && a('Verbatim tags must end with a >'), n);
      }
      const [, r, s] = t.match(/^(.*!)([^!]*)$/s);
      s || a(`The ${t} tag has no suffix`);
      const o = this.tags[r];
      if (o)
        try {
          return o + decodeURIComponent(s);
        } catch (n) {
          return (a(String(n)), null);
        }
      return r === '!' ? t : (a(`Could not resolve tag: ${t}`), null);
    }
    tagString(t) {
      for (const [a, r] of Object.entries(this.tags))
        if (t.startsWith(r)) return a + e7(t.substring(r.length));
      return t[0] === '!' ? t : `!<${t}>`;
    }
    toString(t) {
      let a = this.yaml.explicit ? [`%YAML ${this.yaml.version || '1.2'}`] : [],
        r = Object.entries(this.tags),
        s;
      if (t && r.length > 0 && H(t.contents)) {
        const o = {};
        we(t.contents, (n, c) => {
          H(c) && c.tag && (o[c.tag] = !0);
        }),
          (s = Object.keys(o));
      } else s = [];
      for (const [o, n] of r)
        (o === '!!' && n === 'tag:yaml.org,2002:') ||
          ((!t || s.some((c) => c.startsWith(n))) && a.push(`%TAG ${o} ${n}`));
      return a.join(`
`);
    }
  };
Tt.defaultYaml = { explicit: !1, version: '1.2' };
Tt.defaultTags = { '!!': 'tag:yaml.org,2002:' };
function Al(e) {
  if (/[\x00-\x19\s,[\]{}]/.test(e)) {
    const a = `Anchor must not contain whitespace or control characters: ${JSON.stringify(e)}`;
    throw new Error(a);
  }
  return !0;
}
function eN(e) {
  const t = new Set();
  return (
    we(e, {
      Value(a, r) {
        r.anchor && t.add(r.anchor);
      },
    }),
    t
  );
}
function tN(e, t) {
  for (let a = 1; ; ++a) {
    const r = `${e}${a}`;
    if (!t.has(r)) return r;
  }
}
function jh(e, t) {
  let a = [],
    r = new Map(),
    s = null;
  return {
    onAnchor: (o) => {
      a.push(o), s ?? (s = eN(e));
      const n = tN(t, s);
      return (s.add(n), n);
    },
    setAnchors: () => {
      for (const o of a) {
        const n = r.get(o);
        if (typeof n == 'object' && n.anchor && (V(n.node) || K(n.node))) n.node.anchor = n.anchor;
        else {
          const c = new Error('Failed to resolve repeated object (this should not happen)');
          throw ((c.source = o), c);
        }
      }
    },
    sourceObjects: r,
  };
}
function pr(e, t, a, r) {
  if (r && typeof r == 'object')
    if (Array.isArray(r))
      for (let s = 0, o = r.length; s < o; ++s) {
        const n = r[s],
          c = pr(e, r, String(s), n);
        c === void 0 ? delete r[s] : c !== n && (r[s] = c);
      }
    else if (r instanceof Map)
      for (const s of Array.from(r.keys())) {
        const o = r.get(s),
          n = pr(e, r, s, o);
        n === void 0 ? r.delete(s) : n !== o && r.set(s, n);
      }
    else if (r instanceof Set)
      for (const s of Array.from(r)) {
        const o = pr(e, r, s, s);
        o === void 0 ? r.delete(s) : o !== s && (r.delete(s), r.add(o));
      }
    else
      for (const [s, o] of Object.entries(r)) {
        const n = pr(e, r, s, o);
        n === void 0 ? delete r[s] : n !== o && (r[s] = n);
      }
  return e.call(t, a, r);
}
function Re(e, t, a) {
  if (Array.isArray(e)) return e.map((r, s) => Re(r, String(s), a));
  if (e && typeof e.toJSON == 'function') {
    if (!a || !gl(e)) return e.toJSON(t, a);
    const r = { aliasCount: 0, count: 1, res: void 0 };
    a.anchors.set(e, r),
      (a.onCreate = (o) => {
        (r.res = o), delete a.onCreate;
      });
    const s = e.toJSON(t, a);
    return (a.onCreate && a.onCreate(s), s);
  }
  return typeof e == 'bigint' && !a?.keep ? Number(e) : e;
}
var dr = class {
  constructor(t) {
    Object.defineProperty(this, $e, { value: t });
  }
  clone() {
    const t = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    return (this.range && (t.range = this.range.slice()), t);
  }
  toJS(t, { mapAsMap: a, maxAliasCount: r, onAnchor: s, reviver: o } = {}) {
    if (!At(t)) throw new TypeError('A document argument is required');
    const n = {
        anchors: new Map(),
        doc: t,
        keep: !0,
        mapAsMap: a === !0,
        mapKeyWarned: !1,
        maxAliasCount: typeof r == 'number' ? r : 100,
      },
      c = Re(this, '', n);
    if (typeof s == 'function') for (const { count: i, res: m } of n.anchors.values()) s(m, i);
    return typeof o == 'function' ? pr(o, { '': c }, '', c) : c;
  }
};
var Wt = class extends dr {
  constructor(t) {
    super(_l),
      (this.source = t),
      Object.defineProperty(this, 'tag', {
        set() {
          throw new Error('Alias nodes cannot have tags');
        },
      });
  }
  resolve(t, a) {
    if (a?.maxAliasCount === 0) throw new ReferenceError('Alias resolution is disabled');
    let r;
    a?.aliasResolveCache
      ? (r = a.aliasResolveCache)
      : ((r = []),
        we(t, {
          Node: (o, n) => {
            (Ke(n) || gl(n)) && r.push(n);
          },
        }),
        a && (a.aliasResolveCache = r));
    let s;
    for (const o of r) {
      if (o === this) break;
      o.anchor === this.source && (s = o);
    }
    if (s && a) {
      let { anchors: o, doc: n, maxAliasCount: c } = a,
        i = o.get(s);
      if ((i || (Re(s, null, a), (i = o.get(s))), i?.res === void 0)) {
        const m = 'This should not happen: Alias anchor was not resolved?';
        throw new ReferenceError(m);
      }
      if (
        c >= 0 &&
        ((i.count += 1), i.aliasCount === 0 && (i.aliasCount = Cl(n, s, o)), i.count * i.aliasCount > c)
      ) {
        const m = 'Excessive alias count indicates a resource exhaustion attack';
        throw new ReferenceError(m);
      }
    }
    return s;
  }
  toJSON(t, a) {
    if (!a) return { source: this.source };
    const r = this.resolve(a.doc, a);
    if (!r) {
      const s = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
      throw new ReferenceError(s);
    }
    return a.anchors.get(r).res;
  }
  toString(t, a, r) {
    const s = `*${this.source}`;
    if (t) {
      if ((Al(this.source), t.options.verifyAliasOrder && !t.anchors.has(this.source))) {
        const o = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
        throw new Error(o);
      }
      if (t.implicitKey) return `${s} `;
    }
    return s;
  }
};
function Cl(e, t, a) {
  if (Ke(t)) {
    const r = t.resolve(e),
      s = a && r && a.get(r);
    return s ? s.count * s.aliasCount : 0;
  } else if (K(t)) {
    let r = 0;
    for (const s of t.items) {
      const o = Cl(e, s, a);
      o > r && (r = o);
    }
    return r;
  } else if (z(t)) {
    const r = Cl(e, t.key, a),
      s = Cl(e, t.value, a);
    return Math.max(r, s);
  }
  return 1;
}
var Tl = (e) => !e || (typeof e != 'function' && typeof e != 'object'),
  w = class extends dr {
    constructor(t) {
      super(Ze), (this.value = t);
    }
    toJSON(t, a) {
      return a?.keep ? this.value : Re(this.value, t, a);
    }
    toString() {
      return String(this.value);
    }
  };
w.BLOCK_FOLDED = 'BLOCK_FOLDED';
w.BLOCK_LITERAL = 'BLOCK_LITERAL';
w.PLAIN = 'PLAIN';
w.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
w.QUOTE_SINGLE = 'QUOTE_SINGLE';
var t7 = 'tag:yaml.org,2002:';
function a7(e, t, a) {
  if (t) {
    const r = a.filter((o) => o.tag === t),
      s = r.find((o) => !o.format) ?? r[0];
    if (!s) throw new Error(`Tag ${t} not found`);
    return s;
  }
  return a.find((r) => r.identify?.(e) && !r.format);
}
function Zt(e, t, a) {
  if ((At(e) && (e = e.contents), H(e))) return e;
  if (z(e)) {
    const l = a.schema[ut].createNode?.(a.schema, null, a);
    return (l.items.push(e), l);
  }
  (e instanceof String ||
    e instanceof Number ||
    e instanceof Boolean ||
    (typeof BigInt < 'u' && e instanceof BigInt)) &&
    (e = e.valueOf());
  let { aliasDuplicateObjects: r, onAnchor: s, onTagObj: o, schema: n, sourceObjects: c } = a,
    i;
  if (r && e && typeof e == 'object') {
    if (((i = c.get(e)), i)) return (i.anchor ?? (i.anchor = s(e)), new Wt(i.anchor));
    (i = { anchor: null, node: null }), c.set(e, i);
  }
  t?.startsWith('!!') && (t = t7 + t.slice(2));
  let m = a7(e, t, n.tags);
  if (!m) {
    if ((e && typeof e.toJSON == 'function' && (e = e.toJSON()), !e || typeof e != 'object')) {
      const l = new w(e);
      return (i && (i.node = l), l);
    }
    m = e instanceof Map ? n[ut] : Symbol.iterator in Object(e) ? n[jt] : n[ut];
  }
  o && (o(m), delete a.onTagObj);
  const u = m?.createNode
    ? m.createNode(a.schema, e, a)
    : typeof m?.nodeClass?.from == 'function'
      ? m.nodeClass.from(a.schema, e, a)
      : new w(e);
  return (t ? (u.tag = t) : m.default || (u.tag = m.tag), i && (i.node = u), u);
}
function vo(e, t, a) {
  let r = a;
  for (let s = t.length - 1; s >= 0; --s) {
    const o = t[s];
    if (typeof o == 'number' && Number.isInteger(o) && o >= 0) {
      const n = [];
      (n[o] = r), (r = n);
    } else r = new Map([[o, r]]);
  }
  return Zt(r, void 0, {
    aliasDuplicateObjects: !1,
    keepUndefined: !1,
    onAnchor: () => {
      throw new Error('This should not happen, please report a bug.');
    },
    schema: e,
    sourceObjects: new Map(),
  });
}
var Cs = (e) => e == null || (typeof e == 'object' && !!e[Symbol.iterator]().next().done),
  As = class extends dr {
    constructor(t, a) {
      super(t),
        Object.defineProperty(this, 'schema', { value: a, configurable: !0, enumerable: !1, writable: !0 });
    }
    clone(t) {
      const a = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
      return (
        t && (a.schema = t),
        (a.items = a.items.map((r) => (H(r) || z(r) ? r.clone(t) : r))),
        this.range && (a.range = this.range.slice()),
        a
      );
    }
    addIn(t, a) {
      if (Cs(t)) this.add(a);
      else {
        const [r, ...s] = t,
          o = this.get(r, !0);
        if (K(o)) o.addIn(s, a);
        else if (o === void 0 && this.schema) this.set(r, vo(this.schema, s, a));
        else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${s}`);
      }
    }
    deleteIn(t) {
      const [a, ...r] = t;
      if (r.length === 0) return this.delete(a);
      const s = this.get(a, !0);
      if (K(s)) return s.deleteIn(r);
      throw new Error(`Expected YAML collection at ${a}. Remaining path: ${r}`);
    }
    getIn(t, a) {
      const [r, ...s] = t,
        o = this.get(r, !0);
      return s.length === 0 ? (!a && V(o) ? o.value : o) : K(o) ? o.getIn(s, a) : void 0;
    }
    hasAllNullValues(t) {
      return this.items.every((a) => {
        if (!z(a)) return !1;
        const r = a.value;
        return r == null || (t && V(r) && r.value == null && !r.commentBefore && !r.comment && !r.tag);
      });
    }
    hasIn(t) {
      const [a, ...r] = t;
      if (r.length === 0) return this.has(a);
      const s = this.get(a, !0);
      return K(s) ? s.hasIn(r) : !1;
    }
    setIn(t, a) {
      const [r, ...s] = t;
      if (s.length === 0) this.set(r, a);
      else {
        const o = this.get(r, !0);
        if (K(o)) o.setIn(s, a);
        else if (o === void 0 && this.schema) this.set(r, vo(this.schema, s, a));
        else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${s}`);
      }
    }
  };
var Wh = (e) => e.replace(/^(?!$)(?: $)?/gm, '#');
function rt(e, t) {
  return /^\n+$/.test(e) ? e.substring(1) : t ? e.replace(/^(?! *$)/gm, t) : e;
}
var Dt = (e, t, a) =>
  e.endsWith(`
`)
    ? rt(a, t)
    : a.includes(`
`)
      ? `
` + rt(a, t)
      : (e.endsWith(' ') ? '' : ' ') + a;
var aN = 'flow',
  Dl = 'block',
  go = 'quoted';
function ho(
  e,
  t,
  a = 'flow',
  { indentAtStart: r, lineWidth: s = 80, minContentWidth: o = 20, onFold: n, onOverflow: c } = {},
) {
  if (!s || s < 0) return e;
  s < o && (o = 0);
  const i = Math.max(1 + o, 1 + s - t.length);
  if (e.length <= i) return e;
  let m = [],
    u = {},
    l = s - t.length;
  typeof r == 'number' && (r > s - Math.max(2, o) ? m.push(0) : (l = s - r));
  let p,
    d,
    x = !1,
    N = -1,
    f = -1,
    A = -1;
  a === Dl && ((N = Zh(e, N, t.length)), N !== -1 && (l = N + i));
  for (let T; (T = e[(N += 1)]); ) {
    if (a === go && T === '\\') {
      switch (((f = N), e[N + 1])) {
        case 'x':
          N += 3;
          break;
        case 'u':
          N += 5;
          break;
        case 'U':
          N += 9;
          break;
        default:
          N += 1;
      }
      A = N;
    }
    if (
      T ===
      `
`
    )
      a === Dl && (N = Zh(e, N, t.length)), (l = N + t.length + i), (p = void 0);
    else {
      if (
        T === ' ' &&
        d &&
        d !== ' ' &&
        d !==
          `
` &&
        d !== '	'
      ) {
        const b = e[N + 1];
        b &&
          b !== ' ' &&
          b !==
            `
` &&
          b !== '	' &&
          (p = N);
      }
      if (N >= l)
        if (p) m.push(p), (l = p + i), (p = void 0);
        else if (a === go) {
          for (; d === ' ' || d === '	'; ) (d = T), (T = e[(N += 1)]), (x = !0);
          const b = N > A + 1 ? N - 2 : f - 1;
          if (u[b]) return e;
          m.push(b), (u[b] = !0), (l = b + i), (p = void 0);
        } else x = !0;
    }
    d = T;
  }
  if ((x && c && c(), m.length === 0)) return e;
  n && n();
  let g = e.slice(0, m[0]);
  for (let T = 0; T < m.length; ++T) {
    const b = m[T],
      D = m[T + 1] || e.length;
    b === 0
      ? (g = `
${t}${e.slice(0, D)}`)
      : (a === go && u[b] && (g += `${e[b]}\\`),
        (g += `
${t}${e.slice(b + 1, D)}`));
  }
  return g;
}
function Zh(e, t, a) {
  let r = t,
    s = t + 1,
    o = e[s];
  for (; o === ' ' || o === '	'; )
    if (t < s + a) o = e[++t];
    else {
      do o = e[++t];
      while (
        o &&
        o !==
          `
`
      );
      (r = t), (s = t + 1), (o = e[s]);
    }
  return r;
}
var bl = (e, t) => ({
    indentAtStart: t ? e.indent.length : e.indentAtStart,
    lineWidth: e.options.lineWidth,
    minContentWidth: e.options.minContentWidth,
  }),
  El = (e) => /^(%|---|\.\.\.)/m.test(e);
function r7(e, t, a) {
  if (!t || t < 0) return !1;
  const r = t - a,
    s = e.length;
  if (s <= r) return !1;
  for (let o = 0, n = 0; o < s; ++o)
    if (
      e[o] ===
      `
`
    ) {
      if (o - n > r) return !0;
      if (((n = o + 1), s - n <= r)) return !1;
    }
  return !0;
}
function Ao(e, t) {
  const a = JSON.stringify(e);
  if (t.options.doubleQuotedAsJSON) return a;
  let { implicitKey: r } = t,
    s = t.options.doubleQuotedMinMultiLineLength,
    o = t.indent || (El(e) ? '  ' : ''),
    n = '',
    c = 0;
  for (let i = 0, m = a[i]; m; m = a[++i])
    if (
      (m === ' ' &&
        a[i + 1] === '\\' &&
        a[i + 2] === 'n' &&
        ((n += a.slice(c, i) + '\\ '), (i += 1), (c = i), (m = '\\')),
      m === '\\')
    )
      switch (a[i + 1]) {
        case 'u':
          {
            n += a.slice(c, i);
            const u = a.substr(i + 2, 4);
            switch (u) {
              case '0000':
                n += '\\0';
                break;
              case '0007':
                n += '\\a';
                break;
              case '000b':
                n += '\\v';
                break;
              case '001b':
                n += '\\e';
                break;
              case '0085':
                n += '\\N';
                break;
              case '00a0':
                n += '\\_';
                break;
              case '2028':
                n += '\\L';
                break;
              case '2029':
                n += '\\P';
                break;
              default:
                u.substr(0, 2) === '00' ? (n += '\\x' + u.substr(2)) : (n += a.substr(i, 6));
            }
            (i += 5), (c = i + 1);
          }
          break;
        case 'n':
          if (r || a[i + 2] === '"' || a.length < s) i += 1;
          else {
            for (
              n +=
                a.slice(c, i) +
                `

`;
              a[i + 2] === '\\' && a[i + 3] === 'n' && a[i + 4] !== '"';
            )
              (n += `
`),
                (i += 2);
            (n += o), a[i + 2] === ' ' && (n += '\\'), (i += 1), (c = i + 1);
          }
          break;
        default:
          i += 1;
      }
  return ((n = c ? n + a.slice(c) : a), r ? n : ho(n, o, go, bl(t, !1)));
}
function rN(e, t) {
  if (
    t.options.singleQuote === !1 ||
    (t.implicitKey &&
      e.includes(`
`)) ||
    /[ \t]\n|\n[ \t]/.test(e)
  )
    return Ao(e, t);
  const a = t.indent || (El(e) ? '  ' : ''),
    r =
      "'" +
      e.replace(/'/g, "''").replace(
        /\n+/g,
        `$&
${a}`,
      ) +
      "'";
  return t.implicitKey ? r : ho(r, a, aN, bl(t, !1));
}
function Ts(e, t) {
  let { singleQuote: a } = t.options,
    r;
  if (a === !1) r = Ao;
  else {
    const s = e.includes('"'),
      o = e.includes("'");
    s && !o ? (r = rN) : o && !s ? (r = Ao) : (r = a ? rN : Ao);
  }
  return r(e, t);
}
var sN;
try {
  sN = /(^|(?<!\n))\n+(?!\n|$)/g;
} catch {
  sN = /\n+(?!\n|$)/g;
}
function Pl({ comment: e, type: t, value: a }, r, s, o) {
  const { blockQuote: n, commentString: c, lineWidth: i } = r.options;
  if (!n || /\n[\t ]+$/.test(a)) return Ts(a, r);
  const m = r.indent || (r.forceBlockIndent || El(a) ? '  ' : ''),
    u =
      n === 'literal'
        ? !0
        : n === 'folded' || t === w.BLOCK_FOLDED
          ? !1
          : t === w.BLOCK_LITERAL
            ? !0
            : !r7(a, i, m.length);
  if (!a)
    return u
      ? `|
`
      : `>
`;
  let l, p;
  for (p = a.length; p > 0; --p) {
    const D = a[p - 1];
    if (
      D !==
        `
` &&
      D !== '	' &&
      D !== ' '
    )
      break;
  }
  let d = a.substring(p),
    x = d.indexOf(`
`);
  x === -1 ? (l = '-') : a === d || x !== d.length - 1 ? ((l = '+'), o && o()) : (l = ''),
    d &&
      ((a = a.slice(0, -d.length)),
      d[d.length - 1] ===
        `
` && (d = d.slice(0, -1)),
      (d = d.replace(sN, `$&${m}`)));
  let N = !1,
    f,
    A = -1;
  for (f = 0; f < a.length; ++f) {
    const D = a[f];
    if (D === ' ') N = !0;
    else if (
      D ===
      `
`
    )
      A = f;
    else break;
  }
  let g = a.substring(0, A < f ? A + 1 : f);
  g && ((a = a.substring(g.length)), (g = g.replace(/\n+/g, `$&${m}`)));
  let b = (N ? (m ? '2' : '1') : '') + l;
  if ((e && ((b += ' ' + c(e.replace(/ ?[\r\n]+/g, ' '))), s && s()), !u)) {
    let D = a
        .replace(
          /\n+/g,
          `
$&`,
        )
        .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2')
        .replace(/\n+/g, `$&${m}`),
      P = !1,
      B = bl(r, !0);
    n !== 'folded' &&
      t !== w.BLOCK_FOLDED &&
      (B.onOverflow = () => {
        P = !0;
      });
    const E = ho(`${g}${D}${d}`, m, Dl, B);
    if (!P)
      return `>${b}
${m}${E}`;
  }
  return (
    (a = a.replace(/\n+/g, `$&${m}`)),
    `|${b}
${m}${g}${a}${d}`
  );
}
function s7(e, t, a, r) {
  const { type: s, value: o } = e,
    { actualString: n, implicitKey: c, indent: i, indentStep: m, inFlow: u } = t;
  if (
    (c &&
      o.includes(`
`)) ||
    (u && /[[\]{},]/.test(o))
  )
    return Ts(o, t);
  if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(o))
    return c ||
      u ||
      !o.includes(`
`)
      ? Ts(o, t)
      : Pl(e, t, a, r);
  if (
    !c &&
    !u &&
    s !== w.PLAIN &&
    o.includes(`
`)
  )
    return Pl(e, t, a, r);
  if (El(o)) {
    if (i === '') return ((t.forceBlockIndent = !0), Pl(e, t, a, r));
    if (c && i === m) return Ts(o, t);
  }
  const l = o.replace(
    /\n+/g,
    `$&
${i}`,
  );
  if (n) {
    const p = (N) => N.default && N.tag !== 'tag:yaml.org,2002:str' && N.test?.test(l),
      { compat: d, tags: x } = t.doc.schema;
    if (x.some(p) || d?.some(p)) return Ts(o, t);
  }
  return c ? l : ho(l, i, aN, bl(t, !1));
}
function Ur(e, t, a, r) {
  let { implicitKey: s, inFlow: o } = t,
    n = typeof e.value == 'string' ? e : Object.assign({}, e, { value: String(e.value) }),
    { type: c } = e;
  c !== w.QUOTE_DOUBLE &&
    /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(n.value) &&
    (c = w.QUOTE_DOUBLE);
  let i = (u) => {
      switch (u) {
        case w.BLOCK_FOLDED:
        case w.BLOCK_LITERAL:
          return s || o ? Ts(n.value, t) : Pl(n, t, a, r);
        case w.QUOTE_DOUBLE:
          return Ao(n.value, t);
        case w.QUOTE_SINGLE:
          return rN(n.value, t);
        case w.PLAIN:
          return s7(n, t, a, r);
        default:
          return null;
      }
    },
    m = i(c);
  if (m === null) {
    const { defaultKeyType: u, defaultStringType: l } = t.options,
      p = (s && u) || l;
    if (((m = i(p)), m === null)) throw new Error(`Unsupported default string type ${p}`);
  }
  return m;
}
function $l(e, t) {
  let a = Object.assign(
      {
        blockQuote: !0,
        commentString: Wh,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: !1,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: !0,
        indentSeq: !0,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: !1,
        singleQuote: null,
        trailingComma: !1,
        trueStr: 'true',
        verifyAliasOrder: !0,
      },
      e.schema.toStringOptions,
      t,
    ),
    r;
  switch (a.collectionStyle) {
    case 'block':
      r = !1;
      break;
    case 'flow':
      r = !0;
      break;
    default:
      r = null;
  }
  return {
    anchors: new Set(),
    doc: e,
    flowCollectionPadding: a.flowCollectionPadding ? ' ' : '',
    indent: '',
    indentStep: typeof a.indent == 'number' ? ' '.repeat(a.indent) : '  ',
    inFlow: r,
    options: a,
  };
}
function o7(e, t) {
  if (t.tag) {
    const s = e.filter((o) => o.tag === t.tag);
    if (s.length > 0) return s.find((o) => o.format === t.format) ?? s[0];
  }
  let a, r;
  if (V(t)) {
    r = t.value;
    let s = e.filter((o) => o.identify?.(r));
    if (s.length > 1) {
      const o = s.filter((n) => n.test);
      o.length > 0 && (s = o);
    }
    a = s.find((o) => o.format === t.format) ?? s.find((o) => !o.format);
  } else (r = t), (a = e.find((s) => s.nodeClass && r instanceof s.nodeClass));
  if (!a) {
    const s = r?.constructor?.name ?? (r === null ? 'null' : typeof r);
    throw new Error(`Tag not resolved for ${s} value`);
  }
  return a;
}
function n7(e, t, { anchors: a, doc: r }) {
  if (!r.directives) return '';
  const s = [],
    o = (V(e) || K(e)) && e.anchor;
  o && Al(o) && (a.add(o), s.push(`&${o}`));
  const n = e.tag ?? (t.default ? null : t.tag);
  return (n && s.push(r.directives.tagString(n)), s.join(' '));
}
function Kt(e, t, a, r) {
  if (z(e)) return e.toString(t, a, r);
  if (Ke(e)) {
    if (t.doc.directives) return e.toString(t);
    if (t.resolvedAliases?.has(e))
      throw new TypeError('Cannot stringify circular structure without alias nodes');
    t.resolvedAliases ? t.resolvedAliases.add(e) : (t.resolvedAliases = new Set([e])), (e = e.resolve(t.doc));
  }
  let s,
    o = H(e) ? e : t.doc.createNode(e, { onTagObj: (i) => (s = i) });
  s ?? (s = o7(t.doc.schema.tags, o));
  const n = n7(o, s, t);
  n.length > 0 && (t.indentAtStart = (t.indentAtStart ?? 0) + n.length + 1);
  const c =
    typeof s.stringify == 'function' ? s.stringify(o, t, a, r) : V(o) ? Ur(o, t, a, r) : o.toString(t, a, r);
  return n
    ? V(o) || c[0] === '{' || c[0] === '['
      ? `${n} ${c}`
      : `${n}
${t.indent}${c}`
    : c;
}
function Kh({ key: e, value: t }, a, r, s) {
  let {
      allNullValues: o,
      doc: n,
      indent: c,
      indentStep: i,
      options: { commentString: m, indentSeq: u, simpleKeys: l },
    } = a,
    p = (H(e) && e.comment) || null;
  if (l) {
    if (p) throw new Error('With simple keys, key nodes cannot have comments');
    if (K(e) || (!H(e) && typeof e == 'object')) {
      const B = 'With simple keys, collection cannot be used as a key value';
      throw new Error(B);
    }
  }
  let d =
    !l &&
    (!e ||
      (p && t == null && !a.inFlow) ||
      K(e) ||
      (V(e) ? e.type === w.BLOCK_FOLDED || e.type === w.BLOCK_LITERAL : typeof e == 'object'));
  a = Object.assign({}, a, { allNullValues: !1, implicitKey: !d && (l || !o), indent: c + i });
  let x = !1,
    N = !1,
    f = Kt(
      e,
      a,
      () => (x = !0),
      () => (N = !0),
    );
  if (!d && !a.inFlow && f.length > 1024) {
    if (l) throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
    d = !0;
  }
  if (a.inFlow) {
    if (o || t == null) return (x && r && r(), f === '' ? '?' : d ? `? ${f}` : f);
  } else if ((o && !l) || (t == null && d))
    return ((f = `? ${f}`), p && !x ? (f += Dt(f, a.indent, m(p))) : N && s && s(), f);
  x && (p = null),
    d
      ? (p && (f += Dt(f, a.indent, m(p))),
        (f = `? ${f}
${c}:`))
      : ((f = `${f}:`), p && (f += Dt(f, a.indent, m(p))));
  let A, g, T;
  H(t)
    ? ((A = !!t.spaceBefore), (g = t.commentBefore), (T = t.comment))
    : ((A = !1), (g = null), (T = null), t && typeof t == 'object' && (t = n.createNode(t))),
    (a.implicitKey = !1),
    !d && !p && V(t) && (a.indentAtStart = f.length + 1),
    (N = !1),
    !u &&
      i.length >= 2 &&
      !a.inFlow &&
      !d &&
      lt(t) &&
      !t.flow &&
      !t.tag &&
      !t.anchor &&
      (a.indent = a.indent.substring(2));
  let b = !1,
    D = Kt(
      t,
      a,
      () => (b = !0),
      () => (N = !0),
    ),
    P = ' ';
  if (p || A || g) {
    if (
      ((P = A
        ? `
`
        : ''),
      g)
    ) {
      const B = m(g);
      P += `
${rt(B, a.indent)}`;
    }
    D === '' && !a.inFlow
      ? P ===
          `
` &&
        T &&
        (P = `

`)
      : (P += `
${a.indent}`);
  } else if (!d && K(t)) {
    const B = D[0],
      E = D.indexOf(`
`),
      ue = E !== -1,
      et = a.inFlow ?? t.flow ?? t.items.length === 0;
    if (ue || !et) {
      let Qt = !1;
      if (ue && (B === '&' || B === '!')) {
        let de = D.indexOf(' ');
        B === '&' && de !== -1 && de < E && D[de + 1] === '!' && (de = D.indexOf(' ', de + 1)),
          (de === -1 || E < de) && (Qt = !0);
      }
      Qt ||
        (P = `
${a.indent}`);
    }
  } else
    (D === '' ||
      D[0] ===
        `
`) &&
      (P = '');
  return ((f += P + D), a.inFlow ? b && r && r() : T && !b ? (f += Dt(f, a.indent, m(T))) : N && s && s(), f);
}
function oN(e, t) {
  (e === 'debug' || e === 'warn') &&
    (typeof process.emitWarning == 'function' ? process.emitWarning(t) : console.warn(t));
}
var wl = '<<',
  pt = {
    identify: (e) => e === wl || (typeof e == 'symbol' && e.description === wl),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new w(Symbol(wl)), { addToJSMap: cN }),
    stringify: () => wl,
  },
  Jh = (e, t) =>
    (pt.identify(t) || (V(t) && (!t.type || t.type === w.PLAIN) && pt.identify(t.value))) &&
    e?.doc.schema.tags.some((a) => a.tag === pt.tag && a.default);
function cN(e, t, a) {
  const r = Yh(e, a);
  if (lt(r)) for (const s of r.items) nN(e, t, s);
  else if (Array.isArray(r)) for (const s of r) nN(e, t, s);
  else nN(e, t, r);
}
function nN(e, t, a) {
  const r = Yh(e, a);
  if (!Je(r)) throw new Error('Merge sources must be maps or map aliases');
  const s = r.toJSON(null, e, Map);
  for (const [o, n] of s)
    t instanceof Map
      ? t.has(o) || t.set(o, n)
      : t instanceof Set
        ? t.add(o)
        : Object.hasOwn(t, o) ||
          Object.defineProperty(t, o, { value: n, writable: !0, enumerable: !0, configurable: !0 });
  return t;
}
function Yh(e, t) {
  return e && Ke(t) ? t.resolve(e.doc, e) : t;
}
function Ll(e, t, { key: a, value: r }) {
  if (H(a) && a.addToJSMap) a.addToJSMap(e, t, r);
  else if (Jh(e, a)) cN(e, t, r);
  else {
    const s = Re(a, '', e);
    if (t instanceof Map) t.set(s, Re(r, s, e));
    else if (t instanceof Set) t.add(s);
    else {
      const o = c7(a, s, e),
        n = Re(r, o, e);
      o in t
        ? Object.defineProperty(t, o, { value: n, writable: !0, enumerable: !0, configurable: !0 })
        : (t[o] = n);
    }
  }
  return t;
}
function c7(e, t, a) {
  if (t === null) return '';
  if (typeof t != 'object') return String(t);
  if (H(e) && a?.doc) {
    const r = $l(a.doc, {});
    r.anchors = new Set();
    for (const o of a.anchors.keys()) r.anchors.add(o.anchor);
    (r.inFlow = !0), (r.inStringifyKey = !0);
    const s = e.toString(r);
    if (!a.mapKeyWarned) {
      let o = JSON.stringify(s);
      o.length > 40 && (o = o.substring(0, 36) + '..."'),
        oN(
          a.doc.options.logLevel,
          `Keys with collection values will be stringified due to JS Object restrictions: ${o}. Set mapAsMap: true to use object keys.`,
        ),
        (a.mapKeyWarned = !0);
    }
    return s;
  }
  return JSON.stringify(t);
}
function Ds(e, t, a) {
  const r = Zt(e, void 0, a),
    s = Zt(t, void 0, a);
  return new le(r, s);
}
var le = class e {
  constructor(t, a = null) {
    Object.defineProperty(this, $e, { value: Xy }), (this.key = t), (this.value = a);
  }
  clone(t) {
    let { key: a, value: r } = this;
    return (H(a) && (a = a.clone(t)), H(r) && (r = r.clone(t)), new e(a, r));
  }
  toJSON(t, a) {
    const r = a?.mapAsMap ? new Map() : {};
    return Ll(a, r, this);
  }
  toString(t, a, r) {
    return t?.doc ? Kh(this, t, a, r) : JSON.stringify(this);
  }
};
function Ml(e, t, a) {
  return ((t.inFlow ?? e.flow) ? m7 : i7)(e, t, a);
}
function i7(
  { comment: e, items: t },
  a,
  { blockItemPrefix: r, flowChars: s, itemIndent: o, onChompKeep: n, onComment: c },
) {
  let {
      indent: i,
      options: { commentString: m },
    } = a,
    u = Object.assign({}, a, { indent: o, type: null }),
    l = !1,
    p = [];
  for (let x = 0; x < t.length; ++x) {
    let N = t[x],
      f = null;
    if (H(N)) !l && N.spaceBefore && p.push(''), Ql(a, p, N.commentBefore, l), N.comment && (f = N.comment);
    else if (z(N)) {
      const g = H(N.key) ? N.key : null;
      g && (!l && g.spaceBefore && p.push(''), Ql(a, p, g.commentBefore, l));
    }
    l = !1;
    let A = Kt(
      N,
      u,
      () => (f = null),
      () => (l = !0),
    );
    f && (A += Dt(A, o, m(f))), l && f && (l = !1), p.push(r + A);
  }
  let d;
  if (p.length === 0) d = s.start + s.end;
  else {
    d = p[0];
    for (let x = 1; x < p.length; ++x) {
      const N = p[x];
      d += N
        ? `
${i}${N}`
        : `
`;
    }
  }
  return (
    e
      ? ((d +=
          `
` + rt(m(e), i)),
        c && c())
      : l && n && n(),
    d
  );
}
function m7({ items: e }, t, { flowChars: a, itemIndent: r }) {
  const {
    indent: s,
    indentStep: o,
    flowCollectionPadding: n,
    options: { commentString: c },
  } = t;
  r += o;
  let i = Object.assign({}, t, { indent: r, inFlow: !0, type: null }),
    m = !1,
    u = 0,
    l = [];
  for (let x = 0; x < e.length; ++x) {
    let N = e[x],
      f = null;
    if (H(N)) N.spaceBefore && l.push(''), Ql(t, l, N.commentBefore, !1), N.comment && (f = N.comment);
    else if (z(N)) {
      const g = H(N.key) ? N.key : null;
      g && (g.spaceBefore && l.push(''), Ql(t, l, g.commentBefore, !1), g.comment && (m = !0));
      const T = H(N.value) ? N.value : null;
      T
        ? (T.comment && (f = T.comment), T.commentBefore && (m = !0))
        : N.value == null && g?.comment && (f = g.comment);
    }
    f && (m = !0);
    let A = Kt(N, i, () => (f = null));
    m ||
      (m =
        l.length > u ||
        A.includes(`
`)),
      x < e.length - 1
        ? (A += ',')
        : t.options.trailingComma &&
          (t.options.lineWidth > 0 &&
            (m || (m = l.reduce((g, T) => g + T.length + 2, 2) + (A.length + 2) > t.options.lineWidth)),
          m && (A += ',')),
      f && (A += Dt(A, r, c(f))),
      l.push(A),
      (u = l.length);
  }
  const { start: p, end: d } = a;
  if (l.length === 0) return p + d;
  if (!m) {
    const x = l.reduce((N, f) => N + f.length + 2, 2);
    m = t.options.lineWidth > 0 && x > t.options.lineWidth;
  }
  if (m) {
    let x = p;
    for (const N of l)
      x += N
        ? `
${o}${s}${N}`
        : `
`;
    return `${x}
${s}${d}`;
  } else return `${p}${n}${l.join(' ')}${n}${d}`;
}
function Ql({ indent: e, options: { commentString: t } }, a, r, s) {
  if ((r && s && (r = r.replace(/^\n+/, '')), r)) {
    const o = rt(t(r), e);
    a.push(o.trimStart());
  }
}
function yr(e, t) {
  const a = V(t) ? t.value : t;
  for (const r of e) if (z(r) && (r.key === t || r.key === a || (V(r.key) && r.key.value === a))) return r;
}
var ye = class extends As {
  static get tagName() {
    return 'tag:yaml.org,2002:map';
  }
  constructor(t) {
    super(ut, t), (this.items = []);
  }
  static from(t, a, r) {
    const { keepUndefined: s, replacer: o } = r,
      n = new this(t),
      c = (i, m) => {
        if (typeof o == 'function') m = o.call(a, i, m);
        else if (Array.isArray(o) && !o.includes(i)) return;
        (m !== void 0 || s) && n.items.push(Ds(i, m, r));
      };
    if (a instanceof Map) for (const [i, m] of a) c(i, m);
    else if (a && typeof a == 'object') for (const i of Object.keys(a)) c(i, a[i]);
    return (typeof t.sortMapEntries == 'function' && n.items.sort(t.sortMapEntries), n);
  }
  add(t, a) {
    let r;
    z(t)
      ? (r = t)
      : !t || typeof t != 'object' || !('key' in t)
        ? (r = new le(t, t?.value))
        : (r = new le(t.key, t.value));
    const s = yr(this.items, r.key),
      o = this.schema?.sortMapEntries;
    if (s) {
      if (!a) throw new Error(`Key ${r.key} already set`);
      V(s.value) && Tl(r.value) ? (s.value.value = r.value) : (s.value = r.value);
    } else if (o) {
      const n = this.items.findIndex((c) => o(r, c) < 0);
      n === -1 ? this.items.push(r) : this.items.splice(n, 0, r);
    } else this.items.push(r);
  }
  delete(t) {
    const a = yr(this.items, t);
    return a ? this.items.splice(this.items.indexOf(a), 1).length > 0 : !1;
  }
  get(t, a) {
    const s = yr(this.items, t)?.value;
    return (!a && V(s) ? s.value : s) ?? void 0;
  }
  has(t) {
    return !!yr(this.items, t);
  }
  set(t, a) {
    this.add(new le(t, a), !0);
  }
  toJSON(t, a, r) {
    const s = r ? new r() : a?.mapAsMap ? new Map() : {};
    a?.onCreate && a.onCreate(s);
    for (const o of this.items) Ll(a, s, o);
    return s;
  }
  toString(t, a, r) {
    if (!t) return JSON.stringify(this);
    for (const s of this.items)
      if (!z(s)) throw new Error(`Map items must all be pairs; found ${JSON.stringify(s)} instead`);
    return (
      !t.allNullValues && this.hasAllNullValues(!1) && (t = Object.assign({}, t, { allNullValues: !0 })),
      Ml(this, t, {
        blockItemPrefix: '',
        flowChars: { start: '{', end: '}' },
        itemIndent: t.indent || '',
        onChompKeep: r,
        onComment: a,
      })
    );
  }
};
var dt = {
  collection: 'map',
  default: !0,
  nodeClass: ye,
  tag: 'tag:yaml.org,2002:map',
  resolve(e, t) {
    return (Je(e) || t('Expected a mapping for this tag'), e);
  },
  createNode: (e, t, a) => ye.from(e, t, a),
};
var Pe = class extends As {
  static get tagName() {
    return 'tag:yaml.org,2002:seq';
  }
  constructor(t) {
    super(jt, t), (this.items = []);
  }
  add(t) {
    this.items.push(t);
  }
  delete(t) {
    const a = Gl(t);
    return typeof a != 'number' ? !1 : this.items.splice(a, 1).length > 0;
  }
  get(t, a) {
    const r = Gl(t);
    if (typeof r != 'number') return;
    const s = this.items[r];
    return !a && V(s) ? s.value : s;
  }
  has(t) {
    const a = Gl(t);
    return typeof a == 'number' && a < this.items.length;
  }
  set(t, a) {
    const r = Gl(t);
    if (typeof r != 'number') throw new Error(`Expected a valid index, not ${t}.`);
    const s = this.items[r];
    V(s) && Tl(a) ? (s.value = a) : (this.items[r] = a);
  }
  toJSON(t, a) {
    const r = [];
    a?.onCreate && a.onCreate(r);
    let s = 0;
    for (const o of this.items) r.push(Re(o, String(s++), a));
    return r;
  }
  toString(t, a, r) {
    return t
      ? Ml(this, t, {
          blockItemPrefix: '- ',
          flowChars: { start: '[', end: ']' },
          itemIndent: (t.indent || '') + '  ',
          onChompKeep: r,
          onComment: a,
        })
      : JSON.stringify(this);
  }
  static from(t, a, r) {
    const { replacer: s } = r,
      o = new this(t);
    if (a && Symbol.iterator in Object(a)) {
      let n = 0;
      for (let c of a) {
        if (typeof s == 'function') {
          const i = a instanceof Set ? c : String(n++);
          c = s.call(a, i, c);
        }
        o.items.push(Zt(c, void 0, r));
      }
    }
    return o;
  }
};
function Gl(e) {
  let t = V(e) ? e.value : e;
  return (
    t && typeof t == 'string' && (t = Number(t)),
    typeof t == 'number' && Number.isInteger(t) && t >= 0 ? t : null
  );
}
var yt = {
  collection: 'seq',
  default: !0,
  nodeClass: Pe,
  tag: 'tag:yaml.org,2002:seq',
  resolve(e, t) {
    return (lt(e) || t('Expected a sequence for this tag'), e);
  },
  createNode: (e, t, a) => Pe.from(e, t, a),
};
var Nr = {
  identify: (e) => typeof e == 'string',
  default: !0,
  tag: 'tag:yaml.org,2002:str',
  resolve: (e) => e,
  stringify(e, t, a, r) {
    return ((t = Object.assign({ actualString: !0 }, t)), Ur(e, t, a, r));
  },
};
var zr = {
  identify: (e) => e == null,
  createNode: () => new w(null),
  default: !0,
  tag: 'tag:yaml.org,2002:null',
  test: /^(?:~|[Nn]ull|NULL)?$/,
  resolve: () => new w(null),
  stringify: ({ source: e }, t) => (typeof e == 'string' && zr.test.test(e) ? e : t.options.nullStr),
};
var Co = {
  identify: (e) => typeof e == 'boolean',
  default: !0,
  tag: 'tag:yaml.org,2002:bool',
  test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  resolve: (e) => new w(e[0] === 't' || e[0] === 'T'),
  stringify({ source: e, value: t }, a) {
    if (e && Co.test.test(e)) {
      const r = e[0] === 't' || e[0] === 'T';
      if (t === r) return e;
    }
    return t ? a.options.trueStr : a.options.falseStr;
  },
};
function be({ format: e, minFractionDigits: t, tag: a, value: r }) {
  if (typeof r == 'bigint') return String(r);
  const s = typeof r == 'number' ? r : Number(r);
  if (!isFinite(s)) return isNaN(s) ? '.nan' : s < 0 ? '-.inf' : '.inf';
  let o = Object.is(r, -0) ? '-0' : JSON.stringify(r);
  if (!e && t && (!a || a === 'tag:yaml.org,2002:float') && /^-?\d/.test(o) && !o.includes('e')) {
    let n = o.indexOf('.');
    n < 0 && ((n = o.length), (o += '.'));
    let c = t - (o.length - n - 1);
    for (; c-- > 0; ) o += '0';
  }
  return o;
}
var kl = {
    identify: (e) => typeof e == 'number',
    default: !0,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (e) =>
      e.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : e[0] === '-'
          ? Number.NEGATIVE_INFINITY
          : Number.POSITIVE_INFINITY,
    stringify: be,
  },
  Ol = {
    identify: (e) => typeof e == 'number',
    default: !0,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: (e) => parseFloat(e),
    stringify(e) {
      const t = Number(e.value);
      return isFinite(t) ? t.toExponential() : be(e);
    },
  },
  Vl = {
    identify: (e) => typeof e == 'number',
    default: !0,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(e) {
      const t = new w(parseFloat(e)),
        a = e.indexOf('.');
      return (a !== -1 && e[e.length - 1] === '0' && (t.minFractionDigits = e.length - a - 1), t);
    },
    stringify: be,
  };
var Fl = (e) => typeof e == 'bigint' || Number.isInteger(e),
  iN = (e, t, a, { intAsBigInt: r }) => (r ? BigInt(e) : parseInt(e.substring(t), a));
function Xh(e, t, a) {
  const { value: r } = e;
  return Fl(r) && r >= 0 ? a + r.toString(t) : be(e);
}
var ql = {
    identify: (e) => Fl(e) && e >= 0,
    default: !0,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (e, t, a) => iN(e, 2, 8, a),
    stringify: (e) => Xh(e, 8, '0o'),
  },
  Bl = {
    identify: Fl,
    default: !0,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (e, t, a) => iN(e, 0, 10, a),
    stringify: be,
  },
  Ul = {
    identify: (e) => Fl(e) && e >= 0,
    default: !0,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (e, t, a) => iN(e, 2, 16, a),
    stringify: (e) => Xh(e, 16, '0x'),
  };
var eA = [dt, yt, Nr, zr, Co, ql, Bl, Ul, kl, Ol, Vl];
function tA(e) {
  return typeof e == 'bigint' || Number.isInteger(e);
}
var zl = ({ value: e }) => JSON.stringify(e),
  u7 = [
    {
      identify: (e) => typeof e == 'string',
      default: !0,
      tag: 'tag:yaml.org,2002:str',
      resolve: (e) => e,
      stringify: zl,
    },
    {
      identify: (e) => e == null,
      createNode: () => new w(null),
      default: !0,
      tag: 'tag:yaml.org,2002:null',
      test: /^null$/,
      resolve: () => null,
      stringify: zl,
    },
    {
      identify: (e) => typeof e == 'boolean',
      default: !0,
      tag: 'tag:yaml.org,2002:bool',
      test: /^true$|^false$/,
      resolve: (e) => e === 'true',
      stringify: zl,
    },
    {
      identify: tA,
      default: !0,
      tag: 'tag:yaml.org,2002:int',
      test: /^-?(?:0|[1-9][0-9]*)$/,
      resolve: (e, t, { intAsBigInt: a }) => (a ? BigInt(e) : parseInt(e, 10)),
      stringify: ({ value: e }) => (tA(e) ? e.toString() : JSON.stringify(e)),
    },
    {
      identify: (e) => typeof e == 'number',
      default: !0,
      tag: 'tag:yaml.org,2002:float',
      test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
      resolve: (e) => parseFloat(e),
      stringify: zl,
    },
  ],
  l7 = {
    default: !0,
    tag: '',
    test: /^/,
    resolve(e, t) {
      return (t(`Unresolved plain scalar ${JSON.stringify(e)}`), e);
    },
  },
  aA = [dt, yt].concat(u7, l7);
var To = {
  identify: (e) => e instanceof Uint8Array,
  default: !1,
  tag: 'tag:yaml.org,2002:binary',
  resolve(e, t) {
    if (typeof Buffer == 'function') return Buffer.from(e, 'base64');
    if (typeof atob == 'function') {
      const a = atob(e.replace(/[\n\r]/g, '')),
        r = new Uint8Array(a.length);
      for (let s = 0; s < a.length; ++s) r[s] = a.charCodeAt(s);
      return r;
    } else
      return (
        t('This environment does not support reading binary tags; either Buffer or atob is required'), e
      );
  },
  stringify({ comment: e, type: t, value: a }, r, s, o) {
    if (!a) return '';
    let n = a,
      c;
    if (typeof Buffer == 'function')
      c = n instanceof Buffer ? n.toString('base64') : Buffer.from(n.buffer).toString('base64');
    else if (typeof btoa == 'function') {
      let i = '';
      for (let m = 0; m < n.length; ++m) i += String.fromCharCode(n[m]);
      c = btoa(i);
    } else
      throw new Error(
        'This environment does not support writing binary tags; either Buffer or btoa is required',
      );
    if ((t ?? (t = w.BLOCK_LITERAL), t !== w.QUOTE_DOUBLE)) {
      const i = Math.max(r.options.lineWidth - r.indent.length, r.options.minContentWidth),
        m = Math.ceil(c.length / i),
        u = new Array(m);
      for (let l = 0, p = 0; l < m; ++l, p += i) u[l] = c.substr(p, i);
      c = u.join(
        t === w.BLOCK_LITERAL
          ? `
`
          : ' ',
      );
    }
    return Ur({ comment: e, type: t, value: c }, r, s, o);
  },
};
function mN(e, t) {
  if (lt(e))
    for (let a = 0; a < e.items.length; ++a) {
      let r = e.items[a];
      if (!z(r)) {
        if (Je(r)) {
          r.items.length > 1 && t('Each pair must have its own sequence indicator');
          const s = r.items[0] || new le(new w(null));
          if (
            (r.commentBefore &&
              (s.key.commentBefore = s.key.commentBefore
                ? `${r.commentBefore}
${s.key.commentBefore}`
                : r.commentBefore),
            r.comment)
          ) {
            const o = s.value ?? s.key;
            o.comment = o.comment
              ? `${r.comment}
${o.comment}`
              : r.comment;
          }
          r = s;
        }
        e.items[a] = z(r) ? r : new le(r);
      }
    }
  else t('Expected a sequence for this tag');
  return e;
}
function uN(e, t, a) {
  const { replacer: r } = a,
    s = new Pe(e);
  s.tag = 'tag:yaml.org,2002:pairs';
  let o = 0;
  if (t && Symbol.iterator in Object(t))
    for (let n of t) {
      typeof r == 'function' && (n = r.call(t, String(o++), n));
      let c, i;
      if (Array.isArray(n))
        if (n.length === 2) (c = n[0]), (i = n[1]);
        else throw new TypeError(`Expected [key, value] tuple: ${n}`);
      else if (n && n instanceof Object) {
        const m = Object.keys(n);
        if (m.length === 1) (c = m[0]), (i = n[c]);
        else throw new TypeError(`Expected tuple with one key, not ${m.length} keys`);
      } else c = n;
      s.items.push(Ds(c, i, a));
    }
  return s;
}
var Do = { collection: 'seq', default: !1, tag: 'tag:yaml.org,2002:pairs', resolve: mN, createNode: uN };
var Ps = class e extends Pe {
  constructor() {
    super(),
      (this.add = ye.prototype.add.bind(this)),
      (this.delete = ye.prototype.delete.bind(this)),
      (this.get = ye.prototype.get.bind(this)),
      (this.has = ye.prototype.has.bind(this)),
      (this.set = ye.prototype.set.bind(this)),
      (this.tag = e.tag);
  }
  toJSON(t, a) {
    if (!a) return super.toJSON(t);
    const r = new Map();
    a?.onCreate && a.onCreate(r);
    for (const s of this.items) {
      let o, n;
      if ((z(s) ? ((o = Re(s.key, '', a)), (n = Re(s.value, o, a))) : (o = Re(s, '', a)), r.has(o)))
        throw new Error('Ordered maps must not include duplicate keys');
      r.set(o, n);
    }
    return r;
  }
  static from(t, a, r) {
    const s = uN(t, a, r),
      o = new this();
    return ((o.items = s.items), o);
  }
};
Ps.tag = 'tag:yaml.org,2002:omap';
var Po = {
  collection: 'seq',
  identify: (e) => e instanceof Map,
  nodeClass: Ps,
  default: !1,
  tag: 'tag:yaml.org,2002:omap',
  resolve(e, t) {
    const a = mN(e, t),
      r = [];
    for (const { key: s } of a.items)
      V(s) &&
        (r.includes(s.value)
          ? t(`Ordered maps must not include duplicate keys: ${s.value}`)
          : r.push(s.value));
    return Object.assign(new Ps(), a);
  },
  createNode: (e, t, a) => Ps.from(e, t, a),
};
function rA({ value: e, source: t }, a) {
  return t && (e ? lN : pN).test.test(t) ? t : e ? a.options.trueStr : a.options.falseStr;
}
var lN = {
    identify: (e) => e === !0,
    default: !0,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new w(!0),
    stringify: rA,
  },
  pN = {
    identify: (e) => e === !1,
    default: !0,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new w(!1),
    stringify: rA,
  };
var sA = {
    identify: (e) => typeof e == 'number',
    default: !0,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (e) =>
      e.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : e[0] === '-'
          ? Number.NEGATIVE_INFINITY
          : Number.POSITIVE_INFINITY,
    stringify: be,
  },
  oA = {
    identify: (e) => typeof e == 'number',
    default: !0,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (e) => parseFloat(e.replace(/_/g, '')),
    stringify(e) {
      const t = Number(e.value);
      return isFinite(t) ? t.toExponential() : be(e);
    },
  },
  nA = {
    identify: (e) => typeof e == 'number',
    default: !0,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(e) {
      const t = new w(parseFloat(e.replace(/_/g, ''))),
        a = e.indexOf('.');
      if (a !== -1) {
        const r = e.substring(a + 1).replace(/_/g, '');
        r[r.length - 1] === '0' && (t.minFractionDigits = r.length);
      }
      return t;
    },
    stringify: be,
  };
var bo = (e) => typeof e == 'bigint' || Number.isInteger(e);
function Hl(e, t, a, { intAsBigInt: r }) {
  const s = e[0];
  if (((s === '-' || s === '+') && (t += 1), (e = e.substring(t).replace(/_/g, '')), r)) {
    switch (a) {
      case 2:
        e = `0b${e}`;
        break;
      case 8:
        e = `0o${e}`;
        break;
      case 16:
        e = `0x${e}`;
        break;
    }
    const n = BigInt(e);
    return s === '-' ? BigInt(-1) * n : n;
  }
  const o = parseInt(e, a);
  return s === '-' ? -1 * o : o;
}
function dN(e, t, a) {
  const { value: r } = e;
  if (bo(r)) {
    const s = r.toString(t);
    return r < 0 ? '-' + a + s.substr(1) : a + s;
  }
  return be(e);
}
var cA = {
    identify: bo,
    default: !0,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (e, t, a) => Hl(e, 2, 2, a),
    stringify: (e) => dN(e, 2, '0b'),
  },
  iA = {
    identify: bo,
    default: !0,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (e, t, a) => Hl(e, 1, 8, a),
    stringify: (e) => dN(e, 8, '0'),
  },
  mA = {
    identify: bo,
    default: !0,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (e, t, a) => Hl(e, 0, 10, a),
    stringify: be,
  },
  uA = {
    identify: bo,
    default: !0,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (e, t, a) => Hl(e, 2, 16, a),
    stringify: (e) => dN(e, 16, '0x'),
  };
var bs = class e extends ye {
  constructor(t) {
    super(t), (this.tag = e.tag);
  }
  add(t) {
    let a;
    z(t)
      ? (a = t)
      : t && typeof t == 'object' && 'key' in t && 'value' in t && t.value === null
        ? (a = new le(t.key, null))
        : (a = new le(t, null)),
      yr(this.items, a.key) || this.items.push(a);
  }
  get(t, a) {
    const r = yr(this.items, t);
    return !a && z(r) ? (V(r.key) ? r.key.value : r.key) : r;
  }
  set(t, a) {
    if (typeof a != 'boolean')
      throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof a}`);
    const r = yr(this.items, t);
    r && !a ? this.items.splice(this.items.indexOf(r), 1) : !r && a && this.items.push(new le(t));
  }
  toJSON(t, a) {
    return super.toJSON(t, a, Set);
  }
  toString(t, a, r) {
    if (!t) return JSON.stringify(this);
    if (this.hasAllNullValues(!0)) return super.toString(Object.assign({}, t, { allNullValues: !0 }), a, r);
    throw new Error('Set items must all have null values');
  }
  static from(t, a, r) {
    const { replacer: s } = r,
      o = new this(t);
    if (a && Symbol.iterator in Object(a))
      for (let n of a) typeof s == 'function' && (n = s.call(a, n, n)), o.items.push(Ds(n, null, r));
    return o;
  }
};
bs.tag = 'tag:yaml.org,2002:set';
var Eo = {
  collection: 'map',
  identify: (e) => e instanceof Set,
  nodeClass: bs,
  default: !1,
  tag: 'tag:yaml.org,2002:set',
  createNode: (e, t, a) => bs.from(e, t, a),
  resolve(e, t) {
    if (Je(e)) {
      if (e.hasAllNullValues(!0)) return Object.assign(new bs(), e);
      t('Set items must all have null values');
    } else t('Expected a mapping for this tag');
    return e;
  },
};
function yN(e, t) {
  const a = e[0],
    r = a === '-' || a === '+' ? e.substring(1) : e,
    s = (n) => (t ? BigInt(n) : Number(n)),
    o = r
      .replace(/_/g, '')
      .split(':')
      .reduce((n, c) => n * s(60) + s(c), s(0));
  return a === '-' ? s(-1) * o : o;
}
function lA(e) {
  let { value: t } = e,
    a = (n) => n;
  if (typeof t == 'bigint') a = (n) => BigInt(n);
  else if (isNaN(t) || !isFinite(t)) return be(e);
  let r = '';
  t < 0 && ((r = '-'), (t *= a(-1)));
  const s = a(60),
    o = [t % s];
  return (
    t < 60
      ? o.unshift(0)
      : ((t = (t - o[0]) / s), o.unshift(t % s), t >= 60 && ((t = (t - o[0]) / s), o.unshift(t))),
    r +
      o
        .map((n) => String(n).padStart(2, '0'))
        .join(':')
        .replace(/000000\d*$/, '')
  );
}
var jl = {
    identify: (e) => typeof e == 'bigint' || Number.isInteger(e),
    default: !0,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (e, t, { intAsBigInt: a }) => yN(e, a),
    stringify: lA,
  },
  Wl = {
    identify: (e) => typeof e == 'number',
    default: !0,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: (e) => yN(e, !1),
    stringify: lA,
  },
  Es = {
    identify: (e) => e instanceof Date,
    default: !0,
    tag: 'tag:yaml.org,2002:timestamp',
    test: /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\.[0-9]+)?)(?:[ \t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/,
    resolve(e) {
      const t = e.match(Es.test);
      if (!t) throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
      let [, a, r, s, o, n, c] = t.map(Number),
        i = t[7] ? Number((t[7] + '00').substr(1, 3)) : 0,
        m = Date.UTC(a, r - 1, s, o || 0, n || 0, c || 0, i),
        u = t[8];
      if (u && u !== 'Z') {
        let l = yN(u, !1);
        Math.abs(l) < 30 && (l *= 60), (m -= 6e4 * l);
      }
      return new Date(m);
    },
    stringify: ({ value: e }) => e?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? '',
  };
var NN = [dt, yt, Nr, zr, lN, pN, cA, iA, mA, uA, sA, oA, nA, To, pt, Po, Do, Eo, jl, Wl, Es];
var pA = new Map([
    ['core', eA],
    ['failsafe', [dt, yt, Nr]],
    ['json', aA],
    ['yaml11', NN],
    ['yaml-1.1', NN],
  ]),
  dA = {
    binary: To,
    bool: Co,
    float: Vl,
    floatExp: Ol,
    floatNaN: kl,
    floatTime: Wl,
    int: Bl,
    intHex: Ul,
    intOct: ql,
    intTime: jl,
    map: dt,
    merge: pt,
    null: zr,
    omap: Po,
    pairs: Do,
    seq: yt,
    set: Eo,
    timestamp: Es,
  },
  yA = {
    'tag:yaml.org,2002:binary': To,
    'tag:yaml.org,2002:merge': pt,
    'tag:yaml.org,2002:omap': Po,
    'tag:yaml.org,2002:pairs': Do,
    'tag:yaml.org,2002:set': Eo,
    'tag:yaml.org,2002:timestamp': Es,
  };
function Zl(e, t, a) {
  const r = pA.get(t);
  if (r && !e) return a && !r.includes(pt) ? r.concat(pt) : r.slice();
  let s = r;
  if (!s)
    if (Array.isArray(e)) s = [];
    else {
      const o = Array.from(pA.keys())
        .filter((n) => n !== 'yaml11')
        .map((n) => JSON.stringify(n))
        .join(', ');
      throw new Error(`Unknown schema "${t}"; use one of ${o} or define customTags array`);
    }
  if (Array.isArray(e)) for (const o of e) s = s.concat(o);
  else typeof e == 'function' && (s = e(s.slice()));
  return (
    a && (s = s.concat(pt)),
    s.reduce((o, n) => {
      const c = typeof n == 'string' ? dA[n] : n;
      if (!c) {
        const i = JSON.stringify(n),
          m = Object.keys(dA)
            .map((u) => JSON.stringify(u))
            .join(', ');
        throw new Error(`Unknown custom tag ${i}; use one of ${m}`);
      }
      return (o.includes(c) || o.push(c), o);
    }, [])
  );
}
var p7 = (e, t) => (e.key < t.key ? -1 : e.key > t.key ? 1 : 0),
  $o = class e {
    constructor({
      compat: t,
      customTags: a,
      merge: r,
      resolveKnownTags: s,
      schema: o,
      sortMapEntries: n,
      toStringDefaults: c,
    }) {
      (this.compat = Array.isArray(t) ? Zl(t, 'compat') : t ? Zl(null, t) : null),
        (this.name = (typeof o == 'string' && o) || 'core'),
        (this.knownTags = s ? yA : {}),
        (this.tags = Zl(a, this.name, r)),
        (this.toStringOptions = c ?? null),
        Object.defineProperty(this, ut, { value: dt }),
        Object.defineProperty(this, Ze, { value: Nr }),
        Object.defineProperty(this, jt, { value: yt }),
        (this.sortMapEntries = typeof n == 'function' ? n : n === !0 ? p7 : null);
    }
    clone() {
      const t = Object.create(e.prototype, Object.getOwnPropertyDescriptors(this));
      return ((t.tags = this.tags.slice()), t);
    }
  };
function NA(e, t) {
  let a = [],
    r = t.directives === !0;
  if (t.directives !== !1 && e.directives) {
    const i = e.directives.toString(e);
    i ? (a.push(i), (r = !0)) : e.directives.docStart && (r = !0);
  }
  r && a.push('---');
  const s = $l(e, t),
    { commentString: o } = s.options;
  if (e.commentBefore) {
    a.length !== 1 && a.unshift('');
    const i = o(e.commentBefore);
    a.unshift(rt(i, ''));
  }
  let n = !1,
    c = null;
  if (e.contents) {
    if (H(e.contents)) {
      if ((e.contents.spaceBefore && r && a.push(''), e.contents.commentBefore)) {
        const u = o(e.contents.commentBefore);
        a.push(rt(u, ''));
      }
      (s.forceBlockIndent = !!e.comment), (c = e.contents.comment);
    }
    let i = c ? void 0 : () => (n = !0),
      m = Kt(e.contents, s, () => (c = null), i);
    c && (m += Dt(m, '', o(c))),
      (m[0] === '|' || m[0] === '>') && a[a.length - 1] === '---'
        ? (a[a.length - 1] = `--- ${m}`)
        : a.push(m);
  } else a.push(Kt(e.contents, s));
  if (e.directives?.docEnd)
    if (e.comment) {
      const i = o(e.comment);
      i.includes(`
`)
        ? (a.push('...'), a.push(rt(i, '')))
        : a.push(`... ${i}`);
    } else a.push('...');
  else {
    let i = e.comment;
    i && n && (i = i.replace(/^\n+/, '')),
      i && ((!n || c) && a[a.length - 1] !== '' && a.push(''), a.push(rt(o(i), '')));
  }
  return (
    a.join(`
`) +
    `
`
  );
}
var xr = class e {
  constructor(t, a, r) {
    (this.commentBefore = null),
      (this.comment = null),
      (this.errors = []),
      (this.warnings = []),
      Object.defineProperty(this, $e, { value: vl });
    let s = null;
    typeof a == 'function' || Array.isArray(a) ? (s = a) : r === void 0 && a && ((r = a), (a = void 0));
    const o = Object.assign(
      {
        intAsBigInt: !1,
        keepSourceTokens: !1,
        logLevel: 'warn',
        prettyErrors: !0,
        strict: !0,
        stringKeys: !1,
        uniqueKeys: !0,
        version: '1.2',
      },
      r,
    );
    this.options = o;
    let { version: n } = o;
    r?._directives
      ? ((this.directives = r._directives.atDocument()),
        this.directives.yaml.explicit && (n = this.directives.yaml.version))
      : (this.directives = new Tt({ version: n })),
      this.setSchema(n, r),
      (this.contents = t === void 0 ? null : this.createNode(t, s, r));
  }
  clone() {
    const t = Object.create(e.prototype, { [$e]: { value: vl } });
    return (
      (t.commentBefore = this.commentBefore),
      (t.comment = this.comment),
      (t.errors = this.errors.slice()),
      (t.warnings = this.warnings.slice()),
      (t.options = Object.assign({}, this.options)),
      this.directives && (t.directives = this.directives.clone()),
      (t.schema = this.schema.clone()),
      (t.contents = H(this.contents) ? this.contents.clone(t.schema) : this.contents),
      this.range && (t.range = this.range.slice()),
      t
    );
  }
  add(t) {
    $s(this.contents) && this.contents.add(t);
  }
  addIn(t, a) {
    $s(this.contents) && this.contents.addIn(t, a);
  }
  createAlias(t, a) {
    if (!t.anchor) {
      const r = eN(this);
      t.anchor = !a || r.has(a) ? tN(a || 'a', r) : a;
    }
    return new Wt(t.anchor);
  }
  createNode(t, a, r) {
    let s;
    if (typeof a == 'function') (t = a.call({ '': t }, '', t)), (s = a);
    else if (Array.isArray(a)) {
      const f = (g) => typeof g == 'number' || g instanceof String || g instanceof Number,
        A = a.filter(f).map(String);
      A.length > 0 && (a = a.concat(A)), (s = a);
    } else r === void 0 && a && ((r = a), (a = void 0));
    const {
        aliasDuplicateObjects: o,
        anchorPrefix: n,
        flow: c,
        keepUndefined: i,
        onTagObj: m,
        tag: u,
      } = r ?? {},
      { onAnchor: l, setAnchors: p, sourceObjects: d } = jh(this, n || 'a'),
      x = {
        aliasDuplicateObjects: o ?? !0,
        keepUndefined: i ?? !1,
        onAnchor: l,
        onTagObj: m,
        replacer: s,
        schema: this.schema,
        sourceObjects: d,
      },
      N = Zt(t, u, x);
    return (c && K(N) && (N.flow = !0), p(), N);
  }
  createPair(t, a, r = {}) {
    const s = this.createNode(t, null, r),
      o = this.createNode(a, null, r);
    return new le(s, o);
  }
  delete(t) {
    return $s(this.contents) ? this.contents.delete(t) : !1;
  }
  deleteIn(t) {
    return Cs(t)
      ? this.contents == null
        ? !1
        : ((this.contents = null), !0)
      : $s(this.contents)
        ? this.contents.deleteIn(t)
        : !1;
  }
  get(t, a) {
    return K(this.contents) ? this.contents.get(t, a) : void 0;
  }
  getIn(t, a) {
    return Cs(t)
      ? !a && V(this.contents)
        ? this.contents.value
        : this.contents
      : K(this.contents)
        ? this.contents.getIn(t, a)
        : void 0;
  }
  has(t) {
    return K(this.contents) ? this.contents.has(t) : !1;
  }
  hasIn(t) {
    return Cs(t) ? this.contents !== void 0 : K(this.contents) ? this.contents.hasIn(t) : !1;
  }
  set(t, a) {
    this.contents == null
      ? (this.contents = vo(this.schema, [t], a))
      : $s(this.contents) && this.contents.set(t, a);
  }
  setIn(t, a) {
    Cs(t)
      ? (this.contents = a)
      : this.contents == null
        ? (this.contents = vo(this.schema, Array.from(t), a))
        : $s(this.contents) && this.contents.setIn(t, a);
  }
  setSchema(t, a = {}) {
    typeof t == 'number' && (t = String(t));
    let r;
    switch (t) {
      case '1.1':
        this.directives
          ? (this.directives.yaml.version = '1.1')
          : (this.directives = new Tt({ version: '1.1' })),
          (r = { resolveKnownTags: !1, schema: 'yaml-1.1' });
        break;
      case '1.2':
      case 'next':
        this.directives ? (this.directives.yaml.version = t) : (this.directives = new Tt({ version: t })),
          (r = { resolveKnownTags: !0, schema: 'core' });
        break;
      case null:
        this.directives && delete this.directives, (r = null);
        break;
      default: {
        const s = JSON.stringify(t);
        throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${s}`);
      }
    }
    if (a.schema instanceof Object) this.schema = a.schema;
    else if (r) this.schema = new $o(Object.assign(r, a));
    else throw new Error('With a null YAML version, the { schema: Schema } option is required');
  }
  toJS({ json: t, jsonArg: a, mapAsMap: r, maxAliasCount: s, onAnchor: o, reviver: n } = {}) {
    const c = {
        anchors: new Map(),
        doc: this,
        keep: !t,
        mapAsMap: r === !0,
        mapKeyWarned: !1,
        maxAliasCount: typeof s == 'number' ? s : 100,
      },
      i = Re(this.contents, a ?? '', c);
    if (typeof o == 'function') for (const { count: m, res: u } of c.anchors.values()) o(u, m);
    return typeof n == 'function' ? pr(n, { '': i }, '', i) : i;
  }
  toJSON(t, a) {
    return this.toJS({ json: !0, jsonArg: t, mapAsMap: !1, onAnchor: a });
  }
  toString(t = {}) {
    if (this.errors.length > 0) throw new Error('Document with errors cannot be stringified');
    if ('indent' in t && (!Number.isInteger(t.indent) || Number(t.indent) <= 0)) {
      const a = JSON.stringify(t.indent);
      throw new Error(`"indent" option must be a positive integer, not ${a}`);
    }
    return NA(this, t);
  }
};
function $s(e) {
  if (K(e)) return !0;
  throw new Error('Expected a YAML collection as document contents');
}
var wo = class extends Error {
    constructor(t, a, r, s) {
      super(), (this.name = t), (this.code = r), (this.message = s), (this.pos = a);
    }
  },
  Nt = class extends wo {
    constructor(t, a, r) {
      super('YAMLParseError', t, a, r);
    }
  },
  Lo = class extends wo {
    constructor(t, a, r) {
      super('YAMLWarning', t, a, r);
    }
  },
  xN = (e, t) => (a) => {
    if (a.pos[0] === -1) return;
    a.linePos = a.pos.map((c) => t.linePos(c));
    const { line: r, col: s } = a.linePos[0];
    a.message += ` at line ${r}, column ${s}`;
    let o = s - 1,
      n = e.substring(t.lineStarts[r - 1], t.lineStarts[r]).replace(/[\n\r]+$/, '');
    if (o >= 60 && n.length > 80) {
      const c = Math.min(o - 39, n.length - 79);
      (n = '\u2026' + n.substring(c)), (o -= c - 1);
    }
    if ((n.length > 80 && (n = n.substring(0, 79) + '\u2026'), r > 1 && /^ *$/.test(n.substring(0, o)))) {
      let c = e.substring(t.lineStarts[r - 2], t.lineStarts[r - 1]);
      c.length > 80 &&
        (c =
          c.substring(0, 79) +
          `\u2026
`),
        (n = c + n);
    }
    if (/[^ ]/.test(n)) {
      let c = 1,
        i = a.linePos[1];
      i?.line === r && i.col > s && (c = Math.max(1, Math.min(i.col - s, 80 - o)));
      const m = ' '.repeat(o) + '^'.repeat(c);
      a.message += `:

${n}
${m}
`;
    }
  };
function Pt(
  e,
  { flow: t, indicator: a, next: r, offset: s, onError: o, parentIndent: n, startOnNewline: c },
) {
  let i = !1,
    m = c,
    u = c,
    l = '',
    p = '',
    d = !1,
    x = !1,
    N = null,
    f = null,
    A = null,
    g = null,
    T = null,
    b = null,
    D = null;
  for (const E of e)
    switch (
      (x &&
        (E.type !== 'space' &&
          E.type !== 'newline' &&
          E.type !== 'comma' &&
          o(
            E.offset,
            'MISSING_CHAR',
            'Tags and anchors must be separated from the next token by white space',
          ),
        (x = !1)),
      N &&
        (m &&
          E.type !== 'comment' &&
          E.type !== 'newline' &&
          o(N, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation'),
        (N = null)),
      E.type)
    ) {
      case 'space':
        !t && (a !== 'doc-start' || r?.type !== 'flow-collection') && E.source.includes('	') && (N = E),
          (u = !0);
        break;
      case 'comment': {
        u || o(E, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
        const ue = E.source.substring(1) || ' ';
        l ? (l += p + ue) : (l = ue), (p = ''), (m = !1);
        break;
      }
      case 'newline':
        m ? (l ? (l += E.source) : (!b || a !== 'seq-item-ind') && (i = !0)) : (p += E.source),
          (m = !0),
          (d = !0),
          (f || A) && (g = E),
          (u = !0);
        break;
      case 'anchor':
        f && o(E, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor'),
          E.source.endsWith(':') &&
            o(E.offset + E.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', !0),
          (f = E),
          D ?? (D = E.offset),
          (m = !1),
          (u = !1),
          (x = !0);
        break;
      case 'tag': {
        A && o(E, 'MULTIPLE_TAGS', 'A node can have at most one tag'),
          (A = E),
          D ?? (D = E.offset),
          (m = !1),
          (u = !1),
          (x = !0);
        break;
      }
      case a:
        (f || A) && o(E, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${E.source} indicator`),
          b && o(E, 'UNEXPECTED_TOKEN', `Unexpected ${E.source} in ${t ?? 'collection'}`),
          (b = E),
          (m = a === 'seq-item-ind' || a === 'explicit-key-ind'),
          (u = !1);
        break;
      case 'comma':
        if (t) {
          T && o(E, 'UNEXPECTED_TOKEN', `Unexpected , in ${t}`), (T = E), (m = !1), (u = !1);
          break;
        }
      default:
        o(E, 'UNEXPECTED_TOKEN', `Unexpected ${E.type} token`), (m = !1), (u = !1);
    }
  const P = e[e.length - 1],
    B = P ? P.offset + P.source.length : s;
  return (
    x &&
      r &&
      r.type !== 'space' &&
      r.type !== 'newline' &&
      r.type !== 'comma' &&
      (r.type !== 'scalar' || r.source !== '') &&
      o(r.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space'),
    N &&
      ((m && N.indent <= n) || r?.type === 'block-map' || r?.type === 'block-seq') &&
      o(N, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation'),
    {
      comma: T,
      found: b,
      spaceBefore: i,
      comment: l,
      hasNewline: d,
      anchor: f,
      tag: A,
      newlineAfterProp: g,
      end: B,
      start: D ?? B,
    }
  );
}
function fr(e) {
  if (!e) return null;
  switch (e.type) {
    case 'alias':
    case 'scalar':
    case 'double-quoted-scalar':
    case 'single-quoted-scalar':
      if (
        e.source.includes(`
`)
      )
        return !0;
      if (e.end) {
        for (const t of e.end) if (t.type === 'newline') return !0;
      }
      return !1;
    case 'flow-collection':
      for (const t of e.items) {
        for (const a of t.start) if (a.type === 'newline') return !0;
        if (t.sep) {
          for (const a of t.sep) if (a.type === 'newline') return !0;
        }
        if (fr(t.key) || fr(t.value)) return !0;
      }
      return !1;
    default:
      return !0;
  }
}
function Qo(e, t, a) {
  if (t?.type === 'flow-collection') {
    const r = t.end[0];
    r.indent === e &&
      (r.source === ']' || r.source === '}') &&
      fr(t) &&
      a(r, 'BAD_INDENT', 'Flow end indicator should be more indented than parent', !0);
  }
}
function Kl(e, t, a) {
  const { uniqueKeys: r } = e.options;
  if (r === !1) return !1;
  const s = typeof r == 'function' ? r : (o, n) => o === n || (V(o) && V(n) && o.value === n.value);
  return t.some((o) => s(o.key, a));
}
var xA = 'All mapping items must start at the same column';
function fA({ composeNode: e, composeEmptyNode: t }, a, r, s, o) {
  const n = o?.nodeClass ?? ye,
    c = new n(a.schema);
  a.atRoot && (a.atRoot = !1);
  let i = r.offset,
    m = null;
  for (const u of r.items) {
    const { start: l, key: p, sep: d, value: x } = u,
      N = Pt(l, {
        indicator: 'explicit-key-ind',
        next: p ?? d?.[0],
        offset: i,
        onError: s,
        parentIndent: r.indent,
        startOnNewline: !0,
      }),
      f = !N.found;
    if (f) {
      if (
        (p &&
          (p.type === 'block-seq'
            ? s(i, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key')
            : 'indent' in p && p.indent !== r.indent && s(i, 'BAD_INDENT', xA)),
        !N.anchor && !N.tag && !d)
      ) {
        (m = N.end),
          N.comment &&
            (c.comment
              ? (c.comment +=
                  `
` + N.comment)
              : (c.comment = N.comment));
        continue;
      }
      (N.newlineAfterProp || fr(p)) &&
        s(p ?? l[l.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
    } else N.found?.indent !== r.indent && s(i, 'BAD_INDENT', xA);
    a.atKey = !0;
    const A = N.end,
      g = p ? e(a, p, N, s) : t(a, A, l, null, N, s);
    a.schema.compat && Qo(r.indent, p, s),
      (a.atKey = !1),
      Kl(a, c.items, g) && s(A, 'DUPLICATE_KEY', 'Map keys must be unique');
    const T = Pt(d ?? [], {
      indicator: 'map-value-ind',
      next: x,
      offset: g.range[2],
      onError: s,
      parentIndent: r.indent,
      startOnNewline: !p || p.type === 'block-scalar',
    });
    if (((i = T.end), T.found)) {
      f &&
        (x?.type === 'block-map' &&
          !T.hasNewline &&
          s(i, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings'),
        a.options.strict &&
          N.start < T.found.offset - 1024 &&
          s(
            g.range,
            'KEY_OVER_1024_CHARS',
            'The : indicator must be at most 1024 chars after the start of an implicit block mapping key',
          ));
      const b = x ? e(a, x, T, s) : t(a, i, d, null, T, s);
      a.schema.compat && Qo(r.indent, x, s), (i = b.range[2]);
      const D = new le(g, b);
      a.options.keepSourceTokens && (D.srcToken = u), c.items.push(D);
    } else {
      f && s(g.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values'),
        T.comment &&
          (g.comment
            ? (g.comment +=
                `
` + T.comment)
            : (g.comment = T.comment));
      const b = new le(g);
      a.options.keepSourceTokens && (b.srcToken = u), c.items.push(b);
    }
  }
  return (
    m && m < i && s(m, 'IMPOSSIBLE', 'Map comment with trailing content'),
    (c.range = [r.offset, i, m ?? i]),
    c
  );
}
function RA({ composeNode: e, composeEmptyNode: t }, a, r, s, o) {
  const n = o?.nodeClass ?? Pe,
    c = new n(a.schema);
  a.atRoot && (a.atRoot = !1), a.atKey && (a.atKey = !1);
  let i = r.offset,
    m = null;
  for (const { start: u, value: l } of r.items) {
    const p = Pt(u, {
      indicator: 'seq-item-ind',
      next: l,
      offset: i,
      onError: s,
      parentIndent: r.indent,
      startOnNewline: !0,
    });
    if (!p.found)
      if (p.anchor || p.tag || l)
        l?.type === 'block-seq'
          ? s(p.end, 'BAD_INDENT', 'All sequence items must start at the same column')
          : s(i, 'MISSING_CHAR', 'Sequence item without - indicator');
      else {
        (m = p.end), p.comment && (c.comment = p.comment);
        continue;
      }
    const d = l ? e(a, l, p, s) : t(a, p.end, u, null, p, s);
    a.schema.compat && Qo(r.indent, l, s), (i = d.range[2]), c.items.push(d);
  }
  return ((c.range = [r.offset, i, m ?? i]), c);
}
function bt(e, t, a, r) {
  let s = '';
  if (e) {
    let o = !1,
      n = '';
    for (const c of e) {
      const { source: i, type: m } = c;
      switch (m) {
        case 'space':
          o = !0;
          break;
        case 'comment': {
          a &&
            !o &&
            r(c, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
          const u = i.substring(1) || ' ';
          s ? (s += n + u) : (s = u), (n = '');
          break;
        }
        case 'newline':
          s && (n += i), (o = !0);
          break;
        default:
          r(c, 'UNEXPECTED_TOKEN', `Unexpected ${m} at node end`);
      }
      t += i.length;
    }
  }
  return { comment: s, offset: t };
}
var fN = 'Block collections are not allowed within flow collections',
  RN = (e) => e && (e.type === 'block-map' || e.type === 'block-seq');
function IA({ composeNode: e, composeEmptyNode: t }, a, r, s, o) {
  const n = r.start.source === '{',
    c = n ? 'flow map' : 'flow sequence',
    i = o?.nodeClass ?? (n ? ye : Pe),
    m = new i(a.schema);
  m.flow = !0;
  const u = a.atRoot;
  u && (a.atRoot = !1), a.atKey && (a.atKey = !1);
  let l = r.offset + r.start.source.length;
  for (let f = 0; f < r.items.length; ++f) {
    const A = r.items[f],
      { start: g, key: T, sep: b, value: D } = A,
      P = Pt(g, {
        flow: c,
        indicator: 'explicit-key-ind',
        next: T ?? b?.[0],
        offset: l,
        onError: s,
        parentIndent: r.indent,
        startOnNewline: !1,
      });
    if (!P.found) {
      if (!P.anchor && !P.tag && !b && !D) {
        f === 0 && P.comma
          ? s(P.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${c}`)
          : f < r.items.length - 1 && s(P.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${c}`),
          P.comment &&
            (m.comment
              ? (m.comment +=
                  `
` + P.comment)
              : (m.comment = P.comment)),
          (l = P.end);
        continue;
      }
      !n &&
        a.options.strict &&
        fr(T) &&
        s(T, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
    }
    if (f === 0) P.comma && s(P.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${c}`);
    else if ((P.comma || s(P.start, 'MISSING_CHAR', `Missing , between ${c} items`), P.comment)) {
      let B = '';
      e: for (const E of g)
        switch (E.type) {
          case 'comma':
          case 'space':
            break;
          case 'comment':
            B = E.source.substring(1);
            break e;
          default:
            break e;
        }
      if (B) {
        let E = m.items[m.items.length - 1];
        z(E) && (E = E.value ?? E.key),
          E.comment
            ? (E.comment +=
                `
` + B)
            : (E.comment = B),
          (P.comment = P.comment.substring(B.length + 1));
      }
    }
    if (!n && !b && !P.found) {
      const B = D ? e(a, D, P, s) : t(a, P.end, b, null, P, s);
      m.items.push(B), (l = B.range[2]), RN(D) && s(B.range, 'BLOCK_IN_FLOW', fN);
    } else {
      a.atKey = !0;
      const B = P.end,
        E = T ? e(a, T, P, s) : t(a, B, g, null, P, s);
      RN(T) && s(E.range, 'BLOCK_IN_FLOW', fN), (a.atKey = !1);
      const ue = Pt(b ?? [], {
        flow: c,
        indicator: 'map-value-ind',
        next: D,
        offset: E.range[2],
        onError: s,
        parentIndent: r.indent,
        startOnNewline: !1,
      });
      if (ue.found) {
        if (!n && !P.found && a.options.strict) {
          if (b)
            for (const de of b) {
              if (de === ue.found) break;
              if (de.type === 'newline') {
                s(
                  de,
                  'MULTILINE_IMPLICIT_KEY',
                  'Implicit keys of flow sequence pairs need to be on a single line',
                );
                break;
              }
            }
          P.start < ue.found.offset - 1024 &&
            s(
              ue.found,
              'KEY_OVER_1024_CHARS',
              'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key',
            );
        }
      } else
        D &&
          ('source' in D && D.source?.[0] === ':'
            ? s(D, 'MISSING_CHAR', `Missing space after : in ${c}`)
            : s(ue.start, 'MISSING_CHAR', `Missing , or : between ${c} items`));
      const et = D ? e(a, D, ue, s) : ue.found ? t(a, ue.end, b, null, ue, s) : null;
      et
        ? RN(D) && s(et.range, 'BLOCK_IN_FLOW', fN)
        : ue.comment &&
          (E.comment
            ? (E.comment +=
                `
` + ue.comment)
            : (E.comment = ue.comment));
      const Qt = new le(E, et);
      if ((a.options.keepSourceTokens && (Qt.srcToken = A), n)) {
        const de = m;
        Kl(a, de.items, E) && s(B, 'DUPLICATE_KEY', 'Map keys must be unique'), de.items.push(Qt);
      } else {
        const de = new ye(a.schema);
        (de.flow = !0), de.items.push(Qt);
        const Nn = (et ?? E).range;
        (de.range = [E.range[0], Nn[1], Nn[2]]), m.items.push(de);
      }
      l = et ? et.range[2] : ue.end;
    }
  }
  let p = n ? '}' : ']',
    [d, ...x] = r.end,
    N = l;
  if (d?.source === p) N = d.offset + d.source.length;
  else {
    const f = c[0].toUpperCase() + c.substring(1),
      A = u
        ? `${f} must end with a ${p}`
        : `${f} in block collection must be sufficiently indented and end with a ${p}`;
    s(l, u ? 'MISSING_CHAR' : 'BAD_INDENT', A), d && d.source.length !== 1 && x.unshift(d);
  }
  if (x.length > 0) {
    const f = bt(x, N, a.options.strict, s);
    f.comment &&
      (m.comment
        ? (m.comment +=
            `
` + f.comment)
        : (m.comment = f.comment)),
      (m.range = [r.offset, N, f.offset]);
  } else m.range = [r.offset, N, N];
  return m;
}
function IN(e, t, a, r, s, o) {
  const n =
      a.type === 'block-map'
        ? fA(e, t, a, r, o)
        : a.type === 'block-seq'
          ? RA(e, t, a, r, o)
          : IA(e, t, a, r, o),
    c = n.constructor;
  return s === '!' || s === c.tagName ? ((n.tag = c.tagName), n) : (s && (n.tag = s), n);
}
function SA(e, t, a, r, s) {
  const o = r.tag,
    n = o ? t.directives.tagName(o.source, (p) => s(o, 'TAG_RESOLVE_FAILED', p)) : null;
  if (a.type === 'block-seq') {
    const { anchor: p, newlineAfterProp: d } = r,
      x = p && o ? (p.offset > o.offset ? p : o) : (p ?? o);
    x && (!d || d.offset < x.offset) && s(x, 'MISSING_CHAR', 'Missing newline after block sequence props');
  }
  const c =
    a.type === 'block-map' ? 'map' : a.type === 'block-seq' ? 'seq' : a.start.source === '{' ? 'map' : 'seq';
  if (!o || !n || n === '!' || (n === ye.tagName && c === 'map') || (n === Pe.tagName && c === 'seq'))
    return IN(e, t, a, s, n);
  let i = t.schema.tags.find((p) => p.tag === n && p.collection === c);
  if (!i) {
    const p = t.schema.knownTags[n];
    if (p?.collection === c) t.schema.tags.push(Object.assign({}, p, { default: !1 })), (i = p);
    else
      return (
        p
          ? s(
              o,
              'BAD_COLLECTION_TYPE',
              `${p.tag} used for ${c} collection, but expects ${p.collection ?? 'scalar'}`,
              !0,
            )
          : s(o, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${n}`, !0),
        IN(e, t, a, s, n)
      );
  }
  const m = IN(e, t, a, s, n, i),
    u = i.resolve?.(m, (p) => s(o, 'TAG_RESOLVE_FAILED', p), t.options) ?? m,
    l = H(u) ? u : new w(u);
  return ((l.range = m.range), (l.tag = n), i?.format && (l.format = i.format), l);
}
function SN(e, t, a) {
  const r = t.offset,
    s = d7(t, e.options.strict, a);
  if (!s) return { value: '', type: null, comment: '', range: [r, r, r] };
  let o = s.mode === '>' ? w.BLOCK_FOLDED : w.BLOCK_LITERAL,
    n = t.source ? y7(t.source) : [],
    c = n.length;
  for (let N = n.length - 1; N >= 0; --N) {
    const f = n[N][1];
    if (f === '' || f === '\r') c = N;
    else break;
  }
  if (c === 0) {
    let N =
        s.chomp === '+' && n.length > 0
          ? `
`.repeat(Math.max(1, n.length - 1))
          : '',
      f = r + s.length;
    return (t.source && (f += t.source.length), { value: N, type: o, comment: s.comment, range: [r, f, f] });
  }
  let i = t.indent + s.indent,
    m = t.offset + s.length,
    u = 0;
  for (let N = 0; N < c; ++N) {
    const [f, A] = n[N];
    if (A === '' || A === '\r') s.indent === 0 && f.length > i && (i = f.length);
    else {
      f.length < i &&
        a(
          m + f.length,
          'MISSING_CHAR',
          'Block scalars with more-indented leading empty lines must use an explicit indentation indicator',
        ),
        s.indent === 0 && (i = f.length),
        (u = N),
        i === 0 && !e.atRoot && a(m, 'BAD_INDENT', 'Block scalar values in collections must be indented');
      break;
    }
    m += f.length + A.length + 1;
  }
  for (let N = n.length - 1; N >= c; --N) n[N][0].length > i && (c = N + 1);
  let l = '',
    p = '',
    d = !1;
  for (let N = 0; N < u; ++N)
    l +=
      n[N][0].slice(i) +
      `
`;
  for (let N = u; N < c; ++N) {
    let [f, A] = n[N];
    m += f.length + A.length + 1;
    const g = A[A.length - 1] === '\r';
    if ((g && (A = A.slice(0, -1)), A && f.length < i)) {
      const b = `Block scalar lines must not be less indented than their ${s.indent ? 'explicit indentation indicator' : 'first line'}`;
      a(m - A.length - (g ? 2 : 1), 'BAD_INDENT', b), (f = '');
    }
    o === w.BLOCK_LITERAL
      ? ((l += p + f.slice(i) + A),
        (p = `
`))
      : f.length > i || A[0] === '	'
        ? (p === ' '
            ? (p = `
`)
            : !d &&
              p ===
                `
` &&
              (p = `

`),
          (l += p + f.slice(i) + A),
          (p = `
`),
          (d = !0))
        : A === ''
          ? p ===
            `
`
            ? (l += `
`)
            : (p = `
`)
          : ((l += p + A), (p = ' '), (d = !1));
  }
  switch (s.chomp) {
    case '-':
      break;
    case '+':
      for (let N = c; N < n.length; ++N)
        l +=
          `
` + n[N][0].slice(i);
      l[l.length - 1] !==
        `
` &&
        (l += `
`);
      break;
    default:
      l += `
`;
  }
  const x = r + s.length + t.source.length;
  return { value: l, type: o, comment: s.comment, range: [r, x, x] };
}
function d7({ offset: e, props: t }, a, r) {
  if (t[0].type !== 'block-scalar-header')
    return (r(t[0], 'IMPOSSIBLE', 'Block scalar header not found'), null);
  let { source: s } = t[0],
    o = s[0],
    n = 0,
    c = '',
    i = -1;
  for (let p = 1; p < s.length; ++p) {
    const d = s[p];
    if (!c && (d === '-' || d === '+')) c = d;
    else {
      const x = Number(d);
      !n && x ? (n = x) : i === -1 && (i = e + p);
    }
  }
  i !== -1 && r(i, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${s}`);
  let m = !1,
    u = '',
    l = s.length;
  for (let p = 1; p < t.length; ++p) {
    const d = t[p];
    switch (d.type) {
      case 'space':
        m = !0;
      case 'newline':
        l += d.source.length;
        break;
      case 'comment':
        a &&
          !m &&
          r(d, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters'),
          (l += d.source.length),
          (u = d.source.substring(1));
        break;
      case 'error':
        r(d, 'UNEXPECTED_TOKEN', d.message), (l += d.source.length);
        break;
      default: {
        const x = `Unexpected token in block scalar header: ${d.type}`;
        r(d, 'UNEXPECTED_TOKEN', x);
        const N = d.source;
        N && typeof N == 'string' && (l += N.length);
      }
    }
  }
  return { mode: o, indent: n, chomp: c, comment: u, length: l };
}
function y7(e) {
  const t = e.split(/\n( *)/),
    a = t[0],
    r = a.match(/^( *)/),
    o = [r?.[1] ? [r[1], a.slice(r[1].length)] : ['', a]];
  for (let n = 1; n < t.length; n += 2) o.push([t[n], t[n + 1]]);
  return o;
}
function _N(e, t, a) {
  let { offset: r, type: s, source: o, end: n } = e,
    c,
    i,
    m = (p, d, x) => a(r + p, d, x);
  switch (s) {
    case 'scalar':
      (c = w.PLAIN), (i = N7(o, m));
      break;
    case 'single-quoted-scalar':
      (c = w.QUOTE_SINGLE), (i = x7(o, m));
      break;
    case 'double-quoted-scalar':
      (c = w.QUOTE_DOUBLE), (i = f7(o, m));
      break;
    default:
      return (
        a(e, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${s}`),
        { value: '', type: null, comment: '', range: [r, r + o.length, r + o.length] }
      );
  }
  const u = r + o.length,
    l = bt(n, u, t, a);
  return { value: i, type: c, comment: l.comment, range: [r, u, l.offset] };
}
function N7(e, t) {
  let a = '';
  switch (e[0]) {
    case '	':
      a = 'a tab character';
      break;
    case ',':
      a = 'flow indicator character ,';
      break;
    case '%':
      a = 'directive indicator character %';
      break;
    case '|':
    case '>': {
      a = `block scalar indicator ${e[0]}`;
      break;
    }
    case '@':
    case '`': {
      a = `reserved character ${e[0]}`;
      break;
    }
  }
  return (a && t(0, 'BAD_SCALAR_START', `Plain value cannot start with ${a}`), _A(e));
}
function x7(e, t) {
  return (
    (e[e.length - 1] !== "'" || e.length === 1) && t(e.length, 'MISSING_CHAR', "Missing closing 'quote"),
    _A(e.slice(1, -1)).replace(/''/g, "'")
  );
}
function _A(e) {
  let t = /(.*?)\r?\n/sy,
    a = t.exec(e);
  if (!a) return e;
  let r, s;
  try {
    (r = /(?<![ 	])[ 	]+$/), (s = /^[ 	]+|(?<![ 	])[ 	]+$/g);
  } catch {
    (r = /[ \t]+$/), (s = /^[ \t]+|[ \t]+$/g);
  }
  let o = a[1].replace(r, ''),
    n = ' ',
    c = t.lastIndex;
  for (; (a = t.exec(e)); ) {
    const m = a[1].replace(s, '');
    m === ''
      ? n ===
        `
`
        ? (o += n)
        : (n = `
`)
      : ((o += n + m), (n = ' ')),
      (c = t.lastIndex);
  }
  const i = /[ \t]*(.*)/sy;
  return ((i.lastIndex = c), (a = i.exec(e)), o + n + (a?.[1] ?? ''));
}
function f7(e, t) {
  let a = '';
  for (let r = 1; r < e.length - 1; ++r) {
    const s = e[r];
    if (
      !(
        s === '\r' &&
        e[r + 1] ===
          `
`
      )
    )
      if (
        s ===
        `
`
      ) {
        const { fold: o, offset: n } = R7(e, r);
        (a += o), (r = n);
      } else if (s === '\\') {
        let o = e[++r],
          n = I7[o];
        if (n) a += n;
        else if (
          o ===
          `
`
        )
          for (o = e[r + 1]; o === ' ' || o === '	'; ) o = e[++r + 1];
        else if (
          o === '\r' &&
          e[r + 1] ===
            `
`
        )
          for (o = e[++r + 1]; o === ' ' || o === '	'; ) o = e[++r + 1];
        else if (o === 'x' || o === 'u' || o === 'U') {
          const c = o === 'x' ? 2 : o === 'u' ? 4 : 8;
          (a += S7(e, r + 1, c, t)), (r += c);
        } else {
          const c = e.substr(r - 1, 2);
          t(r - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${c}`), (a += c);
        }
      } else if (s === ' ' || s === '	') {
        let o = r,
          n = e[r + 1];
        for (; n === ' ' || n === '	'; ) n = e[++r + 1];
        n !==
          `
` &&
          !(
            n === '\r' &&
            e[r + 2] ===
              `
`
          ) &&
          (a += r > o ? e.slice(o, r + 1) : s);
      } else a += s;
  }
  return (
    (e[e.length - 1] !== '"' || e.length === 1) && t(e.length, 'MISSING_CHAR', 'Missing closing "quote'), a
  );
}
function R7(e, t) {
  let a = '',
    r = e[t + 1];
  for (
    ;
    (r === ' ' ||
      r === '	' ||
      r ===
        `
` ||
      r === '\r') &&
    !(
      r === '\r' &&
      e[t + 2] !==
        `
`
    );
  )
    r ===
      `
` &&
      (a += `
`),
      (t += 1),
      (r = e[t + 1]);
  return (a || (a = ' '), { fold: a, offset: t });
}
var I7 = {
  0: '\0',
  a: '\x07',
  b: '\b',
  e: '\x1B',
  f: '\f',
  n: `
`,
  r: '\r',
  t: '	',
  v: '\v',
  N: '\x85',
  _: '\xA0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  '	': '	',
};
function S7(e, t, a, r) {
  const s = e.substr(t, a),
    n = s.length === a && /^[0-9a-fA-F]+$/.test(s) ? parseInt(s, 16) : NaN;
  try {
    return String.fromCodePoint(n);
  } catch {
    const c = e.substr(t - 2, a + 2);
    return (r(t - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${c}`), c);
  }
}
function vN(e, t, a, r) {
  let {
      value: s,
      type: o,
      comment: n,
      range: c,
    } = t.type === 'block-scalar' ? SN(e, t, r) : _N(t, e.options.strict, r),
    i = a ? e.directives.tagName(a.source, (l) => r(a, 'TAG_RESOLVE_FAILED', l)) : null,
    m;
  e.options.stringKeys && e.atKey
    ? (m = e.schema[Ze])
    : i
      ? (m = _7(e.schema, s, i, a, r))
      : t.type === 'scalar'
        ? (m = v7(e, s, t, r))
        : (m = e.schema[Ze]);
  let u;
  try {
    const l = m.resolve(s, (p) => r(a ?? t, 'TAG_RESOLVE_FAILED', p), e.options);
    u = V(l) ? l : new w(l);
  } catch (l) {
    const p = l instanceof Error ? l.message : String(l);
    r(a ?? t, 'TAG_RESOLVE_FAILED', p), (u = new w(s));
  }
  return (
    (u.range = c),
    (u.source = s),
    o && (u.type = o),
    i && (u.tag = i),
    m.format && (u.format = m.format),
    n && (u.comment = n),
    u
  );
}
function _7(e, t, a, r, s) {
  if (a === '!') return e[Ze];
  const o = [];
  for (const c of e.tags)
    if (!c.collection && c.tag === a)
      if (c.default && c.test) o.push(c);
      else return c;
  for (const c of o) if (c.test?.test(t)) return c;
  const n = e.knownTags[a];
  return n && !n.collection
    ? (e.tags.push(Object.assign({}, n, { default: !1, test: void 0 })), n)
    : (s(r, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${a}`, a !== 'tag:yaml.org,2002:str'), e[Ze]);
}
function v7({ atKey: e, directives: t, schema: a }, r, s, o) {
  const n = a.tags.find((c) => (c.default === !0 || (e && c.default === 'key')) && c.test?.test(r)) || a[Ze];
  if (a.compat) {
    const c = a.compat.find((i) => i.default && i.test?.test(r)) ?? a[Ze];
    if (n.tag !== c.tag) {
      const i = t.tagString(n.tag),
        m = t.tagString(c.tag),
        u = `Value may be parsed as either ${i} or ${m}`;
      o(s, 'TAG_RESOLVE_FAILED', u, !0);
    }
  }
  return n;
}
function vA(e, t, a) {
  if (t) {
    a ?? (a = t.length);
    for (let r = a - 1; r >= 0; --r) {
      let s = t[r];
      switch (s.type) {
        case 'space':
        case 'comment':
        case 'newline':
          e -= s.source.length;
          continue;
      }
      for (s = t[++r]; s?.type === 'space'; ) (e += s.source.length), (s = t[++r]);
      break;
    }
  }
  return e;
}
var g7 = { composeNode: gN, composeEmptyNode: Jl };
function gN(e, t, a, r) {
  let s = e.atKey,
    { spaceBefore: o, comment: n, anchor: c, tag: i } = a,
    m,
    u = !0;
  switch (t.type) {
    case 'alias':
      (m = h7(e, t, r)), (c || i) && r(t, 'ALIAS_PROPS', 'An alias node must not specify any properties');
      break;
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'block-scalar':
      (m = vN(e, t, i, r)), c && (m.anchor = c.source.substring(1));
      break;
    case 'block-map':
    case 'block-seq':
    case 'flow-collection':
      try {
        (m = SA(g7, e, t, a, r)), c && (m.anchor = c.source.substring(1));
      } catch (l) {
        const p = l instanceof Error ? l.message : String(l);
        r(t, 'RESOURCE_EXHAUSTION', p);
      }
      break;
    default: {
      const l = t.type === 'error' ? t.message : `Unsupported token (type: ${t.type})`;
      r(t, 'UNEXPECTED_TOKEN', l), (u = !1);
    }
  }
  return (
    m ?? (m = Jl(e, t.offset, void 0, null, a, r)),
    c && m.anchor === '' && r(c, 'BAD_ALIAS', 'Anchor cannot be an empty string'),
    s &&
      e.options.stringKeys &&
      (!V(m) || typeof m.value != 'string' || (m.tag && m.tag !== 'tag:yaml.org,2002:str')) &&
      r(i ?? t, 'NON_STRING_KEY', 'With stringKeys, all keys must be strings'),
    o && (m.spaceBefore = !0),
    n && (t.type === 'scalar' && t.source === '' ? (m.comment = n) : (m.commentBefore = n)),
    e.options.keepSourceTokens && u && (m.srcToken = t),
    m
  );
}
function Jl(e, t, a, r, { spaceBefore: s, comment: o, anchor: n, tag: c, end: i }, m) {
  const u = { type: 'scalar', offset: vA(t, a, r), indent: -1, source: '' },
    l = vN(e, u, c, m);
  return (
    n &&
      ((l.anchor = n.source.substring(1)),
      l.anchor === '' && m(n, 'BAD_ALIAS', 'Anchor cannot be an empty string')),
    s && (l.spaceBefore = !0),
    o && ((l.comment = o), (l.range[2] = i)),
    l
  );
}
function h7({ options: e }, { offset: t, source: a, end: r }, s) {
  const o = new Wt(a.substring(1));
  o.source === '' && s(t, 'BAD_ALIAS', 'Alias cannot be an empty string'),
    o.source.endsWith(':') && s(t + a.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', !0);
  const n = t + a.length,
    c = bt(r, n, e.strict, s);
  return ((o.range = [t, n, c.offset]), c.comment && (o.comment = c.comment), o);
}
function gA(e, t, { offset: a, start: r, value: s, end: o }, n) {
  const c = Object.assign({ _directives: t }, e),
    i = new xr(void 0, c),
    m = { atKey: !1, atRoot: !0, directives: i.directives, options: i.options, schema: i.schema },
    u = Pt(r, {
      indicator: 'doc-start',
      next: s ?? o?.[0],
      offset: a,
      onError: n,
      parentIndent: 0,
      startOnNewline: !0,
    });
  u.found &&
    ((i.directives.docStart = !0),
    s &&
      (s.type === 'block-map' || s.type === 'block-seq') &&
      !u.hasNewline &&
      n(u.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker')),
    (i.contents = s ? gN(m, s, u, n) : Jl(m, u.end, r, null, u, n));
  const l = i.contents.range[2],
    p = bt(o, l, !1, n);
  return (p.comment && (i.comment = p.comment), (i.range = [a, l, p.offset]), i);
}
function Mo(e) {
  if (typeof e == 'number') return [e, e + 1];
  if (Array.isArray(e)) return e.length === 2 ? e : [e[0], e[1]];
  const { offset: t, source: a } = e;
  return [t, t + (typeof a == 'string' ? a.length : 1)];
}
function hA(e) {
  let t = '',
    a = !1,
    r = !1;
  for (let s = 0; s < e.length; ++s) {
    const o = e[s];
    switch (o[0]) {
      case '#':
        (t +=
          (t === ''
            ? ''
            : r
              ? `

`
              : `
`) + (o.substring(1) || ' ')),
          (a = !0),
          (r = !1);
        break;
      case '%':
        e[s + 1]?.[0] !== '#' && (s += 1), (a = !1);
        break;
      default:
        a || (r = !0), (a = !1);
    }
  }
  return { comment: t, afterEmptyLine: r };
}
var Go = class {
  constructor(t = {}) {
    (this.doc = null),
      (this.atDirectives = !1),
      (this.prelude = []),
      (this.errors = []),
      (this.warnings = []),
      (this.onError = (a, r, s, o) => {
        const n = Mo(a);
        o ? this.warnings.push(new Lo(n, r, s)) : this.errors.push(new Nt(n, r, s));
      }),
      (this.directives = new Tt({ version: t.version || '1.2' })),
      (this.options = t);
  }
  decorate(t, a) {
    const { comment: r, afterEmptyLine: s } = hA(this.prelude);
    if (r) {
      const o = t.contents;
      if (a)
        t.comment = t.comment
          ? `${t.comment}
${r}`
          : r;
      else if (s || t.directives.docStart || !o) t.commentBefore = r;
      else if (K(o) && !o.flow && o.items.length > 0) {
        let n = o.items[0];
        z(n) && (n = n.key);
        const c = n.commentBefore;
        n.commentBefore = c
          ? `${r}
${c}`
          : r;
      } else {
        const n = o.commentBefore;
        o.commentBefore = n
          ? `${r}
${n}`
          : r;
      }
    }
    if (a) {
      for (let o = 0; o < this.errors.length; ++o) t.errors.push(this.errors[o]);
      for (let o = 0; o < this.warnings.length; ++o) t.warnings.push(this.warnings[o]);
    } else (t.errors = this.errors), (t.warnings = this.warnings);
    (this.prelude = []), (this.errors = []), (this.warnings = []);
  }
  streamInfo() {
    return {
      comment: hA(this.prelude).comment,
      directives: this.directives,
      errors: this.errors,
      warnings: this.warnings,
    };
  }
  *compose(t, a = !1, r = -1) {
    for (const s of t) yield* this.next(s);
    yield* this.end(a, r);
  }
  *next(t) {
    switch ((process.env.LOG_STREAM && console.dir(t, { depth: null }), t.type)) {
      case 'directive':
        this.directives.add(t.source, (a, r, s) => {
          const o = Mo(t);
          (o[0] += a), this.onError(o, 'BAD_DIRECTIVE', r, s);
        }),
          this.prelude.push(t.source),
          (this.atDirectives = !0);
        break;
      case 'document': {
        const a = gA(this.options, this.directives, t, this.onError);
        this.atDirectives &&
          !a.directives.docStart &&
          this.onError(t, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line'),
          this.decorate(a, !1),
          this.doc && (yield this.doc),
          (this.doc = a),
          (this.atDirectives = !1);
        break;
      }
      case 'byte-order-mark':
      case 'space':
        break;
      case 'comment':
      case 'newline':
        this.prelude.push(t.source);
        break;
      case 'error': {
        const a = t.source ? `${t.message}: ${JSON.stringify(t.source)}` : t.message,
          r = new Nt(Mo(t), 'UNEXPECTED_TOKEN', a);
        this.atDirectives || !this.doc ? this.errors.push(r) : this.doc.errors.push(r);
        break;
      }
      case 'doc-end': {
        if (!this.doc) {
          const r = 'Unexpected doc-end without preceding document';
          this.errors.push(new Nt(Mo(t), 'UNEXPECTED_TOKEN', r));
          break;
        }
        this.doc.directives.docEnd = !0;
        const a = bt(t.end, t.offset + t.source.length, this.doc.options.strict, this.onError);
        if ((this.decorate(this.doc, !0), a.comment)) {
          const r = this.doc.comment;
          this.doc.comment = r
            ? `${r}
${a.comment}`
            : a.comment;
        }
        this.doc.range[2] = a.offset;
        break;
      }
      default:
        this.errors.push(new Nt(Mo(t), 'UNEXPECTED_TOKEN', `Unsupported token ${t.type}`));
    }
  }
  *end(t = !1, a = -1) {
    if (this.doc) this.decorate(this.doc, !0), yield this.doc, (this.doc = null);
    else if (t) {
      const r = Object.assign({ _directives: this.directives }, this.options),
        s = new xr(void 0, r);
      this.atDirectives && this.onError(a, 'MISSING_CHAR', 'Missing directives-end indicator line'),
        (s.range = [0, a, a]),
        this.decorate(s, !1),
        yield s;
    }
  }
};
var hN = Symbol('break visit'),
  A7 = Symbol('skip children'),
  AA = Symbol('remove item');
function Hr(e, t) {
  'type' in e && e.type === 'document' && (e = { start: e.start, value: e.value }),
    CA(Object.freeze([]), e, t);
}
Hr.BREAK = hN;
Hr.SKIP = A7;
Hr.REMOVE = AA;
Hr.itemAtPath = (e, t) => {
  let a = e;
  for (const [r, s] of t) {
    const o = a?.[r];
    if (o && 'items' in o) a = o.items[s];
    else return;
  }
  return a;
};
Hr.parentCollection = (e, t) => {
  const a = Hr.itemAtPath(e, t.slice(0, -1)),
    r = t[t.length - 1][0],
    s = a?.[r];
  if (s && 'items' in s) return s;
  throw new Error('Parent collection not found');
};
function CA(e, t, a) {
  let r = a(t, e);
  if (typeof r == 'symbol') return r;
  for (const s of ['key', 'value']) {
    const o = t[s];
    if (o && 'items' in o) {
      for (let n = 0; n < o.items.length; ++n) {
        const c = CA(Object.freeze(e.concat([[s, n]])), o.items[n], a);
        if (typeof c == 'number') n = c - 1;
        else {
          if (c === hN) return hN;
          c === AA && (o.items.splice(n, 1), (n -= 1));
        }
      }
      typeof r == 'function' && s === 'key' && (r = r(t, e));
    }
  }
  return typeof r == 'function' ? r(t, e) : r;
}
var Yl = '\uFEFF',
  Xl = '',
  ep = '',
  ko = '';
function TA(e) {
  switch (e) {
    case Yl:
      return '<BOM>';
    case Xl:
      return '<DOC>';
    case ep:
      return '<FLOW_END>';
    case ko:
      return '<SCALAR>';
    default:
      return JSON.stringify(e);
  }
}
function DA(e) {
  switch (e) {
    case Yl:
      return 'byte-order-mark';
    case Xl:
      return 'doc-mode';
    case ep:
      return 'flow-error-end';
    case ko:
      return 'scalar';
    case '---':
      return 'doc-start';
    case '...':
      return 'doc-end';
    case '':
    case `
`:
    case `\r
`:
      return 'newline';
    case '-':
      return 'seq-item-ind';
    case '?':
      return 'explicit-key-ind';
    case ':':
      return 'map-value-ind';
    case '{':
      return 'flow-map-start';
    case '}':
      return 'flow-map-end';
    case '[':
      return 'flow-seq-start';
    case ']':
      return 'flow-seq-end';
    case ',':
      return 'comma';
  }
  switch (e[0]) {
    case ' ':
    case '	':
      return 'space';
    case '#':
      return 'comment';
    case '%':
      return 'directive-line';
    case '*':
      return 'alias';
    case '&':
      return 'anchor';
    case '!':
      return 'tag';
    case "'":
      return 'single-quoted-scalar';
    case '"':
      return 'double-quoted-scalar';
    case '|':
    case '>':
      return 'block-scalar-header';
  }
  return null;
}
function xt(e) {
  switch (e) {
    case void 0:
    case ' ':
    case `
`:
    case '\r':
    case '	':
      return !0;
    default:
      return !1;
  }
}
var PA = new Set('0123456789ABCDEFabcdef'),
  T7 = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"),
  tp = new Set(',[]{}'),
  D7 = new Set(` ,[]{}
\r	`),
  AN = (e) => !e || D7.has(e),
  Oo = class {
    constructor() {
      (this.atEnd = !1),
        (this.blockScalarIndent = -1),
        (this.blockScalarKeep = !1),
        (this.buffer = ''),
        (this.flowKey = !1),
        (this.flowLevel = 0),
        (this.indentNext = 0),
        (this.indentValue = 0),
        (this.lineEndPos = null),
        (this.next = null),
        (this.pos = 0);
    }
    *lex(t, a = !1) {
      if (t) {
        if (typeof t != 'string') throw TypeError('source is not a string');
        (this.buffer = this.buffer ? this.buffer + t : t), (this.lineEndPos = null);
      }
      this.atEnd = !a;
      let r = this.next ?? 'stream';
      for (; r && (a || this.hasChars(1)); ) r = yield* this.parseNext(r);
    }
    atLineEnd() {
      let t = this.pos,
        a = this.buffer[t];
      for (; a === ' ' || a === '	'; ) a = this.buffer[++t];
      return !a ||
        a === '#' ||
        a ===
          `
`
        ? !0
        : a === '\r'
          ? this.buffer[t + 1] ===
            `
`
          : !1;
    }
    charAt(t) {
      return this.buffer[this.pos + t];
    }
    continueScalar(t) {
      let a = this.buffer[t];
      if (this.indentNext > 0) {
        let r = 0;
        for (; a === ' '; ) a = this.buffer[++r + t];
        if (a === '\r') {
          const s = this.buffer[r + t + 1];
          if (
            s ===
              `
` ||
            (!s && !this.atEnd)
          )
            return t + r + 1;
        }
        return a ===
          `
` ||
          r >= this.indentNext ||
          (!a && !this.atEnd)
          ? t + r
          : -1;
      }
      if (a === '-' || a === '.') {
        const r = this.buffer.substr(t, 3);
        if ((r === '---' || r === '...') && xt(this.buffer[t + 3])) return -1;
      }
      return t;
    }
    getLine() {
      let t = this.lineEndPos;
      return (
        (typeof t != 'number' || (t !== -1 && t < this.pos)) &&
          ((t = this.buffer.indexOf(
            `
`,
            this.pos,
          )),
          (this.lineEndPos = t)),
        t === -1
          ? this.atEnd
            ? this.buffer.substring(this.pos)
            : null
          : (this.buffer[t - 1] === '\r' && (t -= 1), this.buffer.substring(this.pos, t))
      );
    }
    hasChars(t) {
      return this.pos + t <= this.buffer.length;
    }
    setNext(t) {
      return (
        (this.buffer = this.buffer.substring(this.pos)),
        (this.pos = 0),
        (this.lineEndPos = null),
        (this.next = t),
        null
      );
    }
    peek(t) {
      return this.buffer.substr(this.pos, t);
    }
    *parseNext(t) {
      switch (t) {
        case 'stream':
          return yield* this.parseStream();
        case 'line-start':
          return yield* this.parseLineStart();
        case 'block-start':
          return yield* this.parseBlockStart();
        case 'doc':
          return yield* this.parseDocument();
        case 'flow':
          return yield* this.parseFlowCollection();
        case 'quoted-scalar':
          return yield* this.parseQuotedScalar();
        case 'block-scalar':
          return yield* this.parseBlockScalar();
        case 'plain-scalar':
          return yield* this.parsePlainScalar();
      }
    }
    *parseStream() {
      let t = this.getLine();
      if (t === null) return this.setNext('stream');
      if ((t[0] === Yl && (yield* this.pushCount(1), (t = t.substring(1))), t[0] === '%')) {
        let a = t.length,
          r = t.indexOf('#');
        for (; r !== -1; ) {
          const o = t[r - 1];
          if (o === ' ' || o === '	') {
            a = r - 1;
            break;
          } else r = t.indexOf('#', r + 1);
        }
        for (;;) {
          const o = t[a - 1];
          if (o === ' ' || o === '	') a -= 1;
          else break;
        }
        const s = (yield* this.pushCount(a)) + (yield* this.pushSpaces(!0));
        return (yield* this.pushCount(t.length - s), this.pushNewline(), 'stream');
      }
      if (this.atLineEnd()) {
        const a = yield* this.pushSpaces(!0);
        return (yield* this.pushCount(t.length - a), yield* this.pushNewline(), 'stream');
      }
      return (yield Xl, yield* this.parseLineStart());
    }
    *parseLineStart() {
      const t = this.charAt(0);
      if (!t && !this.atEnd) return this.setNext('line-start');
      if (t === '-' || t === '.') {
        if (!this.atEnd && !this.hasChars(4)) return this.setNext('line-start');
        const a = this.peek(3);
        if ((a === '---' || a === '...') && xt(this.charAt(3)))
          return (
            yield* this.pushCount(3),
            (this.indentValue = 0),
            (this.indentNext = 0),
            a === '---' ? 'doc' : 'stream'
          );
      }
      return (
        (this.indentValue = yield* this.pushSpaces(!1)),
        this.indentNext > this.indentValue && !xt(this.charAt(1)) && (this.indentNext = this.indentValue),
        yield* this.parseBlockStart()
      );
    }
    *parseBlockStart() {
      const [t, a] = this.peek(2);
      if (!a && !this.atEnd) return this.setNext('block-start');
      if ((t === '-' || t === '?' || t === ':') && xt(a)) {
        const r = (yield* this.pushCount(1)) + (yield* this.pushSpaces(!0));
        return ((this.indentNext = this.indentValue + 1), (this.indentValue += r), 'block-start');
      }
      return 'doc';
    }
    *parseDocument() {
      yield* this.pushSpaces(!0);
      const t = this.getLine();
      if (t === null) return this.setNext('doc');
      let a = yield* this.pushIndicators();
      switch (t[a]) {
        case '#':
          yield* this.pushCount(t.length - a);
        case void 0:
          return (yield* this.pushNewline(), yield* this.parseLineStart());
        case '{':
        case '[':
          return (yield* this.pushCount(1), (this.flowKey = !1), (this.flowLevel = 1), 'flow');
        case '}':
        case ']':
          return (yield* this.pushCount(1), 'doc');
        case '*':
          return (yield* this.pushUntil(AN), 'doc');
        case '"':
        case "'":
          return yield* this.parseQuotedScalar();
        case '|':
        case '>':
          return (
            (a += yield* this.parseBlockScalarHeader()),
            (a += yield* this.pushSpaces(!0)),
            yield* this.pushCount(t.length - a),
            yield* this.pushNewline(),
            yield* this.parseBlockScalar()
          );
        default:
          return yield* this.parsePlainScalar();
      }
    }
    *parseFlowCollection() {
      let t,
        a,
        r = -1;
      do
        (t = yield* this.pushNewline()),
          t > 0 ? ((a = yield* this.pushSpaces(!1)), (this.indentValue = r = a)) : (a = 0),
          (a += yield* this.pushSpaces(!0));
      while (t + a > 0);
      const s = this.getLine();
      if (s === null) return this.setNext('flow');
      if (
        ((r !== -1 && r < this.indentNext && s[0] !== '#') ||
          (r === 0 && (s.startsWith('---') || s.startsWith('...')) && xt(s[3]))) &&
        !(r === this.indentNext - 1 && this.flowLevel === 1 && (s[0] === ']' || s[0] === '}'))
      )
        return ((this.flowLevel = 0), yield ep, yield* this.parseLineStart());
      let o = 0;
      for (; s[o] === ','; )
        (o += yield* this.pushCount(1)), (o += yield* this.pushSpaces(!0)), (this.flowKey = !1);
      switch (((o += yield* this.pushIndicators()), s[o])) {
        case void 0:
          return 'flow';
        case '#':
          return (yield* this.pushCount(s.length - o), 'flow');
        case '{':
        case '[':
          return (yield* this.pushCount(1), (this.flowKey = !1), (this.flowLevel += 1), 'flow');
        case '}':
        case ']':
          return (
            yield* this.pushCount(1),
            (this.flowKey = !0),
            (this.flowLevel -= 1),
            this.flowLevel ? 'flow' : 'doc'
          );
        case '*':
          return (yield* this.pushUntil(AN), 'flow');
        case '"':
        case "'":
          return ((this.flowKey = !0), yield* this.parseQuotedScalar());
        case ':': {
          const n = this.charAt(1);
          if (this.flowKey || xt(n) || n === ',')
            return ((this.flowKey = !1), yield* this.pushCount(1), yield* this.pushSpaces(!0), 'flow');
        }
        default:
          return ((this.flowKey = !1), yield* this.parsePlainScalar());
      }
    }
    *parseQuotedScalar() {
      let t = this.charAt(0),
        a = this.buffer.indexOf(t, this.pos + 1);
      if (t === "'") for (; a !== -1 && this.buffer[a + 1] === "'"; ) a = this.buffer.indexOf("'", a + 2);
      else
        for (; a !== -1; ) {
          let o = 0;
          for (; this.buffer[a - 1 - o] === '\\'; ) o += 1;
          if (o % 2 === 0) break;
          a = this.buffer.indexOf('"', a + 1);
        }
      let r = this.buffer.substring(0, a),
        s = r.indexOf(
          `
`,
          this.pos,
        );
      if (s !== -1) {
        for (; s !== -1; ) {
          const o = this.continueScalar(s + 1);
          if (o === -1) break;
          s = r.indexOf(
            `
`,
            o,
          );
        }
        s !== -1 && (a = s - (r[s - 1] === '\r' ? 2 : 1));
      }
      if (a === -1) {
        if (!this.atEnd) return this.setNext('quoted-scalar');
        a = this.buffer.length;
      }
      return (yield* this.pushToIndex(a + 1, !1), this.flowLevel ? 'flow' : 'doc');
    }
    *parseBlockScalarHeader() {
      (this.blockScalarIndent = -1), (this.blockScalarKeep = !1);
      let t = this.pos;
      for (;;) {
        const a = this.buffer[++t];
        if (a === '+') this.blockScalarKeep = !0;
        else if (a > '0' && a <= '9') this.blockScalarIndent = Number(a) - 1;
        else if (a !== '-') break;
      }
      return yield* this.pushUntil((a) => xt(a) || a === '#');
    }
    *parseBlockScalar() {
      let t = this.pos - 1,
        a = 0,
        r;
      e: for (let o = this.pos; (r = this.buffer[o]); ++o)
        switch (r) {
          case ' ':
            a += 1;
            break;
          case `
`:
            (t = o), (a = 0);
            break;
          case '\r': {
            const n = this.buffer[o + 1];
            if (!n && !this.atEnd) return this.setNext('block-scalar');
            if (
              n ===
              `
`
            )
              break;
          }
          default:
            break e;
        }
      if (!r && !this.atEnd) return this.setNext('block-scalar');
      if (a >= this.indentNext) {
        this.blockScalarIndent === -1
          ? (this.indentNext = a)
          : (this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext));
        do {
          const o = this.continueScalar(t + 1);
          if (o === -1) break;
          t = this.buffer.indexOf(
            `
`,
            o,
          );
        } while (t !== -1);
        if (t === -1) {
          if (!this.atEnd) return this.setNext('block-scalar');
          t = this.buffer.length;
        }
      }
      let s = t + 1;
      for (r = this.buffer[s]; r === ' '; ) r = this.buffer[++s];
      if (r === '	') {
        for (
          ;
          r === '	' ||
          r === ' ' ||
          r === '\r' ||
          r ===
            `
`;
        )
          r = this.buffer[++s];
        t = s - 1;
      } else if (!this.blockScalarKeep)
        do {
          let o = t - 1,
            n = this.buffer[o];
          n === '\r' && (n = this.buffer[--o]);
          const c = o;
          for (; n === ' '; ) n = this.buffer[--o];
          if (
            n ===
              `
` &&
            o >= this.pos &&
            o + 1 + a > c
          )
            t = o;
          else break;
        } while (!0);
      return (yield ko, yield* this.pushToIndex(t + 1, !0), yield* this.parseLineStart());
    }
    *parsePlainScalar() {
      let t = this.flowLevel > 0,
        a = this.pos - 1,
        r = this.pos - 1,
        s;
      for (; (s = this.buffer[++r]); )
        if (s === ':') {
          const o = this.buffer[r + 1];
          if (xt(o) || (t && tp.has(o))) break;
          a = r;
        } else if (xt(s)) {
          let o = this.buffer[r + 1];
          if (
            (s === '\r' &&
              (o ===
              `
`
                ? ((r += 1),
                  (s = `
`),
                  (o = this.buffer[r + 1]))
                : (a = r)),
            o === '#' || (t && tp.has(o)))
          )
            break;
          if (
            s ===
            `
`
          ) {
            const n = this.continueScalar(r + 1);
            if (n === -1) break;
            r = Math.max(r, n - 2);
          }
        } else {
          if (t && tp.has(s)) break;
          a = r;
        }
      return !s && !this.atEnd
        ? this.setNext('plain-scalar')
        : (yield ko, yield* this.pushToIndex(a + 1, !0), t ? 'flow' : 'doc');
    }
    *pushCount(t) {
      return t > 0 ? (yield this.buffer.substr(this.pos, t), (this.pos += t), t) : 0;
    }
    *pushToIndex(t, a) {
      const r = this.buffer.slice(this.pos, t);
      return r ? (yield r, (this.pos += r.length), r.length) : (a && (yield ''), 0);
    }
    *pushIndicators() {
      let t = 0;
      e: for (;;) {
        switch (this.charAt(0)) {
          case '!':
            (t += yield* this.pushTag()), (t += yield* this.pushSpaces(!0));
            continue e;
          case '&':
            (t += yield* this.pushUntil(AN)), (t += yield* this.pushSpaces(!0));
            continue e;
          case '-':
          case '?':
          case ':': {
            const a = this.flowLevel > 0,
              r = this.charAt(1);
            if (xt(r) || (a && tp.has(r))) {
              a ? this.flowKey && (this.flowKey = !1) : (this.indentNext = this.indentValue + 1),
                (t += yield* this.pushCount(1)),
                (t += yield* this.pushSpaces(!0));
              continue e;
            }
          }
        }
        break;
      }
      return t;
    }
    *pushTag() {
      if (this.charAt(1) === '<') {
        let t = this.pos + 2,
          a = this.buffer[t];
        for (; !xt(a) && a !== '>'; ) a = this.buffer[++t];
        return yield* this.pushToIndex(a === '>' ? t + 1 : t, !1);
      } else {
        let t = this.pos + 1,
          a = this.buffer[t];
        for (; a; )
          if (T7.has(a)) a = this.buffer[++t];
          else if (a === '%' && PA.has(this.buffer[t + 1]) && PA.has(this.buffer[t + 2]))
            a = this.buffer[(t += 3)];
          else break;
        return yield* this.pushToIndex(t, !1);
      }
    }
    *pushNewline() {
      const t = this.buffer[this.pos];
      return t ===
        `
`
        ? yield* this.pushCount(1)
        : t === '\r' &&
            this.charAt(1) ===
              `
`
          ? yield* this.pushCount(2)
          : 0;
    }
    *pushSpaces(t) {
      let a = this.pos - 1,
        r;
      do r = this.buffer[++a];
      while (r === ' ' || (t && r === '	'));
      const s = a - this.pos;
      return (s > 0 && (yield this.buffer.substr(this.pos, s), (this.pos = a)), s);
    }
    *pushUntil(t) {
      let a = this.pos,
        r = this.buffer[a];
      for (; !t(r); ) r = this.buffer[++a];
      return yield* this.pushToIndex(a, !1);
    }
  };
var jr = class {
  constructor() {
    (this.lineStarts = []),
      (this.addNewLine = (t) => this.lineStarts.push(t)),
      (this.linePos = (t) => {
        let a = 0,
          r = this.lineStarts.length;
        for (; a < r; ) {
          const o = (a + r) >> 1;
          this.lineStarts[o] < t ? (a = o + 1) : (r = o);
        }
        if (this.lineStarts[a] === t) return { line: a + 1, col: 1 };
        if (a === 0) return { line: 0, col: t };
        const s = this.lineStarts[a - 1];
        return { line: a, col: t - s + 1 };
      });
  }
};
function Rr(e, t) {
  for (let a = 0; a < e.length; ++a) if (e[a].type === t) return !0;
  return !1;
}
function bA(e) {
  for (let t = 0; t < e.length; ++t)
    switch (e[t].type) {
      case 'space':
      case 'comment':
      case 'newline':
        break;
      default:
        return t;
    }
  return -1;
}
function $A(e) {
  switch (e?.type) {
    case 'alias':
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'flow-collection':
      return !0;
    default:
      return !1;
  }
}
function ap(e) {
  switch (e.type) {
    case 'document':
      return e.start;
    case 'block-map': {
      const t = e.items[e.items.length - 1];
      return t.sep ?? t.start;
    }
    case 'block-seq':
      return e.items[e.items.length - 1].start;
    default:
      return [];
  }
}
function ws(e) {
  if (e.length === 0) return [];
  let t = e.length;
  e: for (; --t >= 0; )
    switch (e[t].type) {
      case 'doc-start':
      case 'explicit-key-ind':
      case 'map-value-ind':
      case 'seq-item-ind':
      case 'newline':
        break e;
    }
  for (; e[++t]?.type === 'space'; );
  return e.splice(t, e.length);
}
function rp(e, t) {
  if (t.length < 1e5) Array.prototype.push.apply(e, t);
  else for (let a = 0; a < t.length; ++a) e.push(t[a]);
}
function EA(e) {
  if (e.start.type === 'flow-seq-start')
    for (const t of e.items)
      t.sep &&
        !t.value &&
        !Rr(t.start, 'explicit-key-ind') &&
        !Rr(t.sep, 'map-value-ind') &&
        (t.key && (t.value = t.key),
        delete t.key,
        $A(t.value) ? (t.value.end ? rp(t.value.end, t.sep) : (t.value.end = t.sep)) : rp(t.start, t.sep),
        delete t.sep);
}
var Vo = class {
  constructor(t) {
    (this.atNewLine = !0),
      (this.atScalar = !1),
      (this.indent = 0),
      (this.offset = 0),
      (this.onKeyLine = !1),
      (this.stack = []),
      (this.source = ''),
      (this.type = ''),
      (this.lexer = new Oo()),
      (this.onNewLine = t);
  }
  *parse(t, a = !1) {
    this.onNewLine && this.offset === 0 && this.onNewLine(0);
    for (const r of this.lexer.lex(t, a)) yield* this.next(r);
    a || (yield* this.end());
  }
  *next(t) {
    if (((this.source = t), process.env.LOG_TOKENS && console.log('|', TA(t)), this.atScalar)) {
      (this.atScalar = !1), yield* this.step(), (this.offset += t.length);
      return;
    }
    const a = DA(t);
    if (a)
      if (a === 'scalar') (this.atNewLine = !1), (this.atScalar = !0), (this.type = 'scalar');
      else {
        switch (((this.type = a), yield* this.step(), a)) {
          case 'newline':
            (this.atNewLine = !0),
              (this.indent = 0),
              this.onNewLine && this.onNewLine(this.offset + t.length);
            break;
          case 'space':
            this.atNewLine && t[0] === ' ' && (this.indent += t.length);
            break;
          case 'explicit-key-ind':
          case 'map-value-ind':
          case 'seq-item-ind':
            this.atNewLine && (this.indent += t.length);
            break;
          case 'doc-mode':
          case 'flow-error-end':
            return;
          default:
            this.atNewLine = !1;
        }
        this.offset += t.length;
      }
    else {
      const r = `Not a YAML token: ${t}`;
      yield* this.pop({ type: 'error', offset: this.offset, message: r, source: t }),
        (this.offset += t.length);
    }
  }
  *end() {
    for (; this.stack.length > 0; ) yield* this.pop();
  }
  get sourceToken() {
    return { type: this.type, offset: this.offset, indent: this.indent, source: this.source };
  }
  *step() {
    const t = this.peek(1);
    if (this.type === 'doc-end' && t?.type !== 'doc-end') {
      for (; this.stack.length > 0; ) yield* this.pop();
      this.stack.push({ type: 'doc-end', offset: this.offset, source: this.source });
      return;
    }
    if (!t) return yield* this.stream();
    switch (t.type) {
      case 'document':
        return yield* this.document(t);
      case 'alias':
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
        return yield* this.scalar(t);
      case 'block-scalar':
        return yield* this.blockScalar(t);
      case 'block-map':
        return yield* this.blockMap(t);
      case 'block-seq':
        return yield* this.blockSequence(t);
      case 'flow-collection':
        return yield* this.flowCollection(t);
      case 'doc-end':
        return yield* this.documentEnd(t);
    }
    yield* this.pop();
  }
  peek(t) {
    return this.stack[this.stack.length - t];
  }
  *pop(t) {
    const a = t ?? this.stack.pop();
    if (!a) yield { type: 'error', offset: this.offset, source: '', message: 'Tried to pop an empty stack' };
    else if (this.stack.length === 0) yield a;
    else {
      const r = this.peek(1);
      switch (
        (a.type === 'block-scalar'
          ? (a.indent = 'indent' in r ? r.indent : 0)
          : a.type === 'flow-collection' && r.type === 'document' && (a.indent = 0),
        a.type === 'flow-collection' && EA(a),
        r.type)
      ) {
        case 'document':
          r.value = a;
          break;
        case 'block-scalar':
          r.props.push(a);
          break;
        case 'block-map': {
          const s = r.items[r.items.length - 1];
          if (s.value) {
            r.items.push({ start: [], key: a, sep: [] }), (this.onKeyLine = !0);
            return;
          } else if (s.sep) s.value = a;
          else {
            Object.assign(s, { key: a, sep: [] }), (this.onKeyLine = !s.explicitKey);
            return;
          }
          break;
        }
        case 'block-seq': {
          const s = r.items[r.items.length - 1];
          s.value ? r.items.push({ start: [], value: a }) : (s.value = a);
          break;
        }
        case 'flow-collection': {
          const s = r.items[r.items.length - 1];
          !s || s.value
            ? r.items.push({ start: [], key: a, sep: [] })
            : s.sep
              ? (s.value = a)
              : Object.assign(s, { key: a, sep: [] });
          return;
        }
        default:
          yield* this.pop(), yield* this.pop(a);
      }
      if (
        (r.type === 'document' || r.type === 'block-map' || r.type === 'block-seq') &&
        (a.type === 'block-map' || a.type === 'block-seq')
      ) {
        const s = a.items[a.items.length - 1];
        s &&
          !s.sep &&
          !s.value &&
          s.start.length > 0 &&
          bA(s.start) === -1 &&
          (a.indent === 0 || s.start.every((o) => o.type !== 'comment' || o.indent < a.indent)) &&
          (r.type === 'document' ? (r.end = s.start) : r.items.push({ start: s.start }),
          a.items.splice(-1, 1));
      }
    }
  }
  *stream() {
    switch (this.type) {
      case 'directive-line':
        yield { type: 'directive', offset: this.offset, source: this.source };
        return;
      case 'byte-order-mark':
      case 'space':
      case 'comment':
      case 'newline':
        yield this.sourceToken;
        return;
      case 'doc-mode':
      case 'doc-start': {
        const t = { type: 'document', offset: this.offset, start: [] };
        this.type === 'doc-start' && t.start.push(this.sourceToken), this.stack.push(t);
        return;
      }
    }
    yield {
      type: 'error',
      offset: this.offset,
      message: `Unexpected ${this.type} token in YAML stream`,
      source: this.source,
    };
  }
  *document(t) {
    if (t.value) return yield* this.lineEnd(t);
    switch (this.type) {
      case 'doc-start': {
        bA(t.start) !== -1 ? (yield* this.pop(), yield* this.step()) : t.start.push(this.sourceToken);
        return;
      }
      case 'anchor':
      case 'tag':
      case 'space':
      case 'comment':
      case 'newline':
        t.start.push(this.sourceToken);
        return;
    }
    const a = this.startBlockValue(t);
    a
      ? this.stack.push(a)
      : yield {
          type: 'error',
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML document`,
          source: this.source,
        };
  }
  *scalar(t) {
    if (this.type === 'map-value-ind') {
      let a = ap(this.peek(2)),
        r = ws(a),
        s;
      t.end ? ((s = t.end), s.push(this.sourceToken), delete t.end) : (s = [this.sourceToken]);
      const o = {
        type: 'block-map',
        offset: t.offset,
        indent: t.indent,
        items: [{ start: r, key: t, sep: s }],
      };
      (this.onKeyLine = !0), (this.stack[this.stack.length - 1] = o);
    } else yield* this.lineEnd(t);
  }
  *blockScalar(t) {
    switch (this.type) {
      case 'space':
      case 'comment':
      case 'newline':
        t.props.push(this.sourceToken);
        return;
      case 'scalar':
        if (((t.source = this.source), (this.atNewLine = !0), (this.indent = 0), this.onNewLine)) {
          let a =
            this.source.indexOf(`
`) + 1;
          for (; a !== 0; )
            this.onNewLine(this.offset + a),
              (a =
                this.source.indexOf(
                  `
`,
                  a,
                ) + 1);
        }
        yield* this.pop();
        break;
      default:
        yield* this.pop(), yield* this.step();
    }
  }
  *blockMap(t) {
    const a = t.items[t.items.length - 1];
    switch (this.type) {
      case 'newline':
        if (((this.onKeyLine = !1), a.value)) {
          const r = 'end' in a.value ? a.value.end : void 0;
          (Array.isArray(r) ? r[r.length - 1] : void 0)?.type === 'comment'
            ? r?.push(this.sourceToken)
            : t.items.push({ start: [this.sourceToken] });
        } else a.sep ? a.sep.push(this.sourceToken) : a.start.push(this.sourceToken);
        return;
      case 'space':
      case 'comment':
        if (a.value) t.items.push({ start: [this.sourceToken] });
        else if (a.sep) a.sep.push(this.sourceToken);
        else {
          if (this.atIndentedComment(a.start, t.indent)) {
            const s = t.items[t.items.length - 2]?.value?.end;
            if (Array.isArray(s)) {
              rp(s, a.start), s.push(this.sourceToken), t.items.pop();
              return;
            }
          }
          a.start.push(this.sourceToken);
        }
        return;
    }
    if (this.indent >= t.indent) {
      let r = !this.onKeyLine && this.indent === t.indent,
        s = r && (a.sep || a.explicitKey) && this.type !== 'seq-item-ind',
        o = [];
      if (s && a.sep && !a.value) {
        const n = [];
        for (let c = 0; c < a.sep.length; ++c) {
          const i = a.sep[c];
          switch (i.type) {
            case 'newline':
              n.push(c);
              break;
            case 'space':
              break;
            case 'comment':
              i.indent > t.indent && (n.length = 0);
              break;
            default:
              n.length = 0;
          }
        }
        n.length >= 2 && (o = a.sep.splice(n[1]));
      }
      switch (this.type) {
        case 'anchor':
        case 'tag':
          s || a.value
            ? (o.push(this.sourceToken), t.items.push({ start: o }), (this.onKeyLine = !0))
            : a.sep
              ? a.sep.push(this.sourceToken)
              : a.start.push(this.sourceToken);
          return;
        case 'explicit-key-ind':
          !a.sep && !a.explicitKey
            ? (a.start.push(this.sourceToken), (a.explicitKey = !0))
            : s || a.value
              ? (o.push(this.sourceToken), t.items.push({ start: o, explicitKey: !0 }))
              : this.stack.push({
                  type: 'block-map',
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: !0 }],
                }),
            (this.onKeyLine = !0);
          return;
        case 'map-value-ind':
          if (a.explicitKey)
            if (a.sep)
              if (a.value) t.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (Rr(a.sep, 'map-value-ind'))
                this.stack.push({
                  type: 'block-map',
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: o, key: null, sep: [this.sourceToken] }],
                });
              else if ($A(a.key) && !Rr(a.sep, 'newline')) {
                const n = ws(a.start),
                  c = a.key,
                  i = a.sep;
                i.push(this.sourceToken),
                  delete a.key,
                  delete a.sep,
                  this.stack.push({
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: n, key: c, sep: i }],
                  });
              } else
                o.length > 0 ? (a.sep = a.sep.concat(o, this.sourceToken)) : a.sep.push(this.sourceToken);
            else if (Rr(a.start, 'newline')) Object.assign(a, { key: null, sep: [this.sourceToken] });
            else {
              const n = ws(a.start);
              this.stack.push({
                type: 'block-map',
                offset: this.offset,
                indent: this.indent,
                items: [{ start: n, key: null, sep: [this.sourceToken] }],
              });
            }
          else
            a.sep
              ? a.value || s
                ? t.items.push({ start: o, key: null, sep: [this.sourceToken] })
                : Rr(a.sep, 'map-value-ind')
                  ? this.stack.push({
                      type: 'block-map',
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: [], key: null, sep: [this.sourceToken] }],
                    })
                  : a.sep.push(this.sourceToken)
              : Object.assign(a, { key: null, sep: [this.sourceToken] });
          this.onKeyLine = !0;
          return;
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar': {
          const n = this.flowScalar(this.type);
          s || a.value
            ? (t.items.push({ start: o, key: n, sep: [] }), (this.onKeyLine = !0))
            : a.sep
              ? this.stack.push(n)
              : (Object.assign(a, { key: n, sep: [] }), (this.onKeyLine = !0));
          return;
        }
        default: {
          const n = this.startBlockValue(t);
          if (n) {
            if (n.type === 'block-seq') {
              if (!a.explicitKey && a.sep && !Rr(a.sep, 'newline')) {
                yield* this.pop({
                  type: 'error',
                  offset: this.offset,
                  message: 'Unexpected block-seq-ind on same line with key',
                  source: this.source,
                });
                return;
              }
            } else r && t.items.push({ start: o });
            this.stack.push(n);
            return;
          }
        }
      }
    }
    yield* this.pop(), yield* this.step();
  }
  *blockSequence(t) {
    const a = t.items[t.items.length - 1];
    switch (this.type) {
      case 'newline':
        if (a.value) {
          const r = 'end' in a.value ? a.value.end : void 0;
          (Array.isArray(r) ? r[r.length - 1] : void 0)?.type === 'comment'
            ? r?.push(this.sourceToken)
            : t.items.push({ start: [this.sourceToken] });
        } else a.start.push(this.sourceToken);
        return;
      case 'space':
      case 'comment':
        if (a.value) t.items.push({ start: [this.sourceToken] });
        else {
          if (this.atIndentedComment(a.start, t.indent)) {
            const s = t.items[t.items.length - 2]?.value?.end;
            if (Array.isArray(s)) {
              rp(s, a.start), s.push(this.sourceToken), t.items.pop();
              return;
            }
          }
          a.start.push(this.sourceToken);
        }
        return;
      case 'anchor':
      case 'tag':
        if (a.value || this.indent <= t.indent) break;
        a.start.push(this.sourceToken);
        return;
      case 'seq-item-ind':
        if (this.indent !== t.indent) break;
        a.value || Rr(a.start, 'seq-item-ind')
          ? t.items.push({ start: [this.sourceToken] })
          : a.start.push(this.sourceToken);
        return;
    }
    if (this.indent > t.indent) {
      const r = this.startBlockValue(t);
      if (r) {
        this.stack.push(r);
        return;
      }
    }
    yield* this.pop(), yield* this.step();
  }
  *flowCollection(t) {
    const a = t.items[t.items.length - 1];
    if (this.type === 'flow-error-end') {
      let r;
      do yield* this.pop(), (r = this.peek(1));
      while (r?.type === 'flow-collection');
    } else if (t.end.length === 0) {
      switch (this.type) {
        case 'comma':
        case 'explicit-key-ind':
          !a || a.sep ? t.items.push({ start: [this.sourceToken] }) : a.start.push(this.sourceToken);
          return;
        case 'map-value-ind':
          !a || a.value
            ? t.items.push({ start: [], key: null, sep: [this.sourceToken] })
            : a.sep
              ? a.sep.push(this.sourceToken)
              : Object.assign(a, { key: null, sep: [this.sourceToken] });
          return;
        case 'space':
        case 'comment':
        case 'newline':
        case 'anchor':
        case 'tag':
          !a || a.value
            ? t.items.push({ start: [this.sourceToken] })
            : a.sep
              ? a.sep.push(this.sourceToken)
              : a.start.push(this.sourceToken);
          return;
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar': {
          const s = this.flowScalar(this.type);
          !a || a.value
            ? t.items.push({ start: [], key: s, sep: [] })
            : a.sep
              ? this.stack.push(s)
              : Object.assign(a, { key: s, sep: [] });
          return;
        }
        case 'flow-map-end':
        case 'flow-seq-end':
          t.end.push(this.sourceToken);
          return;
      }
      const r = this.startBlockValue(t);
      r ? this.stack.push(r) : (yield* this.pop(), yield* this.step());
    } else {
      const r = this.peek(2);
      if (
        r.type === 'block-map' &&
        ((this.type === 'map-value-ind' && r.indent === t.indent) ||
          (this.type === 'newline' && !r.items[r.items.length - 1].sep))
      )
        yield* this.pop(), yield* this.step();
      else if (this.type === 'map-value-ind' && r.type !== 'flow-collection') {
        const s = ap(r),
          o = ws(s);
        EA(t);
        const n = t.end.splice(1, t.end.length);
        n.push(this.sourceToken);
        const c = {
          type: 'block-map',
          offset: t.offset,
          indent: t.indent,
          items: [{ start: o, key: t, sep: n }],
        };
        (this.onKeyLine = !0), (this.stack[this.stack.length - 1] = c);
      } else yield* this.lineEnd(t);
    }
  }
  flowScalar(t) {
    if (this.onNewLine) {
      let a =
        this.source.indexOf(`
`) + 1;
      for (; a !== 0; )
        this.onNewLine(this.offset + a),
          (a =
            this.source.indexOf(
              `
`,
              a,
            ) + 1);
    }
    return { type: t, offset: this.offset, indent: this.indent, source: this.source };
  }
  startBlockValue(t) {
    switch (this.type) {
      case 'alias':
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
        return this.flowScalar(this.type);
      case 'block-scalar-header':
        return {
          type: 'block-scalar',
          offset: this.offset,
          indent: this.indent,
          props: [this.sourceToken],
          source: '',
        };
      case 'flow-map-start':
      case 'flow-seq-start':
        return {
          type: 'flow-collection',
          offset: this.offset,
          indent: this.indent,
          start: this.sourceToken,
          items: [],
          end: [],
        };
      case 'seq-item-ind':
        return {
          type: 'block-seq',
          offset: this.offset,
          indent: this.indent,
          items: [{ start: [this.sourceToken] }],
        };
      case 'explicit-key-ind': {
        this.onKeyLine = !0;
        const a = ap(t),
          r = ws(a);
        return (
          r.push(this.sourceToken),
          {
            type: 'block-map',
            offset: this.offset,
            indent: this.indent,
            items: [{ start: r, explicitKey: !0 }],
          }
        );
      }
      case 'map-value-ind': {
        this.onKeyLine = !0;
        const a = ap(t),
          r = ws(a);
        return {
          type: 'block-map',
          offset: this.offset,
          indent: this.indent,
          items: [{ start: r, key: null, sep: [this.sourceToken] }],
        };
      }
    }
    return null;
  }
  atIndentedComment(t, a) {
    return this.type !== 'comment' || this.indent <= a
      ? !1
      : t.every((r) => r.type === 'newline' || r.type === 'space');
  }
  *documentEnd(t) {
    this.type !== 'doc-mode' &&
      (t.end ? t.end.push(this.sourceToken) : (t.end = [this.sourceToken]),
      this.type === 'newline' && (yield* this.pop()));
  }
  *lineEnd(t) {
    switch (this.type) {
      case 'comma':
      case 'doc-start':
      case 'doc-end':
      case 'flow-seq-end':
      case 'flow-map-end':
      case 'map-value-ind':
        yield* this.pop(), yield* this.step();
        break;
      case 'newline':
        this.onKeyLine = !1;
      default:
        t.end ? t.end.push(this.sourceToken) : (t.end = [this.sourceToken]),
          this.type === 'newline' && (yield* this.pop());
    }
  }
};
function P7(e) {
  const t = e.prettyErrors !== !1;
  return { lineCounter: e.lineCounter || (t && new jr()) || null, prettyErrors: t };
}
function CN(e, t = {}) {
  let { lineCounter: a, prettyErrors: r } = P7(t),
    s = new Vo(a?.addNewLine),
    o = new Go(t),
    n = null;
  for (const c of o.compose(s.parse(e), !0, e.length))
    if (!n) n = c;
    else if (n.options.logLevel !== 'silent') {
      n.errors.push(
        new Nt(
          c.range.slice(0, 2),
          'MULTIPLE_DOCS',
          'Source contains multiple documents; please use YAML.parseAllDocuments()',
        ),
      );
      break;
    }
  return (r && a && (n.errors.forEach(xN(e, a)), n.warnings.forEach(xN(e, a))), n);
}
var TN = {
  asOf: '2026-11-01',
  region: 'us-east-1',
  currency: 'USD',
  source:
    'AWS public list prices: EC2 On-Demand (Linux, shared tenancy) and Elastic Load Balancing (Application Load Balancer) pricing pages, US East (N. Virginia)',
  note: 'Other regions are estimated with these us-east-1 figures; EBS, data transfer and LCU usage beyond one LCU per balancer are not included.',
  loadBalancer: { applicationHourly: 0.0225, lcuHourly: 0.008 },
  instances: {
    't2.micro': { vcpu: 1, memoryMiB: 1024, hourly: 0.0116 },
    't2.small': { vcpu: 1, memoryMiB: 2048, hourly: 0.023 },
    't2.medium': { vcpu: 2, memoryMiB: 4096, hourly: 0.0464 },
    't2.large': { vcpu: 2, memoryMiB: 8192, hourly: 0.0928 },
    't2.xlarge': { vcpu: 4, memoryMiB: 16384, hourly: 0.1856 },
    't3.micro': { vcpu: 2, memoryMiB: 1024, hourly: 0.0104 },
    't3.small': { vcpu: 2, memoryMiB: 2048, hourly: 0.0208 },
    't3.medium': { vcpu: 2, memoryMiB: 4096, hourly: 0.0416 },
    't3.large': { vcpu: 2, memoryMiB: 8192, hourly: 0.0832 },
    't3.xlarge': { vcpu: 4, memoryMiB: 16384, hourly: 0.1664 },
    't3.2xlarge': { vcpu: 8, memoryMiB: 32768, hourly: 0.3328 },
    't3a.micro': { vcpu: 2, memoryMiB: 1024, hourly: 0.0094 },
    't3a.small': { vcpu: 2, memoryMiB: 2048, hourly: 0.0188 },
    't3a.medium': { vcpu: 2, memoryMiB: 4096, hourly: 0.0376 },
    't3a.large': { vcpu: 2, memoryMiB: 8192, hourly: 0.0752 },
    't3a.xlarge': { vcpu: 4, memoryMiB: 16384, hourly: 0.1504 },
    't3a.2xlarge': { vcpu: 8, memoryMiB: 32768, hourly: 0.3008 },
    'c5.large': { vcpu: 2, memoryMiB: 4096, hourly: 0.085 },
    'c5.xlarge': { vcpu: 4, memoryMiB: 8192, hourly: 0.17 },
    'c5.2xlarge': { vcpu: 8, memoryMiB: 16384, hourly: 0.34 },
    'c6i.large': { vcpu: 2, memoryMiB: 4096, hourly: 0.085 },
    'c6i.xlarge': { vcpu: 4, memoryMiB: 8192, hourly: 0.17 },
    'c6i.2xlarge': { vcpu: 8, memoryMiB: 16384, hourly: 0.34 },
    'c7i.large': { vcpu: 2, memoryMiB: 4096, hourly: 0.08925 },
    'c7i.xlarge': { vcpu: 4, memoryMiB: 8192, hourly: 0.1785 },
    'c7i.2xlarge': { vcpu: 8, memoryMiB: 16384, hourly: 0.357 },
    'm5.large': { vcpu: 2, memoryMiB: 8192, hourly: 0.096 },
    'm5.xlarge': { vcpu: 4, memoryMiB: 16384, hourly: 0.192 },
    'm5.2xlarge': { vcpu: 8, memoryMiB: 32768, hourly: 0.384 },
    'm6i.large': { vcpu: 2, memoryMiB: 8192, hourly: 0.096 },
    'm6i.xlarge': { vcpu: 4, memoryMiB: 16384, hourly: 0.192 },
    'm6i.2xlarge': { vcpu: 8, memoryMiB: 32768, hourly: 0.384 },
    'm7i.large': { vcpu: 2, memoryMiB: 8192, hourly: 0.1008 },
    'm7i.xlarge': { vcpu: 4, memoryMiB: 16384, hourly: 0.2016 },
    'm7i.2xlarge': { vcpu: 8, memoryMiB: 32768, hourly: 0.4032 },
    'r6i.large': { vcpu: 2, memoryMiB: 16384, hourly: 0.126 },
    'r6i.xlarge': { vcpu: 4, memoryMiB: 32768, hourly: 0.252 },
  },
};
var DN = TN,
  sp = TN.instances,
  PN = [
    'us-east-1',
    'us-east-2',
    'us-west-1',
    'us-west-2',
    'ca-central-1',
    'ca-west-1',
    'sa-east-1',
    'mx-central-1',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3',
    'eu-central-1',
    'eu-central-2',
    'eu-north-1',
    'eu-south-1',
    'eu-south-2',
    'ap-south-1',
    'ap-south-2',
    'ap-southeast-1',
    'ap-southeast-2',
    'ap-southeast-3',
    'ap-southeast-4',
    'ap-southeast-5',
    'ap-southeast-7',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-east-1',
    'me-south-1',
    'me-central-1',
    'il-central-1',
    'af-south-1',
  ];
function Et(e) {
  return Object.hasOwn(sp, e) ? sp[e] : void 0;
}
function Ls(e, t, a = 3) {
  return t
    .map((r) => ({ k: r, d: E7(e, r) }))
    .filter(({ d: r }) => r <= Math.max(2, Math.floor(e.length / 3)))
    .sort((r, s) => r.d - s.d || r.k.localeCompare(s.k))
    .slice(0, a)
    .map(({ k: r }) => r);
}
function E7(e, t) {
  const a = Array.from({ length: t.length + 1 }, (r, s) => s);
  for (let r = 1; r <= e.length; r++) {
    let s = a[0] ?? 0;
    a[0] = r;
    for (let o = 1; o <= t.length; o++) {
      const n = a[o] ?? 0;
      (a[o] = Math.min(n + 1, (a[o - 1] ?? 0) + 1, s + (e[r - 1] === t[o - 1] ? 0 : 1))), (s = n);
    }
  }
  return a[t.length] ?? 0;
}
var F = {};
kb(F, {
  BIGINT_FORMAT_RANGES: () => ip,
  CONSTANT_CATCH: () => BA,
  Class: () => $N,
  NUMBER_FORMAT_RANGES: () => Uo,
  aborted: () => Rt,
  allowsEval: () => GN,
  assert: () => G7,
  assertEqual: () => $7,
  assertIs: () => Q7,
  assertNever: () => M7,
  assertNotEqual: () => w7,
  assignProp: () => st,
  attachSchema: () => zo,
  base64ToUint8Array: () => FA,
  base64urlToUint8Array: () => aX,
  cached: () => Fo,
  captureStackTrace: () => np,
  cleanEnum: () => tX,
  cleanRegex: () => qo,
  clone: () => ft,
  cloneDef: () => V7,
  codePointLength: () => Ho,
  constantCatch: () => UA,
  createTransparentProxy: () => H7,
  defineLazy: () => LA,
  defineLazyInternal: () => J,
  derived: () => nX,
  esc: () => QN,
  escapeRegex: () => Zr,
  explicitlyAborted: () => VN,
  extend: () => Z7,
  finalizeIssue: () => It,
  floatSafeRemainder: () => LN,
  getElementAtPath: () => F7,
  getEnumValues: () => Gs,
  getLengthableOrigin: () => jo,
  getParsedType: () => z7,
  getSizableOrigin: () => VA,
  hexToUint8Array: () => sX,
  hide: () => lp,
  installLazyProp: () => uX,
  isObject: () => Ms,
  isPlainObject: () => _r,
  issue: () => Os,
  joinValues: () => op,
  jsonStringifyReplacer: () => ks,
  members: () => qN,
  merge: () => J7,
  mergeDefs: () => Yt,
  normalizeParams: () => O,
  nullish: () => wN,
  numKeys: () => U7,
  objectClone: () => k7,
  omit: () => W7,
  optionalKeys: () => ON,
  own: () => Sr,
  parsedType: () => FN,
  partial: () => Y7,
  pick: () => j7,
  prefixIssues: () => Xt,
  primitiveTypes: () => kA,
  promiseAllObject: () => q7,
  propertyKeyTypes: () => kN,
  randomString: () => B7,
  rawShape: () => Bo,
  required: () => X7,
  safeExtend: () => K7,
  shallowClone: () => GA,
  sizeCaps: () => up,
  slugify: () => MN,
  stringifyPrimitive: () => cp,
  toZod: () => L7,
  uint8ArrayToBase64: () => qA,
  uint8ArrayToBase64url: () => rX,
  uint8ArrayToHex: () => oX,
  unwrapMessage: () => Qs,
});
function $7(e) {
  return e;
}
function w7(e) {
  return e;
}
function L7() {
  return (e) => e;
}
function Q7(e) {}
function M7(e) {
  throw new Error('Unexpected value in exhaustive check');
}
function G7(e) {}
function Gs(e) {
  const t = Object.values(e).filter((r) => typeof r == 'number');
  return Object.entries(e)
    .filter(([r, s]) => t.indexOf(+r) === -1)
    .map(([r, s]) => s);
}
function op(e, t = '|') {
  return e.map((a) => cp(a)).join(t);
}
function ks(e, t) {
  return typeof t == 'bigint' ? t.toString() : t;
}
var EN = class {
  constructor(t) {
    (this._getter = t), (this._value = void 0);
  }
  get value() {
    const t = this._getter;
    return (t !== void 0 && ((this._value = t()), (this._getter = void 0)), this._value);
  }
};
function Fo(e) {
  return new EN(e);
}
function wN(e) {
  return e == null;
}
function qo(e) {
  const t = e.startsWith('^') ? 1 : 0,
    a = e.endsWith('$') ? e.length - 1 : e.length;
  return e.slice(t, a);
}
function LN(e, t) {
  const a = e / t,
    r = Math.round(a),
    s = 4 * Number.EPSILON * Math.max(Math.abs(a), 1);
  return Math.abs(a - r) < s ? 0 : a - r;
}
var wA = Symbol('evaluating');
function LA(e, t, a) {
  let r;
  Object.defineProperty(e, t, {
    get() {
      if (r !== wA) return (r === void 0 && ((r = wA), (r = a())), r);
    },
    set(s) {
      Object.defineProperty(e, t, { value: s });
    },
    configurable: !0,
  });
}
function k7(e) {
  return Object.create(Object.getPrototypeOf(e), Object.getOwnPropertyDescriptors(e));
}
function st(e, t, a) {
  Object.defineProperty(e, t, { value: a, writable: !0, enumerable: !0, configurable: !0 });
}
function Bo(e) {
  const t = Object.getOwnPropertyDescriptor(e, 'shape');
  return t?.get ? t.get.raw : t?.value;
}
function Jt(e) {
  return Bo(e._zod.def) ?? e._zod.def.shape;
}
function QA(e, t, a) {
  Object.defineProperty(e, t, {
    get() {
      const r = a();
      return (st(this, t, r), r);
    },
    enumerable: !0,
    configurable: !0,
  });
}
function MA(e, t, a) {
  t in e ? st(e, t, a) : (e[t] = a);
}
function Wr(e, t, a, r) {
  const s = Jt(t);
  for (const o of a) {
    const n = Object.getOwnPropertyDescriptor(s, o);
    n.enumerable &&
      (n.get
        ? QA(e, o, () => {
            const c = t._zod.def.shape[o];
            return r ? r(c, o) : c;
          })
        : MA(e, o, r ? r(n.value, o) : n.value));
  }
}
function O7(e, t) {
  for (const a of Reflect.ownKeys(t)) {
    const r = Object.getOwnPropertyDescriptor(t, a);
    r.enumerable && (r.get ? QA(e, a, () => t[a]) : MA(e, a, r.value));
  }
}
function Yt(...e) {
  const t = {};
  for (const a of e) {
    const r = Object.getOwnPropertyDescriptors(a);
    Object.assign(t, r);
  }
  return Object.defineProperties({}, t);
}
function V7(e) {
  return Yt(e._zod.def);
}
function F7(e, t) {
  return t ? t.reduce((a, r) => a?.[r], e) : e;
}
function q7(e) {
  const t = Object.keys(e),
    a = t.map((r) => e[r]);
  return Promise.all(a).then((r) => {
    const s = {};
    for (let o = 0; o < t.length; o++) s[t[o]] = r[o];
    return s;
  });
}
function B7(e = 10) {
  let t = 'abcdefghijklmnopqrstuvwxyz',
    a = '';
  for (let r = 0; r < e; r++) a += t[Math.floor(Math.random() * t.length)];
  return a;
}
function QN(e) {
  return JSON.stringify(e);
}
function MN(e) {
  return e
    .toLowerCase()
    .trim()
    .replace(/[^\w\s-]/g, '')
    .replace(/[\s_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
var np = 'captureStackTrace' in Error ? Error.captureStackTrace : (...e) => {};
function Ms(e) {
  return typeof e == 'object' && e !== null && !Array.isArray(e);
}
var GN = Fo(() => {
  if (Ue.jitless || (typeof navigator < 'u' && navigator?.userAgent?.includes('Cloudflare'))) return !1;
  try {
    const e = Function;
    return (new e(''), !0);
  } catch {
    return !1;
  }
});
function _r(e) {
  if (Ms(e) === !1) return !1;
  const t = e.constructor;
  if (t === void 0 || typeof t != 'function') return !0;
  const a = t.prototype;
  return !(Ms(a) === !1 || Object.hasOwn(a, 'isPrototypeOf') === !1);
}
function GA(e) {
  return _r(e)
    ? { ...e }
    : Array.isArray(e)
      ? [...e]
      : e instanceof Map
        ? new Map(e)
        : e instanceof Set
          ? new Set(e)
          : e;
}
function U7(e) {
  let t = 0;
  for (const a in e) Object.hasOwn(e, a) && t++;
  return t;
}
var z7 = (e) => {
    const t = typeof e;
    switch (t) {
      case 'undefined':
        return 'undefined';
      case 'string':
        return 'string';
      case 'number':
        return Number.isNaN(e) ? 'nan' : 'number';
      case 'boolean':
        return 'boolean';
      case 'function':
        return 'function';
      case 'bigint':
        return 'bigint';
      case 'symbol':
        return 'symbol';
      case 'object':
        return Array.isArray(e)
          ? 'array'
          : e === null
            ? 'null'
            : e.then && typeof e.then == 'function' && e.catch && typeof e.catch == 'function'
              ? 'promise'
              : typeof Map < 'u' && e instanceof Map
                ? 'map'
                : typeof Set < 'u' && e instanceof Set
                  ? 'set'
                  : typeof Date < 'u' && e instanceof Date
                    ? 'date'
                    : typeof File < 'u' && e instanceof File
                      ? 'file'
                      : 'object';
      default:
        throw new Error(`Unknown data type: ${t}`);
    }
  },
  kN = new Set(['string', 'number', 'symbol']),
  kA = new Set(['string', 'number', 'bigint', 'boolean', 'symbol', 'undefined']);
function Zr(e) {
  return e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function ft(e, t, a) {
  const r = new e._zod.constr(t ?? e._zod.def);
  return ((!t || a?.parent) && (r._zod.parent = e), r);
}
function O(e) {
  const t = e;
  if (!t) return {};
  if (typeof t == 'string') return { error: () => t };
  if (t?.message !== void 0) {
    if (t?.error !== void 0) throw new Error('Cannot specify both `message` and `error` params');
    t.error = t.message;
  }
  return (delete t.message, typeof t.error == 'string' ? { ...t, error: () => t.error } : t);
}
function H7(e) {
  let t;
  return new Proxy(
    {},
    {
      get(a, r, s) {
        return (t ?? (t = e()), Reflect.get(t, r, s));
      },
      set(a, r, s, o) {
        return (t ?? (t = e()), Reflect.set(t, r, s, o));
      },
      has(a, r) {
        return (t ?? (t = e()), Reflect.has(t, r));
      },
      deleteProperty(a, r) {
        return (t ?? (t = e()), Reflect.deleteProperty(t, r));
      },
      ownKeys(a) {
        return (t ?? (t = e()), Reflect.ownKeys(t));
      },
      getOwnPropertyDescriptor(a, r) {
        return (t ?? (t = e()), Reflect.getOwnPropertyDescriptor(t, r));
      },
      defineProperty(a, r, s) {
        return (t ?? (t = e()), Reflect.defineProperty(t, r, s));
      },
    },
  );
}
function cp(e) {
  return typeof e == 'bigint' ? e.toString() + 'n' : typeof e == 'string' ? `"${e}"` : `${e}`;
}
function ON(e) {
  return Object.keys(e).filter((t) => e[t]._zod.optin !== void 0 && e[t]._zod.optout === 'optional');
}
var Uo = {
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-34028234663852886e22, 34028234663852886e22],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
  },
  ip = {
    int64: [BigInt('-9223372036854775808'), BigInt('9223372036854775807')],
    uint64: [BigInt(0), BigInt('18446744073709551615')],
  };
function j7(e, t) {
  const a = e._zod.def,
    r = a.checks;
  if (r && r.length > 0) throw new Error('.pick() cannot be used on object schemas containing refinements');
  const o = {};
  return (Wr(o, e, mp(e, t)), ft(e, Yt(a, { shape: o, checks: [] })));
}
function mp(e, t) {
  const a = Jt(e),
    r = [];
  for (const s of Reflect.ownKeys(t)) {
    if (!Object.getOwnPropertyDescriptor(a, s)?.enumerable)
      throw new Error(`Unrecognized key: "${String(s)}"`);
    t[s] && r.push(s);
  }
  return r;
}
function W7(e, t) {
  const a = e._zod.def,
    r = a.checks;
  if (r && r.length > 0) throw new Error('.omit() cannot be used on object schemas containing refinements');
  const o = new Set(mp(e, t)),
    n = {};
  return (
    Wr(
      n,
      e,
      Reflect.ownKeys(Jt(e)).filter((c) => !o.has(c)),
    ),
    ft(e, Yt(a, { shape: n, checks: [] }))
  );
}
function Z7(e, t) {
  if (!_r(t)) throw new Error('Invalid input to extend: expected a plain object');
  const a = e._zod.def.checks;
  if (a && a.length > 0) {
    const s = Jt(e);
    for (const o of Reflect.ownKeys(t))
      if (Object.getOwnPropertyDescriptor(s, o) !== void 0)
        throw new Error(
          'Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.',
        );
  }
  return ft(e, Yt(e._zod.def, { shape: OA(e, t) }));
}
function OA(e, t) {
  const a = {};
  return (Wr(a, e, Reflect.ownKeys(Jt(e))), O7(a, t), a);
}
function K7(e, t) {
  if (!_r(t)) throw new Error('Invalid input to safeExtend: expected a plain object');
  return ft(e, Yt(e._zod.def, { shape: OA(e, t) }));
}
function J7(e, t) {
  if (!t?._zod?.def)
    throw new Error(
      'Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.',
    );
  if (e._zod.def.checks?.length)
    throw new Error(
      '.merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.',
    );
  const a = {};
  Wr(a, e, Reflect.ownKeys(Jt(e))), Wr(a, t, Reflect.ownKeys(Jt(t)));
  const r = Yt(e._zod.def, {
    shape: a,
    get catchall() {
      return t._zod.def.catchall;
    },
    checks: t._zod.def.checks ?? [],
  });
  return ft(e, r);
}
function Y7(e, t, a, r = 'partial') {
  const o = t._zod.def.checks;
  if (o && o.length > 0) throw new Error(`.${r}() cannot be used on object schemas containing refinements`);
  const c = a ? new Set(mp(t, a)) : void 0,
    i = {};
  return (
    Wr(
      i,
      t,
      Reflect.ownKeys(Jt(t)),
      e && ((m, u) => (c && !c.has(u) ? m : new e({ type: 'optional', innerType: m }))),
    ),
    ft(t, Yt(t._zod.def, { shape: i, checks: [] }))
  );
}
function X7(e, t, a) {
  const r = a ? new Set(mp(t, a)) : void 0,
    s = {};
  return (
    Wr(s, t, Reflect.ownKeys(Jt(t)), (o, n) =>
      r && !r.has(n) ? o : new e({ type: 'nonoptional', innerType: o }),
    ),
    ft(t, Yt(t._zod.def, { shape: s }))
  );
}
function Rt(e, t = 0) {
  if (e.aborted === !0) return !0;
  for (let a = t; a < e.issues.length; a++) if (e.issues[a]?.continue !== !0) return !0;
  return !1;
}
function VN(e, t = 0) {
  if (e.aborted === !0) return !0;
  for (let a = t; a < e.issues.length; a++) if (e.issues[a]?.continue === !1) return !0;
  return !1;
}
function Xt(e, t) {
  return t.map((a) => {
    var r;
    return ((r = a).path ?? (r.path = []), a.path.unshift(e), a);
  });
}
function Qs(e) {
  return typeof e == 'string' ? e : e?.message;
}
function up(e) {
  const t = [];
  for (const a of e ?? []) {
    const r = a._zod.def;
    if (!/_(length|size)$|_equals$/.test(r.check)) break;
    const s = r.maximum ?? r.length ?? r.size;
    s >= 0 && t.push([s, a]);
  }
  return t;
}
function zo(e, t, a) {
  var r;
  for (let s = t; s < e.length; s++) (r = e[s]).schema ?? (r.schema = a);
}
function It(e, t, a) {
  var r;
  const s = e.inst?._zod?.traits;
  s?.has('$ZodType') && (s.has('$ZodCheck') ? ((r = e).schema ?? (r.schema = e.inst)) : (e.schema = e.inst));
  const o = e.schema !== e.inst ? e.schema?._zod.def?.error : void 0,
    n = e.message
      ? e.message
      : (Qs(e.inst?._zod.def?.error?.(e)) ??
        Qs(o?.(e)) ??
        Qs(t?.error?.(e)) ??
        Qs(a.customError?.(e)) ??
        Qs(a.localeError?.(e)) ??
        'Invalid input'),
    c = {};
  for (const i of Object.keys(e))
    i === 'inst' || i === 'schema' || i === 'continue' || i === 'input' || i === '__proto__' || (c[i] = e[i]);
  return (c.path ?? (c.path = []), (c.message = n), t?.reportInput && (c.input = e.input), c);
}
function VA(e) {
  return e instanceof Set ? 'set' : e instanceof Map ? 'map' : e instanceof File ? 'file' : 'unknown';
}
var eX = /[\uD800-\uDBFF]/;
function Ho(e) {
  const t = e.length;
  if (!eX.test(e)) return t;
  let a = t;
  for (let r = 0; r < t - 1; r++)
    (e.charCodeAt(r) & 64512) === 55296 && (e.charCodeAt(r + 1) & 64512) === 56320 && (a--, r++);
  return a;
}
function jo(e) {
  return Array.isArray(e) ? 'array' : typeof e == 'string' ? 'string' : 'unknown';
}
function FN(e) {
  const t = typeof e;
  switch (t) {
    case 'number':
      return Number.isNaN(e) ? 'nan' : 'number';
    case 'object': {
      if (e === null) return 'null';
      if (Array.isArray(e)) return 'array';
      const a = e;
      if (a && Object.getPrototypeOf(a) !== Object.prototype && 'constructor' in a && a.constructor)
        return a.constructor.name;
    }
  }
  return t;
}
function Os(...e) {
  const [t, a, r] = e;
  return typeof t == 'string' ? { message: t, code: 'custom', input: a, inst: r } : { ...t };
}
function tX(e) {
  return Object.entries(e)
    .filter(([t, a]) => Number.isNaN(Number.parseInt(t, 10)))
    .map((t) => t[1]);
}
function FA(e) {
  const t = atob(e),
    a = new Uint8Array(t.length);
  for (let r = 0; r < t.length; r++) a[r] = t.charCodeAt(r);
  return a;
}
function qA(e) {
  let t = '';
  for (let a = 0; a < e.length; a++) t += String.fromCharCode(e[a]);
  return btoa(t);
}
function aX(e) {
  const t = e.replace(/-/g, '+').replace(/_/g, '/'),
    a = '='.repeat((4 - (t.length % 4)) % 4);
  return FA(t + a);
}
function rX(e) {
  return qA(e).replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '');
}
function sX(e) {
  const t = e.replace(/^0x/, '');
  if (t.length % 2 !== 0) throw new Error('Invalid hex string length');
  const a = new Uint8Array(t.length / 2);
  for (let r = 0; r < t.length; r += 2) a[r / 2] = Number.parseInt(t.slice(r, r + 2), 16);
  return a;
}
function oX(e) {
  return Array.from(e)
    .map((t) => t.toString(16).padStart(2, '0'))
    .join('');
}
var $N = class {
  constructor(...t) {}
};
function qN(e, t) {
  for (const a in t) {
    const r = Object.getOwnPropertyDescriptor(t, a);
    r.get ? Object.defineProperty(e, a, { ...r, enumerable: !1 }) : cX(e, a, r.value);
  }
}
function Sr(e, t, a, r = !0) {
  return (Object.defineProperty(e, t, { configurable: !0, writable: !0, enumerable: r, value: a }), a);
}
function lp(e, t, a) {
  return Sr(e, t, a, !1);
}
function nX(e, t) {
  for (const a in e) {
    const r = e[a];
    Object.defineProperty(t, a, {
      configurable: !0,
      enumerable: !0,
      get() {
        return Sr(this, a, r(this));
      },
      set(s) {
        Sr(this, a, s);
      },
    });
  }
  return t;
}
function cX(e, t, a) {
  Object.defineProperty(e, t, {
    configurable: !0,
    get() {
      return this == null ? a : Sr(this, t, a.bind(this));
    },
    set(r) {
      Sr(this, t, r);
    },
  });
}
function iX(e, t) {
  const a = Object.getPrototypeOf(e);
  return t in a ? void 0 : a;
}
var bN,
  Ir = !1,
  mX = {
    configurable: !0,
    get() {
      Ir = !0;
    },
  };
function J(e, t, a) {
  const r = Object.getPrototypeOf(e._zod);
  if (t in r && bN !== e._zod) {
    bN = void 0;
    return;
  }
  (bN = e._zod),
    Object.defineProperty(r, t, {
      configurable: !0,
      get() {
        Object.defineProperty(this, t, mX);
        const s = Ir;
        Ir = !1;
        try {
          const o = a(this);
          return (
            Ir
              ? delete this[t]
              : Object.defineProperty(this, t, { configurable: !0, writable: !0, value: o }),
            (Ir = Ir || s),
            o
          );
        } catch (o) {
          throw (delete this[t], (Ir = Ir || s), o);
        }
      },
      set(s) {
        Object.defineProperty(this, t, { configurable: !0, writable: !0, value: s });
      },
    });
}
function uX(e, t, a, r) {
  const s = iX(e, t);
  s &&
    Object.defineProperty(s, t, {
      configurable: !0,
      get() {
        const o = { configurable: !0, writable: !0, enumerable: r, value: void 0 };
        return (
          Object.defineProperty(this, t, o), (o.value = a(this)), Object.defineProperty(this, t, o), o.value
        );
      },
      set(o) {
        Object.defineProperty(this, t, { configurable: !0, writable: !0, enumerable: r, value: o });
      },
    });
}
var BA = '~constantCatch';
function UA(e) {
  const t = () => e;
  return ((t[BA] = !0), t);
}
var zA;
var BN = { value: void 0, enumerable: !1 },
  HA = 'captureStackTrace' in Error ? Error : null;
function lX(e) {
  const t = HA;
  if (t) {
    const a = t.stackTraceLimit;
    if (typeof a == 'number') {
      try {
        t.stackTraceLimit = 0;
      } catch {
        return ((HA = null), new e());
      }
      try {
        return new e();
      } finally {
        t.stackTraceLimit = a;
      }
    }
  }
  return new e();
}
function v(e, t, a, r) {
  const s = {};
  function o(p) {
    (this.def = p), (this.constr = l), (this.traits = new Set());
  }
  o.prototype = s;
  const n = a,
    c = n && new WeakSet();
  function i(p, d) {
    if (p._zod) {
      if (p._zod.traits.has(e)) return;
    } else {
      BN.value = new o(d);
      try {
        Object.defineProperty(p, '_zod', BN);
      } finally {
        BN.value = void 0;
      }
    }
    if ((p._zod.traits.add(e), t(p, d), c)) {
      let N = Object.getPrototypeOf(p),
        f = p._zod.constr.prototype,
        A = N;
      for (; A && A !== f; ) A = Object.getPrototypeOf(A);
      const g = A ?? N;
      c.has(g) || (c.add(g), qN(g, n));
    }
    const x = l.prototype;
    for (const N in x) Object.hasOwn(x, N) && (N in p || (p[N] = x[N].bind(p)));
  }
  const m = r?.Parent ?? Object;
  class u extends m {}
  Object.defineProperty(u, 'name', { value: e });
  function l(p) {
    const d = r?.Parent ? lX(u) : this;
    i(d, p);
    const x = d._zod.deferred;
    if (x) {
      for (const f of x) f();
      d._zod.deferred = void 0;
    }
    const N = globalThis.__zod_globalConfig?.postProcessor;
    return (N && N(d), d);
  }
  return (
    Object.defineProperty(l, 'init', { value: i }),
    Object.defineProperty(l, Symbol.hasInstance, {
      value: (p) => (r?.Parent && p instanceof r.Parent ? !0 : p?._zod?.traits?.has(e)),
    }),
    Object.defineProperty(l, 'name', { value: e }),
    l
  );
}
var St = class extends Error {
    constructor() {
      super('Encountered Promise during synchronous parse. Use .parseAsync() instead.');
    }
  },
  Vs = class extends Error {
    constructor(t) {
      super(`Encountered unidirectional transform during encode: ${t}`), (this.name = 'ZodEncodeError');
    }
  };
(zA = globalThis).__zod_globalConfig ?? (zA.__zod_globalConfig = {});
var Ue = globalThis.__zod_globalConfig;
function Ye(e) {
  return (e && Object.assign(Ue, e), Ue);
}
function pX() {
  const e = this._zod;
  return (e.message ?? (e.message = JSON.stringify(e.def, ks, 2)), e.message);
}
function dX(e) {
  this._zod.message = e;
}
var yX = { get: pX, set: dX, enumerable: !0, configurable: !0 },
  zN = { value: void 0, enumerable: !1 },
  jA = new WeakSet([Object.prototype, Error.prototype]),
  WA = (e, t) => {
    (e.name = '$ZodError'),
      (zN.value = t),
      Object.defineProperty(e, 'issues', zN),
      (zN.value = void 0),
      Object.defineProperty(e, 'message', yX);
    const a = Object.getPrototypeOf(e);
    jA.has(a) ||
      (jA.add(a),
      Object.defineProperty(a, 'toString', {
        configurable: !0,
        enumerable: !1,
        get() {
          const r = () => this.message;
          return (Object.defineProperty(this, 'toString', { value: r, configurable: !0, writable: !0 }), r);
        },
        set(r) {
          Object.defineProperty(this, 'toString', { value: r, configurable: !0, writable: !0 });
        },
      }));
  },
  ZA = v('$ZodError', WA),
  Exe = v('$ZodError', WA, void 0, { Parent: Error });
function NX(e, t, a) {
  return (
    Object.hasOwn(e, t) ||
      (t === '__proto__'
        ? Object.defineProperty(e, t, { value: a(), writable: !0, enumerable: !0, configurable: !0 })
        : (e[t] = a())),
    e[t]
  );
}
function KA(e, t = (a) => a.message) {
  const a = {},
    r = [];
  for (const s of e.issues) s.path.length > 0 ? NX(a, s.path[0], () => []).push(t(s)) : r.push(t(s));
  return { formErrors: r, fieldErrors: a };
}
function JA(e, t = (a) => a.message) {
  const a = { _errors: [] },
    r = (s, o = []) => {
      for (const n of s.issues)
        if (n.code === 'invalid_union' && n.errors.length)
          n.errors.map((c) => r({ issues: c }, [...o, ...n.path]));
        else if (n.code === 'invalid_key') r({ issues: n.issues }, [...o, ...n.path]);
        else if (n.code === 'invalid_element') r({ issues: n.issues }, [...o, ...n.path]);
        else {
          const c = [...o, ...n.path];
          if (c.length === 0) a._errors.push(t(n));
          else {
            let i = a,
              m = 0;
            for (; m < c.length; ) {
              const u = c[m],
                l = m === c.length - 1;
              if (u === '_errors') {
                l && i._errors.push(t(n)), m++;
                continue;
              }
              Object.hasOwn(i, u) ||
                Object.defineProperty(i, u, {
                  value: { _errors: [] },
                  enumerable: !0,
                  writable: !0,
                  configurable: !0,
                });
              const p = i[u];
              l && p._errors.push(t(n)), (i = p), m++;
            }
          }
        }
    };
  return (r(e), a);
}
function pp(e, t) {
  return { callee: t?.callee ?? e, Err: t?.Err };
}
var dp = (e) => {
  const t = (a, r, s, o) => {
    const n = s ? { ...s, async: !1 } : { async: !1 },
      c = a._zod.run({ value: r, issues: [] }, n);
    if (c instanceof Promise) throw new St();
    if (c.issues.length) {
      const i = new (o?.Err ?? e)(c.issues.map((m) => It(m, n, Ye())));
      throw (np(i, o?.callee ?? t), i);
    }
    return c.value;
  };
  return t;
};
var yp = (e) => {
  const t = async (a, r, s, o) => {
    let n = s ? { ...s, async: !0 } : { async: !0 },
      c = a._zod.run({ value: r, issues: [] }, n);
    if ((c instanceof Promise && (c = await c), c.issues.length)) {
      const i = new (o?.Err ?? e)(c.issues.map((m) => It(m, n, Ye())));
      throw (np(i, o?.callee ?? t), i);
    }
    return c.value;
  };
  return t;
};
var Np = (e) => (t, a, r) => {
  const s = r ? { ...r, async: !1 } : { async: !1 },
    o = t._zod.run({ value: a, issues: [] }, s);
  if (o instanceof Promise) throw new St();
  return o.issues.length ? YA(e, o.issues, s) : { success: !0, data: o.value };
};
function YA(e, t, a) {
  let r;
  return {
    success: !1,
    get error() {
      return (r || ((r = new e(t.map((s) => It(s, a, Ye())))), (t = void 0), (a = void 0)), r);
    },
    set error(s) {
      (r = s), (t = void 0), (a = void 0);
    },
  };
}
var xp = (e) => async (t, a, r) => {
  let s = r ? { ...r, async: !0 } : { async: !0 },
    o = t._zod.run({ value: a, issues: [] }, s);
  return (
    o instanceof Promise && (o = await o),
    o.issues.length ? YA(e, o.issues, s) : { success: !0, data: o.value }
  );
};
var xX = Symbol.for('zod.compile.invalid'),
  fX = Symbol.for('zod.compile.fallback'),
  HN = (e, t, a) => {
    const r = e._zod.bag.validator;
    if (r !== void 0) {
      if (r(t) !== xX) return !0;
      if (r.definite === !0 && a === void 0) return !1;
    }
    return RX(e, t, a);
  };
function RX(e, t, a) {
  let r = a ? { ...a, async: !1, abortEarly: !0 } : { async: !1, abortEarly: !0 },
    s = e._zod.bag.fallbackRun,
    o;
  if (
    (s ? ((r[fX] = !0), (o = s({ value: t, issues: [] }, r))) : (o = e._zod.run({ value: t, issues: [] }, r)),
    o instanceof Promise)
  )
    throw new St();
  return o.issues.length === 0;
}
var jN = async (e, t, a) => {
    let r = a ? { ...a, async: !0, abortEarly: !0 } : { async: !0, abortEarly: !0 },
      s = e._zod.run({ value: t, issues: [] }, r);
    return (s instanceof Promise && (s = await s), s.issues.length === 0);
  },
  XA = (e) => {
    const t = dp(e),
      a = (r, s, o, n) => {
        const c = o ? { ...o, direction: 'backward' } : { direction: 'backward' };
        return t(r, s, c, pp(a, n));
      };
    return a;
  };
var eC = (e) => {
  const t = dp(e),
    a = (r, s, o, n) => t(r, s, o, pp(a, n));
  return a;
};
var tC = (e) => {
  const t = yp(e),
    a = async (r, s, o, n) => {
      const c = o ? { ...o, direction: 'backward' } : { direction: 'backward' };
      return await t(r, s, c, pp(a, n));
    };
  return a;
};
var aC = (e) => {
  const t = yp(e),
    a = async (r, s, o, n) => await t(r, s, o, pp(a, n));
  return a;
};
var rC = (e) => (t, a, r) => {
  const s = r ? { ...r, direction: 'backward' } : { direction: 'backward' };
  return Np(e)(t, a, s);
};
var sC = (e) => (t, a, r) => Np(e)(t, a, r);
var oC = (e) => async (t, a, r) => {
  const s = r ? { ...r, direction: 'backward' } : { direction: 'backward' };
  return xp(e)(t, a, s);
};
var nC = (e) => async (t, a, r) => xp(e)(t, a, r);
var cC = /^[cC][0-9a-z]{6,}$/,
  iC = /^[0-9a-z]+$/,
  mC = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/,
  uC = /^[0-9a-vA-V]{20}$/,
  lC = /^[A-Za-z0-9]{27}$/,
  pC = /^[a-zA-Z0-9_-]{21}$/;
function dC(e) {
  return new RegExp(`^[a-zA-Z0-9_-]{${e}}$`);
}
var yC = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var NC = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,
  ZN = (e) =>
    e
      ? new RegExp(
          `^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`,
        )
      : /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
var xC =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
var IX =
  '^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$';
function fC() {
  return new RegExp(IX, 'u');
}
var RC =
    /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/,
  IC =
    /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var SC =
    /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/,
  _C =
    /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/,
  vC = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/,
  gC = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var hC = /^https?$/,
  AC = /^\+[1-9]\d{6,14}$/;
var CC =
  '(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))';
function SX(e) {
  return new RegExp(`^${e}$`);
}
var TC = SX(CC);
function WN(e) {
  const t = '(?:[01]\\d|2[0-3]):[0-5]\\d';
  return typeof e.precision == 'number'
    ? e.precision === -1
      ? `${t}`
      : e.precision === 0
        ? `${t}:[0-5]\\d`
        : `${t}:[0-5]\\d\\.\\d{${e.precision}}`
    : e.seconds
      ? `${t}:[0-5]\\d(?:\\.\\d+)?`
      : `${t}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function DC(e) {
  return new RegExp(`^${WN(e)}$`);
}
function PC(e) {
  const t = ['Z'];
  e.offset && t.push('([+-](?:[01]\\d|2[0-3]):[0-5]\\d)');
  const a = `${WN({ precision: e.precision, seconds: !0 })}(?:${t.join('|')})`,
    r = e.local ? `${a}|${WN({ precision: e.precision })}` : a;
  return new RegExp(`^${CC}T(?:${r})$`);
}
var bC = /^[\s\S]{0,}$/;
var KN = /^-?\d+$/,
  Wo = /^-?\d+(?:\.\d+)?$/,
  EC = /^(?:true|false)$/i;
var $C = /^[^A-Z]*$/,
  wC = /^[^a-z]*$/;
var Ce = v('$ZodCheck', (e, t) => {
  var a;
  e._zod ?? (e._zod = {}), (e._zod.def = t), (a = e._zod).onattach ?? (a.onattach = []);
});
var JN = (e) => {
    const t = e.value;
    return !wN(t) && t.length !== void 0;
  },
  fp = { number: 'number', bigint: 'bigint', object: 'date' },
  YN = v('$ZodCheckLessThan', (e, t) => {
    Ce.init(e, t);
    const a = fp[typeof t.value];
    e._zod.check = (r) => {
      (t.inclusive ? r.value <= t.value : r.value < t.value) ||
        r.issues.push({
          origin: fp[typeof r.value] ?? a,
          code: 'too_big',
          maximum: typeof t.value == 'object' ? t.value.getTime() : t.value,
          input: r.value,
          inclusive: t.inclusive,
          inst: e,
          continue: !t.abort,
        });
    };
  }),
  XN = v('$ZodCheckGreaterThan', (e, t) => {
    Ce.init(e, t);
    const a = fp[typeof t.value];
    e._zod.check = (r) => {
      (t.inclusive ? r.value >= t.value : r.value > t.value) ||
        r.issues.push({
          origin: fp[typeof r.value] ?? a,
          code: 'too_small',
          minimum: typeof t.value == 'object' ? t.value.getTime() : t.value,
          input: r.value,
          inclusive: t.inclusive,
          inst: e,
          continue: !t.abort,
        });
    };
  }),
  LC = v('$ZodCheckMultipleOf', (e, t) => {
    Ce.init(e, t),
      (e._zod.check = (a) => {
        if (typeof a.value != typeof t.value)
          throw new Error('Cannot mix number and bigint in multiple_of check.');
        (typeof a.value == 'bigint'
          ? t.value !== BigInt(0) && a.value % t.value === BigInt(0)
          : LN(a.value, t.value) === 0) ||
          a.issues.push({
            origin: typeof a.value,
            code: 'not_multiple_of',
            divisor: t.value,
            input: a.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  QC = v('$ZodCheckNumberFormat', (e, t) => {
    Ce.init(e, t), (t.format = t.format || 'float64');
    const a = t.format?.includes('int'),
      r = a ? 'int' : 'number',
      [s, o] = Uo[t.format];
    e._zod.check = (n) => {
      const c = n.value;
      if (a) {
        if (!Number.isInteger(c)) {
          n.issues.push({
            expected: r,
            format: t.format,
            code: 'invalid_type',
            continue: !1,
            input: c,
            inst: e,
          });
          return;
        }
        if (!Number.isSafeInteger(c)) {
          c > 0
            ? n.issues.push({
                input: c,
                code: 'too_big',
                maximum: Number.MAX_SAFE_INTEGER,
                note: 'Integers must be within the safe integer range.',
                inst: e,
                origin: r,
                inclusive: !0,
                continue: !t.abort,
              })
            : n.issues.push({
                input: c,
                code: 'too_small',
                minimum: Number.MIN_SAFE_INTEGER,
                note: 'Integers must be within the safe integer range.',
                inst: e,
                origin: r,
                inclusive: !0,
                continue: !t.abort,
              });
          return;
        }
      }
      c < s &&
        n.issues.push({
          origin: 'number',
          input: c,
          code: 'too_small',
          minimum: s,
          inclusive: !0,
          inst: e,
          continue: !t.abort,
        }),
        c > o &&
          n.issues.push({
            origin: 'number',
            input: c,
            code: 'too_big',
            maximum: o,
            inclusive: !0,
            inst: e,
            continue: !t.abort,
          });
    };
  });
var MC = v('$ZodCheckMaxLength', (e, t) => {
    var a;
    Ce.init(e, t),
      (a = e._zod.def).when ?? (a.when = JN),
      (e._zod.check = (r) => {
        const s = r.value,
          o = s.length;
        if ((typeof s == 'string' && o > t.maximum ? Ho(s) : o) <= t.maximum) return;
        const c = jo(s);
        r.issues.push({
          origin: c,
          code: 'too_big',
          maximum: t.maximum,
          inclusive: !0,
          input: s,
          inst: e,
          continue: !t.abort,
        });
      });
  }),
  GC = v('$ZodCheckMinLength', (e, t) => {
    var a;
    Ce.init(e, t),
      (a = e._zod.def).when ?? (a.when = JN),
      (e._zod.check = (r) => {
        const s = r.value,
          o = s.length;
        if ((typeof s == 'string' && o >= t.minimum && o < t.minimum * 2 ? Ho(s) : o) >= t.minimum) return;
        const c = jo(s);
        r.issues.push({
          origin: c,
          code: 'too_small',
          minimum: t.minimum,
          inclusive: !0,
          input: s,
          inst: e,
          continue: !t.abort,
        });
      });
  }),
  kC = v('$ZodCheckLengthEquals', (e, t) => {
    var a;
    Ce.init(e, t),
      (a = e._zod.def).when ?? (a.when = JN),
      (e._zod.check = (r) => {
        const s = r.value,
          o = s.length,
          n = typeof s == 'string' && o >= t.length && o <= t.length * 2 ? Ho(s) : o;
        if (n === t.length) return;
        const c = jo(s),
          i = n > t.length;
        r.issues.push({
          origin: c,
          ...(i ? { code: 'too_big', maximum: t.length } : { code: 'too_small', minimum: t.length }),
          inclusive: !0,
          exact: !0,
          input: r.value,
          inst: e,
          continue: !t.abort,
        });
      });
  }),
  Ko = v('$ZodCheckStringFormat', (e, t) => {
    var a, r;
    Ce.init(e, t),
      t.pattern
        ? ((a = e._zod).check ??
          (a.check = (s) => {
            (t.pattern.lastIndex = 0),
              !t.pattern.test(s.value) &&
                s.issues.push({
                  origin: 'string',
                  code: 'invalid_format',
                  format: t.format,
                  input: s.value,
                  ...(t.pattern ? { pattern: t.pattern.toString() } : {}),
                  inst: e,
                  continue: !t.abort,
                });
          }))
        : ((r = e._zod).check ?? (r.check = () => {}));
  }),
  OC = v('$ZodCheckRegex', (e, t) => {
    Ko.init(e, t),
      (e._zod.check = (a) => {
        (t.pattern.lastIndex = 0),
          !t.pattern.test(a.value) &&
            a.issues.push({
              origin: 'string',
              code: 'invalid_format',
              format: 'regex',
              input: a.value,
              pattern: t.pattern.toString(),
              inst: e,
              continue: !t.abort,
            });
      });
  }),
  VC = v('$ZodCheckLowerCase', (e, t) => {
    t.pattern ?? (t.pattern = $C), Ko.init(e, t);
  }),
  FC = v('$ZodCheckUpperCase', (e, t) => {
    t.pattern ?? (t.pattern = wC), Ko.init(e, t);
  }),
  qC = v('$ZodCheckIncludes', (e, t) => {
    Ce.init(e, t);
    const a = Zr(t.includes),
      r = new RegExp(typeof t.position == 'number' ? `^.{${t.position},}${a}` : a);
    (t.pattern = r),
      (e._zod.check = (s) => {
        s.value.includes(t.includes, t.position) ||
          s.issues.push({
            origin: 'string',
            code: 'invalid_format',
            format: 'includes',
            includes: t.includes,
            input: s.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  BC = v('$ZodCheckStartsWith', (e, t) => {
    Ce.init(e, t);
    const a = new RegExp(`^${Zr(t.prefix)}.*`);
    t.pattern ?? (t.pattern = a),
      (e._zod.check = (r) => {
        r.value.startsWith(t.prefix) ||
          r.issues.push({
            origin: 'string',
            code: 'invalid_format',
            format: 'starts_with',
            prefix: t.prefix,
            input: r.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  UC = v('$ZodCheckEndsWith', (e, t) => {
    Ce.init(e, t);
    const a = new RegExp(`.*${Zr(t.suffix)}$`);
    t.pattern ?? (t.pattern = a),
      (e._zod.check = (r) => {
        r.value.endsWith(t.suffix) ||
          r.issues.push({
            origin: 'string',
            code: 'invalid_format',
            format: 'ends_with',
            suffix: t.suffix,
            input: r.value,
            inst: e,
            continue: !t.abort,
          });
      });
  });
var zC = v('$ZodCheckOverwrite', (e, t) => {
  Ce.init(e, t),
    (e._zod.check = (a) => {
      a.value = t.tx(a.value);
    });
});
var Rp = class {
  constructor(t = [], a = {}) {
    (this.content = []), (this.indent = 0), (this.args = t), (this.closed = a);
  }
  indented(t) {
    this.indent += 1;
    try {
      t(this);
    } finally {
      this.indent -= 1;
    }
  }
  write(t) {
    if (typeof t == 'function') {
      t(this, { execution: 'sync' }), t(this, { execution: 'async' });
      return;
    }
    const r = t
        .split(`
`)
        .filter((n) => n),
      s = Math.min(...r.map((n) => n.length - n.trimStart().length)),
      o = r.map((n) => n.slice(s)).map((n) => ' '.repeat(this.indent * 2) + n);
    for (const n of o) this.content.push(n);
  }
  compile() {
    const t = Function,
      a = this?.content ?? [''];
    return new t(
      ...Object.keys(this.closed),
      `return function (${this.args.join(', ')}) {
${a.join(`
`)}
};`,
    )(...Object.values(this.closed));
  }
};
var jC = { major: 4, minor: 6, patch: 7 };
var ie = v(
    '$ZodType',
    (e, t) => {
      var a;
      e ?? (e = {}), (e._zod.def = t), (e._zod.bag = e._zod.bag || {}), (e._zod.version = jC);
      const r = e._zod.def.checks,
        s = e._zod.traits.has('$ZodCheck') ? [e, ...(r ?? [])] : r?.length ? [...r] : [];
      for (const o of s) for (const n of o._zod.onattach) n(e);
      if (s.length === 0)
        (a = e._zod).deferred ?? (a.deferred = []),
          e._zod.deferred?.push(() => {
            e._zod.run = e._zod.parse;
          });
      else {
        const o = (c, i, m) => {
            if (c.memo) return c;
            let u = Rt(c),
              l;
            for (const p of i) {
              if (p._zod.def.when) {
                if (VN(c) || !p._zod.def.when(c)) continue;
              } else if (u) continue;
              const d = c.issues.length,
                x = p._zod.check(c);
              if (x instanceof Promise && m?.async === !1) throw new St();
              if (l || x instanceof Promise)
                l = (l ?? Promise.resolve()).then(async () => {
                  await x, c.issues.length !== d && (zo(c.issues, d, e), u || (u = Rt(c, d)));
                });
              else {
                if (c.issues.length === d) continue;
                zo(c.issues, d, e), u || (u = Rt(c, d));
              }
            }
            return l ? l.then(() => c) : c;
          },
          n = (c, i, m) => {
            if (Rt(c)) return ((c.aborted = !0), c);
            const u = o(i, s, m);
            if (u instanceof Promise) {
              if (m.async === !1) throw new St();
              return u.then((l) => e._zod.parse(l, m));
            }
            return e._zod.parse(u, m);
          };
        e._zod.run = (c, i) => {
          if (i.skipChecks) return e._zod.parse(c, i);
          if (i.direction === 'backward') {
            const u = e._zod.parse({ value: c.value, issues: [] }, { ...i, skipChecks: !0 });
            return u instanceof Promise ? u.then((l) => n(l, c, i)) : n(u, c, i);
          }
          const m = e._zod.parse(c, i);
          if (m instanceof Promise) {
            if (i.async === !1) throw new St();
            return m.then((u) => o(u, s, i));
          }
          return o(m, s, i);
        };
      }
    },
    {
      get '~standard'() {
        return lp(this, '~standard', tx(this));
      },
      set '~standard'(e) {
        Sr(this, '~standard', e);
      },
    },
  ),
  sT = (e, t) => (e.issues.length ? { issues: e.issues.map((a) => It(a, t, Ye())) } : { value: e.value });
async function _X(e, t) {
  const a = { async: !0 };
  return sT(await e._zod.run({ value: t, issues: [] }, a), a);
}
function tx(e) {
  return {
    validate: (t) => {
      const a = { async: !1 };
      try {
        const r = e._zod.run({ value: t, issues: [] }, a);
        if (!(r instanceof Promise)) return sT(r, a);
      } catch {}
      return _X(e, t);
    },
    vendor: 'zod',
    version: 1,
  };
}
var vp = v('$ZodString', (e, t) => {
    ie.init(e, t),
      (e._zod.pattern = t.pattern ?? bC),
      (e._zod.parse = (a, r) => {
        if (t.coerce)
          try {
            a.value = String(a.value);
          } catch {}
        return (
          typeof a.value == 'string' ||
            a.issues.push({ expected: 'string', code: 'invalid_type', input: a.value, inst: e }),
          a
        );
      });
  }),
  ne = v('$ZodStringFormat', (e, t) => {
    Ko.init(e, t), vp.init(e, t);
  }),
  oT = v('$ZodGUID', (e, t) => {
    t.pattern ?? (t.pattern = NC), ne.init(e, t);
  }),
  nT = v('$ZodUUID', (e, t) => {
    if (t.version) {
      const r = { v1: 1, v2: 2, v3: 3, v4: 4, v5: 5, v6: 6, v7: 7, v8: 8 }[t.version];
      if (r === void 0) throw new Error(`Invalid UUID version: "${t.version}"`);
      t.pattern ?? (t.pattern = ZN(r));
    } else t.pattern ?? (t.pattern = ZN());
    ne.init(e, t);
  }),
  cT = v('$ZodEmail', (e, t) => {
    t.pattern ?? (t.pattern = xC), ne.init(e, t);
  }),
  iT = 1,
  Sp = 2;
function mT(e) {
  try {
    return typeof URL < 'u' && typeof URL.canParse == 'function' ? URL.canParse(e) : (new URL(e), !0);
  } catch {
    return !1;
  }
}
function vX(e, t) {
  return !('normalize' in t) && !('hostname' in t) && !('protocol' in t) ? mT(e) || Sp : gX(e, t);
}
function gX(e, t) {
  if (!t.normalize && t.protocol?.source === hC.source && !/^https?:\/\//i.test(e)) return iT;
  try {
    if (typeof URL < 'u') {
      const a = URL;
      if (typeof a.parse == 'function') return a.parse(e) ?? Sp;
    }
    return new URL(e);
  } catch {
    return Sp;
  }
}
var hX = /[\t\n\r]/g;
function WC(e) {
  return e.replace(hX, '');
}
function AX(e, t) {
  return ((t.lastIndex = 0), t.test(e.hostname));
}
function CX(e, t) {
  return ((t.lastIndex = 0), t.test(e.protocol.endsWith(':') ? e.protocol.slice(0, -1) : e.protocol));
}
var uT = v('$ZodURL', (e, t) => {
    ne.init(e, t),
      (e._zod.check = (a) => {
        try {
          const r = a.value.trim(),
            s = vX(r, t);
          if (s === iT) {
            a.issues.push({
              code: 'invalid_format',
              format: 'url',
              note: 'Invalid URL format',
              input: a.value,
              inst: e,
              continue: !t.abort,
            });
            return;
          }
          if (s === Sp) {
            a.issues.push({
              code: 'invalid_format',
              format: 'url',
              input: a.value,
              inst: e,
              continue: !t.abort,
            });
            return;
          }
          if (s === !0) {
            a.value = WC(r);
            return;
          }
          t.hostname &&
            !AX(s, t.hostname) &&
            a.issues.push({
              code: 'invalid_format',
              format: 'url',
              note: 'Invalid hostname',
              pattern: t.hostname.source,
              input: a.value,
              inst: e,
              continue: !t.abort,
            }),
            t.protocol &&
              !CX(s, t.protocol) &&
              a.issues.push({
                code: 'invalid_format',
                format: 'url',
                note: 'Invalid protocol',
                pattern: t.protocol.source,
                input: a.value,
                inst: e,
                continue: !t.abort,
              }),
            (a.value = t.normalize ? s.href : WC(r));
          return;
        } catch {
          a.issues.push({
            code: 'invalid_format',
            format: 'url',
            input: a.value,
            inst: e,
            continue: !t.abort,
          });
        }
      });
  }),
  lT = v('$ZodEmoji', (e, t) => {
    t.pattern ?? (t.pattern = fC()), ne.init(e, t);
  }),
  pT = v('$ZodNanoID', (e, t) => {
    if (t.length !== void 0 && (!Number.isInteger(t.length) || t.length < 1))
      throw new Error(`Invalid nanoid length: ${t.length}`);
    t.pattern ?? (t.pattern = t.length === void 0 ? pC : dC(t.length)), ne.init(e, t);
  }),
  dT = v('$ZodCUID', (e, t) => {
    t.pattern ?? (t.pattern = cC), ne.init(e, t);
  }),
  yT = v('$ZodCUID2', (e, t) => {
    t.pattern ?? (t.pattern = iC), ne.init(e, t);
  }),
  NT = v('$ZodULID', (e, t) => {
    t.pattern ?? (t.pattern = mC), ne.init(e, t);
  }),
  xT = v('$ZodXID', (e, t) => {
    t.pattern ?? (t.pattern = uC), ne.init(e, t);
  }),
  fT = v('$ZodKSUID', (e, t) => {
    t.pattern ?? (t.pattern = lC), ne.init(e, t);
  }),
  RT = v('$ZodISODateTime', (e, t) => {
    t.pattern ?? (t.pattern = PC(t)), ne.init(e, t);
  }),
  IT = v('$ZodISODate', (e, t) => {
    t.pattern ?? (t.pattern = TC), ne.init(e, t);
  }),
  ST = v('$ZodISOTime', (e, t) => {
    t.pattern ?? (t.pattern = DC(t)), ne.init(e, t);
  }),
  _T = v('$ZodISODuration', (e, t) => {
    t.pattern ?? (t.pattern = yC), ne.init(e, t);
  }),
  vT = v('$ZodIPv4', (e, t) => {
    t.pattern ?? (t.pattern = RC), ne.init(e, t);
  }),
  TX = /^[0-9a-fA-F:.]+$/;
function gT(e) {
  return TX.test(e) ? mT(`http://[${e}]`) : !1;
}
var hT = v('$ZodIPv6', (e, t) => {
  t.pattern ?? (t.pattern = IC),
    ne.init(e, t),
    (e._zod.check = (a) => {
      gT(a.value) ||
        a.issues.push({
          code: 'invalid_format',
          format: 'ipv6',
          input: a.value,
          inst: e,
          continue: !t.abort,
        });
    });
});
var AT = v('$ZodCIDRv4', (e, t) => {
  t.pattern ?? (t.pattern = SC), ne.init(e, t);
});
function DX(e) {
  const t = e.split('/');
  if (t.length !== 2) return !1;
  const [a, r] = t;
  if (!r) return !1;
  const s = Number(r);
  return `${s}` !== r || s < 0 || s > 128 ? !1 : gT(a);
}
var CT = v('$ZodCIDRv6', (e, t) => {
  t.pattern ?? (t.pattern = _C),
    ne.init(e, t),
    (e._zod.check = (a) => {
      DX(a.value) ||
        a.issues.push({
          code: 'invalid_format',
          format: 'cidrv6',
          input: a.value,
          inst: e,
          continue: !t.abort,
        });
    });
});
function TT(e) {
  if (e === '') return !0;
  if (/\s/.test(e) || e.length % 4 !== 0) return !1;
  try {
    return (atob(e), !0);
  } catch {
    return !1;
  }
}
var ax = /^[0-9a-zA-Z+/]*={0,2}$/,
  DT = v('$ZodBase64', (e, t) => {
    t.pattern ?? (t.pattern = ax),
      ne.init(e, t),
      (e._zod.check = (a) => {
        TT(a.value) ||
          a.issues.push({
            code: 'invalid_format',
            format: 'base64',
            input: a.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  gp = /^[A-Za-z0-9_-]*$/;
function PX(e) {
  if (!gp.test(e)) return !1;
  const t = e.replace(/[-_]/g, (r) => (r === '-' ? '+' : '/')),
    a = t.padEnd(Math.ceil(t.length / 4) * 4, '=');
  return TT(a);
}
var PT = v('$ZodBase64URL', (e, t) => {
    t.pattern ?? (t.pattern = gp),
      ne.init(e, t),
      (e._zod.check = (a) => {
        PX(a.value) ||
          a.issues.push({
            code: 'invalid_format',
            format: 'base64url',
            input: a.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  bT = v('$ZodE164', (e, t) => {
    t.pattern ?? (t.pattern = AC), ne.init(e, t);
  });
function bX(e, t = null) {
  try {
    const a = e.split('.');
    if (a.length !== 3) return !1;
    const [r] = a;
    if (!r) return !1;
    const s = JSON.parse(atob(r));
    return !(('typ' in s && s?.typ !== 'JWT') || !s.alg || (t && (!('alg' in s) || s.alg !== t)));
  } catch {
    return !1;
  }
}
var ET = v('$ZodJWT', (e, t) => {
  ne.init(e, t),
    (e._zod.check = (a) => {
      bX(a.value, t.alg) ||
        a.issues.push({ code: 'invalid_format', format: 'jwt', input: a.value, inst: e, continue: !t.abort });
    });
});
var rx = v('$ZodNumber', (e, t) => {
    ie.init(e, t),
      (e._zod.pattern = Wo),
      (e._zod.parse = (a, r) => {
        if (t.coerce)
          try {
            a.value = Number(a.value);
          } catch {}
        const s = a.value;
        if (typeof s == 'number' && !Number.isNaN(s) && Number.isFinite(s)) return a;
        const o =
          typeof s == 'number' ? (Number.isNaN(s) ? 'NaN' : Number.isFinite(s) ? void 0 : String(s)) : void 0;
        return (
          a.issues.push({
            expected: 'number',
            code: 'invalid_type',
            input: s,
            inst: e,
            ...(o ? { received: o } : {}),
          }),
          a
        );
      });
  }),
  $T = v('$ZodNumberFormat', (e, t) => {
    QC.init(e, t), rx.init(e, t);
  }),
  wT = v('$ZodBoolean', (e, t) => {
    ie.init(e, t),
      (e._zod.pattern = EC),
      (e._zod.parse = (a, r) => {
        if (t.coerce)
          try {
            a.value = !!a.value;
          } catch {}
        const s = a.value;
        return (
          typeof s == 'boolean' ||
            a.issues.push({ expected: 'boolean', code: 'invalid_type', input: s, inst: e }),
          a
        );
      });
  });
var LT = v('$ZodUnknown', (e, t) => {
    ie.init(e, t), (e._zod.parse = (a) => a);
  }),
  QT = v('$ZodNever', (e, t) => {
    ie.init(e, t),
      (e._zod.parse = (a, r) => (
        a.issues.push({ expected: 'never', code: 'invalid_type', input: a.value, inst: e }), a
      ));
  });
function EX(e, t) {
  const a = up(e._zod.def.checks);
  if (!a.length) return;
  const r = Math.min(...a.map((o) => o[0])),
    s = e._zod.parse;
  e._zod.parse = (o, n) => {
    const c = t(o.value);
    if (c > r && !n?.skipChecks && n?.direction !== 'backward') {
      for (const [i, m] of up(e._zod.def.checks))
        if (c > i && m._zod.def.when(o)) {
          const u = o.issues.length;
          return (m._zod.check(o), (o.issues[u].continue = !1), zo(o.issues, u, e), o);
        }
    }
    return s(o, n);
  };
}
var $X = (e) => (Array.isArray(e) ? e.length : -1);
function ZC(e, t, a) {
  e.issues.length && t.issues.push(...Xt(a, e.issues)), (t.value[a] = e.value);
}
var MT = v('$ZodArray', (e, t) => {
  ie.init(e, t);
  const a = Ue.memoizer;
  a?.attach(e),
    (e._zod.parse = (r, s) => {
      const o = r.value;
      if (!Array.isArray(o))
        return (r.issues.push({ expected: 'array', code: 'invalid_type', input: o, inst: e }), r);
      r.value = a ? a.alloc(e, r, Array(o.length), s) : Array(o.length);
      const n = [],
        c = s?.abortEarly;
      for (let i = 0; i < o.length; i++) {
        const m = o[i],
          u = t.element._zod.run({ value: m, issues: [] }, s);
        if (u instanceof Promise) n.push(u.then((l) => ZC(l, r, i)));
        else if ((ZC(u, r, i), c && u.issues.length !== 0 && Rt(u))) break;
      }
      return n.length ? Promise.all(n).then(() => r) : r;
    }),
    EX(e, $X);
});
function _p(e, t, a, r, s, o) {
  const n = a in r,
    c = o === 'optional';
  if (!(!n && c && s === 'optional')) {
    if (e.issues.length) {
      if (s !== void 0 && c && !n) return;
      t.issues.push(...Xt(a, e.issues));
    }
    if (!n && s === void 0) {
      e.issues.length ||
        t.issues.push({ code: 'invalid_type', expected: 'nonoptional', input: void 0, path: [a] });
      return;
    }
    e.value === void 0 ? (n || (s === 'defaulted' && !c)) && (t.value[a] = void 0) : (t.value[a] = e.value);
  }
}
var wX = [];
function GT(e) {
  const t = Object.keys(e.shape),
    a = Object.getOwnPropertySymbols(e.shape),
    r = a.length ? a : wX,
    s = r.length ? [...t, ...r] : t;
  for (const n of s)
    if (!e.shape?.[n]?._zod?.traits?.has('$ZodType'))
      throw new Error(`Invalid element at key "${String(n)}": expected a Zod schema`);
  const o = ON(e.shape);
  return { ...e, allKeys: s, symbolKeys: r, keySet: new Set(t), numKeys: t.length, optionalKeys: new Set(o) };
}
function kT(e, t, a, r, s, o, n) {
  let c = [],
    i = s.keySet,
    m = s.catchall._zod,
    u = m.def.type,
    l = m.optin,
    p = m.optout,
    d = 0;
  for (const x in t) {
    if (n && a.issues.length !== d) {
      if (Rt(a, d)) break;
      d = a.issues.length;
    }
    if (i.has(x)) continue;
    if (x === '__proto__') {
      u === 'never' && c.push(x);
      continue;
    }
    if (u === 'never') {
      c.push(x);
      continue;
    }
    const N = m.run({ value: t[x], issues: [] }, r);
    N instanceof Promise ? e.push(N.then((f) => _p(f, a, x, t, l, p))) : _p(N, a, x, t, l, p);
  }
  return (
    c.length && a.issues.push({ code: 'unrecognized_keys', keys: c, input: t, inst: o, continue: !0 }),
    e.length ? Promise.all(e).then(() => a) : a
  );
}
var LX = v('$ZodObject', (e, t) => {
    ie.init(e, t);
    const a = Object.getOwnPropertyDescriptor(t, 'shape'),
      r = a?.get ? a.get.raw : (t.shape ?? {});
    if (r) {
      const m = () => {
        const u = { ...r };
        return (Object.defineProperty(t, 'shape', { value: u }), (m.raw = u), u);
      };
      (m.raw = r), Object.defineProperty(t, 'shape', { get: m });
    }
    const s = Fo(() => GT(t));
    J(e, 'propValues', (m) => {
      const u = m.def.shape,
        l = {};
      for (const p in u) {
        const d = u[p]._zod;
        if (d.values) {
          Object.hasOwn(l, p) || st(l, p, new Set());
          for (const x of d.values) l[p].add(x);
          d.optin !== void 0 && l[p].add(void 0);
        }
      }
      return l;
    });
    let o = Ms,
      n = t.catchall,
      c,
      i = Ue.memoizer;
    i?.attach(e),
      (e._zod.parse = (m, u) => {
        c ?? (c = s.value);
        const l = m.value;
        if (!o(l)) return (m.issues.push({ expected: 'object', code: 'invalid_type', input: l, inst: e }), m);
        m.value = i ? i.alloc(e, m, {}, u) : {};
        let p = [],
          d = c.shape,
          x = u?.abortEarly,
          N = m.issues.length;
        for (const f of c.allKeys) {
          if (x && m.issues.length !== N) {
            if (Rt(m, N)) break;
            N = m.issues.length;
          }
          if (f === '__proto__') continue;
          const A = d[f],
            g = A._zod.optin,
            T = A._zod.optout,
            b = A._zod.run({ value: l[f], issues: [] }, u);
          b instanceof Promise ? p.push(b.then((D) => _p(D, m, f, l, g, T))) : _p(b, m, f, l, g, T);
        }
        return n ? kT(p, l, m, u, s.value, e, x === !0) : p.length ? Promise.all(p).then(() => m) : m;
      });
  }),
  OT = v('$ZodObjectJIT', (e, t) => {
    LX.init(e, t);
    let a = e._zod.parse,
      r = Fo(() => GT(t)),
      s = Ue.memoizer,
      o = (d) => {
        const x = r.value,
          N = x.symbolKeys,
          f = new Rp(['payload', 'ctx'], { shape: d, inst: e, memo: s, syms: N }),
          A = (D) => `shape[${D}]._zod.run({ value: input[${D}], issues: [] }, ctx)`,
          g = (D, P) => `
          let ${D}_ab = false;
          for (let i = 0; i < ${D}.issues.length; i++) {
            const iss = ${D}.issues[i];
            iss.path = iss.path ? [${P}, ...iss.path] : [${P}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${D}_ab = true;
          }
          if (${D}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        f.write('const input = payload.value;');
        let T = Object.create(null),
          b = 0;
        for (const D of x.allKeys) T[D] = `key_${b++}`;
        f.write(s ? 'const newResult = memo.alloc(inst, payload, {}, ctx);' : 'const newResult = {};');
        for (const D of x.allKeys) {
          if (D === '__proto__') continue;
          const P = T[D],
            B = typeof D == 'symbol' ? `syms[${N.indexOf(D)}]` : QN(D),
            E = `${B} in input`,
            ue = d[D],
            et = ue?._zod?.optin,
            Qt = et !== void 0,
            de = ue?._zod?.optout === 'optional';
          if ((f.write(`const ${P} = ${A(B)};`), Qt && de)) {
            const Nn = et === 'optional' ? `${P}_present` : `${P}.value !== undefined || ${P}_present`;
            f.write(`
        const ${P}_present = ${E};
        if (!${P}.issues.length || ${P}_present) {
          if (${P}.issues.length) {${g(P, B)}
          }

          if (${Nn}) {
            newResult[${B}] = ${P}.value;
          }
        }

      `);
          } else
            Qt
              ? (f.write(`
        if (${P}.issues.length) {${g(P, B)}
        }
      `),
                et === 'defaulted'
                  ? f.write(`newResult[${B}] = ${P}.value;`)
                  : f.write(`
        if (${P}.value !== undefined || ${E}) {
          newResult[${B}] = ${P}.value;
        }
      `))
              : f.write(`
        const ${P}_present = ${E};
        if (${P}.issues.length) {${g(P, B)}
        }
        if (!${P}_present && !${P}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${B}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${P}_present) {
          newResult[${B}] = ${P}.value;
        }

      `);
        }
        return (f.write('payload.value = newResult;'), f.write('return payload;'), f.compile());
      },
      n,
      c = Ms,
      i = !Ue.jitless,
      u = i && GN.value,
      l = t.catchall,
      p;
    e._zod.parse = (d, x) => {
      p ?? (p = r.value);
      const N = d.value;
      return c(N)
        ? i && u && x?.async === !1 && x.jitless !== !0
          ? (n || (n = o(t.shape)), (d = n(d, x)), l ? kT([], N, d, x, p, e, x?.abortEarly === !0) : d)
          : a(d, x)
        : (d.issues.push({ expected: 'object', code: 'invalid_type', input: N, inst: e }), d);
    };
  });
function KC(e, t, a, r) {
  for (const o of e) if (o.issues.length === 0) return ((t.value = o.value), t);
  const s = e.filter((o) => !Rt(o));
  return s.length === 1
    ? ((t.value = s[0].value), s[0])
    : (t.issues.push({
        code: 'invalid_union',
        input: t.value,
        inst: a,
        errors: e.map((o) => o.issues.map((n) => It(n, r, Ye()))),
      }),
      t);
}
var VT = v('$ZodUnion', (e, t) => {
  ie.init(e, t),
    J(e, 'optin', (r) =>
      r.def.options.some((s) => s._zod.optin === 'defaulted')
        ? 'defaulted'
        : r.def.options.some((s) => s._zod.optin !== void 0)
          ? 'optional'
          : void 0,
    ),
    J(e, 'optout', (r) => (r.def.options.some((s) => s._zod.optout === 'optional') ? 'optional' : void 0)),
    J(e, 'values', (r) => {
      if (r.def.options.every((s) => s._zod.values))
        return new Set(r.def.options.flatMap((s) => Array.from(s._zod.values)));
    }),
    J(e, 'pattern', (r) => {
      if (r.def.options.every((s) => s._zod.pattern)) {
        const s = r.def.options.map((o) => o._zod.pattern);
        return new RegExp(`^(${s.map((o) => qo(o.source)).join('|')})$`);
      }
    });
  const a = t.options.length === 1 ? t.options[0]._zod.run : null;
  e._zod.parse = (r, s) => {
    if (a) return a(r, s);
    let o = !1,
      n = [];
    for (const c of t.options) {
      const i = c._zod.run({ value: r.value, issues: [] }, s);
      if (i instanceof Promise) n.push(i), (o = !0);
      else {
        if (i.issues.length === 0) return i;
        n.push(i);
      }
    }
    return o ? Promise.all(n).then((c) => KC(c, r, e, s)) : KC(n, r, e, s);
  };
});
var FT = v('$ZodIntersection', (e, t) => {
  ie.init(e, t),
    (e._zod.parse = (a, r) => {
      const s = a.value,
        o = t.left._zod.run({ value: s, issues: [] }, r),
        n = t.right._zod.run({ value: s, issues: [] }, r);
      return o instanceof Promise || n instanceof Promise
        ? Promise.all([o, n]).then(([i, m]) => JC(a, i, m))
        : JC(a, o, n);
    });
});
function ex(e, t) {
  if (e === t) return { valid: !0, data: e };
  if (e instanceof Date && t instanceof Date && +e == +t) return { valid: !0, data: e };
  if (_r(e) && _r(t)) {
    const a = Object.keys(t),
      r = Object.keys(e).filter((o) => a.indexOf(o) !== -1),
      s = { ...e, ...t };
    Object.hasOwn(s, '__proto__') && delete s.__proto__;
    for (const o of r) {
      if (o === '__proto__') continue;
      const n = ex(e[o], t[o]);
      if (!n.valid) return { valid: !1, mergeErrorPath: [o, ...n.mergeErrorPath] };
      s[o] = n.data;
    }
    return { valid: !0, data: s };
  }
  if (Array.isArray(e) && Array.isArray(t)) {
    if (e.length !== t.length) return { valid: !1, mergeErrorPath: [] };
    const a = [];
    for (let r = 0; r < e.length; r++) {
      const s = e[r],
        o = t[r],
        n = ex(s, o);
      if (!n.valid) return { valid: !1, mergeErrorPath: [r, ...n.mergeErrorPath] };
      a.push(n.data);
    }
    return { valid: !0, data: a };
  }
  return { valid: !1, mergeErrorPath: [] };
}
function JC(e, t, a) {
  let r = new Map(),
    s,
    o = new Map(),
    n = (m, u) => {
      let l;
      if (m.code === 'unrecognized_keys' && !m.path?.length) s ?? (s = m), (l = m.keys);
      else if (m.code === 'invalid_key' && m.origin === 'record' && m.path?.length === 1) {
        const p = String(m.path[0]);
        o.has(p) || o.set(p, m), (l = [p]);
      } else return !1;
      for (const p of l) r.has(p) || r.set(p, {}), (r.get(p)[u] = !0);
      return !0;
    };
  for (const m of t.issues) n(m, 'l') || e.issues.push(m);
  for (const m of a.issues) n(m, 'r') || e.issues.push(m);
  const c = [...r].filter(([, m]) => m.l && m.r).map(([m]) => m);
  if (c.length) {
    const m = s ? c.filter((u) => s.keys.includes(u)) : [];
    m.length && e.issues.push({ ...s, keys: m });
    for (const u of c) !m.includes(u) && o.has(u) && e.issues.push(o.get(u));
  }
  const i = ex(t.value, a.value);
  if (!i.valid) {
    if (Rt(e)) return e;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(i.mergeErrorPath)}`);
  }
  return ((e.value = i.data), e);
}
var qT = v('$ZodRecord', (e, t) => {
  ie.init(e, t);
  const a = Ue.memoizer;
  a?.attach(e),
    (e._zod.parse = (r, s) => {
      const o = r.value;
      if (!_r(o)) return (r.issues.push({ expected: 'record', code: 'invalid_type', input: o, inst: e }), r);
      const n = [],
        c = t.keyType._zod.values;
      if (c && !t.partial) {
        r.value = a ? a.alloc(e, r, {}, s) : {};
        const i = new Set();
        for (const u of c)
          if (typeof u == 'string' || typeof u == 'number' || typeof u == 'symbol') {
            if ((i.add(typeof u == 'number' ? u.toString() : u), u === '__proto__')) continue;
            const l = t.keyType._zod.run({ value: u, issues: [] }, s);
            if (l instanceof Promise) throw new Error('Async schemas not supported in object keys currently');
            if (l.issues.length) {
              r.issues.push({
                code: 'invalid_key',
                origin: 'record',
                issues: l.issues.map((x) => It(x, s, Ye())),
                input: u,
                path: [u],
                inst: e,
              });
              continue;
            }
            const p = l.value;
            if (p === '__proto__') continue;
            const d = t.valueType._zod.run({ value: o[u], issues: [] }, s);
            d instanceof Promise
              ? n.push(
                  d.then((x) => {
                    x.issues.length && r.issues.push(...Xt(u, x.issues)), (r.value[p] = x.value);
                  }),
                )
              : (d.issues.length && r.issues.push(...Xt(u, d.issues)), (r.value[p] = d.value));
          }
        let m;
        for (const u in o)
          if (!i.has(u))
            if (t.mode === 'loose') {
              if (u === '__proto__') continue;
              r.value[u] = o[u];
            } else (m = m ?? []), m.push(u);
        m &&
          m.length > 0 &&
          r.issues.push({ code: 'unrecognized_keys', input: o, inst: e, keys: m, continue: !0 });
      } else {
        r.value = a ? a.alloc(e, r, {}, s) : {};
        let i;
        for (const m of Reflect.ownKeys(o)) {
          if (m === '__proto__' || !Object.prototype.propertyIsEnumerable.call(o, m)) continue;
          let u = t.keyType._zod.run({ value: m, issues: [] }, s);
          if (u instanceof Promise) throw new Error('Async schemas not supported in object keys currently');
          if (typeof m == 'string' && Wo.test(m) && u.issues.length) {
            const x = t.keyType._zod.run({ value: Number(m), issues: [] }, s);
            if (x instanceof Promise) throw new Error('Async schemas not supported in object keys currently');
            x.issues.length === 0 && (u = x);
          }
          if (u.issues.length) {
            t.mode === 'loose'
              ? (r.value[m] = o[m])
              : c
                ? ((i = i ?? []), i.push(m))
                : r.issues.push({
                    code: 'invalid_key',
                    origin: 'record',
                    issues: u.issues.map((x) => It(x, s, Ye())),
                    input: m,
                    path: [m],
                    inst: e,
                  });
            continue;
          }
          const p = u.value;
          if (p === '__proto__') continue;
          const d = t.valueType._zod.run({ value: o[m], issues: [] }, s);
          d instanceof Promise
            ? n.push(
                d.then((x) => {
                  x.issues.length && r.issues.push(...Xt(m, x.issues)), (r.value[p] = x.value);
                }),
              )
            : (d.issues.length && r.issues.push(...Xt(m, d.issues)), (r.value[p] = d.value));
        }
        i &&
          i.length > 0 &&
          r.issues.push({ code: 'unrecognized_keys', input: o, inst: e, keys: i, continue: !0 });
      }
      return n.length ? Promise.all(n).then(() => r) : r;
    });
});
var BT = v('$ZodEnum', (e, t) => {
  ie.init(e, t);
  const a = Gs(t.entries),
    r = new Set(a);
  (e._zod.values = r),
    J(e, 'pattern', (s) => {
      const o = Gs(s.def.entries).filter((n) => kN.has(typeof n));
      return new RegExp(o.length ? `^(${o.map((n) => Zr(n.toString())).join('|')})$` : '^[^\\s\\S]$');
    }),
    (e._zod.parse = (s, o) => {
      const n = s.value;
      return (r.has(n) || s.issues.push({ code: 'invalid_value', values: a, input: n, inst: e }), s);
    });
});
var UT = v('$ZodTransform', (e, t) => {
  ie.init(e, t),
    (e._zod.optin = 'optional'),
    Ue.memoizer?.guard(e),
    (e._zod.parse = (a, r) => {
      if (r.direction === 'backward') throw new Vs(e.constructor.name);
      const s = t.transform(a.value, a);
      if (r.async) return (s instanceof Promise ? s : Promise.resolve(s)).then((n) => ((a.value = n), a));
      if (s instanceof Promise) throw new St();
      return ((a.value = s), a);
    });
});
function YC(e, t) {
  return ((e.value = t.issues.length ? void 0 : t.value), e);
}
var sx = v('$ZodOptional', (e, t) => {
    ie.init(e, t),
      J(e, 'optin', (a) => (a.def.innerType._zod.optin === 'defaulted' ? 'defaulted' : 'optional')),
      (e._zod.optout = 'optional'),
      J(e, 'values', (a) => {
        const r = a.def.innerType._zod.values;
        return r ? new Set([...r, void 0]) : void 0;
      }),
      J(e, 'pattern', (a) => {
        const r = a.def.innerType._zod.pattern;
        return r ? new RegExp(`^(${qo(r.source)})?$`) : void 0;
      }),
      (e._zod.parse = (a, r) => {
        if (a.value === void 0) {
          if (t.innerType._zod.optin !== 'defaulted') return a;
          const s = t.innerType._zod.run({ value: a.value, issues: [] }, r);
          return s instanceof Promise ? s.then((o) => YC(a, o)) : YC(a, s);
        }
        return t.innerType._zod.run(a, r);
      });
  }),
  zT = v('$ZodExactOptional', (e, t) => {
    sx.init(e, t),
      J(e, 'values', (a) => a.def.innerType._zod.values),
      J(e, 'pattern', (a) => a.def.innerType._zod.pattern),
      (e._zod.parse = (a, r) => t.innerType._zod.run(a, r));
  }),
  HT = v('$ZodNullable', (e, t) => {
    ie.init(e, t),
      J(e, 'optin', (a) => a.def.innerType._zod.optin),
      J(e, 'optout', (a) => a.def.innerType._zod.optout),
      J(e, 'pattern', (a) => {
        const r = a.def.innerType._zod.pattern;
        return r ? new RegExp(`^(${qo(r.source)}|null)$`) : void 0;
      }),
      J(e, 'values', (a) =>
        a.def.innerType._zod.values ? new Set([...a.def.innerType._zod.values, null]) : void 0,
      ),
      (e._zod.parse = (a, r) => (a.value === null ? a : t.innerType._zod.run(a, r)));
  }),
  jT = v('$ZodDefault', (e, t) => {
    ie.init(e, t),
      (e._zod.optin = 'defaulted'),
      J(e, 'values', (a) => a.def.innerType._zod.values),
      (e._zod.parse = (a, r) => {
        if (r.direction === 'backward') return t.innerType._zod.run(a, r);
        if (a.value === void 0) return ((a.value = t.defaultValue), a);
        const s = t.innerType._zod.run(a, r);
        return s instanceof Promise ? s.then((o) => XC(o, t)) : XC(s, t);
      });
  });
function XC(e, t) {
  return (e.value === void 0 && (e.value = t.defaultValue), e);
}
var WT = v('$ZodPrefault', (e, t) => {
    ie.init(e, t),
      (e._zod.optin = 'defaulted'),
      J(e, 'values', (a) => a.def.innerType._zod.values),
      (e._zod.parse = (a, r) => (
        r.direction === 'backward' || (a.value === void 0 && (a.value = t.defaultValue)),
        t.innerType._zod.run(a, r)
      ));
  }),
  ZT = v('$ZodNonOptional', (e, t) => {
    ie.init(e, t),
      J(e, 'values', (a) => {
        const r = a.def.innerType._zod.values;
        return r ? new Set([...r].filter((s) => s !== void 0)) : void 0;
      }),
      (e._zod.parse = (a, r) => {
        const s = t.innerType._zod.run(a, r);
        return s instanceof Promise ? s.then((o) => eT(o, e)) : eT(s, e);
      });
  });
function eT(e, t) {
  return (
    !e.issues.length &&
      e.value === void 0 &&
      e.issues.push({ code: 'invalid_type', expected: 'nonoptional', input: e.value, inst: t }),
    e
  );
}
function tT(e, t, a, r) {
  return t.issues.length
    ? ((e.value = a.catchValue({
        ...t,
        value: e.value,
        error: { issues: t.issues.map((s) => It(s, r, Ye())) },
        input: e.value,
      })),
      e)
    : ((e.value = t.value), t.memo && (e.memo = !0), e);
}
var KT = v('$ZodCatch', (e, t) => {
  ie.init(e, t),
    J(e, 'optin', (a) => (a.def.innerType._zod.optin === 'defaulted' ? 'defaulted' : 'optional')),
    J(e, 'optout', (a) => a.def.innerType._zod.optout),
    J(e, 'values', (a) => a.def.innerType._zod.values),
    (e._zod.parse = (a, r) => {
      if (r.direction === 'backward') return t.innerType._zod.run(a, r);
      const s = t.innerType._zod.run({ value: a.value, issues: [] }, r);
      return s instanceof Promise ? s.then((o) => tT(a, o, t, r)) : tT(a, s, t, r);
    });
});
var JT = v('$ZodPipe', (e, t) => {
  ie.init(e, t),
    J(e, 'values', (a) => a.def.in._zod.values),
    J(e, 'optin', (a) => a.def.in._zod.optin),
    J(e, 'optout', (a) => a.def.out._zod.optout),
    J(e, 'propValues', (a) => a.def.in._zod.propValues),
    (e._zod.parse = (a, r) => {
      if (r.direction === 'backward') {
        const o = t.out._zod.run(a, r);
        return o instanceof Promise ? o.then((n) => Ip(n, t.in, r)) : Ip(o, t.in, r);
      }
      const s = t.in._zod.run(a, r);
      return s instanceof Promise ? s.then((o) => Ip(o, t.out, r)) : Ip(s, t.out, r);
    });
});
function Ip(e, t, a) {
  return e.issues.some((r) => r.code !== 'unrecognized_keys')
    ? ((e.aborted = !0), e)
    : t._zod.run({ value: e.value, issues: e.issues }, a);
}
var YT = v('$ZodReadonly', (e, t) => {
  ie.init(e, t),
    J(e, 'propValues', (a) => a.def.innerType._zod.propValues),
    J(e, 'values', (a) => a.def.innerType._zod.values),
    J(e, 'optin', (a) => a.def.innerType?._zod?.optin),
    J(e, 'optout', (a) => a.def.innerType?._zod?.optout),
    (e._zod.parse = (a, r) => {
      if (r.direction === 'backward') return t.innerType._zod.run(a, r);
      const s = t.innerType._zod.run(a, r);
      return s instanceof Promise ? s.then(aT) : aT(s);
    });
});
function aT(e) {
  return (e.memo || (e.value = Object.freeze(e.value)), e);
}
var XT = v('$ZodCustom', (e, t) => {
  Ce.init(e, t),
    ie.init(e, t),
    (e._zod.parse = (a, r) => a),
    (e._zod.check = (a) => {
      const r = a.value,
        s = t.fn(r);
      if (s instanceof Promise) return s.then((o) => rT(o, a, r, e));
      rT(s, a, r, e);
    });
});
function rT(e, t, a, r) {
  if (!e) {
    const s = {
      code: 'custom',
      input: a,
      inst: r,
      path: [...(r._zod.def.path ?? [])],
      continue: !r._zod.def.abort,
    };
    r._zod.def.params && (s.params = r._zod.def.params), t.issues.push(Os(s));
  }
}
var nx = class extends Error {
    constructor() {
      super('Cannot parse a reference cycle that closes through a transform'), (this.name = 'ZodCyclicError');
    }
  },
  cx = '~memo',
  eD = [];
function tD(e) {
  return e !== null && typeof e == 'object';
}
function ox(e) {
  return e.map((t) => (t.path ? { ...t, path: t.path.slice() } : { ...t }));
}
var aD = new WeakMap(),
  Jo = 0,
  Cp = 1,
  Yo = 2;
function Tp(e, t, a) {
  const r = aD.get(e);
  if (r !== void 0) return r ? Yo : Jo;
  if (t.has(e)) return Yo;
  t.add(e);
  let s = Jo,
    o = (u) => {
      if (s !== Yo && u?._zod) {
        const l = Tp(u, t, a);
        l > s && (s = l);
      }
    },
    n = (u, l) => {
      let p = Jo;
      for (const d of Reflect.ownKeys(u)) {
        const x = Object.getOwnPropertyDescriptor(u, d);
        if (l && !x.enumerable) continue;
        const N = x.get ? Cp : x.value?._zod ? Tp(x.value, t, a) : Jo;
        N > p && (p = N);
      }
      return p;
    },
    c = (u) => {
      u > s && (s = u);
    },
    i = e._zod.def,
    m = i.type;
  switch (m) {
    case 'object': {
      const u = Bo(i);
      c(u ? n(u, !0) : Cp), o(i.catchall);
      break;
    }
    case 'array':
      o(i.element);
      break;
    case 'tuple':
      for (const u of i.items) o(u);
      o(i.rest);
      break;
    case 'record':
    case 'map':
      o(i.keyType), o(i.valueType);
      break;
    case 'set':
      o(i.valueType);
      break;
    case 'union':
      for (const u of i.options) o(u);
      break;
    case 'intersection':
      o(i.left), o(i.right);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
    case 'promise':
    case 'success':
      o(i.innerType);
      break;
    case 'pipe':
      o(i.in), o(i.out);
      break;
    case 'function':
      o(i.input), o(i.output);
      break;
    case 'lazy': {
      const u = i._cachedInner ?? (a ? e._zod.innerType : void 0);
      c(u ? Tp(u, t, !1) : Cp);
      break;
    }
    case 'template_literal':
    case 'string':
    case 'number':
    case 'int':
    case 'boolean':
    case 'bigint':
    case 'symbol':
    case 'undefined':
    case 'null':
    case 'void':
    case 'never':
    case 'any':
    case 'unknown':
    case 'date':
    case 'nan':
    case 'enum':
    case 'literal':
    case 'file':
    case 'transform':
    case 'custom':
      break;
    default:
      for (const u in i) {
        const l = Object.getOwnPropertyDescriptor(i, u);
        if (!l || l.get) continue;
        const p = l.value;
        if (!(!p || typeof p != 'object')) {
          if (p._zod) o(p);
          else if (Array.isArray(p)) for (const d of p) o(d);
        }
      }
  }
  return (t.delete(e), QX(e, s));
}
function QX(e, t) {
  return (t !== Cp && aD.set(e, t === Yo), t);
}
function MX(e, t) {
  let a = e.buckets.get(t);
  return (a || ((a = new WeakMap()), e.buckets.set(t, a)), a);
}
var hp,
  Ap = [],
  GX = {
    alloc(e, t, a) {
      const r = hp;
      if (!r) return a;
      hp = void 0;
      const s = { value: a, issues: null };
      return (r.set(t.value, s), Ap.push(s), a);
    },
    guard(e) {
      var t;
      (t = e._zod).deferred ?? (t.deferred = []),
        e._zod.deferred.push(() => {
          const a = e._zod.parse,
            r = (s, o) => {
              if (o.direction !== 'backward' && kX(o, s.value)) throw new nx();
              return a(s, o);
            };
          (e._zod.parse = r), e._zod.run === a && (e._zod.run = r);
        });
    },
    attach(e) {
      var t;
      let a,
        r = !1,
        s,
        o;
      (t = e._zod).deferred ?? (t.deferred = []),
        e._zod.deferred.push(() => {
          const n = e._zod.parse,
            c = (i, m) => {
              if (a === void 0) {
                const A = Tp(e, new Set(), !1);
                if (A === Jo) return ((e._zod.parse = n), e._zod.run === c && (e._zod.run = n), n(i, m));
                A === Yo || r ? (a = !0) : (r = !0);
              }
              const u = i.value;
              if (!tD(u)) return n(i, m);
              let l = m[cx];
              l || ((l = { buckets: new WeakMap(), backEdges: void 0 }), (m[cx] = l));
              let p;
              s === m ? (p = o) : ((p = MX(l, e)), (s = m), (o = p));
              const d = p.get(u);
              if (d)
                return (
                  (i.value = d.value),
                  d.issues
                    ? d.issues.length && i.issues.push(...ox(d.issues))
                    : ((i.memo = !0), l.backEdges ?? (l.backEdges = new WeakSet()), l.backEdges.add(d.value)),
                  i
                );
              hp = p;
              const x = Ap.length,
                N = n(i, m);
              hp = void 0;
              const f = Ap.length > x ? Ap.pop() : void 0;
              return N instanceof Promise
                ? N.then((A) => (f && (f.issues = A.issues.length ? ox(A.issues) : eD), A))
                : (f && (f.issues = N.issues.length ? ox(N.issues) : eD), N);
            };
          (e._zod.parse = c), e._zod.run === n && (e._zod.run = c);
        });
    },
  };
function rD() {
  return GX;
}
function kX(e, t) {
  const a = e[cx]?.backEdges;
  return a !== void 0 && tD(t) && a.has(t);
}
var OX = () => {
  const e = {
    string: { unit: 'characters', verb: 'to have' },
    file: { unit: 'bytes', verb: 'to have' },
    array: { unit: 'items', verb: 'to have' },
    set: { unit: 'items', verb: 'to have' },
    map: { unit: 'entries', verb: 'to have' },
  };
  function t(o) {
    return e[o] ?? null;
  }
  const a = {
      regex: 'input',
      email: 'email address',
      url: 'URL',
      emoji: 'emoji',
      uuid: 'UUID',
      uuidv4: 'UUIDv4',
      uuidv6: 'UUIDv6',
      nanoid: 'nanoid',
      guid: 'GUID',
      cuid: 'cuid',
      cuid2: 'cuid2',
      ulid: 'ULID',
      xid: 'XID',
      ksuid: 'KSUID',
      datetime: 'ISO datetime',
      date: 'ISO date',
      time: 'ISO time',
      duration: 'ISO duration',
      ipv4: 'IPv4 address',
      ipv6: 'IPv6 address',
      mac: 'MAC address',
      cidrv4: 'IPv4 range',
      cidrv6: 'IPv6 range',
      base64: 'base64-encoded string',
      base64url: 'base64url-encoded string',
      json_string: 'JSON string',
      e164: 'E.164 number',
      currency_code: 'currency code',
      credit_card: 'credit card number',
      iban: 'IBAN',
      jwt: 'JWT',
      template_literal: 'input',
    },
    r = { nan: 'NaN' };
  function s(o, n) {
    return o === 'number' && typeof n == 'number' && !Number.isFinite(n) ? String(n) : (r[o] ?? o);
  }
  return (o) => {
    switch (o.code) {
      case 'invalid_type': {
        const n = s(o.expected),
          c = FN(o.input),
          i = s(c, o.input);
        return `Invalid input: expected ${n}, received ${i}`;
      }
      case 'invalid_value':
        return o.values.length === 1
          ? `Invalid input: expected ${cp(o.values[0])}`
          : `Invalid option: expected one of ${op(o.values, '|')}`;
      case 'too_big': {
        const n = o.exact ? 'exactly ' : o.inclusive ? '<=' : '<',
          c = t(o.origin);
        return c
          ? `Too big: expected ${o.origin ?? 'value'} to have ${n}${o.maximum.toString()} ${c.unit ?? 'elements'}`
          : `Too big: expected ${o.origin ?? 'value'} to be ${n}${o.maximum.toString()}`;
      }
      case 'too_small': {
        const n = o.exact ? 'exactly ' : o.inclusive ? '>=' : '>',
          c = t(o.origin);
        return c
          ? `Too small: expected ${o.origin} to have ${n}${o.minimum.toString()} ${c.unit}`
          : `Too small: expected ${o.origin} to be ${n}${o.minimum.toString()}`;
      }
      case 'invalid_format': {
        const n = o;
        return n.format === 'starts_with'
          ? `Invalid string: must start with "${n.prefix}"`
          : n.format === 'ends_with'
            ? `Invalid string: must end with "${n.suffix}"`
            : n.format === 'includes'
              ? `Invalid string: must include "${n.includes}"`
              : n.format === 'regex'
                ? `Invalid string: must match pattern ${n.pattern}`
                : `Invalid ${a[n.format] ?? o.format}`;
      }
      case 'not_multiple_of':
        return `Invalid number: must be a multiple of ${o.divisor}`;
      case 'unrecognized_keys':
        return `Unrecognized key${o.keys.length > 1 ? 's' : ''}: ${op(o.keys, ', ')}`;
      case 'invalid_key':
        return `Invalid key in ${o.origin}`;
      case 'invalid_union':
        return o.options && Array.isArray(o.options) && o.options.length > 0
          ? `Invalid discriminator value. Expected ${o.options.map((c) => `'${c}'`).join(' | ')}`
          : o.inclusive === !1
            ? 'Invalid input: more than one option matched'
            : 'Invalid input';
      case 'invalid_element':
        return `Invalid value in ${o.origin}`;
      default:
        return 'Invalid input';
    }
  };
};
function sD() {
  return { localeError: OX() };
}
var oD;
var ix = class {
  constructor() {
    (this._map = new WeakMap()), (this._idmap = new Map());
  }
  add(t, ...a) {
    const r = a[0];
    return (this._map.set(t, r), r && typeof r == 'object' && 'id' in r && this._idmap.set(r.id, t), this);
  }
  clear() {
    return ((this._map = new WeakMap()), (this._idmap = new Map()), this);
  }
  remove(t) {
    const a = this._map.get(t);
    return (a && typeof a == 'object' && 'id' in a && this._idmap.delete(a.id), this._map.delete(t), this);
  }
  get(t) {
    const a = t._zod.parent;
    if (a) {
      const r = { ...(this.get(a) ?? {}) };
      delete r.id;
      const s = { ...r, ...this._map.get(t) };
      return Object.keys(s).length ? s : void 0;
    }
    return this._map.get(t);
  }
  has(t) {
    return this._map.has(t);
  }
};
function VX() {
  return new ix();
}
(oD = globalThis).__zod_globalRegistry ?? (oD.__zod_globalRegistry = VX());
var Kr = globalThis.__zod_globalRegistry;
function nD(e) {
  return (e.checks && (e.checks = [...e.checks]), e);
}
function cD(e, t) {
  return new e(nD({ type: 'string', ...O(t) }));
}
function iD(e, t) {
  return new e({ type: 'string', format: 'email', check: 'string_format', abort: !1, ...O(t) });
}
function mD(e, t) {
  return new e({ type: 'string', format: 'guid', check: 'string_format', abort: !1, ...O(t) });
}
function uD(e, t) {
  return new e({ type: 'string', format: 'uuid', check: 'string_format', abort: !1, ...O(t) });
}
function lD(e, t) {
  return new e({ type: 'string', format: 'uuid', check: 'string_format', abort: !1, version: 'v4', ...O(t) });
}
function pD(e, t) {
  return new e({ type: 'string', format: 'uuid', check: 'string_format', abort: !1, version: 'v6', ...O(t) });
}
function dD(e, t) {
  return new e({ type: 'string', format: 'uuid', check: 'string_format', abort: !1, version: 'v7', ...O(t) });
}
function mx(e, t) {
  return new e({ type: 'string', format: 'url', check: 'string_format', abort: !1, ...O(t) });
}
function yD(e, t) {
  return new e({ type: 'string', format: 'emoji', check: 'string_format', abort: !1, ...O(t) });
}
function ND(e, t) {
  return new e({ type: 'string', format: 'nanoid', check: 'string_format', abort: !1, ...O(t) });
}
function xD(e, t) {
  return new e({ type: 'string', format: 'cuid', check: 'string_format', abort: !1, ...O(t) });
}
function fD(e, t) {
  return new e({ type: 'string', format: 'cuid2', check: 'string_format', abort: !1, ...O(t) });
}
function RD(e, t) {
  return new e({ type: 'string', format: 'ulid', check: 'string_format', abort: !1, ...O(t) });
}
function ID(e, t) {
  return new e({ type: 'string', format: 'xid', check: 'string_format', abort: !1, ...O(t) });
}
function SD(e, t) {
  return new e({ type: 'string', format: 'ksuid', check: 'string_format', abort: !1, ...O(t) });
}
function _D(e, t) {
  return new e({ type: 'string', format: 'ipv4', check: 'string_format', abort: !1, ...O(t) });
}
function vD(e, t) {
  return new e({ type: 'string', format: 'ipv6', check: 'string_format', abort: !1, ...O(t) });
}
function gD(e, t) {
  return new e({ type: 'string', format: 'cidrv4', check: 'string_format', abort: !1, ...O(t) });
}
function hD(e, t) {
  return new e({ type: 'string', format: 'cidrv6', check: 'string_format', abort: !1, ...O(t) });
}
function AD(e, t) {
  return new e({ type: 'string', format: 'base64', check: 'string_format', abort: !1, ...O(t) });
}
function CD(e, t) {
  return new e({ type: 'string', format: 'base64url', check: 'string_format', abort: !1, ...O(t) });
}
function TD(e, t) {
  return new e({ type: 'string', format: 'e164', check: 'string_format', abort: !1, ...O(t) });
}
function DD(e, t) {
  return new e({ type: 'string', format: 'jwt', check: 'string_format', abort: !1, ...O(t) });
}
function PD(e, t) {
  return new e({
    type: 'string',
    format: 'datetime',
    check: 'string_format',
    offset: !1,
    local: !1,
    precision: null,
    ...O(t),
  });
}
function bD(e, t) {
  return new e({ type: 'string', format: 'date', check: 'string_format', ...O(t) });
}
function ED(e, t) {
  return new e({ type: 'string', format: 'time', check: 'string_format', precision: null, ...O(t) });
}
function $D(e, t) {
  return new e({ type: 'string', format: 'duration', check: 'string_format', ...O(t) });
}
function wD(e, t) {
  return new e(nD({ type: 'number', checks: [], ...O(t) }));
}
function LD(e, t) {
  return new e({ type: 'number', check: 'number_format', abort: !1, format: 'safeint', ...O(t) });
}
function QD(e, t) {
  return new e({ type: 'boolean', ...O(t) });
}
function MD(e) {
  return new e({ type: 'unknown' });
}
function GD(e, t) {
  return new e({ type: 'never', ...O(t) });
}
function Dp(e, t) {
  return new YN({ check: 'less_than', ...O(t), value: e, inclusive: !1 });
}
function fe(e, t) {
  return new YN({ check: 'less_than', ...O(t), value: e, inclusive: !0 });
}
function Xo(e, t) {
  return new XN({ check: 'greater_than', ...O(t), value: e, inclusive: !1 });
}
function Te(e, t) {
  return new XN({ check: 'greater_than', ...O(t), value: e, inclusive: !0 });
}
function Fs(e) {
  return Xo(0, e);
}
function Pp(e, t) {
  return new LC({ check: 'multiple_of', ...O(t), value: e });
}
function se(e, t) {
  return new MC({ check: 'max_length', ...O(t), maximum: e });
}
function De(e, t) {
  return new GC({ check: 'min_length', ...O(t), minimum: e });
}
function bp(e, t) {
  return new kC({ check: 'length_equals', ...O(t), length: e });
}
function Ne(e, t) {
  return new OC({ check: 'string_format', format: 'regex', ...O(t), pattern: e });
}
function ux(e) {
  return new VC({ check: 'string_format', format: 'lowercase', ...O(e) });
}
function lx(e) {
  return new FC({ check: 'string_format', format: 'uppercase', ...O(e) });
}
function px(e, t) {
  return new qC({ check: 'string_format', format: 'includes', ...O(t), includes: e });
}
function dx(e, t) {
  return new BC({ check: 'string_format', format: 'starts_with', ...O(t), prefix: e });
}
function yx(e, t) {
  return new UC({ check: 'string_format', format: 'ends_with', ...O(t), suffix: e });
}
function vr(e) {
  return new zC({ check: 'overwrite', tx: e });
}
function Nx(e) {
  return vr((t) => t.normalize(e));
}
function xx() {
  return vr((e) => e.trim());
}
function fx() {
  return vr((e) => e.toLowerCase());
}
function Rx() {
  return vr((e) => e.toUpperCase());
}
function Ix() {
  return vr((e) => MN(e));
}
function kD(e, t, a) {
  return new e({ type: 'array', element: t, ...O(a) });
}
function OD(e, t, a) {
  return new e({ type: 'custom', check: 'custom', fn: t, ...O(a) });
}
function VD(e, t) {
  const a = FX(
    (r) => (
      (r.addIssue = (s) => {
        if (typeof s == 'string') r.issues.push(Os(s, r.value, a._zod.def));
        else {
          const o = s;
          o.fatal && (o.continue = !1),
            o.code ?? (o.code = 'custom'),
            'input' in o || (o.input = r.value),
            o.inst ?? (o.inst = a),
            o.continue ?? (o.continue = !a._zod.def.abort),
            r.issues.push(Os(o));
        }
      }),
      e(r.value, r)
    ),
    t,
  );
  return a;
}
function FX(e, t) {
  const a = new Ce({ check: 'custom', ...O(t) });
  return ((a._zod.check = e), a);
}
function en(e, ...t) {
  for (const a of t)
    for (const r of Reflect.ownKeys(a)) Object.prototype.propertyIsEnumerable.call(a, r) && st(e, r, a[r]);
  return e;
}
function _x(e) {
  let t = e?.target ?? 'draft-2020-12';
  return (
    t === 'draft-4' && (t = 'draft-04'),
    t === 'draft-7' && (t = 'draft-07'),
    {
      processors: e.processors ?? {},
      metadataRegistry: e?.metadata ?? Kr,
      target: t,
      unrepresentable: e?.unrepresentable ?? 'throw',
      override: e?.override ?? (() => {}),
      io: e?.io ?? 'output',
      counter: 0,
      seen: new Map(),
      sharedDefsExtractedFor: void 0,
      sharedEmitDoneFor: void 0,
      cycles: e?.cycles ?? 'ref',
      reused: e?.reused ?? 'inline',
      intersections: [],
      deferred: [],
      external: e?.external ?? void 0,
    }
  );
}
function Jr(e, t, a, r, s) {
  const o =
    typeof t.unrepresentable == 'function'
      ? t.unrepresentable({ zodSchema: e, path: r.path, message: s })
      : t.unrepresentable;
  if (o === 'any') return !1;
  if (o === void 0 || o === 'throw') throw new Error(s);
  return (Object.assign(a, o), !0);
}
function xe(e, t, a = { path: [], schemaPath: [] }) {
  var r;
  const s = e._zod.def,
    o = t.seen.get(e);
  if (o) return (o.count++, a.schemaPath.includes(e) && (o.cycle = a.path), o.schema);
  const n = { schema: {}, count: 1, cycle: void 0, path: a.path };
  t.seen.set(e, n), (t.sharedDefsExtractedFor = void 0), (t.sharedEmitDoneFor = void 0);
  const c = e._zod.toJSONSchema?.();
  if (c) n.schema = c;
  else {
    const u = { ...a, schemaPath: [...a.schemaPath, e], path: a.path };
    if (e._zod.processJSONSchema) e._zod.processJSONSchema(t, n.schema, u);
    else {
      const p = n.schema,
        d = t.processors[s.type];
      if (!d) throw new Error(`[toJSONSchema]: Non-representable type encountered: ${s.type}`);
      d(e, t, p, u);
    }
    const l = e._zod.parent;
    l && (n.ref || (n.ref = l), xe(l, t, u), (t.seen.get(l).isParent = !0));
  }
  const i = t.metadataRegistry.get(e);
  return (
    i && en(n.schema, i),
    t.io === 'input' && Le(e) && (delete n.schema.examples, delete n.schema.default),
    t.io === 'input' &&
      '_prefault' in n.schema &&
      ((r = n.schema).default ?? (r.default = n.schema._prefault)),
    delete n.schema._prefault,
    t.seen.get(e).schema
  );
}
function FD(e) {
  return e.replace(/~/g, '~0').replace(/\//g, '~1');
}
function vx(e, t) {
  const a = e.seen.get(t);
  if (!a) throw new Error('Unprocessed schema. This is a bug in Zod.');
  if (e.external && e.sharedDefsExtractedFor === e.external) return;
  const r = new Map();
  for (const n of e.seen.entries()) {
    const c = e.metadataRegistry.get(n[0])?.id;
    if (c) {
      const i = r.get(c);
      if (i && i !== n[0])
        throw new Error(
          `Duplicate schema id "${c}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`,
        );
      r.set(c, n[0]);
    }
  }
  const s = (n) => {
      const c = e.target === 'draft-2020-12' ? '$defs' : 'definitions';
      if (e.external) {
        const l = e.external.registry.get(n[0])?.id,
          p = e.external.uri ?? ((x) => x);
        if (l) return { ref: p(l) };
        const d = n[1].defId ?? n[1].schema.id ?? `schema${e.counter++}`;
        return ((n[1].defId = d), { defId: d, ref: `${p('__shared')}#/${c}/${FD(d)}` });
      }
      const i = '#',
        m = `${i}/${c}/`;
      if (n[1] === a && !n[1].schema.id) return { ref: i };
      const u = n[1].schema.id ?? `__schema${e.counter++}`;
      return { defId: u, ref: m + FD(u) };
    },
    o = (n) => {
      if (n[1].schema.$ref) return;
      const c = n[1],
        { ref: i, defId: m } = s(n);
      (c.def = { ...c.schema }), m && (c.defId = m);
      const u = c.schema;
      for (const l in u) delete u[l];
      u.$ref = i;
    };
  if (e.cycles === 'throw')
    for (const n of e.seen.entries()) {
      const c = n[1];
      if (c.cycle)
        throw new Error(`Cycle detected: #/${c.cycle?.join('/')}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
    }
  for (const n of e.seen.entries()) {
    const c = n[1];
    if (t === n[0]) {
      o(n);
      continue;
    }
    if (e.external) {
      const m = e.external.registry.get(n[0])?.id;
      if (t !== n[0] && m) {
        o(n);
        continue;
      }
    }
    if (e.metadataRegistry.get(n[0])?.id) {
      o(n);
      continue;
    }
    if (c.cycle) {
      o(n);
      continue;
    }
    c.count > 1 && e.reused === 'ref' && o(n);
  }
  e.external && (e.sharedDefsExtractedFor = e.external);
}
function UD(e) {
  const t = e.anyOf;
  if (!Array.isArray(t) || t.length === 0 || e.type !== void 0) return;
  const a = [];
  for (const r of t) {
    if (!r || typeof r != 'object') return;
    UD(r);
    const s = Object.keys(r);
    if (s.length !== 1 || s[0] !== 'type') return;
    const o = r.type;
    for (const n of Array.isArray(o) ? o : [o]) {
      if (typeof n != 'string') return;
      a.includes(n) || a.push(n);
    }
  }
  delete e.anyOf, (e.type = a.length === 1 ? a[0] : a);
}
var zD = new Set(['type', 'properties', 'required', 'additionalProperties']),
  qD = ['oneOf', 'anyOf'];
function BD(e) {
  const t = e.additionalProperties;
  return t === void 0 || t === !1 || typeof t != 'object' || t === null
    ? null
    : Object.keys(t).length
      ? t
      : null;
}
function Sx(e) {
  const t = [];
  for (const o of e) {
    if (typeof o != 'object' || o.type !== 'object') return null;
    for (const n in o) if (!zD.has(n)) return null;
    t.push(o);
  }
  const a = {},
    r = new Set();
  for (const o of t) {
    for (const n in o.properties) {
      if (Object.hasOwn(a, n)) continue;
      const c = [];
      for (const m of t) {
        const u = m.properties?.[n] ?? BD(m);
        u != null && (c.some((l) => JSON.stringify(l) === JSON.stringify(u)) || c.push(u));
      }
      const i = c.length === 1 ? c[0] : (Sx(c) ?? { allOf: c });
      st(a, n, i);
    }
    for (const n of o.required ?? []) r.add(n);
  }
  const s = { type: 'object', properties: a };
  if ((r.size && (s.required = [...r]), t.every((o) => o.additionalProperties === !1)))
    s.additionalProperties = !1;
  else {
    const o = [];
    for (const n of t) {
      const c = BD(n);
      c && !o.some((i) => JSON.stringify(i) === JSON.stringify(c)) && o.push(c);
    }
    o.length === 1
      ? (s.additionalProperties = o[0])
      : o.length > 1 && (s.additionalProperties = { allOf: o });
  }
  return s;
}
function qX(e) {
  const t = e.allOf;
  if (!Array.isArray(t) || t.length < 2) return;
  for (const s of zD) if (s in e) return;
  let a = t.filter((s) => qD.some((o) => Array.isArray(s[o]))),
    r = null;
  if (!a.length) r = Sx(t);
  else {
    const s = a[0],
      o = qD.find((i) => Array.isArray(s[i]));
    if (Object.keys(s).length !== 1) return;
    const n = t.filter((i) => i !== s),
      c = s[o].map((i) => Sx([...n, i]));
    if (c.some((i) => !i)) return;
    r = { [o]: c };
  }
  r && (delete e.allOf, en(e, r));
}
function gx(e, t) {
  const a = e.seen.get(t);
  if (!a) throw new Error('Unprocessed schema. This is a bug in Zod.');
  const r = (c) => {
    const i = e.seen.get(c);
    if (i.ref === null) return;
    const m = i.def ?? i.schema,
      u = { ...m },
      l = i.ref;
    if (((i.ref = null), l)) {
      r(l);
      const d = e.seen.get(l),
        x = d.schema;
      if (
        (x.$ref && (e.target === 'draft-07' || e.target === 'draft-04' || e.target === 'openapi-3.0')
          ? ((m.allOf = m.allOf ?? []), m.allOf.push(x))
          : en(m, x),
        en(m, u),
        c._zod.parent === l)
      )
        for (const f in m) f === '$ref' || f === 'allOf' || f in u || delete m[f];
      if (x.$ref && d.def)
        for (const f in m)
          f === '$ref' ||
            f === 'allOf' ||
            (f in d.def && JSON.stringify(m[f]) === JSON.stringify(d.def[f]) && delete m[f]);
    }
    const p = c._zod.parent;
    if (p && p !== l) {
      r(p);
      const d = e.seen.get(p);
      if (d?.schema.$ref && ((m.$ref = d.schema.$ref), d.def))
        for (const x in m)
          x === '$ref' ||
            x === 'allOf' ||
            (x in d.def && JSON.stringify(m[x]) === JSON.stringify(d.def[x]) && delete m[x]);
    }
    e.override({ zodSchema: c, jsonSchema: m, path: i.path ?? [] });
  };
  if (!e.external || e.sharedEmitDoneFor !== e.external) {
    for (const c of [...e.seen.entries()].reverse()) r(c[0]);
    if (e.target !== 'openapi-3.0') for (const c of e.seen.entries()) UD(c[1].def ?? c[1].schema);
    for (const c of e.deferred) c();
    if (e.intersections.length) {
      const c = new Map();
      for (const i of e.seen.values())
        for (const m of [i.schema, i.def]) {
          const u = m?.allOf;
          if (!Array.isArray(u)) continue;
          const l = c.get(u);
          l ? l.push(m) : c.set(u, [m]);
        }
      for (const i of e.intersections) for (const m of c.get(i) ?? []) qX(m);
    }
  }
  const s = {};
  if (
    (e.target === 'draft-2020-12'
      ? (s.$schema = 'https://json-schema.org/draft/2020-12/schema')
      : e.target === 'draft-07'
        ? (s.$schema = 'http://json-schema.org/draft-07/schema#')
        : e.target === 'draft-04'
          ? (s.$schema = 'http://json-schema.org/draft-04/schema#')
          : e.target,
    e.external?.uri)
  ) {
    const c = e.external.registry.get(t)?.id;
    if (!c) throw new Error('Schema is missing an `id` property');
    s.$id = e.external.uri(c);
  }
  en(s, a.defId ? a.schema : (a.def ?? a.schema));
  const o = e.metadataRegistry.get(t)?.id;
  o !== void 0 && s.id === o && delete s.id;
  const n = e.external?.defs ?? {};
  if (!e.external || e.sharedEmitDoneFor !== e.external)
    for (const c of e.seen.entries()) {
      const i = c[1];
      i.def && i.defId && (i.def.id === i.defId && delete i.def.id, st(n, i.defId, i.def));
    }
  e.external && (e.sharedEmitDoneFor = e.external),
    e.external ||
      (Object.keys(n).length > 0 && (e.target === 'draft-2020-12' ? (s.$defs = n) : (s.definitions = n)));
  try {
    const c = JSON.parse(JSON.stringify(s));
    return (
      Object.defineProperty(c, '~standard', {
        value: {
          ...t['~standard'],
          jsonSchema: { input: tn(t, 'input', e.processors), output: tn(t, 'output', e.processors) },
        },
        enumerable: !1,
        writable: !1,
      }),
      c
    );
  } catch {
    throw new Error('Error converting schema to JSON.');
  }
}
function Le(e, t) {
  const a = t ?? { seen: new Set() };
  if (a.seen.has(e)) return !1;
  a.seen.add(e);
  const r = e._zod.def;
  if (r.type === 'transform') return !0;
  if (r.type === 'array') return Le(r.element, a);
  if (r.type === 'set') return Le(r.valueType, a);
  if (r.type === 'lazy') return Le(r.getter(), a);
  if (
    r.type === 'promise' ||
    r.type === 'optional' ||
    r.type === 'nonoptional' ||
    r.type === 'nullable' ||
    r.type === 'readonly' ||
    r.type === 'default' ||
    r.type === 'prefault' ||
    r.type === 'catch'
  )
    return Le(r.innerType, a);
  if (r.type === 'intersection') return Le(r.left, a) || Le(r.right, a);
  if (r.type === 'record' || r.type === 'map') return Le(r.keyType, a) || Le(r.valueType, a);
  if (r.type === 'pipe') return e._zod.traits.has('$ZodCodec') ? !0 : Le(r.in, a) || Le(r.out, a);
  if (r.type === 'object') {
    for (const s in r.shape) if (Le(r.shape[s], a)) return !0;
    return !1;
  }
  if (r.type === 'union') {
    for (const s of r.options) if (Le(s, a)) return !0;
    return !1;
  }
  if (r.type === 'tuple') {
    for (const s of r.items) if (Le(s, a)) return !0;
    return !!(r.rest && Le(r.rest, a));
  }
  return !1;
}
var HD =
    (e, t = {}) =>
    (a) => {
      const r = _x({ ...a, processors: t });
      return (xe(e, r), vx(r, e), gx(r, e));
    },
  tn =
    (e, t, a = {}) =>
    (r) => {
      const { libraryOptions: s, target: o } = r ?? {},
        n = _x({ ...(s ?? {}), target: o, io: t, processors: a });
      return (xe(e, n), vx(n, e), gx(n, e));
    };
var qs = (e, t, a) => {
    (e[t] === void 0 || a > e[t]) && (e[t] = a);
  },
  Bs = (e, t, a) => {
    (e[t] === void 0 || a < e[t]) && (e[t] = a);
  },
  jD = (e, t) => {
    qs(e, 'minimum', t), Bs(e, 'maximum', t);
  },
  JD = (e, t) => {
    e.multipleOf ?? (e.multipleOf = []), e.multipleOf.includes(t) || e.multipleOf.push(t);
  },
  YD = (e, t) => {
    e.patterns ?? (e.patterns = new Set()), e.patterns.add(t);
  },
  XD = (e, t) => {
    e.mime = e.mime ? e.mime.filter((a) => t.includes(a)) : [...t];
  },
  eP = (e, t) => {
    (e.format = t), t.includes('int') && (e.isInt = !0);
  },
  WD = (e, t) => qs(e, 'minimum', t.minimum),
  ZD = (e, t) => Bs(e, 'maximum', t.maximum),
  KD = (e) => (t, a) => {
    eP(t, a.format);
    const [r, s] = e[a.format];
    qs(t, 'minimum', r), Bs(t, 'maximum', s);
  },
  BX = {
    greater_than: (e, t) => qs(e, t.inclusive ? 'minimum' : 'exclusiveMinimum', t.value),
    less_than: (e, t) => Bs(e, t.inclusive ? 'maximum' : 'exclusiveMaximum', t.value),
    multiple_of: (e, t) => JD(e, t.value),
    number_format: KD(Uo),
    bigint_format: KD(ip),
    min_length: WD,
    max_length: ZD,
    length_equals: (e, t) => jD(e, t.length),
    min_size: WD,
    max_size: ZD,
    size_equals: (e, t) => jD(e, t.size),
    string_format: (e, t) => {
      eP(e, t.format),
        t.pattern && YD(e, t.pattern),
        (t.format === 'base64' || t.format === 'base64url') && (e.contentEncoding = t.format),
        (t.local || t.precision === -1) && (e.laxFormat = !0);
    },
    mime_type: (e, t) => XD(e, t.mime),
  };
function ot(e) {
  const t = {},
    a = e._zod.def,
    r = e._zod.traits.has('$ZodCheck') ? [e, ...(a.checks ?? [])] : (a.checks ?? []);
  for (const o of r) BX[o._zod.def.check]?.(t, o._zod.def);
  const s = e._zod.bag;
  s.minimum !== void 0 && qs(t, 'minimum', s.minimum),
    s.exclusiveMinimum !== void 0 && qs(t, 'exclusiveMinimum', s.exclusiveMinimum),
    s.maximum !== void 0 && Bs(t, 'maximum', s.maximum),
    s.exclusiveMaximum !== void 0 && Bs(t, 'exclusiveMaximum', s.exclusiveMaximum),
    s.multipleOf !== void 0 && JD(t, s.multipleOf),
    s.format !== void 0 && (t.format ?? (t.format = s.format), s.format.includes('int') && (t.isInt = !0)),
    s.mime && XD(t, s.mime);
  for (const o of s.patterns ?? []) YD(t, o);
  return t;
}
var UX = { guid: 'uuid', url: 'uri', datetime: 'date-time', json_string: 'json-string', regex: '' },
  zX = new Map([
    [ax, vC],
    [gp, gC],
  ]),
  tP = (e) => zX.get(e) ?? e,
  aP = (e, t, a, r) => {
    const s = a;
    s.type = 'string';
    const { minimum: o, maximum: n, format: c, patterns: i, contentEncoding: m, laxFormat: u } = ot(e);
    if (
      (typeof o == 'number' && (s.minLength = o),
      typeof n == 'number' && (s.maxLength = n),
      c &&
        ((s.format = UX[c] ?? c), s.format === '' && delete s.format, (c === 'time' || u) && delete s.format),
      m && (s.contentEncoding = m),
      i && i.size > 0)
    ) {
      const l = [...i].map(tP);
      l.length === 1
        ? (s.pattern = l[0].source)
        : l.length > 1 &&
          (s.allOf = [
            ...l.map((p) => ({
              ...(t.target === 'draft-07' || t.target === 'draft-04' || t.target === 'openapi-3.0'
                ? { type: 'string' }
                : {}),
              pattern: p.source,
            })),
          ]);
    }
  },
  rP = (e, t, a, r) => {
    const s = a,
      { minimum: o, maximum: n, multipleOf: c, exclusiveMaximum: i, exclusiveMinimum: m, isInt: u } = ot(e);
    s.type = u ? 'integer' : 'number';
    const l = typeof m == 'number' && m >= (o ?? Number.NEGATIVE_INFINITY),
      p = typeof i == 'number' && i <= (n ?? Number.POSITIVE_INFINITY),
      d = t.target === 'draft-04' || t.target === 'openapi-3.0';
    if (
      (l
        ? d
          ? ((s.minimum = m), (s.exclusiveMinimum = !0))
          : (s.exclusiveMinimum = m)
        : typeof o == 'number' && (s.minimum = o),
      p
        ? d
          ? ((s.maximum = i), (s.exclusiveMaximum = !0))
          : (s.exclusiveMaximum = i)
        : typeof n == 'number' && (s.maximum = n),
      c)
    ) {
      const x = new Set();
      for (const A of c)
        Number.isFinite(A) && A !== 0
          ? x.add(Math.abs(A))
          : Jr(e, t, s, r, `A multipleOf divisor of ${A} cannot be represented in JSON Schema`);
      const [N, ...f] = x;
      N !== void 0 && (s.multipleOf = N),
        f.length && (s.allOf = [...(s.allOf ?? []), ...f.map((A) => ({ multipleOf: A }))]);
    }
  },
  sP = (e, t, a, r) => {
    a.type = 'boolean';
  };
var oP = (e, t, a, r) => {
  a.not = {};
};
var nP = (e, t, a, r) => {};
var cP = (e, t, a, r) => {
  const s = e._zod.def,
    o = Gs(s.entries);
  if (o.length === 0) {
    a.not = {};
    return;
  }
  o.every((n) => typeof n == 'number') && (a.type = 'number'),
    o.every((n) => typeof n == 'string') && (a.type = 'string'),
    (a.enum = o);
};
var iP = (e, t, a, r) => {
  Jr(e, t, a, r, 'Custom types cannot be represented in JSON Schema');
};
var mP = (e, t, a, r) => {
  Jr(e, t, a, r, 'Transforms cannot be represented in JSON Schema');
};
var uP = (e, t, a, r) => {
  const s = a,
    o = e._zod.def,
    { minimum: n, maximum: c } = ot(e);
  typeof n == 'number' && (s.minItems = n),
    typeof c == 'number' && (s.maxItems = c),
    (s.type = 'array'),
    (s.items = xe(o.element, t, { ...r, path: [...r.path, 'items'] }));
};
function Ep(e) {
  const t = e._zod.def;
  return t.type === 'pipe' && t.in._zod.traits.has('$ZodTransform')
    ? Ep(t.out)
    : t.type === 'catch'
      ? Ep(t.innerType)
      : e._zod.optin;
}
var lP = (e, t, a, r) => {
    const s = a,
      o = e._zod.def,
      n = o.shape;
    if (
      Object.getOwnPropertySymbols(n).length &&
      Jr(e, t, s, r, 'Symbol keys cannot be represented in JSON Schema')
    )
      return;
    (s.type = 'object'), (s.properties = {});
    for (const m in n) st(s.properties, m, xe(n[m], t, { ...r, path: [...r.path, 'properties', m] }));
    const i = [];
    for (const m of Object.keys(n)) {
      const u = o.shape[m];
      (t.io === 'input' ? Ep(u) === void 0 : u._zod.optout === void 0) && i.push(m);
    }
    i.length > 0 && (s.required = i),
      o.catchall?._zod.def.type === 'never'
        ? (s.additionalProperties = !1)
        : o.catchall
          ? o.catchall &&
            (s.additionalProperties = xe(o.catchall, t, { ...r, path: [...r.path, 'additionalProperties'] }))
          : t.io === 'output' && (s.additionalProperties = !1);
  },
  pP = (e, t, a, r) => {
    const s = e._zod.def,
      o = s.inclusive === !1,
      n = s.options.map((c, i) => xe(c, t, { ...r, path: [...r.path, o ? 'oneOf' : 'anyOf', i] }));
    o ? (a.oneOf = n) : (a.anyOf = n);
  },
  dP = (e, t, a, r) => {
    const s = e._zod.def,
      o = xe(s.left, t, { ...r, path: [...r.path, 'allOf', 0] }),
      n = xe(s.right, t, { ...r, path: [...r.path, 'allOf', 1] }),
      c = (m) => 'allOf' in m && Object.keys(m).length === 1,
      i = [...(c(o) ? o.allOf : [o]), ...(c(n) ? n.allOf : [n])];
    (a.allOf = i), t.intersections.push(i);
  };
function hx(e, t, a) {
  if (t.$ref) {
    if (a.has(t)) return t;
    a.add(t);
    const x = e.get(t)?.def;
    if (!x) return t;
    const N = hx(e, x, a);
    return N === x ? t : N;
  }
  for (const x of ['anyOf', 'oneOf']) {
    const N = t[x];
    if (!Array.isArray(N)) continue;
    const f = N.map((A) => hx(e, A, a));
    f.some((A, g) => A !== N[g]) && (t = { ...t, [x]: f });
  }
  const r = Array.isArray(t.type) ? t.type : [t.type],
    s = !r.includes('string') && r.some((x) => x === 'number' || x === 'integer'),
    o = t.enum ?? (t.const !== void 0 ? [t.const] : void 0);
  if (!s && !o?.some((x) => typeof x == 'number')) return t;
  const {
    minimum: n,
    maximum: c,
    exclusiveMinimum: i,
    exclusiveMaximum: m,
    multipleOf: u,
    format: l,
    id: p,
    ...d
  } = t;
  return (
    d.enum
      ? (d.enum = d.enum.map((x) => (typeof x == 'number' ? String(x) : x)))
      : typeof d.const == 'number' && (d.const = String(d.const)),
    s && ((d.type = 'string'), o || (d.pattern = (r.includes('number') ? Wo : KN).source)),
    d
  );
}
var Ax = new WeakMap();
function HX(e) {
  const t = new Map();
  for (const r of e.seen.values()) r.def && !t.has(r.schema) && t.set(r.schema, r);
  const a = new Map();
  for (const r of Ax.get(e) ?? []) {
    const s = e.seen.get(r),
      o = (s?.def ?? s?.schema)?.propertyNames;
    if (!o || o === !0 || a.has(o)) continue;
    const n = hx(t, o, new Set());
    n !== o && a.set(o, n);
  }
  if (a.size)
    for (const r of e.seen.values())
      for (const s of [r.schema, r.def]) {
        const o = s && a.get(s.propertyNames);
        o && (s.propertyNames = o);
      }
}
var yP = (e, t, a, r) => {
    const s = a,
      o = e._zod.def;
    s.type = 'object';
    const n = o.keyType,
      c = ot(n).patterns;
    if (o.mode === 'loose' && c && c.size > 0) {
      const u = xe(o.valueType, t, { ...r, path: [...r.path, 'patternProperties', '*'] });
      s.patternProperties = {};
      for (const l of c) st(s.patternProperties, tP(l).source, u);
    } else {
      if (t.target === 'draft-07' || t.target === 'draft-2020-12') {
        s.propertyNames = xe(o.keyType, t, { ...r, path: [...r.path, 'propertyNames'] });
        let u = Ax.get(t);
        u || ((u = []), Ax.set(t, u), t.deferred.push(() => HX(t))), u.push(e);
      }
      s.additionalProperties = xe(o.valueType, t, { ...r, path: [...r.path, 'additionalProperties'] });
    }
    const i = n._zod.values,
      m = t.io === 'input' && Ep(o.valueType) !== void 0;
    if (i && !o.partial && !m) {
      const u = [...i].filter((l) => typeof l == 'string' || typeof l == 'number');
      u.length > 0 && (s.required = u.map(String));
    }
  },
  NP = (e, t, a, r) => {
    const s = e._zod.def,
      o = xe(s.innerType, t, r),
      n = t.seen.get(e);
    t.target === 'openapi-3.0'
      ? ((n.ref = s.innerType), (a.nullable = !0))
      : (a.anyOf = [o, { type: 'null' }]);
  },
  xP = (e, t, a, r) => {
    const s = e._zod.def;
    xe(s.innerType, t, r);
    const o = t.seen.get(e);
    o.ref = s.innerType;
  },
  Cx = Symbol();
function fP(e, t, a, r, s) {
  let o = !1,
    n = JSON.stringify(e, (c, i) => (typeof i != 'bigint' ? i : ((o = !0), null)));
  return o ? (Jr(t, a, r, s, 'BigInt defaults cannot be represented in JSON Schema'), Cx) : JSON.parse(n);
}
var RP = (e, t, a, r) => {
    const s = e._zod.def;
    xe(s.innerType, t, r);
    const o = t.seen.get(e);
    o.ref = s.innerType;
    const n = fP(s.defaultValue, e, t, a, r);
    n !== Cx && (a.default = n);
  },
  IP = (e, t, a, r) => {
    const s = e._zod.def;
    xe(s.innerType, t, r);
    const o = t.seen.get(e);
    if (((o.ref = s.innerType), t.io !== 'input')) return;
    const n = fP(s.defaultValue, e, t, a, r);
    n !== Cx && (a._prefault = n);
  },
  SP = (e, t, a, r) => {
    const s = e._zod.def;
    xe(s.innerType, t, r);
    const o = t.seen.get(e);
    o.ref = s.innerType;
    let n;
    try {
      n = s.catchValue(void 0);
    } catch {
      Jr(e, t, a, r, 'Dynamic catch values are not supported in JSON Schema');
      return;
    }
    a.default = n;
  },
  _P = (e, t, a, r) => {
    const s = e._zod.def,
      o = s.in._zod.traits.has('$ZodTransform'),
      n = t.io === 'input' ? (o ? s.out : s.in) : s.out;
    xe(n, t, r);
    const c = t.seen.get(e);
    c.ref = n;
  },
  vP = (e, t, a, r) => {
    const s = e._zod.def;
    xe(s.innerType, t, r);
    const o = t.seen.get(e);
    (o.ref = s.innerType), (a.readOnly = !0);
  };
var Tx = (e, t, a, r) => {
  const s = e._zod.def;
  xe(s.innerType, t, r);
  const o = t.seen.get(e);
  o.ref = s.innerType;
};
var gP = new WeakSet([Object.prototype, Error.prototype]);
function $p(e, t, a) {
  Object.defineProperty(e, t, {
    configurable: !0,
    enumerable: !1,
    get() {
      const r = a(this);
      return (Object.defineProperty(this, t, { value: r, configurable: !0, writable: !0 }), r);
    },
    set(r) {
      Object.defineProperty(this, t, { value: r, configurable: !0, writable: !0 });
    },
  });
}
var eee = (e, t) => {
  ZA.init(e, t), (e.name = 'ZodError');
  const a = Object.getPrototypeOf(e);
  gP.has(a) ||
    (gP.add(a),
    $p(a, 'format', (r) => (s) => JA(r, s)),
    $p(a, 'flatten', (r) => (s) => KA(r, s)),
    $p(a, 'addIssue', (r) => (s) => {
      r.issues.push(s), (r.message = JSON.stringify(r.issues, ks, 2));
    }),
    $p(a, 'addIssues', (r) => (s) => {
      r.issues.push(...s), (r.message = JSON.stringify(r.issues, ks, 2));
    }),
    Object.defineProperty(a, 'isEmpty', {
      configurable: !0,
      enumerable: !1,
      get() {
        return this.issues.length === 0;
      },
    }));
};
var Xe = v('ZodError', eee, void 0, { Parent: Error });
var hP = dp(Xe),
  AP = yp(Xe),
  CP = Np(Xe),
  TP = xp(Xe),
  DP = XA(Xe),
  PP = eC(Xe),
  bP = tC(Xe),
  EP = aC(Xe),
  $P = rC(Xe),
  wP = sC(Xe),
  LP = oC(Xe),
  QP = nC(Xe);
function aee() {
  Ue.localeError || Ye(sD());
}
function Lp() {
  Ue.memoizer || Ye({ memoizer: rD() });
}
var pe = v('ZodType', (e, t) => (aee(), ie.init(e, t), (e.def = t), (e.type = t.type), e), {
    check(...e) {
      const t = this.def;
      return this.clone(
        F.mergeDefs(t, {
          checks: [
            ...(t.checks ?? []),
            ...e.map((a) =>
              typeof a == 'function' ? { _zod: { check: a, def: { check: 'custom' }, onattach: [] } } : a,
            ),
          ],
        }),
        { parent: !0 },
      );
    },
    with(...e) {
      return this.check(...e);
    },
    clone(e, t) {
      return ft(this, e, t);
    },
    brand() {
      return this;
    },
    register(e, t) {
      return (e.add(this, t), this);
    },
    refine(e, t) {
      return this.check(_e(e, t));
    },
    superRefine(e, t) {
      return this.check(Mp(e, t));
    },
    overwrite(e) {
      return this.check(vr(e));
    },
    optional() {
      return kP(this);
    },
    exactOptional() {
      return Mee(this);
    },
    nullable() {
      return OP(this);
    },
    nullish() {
      return kP(OP(this));
    },
    nonoptional(e) {
      return qee(this, e);
    },
    array() {
      return hr(this);
    },
    or(e) {
      return Qp([this, e]);
    },
    and(e) {
      return wee(this, e);
    },
    transform(e) {
      return VP(this, Qee(e));
    },
    default(e) {
      return Oee(this, e);
    },
    prefault(e) {
      return Fee(this, e);
    },
    catch(e) {
      return Uee(this, e);
    },
    pipe(e) {
      return VP(this, e);
    },
    readonly() {
      return jee(this);
    },
    describe(e) {
      const t = this.clone();
      return (Kr.add(t, { description: e }), t);
    },
    meta(...e) {
      if (e.length === 0) return Kr.get(this);
      const t = this.clone();
      return (Kr.add(t, e[0]), t);
    },
    isOptional() {
      return this.safeParse(void 0).success;
    },
    isNullable() {
      return this.safeParse(null).success;
    },
    apply(e, ...t) {
      return t.length === 0 ? e(this) : e(this, ...t);
    },
    get '~standard'() {
      return F.hide(this, '~standard', {
        ...tx(this),
        jsonSchema: { input: tn(this, 'input'), output: tn(this, 'output') },
      });
    },
    set '~standard'(e) {
      F.own(this, '~standard', e);
    },
    parse: function e(t, a) {
      return hP(this, t, a, { callee: e });
    },
    parseAsync: async function e(t, a) {
      return await AP(this, t, a, { callee: e });
    },
    safeParse(e, t) {
      return CP(this, e, t);
    },
    async safeParseAsync(e, t) {
      return TP(this, e, t);
    },
    get spa() {
      return this?.safeParseAsync;
    },
    set spa(e) {
      F.own(this, 'spa', e);
    },
    validate(e, t) {
      return HN(this, e, t);
    },
    validateAsync(e, t) {
      return jN(this, e, t);
    },
    encode: function e(t, a) {
      return DP(this, t, a, { callee: e });
    },
    decode: function e(t, a) {
      return PP(this, t, a, { callee: e });
    },
    encodeAsync: async function e(t, a) {
      return await bP(this, t, a, { callee: e });
    },
    decodeAsync: async function e(t, a) {
      return await EP(this, t, a, { callee: e });
    },
    safeEncode(e, t) {
      return $P(this, e, t);
    },
    safeDecode(e, t) {
      return wP(this, e, t);
    },
    async safeEncodeAsync(e, t) {
      return LP(this, e, t);
    },
    async safeDecodeAsync(e, t) {
      return QP(this, e, t);
    },
    toJSONSchema(e) {
      return HD(this, {})(e);
    },
    get description() {
      return Kr.get(this)?.description;
    },
    get _def() {
      return this._zod.def;
    },
  }),
  FP = v(
    '_ZodString',
    (e, t) => {
      vp.init(e, t), pe.init(e, t), (e._zod.processJSONSchema = (a, r, s) => aP(e, a, r, s));
    },
    F.derived(
      {
        format: (e) => ot(e).format ?? null,
        minLength: (e) => ot(e).minimum ?? null,
        maxLength: (e) => ot(e).maximum ?? null,
      },
      {
        regex(...e) {
          return this.check(Ne(...e));
        },
        includes(...e) {
          return this.check(px(...e));
        },
        startsWith(...e) {
          return this.check(dx(...e));
        },
        endsWith(...e) {
          return this.check(yx(...e));
        },
        min(...e) {
          return this.check(De(...e));
        },
        max(...e) {
          return this.check(se(...e));
        },
        length(...e) {
          return this.check(bp(...e));
        },
        nonempty(...e) {
          return this.check(De(1, ...e));
        },
        lowercase(e) {
          return this.check(ux(e));
        },
        uppercase(e) {
          return this.check(lx(e));
        },
        trim() {
          return this.check(xx());
        },
        normalize(...e) {
          return this.check(Nx(...e));
        },
        toLowerCase() {
          return this.check(fx());
        },
        toUpperCase() {
          return this.check(Rx());
        },
        slugify() {
          return this.check(Ix());
        },
      },
    ),
  ),
  ree = v(
    'ZodString',
    (e, t) => {
      vp.init(e, t), FP.init(e, t);
    },
    {
      email(e) {
        return this.check(iD(iee, e));
      },
      url(e) {
        return this.check(mx(qP, e));
      },
      jwt(e) {
        return this.check(DD(hee, e));
      },
      emoji(e) {
        return this.check(yD(uee, e));
      },
      guid(e) {
        return this.check(mD(mee, e));
      },
      uuid(e) {
        return this.check(uD(wp, e));
      },
      uuidv4(e) {
        return this.check(lD(wp, e));
      },
      uuidv6(e) {
        return this.check(pD(wp, e));
      },
      uuidv7(e) {
        return this.check(dD(wp, e));
      },
      nanoid(e) {
        return this.check(ND(lee, e));
      },
      cuid(e) {
        return this.check(xD(pee, e));
      },
      cuid2(e) {
        return this.check(fD(dee, e));
      },
      ulid(e) {
        return this.check(RD(yee, e));
      },
      base64(e) {
        return this.check(AD(_ee, e));
      },
      base64url(e) {
        return this.check(CD(vee, e));
      },
      xid(e) {
        return this.check(ID(Nee, e));
      },
      ksuid(e) {
        return this.check(SD(xee, e));
      },
      ipv4(e) {
        return this.check(_D(fee, e));
      },
      ipv6(e) {
        return this.check(vD(Ree, e));
      },
      cidrv4(e) {
        return this.check(gD(Iee, e));
      },
      cidrv6(e) {
        return this.check(hD(See, e));
      },
      e164(e) {
        return this.check(TD(gee, e));
      },
      datetime(e) {
        return this.check(PD(see, e));
      },
      date(e) {
        return this.check(bD(oee, e));
      },
      time(e) {
        return this.check(ED(nee, e));
      },
      duration(e) {
        return this.check($D(cee, e));
      },
    },
  );
function q(e) {
  return cD(ree, e);
}
var me = v('ZodStringFormat', (e, t) => {
    ne.init(e, t), FP.init(e, t);
  }),
  see = v('ZodISODateTime', (e, t) => {
    RT.init(e, t), me.init(e, t);
  }),
  oee = v('ZodISODate', (e, t) => {
    IT.init(e, t), me.init(e, t);
  }),
  nee = v('ZodISOTime', (e, t) => {
    ST.init(e, t), me.init(e, t);
  }),
  cee = v('ZodISODuration', (e, t) => {
    _T.init(e, t), me.init(e, t);
  }),
  iee = v('ZodEmail', (e, t) => {
    cT.init(e, t), me.init(e, t);
  });
var mee = v('ZodGUID', (e, t) => {
  oT.init(e, t), me.init(e, t);
});
var wp = v('ZodUUID', (e, t) => {
  nT.init(e, t), me.init(e, t);
});
var qP = v('ZodURL', (e, t) => {
  uT.init(e, t), me.init(e, t);
});
function BP(e) {
  return mx(qP, e);
}
var uee = v('ZodEmoji', (e, t) => {
  lT.init(e, t), me.init(e, t);
});
var lee = v('ZodNanoID', (e, t) => {
  pT.init(e, t), me.init(e, t);
});
var pee = v('ZodCUID', (e, t) => {
  dT.init(e, t), me.init(e, t);
});
var dee = v('ZodCUID2', (e, t) => {
  yT.init(e, t), me.init(e, t);
});
var yee = v('ZodULID', (e, t) => {
  NT.init(e, t), me.init(e, t);
});
var Nee = v('ZodXID', (e, t) => {
  xT.init(e, t), me.init(e, t);
});
var xee = v('ZodKSUID', (e, t) => {
  fT.init(e, t), me.init(e, t);
});
var fee = v('ZodIPv4', (e, t) => {
  vT.init(e, t), me.init(e, t);
});
var Ree = v('ZodIPv6', (e, t) => {
  hT.init(e, t), me.init(e, t);
});
var Iee = v('ZodCIDRv4', (e, t) => {
  AT.init(e, t), me.init(e, t);
});
var See = v('ZodCIDRv6', (e, t) => {
  CT.init(e, t), me.init(e, t);
});
var _ee = v('ZodBase64', (e, t) => {
  DT.init(e, t), me.init(e, t);
});
var vee = v('ZodBase64URL', (e, t) => {
  PT.init(e, t), me.init(e, t);
});
var gee = v('ZodE164', (e, t) => {
  bT.init(e, t), me.init(e, t);
});
var hee = v('ZodJWT', (e, t) => {
  ET.init(e, t), me.init(e, t);
});
var UP = v(
  'ZodNumber',
  (e, t) => {
    rx.init(e, t), pe.init(e, t), (e._zod.processJSONSchema = (a, r, s) => rP(e, a, r, s)), (e.isFinite = !0);
  },
  F.derived(
    {
      minValue: (e) => {
        const { minimum: t, exclusiveMinimum: a } = ot(e);
        return Math.max(t ?? Number.NEGATIVE_INFINITY, a ?? Number.NEGATIVE_INFINITY);
      },
      maxValue: (e) => {
        const { maximum: t, exclusiveMaximum: a } = ot(e);
        return Math.min(t ?? Number.POSITIVE_INFINITY, a ?? Number.POSITIVE_INFINITY);
      },
      isInt: (e) => {
        const { isInt: t, multipleOf: a } = ot(e);
        return !!t || !!a?.some(Number.isSafeInteger);
      },
      format: (e) => ot(e).format ?? null,
    },
    {
      gt(e, t) {
        return this.check(Xo(e, t));
      },
      gte(e, t) {
        return this.check(Te(e, t));
      },
      min(e, t) {
        return this.check(Te(e, t));
      },
      lt(e, t) {
        return this.check(Dp(e, t));
      },
      lte(e, t) {
        return this.check(fe(e, t));
      },
      max(e, t) {
        return this.check(fe(e, t));
      },
      int(e) {
        return this.check(gr(e));
      },
      safe(e) {
        return this.check(gr(e));
      },
      positive(e) {
        return this.check(Xo(0, e));
      },
      nonnegative(e) {
        return this.check(Te(0, e));
      },
      negative(e) {
        return this.check(Dp(0, e));
      },
      nonpositive(e) {
        return this.check(fe(0, e));
      },
      multipleOf(e, t) {
        return this.check(Pp(e, t));
      },
      step(e, t) {
        return this.check(Pp(e, t));
      },
      finite() {
        return this;
      },
    },
  ),
);
function nt(e) {
  return wD(UP, e);
}
var Aee = v('ZodNumberFormat', (e, t) => {
  $T.init(e, t), UP.init(e, t);
});
function gr(e) {
  return LD(Aee, e);
}
var Cee = v('ZodBoolean', (e, t) => {
  wT.init(e, t), pe.init(e, t), (e._zod.processJSONSchema = (a, r, s) => sP(e, a, r, s));
});
function Us(e) {
  return QD(Cee, e);
}
var Tee = v('ZodUnknown', (e, t) => {
  LT.init(e, t), pe.init(e, t), (e._zod.processJSONSchema = (a, r, s) => nP(e, a, r, s));
});
function MP() {
  return MD(Tee);
}
var Dee = v('ZodNever', (e, t) => {
  QT.init(e, t), pe.init(e, t), (e._zod.processJSONSchema = (a, r, s) => oP(e, a, r, s));
});
function zP(e) {
  return GD(Dee, e);
}
var Pee = v(
  'ZodArray',
  (e, t) => {
    Lp(),
      MT.init(e, t),
      pe.init(e, t),
      (e._zod.processJSONSchema = (a, r, s) => uP(e, a, r, s)),
      (e.element = t.element);
  },
  {
    min(e, t) {
      return this.check(De(e, t));
    },
    nonempty(e) {
      return this.check(De(1, e));
    },
    max(e, t) {
      return this.check(se(e, t));
    },
    length(e, t) {
      return this.check(bp(e, t));
    },
    unwrap() {
      return this.element;
    },
  },
);
function hr(e, t) {
  return kD(Pee, e, t);
}
var bee = v(
  'ZodObject',
  (e, t) => {
    Lp(),
      OT.init(e, t),
      pe.init(e, t),
      (e._zod.processJSONSchema = (a, r, s) => lP(e, a, r, s)),
      F.installLazyProp(e, 'shape', (a) => a._zod.def.shape, !1);
  },
  {
    keyof() {
      return ze(Object.keys(this._zod.def.shape));
    },
    catchall(e) {
      return this.clone(F.mergeDefs(this._zod.def, { catchall: e }));
    },
    passthrough() {
      return this.clone(F.mergeDefs(this._zod.def, { catchall: MP() }));
    },
    loose() {
      return this.clone(F.mergeDefs(this._zod.def, { catchall: MP() }));
    },
    strict() {
      return this.clone(F.mergeDefs(this._zod.def, { catchall: zP() }));
    },
    strip() {
      return this.clone(F.mergeDefs(this._zod.def, { catchall: void 0 }));
    },
    extend(e) {
      return F.extend(this, e);
    },
    safeExtend(e) {
      return F.safeExtend(this, e);
    },
    merge(e) {
      return F.merge(this, e);
    },
    pick(e) {
      return F.pick(this, e);
    },
    omit(e) {
      return F.omit(this, e);
    },
    partial(...e) {
      return F.partial(HP, this, e[0]);
    },
    exactPartial(...e) {
      return F.partial(jP, this, e[0], 'exactPartial');
    },
    required(...e) {
      return F.required(WP, this, e[0]);
    },
  },
);
function U(e, t) {
  return new bee({ type: 'object', shape: e, catchall: zP(), ...F.normalizeParams(t) });
}
var Eee = v('ZodUnion', (e, t) => {
  VT.init(e, t),
    pe.init(e, t),
    (e._zod.processJSONSchema = (a, r, s) => pP(e, a, r, s)),
    (e.options = t.options);
});
function Qp(e, t) {
  return new Eee({ type: 'union', options: e, ...F.normalizeParams(t) });
}
var $ee = v('ZodIntersection', (e, t) => {
  FT.init(e, t), pe.init(e, t), (e._zod.processJSONSchema = (a, r, s) => dP(e, a, r, s));
});
function wee(e, t) {
  return new $ee({ type: 'intersection', left: e, right: t });
}
var GP = v('ZodRecord', (e, t) => {
  Lp(),
    qT.init(e, t),
    pe.init(e, t),
    (e._zod.processJSONSchema = (a, r, s) => yP(e, a, r, s)),
    (e.keyType = t.keyType),
    (e.valueType = t.valueType);
});
function Ar(e, t, a) {
  return !t || !t._zod
    ? new GP({ type: 'record', keyType: q(), valueType: e, ...F.normalizeParams(t) })
    : new GP({ type: 'record', keyType: e, valueType: t, ...F.normalizeParams(a) });
}
var Px = v('ZodEnum', (e, t) => {
  BT.init(e, t),
    pe.init(e, t),
    (e._zod.processJSONSchema = (r, s, o) => cP(e, r, s, o)),
    (e.enum = t.entries),
    (e.options = [...e._zod.values]);
  const a = new Set(Object.keys(t.entries));
  (e.extract = (r, s) => {
    const o = {};
    for (const n of r)
      if (a.has(n)) o[n] = t.entries[n];
      else throw new Error(`Key ${n} not found in enum`);
    return new Px({ ...t, checks: [], ...F.normalizeParams(s), entries: o });
  }),
    (e.exclude = (r, s) => {
      const o = { ...t.entries };
      for (const n of r)
        if (a.has(n)) delete o[n];
        else throw new Error(`Key ${n} not found in enum`);
      return new Px({ ...t, checks: [], ...F.normalizeParams(s), entries: o });
    });
});
function ze(e, t) {
  const a = Array.isArray(e) ? Object.fromEntries(e.map((r) => [r, r])) : e;
  return new Px({ type: 'enum', entries: a, ...F.normalizeParams(t) });
}
var Lee = v('ZodTransform', (e, t) => {
  Lp(),
    UT.init(e, t),
    pe.init(e, t),
    (e._zod.processJSONSchema = (a, r, s) => mP(e, a, r, s)),
    (e._zod.parse = (a, r) => {
      if (r.direction === 'backward') throw new Vs(e.constructor.name);
      a.addIssue = (o) => {
        if (typeof o == 'string') a.issues.push(F.issue(o, a.value, t));
        else {
          const n = o;
          n.fatal && (n.continue = !1),
            n.code ?? (n.code = 'custom'),
            'input' in n || (n.input = a.value),
            n.inst ?? (n.inst = e),
            a.issues.push(F.issue(n));
        }
      };
      const s = t.transform(a.value, a);
      return s instanceof Promise ? s.then((o) => ((a.value = o), a)) : ((a.value = s), a);
    });
});
function Qee(e) {
  return new Lee({ type: 'transform', transform: e });
}
var HP = v('ZodOptional', (e, t) => {
  sx.init(e, t),
    pe.init(e, t),
    (e._zod.processJSONSchema = (a, r, s) => Tx(e, a, r, s)),
    (e.unwrap = () => e._zod.def.innerType);
});
function kP(e) {
  return new HP({ type: 'optional', innerType: e });
}
var jP = v('ZodExactOptional', (e, t) => {
  zT.init(e, t),
    pe.init(e, t),
    (e._zod.processJSONSchema = (a, r, s) => Tx(e, a, r, s)),
    (e.unwrap = () => e._zod.def.innerType);
});
function Mee(e) {
  return new jP({ type: 'optional', innerType: e });
}
var Gee = v('ZodNullable', (e, t) => {
  HT.init(e, t),
    pe.init(e, t),
    (e._zod.processJSONSchema = (a, r, s) => NP(e, a, r, s)),
    (e.unwrap = () => e._zod.def.innerType);
});
function OP(e) {
  return new Gee({ type: 'nullable', innerType: e });
}
var kee = v('ZodDefault', (e, t) => {
  jT.init(e, t),
    pe.init(e, t),
    (e._zod.processJSONSchema = (a, r, s) => RP(e, a, r, s)),
    (e.unwrap = () => e._zod.def.innerType),
    (e.removeDefault = e.unwrap);
});
function Oee(e, t) {
  return new kee({
    type: 'default',
    innerType: e,
    get defaultValue() {
      return typeof t == 'function' ? t() : F.shallowClone(t);
    },
  });
}
var Vee = v('ZodPrefault', (e, t) => {
  WT.init(e, t),
    pe.init(e, t),
    (e._zod.processJSONSchema = (a, r, s) => IP(e, a, r, s)),
    (e.unwrap = () => e._zod.def.innerType);
});
function Fee(e, t) {
  return new Vee({
    type: 'prefault',
    innerType: e,
    get defaultValue() {
      return typeof t == 'function' ? t() : F.shallowClone(t);
    },
  });
}
var WP = v('ZodNonOptional', (e, t) => {
  ZT.init(e, t),
    pe.init(e, t),
    (e._zod.processJSONSchema = (a, r, s) => xP(e, a, r, s)),
    (e.unwrap = () => e._zod.def.innerType);
});
function qee(e, t) {
  return new WP({ type: 'nonoptional', innerType: e, ...F.normalizeParams(t) });
}
var Bee = v('ZodCatch', (e, t) => {
  KT.init(e, t),
    pe.init(e, t),
    (e._zod.processJSONSchema = (a, r, s) => SP(e, a, r, s)),
    (e.unwrap = () => e._zod.def.innerType),
    (e.removeCatch = e.unwrap);
});
function Uee(e, t) {
  return new Bee({
    type: 'catch',
    innerType: e,
    catchValue: typeof t == 'function' ? t : F.constantCatch(t),
  });
}
var zee = v('ZodPipe', (e, t) => {
  JT.init(e, t),
    pe.init(e, t),
    (e._zod.processJSONSchema = (a, r, s) => _P(e, a, r, s)),
    (e.in = t.in),
    (e.out = t.out);
});
function VP(e, t) {
  return new zee({ type: 'pipe', in: e, out: t });
}
var Hee = v('ZodReadonly', (e, t) => {
  YT.init(e, t),
    pe.init(e, t),
    (e._zod.processJSONSchema = (a, r, s) => vP(e, a, r, s)),
    (e.unwrap = () => e._zod.def.innerType);
});
function jee(e) {
  return new Hee({ type: 'readonly', innerType: e });
}
var Wee = v('ZodCustom', (e, t) => {
  XT.init(e, t), pe.init(e, t), (e._zod.processJSONSchema = (a, r, s) => iP(e, a, r, s));
});
function _e(e, t = {}) {
  return OD(Wee, e, t);
}
function Mp(e, t) {
  return VD(e, t);
}
var Zee = {
    jan: 1,
    feb: 2,
    mar: 3,
    apr: 4,
    may: 5,
    jun: 6,
    jul: 7,
    aug: 8,
    sep: 9,
    oct: 10,
    nov: 11,
    dec: 12,
  },
  Kee = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 },
  ZP = { min: 0, max: 59 },
  KP = { min: 0, max: 23 },
  JP = { min: 1, max: 31 },
  YP = { min: 1, max: 12, names: Zee },
  XP = { min: 0, max: 6, names: Kee };
function t2(e) {
  if (!bx(e)) return !1;
  const a = e.split(/ +/)[0];
  return Jee(a) < 5;
}
function Jee(e) {
  if (e.includes('/')) {
    const [, t] = e.split('/'),
      a = parseInt(t, 10);
    if (!isNaN(a) && a > 0) return a;
  }
  if (e.includes(',')) {
    const t = e
      .split(',')
      .map((a) => parseInt(a, 10))
      .filter((a) => !isNaN(a))
      .sort((a, r) => a - r);
    if (t.length >= 2) {
      let a = 60;
      for (let s = 1; s < t.length; s++) {
        const o = t[s] - t[s - 1];
        o < a && (a = o);
      }
      const r = t[0] + 60 - t[t.length - 1];
      return (r < a && (a = r), a);
    }
  }
  if (e.includes('-') && !e.includes('/')) {
    const [t, a] = e.split('-').map((r) => parseInt(r, 10));
    if (!isNaN(t) && !isNaN(a) && a > t) return 1;
  }
  return e === '*' ? 1 : 60;
}
function bx(e) {
  const t = e.split(/ +/);
  if (t.length != 5) return !1;
  const [a, r, s, o, n] = t;
  return $t(a, ZP) && $t(r, KP) && $t(s, JP) && $t(o, YP) && $t(n, XP);
}
function $t(e, t, a = !0) {
  if ((t.names && t.names[e.toLowerCase()] !== void 0) || e === '*') return !0;
  if (e.includes(',')) return a ? e.split(',').every((s) => s && $t(s, t)) : !1;
  if (e.includes('/')) {
    if (!a) return !1;
    const [s, o, ...n] = e.split('/'),
      c = +o;
    return n.length > 0 || isNaN(c) || c <= 0 || !s || !o ? !1 : $t(s, t) && $t(o, t, !1);
  }
  if (e.includes('-')) {
    if (!a) return !1;
    const [s, o, ...n] = e.split('-');
    if (n.length > 0 || !s || !o) return !1;
    const c = e2(s, t.names),
      i = e2(o, t.names);
    return $t(s, t, !1) && $t(o, t, !1) && i >= c;
  }
  const r = +e;
  return !isNaN(r) && r >= t.min && r <= t.max;
}
function e2(e, t) {
  return t && t[e.toLowerCase()] !== void 0 ? +t[e.toLowerCase()] : +e;
}
var Yee = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u,
  Xee = /[\p{Cf}\p{Co}\p{Cn}\p{Cs}]/u,
  a2 = (e) => `U+${(e.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
function r2(e) {
  const t = Yee.exec(e);
  return t ? a2(t[0]) : void 0;
}
function ete(e) {
  const t = Xee.exec(e);
  return t ? a2(t[0]) : void 0;
}
var s2 = Mp((e, t) => {
    const a = r2(e),
      r = a ? void 0 : ete(e);
    a
      ? t.addIssue({
          code: 'custom',
          message: `contains the control or direction character ${a}; only printable text is allowed`,
          input: e,
        })
      : r &&
        t.addIssue({
          code: 'custom',
          message: `contains the invisible or unassigned character ${r}; only printable text is allowed`,
          input: e,
        });
  }),
  o2 = (e) => q().check(se(e), s2),
  Ex = '[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}',
  $x = q().check(
    se(255),
    Ne(new RegExp(`^(/${Ex})+$`), {
      error:
        'expected an absolute path such as /home/ubuntu/owl-akrida: letters, digits, _ . - between slashes, no segment starting with a dot',
    }),
  ),
  n2 = [
    se(255),
    Ne(new RegExp(`^${Ex}(/${Ex})*$`), {
      error:
        'expected a file name relative to the Akrida checkout: letters, digits, _ . - between slashes, no segment starting with a dot',
    }),
  ],
  Gp = q().check(...n2),
  c2 = q().check(...n2, Ne(/\.py$/, { error: 'expected a Python locustfile ending in .py' })),
  i2 = q().check(
    se(100),
    Ne(/^[A-Za-z0-9_][A-Za-z0-9_./-]*$/, {
      error: 'expected a branch, tag or commit: letters, digits, _ . / -',
    }),
    _e((e) => !e.includes('..') && !e.includes('//') && !e.endsWith('/') && !e.endsWith('.lock'), {
      error: 'not a valid git ref: no "..", "//", trailing "/" or ".lock"',
    }),
    _e((e) => !/(^|\/)\.|\.lock(\/|$)|\.$/.test(e), {
      error: 'not a valid git ref: no part may start with "." or end with ".lock", and no trailing "."',
    }),
  ),
  tte =
    /^(null|~|true|false|yes|no|on|off|y|n|[-+]?(\d[\d_]*(\.[\d_]*)?([eE][-+]?\d+)?|0x[\dA-Fa-f_]+|0o?[0-7_]+|0b[01_]+|\.inf|\.nan))$/i,
  m2 = q().check(
    Ne(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$/, {
      error: 'expected a compose service name: letters, digits, _ . -, at most 63 characters',
    }),
    _e((e) => !tte.test(e), {
      error: (e) =>
        `${JSON.stringify(e.input)} would be read as null, a boolean or a number in a compose file; name the service with a letter in it`,
    }),
  ),
  u2 = q().check(
    se(1011),
    Ne(/^(\/[A-Za-z0-9_-][A-Za-z0-9_.-]*)+$/, {
      error:
        'expected a Parameter Store name such as /akrida/perf/api-key: letters, digits, _ . - between slashes',
    }),
    _e((e) => !/^\/(aws|ssm)/i.test(e), { error: 'names under /aws and /ssm are reserved by AWS' }),
  ),
  l2 = /^[\p{L}\p{N} _.:/=+\-@]*$/u,
  kp = q().check(
    De(1),
    se(128),
    Ne(l2, { error: 'expected a tag key of letters, digits, spaces and _ . : / = + - @' }),
    _e((e) => !e.toLowerCase().startsWith('aws:'), { error: 'tag keys starting with aws: are AWS-reserved' }),
  ),
  p2 = [se(256), Ne(l2, { error: 'expected a tag value of letters, digits, spaces and _ . : / = + - @' })],
  d2 = q().check(...p2),
  y2 = q().check(...p2, De(1)),
  Cr = (e, t) =>
    BP({ protocol: e, error: t }).check(
      se(2048),
      _e((a) => /^[\x21-\x7e]+$/.test(a), { error: 'the URL has spaces or non-ASCII characters' }),
      _e((a) => !/[$`'"\\<>]/.test(a), { error: 'the URL has $, a backtick, a quote, a backslash or <>' }),
      _e(
        (a) => {
          try {
            const r = new URL(a);
            return !/^https?:$/.test(r.protocol) || (r.username === '' && r.password === '');
          } catch {
            return !0;
          }
        },
        { error: 'the URL carries credentials (user:password@); keep secrets in Parameter Store' },
      ),
    ),
  wx = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/,
  Op = q().check(
    se(253),
    Ne(/^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/, {
      error: 'expected a host name or IPv4 address such as 10.0.1.20 or db.internal',
    }),
    _e((e) => !/(^|\.)(0x[0-9a-f]*|\d+)$/i.test(e) || wx.test(e), {
      error:
        'a numeric host must be a plain IPv4 address such as 10.0.1.20 (no hex, octal, leading zeros or short forms)',
    }),
  ),
  Lx = (e) =>
    q().check(
      De(1),
      se(e),
      Ne(/^[A-Za-z0-9:._/#=+-]+$/, {
        error: 'expected an identifier of letters, digits and : . _ / # = + -',
      }),
    ),
  Qx = q().check(
    se(1024),
    Ne(/^\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$/, {
      error: 'expected an HTTP path such as /status/live (no spaces or control characters)',
    }),
  ),
  N2 = q().regex(/^[A-Z_][A-Z0-9_]{0,127}$/, { error: 'expected an upper-case .env key' });
function Mx(e) {
  if (/^["']/.test(e)) return 'it starts with a quote, which compose strips (or reads on past the line)';
  if (/^\s|\s$/.test(e)) return 'it starts or ends with a blank, which compose trims';
  if (/\s#/.test(e)) return 'a blank followed by # starts a comment, which compose cuts off';
}
var x2 = [
    se(4096),
    s2,
    _e((e) => !/[$`]/.test(e), {
      error: 'contains $ or a backtick, which docker compose would interpolate in a .env file',
    }),
    Mp((e, t) => {
      const a = r2(e) ? void 0 : Mx(e);
      a &&
        t.addIssue({
          code: 'custom',
          message: `docker compose would read it differently in a .env file: ${a}`,
          input: e,
        });
    }),
  ],
  Vp = q().check(...x2),
  f2 = q().check(...x2, _e(ate, { error: 'expected a JSON array of credential attributes' })),
  Gx = q().regex(/^[A-Za-z][A-Za-z0-9-]{0,63}$/, {
    error: 'expected an HTTP header name such as Authorization',
  }),
  He = gr().check(Te(1), fe(65535)).describe('TCP port (1-65535)'),
  ve = (e, t) => gr().check(Te(e), fe(t)),
  Tr = (e) => gr().check(Fs(), fe(e)),
  Fp = (e) => Tr(86400).describe(e),
  ea = q().check(
    se(32),
    Ne(/^[a-z][a-z0-9-]*\.[a-z0-9]+$/, { error: 'expected an EC2 instance type such as t3.xlarge' }),
  );
function ate(e) {
  try {
    return Array.isArray(JSON.parse(e));
  } catch {
    return !1;
  }
}
var R2 = q().check(
    se(100),
    _e(bx, { error: 'expected a 5-field cron expression such as "0 20 * * 1-5" (UTC), each field in range' }),
    _e((e) => !t2(e), { error: 'GitHub runs schedules at most every 5 minutes' }),
  ),
  kx = q().check(
    Ne(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d|[12]\d|3[0-2])$/, {
      error: 'expected an IPv4 CIDR such as 10.0.0.0/16',
    }),
    _e(
      (e) =>
        e
          .split('/')[0]
          ?.split('.')
          .every((t) => Number(t) <= 255),
      { error: 'expected an IPv4 CIDR whose octets are 0-255' },
    ),
  );
var wt = Qp(
    [
      U({ parameter: u2 }).describe('An SSM Parameter Store SecureString, read by the instance role at boot'),
      U({
        githubSecret: q().regex(/^(?!GITHUB_)[A-Z_][A-Z0-9_]{0,99}$/, {
          error: 'expected a workflow secret name such as ACAPY_ADMIN_API_KEY',
        }),
      }).describe('A GitHub Actions secret; the workflow stores it as a SecureString before use'),
      U({
        generated: q().regex(/^[a-z][a-z0-9-]{0,62}$/, {
          error: 'expected a name of lower-case letters, digits and dashes, such as wallet-password',
        }),
      }).describe('A random value the toolkit generates into Parameter Store when absent, and keeps'),
    ],
    {
      error: (e) =>
        typeof e.input == 'string'
          ? 'a secret written as a literal value'
          : 'expected a secret reference: { parameter: /path }, { githubSecret: NAME } or { generated: name }',
    },
  ),
  an = Qp(
    [
      U({ instanceId: q().regex(/^i-[0-9a-f]{8,17}$/, { error: 'expected an instance id i-\u2026' }) }),
      U({
        tags: Ar(kp, y2).refine((e) => Object.keys(e).length > 0 && Object.keys(e).length <= 10, {
          error: 'expected 1-10 tags that select exactly one instance',
        }),
      }),
      U({ machine: ze(['locust', 'issuer'], { error: 'expected machine: locust or machine: issuer' }) }),
    ],
    {
      error: 'expected { instanceId: i-\u2026 }, { tags: { Name: \u2026 } } or { machine: locust | issuer }',
    },
  ),
  qp = Ar(N2, Vp)
    .refine((e) => Object.keys(e).length <= 100, { error: 'at most 100 extra .env keys' })
    .default({})
    .describe('Extra non-secret .env keys'),
  I2 = U({ min: ve(0, 50), desired: ve(0, 50), max: ve(1, 50) });
var S2 = U({
  instanceType: ea,
  capacity: I2,
  ports: U({ admin: He.default(8150), transport: He.default(8151) }).prefault({}),
  listeners: U({ admin: He.default(8080), transport: He.default(80) }).prefault({}),
  loadBalancerScheme: ze(['internal', 'internet-facing'])
    .default('internal')
    .describe('internal: reached from the VPC (and operators over VPN); internet-facing: from operatorCidrs'),
  healthCheck: U({
    adminPath: Qx.default('/status/live'),
    transportPath: Qx.default('/'),
    healthyThreshold: ve(2, 10).default(2),
    unhealthyThreshold: ve(2, 10).default(2),
    timeoutSeconds: ve(2, 120).default(10),
    intervalSeconds: ve(5, 300).default(12),
    successCodes: q()
      .regex(/^\d{3}(-\d{3})?(,\d{3}(-\d{3})?)*$/, { error: 'expected HTTP codes such as 200 or 200-299' })
      .default('200'),
  }).prefault({}),
  warmupSeconds: Fp('Default instance warmup of the ACA-Py group').default(300),
  genesisUrl: Cr(/^https?$/, 'expected the ledger genesis URL (http or https)'),
  databaseHost: Op.optional().describe(
    'Holder/wallet database host (internal IP or DNS name); omit with machines.database',
  ),
  services: U({
    postgres: He.default(5432),
    redis: He.default(6379),
    mediator: He.default(3e3),
    tails: He.default(6543),
  }).prefault({}),
  environment: qp,
  secrets: U({
    adminApiKey: wt,
    walletAccount: wt,
    walletPassword: wt,
    walletAdminAccount: wt,
    walletAdminPassword: wt,
  }),
});
var _2 = U({
  master: U({
    instance: an.describe('The existing Locust master instance'),
    webPort: He.default(8089),
    bindPort: He.default(8090).describe('MASTER_PORT: where workers connect'),
  }),
  workers: U({
    instanceType: ea,
    count: ve(0, 1e3).optional().describe('Fixed worker count (or give targetUsers)'),
    targetUsers: Tr(1e6).optional().describe('Size the worker count from this many users'),
    max: ve(1, 1e3),
    warmupSeconds: Fp('Default instance warmup of the worker group').default(3600),
  }).refine((e) => (e.count === void 0) != (e.targetUsers === void 0), {
    error: 'give exactly one of count or targetUsers',
  }),
  userPorts: U({ start: He, end: He }).describe('START_PORT-END_PORT: one port per simulated agent'),
  memoryPerAgentMiB: ve(16, 4096).default(100).describe('Memory one Akrida agent needs (docs: 52-100 MB)'),
  waitSeconds: U({ min: nt().check(Te(0), fe(3600)), max: nt().check(Te(0), fe(3600)) }).prefault({
    min: 1,
    max: 10,
  }),
  ledger: q().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { error: 'expected a ledger name such as bcovrin' }),
  schema: Lx(512)
    .optional()
    .describe('SCHEMA: anchored schema id (with machines.issuer: made by the toolkit unless pinned)'),
  credDef: Lx(512)
    .optional()
    .describe(
      'CRED_DEF: anchored credential definition id (with machines.issuer: made by the toolkit unless pinned)',
    ),
  credAttr: f2.default('[{"mime-type": "text/plain","name": "score","value": "test"}]'),
  issuer: U({
    type: ze(['acapy']).default('acapy'),
    headers: Ar(Gx, wt)
      .refine((e) => Object.keys(e).length <= 20, { error: 'at most 20 headers' })
      .default({})
      .describe('Extra ISSUER_HEADERS, as secrets'),
  }).prefault({}),
  verifier: U({
    type: ze(['acapy']).default('acapy'),
    headers: Ar(Gx, wt)
      .refine((e) => Object.keys(e).length <= 20, { error: 'at most 20 headers' })
      .default({}),
  }).prefault({}),
  mediation: U({
    enabled: Us(),
    url: Cr(/^https?$/, 'expected the mediator invitation URL (http or https)').optional(),
    pickupStrategy: ze(['implicit', 'pickupv2-live']).default('implicit'),
  }).prefault({ enabled: !1 }),
  verifiedTimeoutSeconds: Tr(3600).default(60),
  isAnoncreds: Us().default(!0),
  agentLoggingLevel: ve(0, 7).default(7),
  connectionsPerAgent: Tr(1e3).default(2),
  messageToSend: Vp.default('akrida load test'),
  environment: qp,
});
var rte = '/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id',
  zp = ['database', 'issuer', 'locust', 'mediator'],
  Bp = (e) =>
    q().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, {
      error: `expected a ${e} of letters, digits, . _ - (at most 64)`,
    }),
  Up = (e, t) =>
    gr()
      .check(Te(e, { error: `expected at least ${e} GiB` }), fe(2048))
      .default(t)
      .describe('Size of its encrypted root volume in GiB'),
  v2 = U({
    baseImage: q()
      .regex(/^\/aws\/service\/canonical\/ubuntu\/[A-Za-z0-9._/-]{1,200}$/, {
        error: "expected one of Canonical's public image parameters, /aws/service/canonical/ubuntu/...",
      })
      .default(rte)
      .describe("SSM public parameter naming the base image (Canonical's current Ubuntu LTS)"),
    database: U({ instanceType: ea.default('t3a.small'), diskGiB: Up(8, 20) })
      .optional()
      .describe('Postgres + Redis for the ACA-Py wallets; cleaned on every start'),
    issuer: U({
      instanceType: ea.default('t3a.small'),
      diskGiB: Up(8, 20),
      registerUrl: Cr(/^https?$/, 'expected the ledger registration endpoint (http or https)')
        .optional()
        .describe(
          'BCovrin-style endpoint that anchors a DID; without it, cluster-up stops with the DID to anchor',
        ),
      alias: Bp('DID alias').default('akrida-issuer'),
      schema: U({
        name: Bp('schema name').default('score'),
        version: q()
          .regex(/^\d{1,5}(\.\d{1,5}){0,3}$/, { error: 'expected a version such as 1.0' })
          .default('1.0'),
        attributes: hr(Bp('attribute name')).check(De(1), se(50)).default(['score']),
      }).prefault({}),
      credDefTag: Bp('credential definition tag').default('default'),
    })
      .optional()
      .describe('The stand-alone ACA-Py issuer: its DID, schema and credential definition are made by API'),
    locust: U({
      instanceType: ea.default('t3.xlarge'),
      diskGiB: Up(32, 64),
      swapMiB: ve(0, 65536).default(512),
    })
      .optional()
      .describe('The stand-alone Locust machine: the master, and the source of the worker image'),
    mediator: U({
      instanceType: ea.default('t3a.small'),
      diskGiB: Up(8, 20),
      dnsName: Op.optional().describe(
        "The name agents reach the mediator by (MEDIATOR_DNS), pointed at the machine by a person; without it, the machine's private address (stable across stops), reachable inside the VPC",
      ),
    })
      .optional()
      .describe("Akrida's ACA-Py mediator; its invitation URL becomes the Locust MEDIATION_URL"),
  });
var g2 = 40,
  Hp = U({
    $schema: o2(512).optional(),
    name: q()
      .check(
        Ne(/^[a-z][a-z0-9-]{1,20}[a-z0-9]$/, {
          error: 'expected 3-22 characters: lower-case letters, digits and dashes, starting with a letter',
        }),
        _e((e) => !/^(internal|sg)-/.test(e), {
          error:
            'a cluster name may not start with internal- or sg- (AWS refuses such load balancer and security group names)',
        }),
      )
      .describe('Cluster name: used in every tag and resource name'),
    region: q()
      .regex(/^[a-z0-9-]{1,32}$/, { error: 'expected an AWS region code such as us-east-1' })
      .describe('AWS region, e.g. us-east-1'),
    network: U({
      vpcId: q().regex(/^vpc-[0-9a-f]{8,17}$/, { error: 'expected a VPC id vpc-\u2026' }),
      vpcCidrs: hr(kx)
        .check(De(1), se(5))
        .describe('VPC ranges allowed to reach the holder DB, redis, mediator and tails'),
      subnetIds: hr(
        q().regex(/^subnet-[0-9a-f]{8,17}$/, { error: 'expected a subnet id subnet-\u2026' }),
      ).check(
        De(2, { error: 'an Application Load Balancer needs subnets in at least 2 availability zones' }),
        se(16),
      ),
    }),
    tags: Ar(kp, d2)
      .refine((e) => Object.keys(e).length <= g2, {
        error: `at most ${g2} extra tags (AWS allows 50 a resource; the toolkit adds its own)`,
      })
      .default({ type: 'Perf' })
      .describe('Extra tags on every resource'),
    instanceProfile: q()
      .check(
        Ne(/^[\w+=,.@-]{1,128}$/, { error: 'expected an IAM instance profile name' }),
        Ne(/^akrida-ops(-[\w+=,.@-]+)?$/, {
          error:
            "expected one of the toolkit's instance profiles, akrida-ops-instance or akrida-ops-<suffix>; instances run the Akrida code of the pull request with this profile's permissions",
        }),
      )
      .default('akrida-ops-instance')
      .describe('Instance profile of every instance: SSM agent access and read of the cluster parameters'),
    access: U({
      operatorCidrs: hr(kx)
        .check(De(1), se(20))
        .describe('Who may reach the ACA-Py admin listener and the Locust UI'),
      allowAnywhere: Us().default(!1).describe('Explicit, loud opt-in to 0.0.0.0/0 on operator ports'),
    }),
    source: U({
      repository: Cr(/^https$/, 'expected an https:// git URL'),
      ref: i2.describe('Branch, tag or commit of Akrida to build'),
      directory: $x.default('/home/ubuntu/owl-akrida').describe('Akrida checkout on the Locust instances'),
      acapyDirectory: $x.default('/home/ubuntu').describe('ACA-Py compose project on the ACA-Py instances'),
      locustService: m2.default('load-agent').describe('The Locust service in the compose files'),
      compose: U({
        master: Gp.default('docker-compose.yml'),
        worker: Gp.default('worker.docker-compose.yml'),
        acapy: Gp.default('docker-compose.yml'),
      }).prefault({}),
      locustFiles: hr(c2).check(De(1), se(20)).describe('LOCUST_FILES: scenario(s) to run'),
    }),
    machines: v2
      .optional()
      .describe('Stand-alone machines the toolkit creates and prepares (the from-zero form)'),
    images: U({
      locust: an.describe('The stand-alone Locust instance (or machine) to bake the worker image from'),
      acapy: an.describe(
        'The stand-alone ACA-Py instance (or the issuer machine) to bake the agent image from',
      ),
      resetDocker: Us().default(!0).describe('Reset a hanging Docker before baking'),
      keep: ve(1, 20).default(2).describe('How many images per role to keep'),
    }),
    acapy: S2,
    locust: _2,
    loadTest: U({
      users: Tr(1e6),
      spawnRate: nt().check(Fs(), fe(1e4)).describe('Users started per second'),
      runTimeSeconds: Tr(86400),
      thresholds: U({
        maxFailRatio: nt().check(Te(0), fe(1)).default(0.01),
        maxP95Ms: nt().check(Fs(), fe(36e5)).default(5e3),
        minRps: nt().check(Te(0), fe(1e6)).default(0),
      }).prefault({}),
    }),
    teardown: U({
      schedule: R2,
      ttlHours: nt().check(Te(1, { error: 'expected at least 1 hour' }), fe(720)),
      mode: ze(['scale-to-zero', 'destroy']).default('scale-to-zero'),
    }),
  });
var jp = 256 * 1024,
  Yr = 100,
  h2 = 16,
  A2 = 1e3,
  rn = 50;
function C2(e) {
  let t = 0,
    a = 0,
    r = 0,
    s = '',
    o = !1;
  for (let n = 0; n < e.length; n++) {
    const c = e[n];
    if ((c === '[' || c === '{') && (a++, a > A2))
      return {
        message: `more than ${A2} bracketed lists and mappings ([ and { are counted everywhere, in quotes and comments too)`,
        hint: 'a cluster file needs a few dozen; write lists and mappings in block style',
        offset: n,
      };
    if (o) {
      c ===
        `
` && (o = !1);
      continue;
    }
    if (s) {
      c === s && (s = '');
      continue;
    }
    const i =
      n === 0
        ? `
`
        : e.charAt(n - 1);
    if (
      c === '#' &&
      (i === ' ' ||
        i === '	' ||
        i ===
          `
`)
    )
      o = !0;
    else if ((c === '"' || c === "'") && /[\s,[{:]/.test(i)) s = c;
    else if (c === '[' || c === '{') {
      if ((t++, t > h2))
        return {
          message: `the YAML nests brackets more than ${h2} deep`,
          hint: 'a cluster file needs a few levels of nesting; remove the deep brackets',
          offset: n,
        };
    } else if (c === ']' || c === '}') t = Math.max(0, t - 1);
    else if (c === '*' && /[\s,[{]/.test(i) && /[^\s,\]}]/.test(e.charAt(n + 1)) && (r++, r > Yr))
      return {
        message: `more than ${Yr} aliases`,
        hint: 'write the values out; aliases can multiply a small file into a huge one',
        offset: n,
      };
  }
}
function T2(e) {
  let t = [],
    a = 0,
    r = e.directives;
  r &&
    (r.yaml.explicit || Object.entries(r.tags).some(([o, n]) => o !== '!!' || n !== 'tag:yaml.org,2002:')) &&
    t.push({
      message: 'YAML directives (%YAML, %TAG) are not allowed',
      hint: 'remove the lines starting with %; cluster files are plain YAML 1.2',
      offset: 0,
    });
  const s = (o) => {
    o.tag &&
      t.push({
        message: `the YAML tag ${ste(o.tag)} is not allowed here`,
        hint: 'remove the tag and write the plain value',
        offset: o.range?.[0] ?? 0,
      });
  };
  if (
    (we(e, {
      Node(o, n) {
        s(n);
      },
      Scalar(o, n) {
        s(n);
        const c = typeof n.value == 'number' ? n.source : void 0;
        c !== void 0 &&
          /^[-+]?(0[xXoO]|0\d)/.test(c) &&
          t.push({
            message: `the number ${c} is not written in plain decimal`,
            hint: `write it as ${String(n.value)}`,
            offset: n.range?.[0] ?? 0,
          });
      },
      Map(o, n) {
        s(n);
        const c = new Set();
        for (const i of n.items) {
          if (Ke(i.key)) {
            t.push({
              message: `the alias *${i.key.source} is used as a key`,
              hint: 'write the key out; an alias key can silently repeat (and replace) a key defined elsewhere',
              offset: i.key.range?.[0] ?? 0,
            });
            continue;
          }
          const m = V(i.key) ? String(i.key.value) : void 0;
          m !== void 0 &&
            (m === '__proto__' &&
              t.push({
                message: 'the key __proto__ is not allowed',
                hint: 'remove it; no cluster setting has that name',
                offset: i.key.range?.[0] ?? 0,
              }),
            c.has(m) &&
              t.push({
                message: `duplicate key ${JSON.stringify(m.slice(0, 80))}`,
                hint: 'give each key once; the second would silently replace the first',
                offset: i.key.range?.[0] ?? 0,
              }),
            c.add(m));
        }
      },
      Alias(o, n) {
        a++;
        const c = n.range?.[0] ?? 0;
        if (a > Yr)
          return (
            t.push({
              message: `more than ${Yr} aliases`,
              hint: 'write the values out; aliases can multiply a small file into a huge one',
              offset: c,
            }),
            we.BREAK
          );
        n.resolve(e) ||
          t.push({
            message: `the alias *${n.source} names no anchor defined before it`,
            hint: `define &${n.source} earlier in the file, or write the value out`,
            offset: c,
          });
      },
    }),
    !t.some((o) => o.message.startsWith('more than')) && a > 0)
  )
    try {
      e.toJS({ maxAliasCount: Yr });
    } catch (o) {
      let n = 0;
      we(e, {
        Alias(c, i) {
          return ((n = i.range?.[0] ?? 0), we.BREAK);
        },
      }),
        t.push({
          message: `the aliases expand too far (${o instanceof Error ? o.message : String(o)})`,
          hint: 'write the values out; aliases can multiply a small file into a huge one',
          offset: n,
        });
    }
  return t;
}
function ste(e) {
  return e.startsWith('tag:yaml.org,2002:') ? `!!${e.slice(18)}` : e.startsWith('!') ? e : `!<${e}>`;
}
function Ox(e) {
  return e.length <= rn
    ? e
    : [
        ...e.slice(0, rn),
        {
          severity: 'error',
          path: [],
          message: `and ${e.length - rn} more problems`,
          hint: 'fix the ones above first',
        },
      ];
}
function P2(e) {
  const t = e.path,
    a = (r, s, o = t) => ({ severity: 'error', path: o, message: r, ...(s ? { hint: s } : {}) });
  switch (e.code) {
    case 'unrecognized_keys': {
      const r = cte(t),
        s = e.keys.slice(0, rn).map((n) => {
          const c = Ls(n, r);
          return a(
            'unknown field',
            c.length > 0 ? `did you mean ${c.join(' or ')}?` : `known fields here: ${r.join(', ')}`,
            [...t, n],
          );
        }),
        o = e.keys.length - s.length;
      return o > 0 ? [...s, a(`and ${o} more unknown fields`, 'remove what the schema does not know')] : s;
    }
    case 'invalid_type': {
      if (e.input === void 0) {
        const s = t[t.length - 1];
        return [a(`required ${e.expected} is missing`, `add ${String(s)}: to ${D2(t)}`)];
      }
      if (typeof e.input == 'number' && !Number.isFinite(e.input))
        return [a(`expected a finite number, got ${String(e.input)}`, Dr(t) ?? 'write a plain number')];
      if (e.expected === 'int' && typeof e.input == 'number')
        return [a(`expected a whole number, got ${e.input}`, Dr(t) ?? 'drop the fraction')];
      const r =
        t.length === 0
          ? 'a mapping of cluster settings'
          : e.expected === 'int'
            ? 'a whole number'
            : e.expected;
      return [a(`expected ${r}, got ${nte(e.input)}`, Dr(t))];
    }
    case 'invalid_value':
      return [a(`expected one of ${e.values.map((r) => JSON.stringify(r)).join(', ')}`, Dr(t))];
    case 'too_small':
    case 'too_big': {
      const r = String(e.code === 'too_small' ? e.minimum : e.maximum),
        s = e.origin === 'array' ? 'entries' : e.origin === 'string' ? 'characters' : '',
        o = e.inclusive !== !1,
        n = e.code === 'too_small' ? (o ? 'at least' : 'more than') : o ? 'at most' : 'less than',
        c = e.message.startsWith('Too ') ? void 0 : e.message;
      return [a(c ?? `expected ${n} ${r}${s ? ` ${s}` : ''}`, Dr(t))];
    }
    case 'invalid_key':
      return [a(e.issues.map((r) => r.message).join('; ') || 'not a valid key here', Dr(t))];
    case 'invalid_union':
      if (e.input === void 0) {
        const r = t[t.length - 1];
        return [a('required setting is missing', `add ${String(r)}: to ${D2(t)}`)];
      }
      return e.message === 'a secret written as a literal value'
        ? [
            a(
              e.message,
              'store it in Parameter Store and write { parameter: /akrida/<cluster>/<name> }, or { githubSecret: NAME }',
            ),
          ]
        : [a(e.message, Dr(t))];
    default:
      return [a(e.message, Dr(t))];
  }
}
var ote = {
  name: 'e.g. perf-example; it prefixes every resource name, and load balancer names are limited to 32 characters',
  region: 'an AWS region code such as us-east-1',
  'source.repository': 'e.g. https://github.com/openwallet-foundation/owl-akrida.git',
  'teardown.schedule': 'minute hour day-of-month month day-of-week, in UTC',
};
function Dr(e) {
  return ote[e.filter((t) => typeof t == 'string').join('.')];
}
function D2(e) {
  const t = e.slice(0, -1);
  return t.length === 0 ? 'the top level' : t.join('.');
}
function nte(e) {
  return e === null ? 'null' : Array.isArray(e) ? 'a list' : typeof e == 'object' ? 'a mapping' : typeof e;
}
function cte(e) {
  let t = Hp;
  for (const r of e) t = t && ite(t, r);
  const a = t && Vx(t);
  return a ? Object.keys(a._zod.def.shape) : [];
}
function Wp(e) {
  const t = e._zod.def;
  return t.innerType ? Wp(t.innerType) : t.in ? Wp(t.in) : e;
}
function Vx(e) {
  const t = Wp(e);
  if (t._zod.def.type === 'object') return t;
  if (t._zod.def.type === 'union')
    for (const a of t._zod.def.options) {
      const r = Vx(a);
      if (r) return r;
    }
}
function ite(e, t) {
  const a = Wp(e),
    r = a._zod.def;
  return r.type === 'array'
    ? r.element
    : r.type === 'record'
      ? r.valueType
      : Vx(a)?._zod.def.shape[String(t)];
}
function Zp(e) {
  if (e.length === 0) return '(file)';
  const t = (a) => (/^[\x21-\x7e]+$/.test(a) && !/["[\]]/.test(a) ? a : JSON.stringify(a));
  return e.map((a, r) => (typeof a == 'number' ? `[${a}]` : r === 0 ? t(a) : `.${t(a)}`)).join('');
}
function mte(e) {
  const t = `${e.file}:${e.line}:${e.column}: ${e.severity} ${Zp(e.path)}: ${e.message}`;
  return e.hint
    ? `${t}
  hint: ${e.hint}`
    : t;
}
var _t = class extends Error {
  problems;
  constructor(t) {
    const a = t.filter((s) => s.severity === 'error'),
      r = t[0]?.file ?? 'cluster file';
    super(
      `${r}: ${a.length} problem${a.length === 1 ? '' : 's'}; nothing was changed in AWS.
` +
        t.map(mte).join(`
`),
    ),
      (this.name = 'ConfigError'),
      (this.problems = t);
  }
};
var j = {
    cluster: 'akrida:cluster',
    role: 'akrida:role',
    managedBy: 'managed-by',
    expiresAt: 'akrida:expires-at',
  },
  Kp = 'akrida-ops',
  ta = 'akrida:prepare',
  Jp = (e) => `machine-${e}`;
function b2(e, t) {
  return { [j.cluster]: e, [j.role]: Jp(t) };
}
var E2 = ['Name', ta, ...Object.values(j)];
function Pr(e, t, a) {
  const r = { ...e.tags, Name: `${e.name}-${t}`, [j.cluster]: e.name, [j.role]: t, [j.managedBy]: Kp };
  return (a && (r[j.expiresAt] = ute(e, a).toISOString()), r);
}
function ute(e, t) {
  return new Date(t.getTime() + e.teardown.ttlHours * 36e5);
}
function sn(e) {
  return Object.entries(e)
    .sort(([t], [a]) => t.localeCompare(a))
    .map(([t, a]) => ({ Key: t, Value: a }));
}
function ct(e, t) {
  return 'parameter' in t
    ? t.parameter
    : 'githubSecret' in t
      ? `/akrida-ops/${e.name}/${t.githubSecret}`
      : `/akrida-ops/${e.name}/generated/${t.generated}`;
}
function on(e) {
  const t = [];
  for (const [a, r] of Object.entries(e.acapy.secrets)) t.push({ field: `acapy.secrets.${a}`, ref: r });
  for (const [a, r] of Object.entries(e.locust.issuer.headers))
    t.push({ field: `locust.issuer.headers.${a}`, ref: r });
  for (const [a, r] of Object.entries(e.locust.verifier.headers))
    t.push({ field: `locust.verifier.headers.${a}`, ref: r });
  return t;
}
function Fx(e) {
  const t = `/akrida-ops/${e.name}/issuer`;
  return { seed: `${t}/did-seed`, schemaId: `${t}/schema-id`, credDefId: `${t}/cred-def-id` };
}
var $2 = (e) => `/akrida-ops/${e.name}/mediator/invitation-url`;
function w2(e) {
  return { redisPassword: `/akrida-ops/${e.name}/database/redis-password` };
}
function qx(e) {
  const t = on(e).flatMap(({ field: s, ref: o }) =>
      'generated' in o ? [{ field: s, name: ct(e, o), length: 32 }] : [],
    ),
    a = new Set(t.map((s) => s.name)),
    r = t.filter((s) => (a.has(s.name) ? (a.delete(s.name), !0) : !1));
  return (
    e.machines?.database && r.push({ field: 'machines.database', name: w2(e).redisPassword, length: 32 }),
    e.machines?.issuer && r.push({ field: 'machines.issuer', name: Fx(e).seed, length: 32 }),
    r
  );
}
var br = {
    transportDns: '<acapy-transport load balancer DNS name>',
    adminDns: '<acapy-admin load balancer DNS name>',
    masterPrivateIp: '<Locust master private IP>',
    databaseIp: '<database machine private IP>',
    ledgerIds: {
      schemaId: '<schema id made by the issuer machine>',
      credDefId: '<credential definition id made by the issuer machine>',
    },
  },
  ae = (e, t) => ({ key: e, value: String(t) }),
  aa = class extends Error {
    name = 'EnvFileError';
  };
function M2(e, t) {
  const a = new Set(e.map((s) => s.key)),
    r = [...e];
  for (const [s, o] of Object.entries(t)) {
    if (a.has(s)) throw new aa(`.env key ${s} is written by the toolkit; it cannot be set again`);
    a.add(s), r.push(ae(s, o));
  }
  for (const s of r) {
    if (!/^[A-Z_][A-Z0-9_]*$/.test(s.key))
      throw new aa(`.env key ${JSON.stringify(s.key)} is not a plain upper-case name`);
    if ('value' in s && /[\u0000-\u001f\u007f]/.test(s.value))
      throw new aa(`.env value of ${s.key} contains a line break or control character`);
    const o = 'value' in s ? Mx(s.value) : void 0;
    if (o) throw new aa(`.env value of ${s.key}: docker compose would read it differently (${o})`);
  }
  return r;
}
function G2(e, t) {
  const a = {
      ...e,
      acapy: { ...e.acapy, databaseHost: e.acapy.databaseHost ?? 'db.invalid' },
      locust: {
        ...e.locust,
        schema: e.locust.schema ?? 'schema',
        credDef: e.locust.credDef ?? 'cred-def',
        mediation: { ...e.locust.mediation, url: e.locust.mediation.url ?? 'https://mediator.invalid' },
      },
    },
    r = { ...a, [t]: { ...a[t], environment: {} } },
    s = t === 'acapy' ? Yp(r, br) : [...Hs(r, br, 'master'), ...Hs(r, br, 'worker')];
  return new Set(s.map((o) => o.key));
}
function Yp(e, t) {
  const a = (r) => ct(e, r);
  return M2(
    [
      ae('ISSUER', t.transportDns),
      ae('DATABASE', lte(e, t)),
      { key: 'ACAPY_ADMIN_API_KEY', secret: a(e.acapy.secrets.adminApiKey) },
      ae('EXPOSED_PORT', e.acapy.listeners.transport),
      ae('ACAPY_GENESIS_URL', e.acapy.genesisUrl),
      { key: 'ACCOUNT', secret: a(e.acapy.secrets.walletAccount) },
      { key: 'PASSWORD', secret: a(e.acapy.secrets.walletPassword) },
      { key: 'ADMIN_ACCOUNT', secret: a(e.acapy.secrets.walletAdminAccount) },
      { key: 'ADMIN_PASSWORD', secret: a(e.acapy.secrets.walletAdminPassword) },
    ],
    e.acapy.environment,
  );
}
function lte(e, t) {
  const a = e.acapy.databaseHost ?? (e.machines?.database ? t.databaseIp : void 0);
  if (a === void 0)
    throw new aa('DATABASE: give acapy.databaseHost, or machines.database for the toolkit to make one');
  return a;
}
function L2(e, t, a) {
  const r = a === 'SCHEMA' ? e.locust.schema : e.locust.credDef;
  if (r !== void 0) return ae(a, r);
  const s = e.machines?.issuer ? t.ledgerIds : void 0;
  if (!s) throw new aa(`${a}: give locust.${a === 'SCHEMA' ? 'schema' : 'credDef'}, or machines.issuer`);
  return ae(a, a === 'SCHEMA' ? s.schemaId : s.credDefId);
}
function pte(e) {
  const t = e.locust.mediation;
  if (t.url !== void 0) return ae('MEDIATION_URL', t.url);
  if (!t.enabled) return ae('MEDIATION_URL', '');
  if (e.machines?.mediator) return { key: 'MEDIATION_URL', secret: $2(e) };
  throw new aa('MEDIATION_URL: give locust.mediation.url, or machines.mediator');
}
function Q2(e, t) {
  return [
    ...Object.entries(t).map(([a, r]) => ({ name: a, secret: ct(e, r) })),
    { name: 'X-API-Key', secret: ct(e, e.acapy.secrets.adminApiKey) },
  ];
}
function Hs(e, t, a) {
  const r = e.locust,
    s = `http://${t.adminDns}:${e.acapy.listeners.admin}`;
  return M2(
    [
      pte(e),
      ae('WITH_MEDIATION', r.mediation.enabled ? 'True' : 'False'),
      ae('PICKUP_STRATEGY', r.mediation.pickupStrategy),
      ae('MASTER_HOST', t.masterPrivateIp),
      ae('MASTER_PORT', r.master.bindPort),
      ae('LOCUST_MIN_WAIT', r.waitSeconds.min),
      ae('LOCUST_MAX_WAIT', r.waitSeconds.max),
      ae('ISSUER_URL', s),
      ae('ISSUER_TYPE', r.issuer.type),
      { key: 'ISSUER_HEADERS', headers: Q2(e, r.issuer.headers) },
      ae('VERIFIER_URL', s),
      ae('VERIFIER_TYPE', r.verifier.type),
      { key: 'VERIFIER_HEADERS', headers: Q2(e, r.verifier.headers) },
      L2(e, t, 'CRED_DEF'),
      ae('CRED_ATTR', r.credAttr),
      L2(e, t, 'SCHEMA'),
      ae('LEDGER', r.ledger),
      ae('VERIFIED_TIMEOUT_SECONDS', r.verifiedTimeoutSeconds),
      ae('LOCUST_FILES', e.source.locustFiles.join(',')),
      ae('START_PORT', r.userPorts.start),
      ae('END_PORT', r.userPorts.end),
      ae('MESSAGE_TO_SEND', r.messageToSend),
      ae('IS_ANONCREDS', r.isAnoncreds ? 'True' : 'False'),
      ae('AGENT_LOGGING_LEVEL', r.agentLoggingLevel),
      ae('CONNECTIONS_PER_AGENT', r.connectionsPerAgent),
      a === 'worker' ? { key: 'AGENT_IP', imds: 'local-ipv4' } : ae('AGENT_IP', t.masterPrivateIp),
    ],
    r.environment,
  );
}
function Xp(e) {
  const [t = '', a = '32'] = e.split('/'),
    r = t.split('.').reduce((n, c) => n * 256 + Number(c), 0),
    s = Number(a),
    o = 2 ** (32 - s);
  return { start: Math.floor(r / o) * o, size: o, prefix: s, base: r };
}
var dte = (e) => [24, 16, 8, 0].map((t) => Math.floor(e / 2 ** t) % 256).join('.');
function k2(e) {
  const t = Xp(e);
  return t.base === t.start ? void 0 : `${dte(t.start)}/${t.prefix}`;
}
function O2(e) {
  let t = e.map(Xp).sort((s, o) => s.start - o.start),
    a = 0,
    r = -1;
  for (const s of t) {
    const o = s.start + s.size;
    s.start >= r ? (a += s.size) : o > r && (a += o - r), (r = Math.max(r, o));
  }
  return a;
}
var V2 = 2 ** 24,
  yte = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'].map(Xp);
function Bx(e) {
  const t = Xp(e);
  return yte.some((a) => t.start >= a.start && t.start + t.size <= a.start + a.size);
}
var Nte =
    /(PASSWORD|PASSWD|PASSPHRASE|(^|_)PASS($|_)|(^|_)PWD($|_)|(^|_)PW($|_)|SECRET|TOKEN|KEYS?($|_)|APIKEY|PRIVATE|CREDENTIAL|(^|_)CREDS($|_)|HEADERS|SEED|MNEMONIC|(^|_)JWT($|_)|(^|_)AUTH($|_)|AUTHORI[SZ]ATION|(^|_)DSN($|_)|BEARER|COOKIE|SESSION)/,
  xte =
    /(^Bearer\s|^Basic\s|^eyJ[A-Za-z0-9_-]{10,}\.|A(KIA|SIA)[0-9A-Z]{16}|-----BEGIN|gh[pousr]_[A-Za-z0-9]{20,}|xox[abpr]-)/i,
  fte = /[a-z][a-z0-9+.-]*:\/\/[^\s/@:]*:[^\s/@]+@/i,
  Rte =
    /(pass(word|wd|phrase)?|pwd|secret|token|api[_-]?key|private[_-]?key|seed)["']?\s*[:=]\s*["']?[^\s"',;}]/i;
function F2(e) {
  return Nte.test(e.toUpperCase());
}
function Ite(e) {
  const t = new Map();
  for (const r of e) t.set(r, (t.get(r) ?? 0) + 1);
  let a = 0;
  for (const r of t.values()) {
    const s = r / e.length;
    a -= s * Math.log2(s);
  }
  return a;
}
function q2(e) {
  if (xte.test(e)) return 'it has the shape of a token, key or private key';
  if (fte.test(e)) return 'it is a URL with a user and password in it';
  if (Rte.test(e)) return 'it sets a password, token or key inside the value';
  for (const t of e.split(/[\s,;"']+/)) {
    if (/^(0x)?[0-9a-fA-F]{32,}$/.test(t)) return 'it looks like a hex key or seed';
    if (
      t.length >= 24 &&
      /^[A-Za-z0-9+/=_.~-]+$/.test(t) &&
      /[A-Za-z]/.test(t) &&
      /[0-9]/.test(t) &&
      Ite(t) >= 3.8
    )
      return 'it looks like a long random token';
    if (/^[A-Za-z0-9]{32}$/.test(t) && /[A-Za-z]/.test(t) && /[0-9]/.test(t))
      return 'it looks like a 32-character wallet or DID seed';
  }
}
function Er(e) {
  const t = e.machines;
  return t
    ? zp.flatMap((a) => {
        const r = t[a];
        return r ? [{ role: a, instanceType: r.instanceType, diskGiB: r.diskGiB }] : [];
      })
    : [];
}
function B2(e, t) {
  const a = [
    [['acapy', 'instanceType'], e.acapy.instanceType],
    [['locust', 'workers', 'instanceType'], e.locust.workers.instanceType],
    ...Er(e).map((r) => [['machines', r.role, 'instanceType'], r.instanceType]),
  ];
  for (const [r, s] of a) {
    if (Et(s)) continue;
    const o = Ls(s, Object.keys(sp));
    t(
      r,
      `unknown instance type "${s}"`,
      o.length ? `did you mean ${o.join(' or ')}?` : 'use a type listed in data/aws-prices.json',
    );
  }
}
function U2(e, t) {
  const a = e.machines;
  e.acapy.databaseHost === void 0 &&
    !a?.database &&
    t(
      ['acapy', 'databaseHost'],
      'no wallet database: acapy.databaseHost is not given and machines.database is not listed',
      'give the database address inside the VPC, or add machines: { database: {} } for the toolkit to make one',
    ),
    e.acapy.databaseHost !== void 0 &&
      a?.database &&
      t(
        ['acapy', 'databaseHost'],
        'acapy.databaseHost is given and machines.database makes a database too',
        'remove one: the toolkit points ACA-Py at the database machine it makes',
      );
  for (const s of ['schema', 'credDef'])
    e.locust[s] === void 0 &&
      !a?.issuer &&
      t(
        ['locust', s],
        `locust.${s} is not given and machines.issuer is not listed, so nothing makes it`,
        `give the anchored id, or add machines: { issuer: {} } for the toolkit to make the ${s === 'schema' ? 'schema' : 'credential definition'}`,
      );
  e.locust.mediation.enabled &&
    e.locust.mediation.url === void 0 &&
    !a?.mediator &&
    t(
      ['locust', 'mediation', 'url'],
      'mediation is enabled but no url is given and machines.mediator is not listed',
      "give the mediator's invitation URL, or add machines: { mediator: {} } for the toolkit to make one",
    );
  const r = [
    [['images', 'locust'], e.images.locust],
    [['images', 'acapy'], e.images.acapy],
    [['locust', 'master', 'instance'], e.locust.master.instance],
  ];
  for (const [s, o] of r)
    'machine' in o &&
      !a?.[o.machine] &&
      t(
        [...s, 'machine'],
        `selects the ${o.machine} machine, but machines.${o.machine} is not listed`,
        `add machines: { ${o.machine}: {} }, or select an existing instance with { tags: { Name: \u2026 } }`,
      );
  if (a?.database) {
    const s = e.acapy.secrets,
      o = (n, c) => JSON.stringify(n) === JSON.stringify(c);
    o(s.walletAccount, s.walletAdminAccount) ||
      t(
        ['acapy', 'secrets', 'walletAccount'],
        'with machines.database, the wallet account must be the same secret as walletAdminAccount',
        'the database machine creates one Postgres user (POSTGRES_USER) from walletAdminAccount; point both at it',
      ),
      o(s.walletPassword, s.walletAdminPassword) ||
        t(
          ['acapy', 'secrets', 'walletPassword'],
          'with machines.database, the wallet password must be the same secret as walletAdminPassword',
          'the database machine sets POSTGRES_PASSWORD from walletAdminPassword; point both at it',
        );
  }
}
var Ux = 1024;
function js(e, t = e.loadTest.users) {
  const a = e.locust,
    r = Et(a.workers.instanceType)?.memoryMiB ?? 0,
    s = Math.max(0, a.userPorts.end - a.userPorts.start + 1),
    o = Math.max(0, Math.floor((r - Ux) / a.memoryPerAgentMiB)),
    n = Math.min(s, o),
    c = a.workers.count ?? (n > 0 ? Math.ceil((a.workers.targetUsers ?? 0) / n) : 0),
    i = c > 0 ? Math.ceil(t / c) : t;
  return { workers: c, usersPerWorker: i, portsPerWorker: s, memoryUsersPerWorker: o, maxUsersPerWorker: n };
}
var Ste = {
  'master.docker-compose.yml':
    'upstream Akrida removed master.docker-compose.yml; the master uses docker-compose.yml',
};
function _te(e, t) {
  const a = [],
    r = 'min <= desired <= max';
  return (
    e.min > e.desired &&
      a.push({
        severity: 'error',
        path: [...t, 'min'],
        message: `min (${e.min}) is above desired (${e.desired})`,
        hint: r,
      }),
    e.desired > e.max &&
      a.push({
        severity: 'error',
        path: [...t, 'desired'],
        message: `desired (${e.desired}) is above max (${e.max})`,
        hint: r,
      }),
    a
  );
}
function z2(e) {
  const t = [],
    a = (l, p, d) => t.push({ severity: 'error', path: l, message: p, ...(d ? { hint: d } : {}) }),
    r = (l, p, d) => t.push({ severity: 'warning', path: l, message: p, ...(d ? { hint: d } : {}) });
  if (!PN.includes(e.region)) {
    const l = Ls(e.region, PN);
    a(
      ['region'],
      `unknown region "${e.region}"`,
      l.length ? `did you mean ${l.join(' or ')}?` : 'e.g. us-east-1',
    );
  }
  B2(e, a), vte(e, a, r), U2(e, a), t.push(..._te(e.acapy.capacity, ['acapy', 'capacity']));
  const s = (l, p) => {
      const d = new Map();
      for (const [x, N] of p) {
        const f = d.get(N);
        f
          ? a(x, `port ${N} is already used by ${f.join('.')} on the ${l}`, 'give each a distinct port')
          : d.set(N, x);
      }
    },
    o = e.acapy;
  s('ACA-Py instances', [
    [['acapy', 'ports', 'admin'], o.ports.admin],
    [['acapy', 'ports', 'transport'], o.ports.transport],
    [['acapy', 'services', 'tails'], o.services.tails],
    [['acapy', 'services', 'redis'], o.services.redis],
  ]),
    s('ACA-Py load balancers', [
      [['acapy', 'listeners', 'admin'], o.listeners.admin],
      [['acapy', 'listeners', 'transport'], o.listeners.transport],
    ]);
  const n = e.locust.master;
  s('Locust master', [
    [['locust', 'master', 'webPort'], n.webPort],
    [['locust', 'master', 'bindPort'], n.bindPort],
  ]);
  const c = e.locust.userPorts;
  if (c.start > c.end)
    a(['locust', 'userPorts', 'end'], `end (${c.end}) is below start (${c.start})`, 'start <= end');
  else
    for (const [l, p] of [
      [['locust', 'master', 'webPort'], n.webPort],
      [['locust', 'master', 'bindPort'], n.bindPort],
    ])
      p >= c.start &&
        p <= c.end &&
        a(
          ['locust', 'userPorts'],
          `user ports ${c.start}-${c.end} include ${l.join('.')} (${p})`,
          'move the range clear of 8089/8090',
        );
  const i = e.locust.workers;
  i.count !== void 0 &&
    i.count > i.max &&
    a(
      ['locust', 'workers', 'count'],
      `count (${i.count}) is above max (${i.max})`,
      'raise locust.workers.max or lower count',
    );
  const m = Et(i.instanceType);
  if (m && c.start <= c.end) {
    const l = js(e);
    i.targetUsers !== void 0 &&
      l.workers > i.max &&
      a(
        ['locust', 'workers', 'targetUsers'],
        `${i.targetUsers} users need ${l.workers} workers of ${i.instanceType} (${l.maxUsersPerWorker} users each), above max (${i.max})`,
        'raise locust.workers.max, use a larger instance type or widen locust.userPorts',
      ),
      l.workers === 0
        ? r(['locust', 'workers'], 'no workers: the cluster can run no load test until workers are added')
        : (l.usersPerWorker > l.portsPerWorker &&
            a(
              ['locust', 'userPorts'],
              `${l.usersPerWorker} users per worker need ${l.usersPerWorker} ports, but ${c.start}-${c.end} has ${l.portsPerWorker}`,
              `set locust.userPorts.end to at least ${c.start + l.usersPerWorker - 1}, or add workers`,
            ),
          l.usersPerWorker > l.memoryUsersPerWorker &&
            a(
              ['loadTest', 'users'],
              `${l.usersPerWorker} users per worker need ${l.usersPerWorker * e.locust.memoryPerAgentMiB} MiB, but a ${i.instanceType} holds ${l.memoryUsersPerWorker} agents (${m.memoryMiB} MiB less ${Ux} MiB reserved)`,
              'add workers, use a larger instance type, or lower loadTest.users',
            ));
  }
  e.loadTest.spawnRate > e.loadTest.users &&
    a(
      ['loadTest', 'spawnRate'],
      `spawn rate (${e.loadTest.spawnRate}/s) is above the user count (${e.loadTest.users})`,
      'lower loadTest.spawnRate',
    ),
    e.locust.waitSeconds.min > e.locust.waitSeconds.max &&
      a(
        ['locust', 'waitSeconds', 'min'],
        `min (${e.locust.waitSeconds.min}) is above max (${e.locust.waitSeconds.max})`,
        'min <= max',
      ),
    gte(e, a),
    hte(e, a);
  const u = e.acapy.healthCheck;
  u.timeoutSeconds >= u.intervalSeconds &&
    a(
      ['acapy', 'healthCheck', 'timeoutSeconds'],
      `the health-check timeout (${u.timeoutSeconds} s) must be shorter than its interval (${u.intervalSeconds} s)`,
      'AWS refuses a timeout at or above the interval',
    );
  for (const l of Object.keys(e.tags))
    (E2.includes(l) || l.startsWith('akrida:')) &&
      a(['tags', l], `the toolkit writes the tag ${l} itself`, 'choose another tag key');
  for (const [l, p] of Object.entries(e.source.compose)) {
    const d = Ste[p];
    d && r(['source', 'compose', l], d, 'check the file exists at source.ref');
  }
  return t;
}
function vte(e, t, a) {
  for (const [o, n] of [
    ['operatorCidrs', e.access.operatorCidrs],
    ['vpcCidrs', e.network.vpcCidrs],
  ])
    n.forEach((c, i) => {
      const m = k2(c);
      m &&
        t(
          o === 'vpcCidrs' ? ['network', o, i] : ['access', o, i],
          `${c} has host bits set`,
          `write it as ${m}`,
        );
    });
  const r = O2(e.access.operatorCidrs);
  if (r > V2) {
    const o = `${((r / 4294967296) * 100).toPrecision(3)} % of the IPv4 internet`;
    e.access.allowAnywhere
      ? a(['access', 'operatorCidrs'], `these ranges open the ACA-Py admin listener and Locust UI to ${o}`)
      : t(
          ['access', 'operatorCidrs'],
          `these ranges together open the ACA-Py admin listener and Locust UI to ${r} addresses (${o}); at most a /8 is allowed`,
          'list your own ranges, or set access.allowAnywhere: true if you really mean it',
        );
  }
  const s = e.acapy.databaseHost;
  s !== void 0 &&
    wx.test(s) &&
    !Bx(`${s}/32`) &&
    t(
      ['acapy', 'databaseHost'],
      `${s} is not a private address; ACA-Py would send the wallet account and password to it`,
      'use the database address inside the VPC (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10)',
    ),
    e.network.vpcCidrs.forEach((o, n) => {
      Bx(o) ||
        t(
          ['network', 'vpcCidrs', n],
          `${o} is not a private range; it would open the database, redis, mediator and tails ports to it`,
          'use the VPC ranges: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10',
        );
    });
}
function gte(e, t) {
  const a = [
    [['locust', 'messageToSend'], e.locust.messageToSend],
    [['locust', 'credAttr'], e.locust.credAttr],
    [['acapy', 'genesisUrl'], e.acapy.genesisUrl],
    [['source', 'repository'], e.source.repository],
    ...(e.locust.schema ? [[['locust', 'schema'], e.locust.schema]] : []),
    ...(e.locust.credDef ? [[['locust', 'credDef'], e.locust.credDef]] : []),
    ...Object.entries(e.tags).map(([r, s]) => [['tags', r], s]),
    ...Object.keys(e.tags).map((r) => [['tags', r], r]),
  ];
  e.locust.mediation.url && a.push([['locust', 'mediation', 'url'], e.locust.mediation.url]);
  for (const [r, s] of [
    ['acapy', e.acapy.environment],
    ['locust', e.locust.environment],
  ]) {
    const o = `move it to Parameter Store and reference it from ${r === 'acapy' ? 'acapy.secrets' : 'locust.issuer.headers'}`;
    for (const [n, c] of Object.entries(s))
      F2(n)
        ? t([r, 'environment', n], 'a secret written as a literal value', o)
        : a.push([[r, 'environment', n], c]);
  }
  for (const [r, s] of a) {
    const o = q2(s);
    o &&
      t(
        r,
        `a secret written as a literal value (${o})`,
        'store it in Parameter Store and reference it; values here end up in user data and pull requests',
      );
  }
}
function hte(e, t) {
  for (const a of ['acapy', 'locust']) {
    const r = G2(e, a);
    for (const s of Object.keys(e[a].environment))
      r.has(s) &&
        t(
          [a, 'environment', s],
          `${s} is written by the toolkit itself`,
          'set it through its own field of the cluster file',
        );
  }
}
var H2 = (e, t, a, r = 1, s = 1) =>
  new _t([{ file: e, line: r, column: s, severity: 'error', path: [], message: t, hint: a }]);
function j2(e) {
  return bte(Pte(e), e);
}
function Pte(e) {
  let t;
  try {
    const a = Tte(e, 'r');
    try {
      const r = Cte(a).size;
      if (r > jp) throw W2(e, r);
      const s = Buffer.alloc(r);
      Dte(a, s, 0, r, 0), (t = s.toString('utf8'));
    } finally {
      Ate(a);
    }
  } catch (a) {
    if (a instanceof _t) throw a;
    const r = a.code === 'ENOENT' ? 'file not found' : String(a);
    throw new _t([
      {
        file: e,
        line: 1,
        column: 1,
        severity: 'error',
        path: [],
        message: r,
        hint: 'pass an existing clusters/<name>.yml',
      },
    ]);
  }
  return t;
}
function W2(e, t) {
  return H2(
    e,
    `the file is ${t} bytes; a cluster file may be at most ${jp} bytes`,
    'a cluster file describes one cluster in a few hundred lines; remove what does not belong',
  );
}
function bte(e, t) {
  const a = Buffer.byteLength(e, 'utf8');
  if (a > jp) throw W2(t, a);
  const r = C2(e);
  if (r) {
    const l = e.slice(0, r.offset),
      p = l.split(`
`).length,
      d =
        r.offset -
        l.lastIndexOf(`
`);
    throw H2(t, r.message, r.hint, p, d);
  }
  const s = new jr(),
    o = CN(e, { lineCounter: s, prettyErrors: !1, uniqueKeys: !1 }),
    n = (l, p) => {
      const d = s.linePos(p ?? Ete(o.contents, l.path));
      return { ...l, file: t, line: d.line, column: d.col };
    },
    c = [
      ...o.errors.map((l) =>
        /call stack/i.test(l.message)
          ? {
              message: 'the YAML nests too deeply to read',
              hint: 'a cluster file needs a few levels of nesting; remove the deep brackets',
              offset: l.pos[0],
            }
          : {
              message: `not valid YAML: ${
                l.message.split(`
`)[0]
              }`,
              hint: 'fix the YAML syntax',
              offset: l.pos[0],
            },
      ),
      ...T2(o),
    ];
  if (c.length > 0)
    throw new _t(
      Ox(
        c.map((l) => ({ severity: 'error', path: [], message: l.message, hint: l.hint, offset: l.offset })),
      ).map((l) => n(l, 'offset' in l ? l.offset : void 0)),
    );
  const i = o.toJS({ maxAliasCount: Yr }),
    m = Hp.safeParse(i ?? {}, { reportInput: !0 });
  if (!m.success) throw new _t(Ox(m.error.issues.flatMap((l) => P2(l))).map((l) => n(l)));
  const u = z2(m.data).map((l) => n(l));
  if (u.some((l) => l.severity === 'error')) throw new _t(u);
  return { file: t, cluster: m.data, warnings: u };
}
function Ete(e, t) {
  let a = e,
    r = a?.range?.[0] ?? 0;
  for (const s of t) {
    if (!a || typeof a != 'object') break;
    if (Je(a)) {
      const o = a.items.find((c) => z(c) && V(c.key) && String(c.key.value) === String(s));
      if (!o) break;
      (r = o.key.range?.[0] ?? r), (a = o.value);
    } else if ('items' in a && Array.isArray(a.items)) {
      const o = a.items[Number(s)];
      if (!o) break;
      (r = o.range?.[0] ?? r), (a = o);
    } else break;
  }
  return r;
}
function Z2(e = 'cluster') {
  const t = Ae().getInput(e, { required: !0 }),
    a = j2(t);
  for (const r of a.warnings)
    Ae().warning(`${Zp(r.path)}: ${r.message}${r.hint ? ` (${r.hint})` : ''}`, {
      file: r.file,
      startLine: r.line,
      startColumn: r.column,
    });
  return a;
}
function $te(e) {
  for (const t of e)
    (t.severity === 'error' ? Ae().error : Ae().warning)(
      `${Zp(t.path)}: ${t.message}${t.hint ? ` (${t.hint})` : ''}`,
      { file: t.file, startLine: t.line, startColumn: t.column },
    );
}
async function K2(e, t) {
  try {
    await Ae().group(e, t);
  } catch (a) {
    a instanceof _t && $te(a.problems);
    const r = a instanceof Error ? a.message : String(a);
    if ((Ae().setFailed(r), Fh() && process.env.GITHUB_STEP_SUMMARY)) {
      const s = process.env.GITHUB_ACTION ? ` (step ${process.env.GITHUB_ACTION})` : '';
      await Ae()
        .summary.addRaw(
          `
> **Failed${s}:** ${r
            .split(`
`)
            .join(`
> `)}
`,
          !0,
        )
        .write()
        .catch(() => {});
    }
  }
}
var zx = class extends Error {
    name = 'InputError';
  },
  J2 = (e) => ({ value: e });
function Y2(e, { min: t, max: a }, r) {
  return t !== void 0 && t !== r && a !== void 0
    ? `${e} from ${t} to ${a}`
    : a !== void 0
      ? `${e} up to ${a}`
      : t !== void 0 && t !== r
        ? `${e} of at least ${t}`
        : e;
}
var X2 = (e, { min: t, max: a }) => (a === void 0 ? e : e.max(a)).min(t ?? Number.NEGATIVE_INFINITY);
function wte({ required: e, fallback: t = '' } = {}) {
  return { expected: 'text', schema: q(), absent: e ? 'required' : { value: t } };
}
function Lte(e = {}) {
  const t = { min: e.min ?? 0, ...(e.max !== void 0 ? { max: e.max } : {}) };
  return {
    expected: Y2('a whole number', t, 0),
    schema: q().regex(/^\d+$/).transform(Number).pipe(X2(nt().int(), t)),
    absent: J2(e.fallback),
  };
}
function Qte(e = {}) {
  const t = { min: e.min ?? 0, ...(e.max !== void 0 ? { max: e.max } : {}) };
  return {
    expected: Y2('a number', t, Number.NaN),
    schema: q()
      .regex(/^-?(\d+\.?\d*|\.\d+)$/)
      .transform(Number)
      .pipe(X2(nt(), t)),
    absent: J2(e.fallback),
  };
}
function Mte(e) {
  return {
    expected: 'true or false',
    schema: ze(['true', 'True', 'TRUE', 'false', 'False', 'FALSE']).transform(
      (t) => t.toLowerCase() === 'true',
    ),
    absent: { value: e },
  };
}
function Gte(e, t) {
  const a = ze(e);
  return { expected: `one of ${e.join(', ')}`, schema: a, absent: t === void 0 ? 'checked' : { value: t } };
}
function kte() {
  return {
    expected: 'a list',
    schema: q().transform((e) =>
      e
        .split(/[\n,]/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
    absent: { value: [] },
  };
}
var Hx = { text: wte, integer: Lte, decimal: Qte, boolean: Mte, choice: Gte, list: kte };
function eb(e) {
  const t = {},
    a = [];
  for (const [r, s] of Object.entries(e)) {
    const o = Ae().getInput(r, { required: s.absent === 'required' });
    if (o === '' && typeof s.absent == 'object') {
      t[r] = s.absent.value;
      continue;
    }
    const n = s.schema.safeParse(o);
    n.success ? (t[r] = n.data) : a.push(`input ${r} must be ${s.expected} (got "${o}")`);
  }
  if (a.length) throw new zx(a.join('; '));
  return t;
}
function tb(e, t) {
  return (a = {}) =>
    K2(e, async () => {
      const r = Z2(),
        s = eb(t.inputs);
      await Ote(await t.run({ loaded: r, cluster: r.cluster, inputs: s, deps: a }));
    });
}
async function Ote(e) {
  for (const [t, a] of Object.entries(e.outputs ?? {})) a !== void 0 && Ae().setOutput(t, String(a));
  if ((e.summary && (await Ae().summary.addRaw(e.summary).write()), e.failure)) throw new Error(e.failure);
}
function ab(e, t) {
  return tb(e, { inputs: t.inputs, run: (a) => t.run({ ...a, ctx: qh(a.cluster, a.deps) }) });
}
var ge = class extends Error {
    constructor(a, r, s, o, n, c) {
      super(`${a} on ${r} failed: ${s}: ${o}${n ? ` (${n})` : ''}`, c);
      this.operation = a;
      this.resource = r;
      this.code = s;
      this.hint = n;
    }
    operation;
    resource;
    code;
    hint;
    name = 'AwsOperationError';
  },
  Vte = [
    [
      /^(UnauthorizedOperation|AccessDenied|AccessDeniedException|AuthFailure)$/,
      'the role in use lacks this permission: its policy should be iam/deploy-policy.json (or iam/plan-policy.json for cluster-plan); an administrator updates it with `akrida bootstrap --repo OWNER/NAME --apply`',
    ],
    [
      /^(ExpiredToken|ExpiredTokenException|RequestExpired)$/,
      'the credentials expired; run configure-aws-credentials again',
    ],
    [/^(CredentialsProviderError)$/, 'no AWS credentials found; configure them, or use --simulate'],
    [
      /^(RequestLimitExceeded|Throttling|ThrottlingException|TooManyRequestsException)$/,
      'AWS kept throttling after every retry; run again later or raise AWS_MAX_ATTEMPTS',
    ],
    [
      /^(DependencyViolation|ResourceInUse|ResourceInUseException|ResourceInUseFault)$/,
      'another resource still uses it; delete that first or retry once it is gone',
    ],
    [
      /NotFound|NotFoundException|DoesNotExist$/,
      'it does not exist (or is not visible yet); check the id and region',
    ],
    [
      /^(InvalidPermission\.Duplicate|InvalidGroup\.Duplicate|AlreadyExists|.*AlreadyExists.*)$/,
      'it already exists; the toolkit adopts resources only when they carry its tags',
    ],
  ];
function Fte(e) {
  return Vte.find(([t]) => t.test(e))?.[1];
}
function rb(e) {
  return e && typeof e == 'object' && 'name' in e ? String(e.name) : 'Error';
}
async function W(e, t, a) {
  try {
    return await a();
  } catch (r) {
    if (r instanceof ge) throw r;
    const s = rb(r),
      o = r instanceof Error ? r.message : String(r);
    throw new ge(e, t, s, o, Fte(s), { cause: r });
  }
}
function Ws(e) {
  return e instanceof ge ? e.code : rb(e);
}
function sb(e, t) {
  const a = (r) => r.CreationDate ?? '';
  return a(t).localeCompare(a(e));
}
function ce(e, t) {
  return { [j.cluster]: e, [j.managedBy]: Kp, ...(t ? { [j.role]: t } : {}) };
}
function Zs(e) {
  return Object.entries(e).map(([t, a]) => ({ Name: `tag:${t}`, Values: [a] }));
}
var qte = (e) => e.Value ?? '';
function Ie(e) {
  return Object.fromEntries((e ?? []).filter((t) => t.Key).map((t) => [t.Key, qte(t)]));
}
function jx(e, t) {
  return Object.entries(t).every(([a, r]) => e[a] === r);
}
async function ra(e, t) {
  const a = [];
  for await (const r of e) a.push(...(t(r) ?? []));
  return a;
}
var Ks = (e) =>
  Object.entries(e)
    .map(([t, a]) => `${t}=${a}`)
    .join(',');
function nn(e, t, a = ['pending', 'running', 'stopping', 'stopped']) {
  const r = [...Zs(t), { Name: 'instance-state-name', Values: a }];
  return W('DescribeInstances', `instances tagged ${Ks(t)}`, () =>
    ra(kv({ client: e.ec2 }, { Filters: r }), (s) => s.Reservations?.flatMap((o) => o.Instances ?? [])),
  );
}
function Xr(e, t) {
  return W('DescribeSecurityGroups', `security groups tagged ${Ks(t)}`, () =>
    ra(Fv({ client: e.ec2 }, { Filters: Zs(t) }), (a) => a.SecurityGroups),
  );
}
function cn(e, t) {
  return W('DescribeLaunchTemplates', `launch templates tagged ${Ks(t)}`, () =>
    ra(Ov({ client: e.ec2 }, { Filters: Zs(t) }), (a) => a.LaunchTemplates),
  );
}
function mn(e, t) {
  return W('DescribeImages', `images tagged ${Ks(t)}`, () =>
    ra(Gv({ client: e.ec2 }, { Owners: ['self'], Filters: Zs(t) }), (a) => a.Images),
  );
}
function Wx(e, t) {
  const a = Object.entries(t).map(([r, s]) => ({ Name: `tag:${r}`, Values: [s] }));
  return W('DescribeAutoScalingGroups', `groups tagged ${Ks(t)}`, () =>
    ra(qf({ client: e.autoScaling }, { Filters: a }), (r) => r.AutoScalingGroups),
  );
}
function ed(e, t) {
  const a = Object.entries(t).map(([r, s]) => ({ Key: `tag:${r}`, Values: [s] }));
  return W('DescribeParameters', `parameters tagged ${Ks(t)}`, () =>
    ra(Fy({ client: e.ssm }, { ParameterFilters: a }), (r) => r.Parameters),
  );
}
async function Zx(e, t) {
  const a = new Set(),
    r = [...new Set(t)];
  for (let s = 0; s < r.length; s += 50) {
    const o = r.slice(s, s + 50),
      n = await W('DescribeParameters', `parameters ${o.join(', ')}`, () =>
        ra(
          Fy({ client: e.ssm }, { ParameterFilters: [{ Key: 'Name', Option: 'Equals', Values: o }] }),
          (c) => c.Parameters,
        ),
      );
    for (const c of n) c.Name && a.add(c.Name);
  }
  return a;
}
async function Bte(e, t) {
  const a = new Map();
  for (let r = 0; r < t.length; r += 20) {
    const s = t.slice(r, r + 20),
      o = await W('DescribeTags', `${s.length} load-balancing resources`, () =>
        e.elbv2.send(new Di({ ResourceArns: s })),
      );
    for (const n of o.TagDescriptions ?? []) n.ResourceArn && a.set(n.ResourceArn, Ie(n.Tags));
  }
  return a;
}
async function Ute(e, t) {
  const [a, r] = await Promise.all([
      W('DescribeLoadBalancers', 'load balancers', () =>
        ra(kg({ client: e.elbv2 }, {}), (c) => c.LoadBalancers),
      ),
      W('DescribeTargetGroups', 'target groups', () =>
        ra(Og({ client: e.elbv2 }, {}), (c) => c.TargetGroups),
      ),
    ]),
    s = [...a.map((c) => c.LoadBalancerArn), ...r.map((c) => c.TargetGroupArn)].filter((c) => !!c),
    o = await Bte(e, s),
    n = (c, i) =>
      c
        .map((m) => {
          const u = i(m);
          return { ...m, tags: (u && o.get(u)) || {} };
        })
        .filter((m) => jx(m.tags, t));
  return { loadBalancers: n(a, (c) => c.LoadBalancerArn), targetGroups: n(r, (c) => c.TargetGroupArn) };
}
async function td(e, t) {
  const { [j.role]: a, ...r } = t,
    s = await Ute(e, r);
  return {
    loadBalancers: s.loadBalancers.filter((o) => jx(o.tags, t)),
    targetGroups: s.targetGroups.filter((o) => jx(o.tags, t)),
  };
}
var zte = {
  CreateSecurityGroup: {
    kind: 'adopt',
    codes: ['InvalidGroup.Duplicate'],
    why: 'adopt the group of that name in the VPC when it carries our cluster tag',
  },
  AuthorizeSecurityGroupIngress: {
    kind: 'done',
    codes: ['InvalidPermission.Duplicate'],
    why: 'the rule exists: the rest are added one by one',
  },
  RevokeSecurityGroupIngress: {
    kind: 'done',
    codes: ['InvalidPermission.NotFound', 'InvalidSecurityGroupRuleId.NotFound'],
    why: 'the rule is gone',
  },
  DeleteSecurityGroup: { kind: 'done', codes: ['InvalidGroup.NotFound'], why: 'the group is gone' },
  CreateLaunchTemplate: {
    kind: 'adopt',
    codes: ['InvalidLaunchTemplateName.AlreadyExistsException'],
    why: 'sent with a ClientToken from the name and content, so a repeat returns the template; a name taken otherwise is adopted when the template carries our cluster tag, refused when not',
  },
  CreateLaunchTemplateVersion: {
    kind: 'client-token',
    why: 'ClientToken from the template id, its latest version and the content: a repeat makes no second version',
  },
  ModifyLaunchTemplate: { kind: 'idempotent', why: 'setting the default version again changes nothing' },
  DeleteLaunchTemplate: {
    kind: 'done',
    codes: ['InvalidLaunchTemplateId.NotFound', 'InvalidLaunchTemplateName.NotFoundException'],
    why: 'the template is gone',
  },
  CreateImage: {
    kind: 'adopt',
    codes: ['InvalidAMIName.Duplicate'],
    why: 'adopt the image of that name when it carries our recipe tag; never bake a second',
  },
  DeregisterImage: {
    kind: 'done',
    codes: ['InvalidAMIID.NotFound', 'InvalidAMIID.Unavailable'],
    why: 'the image is gone',
  },
  DeleteSnapshot: { kind: 'done', codes: ['InvalidSnapshot.NotFound'], why: 'the snapshot is gone' },
  CreateTags: { kind: 'idempotent', why: 'the same tags again' },
  DeleteTags: { kind: 'idempotent', why: 'removing absent tags succeeds' },
  ModifyInstanceAttribute: { kind: 'idempotent', why: 'the same group list again' },
  TerminateInstances: { kind: 'idempotent', why: 'terminating a terminated instance succeeds' },
  RunInstances: {
    kind: 'client-token',
    why: 'ClientToken from the cluster, role and request: a repeat answers with the machine the first made (a terminated one spends the token, and the next generation is used)',
  },
  StartInstances: { kind: 'idempotent', why: 'starting a running instance succeeds' },
  StopInstances: { kind: 'idempotent', why: 'stopping a stopped instance succeeds' },
  CreateLoadBalancer: {
    kind: 'adopt',
    codes: ['DuplicateLoadBalancerName', 'DuplicateLoadBalancerNameException'],
    why: 'ELBv2 answers a repeat with the same settings with the existing load balancer; a name taken with other settings is adopted when it carries our cluster tag',
  },
  CreateTargetGroup: {
    kind: 'adopt',
    codes: ['DuplicateTargetGroupName', 'DuplicateTargetGroupNameException'],
    why: 'ELBv2 answers a repeat with the same settings with the existing target group; a name taken otherwise is adopted when it carries our cluster tag, and its health settings converge',
  },
  CreateListener: {
    kind: 'adopt',
    codes: ['DuplicateListener', 'DuplicateListenerException'],
    why: 'ELBv2 returns the listener for identical settings; a port taken otherwise is adopted when it forwards to our target group',
  },
  ModifyListener: { kind: 'idempotent', why: 'the same default action again' },
  ModifyTargetGroup: { kind: 'idempotent', why: 'the same health settings again' },
  AddTags: { kind: 'idempotent', why: 'the same tags again' },
  DeleteListener: {
    kind: 'done',
    codes: ['ListenerNotFound', 'ListenerNotFoundException'],
    why: 'the listener is gone',
  },
  DeleteLoadBalancer: {
    kind: 'done',
    codes: ['LoadBalancerNotFound', 'LoadBalancerNotFoundException'],
    why: 'the load balancer is gone (ELBv2 also answers a repeat with success)',
  },
  DeleteTargetGroup: {
    kind: 'done',
    codes: ['TargetGroupNotFound', 'TargetGroupNotFoundException'],
    why: 'the target group is gone',
  },
  CreateAutoScalingGroup: {
    kind: 'adopt',
    codes: ['AlreadyExists', 'AlreadyExistsFault'],
    why: 'adopt the group of that name when it carries our cluster tag, then converge its settings',
  },
  UpdateAutoScalingGroup: { kind: 'idempotent', why: 'the same settings again' },
  EnableMetricsCollection: { kind: 'idempotent', why: 'enabling enabled metrics changes nothing' },
  PutScheduledUpdateGroupAction: { kind: 'idempotent', why: 'an upsert by action name' },
  CreateOrUpdateTags: { kind: 'idempotent', why: 'an upsert by tag key' },
  StartInstanceRefresh: {
    kind: 'adopt',
    codes: ['InstanceRefreshInProgress', 'InstanceRefreshInProgressFault'],
    why: 'the refresh the first attempt started is followed',
  },
  DeleteAutoScalingGroup: {
    kind: 'done',
    codes: ['ValidationError:not found'],
    why: 'the group is gone (Auto Scaling says so as a ValidationError)',
  },
  PutParameter: {
    kind: 'compare',
    why: 'on ParameterAlreadyExists the stored value is read and compared: equal is done, else overwritten',
  },
  AddTagsToResource: { kind: 'idempotent', why: 'the same tags again' },
  DeleteParameter: { kind: 'done', codes: ['ParameterNotFound'], why: 'the parameter is gone' },
  SendCommand: {
    kind: 'rerun-safe',
    why: 'a repeat may start a second command: every script is idempotent and takes a lock on the instance, and the wait follows the command that answered',
  },
};
function ob(e, t) {
  const a = Ws(e),
    r = e instanceof Error ? e.message : '';
  return t.some((s) => {
    const [o, n] = s.split(':');
    return o === a && (n === void 0 || r.includes(n));
  });
}
async function Y(e, t, a, r = {}) {
  const s = zte[e];
  try {
    return { answer: await W(e, t, a) };
  } catch (o) {
    if (!(o instanceof ge)) throw o;
    if (s.kind === 'done' && ob(o, s.codes)) return { done: 'already' };
    if (s.kind === 'adopt' && ob(o, s.codes)) {
      if (!r.adopt) throw new Error(`write ${e}: the adopt rule needs an adopt function`);
      return { adopted: await r.adopt(o) };
    }
    throw o;
  }
}
var Kx = DN.loadBalancer.applicationHourly + DN.loadBalancer.lcuHourly;
function nb(e) {
  return String(e)
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*[\]<>|~&$]/g, (t) => `\\${t}`)
    .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_');
}
var cb = (e) => e.replace(/(?<![A-Za-z0-9_])(@(?=[A-Za-z0-9])|#(?=\d))/g, '$1&#8203;');
function ib(e) {
  return cb(nb(e).replace(/^([#+=-]|\d+[.)])/, (t) => `${t.slice(0, -1)}\\${t.slice(-1)}`));
}
function Hte(e) {
  return cb(nb(e));
}
function mb(e) {
  return `| ${e.map(Hte).join(' | ')} |`;
}
var Jx = class extends Error {
  constructor(a, r, s) {
    super(`timed out after ${Math.round(s / 1e3)}s waiting for ${a}; last status: ${r}`);
    this.what = a;
    this.lastStatus = r;
    this.waitedMs = s;
  }
  what;
  lastStatus;
  waitedMs;
  name = 'WaitTimeoutError';
};
function un(e) {
  const t = Math.max(0, Math.round(e / 1e3));
  return t < 60 ? `${t}s` : `${Math.floor(t / 60)}m ${String(t % 60).padStart(2, '0')}s`;
}
async function Lt(e, t) {
  let a = t.clock ?? fl,
    r = t.random ?? Math.random,
    s = t.minDelayMs ?? 2e3,
    o = Math.max(s, t.maxDelayMs ?? 3e4),
    n = t.reportEveryMs ?? 3e4,
    c = t.expectedMs ? `, expected ~${un(t.expectedMs)}` : '',
    i = a.now(),
    m = i,
    u = !1,
    l = !1;
  for (let p = 0; ; p++) {
    const d = a.now(),
      x = await e(),
      N = a.now() - d,
      f = a.now() - i;
    if (x.done) return (u && t.log?.(`${t.what}: done after ${un(f)}`), x.value);
    !l &&
      t.expectedMs &&
      f > 2 * t.expectedMs &&
      ((l = !0),
      t.warn?.(
        `${t.what} is taking longer than expected: ${un(f)} so far (usually ~${un(t.expectedMs)}), status ${x.status}`,
      ));
    const A = t.timeoutMs - f;
    if (A <= 0) throw new Jx(t.what, x.status, f);
    const g = Math.min(o, s * 2 ** p),
      T = Math.min(A, s + r() * (g - s));
    (!u || a.now() + T + N - m > n) &&
      (t.log?.(`waiting for ${t.what}: ${x.status}, ${un(f)} elapsed${c}`), (m = a.now()), (u = !0)),
      await a.sleep(T);
  }
}
var Yx = class extends Error {
  constructor(a, r, s) {
    super(
      `${r} on ${s} answered without ${a}; AWS (or the endpoint in AWS_ENDPOINT_URL) returned an incomplete description, so the toolkit stops rather than guess`,
    );
    this.field = a;
    this.operation = r;
    this.resource = s;
  }
  field;
  operation;
  resource;
  name = 'MissingFieldError';
};
function re(e, t, a, r) {
  if (e == null || e === '') throw new Yx(t, a, r);
  return e;
}
function Xx(e) {
  const t = [],
    a = (u, l, p, d, x) => {
      for (const N of d) t.push({ group: u, fromPort: l, toPort: p, source: N, description: x });
    },
    r = e.access.operatorCidrs.map((u) => ({ cidr: u })),
    s = e.network.vpcCidrs.map((u) => ({ cidr: u })),
    o = { group: 'perf-sg' },
    n = e.acapy,
    c = e.locust.master;
  a('lb-sg', n.listeners.admin, n.listeners.admin, [...r, o], 'ACA-Py admin listener'),
    a('lb-sg', n.listeners.transport, n.listeners.transport, [...r, o, ...s], 'ACA-Py transport listener'),
    a('perf-sg', n.ports.admin, n.ports.admin, [{ group: 'lb-sg' }], 'ACA-Py admin from its load balancer'),
    a(
      'perf-sg',
      n.ports.transport,
      n.ports.transport,
      [{ group: 'lb-sg' }],
      'ACA-Py transport from its load balancer',
    ),
    a('perf-sg', n.services.postgres, n.services.postgres, s, 'holder database'),
    a('perf-sg', n.services.redis, n.services.redis, s, 'redis'),
    a('perf-sg', n.services.mediator, n.services.mediator, s, 'mediator'),
    a('perf-sg', n.services.tails, n.services.tails, s, 'tails server');
  const i = Math.min(c.webPort, c.bindPort),
    m = Math.max(c.webPort, c.bindPort);
  return (
    a('perf-sg', i, m, [o], 'Locust master and workers'),
    a('perf-sg', c.webPort, c.webPort, r, 'Locust web UI for operators'),
    a('perf-sg', e.locust.userPorts.start, e.locust.userPorts.end, [o], 'Akrida agents (one port per user)'),
    t
  );
}
function sa(e) {
  const t = e.name;
  return {
    lbSg: `${t}-lb-sg`,
    perfSg: `${t}-perf-sg`,
    locustImage: `${t}-locust`,
    acapyImage: `${t}-acapy`,
    adminLb: `${t}-acapy-adm`,
    transportLb: `${t}-acapy-trn`,
    adminTg: `${t}-tg-adm`,
    transportTg: `${t}-tg-trn`,
    acapyTemplate: `${t}-acapy`,
    workerTemplate: `${t}-worker`,
    acapyGroup: `${t}-acapy`,
    workerGroup: `${t}-workers`,
  };
}
function ub(e) {
  const t = new Map();
  for (const { field: a, ref: r } of on(e)) {
    if (!('githubSecret' in r)) continue;
    const s = ct(e, r);
    t.set(s, [...(t.get(s) ?? []), a]);
  }
  return [...t];
}
async function e0(e, t) {
  return (
    (
      await W('DescribeAutoScalingGroups', `groups ${t.join(', ')}`, () =>
        e.clients.autoScaling.send(new cs({ AutoScalingGroupNames: t })),
      )
    ).AutoScalingGroups ?? []
  );
}
var pn = class {
  diff(t, a, r = {}) {
    let s;
    typeof r == 'function' ? ((s = r), (r = {})) : 'callback' in r && (s = r.callback);
    const o = this.castInput(t, r),
      n = this.castInput(a, r),
      c = this.removeEmpty(this.tokenize(o, r)),
      i = this.removeEmpty(this.tokenize(n, r));
    return this.diffWithOptionsObj(c, i, r, s);
  }
  diffWithOptionsObj(t, a, r, s) {
    var o;
    let n = (g) => {
        if (((g = this.postProcess(g, r)), s)) {
          setTimeout(() => {
            s(g);
          }, 0);
          return;
        } else return g;
      },
      c = a.length,
      i = t.length,
      m = 1,
      u = c + i;
    r.maxEditLength != null && (u = Math.min(u, r.maxEditLength));
    let l = (o = r.timeout) !== null && o !== void 0 ? o : 1 / 0,
      p = Date.now() + l,
      d = [{ oldPos: -1, lastComponent: void 0 }],
      x = this.extractCommon(d[0], a, t, 0, r);
    if (d[0].oldPos + 1 >= i && x + 1 >= c) return n(this.buildValues(d[0].lastComponent, a, t));
    let N = -1 / 0,
      f = 1 / 0,
      A = () => {
        for (let g = Math.max(N, -m); g <= Math.min(f, m); g += 2) {
          let T,
            b = d[g - 1],
            D = d[g + 1];
          b && (d[g - 1] = void 0);
          let P = !1;
          if (D) {
            const E = D.oldPos - g;
            P = D && 0 <= E && E < c;
          }
          const B = b && b.oldPos + 1 < i;
          if (!P && !B) {
            d[g] = void 0;
            continue;
          }
          if (
            (!B || (P && b.oldPos < D.oldPos)
              ? (T = this.addToPath(D, !0, !1, 0, r))
              : (T = this.addToPath(b, !1, !0, 1, r)),
            (x = this.extractCommon(T, a, t, g, r)),
            T.oldPos + 1 >= i && x + 1 >= c)
          )
            return n(this.buildValues(T.lastComponent, a, t)) || !0;
          (d[g] = T), T.oldPos + 1 >= i && (f = Math.min(f, g - 1)), x + 1 >= c && (N = Math.max(N, g + 1));
        }
        m++;
      };
    if (s)
      (function g() {
        setTimeout(() => {
          if (m > u || Date.now() > p) return s(void 0);
          A() || g();
        }, 0);
      })();
    else
      for (; m <= u && Date.now() <= p; ) {
        const g = A();
        if (g) return g;
      }
  }
  addToPath(t, a, r, s, o) {
    const n = t.lastComponent;
    return n && !o.oneChangePerToken && n.added === a && n.removed === r
      ? {
          oldPos: t.oldPos + s,
          lastComponent: { count: n.count + 1, added: a, removed: r, previousComponent: n.previousComponent },
        }
      : { oldPos: t.oldPos + s, lastComponent: { count: 1, added: a, removed: r, previousComponent: n } };
  }
  extractCommon(t, a, r, s, o) {
    let n = a.length,
      c = r.length,
      i = t.oldPos,
      m = i - s,
      u = 0;
    for (; m + 1 < n && i + 1 < c && this.equals(r[i + 1], a[m + 1], o); )
      m++,
        i++,
        u++,
        o.oneChangePerToken &&
          (t.lastComponent = { count: 1, previousComponent: t.lastComponent, added: !1, removed: !1 });
    return (
      u &&
        !o.oneChangePerToken &&
        (t.lastComponent = { count: u, previousComponent: t.lastComponent, added: !1, removed: !1 }),
      (t.oldPos = i),
      m
    );
  }
  equals(t, a, r) {
    return r.comparator
      ? r.comparator(t, a)
      : t === a || (!!r.ignoreCase && t.toLowerCase() === a.toLowerCase());
  }
  removeEmpty(t) {
    const a = [];
    for (let r = 0; r < t.length; r++) t[r] && a.push(t[r]);
    return a;
  }
  castInput(t, a) {
    return t;
  }
  tokenize(t, a) {
    return Array.from(t);
  }
  join(t) {
    return t.join('');
  }
  postProcess(t, a) {
    return t;
  }
  get useLongestToken() {
    return !1;
  }
  buildValues(t, a, r) {
    let s = [],
      o;
    for (; t; ) s.push(t), (o = t.previousComponent), delete t.previousComponent, (t = o);
    s.reverse();
    let n = s.length,
      c = 0,
      i = 0,
      m = 0;
    for (; c < n; c++) {
      const u = s[c];
      if (u.removed) (u.value = this.join(r.slice(m, m + u.count))), (m += u.count);
      else {
        if (!u.added && this.useLongestToken) {
          let l = a.slice(i, i + u.count);
          (l = l.map((p, d) => {
            const x = r[m + d];
            return x.length > p.length ? x : p;
          })),
            (u.value = this.join(l));
        } else u.value = this.join(a.slice(i, i + u.count));
        (i += u.count), u.added || (m += u.count);
      }
    }
    return s;
  }
};
var t0 = class extends pn {
    constructor() {
      super(...arguments), (this.tokenize = Zte);
    }
    equals(t, a, r) {
      return (
        r.ignoreWhitespace
          ? ((!r.newlineIsToken ||
              !t.includes(`
`)) &&
              (t = t.trim()),
            (!r.newlineIsToken ||
              !a.includes(`
`)) &&
              (a = a.trim()))
          : r.ignoreNewlineAtEof &&
            !r.newlineIsToken &&
            (t.endsWith(`
`) && (t = t.slice(0, -1)),
            a.endsWith(`
`) && (a = a.slice(0, -1))),
        super.equals(t, a, r)
      );
    }
  },
  Wte = new t0();
function a0(e, t, a) {
  return Wte.diff(e, t, a);
}
function Zte(e, t) {
  t.stripTrailingCr &&
    (e = e.replace(
      /\r\n/g,
      `
`,
    ));
  const a = [],
    r = e.split(/(\n|\r\n)/);
  r[r.length - 1] || r.pop();
  for (let s = 0; s < r.length; s++) {
    const o = r[s];
    s % 2 && !t.newlineIsToken ? (a[a.length - 1] += o) : a.push(o);
  }
  return a;
}
function Kte(e) {
  for (let t = 0; t < e.length; t++) if (e[t] < ' ' || e[t] > '~' || e[t] === '"' || e[t] === '\\') return !0;
  return !1;
}
function $r(e) {
  if (!Kte(e)) return e;
  let t = '"',
    a = new TextEncoder().encode(e),
    r = 0;
  for (; r < a.length; ) {
    const s = a[r];
    s === 7
      ? (t += '\\a')
      : s === 8
        ? (t += '\\b')
        : s === 9
          ? (t += '\\t')
          : s === 10
            ? (t += '\\n')
            : s === 11
              ? (t += '\\v')
              : s === 12
                ? (t += '\\f')
                : s === 13
                  ? (t += '\\r')
                  : s === 34
                    ? (t += '\\"')
                    : s === 92
                      ? (t += '\\\\')
                      : s >= 32 && s <= 126
                        ? (t += String.fromCharCode(s))
                        : (t += '\\' + s.toString(8).padStart(3, '0')),
      r++;
  }
  return ((t += '"'), t);
}
var r0 = { includeIndex: !0, includeUnderline: !0, includeFileHeaders: !0 };
function s0(e, t, a, r, s, o, n) {
  let c;
  n ? (typeof n == 'function' ? (c = { callback: n }) : (c = n)) : (c = {}),
    typeof c.context > 'u' && (c.context = 4);
  const i = c.context;
  if (c.newlineIsToken)
    throw new Error(
      'newlineIsToken may not be used with patch-generation functions, only with diffing functions',
    );
  if (c.callback) {
    const { callback: u } = c;
    a0(
      a,
      r,
      Object.assign(Object.assign({}, c), {
        callback: (l) => {
          const p = m(l);
          u(p);
        },
      }),
    );
  } else return m(a0(a, r, c));
  function m(u) {
    if (!u) return;
    u.push({ value: '', lines: [] });
    function l(g) {
      return g.map((T) => ' ' + T);
    }
    let p = [],
      d = 0,
      x = 0,
      N = [],
      f = 1,
      A = 1;
    for (let g = 0; g < u.length; g++) {
      const T = u[g],
        b = T.lines || Jte(T.value);
      if (((T.lines = b), T.added || T.removed)) {
        if (!d) {
          const D = u[g - 1];
          (d = f), (x = A), D && ((N = i > 0 ? l(D.lines.slice(-i)) : []), (d -= N.length), (x -= N.length));
        }
        for (const D of b) N.push((T.added ? '+' : '-') + D);
        T.added ? (A += b.length) : (f += b.length);
      } else {
        if (d)
          if (b.length <= i * 2 && g < u.length - 2) for (const D of l(b)) N.push(D);
          else {
            const D = Math.min(b.length, i);
            for (const B of l(b.slice(0, D))) N.push(B);
            const P = { oldStart: d, oldLines: f - d + D, newStart: x, newLines: A - x + D, lines: N };
            p.push(P), (d = 0), (x = 0), (N = []);
          }
        (f += b.length), (A += b.length);
      }
    }
    for (const g of p)
      for (let T = 0; T < g.lines.length; T++)
        g.lines[T].endsWith(`
`)
          ? (g.lines[T] = g.lines[T].slice(0, -1))
          : (g.lines.splice(T + 1, 0, '\\ No newline at end of file'), T++);
    return { oldFileName: e, newFileName: t, oldHeader: s, newHeader: o, hunks: p };
  }
}
function ad(e, t) {
  var a, r, s, o, n, c;
  if ((t || (t = r0), Array.isArray(e))) {
    if (e.length > 1 && !t.includeFileHeaders && !e.every((u) => u.isGit))
      throw new Error(
        'Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)',
      );
    return e
      .map((u) => ad(u, t))
      .join(`
`);
  }
  const i = [];
  if (e.isGit) {
    if (((t = r0), !e.oldFileName)) throw new Error('oldFileName must be specified for Git patches');
    if (!e.newFileName) throw new Error('newFileName must be specified for Git patches');
    let u = e.oldFileName,
      l = e.newFileName;
    e.isCreate && u === '/dev/null'
      ? (u = l.replace(/^b\//, 'a/'))
      : e.isDelete && l === '/dev/null' && (l = u.replace(/^a\//, 'b/')),
      i.push('diff --git ' + $r(u) + ' ' + $r(l)),
      e.isDelete && i.push('deleted file mode ' + ((a = e.oldMode) !== null && a !== void 0 ? a : '100644')),
      e.isCreate && i.push('new file mode ' + ((r = e.newMode) !== null && r !== void 0 ? r : '100644')),
      e.oldMode &&
        e.newMode &&
        !e.isDelete &&
        !e.isCreate &&
        (i.push('old mode ' + e.oldMode), i.push('new mode ' + e.newMode)),
      e.isRename &&
        (i.push(
          'rename from ' + $r(((s = e.oldFileName) !== null && s !== void 0 ? s : '').replace(/^a\//, '')),
        ),
        i.push(
          'rename to ' + $r(((o = e.newFileName) !== null && o !== void 0 ? o : '').replace(/^b\//, '')),
        )),
      e.isCopy &&
        (i.push(
          'copy from ' + $r(((n = e.oldFileName) !== null && n !== void 0 ? n : '').replace(/^a\//, '')),
        ),
        i.push('copy to ' + $r(((c = e.newFileName) !== null && c !== void 0 ? c : '').replace(/^b\//, ''))));
  } else
    t.includeIndex &&
      e.oldFileName == e.newFileName &&
      e.oldFileName !== void 0 &&
      i.push('Index: ' + e.oldFileName),
      t.includeUnderline && i.push('===================================================================');
  const m = e.hunks.length > 0;
  t.includeFileHeaders &&
    e.oldFileName !== void 0 &&
    e.newFileName !== void 0 &&
    (!e.isGit || m) &&
    (i.push('--- ' + $r(e.oldFileName) + (e.oldHeader ? '	' + e.oldHeader : '')),
    i.push('+++ ' + $r(e.newFileName) + (e.newHeader ? '	' + e.newHeader : '')));
  for (let u = 0; u < e.hunks.length; u++) {
    const l = e.hunks[u],
      p = l.oldLines === 0 ? l.oldStart - 1 : l.oldStart,
      d = l.newLines === 0 ? l.newStart - 1 : l.newStart;
    i.push('@@ -' + p + ',' + l.oldLines + ' +' + d + ',' + l.newLines + ' @@');
    for (const x of l.lines) i.push(x);
  }
  return (
    i.join(`
`) +
    `
`
  );
}
function o0(e, t, a, r, s, o, n) {
  if ((typeof n == 'function' && (n = { callback: n }), n?.callback)) {
    const { callback: c } = n;
    s0(
      e,
      t,
      a,
      r,
      s,
      o,
      Object.assign(Object.assign({}, n), {
        callback: (i) => {
          c(i ? ad(i, n.headerOptions) : void 0);
        },
      }),
    );
  } else {
    const c = s0(e, t, a, r, s, o, n);
    return c ? ad(c, n?.headerOptions) : void 0;
  }
}
function Jte(e) {
  const t = e.endsWith(`
`),
    a = e
      .split(`
`)
      .map(
        (r) =>
          r +
          `
`,
      );
  return (t ? a.pop() : a.push(a.pop().slice(0, -1)), a);
}
function dn(e) {
  return e.map((t) => ({
    key: t.key,
    isValue: 'value' in t,
    isSecret: 'secret' in t,
    isHeaders: 'headers' in t,
    isImds: 'imds' in t,
    value: 'value' in t ? t.value : '',
    secret: 'secret' in t ? t.secret : '',
    headers: 'headers' in t ? t.headers : [],
    imds: 'imds' in t ? t.imds : '',
  }));
}
function lb(e, t, a) {
  return e.render('acapy-user-data.sh.hbs', {
    cluster: t.name,
    region: t.region,
    directory: t.source.acapyDirectory,
    composeFile: t.source.compose.acapy,
    env: dn(Yp(t, a)),
  });
}
function pb(e, t, a) {
  return e.render('locust-worker-user-data.sh.hbs', {
    cluster: t.name,
    region: t.region,
    directory: t.source.directory,
    composeFile: t.source.compose.worker,
    env: dn(Hs(t, a, 'worker')),
  });
}
function rd(e) {
  const t = (a) =>
    Array.isArray(a)
      ? a.map(t)
      : a && typeof a == 'object' && !(a instanceof Date)
        ? Object.fromEntries(
            Object.entries(a)
              .filter(([, r]) => r != null && !(Array.isArray(r) && r.length === 0))
              .sort(([r], [s]) => r.localeCompare(s))
              .map(([r, s]) => [r, t(s)]),
          )
        : a;
  return JSON.stringify(t(e));
}
var sd = ['acapy', 'worker'];
function Xte(e, t) {
  const { [j.expiresAt]: a, ...r } = Pr(e, `${t}-instance`);
  return r;
}
function eae(e, t, a, r) {
  return a === 'acapy' ? lb(e, t, r) : pb(e, t, r);
}
function tae(e, t, a, r) {
  return {
    ImageId: r.imageId,
    InstanceType: t === 'acapy' ? e.acapy.instanceType : e.locust.workers.instanceType,
    SecurityGroupIds: [r.perfSg],
    IamInstanceProfile: { Name: e.instanceProfile },
    MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1 },
    BlockDeviceMappings: [
      { DeviceName: '/dev/sda1', Ebs: { Encrypted: !0, VolumeType: 'gp3', DeleteOnTermination: !0 } },
    ],
    UserData: Buffer.from(eae(a, e, t, r.facts)).toString('base64'),
    TagSpecifications: [{ ResourceType: 'instance', Tags: sn(Xte(e, t)) }],
  };
}
function aae(e, t) {
  const a = sa(e);
  return t === 'acapy' ? a.acapyTemplate : a.workerTemplate;
}
var yb = (e) => Buffer.from(e ?? '', 'base64').toString(),
  rae = [
    'ImageId',
    'InstanceType',
    'SecurityGroupIds',
    'IamInstanceProfile',
    'MetadataOptions',
    'TagSpecifications',
  ],
  od = {
    kind: 'launch template',
    async plan(e, t, a) {
      const r = { changes: [], unchanged: [], facts: {} },
        s = await cn(e.clients, ce(t.name));
      for (const o of sd) {
        const n = aae(t, o),
          c = tae(t, o, a.templates, {
            imageId: a.imageIds[o === 'acapy' ? 'acapy' : 'locust'] ?? '<new image>',
            perfSg: a.perfSg ?? '<perf-sg>',
            facts: a.facts,
          }),
          i = s.find((g) => Ie(g.Tags)[j.role] === `${o}-template`);
        if (!i) {
          r.changes.push({
            action: 'add',
            resource: `launch template ${n}`,
            details: [`version 1 (default): ${String(c.InstanceType)}`],
          });
          continue;
        }
        const m = re(
          i.LaunchTemplateId,
          'LaunchTemplateId',
          'DescribeLaunchTemplates',
          `launch template ${n}`,
        );
        r.facts[o] = m;
        const l = (
            await W('DescribeLaunchTemplateVersions', `launch template ${n}`, () =>
              e.clients.ec2.send(new Rs({ LaunchTemplateId: m, Versions: ['$Latest'] })),
            )
          ).LaunchTemplateVersions?.[0],
          p = l?.LaunchTemplateData ?? {};
        if (rd(p) === rd(c)) {
          i.DefaultVersionNumber !== l?.VersionNumber
            ? r.changes.push({
                action: 'change',
                resource: `launch template ${n}`,
                details: [`default version ${i.DefaultVersionNumber} -> ${l?.VersionNumber}`],
              })
            : r.unchanged.push(`launch template ${n} version ${l?.VersionNumber}`);
          continue;
        }
        const d = (i.LatestVersionNumber ?? 0) + 1,
          x = (g, T) => rd(g[T]),
          N = rae.filter((g) => x(p, g) !== x(c, g)).map((g) => `${g}: ${x(p, g)} -> ${x(c, g)}`),
          f = yb(p.UserData),
          A = yb(c.UserData);
        r.changes.push({
          action: 'change',
          resource: `launch template ${n}`,
          details: [`new version ${d}, made the default`, ...N],
          ...(f !== A
            ? { diff: o0(`user data v${l?.VersionNumber}`, `user data v${d}`, f, A, '', '', { context: 2 }) }
            : {}),
        });
      }
      return r;
    },
    async find(e, t) {
      return (await cn(e.clients, ce(t))).map((a) => ({
        id: re(a.LaunchTemplateId, 'LaunchTemplateId', 'DescribeLaunchTemplates', `templates of ${t}`),
        name: a.LaunchTemplateName ?? a.LaunchTemplateId ?? '?',
      }));
    },
    items: (e) => e.map((t) => ({ kind: 'launch template', id: t.id, name: t.name, action: 'delete' })),
    async destroy(e, t) {
      await Promise.all(
        t.map((a) =>
          Y('DeleteLaunchTemplate', `launch template ${a.name}`, () =>
            e.clients.ec2.send(new mc({ LaunchTemplateId: a.id })),
          ),
        ),
      );
    },
  };
async function Js(e, t, a, r) {
  await Lt(
    async () => {
      try {
        return (await a(), { done: !0, value: void 0 });
      } catch (s) {
        const o = Ws(s);
        if (/NotFound|NotFoundException/.test(o)) return { done: !0, value: void 0 };
        if (
          /^(DependencyViolation|ResourceInUse(Exception|Fault)?|ScalingActivityInProgress(Fault)?)$/.test(o)
        )
          return { done: !1, status: o };
        throw s;
      }
    },
    {
      what: `${t} to be deletable`,
      timeoutMs: r,
      clock: e.clock,
      log: e.log,
      minDelayMs: 5e3,
      maxDelayMs: 2e4,
    },
  );
}
function sae(e, t, a) {
  if (t === 'acapy') return { ...e.acapy.capacity };
  const r = a ?? js(e).workers;
  return { min: r, desired: r, max: Math.max(r, e.locust.workers.max) };
}
function Nb(e, t) {
  const a = sa(e);
  return t === 'acapy' ? a.acapyGroup : a.workerGroup;
}
function oae(e, t, a, r) {
  const s = t === 'acapy';
  return {
    LaunchTemplate: { LaunchTemplateId: a, Version: '$Default' },
    MinSize: r.min,
    MaxSize: r.max,
    DesiredCapacity: r.desired,
    HealthCheckType: s ? 'ELB' : 'EC2',
    HealthCheckGracePeriod: s ? e.acapy.warmupSeconds : 300,
    DefaultInstanceWarmup: s ? e.acapy.warmupSeconds : e.locust.workers.warmupSeconds,
    VPCZoneIdentifier: e.network.subnetIds.join(','),
  };
}
function nae(e, t) {
  return [
    ['launch template', e.LaunchTemplate?.LaunchTemplateId, t.LaunchTemplate.LaunchTemplateId],
    ['template version', e.LaunchTemplate?.Version, t.LaunchTemplate.Version],
    ['min', e.MinSize, t.MinSize],
    ['desired', e.DesiredCapacity, t.DesiredCapacity],
    ['max', e.MaxSize, t.MaxSize],
    ['health check type', e.HealthCheckType, t.HealthCheckType],
    ['health check grace period', e.HealthCheckGracePeriod, t.HealthCheckGracePeriod],
    ['default instance warmup', e.DefaultInstanceWarmup, t.DefaultInstanceWarmup],
  ]
    .filter(([, r, s]) => r !== s)
    .map(([r, s, o]) => `${r}: ${String(s)} -> ${String(o)}`);
}
var nd = {
  kind: 'auto scaling group',
  async plan(e, t, a) {
    const r = { changes: [], unchanged: [], facts: void 0 },
      s = await e0(
        e,
        sd.map((o) => Nb(t, o)),
      );
    for (const o of sd) {
      const n = Nb(t, o),
        c = s.find((u) => u.AutoScalingGroupName === n),
        i = sae(t, o);
      if (!c) {
        r.changes.push({
          action: 'add',
          resource: `auto scaling group ${n}`,
          details: [`min ${i.min} / desired ${i.desired} / max ${i.max}`],
        });
        continue;
      }
      const m = nae(c, oae(t, o, a.templateIds[o] ?? '<new template>', i));
      m.length
        ? r.changes.push({ action: 'change', resource: `auto scaling group ${n}`, details: m })
        : r.unchanged.push(`auto scaling group ${n}`);
    }
    return r;
  },
  async find(e, t) {
    return (await Wx(e.clients, ce(t))).map((a) => ({
      name: re(a.AutoScalingGroupName, 'AutoScalingGroupName', 'DescribeAutoScalingGroups', `groups of ${t}`),
      desired: a.DesiredCapacity ?? 0,
      templateId: a.LaunchTemplate?.LaunchTemplateId,
      instanceIds: (a.Instances ?? []).flatMap((r) => (r.InstanceId ? [r.InstanceId] : [])),
    }));
  },
  items: (e) => e.map((t) => ({ kind: 'auto scaling group', id: t.name, name: t.name, action: 'delete' })),
  async destroy(e, t, { timeoutMs: a }) {
    const { autoScaling: r } = e.clients;
    await Promise.all(
      t.map(async (s) => {
        await Js(
          e,
          `group ${s.name}`,
          () =>
            Y('DeleteAutoScalingGroup', `group ${s.name}`, () =>
              r.send(new En({ AutoScalingGroupName: s.name, ForceDelete: !0 })),
            ),
          a,
        ),
          await Lt(
            async () => {
              const o = await e0(e, [s.name]);
              return o.length === 0
                ? { done: !0, value: void 0 }
                : { done: !1, status: o[0]?.Status ?? 'deleting' };
            },
            {
              what: `group ${s.name} to be deleted`,
              timeoutMs: a,
              clock: e.clock,
              log: e.log,
              minDelayMs: 5e3,
              maxDelayMs: 2e4,
            },
          );
      }),
    );
  },
};
import { createHash as dae } from 'node:crypto';
var n0 = '[1-9A-HJ-NP-Za-km-z]',
  f_e = `${n0}{21,22}`,
  R_e = `(?:~${n0}{21,22}|${n0}{43,44})`;
function c0(e, t, a) {
  const r = a === 'locust',
    s = r ? t.source.directory : t.source.acapyDirectory,
    o = r ? [...new Set([t.source.compose.master, t.source.compose.worker])] : [t.source.compose.acapy];
  return e.render('prepare-image.sh.hbs', {
    region: t.region,
    role: a,
    resetDocker: t.images.resetDocker,
    directory: s,
    checkout: r,
    ref: t.source.ref,
    composeFiles: o,
  });
}
function xb(e, t, a) {
  const r = [t.source.compose.master, ...t.source.locustFiles.map((s) => `locust-files/${s}`)];
  return e.render('configure-master.sh.hbs', {
    region: t.region,
    directory: t.source.directory,
    ref: t.source.ref,
    requires: r,
    service: t.source.locustService,
    composeFile: t.source.compose.master,
    env: dn(Hs(t, a, 'master')),
  });
}
function fb(e, t, a) {
  const r = `http://${a.adminDns}:${t.acapy.listeners.admin}`,
    s = ct(t, t.acapy.secrets.adminApiKey),
    o = `http://127.0.0.1:${t.locust.master.webPort}/stats/requests`;
  return e.render('verify-cluster.sh.hbs', {
    region: t.region,
    apiKeyParameter: s,
    adminUrl: r,
    locustStatsUrl: o,
  });
}
async function Rb(e, t) {
  await Y('DeleteParameter', `parameter ${t}`, () => e.ssm.send(new yl({ Name: t })));
}
var Ib = { Name: 'instance-state-name', Values: ['running', 'stopped'] };
async function yn(e, t, a, r) {
  const s = 'instanceId' in a ? {} : 'machine' in a ? b2(t.name, a.machine) : a.tags,
    o = 'instanceId' in a ? { InstanceIds: [a.instanceId], Filters: [Ib] } : { Filters: [...Zs(s), Ib] },
    n =
      'instanceId' in a
        ? a.instanceId
        : Object.entries(s)
            .map(([u, l]) => `${u}=${l}`)
            .join(','),
    i = (
      (await W('DescribeInstances', `${r} (${n})`, () => e.clients.ec2.send(new mr(o)))).Reservations ?? []
    ).flatMap((u) => u.Instances ?? []),
    [m] = i;
  if (i.length !== 1 || !m)
    throw new ge(
      'DescribeInstances',
      `${r} (${n})`,
      i.length ? 'Ambiguous' : 'NotFound',
      `${i.length} instances match`,
      `make ${r} select exactly one running or stopped instance`,
    );
  return m;
}
function Sb(e, t) {
  return Ie(e.Tags)[ta] === t.name;
}
var _b = 'akrida:recipe';
function vb(e, t) {
  return dae('sha256')
    .update(JSON.stringify([e, t]))
    .digest('hex')
    .slice(0, 12);
}
function gb(e, t, a) {
  const r = [...e].sort(sb),
    s = r.filter((n) => n.State === 'available').slice(0, a === void 0 ? t - 1 : t),
    o = new Set([a, ...s.map((n) => n.ImageId)]);
  return r.filter((n) => !o.has(n.ImageId) && n.State !== 'pending');
}
var yae = ['locust', 'acapy'],
  cd = {
    kind: 'image',
    async plan(e, t, { templates: a }) {
      const r = { changes: [], unchanged: [], facts: { ids: {}, scripts: [] } },
        s = await mn(e.clients, ce(t.name));
      for (const o of yae) {
        const n = t.images[o],
          c = await yn(e, t, n, `images.${o}`).catch((d) => {
            if (!('machine' in n && d instanceof ge && d.code === 'NotFound')) throw d;
          }),
          i = c
            ? re(c.InstanceId, 'InstanceId', 'DescribeInstances', `images.${o}`)
            : `<the ${'machine' in n ? n.machine : o} machine, once made>`,
          m = c0(a, t, o),
          u = vb(i, m),
          l = s.filter((d) => Ie(d.Tags)[j.role] === `${o}-image`),
          p = l.find((d) => d.State === 'available' && Ie(d.Tags)[_b] === u);
        (r.facts.ids[o] = p?.ImageId),
          r.facts.scripts.push({
            id: `prepare-${o}-image`,
            title: `Prepare the ${o === 'locust' ? 'Locust' : 'ACA-Py'} image on ${i}`,
            runs: !p,
            why: p
              ? `image ${p.ImageId} was baked from this script (recipe ${u})`
              : `recipe ${u} has no image yet${!c || Sb(c, t) ? '' : `; REFUSED: ${i} lacks the tag ${ta}=${t.name}`}`,
            script: m,
          }),
          p
            ? r.unchanged.push(`${o} image ${p.ImageId}`)
            : r.changes.push({
                action: 'add',
                resource: `${o} image`,
                details: [
                  `bake from ${i} (recipe ${u}): Docker reset ${t.images.resetDocker ? 'on' : 'off'}, ref ${t.source.ref}`,
                ],
              });
        for (const d of gb(l, t.images.keep, p?.ImageId))
          r.changes.push({
            action: 'remove',
            resource: `${o} image ${d.ImageId}`,
            details: [`older than the newest ${t.images.keep} (images.keep), with its snapshots`],
          });
      }
      return r;
    },
    async find(e, t) {
      return (await mn(e.clients, ce(t))).map((a) => ({
        id: re(a.ImageId, 'ImageId', 'DescribeImages', `images of ${t}`),
        name: a.Name ?? a.ImageId ?? '?',
        snapshots: (a.BlockDeviceMappings ?? []).flatMap((r) =>
          r.Ebs?.SnapshotId ? [r.Ebs.SnapshotId] : [],
        ),
      }));
    },
    items: (e) => [
      ...e.map((t) => ({ kind: 'image', id: t.id, name: t.name, action: 'delete' })),
      ...e.flatMap((t) => t.snapshots.map((a) => ({ kind: 'snapshot', id: a, name: a, action: 'delete' }))),
    ],
    async destroy(e, t) {
      await Promise.all(
        t.map(async (a) => {
          await Y('DeregisterImage', `image ${a.name}`, () => e.clients.ec2.send(new dc({ ImageId: a.id })));
          for (const r of a.snapshots)
            await Y('DeleteSnapshot', `snapshot ${r}`, () => e.clients.ec2.send(new lc({ SnapshotId: r })));
        }),
      );
    },
  };
var Nae = ['admin', 'transport'];
function xae(e, t) {
  return {
    lb: e.loadBalancers.find((a) => a.tags[j.role] === `acapy-${t}-lb`),
    tg: e.targetGroups.find((a) => a.tags[j.role] === `acapy-${t}-tg`),
  };
}
function hb(e, t) {
  const a = e.acapy.healthCheck;
  return {
    HealthCheckProtocol: 'HTTP',
    HealthCheckPath: t === 'admin' ? a.adminPath : a.transportPath,
    HealthCheckIntervalSeconds: a.intervalSeconds,
    HealthCheckTimeoutSeconds: a.timeoutSeconds,
    HealthyThresholdCount: a.healthyThreshold,
    UnhealthyThresholdCount: a.unhealthyThreshold,
    Matcher: { HttpCode: a.successCodes },
  };
}
function fae(e, t) {
  return [
    ['health path', e.HealthCheckPath, t.HealthCheckPath],
    ['interval', e.HealthCheckIntervalSeconds, t.HealthCheckIntervalSeconds],
    ['timeout', e.HealthCheckTimeoutSeconds, t.HealthCheckTimeoutSeconds],
    ['healthy threshold', e.HealthyThresholdCount, t.HealthyThresholdCount],
    ['unhealthy threshold', e.UnhealthyThresholdCount, t.UnhealthyThresholdCount],
    ['success codes', e.Matcher?.HttpCode, t.Matcher.HttpCode],
  ]
    .filter(([, r, s]) => r !== s)
    .map(([r, s, o]) => `${r}: ${String(s)} -> ${String(o)}`);
}
var Rae = (e, t) => {
    const a = sa(e);
    return t === 'admin'
      ? { lb: a.adminLb, tg: a.adminTg, port: e.acapy.listeners.admin, targetPort: e.acapy.ports.admin }
      : {
          lb: a.transportLb,
          tg: a.transportTg,
          port: e.acapy.listeners.transport,
          targetPort: e.acapy.ports.transport,
        };
  },
  id = {
    kind: 'load balancer',
    async plan(e, t) {
      const a = { changes: [], unchanged: [], facts: {} },
        r = (o, n) => a.changes.push({ action: 'add', resource: o, details: n }),
        s = await td(e.clients, ce(t.name));
      for (const o of Nae) {
        const n = Rae(t, o),
          { lb: c, tg: i } = xae(s, o);
        if (!i) r(`target group ${n.tg}`, [`HTTP ${n.targetPort}, health ${hb(t, o).HealthCheckPath}`]);
        else {
          const p = fae(i, hb(t, o));
          p.length
            ? a.changes.push({ action: 'change', resource: `target group ${n.tg}`, details: p })
            : a.unchanged.push(`target group ${n.tg}`);
        }
        if (!c) {
          r(`load balancer ${n.lb}`, [`application, ${t.acapy.loadBalancerScheme}`]),
            r(`listener ${n.lb}:${n.port}`, [`HTTP ${n.port} -> ${n.tg}`]);
          continue;
        }
        const m = `load balancer ${n.lb}`;
        (a.facts[o] = { dns: re(c.DNSName, 'DNSName', 'DescribeLoadBalancers', m) }), a.unchanged.push(m);
        const l = (
          await W('DescribeListeners', m, () =>
            e.clients.elbv2.send(new So({ LoadBalancerArn: c.LoadBalancerArn })),
          )
        ).Listeners?.find((p) => p.Port === n.port);
        l
          ? i && l.DefaultActions?.[0]?.TargetGroupArn !== i.TargetGroupArn
            ? a.changes.push({
                action: 'change',
                resource: `listener ${n.lb}:${n.port}`,
                details: [`forward to ${n.tg}`],
              })
            : a.unchanged.push(`listener ${n.lb}:${n.port}`)
          : r(`listener ${n.lb}:${n.port}`, [`HTTP ${n.port} -> ${n.tg}`]);
      }
      return a;
    },
    async find(e, t) {
      const a = await td(e.clients, ce(t)),
        r = `load balancing of ${t}`;
      return {
        loadBalancers: a.loadBalancers.map((s) => ({
          arn: re(s.LoadBalancerArn, 'LoadBalancerArn', 'DescribeLoadBalancers', r),
          name: s.LoadBalancerName ?? s.LoadBalancerArn ?? '?',
        })),
        targetGroups: a.targetGroups.map((s) => ({
          arn: re(s.TargetGroupArn, 'TargetGroupArn', 'DescribeTargetGroups', r),
          name: s.TargetGroupName ?? s.TargetGroupArn ?? '?',
        })),
      };
    },
    items: (e) => [
      ...e.loadBalancers.map((t) => ({ kind: 'load balancer', id: t.arn, name: t.name, action: 'delete' })),
      ...e.targetGroups.map((t) => ({ kind: 'target group', id: t.arn, name: t.name, action: 'delete' })),
    ],
    async destroy(e, t, { timeoutMs: a }) {
      const { elbv2: r } = e.clients;
      for (const s of t.loadBalancers) {
        const o = await W('DescribeListeners', `load balancer ${s.name}`, () =>
          r.send(new So({ LoadBalancerArn: s.arn })),
        );
        for (const n of o.Listeners ?? [])
          await Y('DeleteListener', `listener ${s.name}:${n.Port}`, () =>
            r.send(new hi({ ListenerArn: n.ListenerArn })),
          );
        await Y('DeleteLoadBalancer', `load balancer ${s.name}`, () =>
          r.send(new Ai({ LoadBalancerArn: s.arn })),
        );
      }
      await Promise.all(
        t.targetGroups.map((s) =>
          Js(
            e,
            `target group ${s.name}`,
            () =>
              Y('DeleteTargetGroup', `target group ${s.name}`, () =>
                r.send(new Ci({ TargetGroupArn: s.arn })),
              ),
            a,
          ),
        ),
      );
    },
  };
async function Ab(e, t, a, r) {
  for (const o of t) a.push({ kind: 'machine', id: o.id, name: `${o.role} machine`, action: 'stop' });
  const s = t.filter((o) => o.state === 'running' || o.state === 'pending').map((o) => o.id);
  r ||
    s.length === 0 ||
    (await Y('StopInstances', `machines ${s.join(', ')}`, () =>
      e.clients.ec2.send(new Rc({ InstanceIds: s })),
    ));
}
var Iae = ['pending', 'running', 'stopping', 'stopped'],
  Sae = new Map(zp.map((e) => [Jp(e), e]));
async function i0(e, t, a) {
  return m0(t, await nn(e.clients, ce(t), a));
}
function m0(e, t) {
  return t.flatMap((a) => {
    const r = Ie(a.Tags),
      s = r[j.role],
      o = s === void 0 ? void 0 : Sae.get(s);
    if (!o) return [];
    const n = `machine ${o} of ${e}`;
    return [
      {
        role: o,
        id: re(a.InstanceId, 'InstanceId', 'DescribeInstances', n),
        state: re(a.State?.Name, 'State', 'DescribeInstances', n),
        instanceType: re(a.InstanceType, 'InstanceType', 'DescribeInstances', n),
        ...(a.PrivateIpAddress ? { privateIp: a.PrivateIpAddress } : {}),
        tags: r,
      },
    ];
  });
}
var u0 = {
  kind: 'machine',
  async plan(e, t) {
    const a = { changes: [], unchanged: [], facts: { byRole: {} } },
      r = await i0(e, t.name),
      s = t.network.subnetIds[0];
    for (const n of Er(t)) {
      const c = r.filter((p) => p.role === n.role),
        [i] = c,
        m = `machine ${n.role}${i ? ` ${i.id}` : ''}`;
      if (!i) {
        a.changes.push({
          action: 'add',
          resource: m,
          details: [
            `${n.instanceType}, ${n.diskGiB} GiB encrypted gp3 root volume, IMDSv2 only, no SSH key`,
            `from the image named by ${t.machines?.baseImage} (resolved when applied)`,
            `instance profile ${t.instanceProfile}, subnet ${s}, the performance security group`,
            'prepared through SSM (scripts below)',
          ],
        });
        continue;
      }
      a.facts.byRole[n.role] = i;
      const u = [];
      c.length > 1 && u.push(`${c.length} machines carry this role: ${c.map((p) => p.id).join(', ')}`),
        (i.state === 'stopped' || i.state === 'stopping') &&
          u.push(`start it (${i.state}); its preparation runs again${_ae(n.role)}`);
      const l =
        i.instanceType === n.instanceType
          ? ''
          : ` (a ${i.instanceType}; the file says ${n.instanceType}, and the toolkit does not resize a machine: destroy the cluster to replace it)`;
      u.length
        ? a.changes.push({ action: 'change', resource: m, details: [...u, ...(l ? [l.trim()] : [])] })
        : a.unchanged.push(`${m}${l}`);
    }
    const o = new Set(Er(t).map((n) => n.role));
    for (const n of r.filter((c) => !o.has(c.role)))
      a.changes.push({
        action: 'remove',
        resource: `machine ${n.role} ${n.id}`,
        details: [`machines.${n.role} is no longer listed: terminate it`],
      });
    return a;
  },
  find: (e, t) => i0(e, t),
  items: (e) => e.map((t) => ({ kind: 'machine', id: t.id, name: `${t.role} machine`, action: 'terminate' })),
  async destroy(e, t, a) {
    t.length !== 0 && (await vae(e, t, a.timeoutMs));
  },
};
function _ae(e) {
  return e === 'database'
    ? ' (the database is cleaned, as after every stop)'
    : e === 'issuer'
      ? ' (the issuer is prepared again on the clean database)'
      : '';
}
async function vae(e, t, a) {
  const r = t.map((o) => o.id);
  await Y('TerminateInstances', `machines ${r.join(', ')}`, () =>
    e.clients.ec2.send(new Is({ InstanceIds: r })),
  );
  const s = [...new Set(t.flatMap((o) => o.tags[j.cluster] ?? []))];
  await Lt(
    async () => {
      const n = (await Promise.all(s.map((c) => i0(e, c, [...Iae, 'shutting-down']))))
        .flat()
        .filter((c) => r.includes(c.id));
      return n.length === 0
        ? { done: !0, value: void 0 }
        : { done: !1, status: n.map((c) => `${c.id} ${c.state}`).join(', ') };
    },
    { what: `machines ${r.join(', ')} to terminate`, timeoutMs: a, clock: e.clock, log: e.log },
  );
}
import { createHash as hae } from 'node:crypto';
var Cb = 'akrida:master-config';
async function Aae(e, t) {
  const a = await yn(e, t, t.locust.master.instance, 'locust.master.instance'),
    r = 'locust.master.instance';
  return {
    instanceId: re(a.InstanceId, 'InstanceId', 'DescribeInstances', r),
    privateIp: re(a.PrivateIpAddress, 'PrivateIpAddress', 'DescribeInstances', r),
    securityGroupIds: (a.SecurityGroups ?? []).flatMap((s) => (s.GroupId ? [s.GroupId] : [])),
    tags: Ie(a.Tags),
    ...(a.State?.Name ? { state: a.State.Name } : {}),
  };
}
function Cae(e) {
  return hae('sha256').update(e).digest('hex').slice(0, 16);
}
var Tb = '(new)',
  md = {
    kind: 'Locust master',
    async plan(e, t, a) {
      const r = await Aae(e, t).catch((d) => {
          const x = t.locust.master.instance;
          if ('machine' in x && d instanceof ge && d.code === 'NotFound')
            return {
              instanceId: `<the ${x.machine} machine, once made>`,
              privateIp: br.masterPrivateIp,
              securityGroupIds: [a.perfSg ?? Tb],
              tags: { [ta]: t.name },
            };
          throw d;
        }),
        s = {
          ...br,
          ...a.machineFacts,
          adminDns: a.dns.admin ?? br.adminDns,
          transportDns: a.dns.transport ?? br.transportDns,
          masterPrivateIp: r.privateIp,
        },
        o = xb(a.templates, t, s),
        n = Cae(o),
        i =
          'machine' in t.locust.master.instance && (r.state === 'stopped' || r.state === 'stopping')
            ? void 0
            : r.tags[Cb],
        m = r.tags[ta] === t.name ? '' : `; REFUSED: ${r.instanceId} lacks the tag ${ta}=${t.name}`,
        u = [
          {
            id: 'configure-master',
            title: `Configure the Locust master ${r.instanceId}`,
            runs: i !== n,
            why:
              i === n
                ? `the master last ran this script (hash ${n})`
                : `the master last ran ${i ? `a script with hash ${i}` : 'no configuration of ours'}; this one is ${n}${m}`,
            script: o,
          },
          {
            title: 'Verify the cluster (read-only checks on the master)',
            runs: !0,
            why: 'every cluster-up ends with it',
            script: fb(a.templates, t, { adminDns: s.adminDns }),
          },
        ],
        l = [
          ...(r.securityGroupIds.includes(a.perfSg ?? Tb)
            ? []
            : [`join the performance security group ${a.perfSg ?? '(new)'}`]),
          ...(i === n ? [] : ['rewrite .env and restart Locust as master (configuration changed)']),
        ],
        p = {
          changes: [],
          unchanged: [],
          facts: { privateIp: r.privateIp, adminDns: s.adminDns, transportDns: s.transportDns, scripts: u },
        };
      return (
        l.length
          ? p.changes.push({ action: 'change', resource: `Locust master ${r.instanceId}`, details: l })
          : p.unchanged.push(`Locust master ${r.instanceId} configuration`),
        p
      );
    },
    async find(e, t) {
      const a = (await Xr(e.clients, ce(t))).flatMap((s) => (s.GroupId ? [s.GroupId] : []));
      return a.length === 0
        ? []
        : (
            (
              await W('DescribeInstances', `instances in ${t}'s security groups`, () =>
                e.clients.ec2.send(
                  new mr({
                    Filters: [
                      { Name: 'instance.group-id', Values: a },
                      { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] },
                    ],
                  }),
                ),
              )
            ).Reservations ?? []
          )
            .flatMap((s) => s.Instances ?? [])
            .filter((s) => Ie(s.Tags)[j.cluster] !== t)
            .map((s) => ({
              id: re(s.InstanceId, 'InstanceId', 'DescribeInstances', `instances of ${t}`),
              groups: (s.SecurityGroups ?? []).flatMap((o) => (o.GroupId ? [o.GroupId] : [])),
              ours: a,
            }));
    },
    items: (e) =>
      e.map((t) => ({ kind: 'instance', id: t.id, name: 'Locust master', action: 'detach security group' })),
    async destroy(e, t) {
      await Promise.all(
        t.map(async (a) => {
          await Y('ModifyInstanceAttribute', `Locust master ${a.id}`, () =>
            e.clients.ec2.send(
              new fc({ InstanceId: a.id, Groups: a.groups.filter((r) => !a.ours.includes(r)) }),
            ),
          ),
            await Y('DeleteTags', `Locust master ${a.id}`, () =>
              e.clients.ec2.send(new pc({ Resources: [a.id], Tags: [{ Key: Cb }] })),
            );
        }),
      );
    },
  };
function Tae(e, t) {
  const a = new Set(on(e).map(({ ref: r }) => ct(e, r)));
  return t.flatMap((r) => (r.Name && !a.has(r.Name) ? [r.Name] : []));
}
var ud = {
  kind: 'parameter',
  async plan(e, t) {
    const a = { changes: [], unchanged: [], facts: void 0 },
      r = ub(t).map(([i]) => i),
      [s, o] = await Promise.all([Zx(e.clients, r), ed(e.clients, ce(t.name, 'secret'))]),
      n = (i, m, u) => {
        for (const l of i)
          m.has(l)
            ? a.unchanged.push(`parameter ${l}`)
            : a.changes.push({ action: 'add', resource: `parameter ${l}`, details: [u] });
      };
    n(r, s, 'SecureString from the workflow secret');
    const c = qx(t).map((i) => i.name);
    n(c, await Zx(e.clients, c), 'SecureString of a random value the toolkit generates (kept afterwards)');
    for (const i of Tae(t, o))
      a.changes.push({
        action: 'remove',
        resource: `parameter ${i}`,
        details: ['no longer referenced by the cluster file'],
      });
    return a;
  },
  async find(e, t) {
    return (await ed(e.clients, ce(t))).map((a) =>
      re(a.Name, 'Name', 'DescribeParameters', `parameters of ${t}`),
    );
  },
  items: (e) => e.map((t) => ({ kind: 'parameter', id: t, name: t, action: 'delete' })),
  async destroy(e, t) {
    await Promise.all(t.map((a) => Rb(e.clients, a)));
  },
};
var bb = 'akrida-ops: ';
var Eb = (e, t, a) => `tcp:${e}-${t}:${a}`,
  Db = (e) => Eb(e.fromPort, e.toPort, 'cidr' in e.source ? e.source.cidr : e.source.groupId),
  Pb = (e) =>
    Eb(e.FromPort ?? -1, e.ToPort ?? -1, e.CidrIpv4 ?? e.ReferencedGroupInfo?.GroupId ?? 'other source');
function $b(e, t) {
  const a = new Set(e.map(Pb)),
    r = new Set(t.map(Db));
  return {
    toAdd: t.filter((s) => !a.has(Db(s))),
    toRemove: e.filter((s) => s.Description?.startsWith(bb) && !r.has(Pb(s))),
  };
}
function l0(e) {
  return `tcp ${e.fromPort === e.toPort ? `${e.fromPort}` : `${e.fromPort}-${e.toPort}`} from ${'cidr' in e.source ? e.source.cidr : e.source.groupId} (${e.description})`;
}
function wb(e) {
  return `tcp ${e.FromPort === e.ToPort ? `${e.FromPort}` : `${e.FromPort}-${e.ToPort}`} from ${e.CidrIpv4 ?? e.ReferencedGroupInfo?.GroupId ?? '?'} (${e.Description?.replace(bb, '') ?? 'no description'})`;
}
async function p0(e, t) {
  const a = [];
  for await (const r of Vv({ client: e.clients.ec2 }, { Filters: [{ Name: 'group-id', Values: [t] }] }))
    a.push(...(r.SecurityGroupRules ?? []).filter((s) => !s.IsEgress));
  return a;
}
var Lb = ['lb-sg', 'perf-sg'],
  Dae = (e, t) => (t === 'lb-sg' ? sa(e).lbSg : sa(e).perfSg);
function Pae(e, t, a) {
  return Xx(e)
    .filter((r) => r.group === t)
    .map((r) => ({
      fromPort: r.fromPort,
      toPort: r.toPort,
      source: 'cidr' in r.source ? { cidr: r.source.cidr } : { groupId: a[r.source.group] ?? r.source.group },
      description: r.description,
    }));
}
var ld = {
  kind: 'security group',
  async plan(e, t) {
    const a = { changes: [], unchanged: [], facts: {} },
      r = await Xr(e.clients, ce(t.name));
    for (const s of Lb) {
      const o = r.find((n) => Ie(n.Tags)[j.role] === s && n.VpcId === t.network.vpcId);
      o?.GroupId && (a.facts[s] = o.GroupId);
    }
    for (const s of Lb) {
      const o = Dae(t, s),
        n = Pae(t, s, a.facts),
        c = a.facts[s];
      if (!c) {
        a.changes.push({
          action: 'add',
          resource: `security group ${o}`,
          details: n.map((u) => `+ ${l0(u)}`),
        });
        continue;
      }
      const { toAdd: i, toRemove: m } = $b(await p0(e, c), n);
      i.length + m.length === 0
        ? a.unchanged.push(`security group ${o}`)
        : a.changes.push({
            action: 'change',
            resource: `security group ${o} (${c})`,
            details: [...i.map((u) => `+ ${l0(u)}`), ...m.map((u) => `- ${wb(u)}`)],
          });
    }
    return a;
  },
  async find(e, t) {
    return (await Xr(e.clients, ce(t))).map((a) => ({
      id: re(a.GroupId, 'GroupId', 'DescribeSecurityGroups', `security groups of ${t}`),
      name: a.GroupName ?? a.GroupId ?? '?',
    }));
  },
  items: (e) => e.map((t) => ({ kind: 'security group', id: t.id, name: t.name, action: 'delete' })),
  async destroy(e, t, { timeoutMs: a }) {
    const { ec2: r } = e.clients;
    for (const s of t) {
      const o = (await p0(e, s.id))
        .map((n) => (n.ReferencedGroupInfo?.GroupId ? n.SecurityGroupRuleId : void 0))
        .filter((n) => !!n);
      o.length &&
        (await Y('RevokeSecurityGroupIngress', `security group ${s.name}`, () =>
          r.send(new fo({ GroupId: s.id, SecurityGroupRuleIds: o })),
        ));
    }
    await Promise.all(
      t.map((s) =>
        Js(
          e,
          `security group ${s.name}`,
          () => Y('DeleteSecurityGroup', `security group ${s.name}`, () => r.send(new uc({ GroupId: s.id }))),
          a,
        ),
      ),
    );
  },
};
async function bae(e, t) {
  const [a, r, s, o, n, c, i, m] = await Promise.all([
      nd.find(e, t),
      nn(e.clients, ce(t)),
      id.find(e, t),
      od.find(e, t),
      ld.find(e, t),
      cd.find(e, t),
      ud.find(e, t),
      md.find(e, t),
    ]),
    u = m0(t, r),
    l = new Set([...a.flatMap((p) => p.instanceIds), ...u.map((p) => p.id)]);
  return {
    groups: a,
    strays: r.flatMap((p) => (p.InstanceId && !l.has(p.InstanceId) ? [p.InstanceId] : [])),
    loadBalancers: s.loadBalancers,
    targetGroups: s.targetGroups,
    templates: o,
    securityGroups: n,
    images: c,
    parameters: i,
    masters: m.filter((p) => !l.has(p.id)),
    machines: u,
  };
}
async function Eae(e, t) {
  let a = t.loadBalancers.length * Kx;
  for (const r of t.machines)
    (r.state === 'running' || r.state === 'pending') && (a += Et(r.instanceType)?.hourly || 0);
  for (const r of t.groups) {
    if (!r.templateId || r.desired === 0) continue;
    const o = (
      await W('DescribeLaunchTemplateVersions', `launch template ${r.templateId}`, () =>
        e.clients.ec2.send(new Rs({ LaunchTemplateId: r.templateId, Versions: ['$Default'] })),
      )
    ).LaunchTemplateVersions?.[0]?.LaunchTemplateData?.InstanceType;
    a += r.desired * ((o && Et(o)?.hourly) || 0);
  }
  return Math.round(a * 1e4) / 1e4;
}
async function Qb(e, t, a, r = {}) {
  const s = await bae(e, t),
    o = await Eae(e, s),
    n = r.dryRun ?? !1,
    c = r.timeoutMs ?? 30 * 6e4,
    i = [],
    m = (p) => ({ ...p, items: i });
  if (a === 'scale-to-zero') {
    for (const d of s.groups)
      i.push({ kind: 'auto scaling group', id: d.name, name: d.name, action: 'scale to zero' }),
        !n &&
          d.desired > 0 &&
          (await Y('UpdateAutoScalingGroup', `group ${d.name}`, () =>
            e.clients.autoScaling.send(
              new to({ AutoScalingGroupName: d.name, MinSize: 0, DesiredCapacity: 0 }),
            ),
          ));
    await Ab(e, s.machines, i, n);
    const p = s.loadBalancers.length * Kx;
    return m({ cluster: t, mode: a, dryRun: n, hourlyStopped: Math.round((o - p) * 1e4) / 1e4 });
  }
  const u = { loadBalancers: s.loadBalancers, targetGroups: s.targetGroups };
  if (
    (i.push(
      ...nd.items(s.groups),
      ...s.strays.map((p) => ({ kind: 'instance', id: p, name: p, action: 'terminate' })),
      ...md.items(s.masters),
      ...u0.items(s.machines),
      ...id.items(u),
      ...od.items(s.templates),
      ...ld.items(s.securityGroups),
      ...cd.items(s.images),
      ...ud.items(s.parameters),
    ),
    n)
  )
    return m({ cluster: t, mode: a, dryRun: n, hourlyStopped: o });
  const l = { timeoutMs: c };
  return (
    await Promise.all([
      nd.destroy(e, s.groups, l),
      s.strays.length
        ? Y('TerminateInstances', `${s.strays.length} instances of ${t}`, () =>
            e.clients.ec2.send(new Is({ InstanceIds: s.strays })),
          )
        : Promise.resolve(),
      md.destroy(e, s.masters, l),
      u0.destroy(e, s.machines, l),
    ]),
    await id.destroy(e, u, l),
    await Promise.all([
      od.destroy(e, s.templates, l),
      cd.destroy(e, s.images, l),
      ud.destroy(e, s.parameters, l),
    ]),
    await ld.destroy(e, s.securityGroups, l),
    m({ cluster: t, mode: a, dryRun: n, hourlyStopped: o })
  );
}
function Mb(e) {
  const t = e.dryRun ? 'would' : 'did',
    a = [
      `## Teardown of ${ib(e.cluster)} (${e.mode}${e.dryRun ? ', dry run' : ''})`,
      '',
      e.items.length ? '| resource | name | action |' : 'Nothing tagged for this cluster was found.',
    ];
  return (
    e.items.length && a.push('|---|---|---|', ...e.items.map((r) => mb([r.kind, r.name, r.action]))),
    a.push('', `This ${t} stop about **$${e.hourlyStopped.toFixed(4)} per hour**.`),
    `${a.join(`
`)}
`
  );
}
var Gb = ab('teardown', {
  inputs: { mode: Hx.choice(['file', 'scale-to-zero', 'destroy'], 'file'), 'dry-run': Hx.boolean(!1) },
  run: async ({ ctx: e, cluster: t, inputs: a }) => {
    const r = a.mode === 'file' ? t.teardown.mode : a.mode,
      s = await Qb(e, t.name, r, { dryRun: a['dry-run'] });
    return {
      outputs: { items: JSON.stringify(s.items), 'hourly-stopped': s.hourlyStopped.toFixed(4) },
      summary: Mb(s),
    };
  },
});
await Gb();
