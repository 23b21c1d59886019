import { createRequire as __akridaCreateRequire } from 'node:module';
const require = __akridaCreateRequire(import.meta.url);
globalThis.__zod_globalConfig ??= { jitless: true };
import { k as ji, j as Ki, h as ns, c as os, a as ss } from './chunks/chunk-2A5WSIYH.js';
import {
  t as br,
  q as Cr,
  r as Dr,
  g as Fi,
  p as fr,
  C as Mr,
  E as Or,
  s as Pr,
  d as qi,
  b as qt,
  o as Rr,
  n as se,
  D as Vr,
} from './chunks/chunk-5B3ZIYVR.js';
import { a as bR } from './chunks/chunk-6YDBV5VD.js';
import {
  j as dr,
  O as Gr,
  b as lr,
  e as Nr,
  p as Ot,
  d as pr,
  K as Sr,
  c as ur,
  H as xr,
  N as ya,
  q as yr,
} from './chunks/chunk-6Z74QHSZ.js';
import { a as cs } from './chunks/chunk-7FNJ26ON.js';
import { b as kr } from './chunks/chunk-DZ5P3LVK.js';
import {
  g as _r,
  s as $r,
  k as Ar,
  T as as,
  o as Bi,
  y as Br,
  u as Er,
  Q as es,
  x as Fr,
  j as gr,
  C as Hr,
  l as hr,
  d as Ir,
  a as ir,
  N as Jr,
  L as jr,
  K as Kr,
  t as Lr,
  c as mr,
  q as Qr,
  w as qr,
  U as rs,
  n as Tr,
  R as ts,
  A as Ur,
  i as vr,
  M as Wr,
  r as wr,
  P as Xr,
  I as xa,
  J as xn,
  O as Yr,
  H as Zr,
  v as zi,
  z as zr,
} from './chunks/chunk-MZZTJHDK.js';
import { b as Hi, a as Ui, g as Zi } from './chunks/chunk-SMP2PYVJ.js';
var Wi = async (e, t, a) => ({
  operation: dr(t).operation,
  region:
    (await Ot(e.region)()) ||
    (() => {
      throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
    })(),
});
function QR(e) {
  return {
    schemeId: 'aws.auth#sigv4',
    signingProperties: { name: 'autoscaling', region: e.region },
    propertiesExtractor: (t, a) => ({ signingProperties: { config: t, context: a } }),
  };
}
var Ji = (e) => {
    const t = [];
    switch (e.operation) {
      default:
        t.push(QR(e));
    }
    return t;
  },
  Yi = (e) => {
    const t = ns(e);
    return Object.assign(t, { authSchemePreference: Ot(e.authSchemePreference ?? []) });
  };
var Xi = (e) =>
    Object.assign(e, {
      useDualstackEndpoint: e.useDualstackEndpoint ?? !1,
      useFipsEndpoint: e.useFipsEndpoint ?? !1,
      defaultSigningName: 'autoscaling',
    }),
  em = {
    UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
    Endpoint: { type: 'builtInParams', name: 'endpoint' },
    Region: { type: 'builtInParams', name: 'region' },
    UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
  };
var tm = {
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
var am = 'AWS_EC2_METADATA_DISABLED',
  rm = async (e) => {
    const {
      ENV_CMDS_FULL_URI: t,
      ENV_CMDS_RELATIVE_URI: a,
      fromContainerMetadata: r,
      fromInstanceMetadata: s,
    } = await import('./chunks/dist-es-HMZ6S4HR.js');
    if (process.env[a] || process.env[t]) {
      e.logger?.debug('@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata');
      const { fromHttp: o } = await import('./chunks/dist-es-VDBCTDIB.js');
      return qi(o(e), r(e));
    }
    return process.env[am] && process.env[am] !== 'false'
      ? async () => {
          throw new qt('EC2 Instance Metadata Service access disabled', { logger: e.logger });
        }
      : (e.logger?.debug('@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata'), s(e));
  };
function sm(e, t) {
  let a = $R(e),
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
var $R = (e) => async (t) => {
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
var om = !1,
  Ra = (e = {}) =>
    sm(
      [
        async () => {
          if (e.profile ?? process.env[Fi])
            throw (
              process.env[Ui] &&
                process.env[Hi] &&
                (om ||
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
                  (om = !0))),
              new qt('AWS_PROFILE is set, skipping fromEnv provider.', { logger: e.logger, tryNextLink: !0 })
            );
          return (e.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::fromEnv'), Zi(e)());
        },
        async (t) => {
          e.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::fromSSO');
          const { ssoStartUrl: a, ssoAccountId: r, ssoRegion: s, ssoRoleName: o, ssoSession: n } = e;
          if (!a && !r && !s && !o && !n)
            throw new qt('Skipping SSO provider in default chain (inputs do not include SSO fields).', {
              logger: e.logger,
            });
          const { fromSSO: c } = await import('./chunks/dist-es-7URKFPN5.js');
          return c(e)(t);
        },
        async (t) => {
          e.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::fromIni');
          const { fromIni: a } = await import('./chunks/dist-es-33J5IAEY.js');
          return a(e)(t);
        },
        async (t) => {
          e.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::fromProcess');
          const { fromProcess: a } = await import('./chunks/dist-es-DHAQLYHO.js');
          return a(e)(t);
        },
        async (t) => {
          e.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile');
          const { fromTokenFile: a } = await import('./chunks/dist-es-KGDGVBW2.js');
          return a(e)(t);
        },
        async () => (
          e.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::remoteProvider'),
          (await rm(e))()
        ),
        async () => {
          throw new qt('Could not load credentials from any providers', {
            tryNextLink: !1,
            logger: e.logger,
          });
        },
      ],
      nm,
    );
var nm = (e) => e?.expiration !== void 0 && e.expiration.getTime() - Date.now() < 3e5;
var fa = 'ref',
  Ct = -1,
  is = !0,
  cm = 'isSet',
  um = 'PartitionResult',
  ms = 'booleanEquals',
  Rn = 'getAttr',
  im = { [fa]: 'Endpoint' },
  fn = { [fa]: um },
  Ft = {},
  mm = [{ [fa]: 'Region' }],
  lm = {
    conditions: [
      [cm, [im]],
      [cm, mm],
      ['aws.partition', mm, um],
      [ms, [{ [fa]: 'UseFIPS' }, is]],
      [ms, [{ [fa]: 'UseDualStack' }, is]],
      [ms, [{ fn: Rn, argv: [fn, 'supportsDualStack'] }, is]],
      [ms, [{ fn: Rn, argv: [fn, 'supportsFIPS'] }, is]],
      ['stringEquals', [{ fn: Rn, argv: [fn, 'name'] }, 'aws-us-gov']],
    ],
    results: [
      [Ct],
      [Ct, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
      [Ct, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
      [im, Ft],
      ['https://autoscaling-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', Ft],
      [Ct, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
      ['https://autoscaling.{Region}.amazonaws.com', Ft],
      ['https://autoscaling-fips.{Region}.{PartitionResult#dnsSuffix}', Ft],
      [Ct, 'FIPS is enabled but this partition does not support FIPS'],
      ['https://autoscaling.{Region}.{PartitionResult#dualStackDnsSuffix}', Ft],
      [Ct, 'DualStack is enabled but this partition does not support DualStack'],
      ['https://autoscaling.{Region}.{PartitionResult#dnsSuffix}', Ft],
      [Ct, 'Invalid Configuration: Missing Region'],
    ],
  },
  LR = 2,
  le = 1e8,
  ER = new Int32Array([
    -1,
    1,
    -1,
    0,
    13,
    3,
    1,
    4,
    le + 12,
    2,
    5,
    le + 12,
    3,
    8,
    6,
    4,
    7,
    le + 11,
    5,
    le + 9,
    le + 10,
    4,
    11,
    9,
    6,
    10,
    le + 8,
    7,
    le + 6,
    le + 7,
    5,
    12,
    le + 5,
    6,
    le + 4,
    le + 5,
    3,
    le + 1,
    14,
    4,
    le + 2,
    le + 3,
  ]),
  pm = Qr.from(ER, LR, lm.conditions, lm.results);
var GR = new wr({ size: 50, params: ['Endpoint', 'Region', 'UseDualStack', 'UseFIPS'] }),
  Nm = (e, t = {}) => GR.get(e, () => Lr(pm, { endpointParams: e, logger: t.logger }));
$r.aws = ts;
var X = class e extends _r {
  static shapeId = 'smithy.ts.sdk.synthetic.com.amazonaws.autoscaling#AutoScalingServiceException';
  constructor(t) {
    super(t), Object.setPrototypeOf(this, e.prototype);
  }
};
var ls = class e extends X {
    static shapeId = 'com.amazonaws.autoscaling#ActiveInstanceRefreshNotFoundFault';
    name = 'ActiveInstanceRefreshNotFoundFault';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ActiveInstanceRefreshNotFoundFault', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  us = class e extends X {
    static shapeId = 'com.amazonaws.autoscaling#AlreadyExistsFault';
    name = 'AlreadyExistsFault';
    $fault = 'client';
    constructor(t) {
      super({ name: 'AlreadyExistsFault', $fault: 'client', ...t }), Object.setPrototypeOf(this, e.prototype);
    }
  },
  ps = class e extends X {
    static shapeId = 'com.amazonaws.autoscaling#ResourceContentionFault';
    name = 'ResourceContentionFault';
    $fault = 'server';
    constructor(t) {
      super({ name: 'ResourceContentionFault', $fault: 'server', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  Ns = class e extends X {
    static shapeId = 'com.amazonaws.autoscaling#ServiceLinkedRoleFailure';
    name = 'ServiceLinkedRoleFailure';
    $fault = 'server';
    constructor(t) {
      super({ name: 'ServiceLinkedRoleFailure', $fault: 'server', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  ds = class e extends X {
    static shapeId = 'com.amazonaws.autoscaling#InstanceRefreshInProgressFault';
    name = 'InstanceRefreshInProgressFault';
    $fault = 'client';
    constructor(t) {
      super({ name: 'InstanceRefreshInProgressFault', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  ys = class e extends X {
    static shapeId = 'com.amazonaws.autoscaling#LimitExceededFault';
    name = 'LimitExceededFault';
    $fault = 'client';
    constructor(t) {
      super({ name: 'LimitExceededFault', $fault: 'client', ...t }), Object.setPrototypeOf(this, e.prototype);
    }
  },
  xs = class e extends X {
    static shapeId = 'com.amazonaws.autoscaling#ResourceInUseFault';
    name = 'ResourceInUseFault';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ResourceInUseFault', $fault: 'client', ...t }), Object.setPrototypeOf(this, e.prototype);
    }
  },
  Rs = class e extends X {
    static shapeId = 'com.amazonaws.autoscaling#ScalingActivityInProgressFault';
    name = 'ScalingActivityInProgressFault';
    $fault = 'client';
    constructor(t) {
      super({ name: 'ScalingActivityInProgressFault', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  },
  fs = class e extends X {
    static shapeId = 'com.amazonaws.autoscaling#InvalidNextToken';
    name = 'InvalidNextToken';
    $fault = 'client';
    constructor(t) {
      super({ name: 'InvalidNextToken', $fault: 'client', ...t }), Object.setPrototypeOf(this, e.prototype);
    }
  },
  Is = class e extends X {
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
  Ss = class e extends X {
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
  _s = class e extends X {
    static shapeId = 'com.amazonaws.autoscaling#IrreversibleInstanceRefreshFault';
    name = 'IrreversibleInstanceRefreshFault';
    $fault = 'client';
    constructor(t) {
      super({ name: 'IrreversibleInstanceRefreshFault', $fault: 'client', ...t }),
        Object.setPrototypeOf(this, e.prototype);
    }
  };
var kR = 'AcceleratorCount',
  MR = 'AcceleratorCountRequest',
  VR = 'AlreadyExistsFault';
var OR = 'ActiveInstanceRefreshNotFoundFault',
  qR = 'AllowedInstanceTypes';
var FR = 'AcceleratorManufacturers';
var BR = 'AcceleratorNames';
var zR = 'AutoScalingGroup',
  UR = 'AutoScalingGroupARN',
  dm = 'AutoScalingGroupName',
  HR = 'AutoScalingGroupNamesType',
  ZR = 'AutoScalingGroupNames';
var KR = 'AutoScalingGroupsType',
  ym = 'AutoScalingGroups';
var jR = 'AcceleratorTotalMemoryMiB',
  WR = 'AcceleratorTotalMemoryMiBRequest';
var JR = 'AcceleratorTypes';
var xm = 'AvailabilityZones',
  In = 'AvailabilityZoneDistribution',
  Rm = 'AvailabilityZoneIds',
  Sn = 'AvailabilityZoneImpairmentPolicy',
  YR = 'AvailabilityZoneId',
  XR = 'AvailabilityZone';
var ef = 'BaselineEbsBandwidthMbps',
  tf = 'BaselineEbsBandwidthMbpsRequest',
  af = 'BareMetal',
  rf = 'BurstablePerformance',
  sf = 'BaselinePerformanceFactors',
  of = 'BaselinePerformanceFactorsRequest';
var nf = 'CapacityDistributionStrategy';
var cf = 'CpuManufacturers';
var mf = 'CpuPerformanceFactorRequest',
  fm = 'CapacityRebalance',
  lf = 'CapacityReservationIds',
  uf = 'CapacityReservationPreference',
  pf = 'CapacityReservationResourceGroupArns',
  _n = 'CapacityReservationSpecification',
  Im = 'CapacityReservationTarget';
var Nf = 'CreatedTime';
var Sm = 'Context';
var df = 'Cpu';
var yf = 'DescribeAutoScalingGroups';
var _m = 'DesiredCapacity',
  vm = 'DesiredCapacityType',
  gm = 'DefaultCooldown';
var Am = 'DefaultInstanceWarmup';
var hm = 'DeletionProtection';
var xf = 'DistributionSegment';
var Tm = 'DistributionSegments';
var Rf = 'ExcludedInstanceTypes';
var Cm = 'EnabledMetrics';
var ff = 'EnabledMetric';
var Dm = 'Filters';
var If = 'Filter';
var Sf = 'Granularity';
var Pm = 'HealthCheckGracePeriod',
  bm = 'HealthCheckType';
var _f = 'HealthStatus';
var Qm = 'Instances';
var vf = 'IdempotentCallInProgressFault';
var wm = 'InstancesDistribution';
var gf = 'InstanceFamily',
  Af = 'InstanceGenerations';
var hf = 'IrreversibleInstanceRefreshFault',
  $m = 'ImageId',
  Tf = 'IncludeInstances',
  Cf = 'InstanceId',
  vn = 'InstanceLifecyclePolicy';
var gn = 'InstanceMaintenancePolicy',
  Df = 'IncludeManagedResources',
  Pf = 'InvalidNextToken',
  bf = 'IdempotentParameterMismatchError';
var Qf = 'InstanceRefreshInProgressFault';
var Lm = 'InstanceReusePolicy';
var Em = 'InstanceRequirements',
  Gm = 'InstanceType';
var wf = 'ImpairedZoneHealthCheckBehavior';
var $f = 'Identifier',
  Lf = 'Instance';
var Ef = 'Key';
var Gf = 'LoadBalancerNames';
var An = 'LaunchConfigurationName';
var kf = 'LimitExceededFault';
var Mf = 'LifecycleState',
  Vf = 'LocalStorageTypes',
  Of = 'LocalStorage',
  Ia = 'LaunchTemplate',
  qf = 'LaunchTemplateId',
  Ff = 'LaunchTemplateName',
  Bf = 'LaunchTemplateOverrides',
  hn = 'LaunchTemplateSpecification';
var km = 'Message';
var zf = 'MemoryGiBPerVCpu',
  Uf = 'MemoryGiBPerVCpuRequest',
  Hf = 'MaxGroupPreparedCapacity';
var Zf = 'MinHealthyPercentage',
  Kf = 'MaxHealthyPercentage',
  Mm = 'MaxInstanceLifetime';
var Tn = 'MixedInstancesPolicy';
var jf = 'MemoryMiB',
  Wf = 'MemoryMiBRequest';
var Jf = 'MaxRecords',
  Cn = 'MinSize',
  Yf = 'MaxSpotPriceAsPercentageOfOptimalOnDemandPrice',
  Vm = 'MaxSize';
var We = 'Max';
var Xf = 'Metric',
  Je = 'Min';
var eI = 'Name',
  tI = 'NetworkBandwidthGbps',
  aI = 'NetworkBandwidthGbpsRequest';
var rI = 'NetworkInterfaceCount',
  sI = 'NetworkInterfaceCountRequest',
  Om = 'NewInstancesProtectedFromScaleIn';
var qm = 'NextToken';
var Fm = 'Operator',
  oI = 'OnDemandAllocationStrategy',
  nI = 'OnDemandBaseCapacity',
  cI = 'OnDemandMaxPricePercentageOverLowestPrice',
  iI = 'OnDemandPercentageAboveBaseCapacity',
  Bm = 'Overrides';
var mI = 'PropagateAtLaunch';
var lI = 'PredictedCapacity';
var uI = 'PerformanceFactorReferenceRequest',
  pI = 'PerformanceFactorReferenceSetRequest',
  NI = 'ProtectedFromScaleIn',
  zm = 'PlacementGroup';
var dI = 'ProcessName',
  yI = 'PoolState';
var xI = 'Principal';
var RI = 'References';
var fI = 'ResourceContentionFault';
var II = 'RequireHibernateSupport';
var SI = 'ResourceInUseFault',
  _I = 'ResourceId';
var vI = 'ReuseOnScaleIn';
var Um = 'RetentionTriggers',
  gI = 'ResourceType',
  AI = 'Reference';
var Hm = 'Status';
var hI = 'ScalingActivityInProgressFault';
var TI = 'SpotAllocationStrategy';
var CI = 'SpotInstancePools';
var Zm = 'ServiceLinkedRoleARN',
  DI = 'ServiceLinkedRoleFailure';
var PI = 'SpotMaxPrice',
  bI = 'SpotMaxPricePercentageOverLowestPrice';
var Km = 'SuspendedProcesses';
var QI = 'SuspendedProcess';
var wI = 'SuspensionReason';
var $I = 'SkipZonalShiftValidation';
var LI = 'Tags';
var EI = 'TargetCapacityTypes',
  GI = 'TagDescription',
  kI = 'TagDescriptionList',
  MI = 'TargetGroupARNs',
  VI = 'TerminateHookAbandon';
var OI = 'TotalLocalStorageGB',
  qI = 'TotalLocalStorageGBRequest',
  jm = 'TerminationPolicies';
var Wm = 'TrafficSources',
  FI = 'TrafficSourceIdentifier';
var BI = 'Type';
var zI = 'UpdateAutoScalingGroup',
  UI = 'UpdateAutoScalingGroupType';
var HI = 'Value',
  ZI = 'VCpuCount',
  KI = 'VCpuCountRequest';
var Jm = 'VPCZoneIdentifier';
var jI = 'Values',
  WI = 'Version',
  Ym = 'WeightedCapacity';
var Xm = 'WarmPoolConfiguration';
var JI = 'WarmPoolSize',
  YI = 'ZonalShiftEnabled';
var Ye = 'client';
var XI = 'item',
  Oe = 'message',
  el = 'smithy.ts.sdk.synthetic.com.amazonaws.autoscaling',
  Dn = 'server';
var _ = 'com.amazonaws.autoscaling',
  tl = new ya(el),
  e0 = [-3, el, 'AutoScalingServiceException', 0, [], []];
tl.registerError(e0, X);
var xe = new ya(_),
  t0 = [
    -3,
    _,
    OR,
    { awsQueryError: ['ActiveInstanceRefreshNotFound', 400], error: Ye, httpError: 400 },
    [Oe],
    [0],
  ];
xe.registerError(t0, ls);
var a0 = [-3, _, VR, { awsQueryError: ['AlreadyExists', 400], error: Ye, httpError: 400 }, [Oe], [0]];
xe.registerError(a0, us);
var r0 = [
  -3,
  _,
  vf,
  { awsQueryError: ['IdempotentCallInProgress', 500], error: Dn, httpError: 500 },
  [km],
  [0],
];
xe.registerError(r0, Is);
var s0 = [
  -3,
  _,
  bf,
  { awsQueryError: ['IdempotentParameterMismatch', 400], error: Ye, httpError: 400 },
  [km],
  [0],
];
xe.registerError(s0, Ss);
var o0 = [
  -3,
  _,
  Qf,
  { awsQueryError: ['InstanceRefreshInProgress', 400], error: Ye, httpError: 400 },
  [Oe],
  [0],
];
xe.registerError(o0, ds);
var n0 = [-3, _, Pf, { awsQueryError: ['InvalidNextToken', 400], error: Ye, httpError: 400 }, [Oe], [0]];
xe.registerError(n0, fs);
var c0 = [
  -3,
  _,
  hf,
  { awsQueryError: ['IrreversibleInstanceRefresh', 400], error: Ye, httpError: 400 },
  [Oe],
  [0],
];
xe.registerError(c0, _s);
var i0 = [-3, _, kf, { awsQueryError: ['LimitExceeded', 400], error: Ye, httpError: 400 }, [Oe], [0]];
xe.registerError(i0, ys);
var m0 = [-3, _, fI, { awsQueryError: ['ResourceContention', 500], error: Dn, httpError: 500 }, [Oe], [0]];
xe.registerError(m0, ps);
var l0 = [-3, _, SI, { awsQueryError: ['ResourceInUse', 400], error: Ye, httpError: 400 }, [Oe], [0]];
xe.registerError(l0, xs);
var u0 = [
  -3,
  _,
  hI,
  { awsQueryError: ['ScalingActivityInProgress', 400], error: Ye, httpError: 400 },
  [Oe],
  [0],
];
xe.registerError(u0, Rs);
var p0 = [
  -3,
  _,
  DI,
  { awsQueryError: ['ServiceLinkedRoleFailure', 500], error: Dn, httpError: 500 },
  [Oe],
  [0],
];
xe.registerError(p0, Ns);
var al = [tl, xe],
  N0 = [3, _, MR, 0, [Je, We], [1, 1]],
  d0 = [3, _, WR, 0, [Je, We], [1, 1]];
var y0 = [
    3,
    _,
    zR,
    0,
    [
      dm,
      Cn,
      Vm,
      _m,
      gm,
      xm,
      bm,
      Nf,
      UR,
      An,
      Ia,
      Tn,
      lI,
      Rm,
      Gf,
      MI,
      Pm,
      Qm,
      Km,
      zm,
      Jm,
      Cm,
      Hm,
      LI,
      jm,
      Om,
      Zm,
      Mm,
      fm,
      Xm,
      JI,
      Sm,
      vm,
      Am,
      Wm,
      gn,
      hm,
      In,
      Sn,
      _n,
      vn,
      Fm,
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
      () => Sa,
      [() => il, 0],
      1,
      64,
      64,
      64,
      1,
      () => W0,
      () => X0,
      0,
      0,
      () => K0,
      0,
      () => eS,
      64,
      2,
      0,
      1,
      2,
      () => z0,
      1,
      0,
      0,
      1,
      () => tS,
      () => cl,
      0,
      () => rl,
      () => sl,
      () => ol,
      () => nl,
      () => E0,
    ],
    8,
  ],
  x0 = [3, _, HR, 0, [ZR, Tf, Df, qm, Jf, Dm], [64, 2, 2, 0, 1, () => j0]],
  R0 = [3, _, KR, 0, [ym, qm], [[() => H0, 0], 0], 1];
var rl = [3, _, In, 0, [nf], [0]],
  sl = [3, _, Sn, 0, [YI, wf], [2, 0]],
  f0 = [3, _, tf, 0, [Je, We], [1, 1]],
  I0 = [3, _, of, 0, [df], [[() => _0, 0]]];
var ol = [3, _, _n, 0, [uf, Im], [0, () => S0]],
  S0 = [3, _, Im, 0, [lf, pf], [64, 64]];
var _0 = [3, _, mf, 0, [RI], [[() => Y0, { xmlName: AI }]]];
var v0 = [3, _, xf, 0, [EI], [64]];
var g0 = [3, _, ff, 0, [Xf, Sf], [0, 0]];
var A0 = [3, _, If, 0, [eI, jI], [0, 64]];
var h0 = [
  3,
  _,
  Lf,
  0,
  [Cf, XR, Mf, _f, NI, Gm, YR, An, Ia, $m, Ym],
  [0, 0, 0, 0, 2, 0, 0, 0, () => Sa, 0, 0],
  5,
];
var nl = [3, _, vn, 0, [Um], [() => k0]],
  cl = [3, _, gn, 0, [Zf, Kf], [1, 1]];
var T0 = [
    3,
    _,
    Em,
    0,
    [ZI, jf, cf, zf, Rf, Af, bI, Yf, cI, af, rf, II, rI, Of, Vf, OI, ef, JR, kR, FR, BR, jR, tI, qR, sf],
    [
      () => B0,
      () => w0,
      64,
      () => Q0,
      64,
      64,
      1,
      1,
      1,
      0,
      0,
      2,
      () => L0,
      0,
      64,
      () => O0,
      () => f0,
      64,
      () => N0,
      64,
      64,
      () => d0,
      () => $0,
      64,
      [() => I0, 0],
    ],
    2,
  ],
  C0 = [3, _, Lm, 0, [vI], [2]],
  D0 = [3, _, wm, 0, [oI, nI, iI, TI, CI, PI, Tm], [0, 1, 1, 0, 1, 0, () => Z0]];
var P0 = [3, _, Ia, 0, [hn, Bm], [() => Sa, [() => J0, 0]]],
  b0 = [3, _, Bf, 0, [Gm, Ym, hn, Em, $m], [0, 0, () => Sa, [() => T0, 0], 0]],
  Sa = [3, _, hn, 0, [qf, Ff, WI], [0, 0, 0]];
var Q0 = [3, _, Uf, 0, [Je, We], [1, 1]],
  w0 = [3, _, Wf, 0, [Je, We], [1, 1], 1];
var il = [3, _, Tn, 0, [Ia, wm], [[() => P0, 0], () => D0]],
  $0 = [3, _, aI, 0, [Je, We], [1, 1]],
  L0 = [3, _, sI, 0, [Je, We], [1, 1]];
var E0 = [3, _, Fm, 0, [xI], [0], 1],
  G0 = [3, _, uI, 0, [gf], [0]];
var k0 = [3, _, Um, 0, [VI], [0]];
var M0 = [3, _, QI, 0, [dI, wI], [0, 0]];
var V0 = [3, _, GI, 0, [_I, gI, Ef, HI, mI], [0, 0, 0, 0, 2]];
var O0 = [3, _, qI, 0, [Je, We], [1, 1]],
  q0 = [3, _, FI, 0, [$f, BI], [0, 0], 1];
var F0 = [
    3,
    _,
    UI,
    0,
    [
      dm,
      An,
      Ia,
      Tn,
      Cn,
      Vm,
      _m,
      gm,
      xm,
      Rm,
      bm,
      Pm,
      zm,
      Jm,
      jm,
      Om,
      Zm,
      Mm,
      fm,
      Sm,
      vm,
      Am,
      gn,
      In,
      Sn,
      $I,
      _n,
      vn,
      hm,
    ],
    [
      0,
      0,
      () => Sa,
      [() => il, 0],
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
      () => cl,
      () => rl,
      () => sl,
      2,
      () => ol,
      () => nl,
      0,
    ],
    1,
  ],
  B0 = [3, _, KI, 0, [Je, We], [1, 1], 1],
  z0 = [3, _, Xm, 0, [Hf, Cn, yI, Hm, Lm], [1, 1, 0, 0, () => C0]],
  U0 = 'unit';
var H0 = [1, _, ym, 0, [() => y0, 0]];
var Z0 = [1, _, Tm, 0, () => v0],
  K0 = [1, _, Cm, 0, () => g0];
var j0 = [1, _, Dm, 0, () => A0];
var W0 = [1, _, Qm, 0, () => h0];
var J0 = [1, _, Bm, 0, [() => b0, 0]],
  Y0 = [1, _, pI, 0, [() => G0, { xmlName: XI }]];
var X0 = [1, _, Km, 0, () => M0],
  eS = [1, _, kI, 0, () => V0];
var tS = [1, _, Wm, 0, () => q0];
var ml = [9, _, yf, 0, () => x0, () => R0];
var ll = [9, _, zI, 0, () => F0, () => U0];
var ul = (e) => ({
  apiVersion: '2011-01-01',
  base64Decoder: e?.base64Decoder ?? lr,
  base64Encoder: e?.base64Encoder ?? pr,
  disableHostPrefix: e?.disableHostPrefix ?? !1,
  endpointProvider: e?.endpointProvider ?? Nm,
  extensions: e?.extensions ?? [],
  httpAuthSchemeProvider: e?.httpAuthSchemeProvider ?? Ji,
  httpAuthSchemes: e?.httpAuthSchemes ?? [
    {
      schemeId: 'aws.auth#sigv4',
      identityProvider: (t) => t.getIdentityProvider('aws.auth#sigv4'),
      signer: new ss(),
    },
  ],
  logger: e?.logger ?? new Tr(),
  protocol: e?.protocol ?? Ki,
  protocolSettings: e?.protocolSettings ?? {
    defaultNamespace: 'com.amazonaws.autoscaling',
    errorTypeRegistries: al,
    xmlNamespace: 'http://autoscaling.amazonaws.com/doc/2011-01-01/',
    version: '2011-01-01',
    serviceTarget: 'AutoScaling_2011_01_01',
  },
  serviceId: e?.serviceId ?? 'Auto Scaling',
  sha256: e?.sha256 ?? kr,
  urlParser: e?.urlParser ?? yr,
  utf8Decoder: e?.utf8Decoder ?? ur,
  utf8Encoder: e?.utf8Encoder ?? Nr,
});
var pl = (e) => {
  gr(process.version);
  const t = br(e),
    a = () => t().then(vr),
    r = ul(e);
  ir(process.version);
  const s = { profile: e?.profile, logger: r.logger };
  return {
    ...r,
    ...e,
    runtime: 'node',
    defaultsMode: t,
    authSchemePreference: e?.authSchemePreference ?? se(os, s),
    bodyLengthChecker: e?.bodyLengthChecker ?? xr,
    credentialDefaultProvider: e?.credentialDefaultProvider ?? Ra,
    defaultSocketTimeout: mr(e?.requestHandler, 9e5),
    defaultUserAgentProvider:
      e?.defaultUserAgentProvider ?? Xr({ serviceId: r.serviceId, clientVersion: tm.version }),
    maxAttempts: e?.maxAttempts ?? se(Kr, e),
    region: e?.region ?? se(Cr, { ...Dr, ...s }),
    requestHandler: cs.create(e?.requestHandler ?? a),
    retryMode: e?.retryMode ?? se({ ...Wr, default: async () => (await a()).retryMode || xa }, e),
    streamCollector: e?.streamCollector ?? Gr,
    useDualstackEndpoint: e?.useDualstackEndpoint ?? se(Rr, s),
    useFipsEndpoint: e?.useFipsEndpoint ?? se(fr, s),
    userAgentAppId: e?.userAgentAppId ?? se(es, s),
  };
};
var Nl = (e) => {
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
  dl = (e) => ({
    httpAuthSchemes: e.httpAuthSchemes(),
    httpAuthSchemeProvider: e.httpAuthSchemeProvider(),
    credentials: e.credentials(),
  });
var yl = (e, t) => {
  const a = Object.assign(as(e), Ar(e), Mr(e), Nl(e));
  return (t.forEach((r) => r.configure(a)), Object.assign(e, rs(a), hr(a), Vr(a), dl(a)));
};
var vs = class extends Ir {
  config;
  constructor(...[t]) {
    const a = pl(t || {});
    super(a), (this.initConfig = a);
    const r = Xi(a),
      s = Zr(r),
      o = jr(s),
      n = Pr(o),
      c = n,
      i = Er(c),
      m = Yi(i),
      u = yl(m, t?.extensions || []);
    (this.config = u),
      this.middlewareStack.use(Sr(this.config)),
      this.middlewareStack.use(Yr(this.config)),
      this.middlewareStack.use(Jr(this.config)),
      this.middlewareStack.use(Or(this.config)),
      this.middlewareStack.use(qr(this.config)),
      this.middlewareStack.use(Fr(this.config)),
      this.middlewareStack.use(Br(this.config)),
      this.middlewareStack.use(
        zr(this.config, {
          httpAuthSchemeParametersProvider: Wi,
          identityProviderConfigProvider: async (l) => new Hr({ 'aws.auth#sigv4': l.credentials }),
        }),
      ),
      this.middlewareStack.use(Ur(this.config));
  }
  destroy() {
    super.destroy();
  }
};
var gs = Bi(em, 'AutoScaling_2011_01_01', 'AutoScalingClient', zi),
  As = {},
  hs = (e, t, a, r) => [];
var Ts = class extends gs(As, hs, 'DescribeAutoScalingGroups', ml) {};
var Cs = class extends gs(As, hs, 'UpdateAutoScalingGroup', ll) {};
var xl = async (e, t, a) => ({
  operation: dr(t).operation,
  region:
    (await Ot(e.region)()) ||
    (() => {
      throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
    })(),
});
function rS(e) {
  return {
    schemeId: 'aws.auth#sigv4',
    signingProperties: { name: 'ec2', region: e.region },
    propertiesExtractor: (t, a) => ({ signingProperties: { config: t, context: a } }),
  };
}
var Rl = (e) => {
    const t = [];
    switch (e.operation) {
      default:
        t.push(rS(e));
    }
    return t;
  },
  fl = (e) => {
    const t = ns(e);
    return Object.assign(t, { authSchemePreference: Ot(e.authSchemePreference ?? []) });
  };
var Il = (e) =>
  Object.assign(e, {
    useDualstackEndpoint: e.useDualstackEndpoint ?? !1,
    useFipsEndpoint: e.useFipsEndpoint ?? !1,
    defaultSigningName: 'ec2',
  });
var Sl = {
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
var _a = 'ref',
  Dt = -1,
  Ds = !0,
  _l = 'isSet',
  hl = 'PartitionResult',
  Ps = 'booleanEquals',
  Pn = 'getAttr',
  vl = { [_a]: 'Endpoint' },
  bn = { [_a]: hl },
  Bt = {},
  gl = [{ [_a]: 'Region' }],
  Al = {
    conditions: [
      [_l, [vl]],
      [_l, gl],
      ['aws.partition', gl, hl],
      [Ps, [{ [_a]: 'UseFIPS' }, Ds]],
      [Ps, [{ [_a]: 'UseDualStack' }, Ds]],
      [Ps, [{ fn: Pn, argv: [bn, 'supportsDualStack'] }, Ds]],
      [Ps, [{ fn: Pn, argv: [bn, 'supportsFIPS'] }, Ds]],
      ['stringEquals', [{ fn: Pn, argv: [bn, 'name'] }, 'aws-us-gov']],
    ],
    results: [
      [Dt],
      [Dt, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
      [Dt, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
      [vl, Bt],
      ['https://ec2-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', Bt],
      [Dt, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
      ['https://ec2.{Region}.amazonaws.com', Bt],
      ['https://ec2-fips.{Region}.{PartitionResult#dnsSuffix}', Bt],
      [Dt, 'FIPS is enabled but this partition does not support FIPS'],
      ['https://ec2.{Region}.{PartitionResult#dualStackDnsSuffix}', Bt],
      [Dt, 'DualStack is enabled but this partition does not support DualStack'],
      ['https://ec2.{Region}.{PartitionResult#dnsSuffix}', Bt],
      [Dt, 'Invalid Configuration: Missing Region'],
    ],
  },
  oS = 2,
  ue = 1e8,
  nS = new Int32Array([
    -1,
    1,
    -1,
    0,
    13,
    3,
    1,
    4,
    ue + 12,
    2,
    5,
    ue + 12,
    3,
    8,
    6,
    4,
    7,
    ue + 11,
    5,
    ue + 9,
    ue + 10,
    4,
    11,
    9,
    6,
    10,
    ue + 8,
    7,
    ue + 6,
    ue + 7,
    5,
    12,
    ue + 5,
    6,
    ue + 4,
    ue + 5,
    3,
    ue + 1,
    14,
    4,
    ue + 2,
    ue + 3,
  ]),
  Tl = Qr.from(nS, oS, Al.conditions, Al.results);
var cS = new wr({ size: 50, params: ['Endpoint', 'Region', 'UseDualStack', 'UseFIPS'] }),
  Cl = (e, t = {}) => cS.get(e, () => Lr(Tl, { endpointParams: e, logger: t.logger }));
$r.aws = ts;
var bs = class e extends _r {
  static shapeId = 'smithy.ts.sdk.synthetic.com.amazonaws.ec2#EC2ServiceException';
  constructor(t) {
    super(t), Object.setPrototypeOf(this, e.prototype);
  }
};
var Dl = 'smithy.ts.sdk.synthetic.com.amazonaws.ec2';
var Pl = new ya(Dl),
  iS = [-3, Dl, 'EC2ServiceException', 0, [], []];
Pl.registerError(iS, bs);
var bl = [Pl];
var Ql = (e) => ({
  apiVersion: '2016-11-15',
  base64Decoder: e?.base64Decoder ?? lr,
  base64Encoder: e?.base64Encoder ?? pr,
  disableHostPrefix: e?.disableHostPrefix ?? !1,
  endpointProvider: e?.endpointProvider ?? Cl,
  extensions: e?.extensions ?? [],
  httpAuthSchemeProvider: e?.httpAuthSchemeProvider ?? Rl,
  httpAuthSchemes: e?.httpAuthSchemes ?? [
    {
      schemeId: 'aws.auth#sigv4',
      identityProvider: (t) => t.getIdentityProvider('aws.auth#sigv4'),
      signer: new ss(),
    },
  ],
  logger: e?.logger ?? new Tr(),
  protocol: e?.protocol ?? ji,
  protocolSettings: e?.protocolSettings ?? {
    defaultNamespace: 'com.amazonaws.ec2',
    errorTypeRegistries: bl,
    xmlNamespace: 'http://ec2.amazonaws.com/doc/2016-11-15',
    version: '2016-11-15',
    serviceTarget: 'AmazonEC2',
  },
  serviceId: e?.serviceId ?? 'EC2',
  sha256: e?.sha256 ?? kr,
  urlParser: e?.urlParser ?? yr,
  utf8Decoder: e?.utf8Decoder ?? ur,
  utf8Encoder: e?.utf8Encoder ?? Nr,
});
var wl = (e) => {
  gr(process.version);
  const t = br(e),
    a = () => t().then(vr),
    r = Ql(e);
  ir(process.version);
  const s = { profile: e?.profile, logger: r.logger };
  return {
    ...r,
    ...e,
    runtime: 'node',
    defaultsMode: t,
    authSchemePreference: e?.authSchemePreference ?? se(os, s),
    bodyLengthChecker: e?.bodyLengthChecker ?? xr,
    credentialDefaultProvider: e?.credentialDefaultProvider ?? Ra,
    defaultSocketTimeout: mr(e?.requestHandler, 9e5),
    defaultUserAgentProvider:
      e?.defaultUserAgentProvider ?? Xr({ serviceId: r.serviceId, clientVersion: Sl.version }),
    maxAttempts: e?.maxAttempts ?? se(Kr, e),
    region: e?.region ?? se(Cr, { ...Dr, ...s }),
    requestHandler: cs.create(e?.requestHandler ?? a),
    retryMode: e?.retryMode ?? se({ ...Wr, default: async () => (await a()).retryMode || xa }, e),
    streamCollector: e?.streamCollector ?? Gr,
    useDualstackEndpoint: e?.useDualstackEndpoint ?? se(Rr, s),
    useFipsEndpoint: e?.useFipsEndpoint ?? se(fr, s),
    userAgentAppId: e?.userAgentAppId ?? se(es, s),
  };
};
var $l = (e) => {
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
  Ll = (e) => ({
    httpAuthSchemes: e.httpAuthSchemes(),
    httpAuthSchemeProvider: e.httpAuthSchemeProvider(),
    credentials: e.credentials(),
  });
var El = (e, t) => {
  const a = Object.assign(as(e), Ar(e), Mr(e), $l(e));
  return (t.forEach((r) => r.configure(a)), Object.assign(e, rs(a), hr(a), Vr(a), Ll(a)));
};
var Qs = class extends Ir {
  config;
  constructor(...[t]) {
    const a = wl(t || {});
    super(a), (this.initConfig = a);
    const r = Il(a),
      s = Zr(r),
      o = jr(s),
      n = Pr(o),
      c = n,
      i = Er(c),
      m = fl(i),
      u = El(m, t?.extensions || []);
    (this.config = u),
      this.middlewareStack.use(Sr(this.config)),
      this.middlewareStack.use(Yr(this.config)),
      this.middlewareStack.use(Jr(this.config)),
      this.middlewareStack.use(Or(this.config)),
      this.middlewareStack.use(qr(this.config)),
      this.middlewareStack.use(Fr(this.config)),
      this.middlewareStack.use(Br(this.config)),
      this.middlewareStack.use(
        zr(this.config, {
          httpAuthSchemeParametersProvider: xl,
          identityProviderConfigProvider: async (l) => new Hr({ 'aws.auth#sigv4': l.credentials }),
        }),
      ),
      this.middlewareStack.use(Ur(this.config));
  }
  destroy() {
    super.destroy();
  }
};
var ws = class {
  constructor() {
    throw new Error(
      'this action calls no operation of @aws-sdk/client-elastic-load-balancing-v2: its bundle left the client out (scripts/bundle.ts)',
    );
  }
};
var $s = class {
  constructor() {
    throw new Error(
      'this action calls no operation of @aws-sdk/client-ssm: its bundle left the client out (scripts/bundle.ts)',
    );
  }
};
var Ls = class {
  constructor() {
    throw new Error(
      'this action calls no operation of @aws-sdk/client-sts: its bundle left the client out (scripts/bundle.ts)',
    );
  }
};
var Gl = 8;
function mS(e) {
  const t = e.backend;
  return t
    ? {
        region: e.region,
        credentials: { accessKeyId: 'SIMULATED', secretAccessKey: 'SIMULATED' },
        retryStrategy: new xn(Gl, (a) =>
          Math.round(t.clock.scale * Math.min(2e4, 100 * 2 ** a) * Math.random()),
        ),
      }
    : {
        region: e.region,
        ...(process.env.AWS_RETRY_MODE ? {} : { retryMode: 'adaptive' }),
        ...(process.env.AWS_MAX_ATTEMPTS ? {} : { maxAttempts: Gl }),
      };
}
function Ml(e) {
  const t = e.backend,
    a = mS(e),
    r = e.debug,
    s = new Map(),
    o = (n, c) => {
      let i = s.get(n);
      return (i || ((i = c()), s.set(n, i), t && t.attach(i), r && lS(i, r)), i);
    };
  return {
    get ec2() {
      return o('ec2', () => new Qs(a));
    },
    get autoScaling() {
      return o('autoScaling', () => new vs(a));
    },
    get elbv2() {
      return o('elbv2', () => new ws(a));
    },
    get ssm() {
      return o('ssm', () => new $s(a));
    },
    get sts() {
      return o('sts', () => new Ls(a));
    },
  };
}
function lS(e, t) {
  e.middlewareStack.add(
    (a, r) => async (s) => {
      const o = performance.now(),
        n = `${String(r.clientName).replace(/Client$/, '')} ${String(r.commandName).replace(/Command$/, '')}`,
        c = uS(s.input),
        i = () => `${Math.round(performance.now() - o)} ms`;
      try {
        const m = await a(s),
          u = m.output.$metadata?.attempts ?? 1;
        return (t(`aws ${n}${c}: ok in ${i()}, ${kl(u)}`), m);
      } catch (m) {
        const u = m;
        throw (t(`aws ${n}${c}: ${u.name ?? 'error'} after ${i()}, ${kl(u.$metadata?.attempts ?? 1)}`), m);
      }
    },
    { step: 'initialize', name: 'akridaCallLog' },
  );
}
function kl(e) {
  return e <= 1 ? 'no retry' : `${e - 1} ${e === 2 ? 'retry' : 'retries'}`;
}
function uS(e) {
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
var Qn = class {
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
var wn = new Qn(1);
import { AsyncLocalStorage as OS } from 'node:async_hooks';
import * as Ol from 'os';
function mt(e) {
  return e == null ? '' : typeof e == 'string' || e instanceof String ? e : JSON.stringify(e);
}
function $n(e) {
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
function Pt(e, t, a) {
  const r = new Ln(e, t, a);
  process.stdout.write(r.toString() + Ol.EOL);
}
function En(e, t = '') {
  Pt(e, {}, t);
}
var Vl = '::',
  Ln = class {
    constructor(t, a, r) {
      t || (t = 'missing.command'), (this.command = t), (this.properties = a), (this.message = r);
    }
    toString() {
      let t = Vl + this.command;
      if (this.properties && Object.keys(this.properties).length > 0) {
        t += ' ';
        let a = !0;
        for (const r in this.properties)
          if (Object.hasOwn(this.properties, r)) {
            const s = this.properties[r];
            s && (a ? (a = !1) : (t += ','), (t += `${r}=${NS(s)}`));
          }
      }
      return ((t += `${Vl}${pS(this.message)}`), t);
    }
  };
function pS(e) {
  return mt(e).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function NS(e) {
  return mt(e)
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(/:/g, '%3A')
    .replace(/,/g, '%2C');
}
import * as ql from 'crypto';
import * as Gs from 'fs';
import * as Es from 'os';
function Fl(e, t) {
  const a = process.env[`GITHUB_${e}`];
  if (!a) throw new Error(`Unable to find environment variable for file command ${e}`);
  if (!Gs.existsSync(a)) throw new Error(`Missing file at path: ${a}`);
  Gs.appendFileSync(a, `${mt(t)}${Es.EOL}`, { encoding: 'utf8' });
}
function Bl(e, t) {
  const a = `ghadelimiter_${ql.randomUUID()}`,
    r = mt(t);
  if (e.includes(a)) throw new Error(`Unexpected input: name should not contain the delimiter "${a}"`);
  if (r.includes(a)) throw new Error(`Unexpected input: value should not contain the delimiter "${a}"`);
  return `${e}<<${a}${Es.EOL}${r}${Es.EOL}${a}`;
}
import { promises as yS, constants as zl } from 'fs';
import * as On from 'os';
import { EOL as dS } from 'os';
var Gn = (e, t, a, r) => {
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
  { access: xS, appendFile: RS, writeFile: fS } = yS,
  Ul = 'GITHUB_STEP_SUMMARY';
var kn = class {
    constructor() {
      this._buffer = '';
    }
    filePath() {
      return Gn(this, void 0, void 0, function* () {
        if (this._filePath) return this._filePath;
        const t = process.env[Ul];
        if (!t)
          throw new Error(
            `Unable to find environment variable for $${Ul}. Check if your runtime environment supports job summaries.`,
          );
        try {
          yield xS(t, zl.R_OK | zl.W_OK);
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
      return Gn(this, void 0, void 0, function* () {
        const a = !!t?.overwrite,
          r = yield this.filePath();
        return (yield (a ? fS : RS)(r, this._buffer, { encoding: 'utf8' }), this.emptyBuffer());
      });
    }
    clear() {
      return Gn(this, void 0, void 0, function* () {
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
      return this.addRaw(dS);
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
  IS = new kn();
var Mn = IS;
import * as ks from 'fs';
import Zl from 'os';
var {
    chmod: SS,
    copyFile: _S,
    lstat: vS,
    mkdir: gS,
    open: KC,
    readdir: AS,
    rename: hS,
    rm: TS,
    rmdir: jC,
    stat: CS,
    symlink: DS,
    unlink: PS,
  } = ks.promises,
  bS = process.platform === 'win32';
var WC = ks.constants.O_RDONLY;
var t2 = process.platform === 'win32';
var n2 = Zl.platform(),
  c2 = Zl.arch();
var kS = (e, t, a, r) => {
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
  Vn;
((e) => {
  (e[(e.Success = 0)] = 'Success'), (e[(e.Failure = 1)] = 'Failure');
})(Vn || (Vn = {}));
function Kl(e) {
  Pt('add-mask', {}, e);
}
function qn(e, t) {
  const a = process.env[`INPUT_${e.replace(/ /g, '_').toUpperCase()}`] || '';
  if (t && t.required && !a) throw new Error(`Input required and not supplied: ${e}`);
  return t && t.trimWhitespace === !1 ? a : a.trim();
}
function jl(e, t) {
  const a = ['true', 'True', 'TRUE'],
    r = ['false', 'False', 'FALSE'],
    s = qn(e, t);
  if (a.includes(s)) return !0;
  if (r.includes(s)) return !1;
  throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${e}
Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
function Wl(e, t) {
  if (process.env.GITHUB_OUTPUT || '') return Fl('OUTPUT', Bl(e, t));
  process.stdout.write(On.EOL), Pt('set-output', { name: e }, mt(t));
}
function Jl(e) {
  (process.exitCode = Vn.Failure), Fn(e);
}
function Yl(e) {
  Pt('debug', {}, e);
}
function Fn(e, t = {}) {
  Pt('error', $n(t), e instanceof Error ? e.toString() : e);
}
function Xl(e, t = {}) {
  Pt('warning', $n(t), e instanceof Error ? e.toString() : e);
}
function eu(e) {
  process.stdout.write(e + On.EOL);
}
function MS(e) {
  En('group', e);
}
function VS() {
  En('endgroup');
}
function tu(e, t) {
  return kS(this, void 0, void 0, function* () {
    MS(e);
    let a;
    try {
      a = yield t();
    } finally {
      VS();
    }
    return a;
  });
}
var au = new OS(),
  qS = {
    debug: Yl,
    group: tu,
    getInput: qn,
    getBooleanInput: jl,
    setOutput: Wl,
    setSecret: Kl,
    setFailed: Jl,
    info: eu,
    warning: Xl,
    error: Fn,
    summary: Mn,
  };
function ee() {
  return au.getStore() ?? qS;
}
function ru() {
  return au.getStore() === void 0;
}
function su(e, t = {}) {
  return FS(e.region, t);
}
function FS(e, t = {}) {
  return {
    clients: t.clients ?? Ml({ region: e, debug: (a) => ee().debug(a) }),
    clock: t.clock ?? wn,
    log: (a) => ee().info(a),
    warn: (a) => ee().warning(a),
  };
}
import { closeSync as dA, readSync as RA, openSync as xA, fstatSync as yA } from 'node:fs';
var Ms = Symbol.for('yaml.alias'),
  Vs = Symbol.for('yaml.document'),
  Ce = Symbol.for('yaml.map'),
  Bn = Symbol.for('yaml.pair'),
  Re = Symbol.for('yaml.scalar'),
  Xe = Symbol.for('yaml.seq'),
  ce = Symbol.for('yaml.node.type'),
  fe = (e) => !!e && typeof e == 'object' && e[ce] === Ms,
  qe = (e) => !!e && typeof e == 'object' && e[ce] === Vs,
  Ie = (e) => !!e && typeof e == 'object' && e[ce] === Ce,
  w = (e) => !!e && typeof e == 'object' && e[ce] === Bn,
  D = (e) => !!e && typeof e == 'object' && e[ce] === Re,
  De = (e) => !!e && typeof e == 'object' && e[ce] === Xe;
function E(e) {
  if (e && typeof e == 'object')
    switch (e[ce]) {
      case Ce:
      case Xe:
        return !0;
    }
  return !1;
}
function L(e) {
  if (e && typeof e == 'object')
    switch (e[ce]) {
      case Ms:
      case Ce:
      case Re:
      case Xe:
        return !0;
    }
  return !1;
}
var Os = (e) => (D(e) || E(e)) && !!e.anchor;
var pe = Symbol('break visit'),
  ou = Symbol('skip children'),
  Fe = Symbol('remove node');
function ie(e, t) {
  const a = nu(t);
  qe(e)
    ? zt(null, e.contents, a, Object.freeze([e])) === Fe && (e.contents = null)
    : zt(null, e, a, Object.freeze([]));
}
ie.BREAK = pe;
ie.SKIP = ou;
ie.REMOVE = Fe;
function zt(e, t, a, r) {
  const s = cu(e, t, a, r);
  if (L(s) || w(s)) return (iu(e, r, s), zt(e, s, a, r));
  if (typeof s != 'symbol') {
    if (E(t)) {
      r = Object.freeze(r.concat(t));
      for (let o = 0; o < t.items.length; ++o) {
        const n = zt(o, t.items[o], a, r);
        if (typeof n == 'number') o = n - 1;
        else {
          if (n === pe) return pe;
          n === Fe && (t.items.splice(o, 1), (o -= 1));
        }
      }
    } else if (w(t)) {
      r = Object.freeze(r.concat(t));
      const o = zt('key', t.key, a, r);
      if (o === pe) return pe;
      o === Fe && (t.key = null);
      const n = zt('value', t.value, a, r);
      if (n === pe) return pe;
      n === Fe && (t.value = null);
    }
  }
  return s;
}
async function qs(e, t) {
  const a = nu(t);
  qe(e)
    ? (await Ut(null, e.contents, a, Object.freeze([e]))) === Fe && (e.contents = null)
    : await Ut(null, e, a, Object.freeze([]));
}
qs.BREAK = pe;
qs.SKIP = ou;
qs.REMOVE = Fe;
async function Ut(e, t, a, r) {
  const s = await cu(e, t, a, r);
  if (L(s) || w(s)) return (iu(e, r, s), Ut(e, s, a, r));
  if (typeof s != 'symbol') {
    if (E(t)) {
      r = Object.freeze(r.concat(t));
      for (let o = 0; o < t.items.length; ++o) {
        const n = await Ut(o, t.items[o], a, r);
        if (typeof n == 'number') o = n - 1;
        else {
          if (n === pe) return pe;
          n === Fe && (t.items.splice(o, 1), (o -= 1));
        }
      }
    } else if (w(t)) {
      r = Object.freeze(r.concat(t));
      const o = await Ut('key', t.key, a, r);
      if (o === pe) return pe;
      o === Fe && (t.key = null);
      const n = await Ut('value', t.value, a, r);
      if (n === pe) return pe;
      n === Fe && (t.value = null);
    }
  }
  return s;
}
function nu(e) {
  return typeof e == 'object' && (e.Collection || e.Node || e.Value)
    ? Object.assign(
        { Alias: e.Node, Map: e.Node, Scalar: e.Node, Seq: e.Node },
        e.Value && { Map: e.Value, Scalar: e.Value, Seq: e.Value },
        e.Collection && { Map: e.Collection, Seq: e.Collection },
        e,
      )
    : e;
}
function cu(e, t, a, r) {
  if (typeof a == 'function') return a(e, t, r);
  if (Ie(t)) return a.Map?.(e, t, r);
  if (De(t)) return a.Seq?.(e, t, r);
  if (w(t)) return a.Pair?.(e, t, r);
  if (D(t)) return a.Scalar?.(e, t, r);
  if (fe(t)) return a.Alias?.(e, t, r);
}
function iu(e, t, a) {
  const r = t[t.length - 1];
  if (E(r)) r.items[e] = a;
  else if (w(r)) e === 'key' ? (r.key = a) : (r.value = a);
  else if (qe(r)) r.contents = a;
  else {
    const s = fe(r) ? 'alias' : 'scalar';
    throw new Error(`Cannot replace node with ${s} parent`);
  }
}
var BS = { '!': '%21', ',': '%2C', '[': '%5B', ']': '%5D', '{': '%7B', '}': '%7D' },
  zS = (e) => e.replace(/[!,[\]{}]/g, (t) => BS[t]),
  Be = class e {
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
        if (t.startsWith(r)) return a + zS(t.substring(r.length));
      return t[0] === '!' ? t : `!<${t}>`;
    }
    toString(t) {
      let a = this.yaml.explicit ? [`%YAML ${this.yaml.version || '1.2'}`] : [],
        r = Object.entries(this.tags),
        s;
      if (t && r.length > 0 && L(t.contents)) {
        const o = {};
        ie(t.contents, (n, c) => {
          L(c) && c.tag && (o[c.tag] = !0);
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
Be.defaultYaml = { explicit: !1, version: '1.2' };
Be.defaultTags = { '!!': 'tag:yaml.org,2002:' };
function Fs(e) {
  if (/[\x00-\x19\s,[\]{}]/.test(e)) {
    const a = `Anchor must not contain whitespace or control characters: ${JSON.stringify(e)}`;
    throw new Error(a);
  }
  return !0;
}
function zn(e) {
  const t = new Set();
  return (
    ie(e, {
      Value(a, r) {
        r.anchor && t.add(r.anchor);
      },
    }),
    t
  );
}
function Un(e, t) {
  for (let a = 1; ; ++a) {
    const r = `${e}${a}`;
    if (!t.has(r)) return r;
  }
}
function mu(e, t) {
  let a = [],
    r = new Map(),
    s = null;
  return {
    onAnchor: (o) => {
      a.push(o), s ?? (s = zn(e));
      const n = Un(t, s);
      return (s.add(n), n);
    },
    setAnchors: () => {
      for (const o of a) {
        const n = r.get(o);
        if (typeof n == 'object' && n.anchor && (D(n.node) || E(n.node))) n.node.anchor = n.anchor;
        else {
          const c = new Error('Failed to resolve repeated object (this should not happen)');
          throw ((c.source = o), c);
        }
      }
    },
    sourceObjects: r,
  };
}
function lt(e, t, a, r) {
  if (r && typeof r == 'object')
    if (Array.isArray(r))
      for (let s = 0, o = r.length; s < o; ++s) {
        const n = r[s],
          c = lt(e, r, String(s), n);
        c === void 0 ? delete r[s] : c !== n && (r[s] = c);
      }
    else if (r instanceof Map)
      for (const s of Array.from(r.keys())) {
        const o = r.get(s),
          n = lt(e, r, s, o);
        n === void 0 ? r.delete(s) : n !== o && r.set(s, n);
      }
    else if (r instanceof Set)
      for (const s of Array.from(r)) {
        const o = lt(e, r, s, s);
        o === void 0 ? r.delete(s) : o !== s && (r.delete(s), r.add(o));
      }
    else
      for (const [s, o] of Object.entries(r)) {
        const n = lt(e, r, s, o);
        n === void 0 ? delete r[s] : n !== o && (r[s] = n);
      }
  return e.call(t, a, r);
}
function W(e, t, a) {
  if (Array.isArray(e)) return e.map((r, s) => W(r, String(s), a));
  if (e && typeof e.toJSON == 'function') {
    if (!a || !Os(e)) return e.toJSON(t, a);
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
var ut = class {
  constructor(t) {
    Object.defineProperty(this, ce, { value: t });
  }
  clone() {
    const t = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    return (this.range && (t.range = this.range.slice()), t);
  }
  toJS(t, { mapAsMap: a, maxAliasCount: r, onAnchor: s, reviver: o } = {}) {
    if (!qe(t)) throw new TypeError('A document argument is required');
    const n = {
        anchors: new Map(),
        doc: t,
        keep: !0,
        mapAsMap: a === !0,
        mapKeyWarned: !1,
        maxAliasCount: typeof r == 'number' ? r : 100,
      },
      c = W(this, '', n);
    if (typeof s == 'function') for (const { count: i, res: m } of n.anchors.values()) s(m, i);
    return typeof o == 'function' ? lt(o, { '': c }, '', c) : c;
  }
};
var et = class extends ut {
  constructor(t) {
    super(Ms),
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
        ie(t, {
          Node: (o, n) => {
            (fe(n) || Os(n)) && r.push(n);
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
      if ((i || (W(s, null, a), (i = o.get(s))), i?.res === void 0)) {
        const m = 'This should not happen: Alias anchor was not resolved?';
        throw new ReferenceError(m);
      }
      if (
        c >= 0 &&
        ((i.count += 1), i.aliasCount === 0 && (i.aliasCount = Bs(n, s, o)), i.count * i.aliasCount > c)
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
      if ((Fs(this.source), t.options.verifyAliasOrder && !t.anchors.has(this.source))) {
        const o = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
        throw new Error(o);
      }
      if (t.implicitKey) return `${s} `;
    }
    return s;
  }
};
function Bs(e, t, a) {
  if (fe(t)) {
    const r = t.resolve(e),
      s = a && r && a.get(r);
    return s ? s.count * s.aliasCount : 0;
  } else if (E(t)) {
    let r = 0;
    for (const s of t.items) {
      const o = Bs(e, s, a);
      o > r && (r = o);
    }
    return r;
  } else if (w(t)) {
    const r = Bs(e, t.key, a),
      s = Bs(e, t.value, a);
    return Math.max(r, s);
  }
  return 1;
}
var zs = (e) => !e || (typeof e != 'function' && typeof e != 'object'),
  A = class extends ut {
    constructor(t) {
      super(Re), (this.value = t);
    }
    toJSON(t, a) {
      return a?.keep ? this.value : W(this.value, t, a);
    }
    toString() {
      return String(this.value);
    }
  };
A.BLOCK_FOLDED = 'BLOCK_FOLDED';
A.BLOCK_LITERAL = 'BLOCK_LITERAL';
A.PLAIN = 'PLAIN';
A.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
A.QUOTE_SINGLE = 'QUOTE_SINGLE';
var US = 'tag:yaml.org,2002:';
function HS(e, t, a) {
  if (t) {
    const r = a.filter((o) => o.tag === t),
      s = r.find((o) => !o.format) ?? r[0];
    if (!s) throw new Error(`Tag ${t} not found`);
    return s;
  }
  return a.find((r) => r.identify?.(e) && !r.format);
}
function tt(e, t, a) {
  if ((qe(e) && (e = e.contents), L(e))) return e;
  if (w(e)) {
    const l = a.schema[Ce].createNode?.(a.schema, null, a);
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
    if (((i = c.get(e)), i)) return (i.anchor ?? (i.anchor = s(e)), new et(i.anchor));
    (i = { anchor: null, node: null }), c.set(e, i);
  }
  t?.startsWith('!!') && (t = US + t.slice(2));
  let m = HS(e, t, n.tags);
  if (!m) {
    if ((e && typeof e.toJSON == 'function' && (e = e.toJSON()), !e || typeof e != 'object')) {
      const l = new A(e);
      return (i && (i.node = l), l);
    }
    m = e instanceof Map ? n[Ce] : Symbol.iterator in Object(e) ? n[Xe] : n[Ce];
  }
  o && (o(m), delete a.onTagObj);
  const u = m?.createNode
    ? m.createNode(a.schema, e, a)
    : typeof m?.nodeClass?.from == 'function'
      ? m.nodeClass.from(a.schema, e, a)
      : new A(e);
  return (t ? (u.tag = t) : m.default || (u.tag = m.tag), i && (i.node = u), u);
}
function va(e, t, a) {
  let r = a;
  for (let s = t.length - 1; s >= 0; --s) {
    const o = t[s];
    if (typeof o == 'number' && Number.isInteger(o) && o >= 0) {
      const n = [];
      (n[o] = r), (r = n);
    } else r = new Map([[o, r]]);
  }
  return tt(r, void 0, {
    aliasDuplicateObjects: !1,
    keepUndefined: !1,
    onAnchor: () => {
      throw new Error('This should not happen, please report a bug.');
    },
    schema: e,
    sourceObjects: new Map(),
  });
}
var Zt = (e) => e == null || (typeof e == 'object' && !!e[Symbol.iterator]().next().done),
  Ht = class extends ut {
    constructor(t, a) {
      super(t),
        Object.defineProperty(this, 'schema', { value: a, configurable: !0, enumerable: !1, writable: !0 });
    }
    clone(t) {
      const a = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
      return (
        t && (a.schema = t),
        (a.items = a.items.map((r) => (L(r) || w(r) ? r.clone(t) : r))),
        this.range && (a.range = this.range.slice()),
        a
      );
    }
    addIn(t, a) {
      if (Zt(t)) this.add(a);
      else {
        const [r, ...s] = t,
          o = this.get(r, !0);
        if (E(o)) o.addIn(s, a);
        else if (o === void 0 && this.schema) this.set(r, va(this.schema, s, a));
        else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${s}`);
      }
    }
    deleteIn(t) {
      const [a, ...r] = t;
      if (r.length === 0) return this.delete(a);
      const s = this.get(a, !0);
      if (E(s)) return s.deleteIn(r);
      throw new Error(`Expected YAML collection at ${a}. Remaining path: ${r}`);
    }
    getIn(t, a) {
      const [r, ...s] = t,
        o = this.get(r, !0);
      return s.length === 0 ? (!a && D(o) ? o.value : o) : E(o) ? o.getIn(s, a) : void 0;
    }
    hasAllNullValues(t) {
      return this.items.every((a) => {
        if (!w(a)) return !1;
        const r = a.value;
        return r == null || (t && D(r) && r.value == null && !r.commentBefore && !r.comment && !r.tag);
      });
    }
    hasIn(t) {
      const [a, ...r] = t;
      if (r.length === 0) return this.has(a);
      const s = this.get(a, !0);
      return E(s) ? s.hasIn(r) : !1;
    }
    setIn(t, a) {
      const [r, ...s] = t;
      if (s.length === 0) this.set(r, a);
      else {
        const o = this.get(r, !0);
        if (E(o)) o.setIn(s, a);
        else if (o === void 0 && this.schema) this.set(r, va(this.schema, s, a));
        else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${s}`);
      }
    }
  };
var lu = (e) => e.replace(/^(?!$)(?: $)?/gm, '#');
function ge(e, t) {
  return /^\n+$/.test(e) ? e.substring(1) : t ? e.replace(/^(?! *$)/gm, t) : e;
}
var ze = (e, t, a) =>
  e.endsWith(`
`)
    ? ge(a, t)
    : a.includes(`
`)
      ? `
` + ge(a, t)
      : (e.endsWith(' ') ? '' : ' ') + a;
var Hn = 'flow',
  Us = 'block',
  ga = 'quoted';
function Aa(
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
    N,
    y = !1,
    d = -1,
    x = -1,
    f = -1;
  a === Us && ((d = uu(e, d, t.length)), d !== -1 && (l = d + i));
  for (let h; (h = e[(d += 1)]); ) {
    if (a === ga && h === '\\') {
      switch (((x = d), e[d + 1])) {
        case 'x':
          d += 3;
          break;
        case 'u':
          d += 5;
          break;
        case 'U':
          d += 9;
          break;
        default:
          d += 1;
      }
      f = d;
    }
    if (
      h ===
      `
`
    )
      a === Us && (d = uu(e, d, t.length)), (l = d + t.length + i), (p = void 0);
    else {
      if (
        h === ' ' &&
        N &&
        N !== ' ' &&
        N !==
          `
` &&
        N !== '	'
      ) {
        const T = e[d + 1];
        T &&
          T !== ' ' &&
          T !==
            `
` &&
          T !== '	' &&
          (p = d);
      }
      if (d >= l)
        if (p) m.push(p), (l = p + i), (p = void 0);
        else if (a === ga) {
          for (; N === ' ' || N === '	'; ) (N = h), (h = e[(d += 1)]), (y = !0);
          const T = d > f + 1 ? d - 2 : x - 1;
          if (u[T]) return e;
          m.push(T), (u[T] = !0), (l = T + i), (p = void 0);
        } else y = !0;
    }
    N = h;
  }
  if ((y && c && c(), m.length === 0)) return e;
  n && n();
  let I = e.slice(0, m[0]);
  for (let h = 0; h < m.length; ++h) {
    const T = m[h],
      v = m[h + 1] || e.length;
    T === 0
      ? (I = `
${t}${e.slice(0, v)}`)
      : (a === ga && u[T] && (I += `${e[T]}\\`),
        (I += `
${t}${e.slice(T + 1, v)}`));
  }
  return I;
}
function uu(e, t, a) {
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
var Zs = (e, t) => ({
    indentAtStart: t ? e.indent.length : e.indentAtStart,
    lineWidth: e.options.lineWidth,
    minContentWidth: e.options.minContentWidth,
  }),
  Ks = (e) => /^(%|---|\.\.\.)/m.test(e);
function ZS(e, t, a) {
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
function ha(e, t) {
  const a = JSON.stringify(e);
  if (t.options.doubleQuotedAsJSON) return a;
  let { implicitKey: r } = t,
    s = t.options.doubleQuotedMinMultiLineLength,
    o = t.indent || (Ks(e) ? '  ' : ''),
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
  return ((n = c ? n + a.slice(c) : a), r ? n : Aa(n, o, ga, Zs(t, !1)));
}
function Zn(e, t) {
  if (
    t.options.singleQuote === !1 ||
    (t.implicitKey &&
      e.includes(`
`)) ||
    /[ \t]\n|\n[ \t]/.test(e)
  )
    return ha(e, t);
  const a = t.indent || (Ks(e) ? '  ' : ''),
    r =
      "'" +
      e.replace(/'/g, "''").replace(
        /\n+/g,
        `$&
${a}`,
      ) +
      "'";
  return t.implicitKey ? r : Aa(r, a, Hn, Zs(t, !1));
}
function Kt(e, t) {
  let { singleQuote: a } = t.options,
    r;
  if (a === !1) r = ha;
  else {
    const s = e.includes('"'),
      o = e.includes("'");
    s && !o ? (r = Zn) : o && !s ? (r = ha) : (r = a ? Zn : ha);
  }
  return r(e, t);
}
var Kn;
try {
  Kn = /(^|(?<!\n))\n+(?!\n|$)/g;
} catch {
  Kn = /\n+(?!\n|$)/g;
}
function Hs({ comment: e, type: t, value: a }, r, s, o) {
  const { blockQuote: n, commentString: c, lineWidth: i } = r.options;
  if (!n || /\n[\t ]+$/.test(a)) return Kt(a, r);
  const m = r.indent || (r.forceBlockIndent || Ks(a) ? '  ' : ''),
    u =
      n === 'literal'
        ? !0
        : n === 'folded' || t === A.BLOCK_FOLDED
          ? !1
          : t === A.BLOCK_LITERAL
            ? !0
            : !ZS(a, i, m.length);
  if (!a)
    return u
      ? `|
`
      : `>
`;
  let l, p;
  for (p = a.length; p > 0; --p) {
    const v = a[p - 1];
    if (
      v !==
        `
` &&
      v !== '	' &&
      v !== ' '
    )
      break;
  }
  let N = a.substring(p),
    y = N.indexOf(`
`);
  y === -1 ? (l = '-') : a === N || y !== N.length - 1 ? ((l = '+'), o && o()) : (l = ''),
    N &&
      ((a = a.slice(0, -N.length)),
      N[N.length - 1] ===
        `
` && (N = N.slice(0, -1)),
      (N = N.replace(Kn, `$&${m}`)));
  let d = !1,
    x,
    f = -1;
  for (x = 0; x < a.length; ++x) {
    const v = a[x];
    if (v === ' ') d = !0;
    else if (
      v ===
      `
`
    )
      f = x;
    else break;
  }
  let I = a.substring(0, f < x ? f + 1 : x);
  I && ((a = a.substring(I.length)), (I = I.replace(/\n+/g, `$&${m}`)));
  let T = (d ? (m ? '2' : '1') : '') + l;
  if ((e && ((T += ' ' + c(e.replace(/ ?[\r\n]+/g, ' '))), s && s()), !u)) {
    let v = a
        .replace(
          /\n+/g,
          `
$&`,
        )
        .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2')
        .replace(/\n+/g, `$&${m}`),
      S = !1,
      $ = Zs(r, !0);
    n !== 'folded' &&
      t !== A.BLOCK_FOLDED &&
      ($.onOverflow = () => {
        S = !0;
      });
    const g = Aa(`${I}${v}${N}`, m, Us, $);
    if (!S)
      return `>${T}
${m}${g}`;
  }
  return (
    (a = a.replace(/\n+/g, `$&${m}`)),
    `|${T}
${m}${I}${a}${N}`
  );
}
function KS(e, t, a, r) {
  const { type: s, value: o } = e,
    { actualString: n, implicitKey: c, indent: i, indentStep: m, inFlow: u } = t;
  if (
    (c &&
      o.includes(`
`)) ||
    (u && /[[\]{},]/.test(o))
  )
    return Kt(o, t);
  if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(o))
    return c ||
      u ||
      !o.includes(`
`)
      ? Kt(o, t)
      : Hs(e, t, a, r);
  if (
    !c &&
    !u &&
    s !== A.PLAIN &&
    o.includes(`
`)
  )
    return Hs(e, t, a, r);
  if (Ks(o)) {
    if (i === '') return ((t.forceBlockIndent = !0), Hs(e, t, a, r));
    if (c && i === m) return Kt(o, t);
  }
  const l = o.replace(
    /\n+/g,
    `$&
${i}`,
  );
  if (n) {
    const p = (d) => d.default && d.tag !== 'tag:yaml.org,2002:str' && d.test?.test(l),
      { compat: N, tags: y } = t.doc.schema;
    if (y.some(p) || N?.some(p)) return Kt(o, t);
  }
  return c ? l : Aa(l, i, Hn, Zs(t, !1));
}
function bt(e, t, a, r) {
  let { implicitKey: s, inFlow: o } = t,
    n = typeof e.value == 'string' ? e : Object.assign({}, e, { value: String(e.value) }),
    { type: c } = e;
  c !== A.QUOTE_DOUBLE &&
    /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(n.value) &&
    (c = A.QUOTE_DOUBLE);
  let i = (u) => {
      switch (u) {
        case A.BLOCK_FOLDED:
        case A.BLOCK_LITERAL:
          return s || o ? Kt(n.value, t) : Hs(n, t, a, r);
        case A.QUOTE_DOUBLE:
          return ha(n.value, t);
        case A.QUOTE_SINGLE:
          return Zn(n.value, t);
        case A.PLAIN:
          return KS(n, t, a, r);
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
function js(e, t) {
  let a = Object.assign(
      {
        blockQuote: !0,
        commentString: lu,
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
function jS(e, t) {
  if (t.tag) {
    const s = e.filter((o) => o.tag === t.tag);
    if (s.length > 0) return s.find((o) => o.format === t.format) ?? s[0];
  }
  let a, r;
  if (D(t)) {
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
function WS(e, t, { anchors: a, doc: r }) {
  if (!r.directives) return '';
  const s = [],
    o = (D(e) || E(e)) && e.anchor;
  o && Fs(o) && (a.add(o), s.push(`&${o}`));
  const n = e.tag ?? (t.default ? null : t.tag);
  return (n && s.push(r.directives.tagString(n)), s.join(' '));
}
function at(e, t, a, r) {
  if (w(e)) return e.toString(t, a, r);
  if (fe(e)) {
    if (t.doc.directives) return e.toString(t);
    if (t.resolvedAliases?.has(e))
      throw new TypeError('Cannot stringify circular structure without alias nodes');
    t.resolvedAliases ? t.resolvedAliases.add(e) : (t.resolvedAliases = new Set([e])), (e = e.resolve(t.doc));
  }
  let s,
    o = L(e) ? e : t.doc.createNode(e, { onTagObj: (i) => (s = i) });
  s ?? (s = jS(t.doc.schema.tags, o));
  const n = WS(o, s, t);
  n.length > 0 && (t.indentAtStart = (t.indentAtStart ?? 0) + n.length + 1);
  const c =
    typeof s.stringify == 'function' ? s.stringify(o, t, a, r) : D(o) ? bt(o, t, a, r) : o.toString(t, a, r);
  return n
    ? D(o) || c[0] === '{' || c[0] === '['
      ? `${n} ${c}`
      : `${n}
${t.indent}${c}`
    : c;
}
function pu({ key: e, value: t }, a, r, s) {
  let {
      allNullValues: o,
      doc: n,
      indent: c,
      indentStep: i,
      options: { commentString: m, indentSeq: u, simpleKeys: l },
    } = a,
    p = (L(e) && e.comment) || null;
  if (l) {
    if (p) throw new Error('With simple keys, key nodes cannot have comments');
    if (E(e) || (!L(e) && typeof e == 'object')) {
      const $ = 'With simple keys, collection cannot be used as a key value';
      throw new Error($);
    }
  }
  let N =
    !l &&
    (!e ||
      (p && t == null && !a.inFlow) ||
      E(e) ||
      (D(e) ? e.type === A.BLOCK_FOLDED || e.type === A.BLOCK_LITERAL : typeof e == 'object'));
  a = Object.assign({}, a, { allNullValues: !1, implicitKey: !N && (l || !o), indent: c + i });
  let y = !1,
    d = !1,
    x = at(
      e,
      a,
      () => (y = !0),
      () => (d = !0),
    );
  if (!N && !a.inFlow && x.length > 1024) {
    if (l) throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
    N = !0;
  }
  if (a.inFlow) {
    if (o || t == null) return (y && r && r(), x === '' ? '?' : N ? `? ${x}` : x);
  } else if ((o && !l) || (t == null && N))
    return ((x = `? ${x}`), p && !y ? (x += ze(x, a.indent, m(p))) : d && s && s(), x);
  y && (p = null),
    N
      ? (p && (x += ze(x, a.indent, m(p))),
        (x = `? ${x}
${c}:`))
      : ((x = `${x}:`), p && (x += ze(x, a.indent, m(p))));
  let f, I, h;
  L(t)
    ? ((f = !!t.spaceBefore), (I = t.commentBefore), (h = t.comment))
    : ((f = !1), (I = null), (h = null), t && typeof t == 'object' && (t = n.createNode(t))),
    (a.implicitKey = !1),
    !N && !p && D(t) && (a.indentAtStart = x.length + 1),
    (d = !1),
    !u &&
      i.length >= 2 &&
      !a.inFlow &&
      !N &&
      De(t) &&
      !t.flow &&
      !t.tag &&
      !t.anchor &&
      (a.indent = a.indent.substring(2));
  let T = !1,
    v = at(
      t,
      a,
      () => (T = !0),
      () => (d = !0),
    ),
    S = ' ';
  if (p || f || I) {
    if (
      ((S = f
        ? `
`
        : ''),
      I)
    ) {
      const $ = m(I);
      S += `
${ge($, a.indent)}`;
    }
    v === '' && !a.inFlow
      ? S ===
          `
` &&
        h &&
        (S = `

`)
      : (S += `
${a.indent}`);
  } else if (!N && E(t)) {
    const $ = v[0],
      g = v.indexOf(`
`),
      F = g !== -1,
      ve = a.inFlow ?? t.flow ?? t.items.length === 0;
    if (F || !ve) {
      let je = !1;
      if (F && ($ === '&' || $ === '!')) {
        let U = v.indexOf(' ');
        $ === '&' && U !== -1 && U < g && v[U + 1] === '!' && (U = v.indexOf(' ', U + 1)),
          (U === -1 || g < U) && (je = !0);
      }
      je ||
        (S = `
${a.indent}`);
    }
  } else
    (v === '' ||
      v[0] ===
        `
`) &&
      (S = '');
  return ((x += S + v), a.inFlow ? T && r && r() : h && !T ? (x += ze(x, a.indent, m(h))) : d && s && s(), x);
}
function jn(e, t) {
  (e === 'debug' || e === 'warn') &&
    (typeof process.emitWarning == 'function' ? process.emitWarning(t) : console.warn(t));
}
var Ws = '<<',
  Pe = {
    identify: (e) => e === Ws || (typeof e == 'symbol' && e.description === Ws),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new A(Symbol(Ws)), { addToJSMap: Jn }),
    stringify: () => Ws,
  },
  Nu = (e, t) =>
    (Pe.identify(t) || (D(t) && (!t.type || t.type === A.PLAIN) && Pe.identify(t.value))) &&
    e?.doc.schema.tags.some((a) => a.tag === Pe.tag && a.default);
function Jn(e, t, a) {
  const r = du(e, a);
  if (De(r)) for (const s of r.items) Wn(e, t, s);
  else if (Array.isArray(r)) for (const s of r) Wn(e, t, s);
  else Wn(e, t, r);
}
function Wn(e, t, a) {
  const r = du(e, a);
  if (!Ie(r)) throw new Error('Merge sources must be maps or map aliases');
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
function du(e, t) {
  return e && fe(t) ? t.resolve(e.doc, e) : t;
}
function Js(e, t, { key: a, value: r }) {
  if (L(a) && a.addToJSMap) a.addToJSMap(e, t, r);
  else if (Nu(e, a)) Jn(e, t, r);
  else {
    const s = W(a, '', e);
    if (t instanceof Map) t.set(s, W(r, s, e));
    else if (t instanceof Set) t.add(s);
    else {
      const o = JS(a, s, e),
        n = W(r, o, e);
      o in t
        ? Object.defineProperty(t, o, { value: n, writable: !0, enumerable: !0, configurable: !0 })
        : (t[o] = n);
    }
  }
  return t;
}
function JS(e, t, a) {
  if (t === null) return '';
  if (typeof t != 'object') return String(t);
  if (L(e) && a?.doc) {
    const r = js(a.doc, {});
    r.anchors = new Set();
    for (const o of a.anchors.keys()) r.anchors.add(o.anchor);
    (r.inFlow = !0), (r.inStringifyKey = !0);
    const s = e.toString(r);
    if (!a.mapKeyWarned) {
      let o = JSON.stringify(s);
      o.length > 40 && (o = o.substring(0, 36) + '..."'),
        jn(
          a.doc.options.logLevel,
          `Keys with collection values will be stringified due to JS Object restrictions: ${o}. Set mapAsMap: true to use object keys.`,
        ),
        (a.mapKeyWarned = !0);
    }
    return s;
  }
  return JSON.stringify(t);
}
function jt(e, t, a) {
  const r = tt(e, void 0, a),
    s = tt(t, void 0, a);
  return new B(r, s);
}
var B = class e {
  constructor(t, a = null) {
    Object.defineProperty(this, ce, { value: Bn }), (this.key = t), (this.value = a);
  }
  clone(t) {
    let { key: a, value: r } = this;
    return (L(a) && (a = a.clone(t)), L(r) && (r = r.clone(t)), new e(a, r));
  }
  toJSON(t, a) {
    const r = a?.mapAsMap ? new Map() : {};
    return Js(a, r, this);
  }
  toString(t, a, r) {
    return t?.doc ? pu(this, t, a, r) : JSON.stringify(this);
  }
};
function Xs(e, t, a) {
  return ((t.inFlow ?? e.flow) ? XS : YS)(e, t, a);
}
function YS(
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
  for (let y = 0; y < t.length; ++y) {
    let d = t[y],
      x = null;
    if (L(d)) !l && d.spaceBefore && p.push(''), Ys(a, p, d.commentBefore, l), d.comment && (x = d.comment);
    else if (w(d)) {
      const I = L(d.key) ? d.key : null;
      I && (!l && I.spaceBefore && p.push(''), Ys(a, p, I.commentBefore, l));
    }
    l = !1;
    let f = at(
      d,
      u,
      () => (x = null),
      () => (l = !0),
    );
    x && (f += ze(f, o, m(x))), l && x && (l = !1), p.push(r + f);
  }
  let N;
  if (p.length === 0) N = s.start + s.end;
  else {
    N = p[0];
    for (let y = 1; y < p.length; ++y) {
      const d = p[y];
      N += d
        ? `
${i}${d}`
        : `
`;
    }
  }
  return (
    e
      ? ((N +=
          `
` + ge(m(e), i)),
        c && c())
      : l && n && n(),
    N
  );
}
function XS({ items: e }, t, { flowChars: a, itemIndent: r }) {
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
  for (let y = 0; y < e.length; ++y) {
    let d = e[y],
      x = null;
    if (L(d)) d.spaceBefore && l.push(''), Ys(t, l, d.commentBefore, !1), d.comment && (x = d.comment);
    else if (w(d)) {
      const I = L(d.key) ? d.key : null;
      I && (I.spaceBefore && l.push(''), Ys(t, l, I.commentBefore, !1), I.comment && (m = !0));
      const h = L(d.value) ? d.value : null;
      h
        ? (h.comment && (x = h.comment), h.commentBefore && (m = !0))
        : d.value == null && I?.comment && (x = I.comment);
    }
    x && (m = !0);
    let f = at(d, i, () => (x = null));
    m ||
      (m =
        l.length > u ||
        f.includes(`
`)),
      y < e.length - 1
        ? (f += ',')
        : t.options.trailingComma &&
          (t.options.lineWidth > 0 &&
            (m || (m = l.reduce((I, h) => I + h.length + 2, 2) + (f.length + 2) > t.options.lineWidth)),
          m && (f += ',')),
      x && (f += ze(f, r, c(x))),
      l.push(f),
      (u = l.length);
  }
  const { start: p, end: N } = a;
  if (l.length === 0) return p + N;
  if (!m) {
    const y = l.reduce((d, x) => d + x.length + 2, 2);
    m = t.options.lineWidth > 0 && y > t.options.lineWidth;
  }
  if (m) {
    let y = p;
    for (const d of l)
      y += d
        ? `
${o}${s}${d}`
        : `
`;
    return `${y}
${s}${N}`;
  } else return `${p}${n}${l.join(' ')}${n}${N}`;
}
function Ys({ indent: e, options: { commentString: t } }, a, r, s) {
  if ((r && s && (r = r.replace(/^\n+/, '')), r)) {
    const o = ge(t(r), e);
    a.push(o.trimStart());
  }
}
function pt(e, t) {
  const a = D(t) ? t.value : t;
  for (const r of e) if (w(r) && (r.key === t || r.key === a || (D(r.key) && r.key.value === a))) return r;
}
var H = class extends Ht {
  static get tagName() {
    return 'tag:yaml.org,2002:map';
  }
  constructor(t) {
    super(Ce, t), (this.items = []);
  }
  static from(t, a, r) {
    const { keepUndefined: s, replacer: o } = r,
      n = new this(t),
      c = (i, m) => {
        if (typeof o == 'function') m = o.call(a, i, m);
        else if (Array.isArray(o) && !o.includes(i)) return;
        (m !== void 0 || s) && n.items.push(jt(i, m, r));
      };
    if (a instanceof Map) for (const [i, m] of a) c(i, m);
    else if (a && typeof a == 'object') for (const i of Object.keys(a)) c(i, a[i]);
    return (typeof t.sortMapEntries == 'function' && n.items.sort(t.sortMapEntries), n);
  }
  add(t, a) {
    let r;
    w(t)
      ? (r = t)
      : !t || typeof t != 'object' || !('key' in t)
        ? (r = new B(t, t?.value))
        : (r = new B(t.key, t.value));
    const s = pt(this.items, r.key),
      o = this.schema?.sortMapEntries;
    if (s) {
      if (!a) throw new Error(`Key ${r.key} already set`);
      D(s.value) && zs(r.value) ? (s.value.value = r.value) : (s.value = r.value);
    } else if (o) {
      const n = this.items.findIndex((c) => o(r, c) < 0);
      n === -1 ? this.items.push(r) : this.items.splice(n, 0, r);
    } else this.items.push(r);
  }
  delete(t) {
    const a = pt(this.items, t);
    return a ? this.items.splice(this.items.indexOf(a), 1).length > 0 : !1;
  }
  get(t, a) {
    const s = pt(this.items, t)?.value;
    return (!a && D(s) ? s.value : s) ?? void 0;
  }
  has(t) {
    return !!pt(this.items, t);
  }
  set(t, a) {
    this.add(new B(t, a), !0);
  }
  toJSON(t, a, r) {
    const s = r ? new r() : a?.mapAsMap ? new Map() : {};
    a?.onCreate && a.onCreate(s);
    for (const o of this.items) Js(a, s, o);
    return s;
  }
  toString(t, a, r) {
    if (!t) return JSON.stringify(this);
    for (const s of this.items)
      if (!w(s)) throw new Error(`Map items must all be pairs; found ${JSON.stringify(s)} instead`);
    return (
      !t.allNullValues && this.hasAllNullValues(!1) && (t = Object.assign({}, t, { allNullValues: !0 })),
      Xs(this, t, {
        blockItemPrefix: '',
        flowChars: { start: '{', end: '}' },
        itemIndent: t.indent || '',
        onChompKeep: r,
        onComment: a,
      })
    );
  }
};
var be = {
  collection: 'map',
  default: !0,
  nodeClass: H,
  tag: 'tag:yaml.org,2002:map',
  resolve(e, t) {
    return (Ie(e) || t('Expected a mapping for this tag'), e);
  },
  createNode: (e, t, a) => H.from(e, t, a),
};
var oe = class extends Ht {
  static get tagName() {
    return 'tag:yaml.org,2002:seq';
  }
  constructor(t) {
    super(Xe, t), (this.items = []);
  }
  add(t) {
    this.items.push(t);
  }
  delete(t) {
    const a = eo(t);
    return typeof a != 'number' ? !1 : this.items.splice(a, 1).length > 0;
  }
  get(t, a) {
    const r = eo(t);
    if (typeof r != 'number') return;
    const s = this.items[r];
    return !a && D(s) ? s.value : s;
  }
  has(t) {
    const a = eo(t);
    return typeof a == 'number' && a < this.items.length;
  }
  set(t, a) {
    const r = eo(t);
    if (typeof r != 'number') throw new Error(`Expected a valid index, not ${t}.`);
    const s = this.items[r];
    D(s) && zs(a) ? (s.value = a) : (this.items[r] = a);
  }
  toJSON(t, a) {
    const r = [];
    a?.onCreate && a.onCreate(r);
    let s = 0;
    for (const o of this.items) r.push(W(o, String(s++), a));
    return r;
  }
  toString(t, a, r) {
    return t
      ? Xs(this, t, {
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
        o.items.push(tt(c, void 0, r));
      }
    }
    return o;
  }
};
function eo(e) {
  let t = D(e) ? e.value : e;
  return (
    t && typeof t == 'string' && (t = Number(t)),
    typeof t == 'number' && Number.isInteger(t) && t >= 0 ? t : null
  );
}
var Qe = {
  collection: 'seq',
  default: !0,
  nodeClass: oe,
  tag: 'tag:yaml.org,2002:seq',
  resolve(e, t) {
    return (De(e) || t('Expected a sequence for this tag'), e);
  },
  createNode: (e, t, a) => oe.from(e, t, a),
};
var Nt = {
  identify: (e) => typeof e == 'string',
  default: !0,
  tag: 'tag:yaml.org,2002:str',
  resolve: (e) => e,
  stringify(e, t, a, r) {
    return ((t = Object.assign({ actualString: !0 }, t)), bt(e, t, a, r));
  },
};
var Qt = {
  identify: (e) => e == null,
  createNode: () => new A(null),
  default: !0,
  tag: 'tag:yaml.org,2002:null',
  test: /^(?:~|[Nn]ull|NULL)?$/,
  resolve: () => new A(null),
  stringify: ({ source: e }, t) => (typeof e == 'string' && Qt.test.test(e) ? e : t.options.nullStr),
};
var Ta = {
  identify: (e) => typeof e == 'boolean',
  default: !0,
  tag: 'tag:yaml.org,2002:bool',
  test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  resolve: (e) => new A(e[0] === 't' || e[0] === 'T'),
  stringify({ source: e, value: t }, a) {
    if (e && Ta.test.test(e)) {
      const r = e[0] === 't' || e[0] === 'T';
      if (t === r) return e;
    }
    return t ? a.options.trueStr : a.options.falseStr;
  },
};
function ne({ format: e, minFractionDigits: t, tag: a, value: r }) {
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
var to = {
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
    stringify: ne,
  },
  ao = {
    identify: (e) => typeof e == 'number',
    default: !0,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: (e) => parseFloat(e),
    stringify(e) {
      const t = Number(e.value);
      return isFinite(t) ? t.toExponential() : ne(e);
    },
  },
  ro = {
    identify: (e) => typeof e == 'number',
    default: !0,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(e) {
      const t = new A(parseFloat(e)),
        a = e.indexOf('.');
      return (a !== -1 && e[e.length - 1] === '0' && (t.minFractionDigits = e.length - a - 1), t);
    },
    stringify: ne,
  };
var so = (e) => typeof e == 'bigint' || Number.isInteger(e),
  Yn = (e, t, a, { intAsBigInt: r }) => (r ? BigInt(e) : parseInt(e.substring(t), a));
function yu(e, t, a) {
  const { value: r } = e;
  return so(r) && r >= 0 ? a + r.toString(t) : ne(e);
}
var oo = {
    identify: (e) => so(e) && e >= 0,
    default: !0,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (e, t, a) => Yn(e, 2, 8, a),
    stringify: (e) => yu(e, 8, '0o'),
  },
  no = {
    identify: so,
    default: !0,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (e, t, a) => Yn(e, 0, 10, a),
    stringify: ne,
  },
  co = {
    identify: (e) => so(e) && e >= 0,
    default: !0,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (e, t, a) => Yn(e, 2, 16, a),
    stringify: (e) => yu(e, 16, '0x'),
  };
var xu = [be, Qe, Nt, Qt, Ta, oo, no, co, to, ao, ro];
function Ru(e) {
  return typeof e == 'bigint' || Number.isInteger(e);
}
var io = ({ value: e }) => JSON.stringify(e),
  e_ = [
    {
      identify: (e) => typeof e == 'string',
      default: !0,
      tag: 'tag:yaml.org,2002:str',
      resolve: (e) => e,
      stringify: io,
    },
    {
      identify: (e) => e == null,
      createNode: () => new A(null),
      default: !0,
      tag: 'tag:yaml.org,2002:null',
      test: /^null$/,
      resolve: () => null,
      stringify: io,
    },
    {
      identify: (e) => typeof e == 'boolean',
      default: !0,
      tag: 'tag:yaml.org,2002:bool',
      test: /^true$|^false$/,
      resolve: (e) => e === 'true',
      stringify: io,
    },
    {
      identify: Ru,
      default: !0,
      tag: 'tag:yaml.org,2002:int',
      test: /^-?(?:0|[1-9][0-9]*)$/,
      resolve: (e, t, { intAsBigInt: a }) => (a ? BigInt(e) : parseInt(e, 10)),
      stringify: ({ value: e }) => (Ru(e) ? e.toString() : JSON.stringify(e)),
    },
    {
      identify: (e) => typeof e == 'number',
      default: !0,
      tag: 'tag:yaml.org,2002:float',
      test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
      resolve: (e) => parseFloat(e),
      stringify: io,
    },
  ],
  t_ = {
    default: !0,
    tag: '',
    test: /^/,
    resolve(e, t) {
      return (t(`Unresolved plain scalar ${JSON.stringify(e)}`), e);
    },
  },
  fu = [be, Qe].concat(e_, t_);
var Ca = {
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
    if ((t ?? (t = A.BLOCK_LITERAL), t !== A.QUOTE_DOUBLE)) {
      const i = Math.max(r.options.lineWidth - r.indent.length, r.options.minContentWidth),
        m = Math.ceil(c.length / i),
        u = new Array(m);
      for (let l = 0, p = 0; l < m; ++l, p += i) u[l] = c.substr(p, i);
      c = u.join(
        t === A.BLOCK_LITERAL
          ? `
`
          : ' ',
      );
    }
    return bt({ comment: e, type: t, value: c }, r, s, o);
  },
};
function Xn(e, t) {
  if (De(e))
    for (let a = 0; a < e.items.length; ++a) {
      let r = e.items[a];
      if (!w(r)) {
        if (Ie(r)) {
          r.items.length > 1 && t('Each pair must have its own sequence indicator');
          const s = r.items[0] || new B(new A(null));
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
        e.items[a] = w(r) ? r : new B(r);
      }
    }
  else t('Expected a sequence for this tag');
  return e;
}
function ec(e, t, a) {
  const { replacer: r } = a,
    s = new oe(e);
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
      s.items.push(jt(c, i, a));
    }
  return s;
}
var Da = { collection: 'seq', default: !1, tag: 'tag:yaml.org,2002:pairs', resolve: Xn, createNode: ec };
var Wt = class e extends oe {
  constructor() {
    super(),
      (this.add = H.prototype.add.bind(this)),
      (this.delete = H.prototype.delete.bind(this)),
      (this.get = H.prototype.get.bind(this)),
      (this.has = H.prototype.has.bind(this)),
      (this.set = H.prototype.set.bind(this)),
      (this.tag = e.tag);
  }
  toJSON(t, a) {
    if (!a) return super.toJSON(t);
    const r = new Map();
    a?.onCreate && a.onCreate(r);
    for (const s of this.items) {
      let o, n;
      if ((w(s) ? ((o = W(s.key, '', a)), (n = W(s.value, o, a))) : (o = W(s, '', a)), r.has(o)))
        throw new Error('Ordered maps must not include duplicate keys');
      r.set(o, n);
    }
    return r;
  }
  static from(t, a, r) {
    const s = ec(t, a, r),
      o = new this();
    return ((o.items = s.items), o);
  }
};
Wt.tag = 'tag:yaml.org,2002:omap';
var Pa = {
  collection: 'seq',
  identify: (e) => e instanceof Map,
  nodeClass: Wt,
  default: !1,
  tag: 'tag:yaml.org,2002:omap',
  resolve(e, t) {
    const a = Xn(e, t),
      r = [];
    for (const { key: s } of a.items)
      D(s) &&
        (r.includes(s.value)
          ? t(`Ordered maps must not include duplicate keys: ${s.value}`)
          : r.push(s.value));
    return Object.assign(new Wt(), a);
  },
  createNode: (e, t, a) => Wt.from(e, t, a),
};
function Iu({ value: e, source: t }, a) {
  return t && (e ? tc : ac).test.test(t) ? t : e ? a.options.trueStr : a.options.falseStr;
}
var tc = {
    identify: (e) => e === !0,
    default: !0,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new A(!0),
    stringify: Iu,
  },
  ac = {
    identify: (e) => e === !1,
    default: !0,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new A(!1),
    stringify: Iu,
  };
var Su = {
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
    stringify: ne,
  },
  _u = {
    identify: (e) => typeof e == 'number',
    default: !0,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (e) => parseFloat(e.replace(/_/g, '')),
    stringify(e) {
      const t = Number(e.value);
      return isFinite(t) ? t.toExponential() : ne(e);
    },
  },
  vu = {
    identify: (e) => typeof e == 'number',
    default: !0,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(e) {
      const t = new A(parseFloat(e.replace(/_/g, ''))),
        a = e.indexOf('.');
      if (a !== -1) {
        const r = e.substring(a + 1).replace(/_/g, '');
        r[r.length - 1] === '0' && (t.minFractionDigits = r.length);
      }
      return t;
    },
    stringify: ne,
  };
var ba = (e) => typeof e == 'bigint' || Number.isInteger(e);
function mo(e, t, a, { intAsBigInt: r }) {
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
function rc(e, t, a) {
  const { value: r } = e;
  if (ba(r)) {
    const s = r.toString(t);
    return r < 0 ? '-' + a + s.substr(1) : a + s;
  }
  return ne(e);
}
var gu = {
    identify: ba,
    default: !0,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (e, t, a) => mo(e, 2, 2, a),
    stringify: (e) => rc(e, 2, '0b'),
  },
  Au = {
    identify: ba,
    default: !0,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (e, t, a) => mo(e, 1, 8, a),
    stringify: (e) => rc(e, 8, '0'),
  },
  hu = {
    identify: ba,
    default: !0,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (e, t, a) => mo(e, 0, 10, a),
    stringify: ne,
  },
  Tu = {
    identify: ba,
    default: !0,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (e, t, a) => mo(e, 2, 16, a),
    stringify: (e) => rc(e, 16, '0x'),
  };
var Jt = class e extends H {
  constructor(t) {
    super(t), (this.tag = e.tag);
  }
  add(t) {
    let a;
    w(t)
      ? (a = t)
      : t && typeof t == 'object' && 'key' in t && 'value' in t && t.value === null
        ? (a = new B(t.key, null))
        : (a = new B(t, null)),
      pt(this.items, a.key) || this.items.push(a);
  }
  get(t, a) {
    const r = pt(this.items, t);
    return !a && w(r) ? (D(r.key) ? r.key.value : r.key) : r;
  }
  set(t, a) {
    if (typeof a != 'boolean')
      throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof a}`);
    const r = pt(this.items, t);
    r && !a ? this.items.splice(this.items.indexOf(r), 1) : !r && a && this.items.push(new B(t));
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
      for (let n of a) typeof s == 'function' && (n = s.call(a, n, n)), o.items.push(jt(n, null, r));
    return o;
  }
};
Jt.tag = 'tag:yaml.org,2002:set';
var Qa = {
  collection: 'map',
  identify: (e) => e instanceof Set,
  nodeClass: Jt,
  default: !1,
  tag: 'tag:yaml.org,2002:set',
  createNode: (e, t, a) => Jt.from(e, t, a),
  resolve(e, t) {
    if (Ie(e)) {
      if (e.hasAllNullValues(!0)) return Object.assign(new Jt(), e);
      t('Set items must all have null values');
    } else t('Expected a mapping for this tag');
    return e;
  },
};
function sc(e, t) {
  const a = e[0],
    r = a === '-' || a === '+' ? e.substring(1) : e,
    s = (n) => (t ? BigInt(n) : Number(n)),
    o = r
      .replace(/_/g, '')
      .split(':')
      .reduce((n, c) => n * s(60) + s(c), s(0));
  return a === '-' ? s(-1) * o : o;
}
function Cu(e) {
  let { value: t } = e,
    a = (n) => n;
  if (typeof t == 'bigint') a = (n) => BigInt(n);
  else if (isNaN(t) || !isFinite(t)) return ne(e);
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
var lo = {
    identify: (e) => typeof e == 'bigint' || Number.isInteger(e),
    default: !0,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (e, t, { intAsBigInt: a }) => sc(e, a),
    stringify: Cu,
  },
  uo = {
    identify: (e) => typeof e == 'number',
    default: !0,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: (e) => sc(e, !1),
    stringify: Cu,
  },
  Yt = {
    identify: (e) => e instanceof Date,
    default: !0,
    tag: 'tag:yaml.org,2002:timestamp',
    test: /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\.[0-9]+)?)(?:[ \t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$/,
    resolve(e) {
      const t = e.match(Yt.test);
      if (!t) throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
      let [, a, r, s, o, n, c] = t.map(Number),
        i = t[7] ? Number((t[7] + '00').substr(1, 3)) : 0,
        m = Date.UTC(a, r - 1, s, o || 0, n || 0, c || 0, i),
        u = t[8];
      if (u && u !== 'Z') {
        let l = sc(u, !1);
        Math.abs(l) < 30 && (l *= 60), (m -= 6e4 * l);
      }
      return new Date(m);
    },
    stringify: ({ value: e }) => e?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? '',
  };
var oc = [be, Qe, Nt, Qt, tc, ac, gu, Au, hu, Tu, Su, _u, vu, Ca, Pe, Pa, Da, Qa, lo, uo, Yt];
var Du = new Map([
    ['core', xu],
    ['failsafe', [be, Qe, Nt]],
    ['json', fu],
    ['yaml11', oc],
    ['yaml-1.1', oc],
  ]),
  Pu = {
    binary: Ca,
    bool: Ta,
    float: ro,
    floatExp: ao,
    floatNaN: to,
    floatTime: uo,
    int: no,
    intHex: co,
    intOct: oo,
    intTime: lo,
    map: be,
    merge: Pe,
    null: Qt,
    omap: Pa,
    pairs: Da,
    seq: Qe,
    set: Qa,
    timestamp: Yt,
  },
  bu = {
    'tag:yaml.org,2002:binary': Ca,
    'tag:yaml.org,2002:merge': Pe,
    'tag:yaml.org,2002:omap': Pa,
    'tag:yaml.org,2002:pairs': Da,
    'tag:yaml.org,2002:set': Qa,
    'tag:yaml.org,2002:timestamp': Yt,
  };
function po(e, t, a) {
  const r = Du.get(t);
  if (r && !e) return a && !r.includes(Pe) ? r.concat(Pe) : r.slice();
  let s = r;
  if (!s)
    if (Array.isArray(e)) s = [];
    else {
      const o = Array.from(Du.keys())
        .filter((n) => n !== 'yaml11')
        .map((n) => JSON.stringify(n))
        .join(', ');
      throw new Error(`Unknown schema "${t}"; use one of ${o} or define customTags array`);
    }
  if (Array.isArray(e)) for (const o of e) s = s.concat(o);
  else typeof e == 'function' && (s = e(s.slice()));
  return (
    a && (s = s.concat(Pe)),
    s.reduce((o, n) => {
      const c = typeof n == 'string' ? Pu[n] : n;
      if (!c) {
        const i = JSON.stringify(n),
          m = Object.keys(Pu)
            .map((u) => JSON.stringify(u))
            .join(', ');
        throw new Error(`Unknown custom tag ${i}; use one of ${m}`);
      }
      return (o.includes(c) || o.push(c), o);
    }, [])
  );
}
var a_ = (e, t) => (e.key < t.key ? -1 : e.key > t.key ? 1 : 0),
  wa = class e {
    constructor({
      compat: t,
      customTags: a,
      merge: r,
      resolveKnownTags: s,
      schema: o,
      sortMapEntries: n,
      toStringDefaults: c,
    }) {
      (this.compat = Array.isArray(t) ? po(t, 'compat') : t ? po(null, t) : null),
        (this.name = (typeof o == 'string' && o) || 'core'),
        (this.knownTags = s ? bu : {}),
        (this.tags = po(a, this.name, r)),
        (this.toStringOptions = c ?? null),
        Object.defineProperty(this, Ce, { value: be }),
        Object.defineProperty(this, Re, { value: Nt }),
        Object.defineProperty(this, Xe, { value: Qe }),
        (this.sortMapEntries = typeof n == 'function' ? n : n === !0 ? a_ : null);
    }
    clone() {
      const t = Object.create(e.prototype, Object.getOwnPropertyDescriptors(this));
      return ((t.tags = this.tags.slice()), t);
    }
  };
function Qu(e, t) {
  let a = [],
    r = t.directives === !0;
  if (t.directives !== !1 && e.directives) {
    const i = e.directives.toString(e);
    i ? (a.push(i), (r = !0)) : e.directives.docStart && (r = !0);
  }
  r && a.push('---');
  const s = js(e, t),
    { commentString: o } = s.options;
  if (e.commentBefore) {
    a.length !== 1 && a.unshift('');
    const i = o(e.commentBefore);
    a.unshift(ge(i, ''));
  }
  let n = !1,
    c = null;
  if (e.contents) {
    if (L(e.contents)) {
      if ((e.contents.spaceBefore && r && a.push(''), e.contents.commentBefore)) {
        const u = o(e.contents.commentBefore);
        a.push(ge(u, ''));
      }
      (s.forceBlockIndent = !!e.comment), (c = e.contents.comment);
    }
    let i = c ? void 0 : () => (n = !0),
      m = at(e.contents, s, () => (c = null), i);
    c && (m += ze(m, '', o(c))),
      (m[0] === '|' || m[0] === '>') && a[a.length - 1] === '---'
        ? (a[a.length - 1] = `--- ${m}`)
        : a.push(m);
  } else a.push(at(e.contents, s));
  if (e.directives?.docEnd)
    if (e.comment) {
      const i = o(e.comment);
      i.includes(`
`)
        ? (a.push('...'), a.push(ge(i, '')))
        : a.push(`... ${i}`);
    } else a.push('...');
  else {
    let i = e.comment;
    i && n && (i = i.replace(/^\n+/, '')),
      i && ((!n || c) && a[a.length - 1] !== '' && a.push(''), a.push(ge(o(i), '')));
  }
  return (
    a.join(`
`) +
    `
`
  );
}
var dt = class e {
  constructor(t, a, r) {
    (this.commentBefore = null),
      (this.comment = null),
      (this.errors = []),
      (this.warnings = []),
      Object.defineProperty(this, ce, { value: Vs });
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
      : (this.directives = new Be({ version: n })),
      this.setSchema(n, r),
      (this.contents = t === void 0 ? null : this.createNode(t, s, r));
  }
  clone() {
    const t = Object.create(e.prototype, { [ce]: { value: Vs } });
    return (
      (t.commentBefore = this.commentBefore),
      (t.comment = this.comment),
      (t.errors = this.errors.slice()),
      (t.warnings = this.warnings.slice()),
      (t.options = Object.assign({}, this.options)),
      this.directives && (t.directives = this.directives.clone()),
      (t.schema = this.schema.clone()),
      (t.contents = L(this.contents) ? this.contents.clone(t.schema) : this.contents),
      this.range && (t.range = this.range.slice()),
      t
    );
  }
  add(t) {
    Xt(this.contents) && this.contents.add(t);
  }
  addIn(t, a) {
    Xt(this.contents) && this.contents.addIn(t, a);
  }
  createAlias(t, a) {
    if (!t.anchor) {
      const r = zn(this);
      t.anchor = !a || r.has(a) ? Un(a || 'a', r) : a;
    }
    return new et(t.anchor);
  }
  createNode(t, a, r) {
    let s;
    if (typeof a == 'function') (t = a.call({ '': t }, '', t)), (s = a);
    else if (Array.isArray(a)) {
      const x = (I) => typeof I == 'number' || I instanceof String || I instanceof Number,
        f = a.filter(x).map(String);
      f.length > 0 && (a = a.concat(f)), (s = a);
    } else r === void 0 && a && ((r = a), (a = void 0));
    const {
        aliasDuplicateObjects: o,
        anchorPrefix: n,
        flow: c,
        keepUndefined: i,
        onTagObj: m,
        tag: u,
      } = r ?? {},
      { onAnchor: l, setAnchors: p, sourceObjects: N } = mu(this, n || 'a'),
      y = {
        aliasDuplicateObjects: o ?? !0,
        keepUndefined: i ?? !1,
        onAnchor: l,
        onTagObj: m,
        replacer: s,
        schema: this.schema,
        sourceObjects: N,
      },
      d = tt(t, u, y);
    return (c && E(d) && (d.flow = !0), p(), d);
  }
  createPair(t, a, r = {}) {
    const s = this.createNode(t, null, r),
      o = this.createNode(a, null, r);
    return new B(s, o);
  }
  delete(t) {
    return Xt(this.contents) ? this.contents.delete(t) : !1;
  }
  deleteIn(t) {
    return Zt(t)
      ? this.contents == null
        ? !1
        : ((this.contents = null), !0)
      : Xt(this.contents)
        ? this.contents.deleteIn(t)
        : !1;
  }
  get(t, a) {
    return E(this.contents) ? this.contents.get(t, a) : void 0;
  }
  getIn(t, a) {
    return Zt(t)
      ? !a && D(this.contents)
        ? this.contents.value
        : this.contents
      : E(this.contents)
        ? this.contents.getIn(t, a)
        : void 0;
  }
  has(t) {
    return E(this.contents) ? this.contents.has(t) : !1;
  }
  hasIn(t) {
    return Zt(t) ? this.contents !== void 0 : E(this.contents) ? this.contents.hasIn(t) : !1;
  }
  set(t, a) {
    this.contents == null
      ? (this.contents = va(this.schema, [t], a))
      : Xt(this.contents) && this.contents.set(t, a);
  }
  setIn(t, a) {
    Zt(t)
      ? (this.contents = a)
      : this.contents == null
        ? (this.contents = va(this.schema, Array.from(t), a))
        : Xt(this.contents) && this.contents.setIn(t, a);
  }
  setSchema(t, a = {}) {
    typeof t == 'number' && (t = String(t));
    let r;
    switch (t) {
      case '1.1':
        this.directives
          ? (this.directives.yaml.version = '1.1')
          : (this.directives = new Be({ version: '1.1' })),
          (r = { resolveKnownTags: !1, schema: 'yaml-1.1' });
        break;
      case '1.2':
      case 'next':
        this.directives ? (this.directives.yaml.version = t) : (this.directives = new Be({ version: t })),
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
    else if (r) this.schema = new wa(Object.assign(r, a));
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
      i = W(this.contents, a ?? '', c);
    if (typeof o == 'function') for (const { count: m, res: u } of c.anchors.values()) o(u, m);
    return typeof n == 'function' ? lt(n, { '': i }, '', i) : i;
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
    return Qu(this, t);
  }
};
function Xt(e) {
  if (E(e)) return !0;
  throw new Error('Expected a YAML collection as document contents');
}
var $a = class extends Error {
    constructor(t, a, r, s) {
      super(), (this.name = t), (this.code = r), (this.message = s), (this.pos = a);
    }
  },
  we = class extends $a {
    constructor(t, a, r) {
      super('YAMLParseError', t, a, r);
    }
  },
  La = class extends $a {
    constructor(t, a, r) {
      super('YAMLWarning', t, a, r);
    }
  },
  nc = (e, t) => (a) => {
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
function Ue(
  e,
  { flow: t, indicator: a, next: r, offset: s, onError: o, parentIndent: n, startOnNewline: c },
) {
  let i = !1,
    m = c,
    u = c,
    l = '',
    p = '',
    N = !1,
    y = !1,
    d = null,
    x = null,
    f = null,
    I = null,
    h = null,
    T = null,
    v = null;
  for (const g of e)
    switch (
      (y &&
        (g.type !== 'space' &&
          g.type !== 'newline' &&
          g.type !== 'comma' &&
          o(
            g.offset,
            'MISSING_CHAR',
            'Tags and anchors must be separated from the next token by white space',
          ),
        (y = !1)),
      d &&
        (m &&
          g.type !== 'comment' &&
          g.type !== 'newline' &&
          o(d, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation'),
        (d = null)),
      g.type)
    ) {
      case 'space':
        !t && (a !== 'doc-start' || r?.type !== 'flow-collection') && g.source.includes('	') && (d = g),
          (u = !0);
        break;
      case 'comment': {
        u || o(g, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
        const F = g.source.substring(1) || ' ';
        l ? (l += p + F) : (l = F), (p = ''), (m = !1);
        break;
      }
      case 'newline':
        m ? (l ? (l += g.source) : (!T || a !== 'seq-item-ind') && (i = !0)) : (p += g.source),
          (m = !0),
          (N = !0),
          (x || f) && (I = g),
          (u = !0);
        break;
      case 'anchor':
        x && o(g, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor'),
          g.source.endsWith(':') &&
            o(g.offset + g.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', !0),
          (x = g),
          v ?? (v = g.offset),
          (m = !1),
          (u = !1),
          (y = !0);
        break;
      case 'tag': {
        f && o(g, 'MULTIPLE_TAGS', 'A node can have at most one tag'),
          (f = g),
          v ?? (v = g.offset),
          (m = !1),
          (u = !1),
          (y = !0);
        break;
      }
      case a:
        (x || f) && o(g, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${g.source} indicator`),
          T && o(g, 'UNEXPECTED_TOKEN', `Unexpected ${g.source} in ${t ?? 'collection'}`),
          (T = g),
          (m = a === 'seq-item-ind' || a === 'explicit-key-ind'),
          (u = !1);
        break;
      case 'comma':
        if (t) {
          h && o(g, 'UNEXPECTED_TOKEN', `Unexpected , in ${t}`), (h = g), (m = !1), (u = !1);
          break;
        }
      default:
        o(g, 'UNEXPECTED_TOKEN', `Unexpected ${g.type} token`), (m = !1), (u = !1);
    }
  const S = e[e.length - 1],
    $ = S ? S.offset + S.source.length : s;
  return (
    y &&
      r &&
      r.type !== 'space' &&
      r.type !== 'newline' &&
      r.type !== 'comma' &&
      (r.type !== 'scalar' || r.source !== '') &&
      o(r.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space'),
    d &&
      ((m && d.indent <= n) || r?.type === 'block-map' || r?.type === 'block-seq') &&
      o(d, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation'),
    {
      comma: h,
      found: T,
      spaceBefore: i,
      comment: l,
      hasNewline: N,
      anchor: x,
      tag: f,
      newlineAfterProp: I,
      end: $,
      start: v ?? $,
    }
  );
}
function yt(e) {
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
        if (yt(t.key) || yt(t.value)) return !0;
      }
      return !1;
    default:
      return !0;
  }
}
function Ea(e, t, a) {
  if (t?.type === 'flow-collection') {
    const r = t.end[0];
    r.indent === e &&
      (r.source === ']' || r.source === '}') &&
      yt(t) &&
      a(r, 'BAD_INDENT', 'Flow end indicator should be more indented than parent', !0);
  }
}
function No(e, t, a) {
  const { uniqueKeys: r } = e.options;
  if (r === !1) return !1;
  const s = typeof r == 'function' ? r : (o, n) => o === n || (D(o) && D(n) && o.value === n.value);
  return t.some((o) => s(o.key, a));
}
var wu = 'All mapping items must start at the same column';
function $u({ composeNode: e, composeEmptyNode: t }, a, r, s, o) {
  const n = o?.nodeClass ?? H,
    c = new n(a.schema);
  a.atRoot && (a.atRoot = !1);
  let i = r.offset,
    m = null;
  for (const u of r.items) {
    const { start: l, key: p, sep: N, value: y } = u,
      d = Ue(l, {
        indicator: 'explicit-key-ind',
        next: p ?? N?.[0],
        offset: i,
        onError: s,
        parentIndent: r.indent,
        startOnNewline: !0,
      }),
      x = !d.found;
    if (x) {
      if (
        (p &&
          (p.type === 'block-seq'
            ? s(i, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key')
            : 'indent' in p && p.indent !== r.indent && s(i, 'BAD_INDENT', wu)),
        !d.anchor && !d.tag && !N)
      ) {
        (m = d.end),
          d.comment &&
            (c.comment
              ? (c.comment +=
                  `
` + d.comment)
              : (c.comment = d.comment));
        continue;
      }
      (d.newlineAfterProp || yt(p)) &&
        s(p ?? l[l.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
    } else d.found?.indent !== r.indent && s(i, 'BAD_INDENT', wu);
    a.atKey = !0;
    const f = d.end,
      I = p ? e(a, p, d, s) : t(a, f, l, null, d, s);
    a.schema.compat && Ea(r.indent, p, s),
      (a.atKey = !1),
      No(a, c.items, I) && s(f, 'DUPLICATE_KEY', 'Map keys must be unique');
    const h = Ue(N ?? [], {
      indicator: 'map-value-ind',
      next: y,
      offset: I.range[2],
      onError: s,
      parentIndent: r.indent,
      startOnNewline: !p || p.type === 'block-scalar',
    });
    if (((i = h.end), h.found)) {
      x &&
        (y?.type === 'block-map' &&
          !h.hasNewline &&
          s(i, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings'),
        a.options.strict &&
          d.start < h.found.offset - 1024 &&
          s(
            I.range,
            'KEY_OVER_1024_CHARS',
            'The : indicator must be at most 1024 chars after the start of an implicit block mapping key',
          ));
      const T = y ? e(a, y, h, s) : t(a, i, N, null, h, s);
      a.schema.compat && Ea(r.indent, y, s), (i = T.range[2]);
      const v = new B(I, T);
      a.options.keepSourceTokens && (v.srcToken = u), c.items.push(v);
    } else {
      x && s(I.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values'),
        h.comment &&
          (I.comment
            ? (I.comment +=
                `
` + h.comment)
            : (I.comment = h.comment));
      const T = new B(I);
      a.options.keepSourceTokens && (T.srcToken = u), c.items.push(T);
    }
  }
  return (
    m && m < i && s(m, 'IMPOSSIBLE', 'Map comment with trailing content'),
    (c.range = [r.offset, i, m ?? i]),
    c
  );
}
function Lu({ composeNode: e, composeEmptyNode: t }, a, r, s, o) {
  const n = o?.nodeClass ?? oe,
    c = new n(a.schema);
  a.atRoot && (a.atRoot = !1), a.atKey && (a.atKey = !1);
  let i = r.offset,
    m = null;
  for (const { start: u, value: l } of r.items) {
    const p = Ue(u, {
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
    const N = l ? e(a, l, p, s) : t(a, p.end, u, null, p, s);
    a.schema.compat && Ea(r.indent, l, s), (i = N.range[2]), c.items.push(N);
  }
  return ((c.range = [r.offset, i, m ?? i]), c);
}
function He(e, t, a, r) {
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
var cc = 'Block collections are not allowed within flow collections',
  ic = (e) => e && (e.type === 'block-map' || e.type === 'block-seq');
function Eu({ composeNode: e, composeEmptyNode: t }, a, r, s, o) {
  const n = r.start.source === '{',
    c = n ? 'flow map' : 'flow sequence',
    i = o?.nodeClass ?? (n ? H : oe),
    m = new i(a.schema);
  m.flow = !0;
  const u = a.atRoot;
  u && (a.atRoot = !1), a.atKey && (a.atKey = !1);
  let l = r.offset + r.start.source.length;
  for (let x = 0; x < r.items.length; ++x) {
    const f = r.items[x],
      { start: I, key: h, sep: T, value: v } = f,
      S = Ue(I, {
        flow: c,
        indicator: 'explicit-key-ind',
        next: h ?? T?.[0],
        offset: l,
        onError: s,
        parentIndent: r.indent,
        startOnNewline: !1,
      });
    if (!S.found) {
      if (!S.anchor && !S.tag && !T && !v) {
        x === 0 && S.comma
          ? s(S.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${c}`)
          : x < r.items.length - 1 && s(S.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${c}`),
          S.comment &&
            (m.comment
              ? (m.comment +=
                  `
` + S.comment)
              : (m.comment = S.comment)),
          (l = S.end);
        continue;
      }
      !n &&
        a.options.strict &&
        yt(h) &&
        s(h, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
    }
    if (x === 0) S.comma && s(S.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${c}`);
    else if ((S.comma || s(S.start, 'MISSING_CHAR', `Missing , between ${c} items`), S.comment)) {
      let $ = '';
      e: for (const g of I)
        switch (g.type) {
          case 'comma':
          case 'space':
            break;
          case 'comment':
            $ = g.source.substring(1);
            break e;
          default:
            break e;
        }
      if ($) {
        let g = m.items[m.items.length - 1];
        w(g) && (g = g.value ?? g.key),
          g.comment
            ? (g.comment +=
                `
` + $)
            : (g.comment = $),
          (S.comment = S.comment.substring($.length + 1));
      }
    }
    if (!n && !T && !S.found) {
      const $ = v ? e(a, v, S, s) : t(a, S.end, T, null, S, s);
      m.items.push($), (l = $.range[2]), ic(v) && s($.range, 'BLOCK_IN_FLOW', cc);
    } else {
      a.atKey = !0;
      const $ = S.end,
        g = h ? e(a, h, S, s) : t(a, $, I, null, S, s);
      ic(h) && s(g.range, 'BLOCK_IN_FLOW', cc), (a.atKey = !1);
      const F = Ue(T ?? [], {
        flow: c,
        indicator: 'map-value-ind',
        next: v,
        offset: g.range[2],
        onError: s,
        parentIndent: r.indent,
        startOnNewline: !1,
      });
      if (F.found) {
        if (!n && !S.found && a.options.strict) {
          if (T)
            for (const U of T) {
              if (U === F.found) break;
              if (U.type === 'newline') {
                s(
                  U,
                  'MULTILINE_IMPLICIT_KEY',
                  'Implicit keys of flow sequence pairs need to be on a single line',
                );
                break;
              }
            }
          S.start < F.found.offset - 1024 &&
            s(
              F.found,
              'KEY_OVER_1024_CHARS',
              'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key',
            );
        }
      } else
        v &&
          ('source' in v && v.source?.[0] === ':'
            ? s(v, 'MISSING_CHAR', `Missing space after : in ${c}`)
            : s(F.start, 'MISSING_CHAR', `Missing , or : between ${c} items`));
      const ve = v ? e(a, v, F, s) : F.found ? t(a, F.end, T, null, F, s) : null;
      ve
        ? ic(v) && s(ve.range, 'BLOCK_IN_FLOW', cc)
        : F.comment &&
          (g.comment
            ? (g.comment +=
                `
` + F.comment)
            : (g.comment = F.comment));
      const je = new B(g, ve);
      if ((a.options.keepSourceTokens && (je.srcToken = f), n)) {
        const U = m;
        No(a, U.items, g) && s($, 'DUPLICATE_KEY', 'Map keys must be unique'), U.items.push(je);
      } else {
        const U = new H(a.schema);
        (U.flow = !0), U.items.push(je);
        const cr = (ve ?? g).range;
        (U.range = [g.range[0], cr[1], cr[2]]), m.items.push(U);
      }
      l = ve ? ve.range[2] : F.end;
    }
  }
  let p = n ? '}' : ']',
    [N, ...y] = r.end,
    d = l;
  if (N?.source === p) d = N.offset + N.source.length;
  else {
    const x = c[0].toUpperCase() + c.substring(1),
      f = u
        ? `${x} must end with a ${p}`
        : `${x} in block collection must be sufficiently indented and end with a ${p}`;
    s(l, u ? 'MISSING_CHAR' : 'BAD_INDENT', f), N && N.source.length !== 1 && y.unshift(N);
  }
  if (y.length > 0) {
    const x = He(y, d, a.options.strict, s);
    x.comment &&
      (m.comment
        ? (m.comment +=
            `
` + x.comment)
        : (m.comment = x.comment)),
      (m.range = [r.offset, d, x.offset]);
  } else m.range = [r.offset, d, d];
  return m;
}
function mc(e, t, a, r, s, o) {
  const n =
      a.type === 'block-map'
        ? $u(e, t, a, r, o)
        : a.type === 'block-seq'
          ? Lu(e, t, a, r, o)
          : Eu(e, t, a, r, o),
    c = n.constructor;
  return s === '!' || s === c.tagName ? ((n.tag = c.tagName), n) : (s && (n.tag = s), n);
}
function Gu(e, t, a, r, s) {
  const o = r.tag,
    n = o ? t.directives.tagName(o.source, (p) => s(o, 'TAG_RESOLVE_FAILED', p)) : null;
  if (a.type === 'block-seq') {
    const { anchor: p, newlineAfterProp: N } = r,
      y = p && o ? (p.offset > o.offset ? p : o) : (p ?? o);
    y && (!N || N.offset < y.offset) && s(y, 'MISSING_CHAR', 'Missing newline after block sequence props');
  }
  const c =
    a.type === 'block-map' ? 'map' : a.type === 'block-seq' ? 'seq' : a.start.source === '{' ? 'map' : 'seq';
  if (!o || !n || n === '!' || (n === H.tagName && c === 'map') || (n === oe.tagName && c === 'seq'))
    return mc(e, t, a, s, n);
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
        mc(e, t, a, s, n)
      );
  }
  const m = mc(e, t, a, s, n, i),
    u = i.resolve?.(m, (p) => s(o, 'TAG_RESOLVE_FAILED', p), t.options) ?? m,
    l = L(u) ? u : new A(u);
  return ((l.range = m.range), (l.tag = n), i?.format && (l.format = i.format), l);
}
function lc(e, t, a) {
  const r = t.offset,
    s = r_(t, e.options.strict, a);
  if (!s) return { value: '', type: null, comment: '', range: [r, r, r] };
  let o = s.mode === '>' ? A.BLOCK_FOLDED : A.BLOCK_LITERAL,
    n = t.source ? s_(t.source) : [],
    c = n.length;
  for (let d = n.length - 1; d >= 0; --d) {
    const x = n[d][1];
    if (x === '' || x === '\r') c = d;
    else break;
  }
  if (c === 0) {
    let d =
        s.chomp === '+' && n.length > 0
          ? `
`.repeat(Math.max(1, n.length - 1))
          : '',
      x = r + s.length;
    return (t.source && (x += t.source.length), { value: d, type: o, comment: s.comment, range: [r, x, x] });
  }
  let i = t.indent + s.indent,
    m = t.offset + s.length,
    u = 0;
  for (let d = 0; d < c; ++d) {
    const [x, f] = n[d];
    if (f === '' || f === '\r') s.indent === 0 && x.length > i && (i = x.length);
    else {
      x.length < i &&
        a(
          m + x.length,
          'MISSING_CHAR',
          'Block scalars with more-indented leading empty lines must use an explicit indentation indicator',
        ),
        s.indent === 0 && (i = x.length),
        (u = d),
        i === 0 && !e.atRoot && a(m, 'BAD_INDENT', 'Block scalar values in collections must be indented');
      break;
    }
    m += x.length + f.length + 1;
  }
  for (let d = n.length - 1; d >= c; --d) n[d][0].length > i && (c = d + 1);
  let l = '',
    p = '',
    N = !1;
  for (let d = 0; d < u; ++d)
    l +=
      n[d][0].slice(i) +
      `
`;
  for (let d = u; d < c; ++d) {
    let [x, f] = n[d];
    m += x.length + f.length + 1;
    const I = f[f.length - 1] === '\r';
    if ((I && (f = f.slice(0, -1)), f && x.length < i)) {
      const T = `Block scalar lines must not be less indented than their ${s.indent ? 'explicit indentation indicator' : 'first line'}`;
      a(m - f.length - (I ? 2 : 1), 'BAD_INDENT', T), (x = '');
    }
    o === A.BLOCK_LITERAL
      ? ((l += p + x.slice(i) + f),
        (p = `
`))
      : x.length > i || f[0] === '	'
        ? (p === ' '
            ? (p = `
`)
            : !N &&
              p ===
                `
` &&
              (p = `

`),
          (l += p + x.slice(i) + f),
          (p = `
`),
          (N = !0))
        : f === ''
          ? p ===
            `
`
            ? (l += `
`)
            : (p = `
`)
          : ((l += p + f), (p = ' '), (N = !1));
  }
  switch (s.chomp) {
    case '-':
      break;
    case '+':
      for (let d = c; d < n.length; ++d)
        l +=
          `
` + n[d][0].slice(i);
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
  const y = r + s.length + t.source.length;
  return { value: l, type: o, comment: s.comment, range: [r, y, y] };
}
function r_({ offset: e, props: t }, a, r) {
  if (t[0].type !== 'block-scalar-header')
    return (r(t[0], 'IMPOSSIBLE', 'Block scalar header not found'), null);
  let { source: s } = t[0],
    o = s[0],
    n = 0,
    c = '',
    i = -1;
  for (let p = 1; p < s.length; ++p) {
    const N = s[p];
    if (!c && (N === '-' || N === '+')) c = N;
    else {
      const y = Number(N);
      !n && y ? (n = y) : i === -1 && (i = e + p);
    }
  }
  i !== -1 && r(i, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${s}`);
  let m = !1,
    u = '',
    l = s.length;
  for (let p = 1; p < t.length; ++p) {
    const N = t[p];
    switch (N.type) {
      case 'space':
        m = !0;
      case 'newline':
        l += N.source.length;
        break;
      case 'comment':
        a &&
          !m &&
          r(N, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters'),
          (l += N.source.length),
          (u = N.source.substring(1));
        break;
      case 'error':
        r(N, 'UNEXPECTED_TOKEN', N.message), (l += N.source.length);
        break;
      default: {
        const y = `Unexpected token in block scalar header: ${N.type}`;
        r(N, 'UNEXPECTED_TOKEN', y);
        const d = N.source;
        d && typeof d == 'string' && (l += d.length);
      }
    }
  }
  return { mode: o, indent: n, chomp: c, comment: u, length: l };
}
function s_(e) {
  const t = e.split(/\n( *)/),
    a = t[0],
    r = a.match(/^( *)/),
    o = [r?.[1] ? [r[1], a.slice(r[1].length)] : ['', a]];
  for (let n = 1; n < t.length; n += 2) o.push([t[n], t[n + 1]]);
  return o;
}
function uc(e, t, a) {
  let { offset: r, type: s, source: o, end: n } = e,
    c,
    i,
    m = (p, N, y) => a(r + p, N, y);
  switch (s) {
    case 'scalar':
      (c = A.PLAIN), (i = o_(o, m));
      break;
    case 'single-quoted-scalar':
      (c = A.QUOTE_SINGLE), (i = n_(o, m));
      break;
    case 'double-quoted-scalar':
      (c = A.QUOTE_DOUBLE), (i = c_(o, m));
      break;
    default:
      return (
        a(e, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${s}`),
        { value: '', type: null, comment: '', range: [r, r + o.length, r + o.length] }
      );
  }
  const u = r + o.length,
    l = He(n, u, t, a);
  return { value: i, type: c, comment: l.comment, range: [r, u, l.offset] };
}
function o_(e, t) {
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
  return (a && t(0, 'BAD_SCALAR_START', `Plain value cannot start with ${a}`), ku(e));
}
function n_(e, t) {
  return (
    (e[e.length - 1] !== "'" || e.length === 1) && t(e.length, 'MISSING_CHAR', "Missing closing 'quote"),
    ku(e.slice(1, -1)).replace(/''/g, "'")
  );
}
function ku(e) {
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
function c_(e, t) {
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
        const { fold: o, offset: n } = i_(e, r);
        (a += o), (r = n);
      } else if (s === '\\') {
        let o = e[++r],
          n = m_[o];
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
          (a += l_(e, r + 1, c, t)), (r += c);
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
function i_(e, t) {
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
var m_ = {
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
function l_(e, t, a, r) {
  const s = e.substr(t, a),
    n = s.length === a && /^[0-9a-fA-F]+$/.test(s) ? parseInt(s, 16) : NaN;
  try {
    return String.fromCodePoint(n);
  } catch {
    const c = e.substr(t - 2, a + 2);
    return (r(t - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${c}`), c);
  }
}
function pc(e, t, a, r) {
  let {
      value: s,
      type: o,
      comment: n,
      range: c,
    } = t.type === 'block-scalar' ? lc(e, t, r) : uc(t, e.options.strict, r),
    i = a ? e.directives.tagName(a.source, (l) => r(a, 'TAG_RESOLVE_FAILED', l)) : null,
    m;
  e.options.stringKeys && e.atKey
    ? (m = e.schema[Re])
    : i
      ? (m = u_(e.schema, s, i, a, r))
      : t.type === 'scalar'
        ? (m = p_(e, s, t, r))
        : (m = e.schema[Re]);
  let u;
  try {
    const l = m.resolve(s, (p) => r(a ?? t, 'TAG_RESOLVE_FAILED', p), e.options);
    u = D(l) ? l : new A(l);
  } catch (l) {
    const p = l instanceof Error ? l.message : String(l);
    r(a ?? t, 'TAG_RESOLVE_FAILED', p), (u = new A(s));
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
function u_(e, t, a, r, s) {
  if (a === '!') return e[Re];
  const o = [];
  for (const c of e.tags)
    if (!c.collection && c.tag === a)
      if (c.default && c.test) o.push(c);
      else return c;
  for (const c of o) if (c.test?.test(t)) return c;
  const n = e.knownTags[a];
  return n && !n.collection
    ? (e.tags.push(Object.assign({}, n, { default: !1, test: void 0 })), n)
    : (s(r, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${a}`, a !== 'tag:yaml.org,2002:str'), e[Re]);
}
function p_({ atKey: e, directives: t, schema: a }, r, s, o) {
  const n = a.tags.find((c) => (c.default === !0 || (e && c.default === 'key')) && c.test?.test(r)) || a[Re];
  if (a.compat) {
    const c = a.compat.find((i) => i.default && i.test?.test(r)) ?? a[Re];
    if (n.tag !== c.tag) {
      const i = t.tagString(n.tag),
        m = t.tagString(c.tag),
        u = `Value may be parsed as either ${i} or ${m}`;
      o(s, 'TAG_RESOLVE_FAILED', u, !0);
    }
  }
  return n;
}
function Mu(e, t, a) {
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
var N_ = { composeNode: Nc, composeEmptyNode: yo };
function Nc(e, t, a, r) {
  let s = e.atKey,
    { spaceBefore: o, comment: n, anchor: c, tag: i } = a,
    m,
    u = !0;
  switch (t.type) {
    case 'alias':
      (m = d_(e, t, r)), (c || i) && r(t, 'ALIAS_PROPS', 'An alias node must not specify any properties');
      break;
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'block-scalar':
      (m = pc(e, t, i, r)), c && (m.anchor = c.source.substring(1));
      break;
    case 'block-map':
    case 'block-seq':
    case 'flow-collection':
      try {
        (m = Gu(N_, e, t, a, r)), c && (m.anchor = c.source.substring(1));
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
    m ?? (m = yo(e, t.offset, void 0, null, a, r)),
    c && m.anchor === '' && r(c, 'BAD_ALIAS', 'Anchor cannot be an empty string'),
    s &&
      e.options.stringKeys &&
      (!D(m) || typeof m.value != 'string' || (m.tag && m.tag !== 'tag:yaml.org,2002:str')) &&
      r(i ?? t, 'NON_STRING_KEY', 'With stringKeys, all keys must be strings'),
    o && (m.spaceBefore = !0),
    n && (t.type === 'scalar' && t.source === '' ? (m.comment = n) : (m.commentBefore = n)),
    e.options.keepSourceTokens && u && (m.srcToken = t),
    m
  );
}
function yo(e, t, a, r, { spaceBefore: s, comment: o, anchor: n, tag: c, end: i }, m) {
  const u = { type: 'scalar', offset: Mu(t, a, r), indent: -1, source: '' },
    l = pc(e, u, c, m);
  return (
    n &&
      ((l.anchor = n.source.substring(1)),
      l.anchor === '' && m(n, 'BAD_ALIAS', 'Anchor cannot be an empty string')),
    s && (l.spaceBefore = !0),
    o && ((l.comment = o), (l.range[2] = i)),
    l
  );
}
function d_({ options: e }, { offset: t, source: a, end: r }, s) {
  const o = new et(a.substring(1));
  o.source === '' && s(t, 'BAD_ALIAS', 'Alias cannot be an empty string'),
    o.source.endsWith(':') && s(t + a.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', !0);
  const n = t + a.length,
    c = He(r, n, e.strict, s);
  return ((o.range = [t, n, c.offset]), c.comment && (o.comment = c.comment), o);
}
function Vu(e, t, { offset: a, start: r, value: s, end: o }, n) {
  const c = Object.assign({ _directives: t }, e),
    i = new dt(void 0, c),
    m = { atKey: !1, atRoot: !0, directives: i.directives, options: i.options, schema: i.schema },
    u = Ue(r, {
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
    (i.contents = s ? Nc(m, s, u, n) : yo(m, u.end, r, null, u, n));
  const l = i.contents.range[2],
    p = He(o, l, !1, n);
  return (p.comment && (i.comment = p.comment), (i.range = [a, l, p.offset]), i);
}
function Ga(e) {
  if (typeof e == 'number') return [e, e + 1];
  if (Array.isArray(e)) return e.length === 2 ? e : [e[0], e[1]];
  const { offset: t, source: a } = e;
  return [t, t + (typeof a == 'string' ? a.length : 1)];
}
function Ou(e) {
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
var ka = class {
  constructor(t = {}) {
    (this.doc = null),
      (this.atDirectives = !1),
      (this.prelude = []),
      (this.errors = []),
      (this.warnings = []),
      (this.onError = (a, r, s, o) => {
        const n = Ga(a);
        o ? this.warnings.push(new La(n, r, s)) : this.errors.push(new we(n, r, s));
      }),
      (this.directives = new Be({ version: t.version || '1.2' })),
      (this.options = t);
  }
  decorate(t, a) {
    const { comment: r, afterEmptyLine: s } = Ou(this.prelude);
    if (r) {
      const o = t.contents;
      if (a)
        t.comment = t.comment
          ? `${t.comment}
${r}`
          : r;
      else if (s || t.directives.docStart || !o) t.commentBefore = r;
      else if (E(o) && !o.flow && o.items.length > 0) {
        let n = o.items[0];
        w(n) && (n = n.key);
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
      comment: Ou(this.prelude).comment,
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
          const o = Ga(t);
          (o[0] += a), this.onError(o, 'BAD_DIRECTIVE', r, s);
        }),
          this.prelude.push(t.source),
          (this.atDirectives = !0);
        break;
      case 'document': {
        const a = Vu(this.options, this.directives, t, this.onError);
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
          r = new we(Ga(t), 'UNEXPECTED_TOKEN', a);
        this.atDirectives || !this.doc ? this.errors.push(r) : this.doc.errors.push(r);
        break;
      }
      case 'doc-end': {
        if (!this.doc) {
          const r = 'Unexpected doc-end without preceding document';
          this.errors.push(new we(Ga(t), 'UNEXPECTED_TOKEN', r));
          break;
        }
        this.doc.directives.docEnd = !0;
        const a = He(t.end, t.offset + t.source.length, this.doc.options.strict, this.onError);
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
        this.errors.push(new we(Ga(t), 'UNEXPECTED_TOKEN', `Unsupported token ${t.type}`));
    }
  }
  *end(t = !1, a = -1) {
    if (this.doc) this.decorate(this.doc, !0), yield this.doc, (this.doc = null);
    else if (t) {
      const r = Object.assign({ _directives: this.directives }, this.options),
        s = new dt(void 0, r);
      this.atDirectives && this.onError(a, 'MISSING_CHAR', 'Missing directives-end indicator line'),
        (s.range = [0, a, a]),
        this.decorate(s, !1),
        yield s;
    }
  }
};
var dc = Symbol('break visit'),
  y_ = Symbol('skip children'),
  qu = Symbol('remove item');
function wt(e, t) {
  'type' in e && e.type === 'document' && (e = { start: e.start, value: e.value }),
    Fu(Object.freeze([]), e, t);
}
wt.BREAK = dc;
wt.SKIP = y_;
wt.REMOVE = qu;
wt.itemAtPath = (e, t) => {
  let a = e;
  for (const [r, s] of t) {
    const o = a?.[r];
    if (o && 'items' in o) a = o.items[s];
    else return;
  }
  return a;
};
wt.parentCollection = (e, t) => {
  const a = wt.itemAtPath(e, t.slice(0, -1)),
    r = t[t.length - 1][0],
    s = a?.[r];
  if (s && 'items' in s) return s;
  throw new Error('Parent collection not found');
};
function Fu(e, t, a) {
  let r = a(t, e);
  if (typeof r == 'symbol') return r;
  for (const s of ['key', 'value']) {
    const o = t[s];
    if (o && 'items' in o) {
      for (let n = 0; n < o.items.length; ++n) {
        const c = Fu(Object.freeze(e.concat([[s, n]])), o.items[n], a);
        if (typeof c == 'number') n = c - 1;
        else {
          if (c === dc) return dc;
          c === qu && (o.items.splice(n, 1), (n -= 1));
        }
      }
      typeof r == 'function' && s === 'key' && (r = r(t, e));
    }
  }
  return typeof r == 'function' ? r(t, e) : r;
}
var xo = '\uFEFF',
  Ro = '',
  fo = '',
  Ma = '';
function Bu(e) {
  switch (e) {
    case xo:
      return '<BOM>';
    case Ro:
      return '<DOC>';
    case fo:
      return '<FLOW_END>';
    case Ma:
      return '<SCALAR>';
    default:
      return JSON.stringify(e);
  }
}
function zu(e) {
  switch (e) {
    case xo:
      return 'byte-order-mark';
    case Ro:
      return 'doc-mode';
    case fo:
      return 'flow-error-end';
    case Ma:
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
function $e(e) {
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
var Uu = new Set('0123456789ABCDEFabcdef'),
  R_ = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"),
  Io = new Set(',[]{}'),
  f_ = new Set(` ,[]{}
\r	`),
  yc = (e) => !e || f_.has(e),
  Va = class {
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
        if ((r === '---' || r === '...') && $e(this.buffer[t + 3])) return -1;
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
      if ((t[0] === xo && (yield* this.pushCount(1), (t = t.substring(1))), t[0] === '%')) {
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
      return (yield Ro, yield* this.parseLineStart());
    }
    *parseLineStart() {
      const t = this.charAt(0);
      if (!t && !this.atEnd) return this.setNext('line-start');
      if (t === '-' || t === '.') {
        if (!this.atEnd && !this.hasChars(4)) return this.setNext('line-start');
        const a = this.peek(3);
        if ((a === '---' || a === '...') && $e(this.charAt(3)))
          return (
            yield* this.pushCount(3),
            (this.indentValue = 0),
            (this.indentNext = 0),
            a === '---' ? 'doc' : 'stream'
          );
      }
      return (
        (this.indentValue = yield* this.pushSpaces(!1)),
        this.indentNext > this.indentValue && !$e(this.charAt(1)) && (this.indentNext = this.indentValue),
        yield* this.parseBlockStart()
      );
    }
    *parseBlockStart() {
      const [t, a] = this.peek(2);
      if (!a && !this.atEnd) return this.setNext('block-start');
      if ((t === '-' || t === '?' || t === ':') && $e(a)) {
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
          return (yield* this.pushUntil(yc), 'doc');
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
          (r === 0 && (s.startsWith('---') || s.startsWith('...')) && $e(s[3]))) &&
        !(r === this.indentNext - 1 && this.flowLevel === 1 && (s[0] === ']' || s[0] === '}'))
      )
        return ((this.flowLevel = 0), yield fo, yield* this.parseLineStart());
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
          return (yield* this.pushUntil(yc), 'flow');
        case '"':
        case "'":
          return ((this.flowKey = !0), yield* this.parseQuotedScalar());
        case ':': {
          const n = this.charAt(1);
          if (this.flowKey || $e(n) || n === ',')
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
      return yield* this.pushUntil((a) => $e(a) || a === '#');
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
      return (yield Ma, yield* this.pushToIndex(t + 1, !0), yield* this.parseLineStart());
    }
    *parsePlainScalar() {
      let t = this.flowLevel > 0,
        a = this.pos - 1,
        r = this.pos - 1,
        s;
      for (; (s = this.buffer[++r]); )
        if (s === ':') {
          const o = this.buffer[r + 1];
          if ($e(o) || (t && Io.has(o))) break;
          a = r;
        } else if ($e(s)) {
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
            o === '#' || (t && Io.has(o)))
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
          if (t && Io.has(s)) break;
          a = r;
        }
      return !s && !this.atEnd
        ? this.setNext('plain-scalar')
        : (yield Ma, yield* this.pushToIndex(a + 1, !0), t ? 'flow' : 'doc');
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
            (t += yield* this.pushUntil(yc)), (t += yield* this.pushSpaces(!0));
            continue e;
          case '-':
          case '?':
          case ':': {
            const a = this.flowLevel > 0,
              r = this.charAt(1);
            if ($e(r) || (a && Io.has(r))) {
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
        for (; !$e(a) && a !== '>'; ) a = this.buffer[++t];
        return yield* this.pushToIndex(a === '>' ? t + 1 : t, !1);
      } else {
        let t = this.pos + 1,
          a = this.buffer[t];
        for (; a; )
          if (R_.has(a)) a = this.buffer[++t];
          else if (a === '%' && Uu.has(this.buffer[t + 1]) && Uu.has(this.buffer[t + 2]))
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
var $t = class {
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
function xt(e, t) {
  for (let a = 0; a < e.length; ++a) if (e[a].type === t) return !0;
  return !1;
}
function Hu(e) {
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
function Ku(e) {
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
function So(e) {
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
function ea(e) {
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
function _o(e, t) {
  if (t.length < 1e5) Array.prototype.push.apply(e, t);
  else for (let a = 0; a < t.length; ++a) e.push(t[a]);
}
function Zu(e) {
  if (e.start.type === 'flow-seq-start')
    for (const t of e.items)
      t.sep &&
        !t.value &&
        !xt(t.start, 'explicit-key-ind') &&
        !xt(t.sep, 'map-value-ind') &&
        (t.key && (t.value = t.key),
        delete t.key,
        Ku(t.value) ? (t.value.end ? _o(t.value.end, t.sep) : (t.value.end = t.sep)) : _o(t.start, t.sep),
        delete t.sep);
}
var Oa = class {
  constructor(t) {
    (this.atNewLine = !0),
      (this.atScalar = !1),
      (this.indent = 0),
      (this.offset = 0),
      (this.onKeyLine = !1),
      (this.stack = []),
      (this.source = ''),
      (this.type = ''),
      (this.lexer = new Va()),
      (this.onNewLine = t);
  }
  *parse(t, a = !1) {
    this.onNewLine && this.offset === 0 && this.onNewLine(0);
    for (const r of this.lexer.lex(t, a)) yield* this.next(r);
    a || (yield* this.end());
  }
  *next(t) {
    if (((this.source = t), process.env.LOG_TOKENS && console.log('|', Bu(t)), this.atScalar)) {
      (this.atScalar = !1), yield* this.step(), (this.offset += t.length);
      return;
    }
    const a = zu(t);
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
        a.type === 'flow-collection' && Zu(a),
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
          Hu(s.start) === -1 &&
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
        Hu(t.start) !== -1 ? (yield* this.pop(), yield* this.step()) : t.start.push(this.sourceToken);
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
      let a = So(this.peek(2)),
        r = ea(a),
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
              _o(s, a.start), s.push(this.sourceToken), t.items.pop();
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
              else if (xt(a.sep, 'map-value-ind'))
                this.stack.push({
                  type: 'block-map',
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: o, key: null, sep: [this.sourceToken] }],
                });
              else if (Ku(a.key) && !xt(a.sep, 'newline')) {
                const n = ea(a.start),
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
            else if (xt(a.start, 'newline')) Object.assign(a, { key: null, sep: [this.sourceToken] });
            else {
              const n = ea(a.start);
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
                : xt(a.sep, 'map-value-ind')
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
              if (!a.explicitKey && a.sep && !xt(a.sep, 'newline')) {
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
              _o(s, a.start), s.push(this.sourceToken), t.items.pop();
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
        a.value || xt(a.start, 'seq-item-ind')
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
        const s = So(r),
          o = ea(s);
        Zu(t);
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
        const a = So(t),
          r = ea(a);
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
        const a = So(t),
          r = ea(a);
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
function I_(e) {
  const t = e.prettyErrors !== !1;
  return { lineCounter: e.lineCounter || (t && new $t()) || null, prettyErrors: t };
}
function xc(e, t = {}) {
  let { lineCounter: a, prettyErrors: r } = I_(t),
    s = new Oa(a?.addNewLine),
    o = new ka(t),
    n = null;
  for (const c of o.compose(s.parse(e), !0, e.length))
    if (!n) n = c;
    else if (n.options.logLevel !== 'silent') {
      n.errors.push(
        new we(
          c.range.slice(0, 2),
          'MULTIPLE_DOCS',
          'Source contains multiple documents; please use YAML.parseAllDocuments()',
        ),
      );
      break;
    }
  return (r && a && (n.errors.forEach(nc(e, a)), n.warnings.forEach(nc(e, a))), n);
}
var ju = {
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
var vo = ju.instances,
  Rc = [
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
function ta(e) {
  return Object.hasOwn(vo, e) ? vo[e] : void 0;
}
function aa(e, t, a = 3) {
  return t
    .map((r) => ({ k: r, d: __(e, r) }))
    .filter(({ d: r }) => r <= Math.max(2, Math.floor(e.length / 3)))
    .sort((r, s) => r.d - s.d || r.k.localeCompare(s.k))
    .slice(0, a)
    .map(({ k: r }) => r);
}
function __(e, t) {
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
var P = {};
bR(P, {
  BIGINT_FORMAT_RANGES: () => To,
  CONSTANT_CATCH: () => np,
  Class: () => Sc,
  NUMBER_FORMAT_RANGES: () => za,
  aborted: () => Ee,
  allowsEval: () => hc,
  assert: () => C_,
  assertEqual: () => v_,
  assertIs: () => h_,
  assertNever: () => T_,
  assertNotEqual: () => g_,
  assignProp: () => Ae,
  attachSchema: () => Ua,
  base64ToUint8Array: () => sp,
  base64urlToUint8Array: () => H_,
  cached: () => qa,
  captureStackTrace: () => Ao,
  cleanEnum: () => U_,
  cleanRegex: () => Fa,
  clone: () => Le,
  cloneDef: () => b_,
  codePointLength: () => Ha,
  constantCatch: () => cp,
  createTransparentProxy: () => G_,
  defineLazy: () => Ju,
  defineLazyInternal: () => G,
  derived: () => W_,
  esc: () => gc,
  escapeRegex: () => Et,
  explicitlyAborted: () => Dc,
  extend: () => V_,
  finalizeIssue: () => Ge,
  floatSafeRemainder: () => vc,
  getElementAtPath: () => Q_,
  getEnumValues: () => oa,
  getLengthableOrigin: () => Za,
  getParsedType: () => E_,
  getSizableOrigin: () => rp,
  hexToUint8Array: () => K_,
  hide: () => Po,
  installLazyProp: () => ev,
  isObject: () => sa,
  isPlainObject: () => It,
  issue: () => ca,
  joinValues: () => go,
  jsonStringifyReplacer: () => na,
  members: () => bc,
  merge: () => q_,
  mergeDefs: () => st,
  normalizeParams: () => C,
  nullish: () => _c,
  numKeys: () => L_,
  objectClone: () => D_,
  omit: () => M_,
  optionalKeys: () => Cc,
  own: () => ft,
  parsedType: () => Pc,
  partial: () => F_,
  pick: () => k_,
  prefixIssues: () => ot,
  primitiveTypes: () => tp,
  promiseAllObject: () => w_,
  propertyKeyTypes: () => Tc,
  randomString: () => $_,
  rawShape: () => Ba,
  required: () => B_,
  safeExtend: () => O_,
  shallowClone: () => ep,
  sizeCaps: () => Do,
  slugify: () => Ac,
  stringifyPrimitive: () => ho,
  toZod: () => A_,
  uint8ArrayToBase64: () => op,
  uint8ArrayToBase64url: () => Z_,
  uint8ArrayToHex: () => j_,
  unwrapMessage: () => ra,
});
function v_(e) {
  return e;
}
function g_(e) {
  return e;
}
function A_() {
  return (e) => e;
}
function h_(e) {}
function T_(e) {
  throw new Error('Unexpected value in exhaustive check');
}
function C_(e) {}
function oa(e) {
  const t = Object.values(e).filter((r) => typeof r == 'number');
  return Object.entries(e)
    .filter(([r, s]) => t.indexOf(+r) === -1)
    .map(([r, s]) => s);
}
function go(e, t = '|') {
  return e.map((a) => ho(a)).join(t);
}
function na(e, t) {
  return typeof t == 'bigint' ? t.toString() : t;
}
var Ic = class {
  constructor(t) {
    (this._getter = t), (this._value = void 0);
  }
  get value() {
    const t = this._getter;
    return (t !== void 0 && ((this._value = t()), (this._getter = void 0)), this._value);
  }
};
function qa(e) {
  return new Ic(e);
}
function _c(e) {
  return e == null;
}
function Fa(e) {
  const t = e.startsWith('^') ? 1 : 0,
    a = e.endsWith('$') ? e.length - 1 : e.length;
  return e.slice(t, a);
}
function vc(e, t) {
  const a = e / t,
    r = Math.round(a),
    s = 4 * Number.EPSILON * Math.max(Math.abs(a), 1);
  return Math.abs(a - r) < s ? 0 : a - r;
}
var Wu = Symbol('evaluating');
function Ju(e, t, a) {
  let r;
  Object.defineProperty(e, t, {
    get() {
      if (r !== Wu) return (r === void 0 && ((r = Wu), (r = a())), r);
    },
    set(s) {
      Object.defineProperty(e, t, { value: s });
    },
    configurable: !0,
  });
}
function D_(e) {
  return Object.create(Object.getPrototypeOf(e), Object.getOwnPropertyDescriptors(e));
}
function Ae(e, t, a) {
  Object.defineProperty(e, t, { value: a, writable: !0, enumerable: !0, configurable: !0 });
}
function Ba(e) {
  const t = Object.getOwnPropertyDescriptor(e, 'shape');
  return t?.get ? t.get.raw : t?.value;
}
function rt(e) {
  return Ba(e._zod.def) ?? e._zod.def.shape;
}
function Yu(e, t, a) {
  Object.defineProperty(e, t, {
    get() {
      const r = a();
      return (Ae(this, t, r), r);
    },
    enumerable: !0,
    configurable: !0,
  });
}
function Xu(e, t, a) {
  t in e ? Ae(e, t, a) : (e[t] = a);
}
function Lt(e, t, a, r) {
  const s = rt(t);
  for (const o of a) {
    const n = Object.getOwnPropertyDescriptor(s, o);
    n.enumerable &&
      (n.get
        ? Yu(e, o, () => {
            const c = t._zod.def.shape[o];
            return r ? r(c, o) : c;
          })
        : Xu(e, o, r ? r(n.value, o) : n.value));
  }
}
function P_(e, t) {
  for (const a of Reflect.ownKeys(t)) {
    const r = Object.getOwnPropertyDescriptor(t, a);
    r.enumerable && (r.get ? Yu(e, a, () => t[a]) : Xu(e, a, r.value));
  }
}
function st(...e) {
  const t = {};
  for (const a of e) {
    const r = Object.getOwnPropertyDescriptors(a);
    Object.assign(t, r);
  }
  return Object.defineProperties({}, t);
}
function b_(e) {
  return st(e._zod.def);
}
function Q_(e, t) {
  return t ? t.reduce((a, r) => a?.[r], e) : e;
}
function w_(e) {
  const t = Object.keys(e),
    a = t.map((r) => e[r]);
  return Promise.all(a).then((r) => {
    const s = {};
    for (let o = 0; o < t.length; o++) s[t[o]] = r[o];
    return s;
  });
}
function $_(e = 10) {
  let t = 'abcdefghijklmnopqrstuvwxyz',
    a = '';
  for (let r = 0; r < e; r++) a += t[Math.floor(Math.random() * t.length)];
  return a;
}
function gc(e) {
  return JSON.stringify(e);
}
function Ac(e) {
  return e
    .toLowerCase()
    .trim()
    .replace(/[^\w\s-]/g, '')
    .replace(/[\s_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
var Ao = 'captureStackTrace' in Error ? Error.captureStackTrace : (...e) => {};
function sa(e) {
  return typeof e == 'object' && e !== null && !Array.isArray(e);
}
var hc = qa(() => {
  if (Ne.jitless || (typeof navigator < 'u' && navigator?.userAgent?.includes('Cloudflare'))) return !1;
  try {
    const e = Function;
    return (new e(''), !0);
  } catch {
    return !1;
  }
});
function It(e) {
  if (sa(e) === !1) return !1;
  const t = e.constructor;
  if (t === void 0 || typeof t != 'function') return !0;
  const a = t.prototype;
  return !(sa(a) === !1 || Object.hasOwn(a, 'isPrototypeOf') === !1);
}
function ep(e) {
  return It(e)
    ? { ...e }
    : Array.isArray(e)
      ? [...e]
      : e instanceof Map
        ? new Map(e)
        : e instanceof Set
          ? new Set(e)
          : e;
}
function L_(e) {
  let t = 0;
  for (const a in e) Object.hasOwn(e, a) && t++;
  return t;
}
var E_ = (e) => {
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
  Tc = new Set(['string', 'number', 'symbol']),
  tp = new Set(['string', 'number', 'bigint', 'boolean', 'symbol', 'undefined']);
function Et(e) {
  return e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function Le(e, t, a) {
  const r = new e._zod.constr(t ?? e._zod.def);
  return ((!t || a?.parent) && (r._zod.parent = e), r);
}
function C(e) {
  const t = e;
  if (!t) return {};
  if (typeof t == 'string') return { error: () => t };
  if (t?.message !== void 0) {
    if (t?.error !== void 0) throw new Error('Cannot specify both `message` and `error` params');
    t.error = t.message;
  }
  return (delete t.message, typeof t.error == 'string' ? { ...t, error: () => t.error } : t);
}
function G_(e) {
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
function ho(e) {
  return typeof e == 'bigint' ? e.toString() + 'n' : typeof e == 'string' ? `"${e}"` : `${e}`;
}
function Cc(e) {
  return Object.keys(e).filter((t) => e[t]._zod.optin !== void 0 && e[t]._zod.optout === 'optional');
}
var za = {
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-34028234663852886e22, 34028234663852886e22],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
  },
  To = {
    int64: [BigInt('-9223372036854775808'), BigInt('9223372036854775807')],
    uint64: [BigInt(0), BigInt('18446744073709551615')],
  };
function k_(e, t) {
  const a = e._zod.def,
    r = a.checks;
  if (r && r.length > 0) throw new Error('.pick() cannot be used on object schemas containing refinements');
  const o = {};
  return (Lt(o, e, Co(e, t)), Le(e, st(a, { shape: o, checks: [] })));
}
function Co(e, t) {
  const a = rt(e),
    r = [];
  for (const s of Reflect.ownKeys(t)) {
    if (!Object.getOwnPropertyDescriptor(a, s)?.enumerable)
      throw new Error(`Unrecognized key: "${String(s)}"`);
    t[s] && r.push(s);
  }
  return r;
}
function M_(e, t) {
  const a = e._zod.def,
    r = a.checks;
  if (r && r.length > 0) throw new Error('.omit() cannot be used on object schemas containing refinements');
  const o = new Set(Co(e, t)),
    n = {};
  return (
    Lt(
      n,
      e,
      Reflect.ownKeys(rt(e)).filter((c) => !o.has(c)),
    ),
    Le(e, st(a, { shape: n, checks: [] }))
  );
}
function V_(e, t) {
  if (!It(t)) throw new Error('Invalid input to extend: expected a plain object');
  const a = e._zod.def.checks;
  if (a && a.length > 0) {
    const s = rt(e);
    for (const o of Reflect.ownKeys(t))
      if (Object.getOwnPropertyDescriptor(s, o) !== void 0)
        throw new Error(
          'Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.',
        );
  }
  return Le(e, st(e._zod.def, { shape: ap(e, t) }));
}
function ap(e, t) {
  const a = {};
  return (Lt(a, e, Reflect.ownKeys(rt(e))), P_(a, t), a);
}
function O_(e, t) {
  if (!It(t)) throw new Error('Invalid input to safeExtend: expected a plain object');
  return Le(e, st(e._zod.def, { shape: ap(e, t) }));
}
function q_(e, t) {
  if (!t?._zod?.def)
    throw new Error(
      'Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.',
    );
  if (e._zod.def.checks?.length)
    throw new Error(
      '.merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.',
    );
  const a = {};
  Lt(a, e, Reflect.ownKeys(rt(e))), Lt(a, t, Reflect.ownKeys(rt(t)));
  const r = st(e._zod.def, {
    shape: a,
    get catchall() {
      return t._zod.def.catchall;
    },
    checks: t._zod.def.checks ?? [],
  });
  return Le(e, r);
}
function F_(e, t, a, r = 'partial') {
  const o = t._zod.def.checks;
  if (o && o.length > 0) throw new Error(`.${r}() cannot be used on object schemas containing refinements`);
  const c = a ? new Set(Co(t, a)) : void 0,
    i = {};
  return (
    Lt(
      i,
      t,
      Reflect.ownKeys(rt(t)),
      e && ((m, u) => (c && !c.has(u) ? m : new e({ type: 'optional', innerType: m }))),
    ),
    Le(t, st(t._zod.def, { shape: i, checks: [] }))
  );
}
function B_(e, t, a) {
  const r = a ? new Set(Co(t, a)) : void 0,
    s = {};
  return (
    Lt(s, t, Reflect.ownKeys(rt(t)), (o, n) =>
      r && !r.has(n) ? o : new e({ type: 'nonoptional', innerType: o }),
    ),
    Le(t, st(t._zod.def, { shape: s }))
  );
}
function Ee(e, t = 0) {
  if (e.aborted === !0) return !0;
  for (let a = t; a < e.issues.length; a++) if (e.issues[a]?.continue !== !0) return !0;
  return !1;
}
function Dc(e, t = 0) {
  if (e.aborted === !0) return !0;
  for (let a = t; a < e.issues.length; a++) if (e.issues[a]?.continue === !1) return !0;
  return !1;
}
function ot(e, t) {
  return t.map((a) => {
    var r;
    return ((r = a).path ?? (r.path = []), a.path.unshift(e), a);
  });
}
function ra(e) {
  return typeof e == 'string' ? e : e?.message;
}
function Do(e) {
  const t = [];
  for (const a of e ?? []) {
    const r = a._zod.def;
    if (!/_(length|size)$|_equals$/.test(r.check)) break;
    const s = r.maximum ?? r.length ?? r.size;
    s >= 0 && t.push([s, a]);
  }
  return t;
}
function Ua(e, t, a) {
  var r;
  for (let s = t; s < e.length; s++) (r = e[s]).schema ?? (r.schema = a);
}
function Ge(e, t, a) {
  var r;
  const s = e.inst?._zod?.traits;
  s?.has('$ZodType') && (s.has('$ZodCheck') ? ((r = e).schema ?? (r.schema = e.inst)) : (e.schema = e.inst));
  const o = e.schema !== e.inst ? e.schema?._zod.def?.error : void 0,
    n = e.message
      ? e.message
      : (ra(e.inst?._zod.def?.error?.(e)) ??
        ra(o?.(e)) ??
        ra(t?.error?.(e)) ??
        ra(a.customError?.(e)) ??
        ra(a.localeError?.(e)) ??
        'Invalid input'),
    c = {};
  for (const i of Object.keys(e))
    i === 'inst' || i === 'schema' || i === 'continue' || i === 'input' || i === '__proto__' || (c[i] = e[i]);
  return (c.path ?? (c.path = []), (c.message = n), t?.reportInput && (c.input = e.input), c);
}
function rp(e) {
  return e instanceof Set ? 'set' : e instanceof Map ? 'map' : e instanceof File ? 'file' : 'unknown';
}
var z_ = /[\uD800-\uDBFF]/;
function Ha(e) {
  const t = e.length;
  if (!z_.test(e)) return t;
  let a = t;
  for (let r = 0; r < t - 1; r++)
    (e.charCodeAt(r) & 64512) === 55296 && (e.charCodeAt(r + 1) & 64512) === 56320 && (a--, r++);
  return a;
}
function Za(e) {
  return Array.isArray(e) ? 'array' : typeof e == 'string' ? 'string' : 'unknown';
}
function Pc(e) {
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
function ca(...e) {
  const [t, a, r] = e;
  return typeof t == 'string' ? { message: t, code: 'custom', input: a, inst: r } : { ...t };
}
function U_(e) {
  return Object.entries(e)
    .filter(([t, a]) => Number.isNaN(Number.parseInt(t, 10)))
    .map((t) => t[1]);
}
function sp(e) {
  const t = atob(e),
    a = new Uint8Array(t.length);
  for (let r = 0; r < t.length; r++) a[r] = t.charCodeAt(r);
  return a;
}
function op(e) {
  let t = '';
  for (let a = 0; a < e.length; a++) t += String.fromCharCode(e[a]);
  return btoa(t);
}
function H_(e) {
  const t = e.replace(/-/g, '+').replace(/_/g, '/'),
    a = '='.repeat((4 - (t.length % 4)) % 4);
  return sp(t + a);
}
function Z_(e) {
  return op(e).replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '');
}
function K_(e) {
  const t = e.replace(/^0x/, '');
  if (t.length % 2 !== 0) throw new Error('Invalid hex string length');
  const a = new Uint8Array(t.length / 2);
  for (let r = 0; r < t.length; r += 2) a[r / 2] = Number.parseInt(t.slice(r, r + 2), 16);
  return a;
}
function j_(e) {
  return Array.from(e)
    .map((t) => t.toString(16).padStart(2, '0'))
    .join('');
}
var Sc = class {
  constructor(...t) {}
};
function bc(e, t) {
  for (const a in t) {
    const r = Object.getOwnPropertyDescriptor(t, a);
    r.get ? Object.defineProperty(e, a, { ...r, enumerable: !1 }) : J_(e, a, r.value);
  }
}
function ft(e, t, a, r = !0) {
  return (Object.defineProperty(e, t, { configurable: !0, writable: !0, enumerable: r, value: a }), a);
}
function Po(e, t, a) {
  return ft(e, t, a, !1);
}
function W_(e, t) {
  for (const a in e) {
    const r = e[a];
    Object.defineProperty(t, a, {
      configurable: !0,
      enumerable: !0,
      get() {
        return ft(this, a, r(this));
      },
      set(s) {
        ft(this, a, s);
      },
    });
  }
  return t;
}
function J_(e, t, a) {
  Object.defineProperty(e, t, {
    configurable: !0,
    get() {
      return this == null ? a : ft(this, t, a.bind(this));
    },
    set(r) {
      ft(this, t, r);
    },
  });
}
function Y_(e, t) {
  const a = Object.getPrototypeOf(e);
  return t in a ? void 0 : a;
}
var fc,
  Rt = !1,
  X_ = {
    configurable: !0,
    get() {
      Rt = !0;
    },
  };
function G(e, t, a) {
  const r = Object.getPrototypeOf(e._zod);
  if (t in r && fc !== e._zod) {
    fc = void 0;
    return;
  }
  (fc = e._zod),
    Object.defineProperty(r, t, {
      configurable: !0,
      get() {
        Object.defineProperty(this, t, X_);
        const s = Rt;
        Rt = !1;
        try {
          const o = a(this);
          return (
            Rt
              ? delete this[t]
              : Object.defineProperty(this, t, { configurable: !0, writable: !0, value: o }),
            (Rt = Rt || s),
            o
          );
        } catch (o) {
          throw (delete this[t], (Rt = Rt || s), o);
        }
      },
      set(s) {
        Object.defineProperty(this, t, { configurable: !0, writable: !0, value: s });
      },
    });
}
function ev(e, t, a, r) {
  const s = Y_(e, t);
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
var np = '~constantCatch';
function cp(e) {
  const t = () => e;
  return ((t[np] = !0), t);
}
var ip;
var Qc = { value: void 0, enumerable: !1 },
  mp = 'captureStackTrace' in Error ? Error : null;
function tv(e) {
  const t = mp;
  if (t) {
    const a = t.stackTraceLimit;
    if (typeof a == 'number') {
      try {
        t.stackTraceLimit = 0;
      } catch {
        return ((mp = null), new e());
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
function R(e, t, a, r) {
  const s = {};
  function o(p) {
    (this.def = p), (this.constr = l), (this.traits = new Set());
  }
  o.prototype = s;
  const n = a,
    c = n && new WeakSet();
  function i(p, N) {
    if (p._zod) {
      if (p._zod.traits.has(e)) return;
    } else {
      Qc.value = new o(N);
      try {
        Object.defineProperty(p, '_zod', Qc);
      } finally {
        Qc.value = void 0;
      }
    }
    if ((p._zod.traits.add(e), t(p, N), c)) {
      let d = Object.getPrototypeOf(p),
        x = p._zod.constr.prototype,
        f = d;
      for (; f && f !== x; ) f = Object.getPrototypeOf(f);
      const I = f ?? d;
      c.has(I) || (c.add(I), bc(I, n));
    }
    const y = l.prototype;
    for (const d in y) Object.hasOwn(y, d) && (d in p || (p[d] = y[d].bind(p)));
  }
  const m = r?.Parent ?? Object;
  class u extends m {}
  Object.defineProperty(u, 'name', { value: e });
  function l(p) {
    const N = r?.Parent ? tv(u) : this;
    i(N, p);
    const y = N._zod.deferred;
    if (y) {
      for (const x of y) x();
      N._zod.deferred = void 0;
    }
    const d = globalThis.__zod_globalConfig?.postProcessor;
    return (d && d(N), N);
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
var ke = class extends Error {
    constructor() {
      super('Encountered Promise during synchronous parse. Use .parseAsync() instead.');
    }
  },
  ia = class extends Error {
    constructor(t) {
      super(`Encountered unidirectional transform during encode: ${t}`), (this.name = 'ZodEncodeError');
    }
  };
(ip = globalThis).__zod_globalConfig ?? (ip.__zod_globalConfig = {});
var Ne = globalThis.__zod_globalConfig;
function Se(e) {
  return (e && Object.assign(Ne, e), Ne);
}
function av() {
  const e = this._zod;
  return (e.message ?? (e.message = JSON.stringify(e.def, na, 2)), e.message);
}
function rv(e) {
  this._zod.message = e;
}
var sv = { get: av, set: rv, enumerable: !0, configurable: !0 },
  $c = { value: void 0, enumerable: !1 },
  lp = new WeakSet([Object.prototype, Error.prototype]),
  up = (e, t) => {
    (e.name = '$ZodError'),
      ($c.value = t),
      Object.defineProperty(e, 'issues', $c),
      ($c.value = void 0),
      Object.defineProperty(e, 'message', sv);
    const a = Object.getPrototypeOf(e);
    lp.has(a) ||
      (lp.add(a),
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
  pp = R('$ZodError', up),
  N$ = R('$ZodError', up, void 0, { Parent: Error });
function ov(e, t, a) {
  return (
    Object.hasOwn(e, t) ||
      (t === '__proto__'
        ? Object.defineProperty(e, t, { value: a(), writable: !0, enumerable: !0, configurable: !0 })
        : (e[t] = a())),
    e[t]
  );
}
function Np(e, t = (a) => a.message) {
  const a = {},
    r = [];
  for (const s of e.issues) s.path.length > 0 ? ov(a, s.path[0], () => []).push(t(s)) : r.push(t(s));
  return { formErrors: r, fieldErrors: a };
}
function dp(e, t = (a) => a.message) {
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
function bo(e, t) {
  return { callee: t?.callee ?? e, Err: t?.Err };
}
var Qo = (e) => {
  const t = (a, r, s, o) => {
    const n = s ? { ...s, async: !1 } : { async: !1 },
      c = a._zod.run({ value: r, issues: [] }, n);
    if (c instanceof Promise) throw new ke();
    if (c.issues.length) {
      const i = new (o?.Err ?? e)(c.issues.map((m) => Ge(m, n, Se())));
      throw (Ao(i, o?.callee ?? t), i);
    }
    return c.value;
  };
  return t;
};
var wo = (e) => {
  const t = async (a, r, s, o) => {
    let n = s ? { ...s, async: !0 } : { async: !0 },
      c = a._zod.run({ value: r, issues: [] }, n);
    if ((c instanceof Promise && (c = await c), c.issues.length)) {
      const i = new (o?.Err ?? e)(c.issues.map((m) => Ge(m, n, Se())));
      throw (Ao(i, o?.callee ?? t), i);
    }
    return c.value;
  };
  return t;
};
var $o = (e) => (t, a, r) => {
  const s = r ? { ...r, async: !1 } : { async: !1 },
    o = t._zod.run({ value: a, issues: [] }, s);
  if (o instanceof Promise) throw new ke();
  return o.issues.length ? yp(e, o.issues, s) : { success: !0, data: o.value };
};
function yp(e, t, a) {
  let r;
  return {
    success: !1,
    get error() {
      return (r || ((r = new e(t.map((s) => Ge(s, a, Se())))), (t = void 0), (a = void 0)), r);
    },
    set error(s) {
      (r = s), (t = void 0), (a = void 0);
    },
  };
}
var Lo = (e) => async (t, a, r) => {
  let s = r ? { ...r, async: !0 } : { async: !0 },
    o = t._zod.run({ value: a, issues: [] }, s);
  return (
    o instanceof Promise && (o = await o),
    o.issues.length ? yp(e, o.issues, s) : { success: !0, data: o.value }
  );
};
var nv = Symbol.for('zod.compile.invalid'),
  cv = Symbol.for('zod.compile.fallback'),
  Lc = (e, t, a) => {
    const r = e._zod.bag.validator;
    if (r !== void 0) {
      if (r(t) !== nv) return !0;
      if (r.definite === !0 && a === void 0) return !1;
    }
    return iv(e, t, a);
  };
function iv(e, t, a) {
  let r = a ? { ...a, async: !1, abortEarly: !0 } : { async: !1, abortEarly: !0 },
    s = e._zod.bag.fallbackRun,
    o;
  if (
    (s ? ((r[cv] = !0), (o = s({ value: t, issues: [] }, r))) : (o = e._zod.run({ value: t, issues: [] }, r)),
    o instanceof Promise)
  )
    throw new ke();
  return o.issues.length === 0;
}
var Ec = async (e, t, a) => {
    let r = a ? { ...a, async: !0, abortEarly: !0 } : { async: !0, abortEarly: !0 },
      s = e._zod.run({ value: t, issues: [] }, r);
    return (s instanceof Promise && (s = await s), s.issues.length === 0);
  },
  xp = (e) => {
    const t = Qo(e),
      a = (r, s, o, n) => {
        const c = o ? { ...o, direction: 'backward' } : { direction: 'backward' };
        return t(r, s, c, bo(a, n));
      };
    return a;
  };
var Rp = (e) => {
  const t = Qo(e),
    a = (r, s, o, n) => t(r, s, o, bo(a, n));
  return a;
};
var fp = (e) => {
  const t = wo(e),
    a = async (r, s, o, n) => {
      const c = o ? { ...o, direction: 'backward' } : { direction: 'backward' };
      return await t(r, s, c, bo(a, n));
    };
  return a;
};
var Ip = (e) => {
  const t = wo(e),
    a = async (r, s, o, n) => await t(r, s, o, bo(a, n));
  return a;
};
var Sp = (e) => (t, a, r) => {
  const s = r ? { ...r, direction: 'backward' } : { direction: 'backward' };
  return $o(e)(t, a, s);
};
var _p = (e) => (t, a, r) => $o(e)(t, a, r);
var vp = (e) => async (t, a, r) => {
  const s = r ? { ...r, direction: 'backward' } : { direction: 'backward' };
  return Lo(e)(t, a, s);
};
var gp = (e) => async (t, a, r) => Lo(e)(t, a, r);
var Ap = /^[cC][0-9a-z]{6,}$/,
  hp = /^[0-9a-z]+$/,
  Tp = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/,
  Cp = /^[0-9a-vA-V]{20}$/,
  Dp = /^[A-Za-z0-9]{27}$/,
  Pp = /^[a-zA-Z0-9_-]{21}$/;
function bp(e) {
  return new RegExp(`^[a-zA-Z0-9_-]{${e}}$`);
}
var Qp = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var wp = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,
  kc = (e) =>
    e
      ? new RegExp(
          `^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`,
        )
      : /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
var $p =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
var mv =
  '^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$';
function Lp() {
  return new RegExp(mv, 'u');
}
var Ep =
    /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/,
  Gp =
    /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var kp =
    /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/,
  Mp =
    /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/,
  Vp = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/,
  Op = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var qp = /^https?$/,
  Fp = /^\+[1-9]\d{6,14}$/;
var Bp =
  '(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))';
function lv(e) {
  return new RegExp(`^${e}$`);
}
var zp = lv(Bp);
function Gc(e) {
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
function Up(e) {
  return new RegExp(`^${Gc(e)}$`);
}
function Hp(e) {
  const t = ['Z'];
  e.offset && t.push('([+-](?:[01]\\d|2[0-3]):[0-5]\\d)');
  const a = `${Gc({ precision: e.precision, seconds: !0 })}(?:${t.join('|')})`,
    r = e.local ? `${a}|${Gc({ precision: e.precision })}` : a;
  return new RegExp(`^${Bp}T(?:${r})$`);
}
var Zp = /^[\s\S]{0,}$/;
var Mc = /^-?\d+$/,
  Ka = /^-?\d+(?:\.\d+)?$/,
  Kp = /^(?:true|false)$/i;
var jp = /^[^A-Z]*$/,
  Wp = /^[^a-z]*$/;
var te = R('$ZodCheck', (e, t) => {
  var a;
  e._zod ?? (e._zod = {}), (e._zod.def = t), (a = e._zod).onattach ?? (a.onattach = []);
});
var Vc = (e) => {
    const t = e.value;
    return !_c(t) && t.length !== void 0;
  },
  Eo = { number: 'number', bigint: 'bigint', object: 'date' },
  Oc = R('$ZodCheckLessThan', (e, t) => {
    te.init(e, t);
    const a = Eo[typeof t.value];
    e._zod.check = (r) => {
      (t.inclusive ? r.value <= t.value : r.value < t.value) ||
        r.issues.push({
          origin: Eo[typeof r.value] ?? a,
          code: 'too_big',
          maximum: typeof t.value == 'object' ? t.value.getTime() : t.value,
          input: r.value,
          inclusive: t.inclusive,
          inst: e,
          continue: !t.abort,
        });
    };
  }),
  qc = R('$ZodCheckGreaterThan', (e, t) => {
    te.init(e, t);
    const a = Eo[typeof t.value];
    e._zod.check = (r) => {
      (t.inclusive ? r.value >= t.value : r.value > t.value) ||
        r.issues.push({
          origin: Eo[typeof r.value] ?? a,
          code: 'too_small',
          minimum: typeof t.value == 'object' ? t.value.getTime() : t.value,
          input: r.value,
          inclusive: t.inclusive,
          inst: e,
          continue: !t.abort,
        });
    };
  }),
  Jp = R('$ZodCheckMultipleOf', (e, t) => {
    te.init(e, t),
      (e._zod.check = (a) => {
        if (typeof a.value != typeof t.value)
          throw new Error('Cannot mix number and bigint in multiple_of check.');
        (typeof a.value == 'bigint'
          ? t.value !== BigInt(0) && a.value % t.value === BigInt(0)
          : vc(a.value, t.value) === 0) ||
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
  Yp = R('$ZodCheckNumberFormat', (e, t) => {
    te.init(e, t), (t.format = t.format || 'float64');
    const a = t.format?.includes('int'),
      r = a ? 'int' : 'number',
      [s, o] = za[t.format];
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
var Xp = R('$ZodCheckMaxLength', (e, t) => {
    var a;
    te.init(e, t),
      (a = e._zod.def).when ?? (a.when = Vc),
      (e._zod.check = (r) => {
        const s = r.value,
          o = s.length;
        if ((typeof s == 'string' && o > t.maximum ? Ha(s) : o) <= t.maximum) return;
        const c = Za(s);
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
  eN = R('$ZodCheckMinLength', (e, t) => {
    var a;
    te.init(e, t),
      (a = e._zod.def).when ?? (a.when = Vc),
      (e._zod.check = (r) => {
        const s = r.value,
          o = s.length;
        if ((typeof s == 'string' && o >= t.minimum && o < t.minimum * 2 ? Ha(s) : o) >= t.minimum) return;
        const c = Za(s);
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
  tN = R('$ZodCheckLengthEquals', (e, t) => {
    var a;
    te.init(e, t),
      (a = e._zod.def).when ?? (a.when = Vc),
      (e._zod.check = (r) => {
        const s = r.value,
          o = s.length,
          n = typeof s == 'string' && o >= t.length && o <= t.length * 2 ? Ha(s) : o;
        if (n === t.length) return;
        const c = Za(s),
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
  Wa = R('$ZodCheckStringFormat', (e, t) => {
    var a, r;
    te.init(e, t),
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
  aN = R('$ZodCheckRegex', (e, t) => {
    Wa.init(e, t),
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
  rN = R('$ZodCheckLowerCase', (e, t) => {
    t.pattern ?? (t.pattern = jp), Wa.init(e, t);
  }),
  sN = R('$ZodCheckUpperCase', (e, t) => {
    t.pattern ?? (t.pattern = Wp), Wa.init(e, t);
  }),
  oN = R('$ZodCheckIncludes', (e, t) => {
    te.init(e, t);
    const a = Et(t.includes),
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
  nN = R('$ZodCheckStartsWith', (e, t) => {
    te.init(e, t);
    const a = new RegExp(`^${Et(t.prefix)}.*`);
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
  cN = R('$ZodCheckEndsWith', (e, t) => {
    te.init(e, t);
    const a = new RegExp(`.*${Et(t.suffix)}$`);
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
var iN = R('$ZodCheckOverwrite', (e, t) => {
  te.init(e, t),
    (e._zod.check = (a) => {
      a.value = t.tx(a.value);
    });
});
var Go = class {
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
var lN = { major: 4, minor: 6, patch: 7 };
var O = R(
    '$ZodType',
    (e, t) => {
      var a;
      e ?? (e = {}), (e._zod.def = t), (e._zod.bag = e._zod.bag || {}), (e._zod.version = lN);
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
            let u = Ee(c),
              l;
            for (const p of i) {
              if (p._zod.def.when) {
                if (Dc(c) || !p._zod.def.when(c)) continue;
              } else if (u) continue;
              const N = c.issues.length,
                y = p._zod.check(c);
              if (y instanceof Promise && m?.async === !1) throw new ke();
              if (l || y instanceof Promise)
                l = (l ?? Promise.resolve()).then(async () => {
                  await y, c.issues.length !== N && (Ua(c.issues, N, e), u || (u = Ee(c, N)));
                });
              else {
                if (c.issues.length === N) continue;
                Ua(c.issues, N, e), u || (u = Ee(c, N));
              }
            }
            return l ? l.then(() => c) : c;
          },
          n = (c, i, m) => {
            if (Ee(c)) return ((c.aborted = !0), c);
            const u = o(i, s, m);
            if (u instanceof Promise) {
              if (m.async === !1) throw new ke();
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
            if (i.async === !1) throw new ke();
            return m.then((u) => o(u, s, i));
          }
          return o(m, s, i);
        };
      }
    },
    {
      get '~standard'() {
        return Po(this, '~standard', Bc(this));
      },
      set '~standard'(e) {
        ft(this, '~standard', e);
      },
    },
  ),
  _N = (e, t) => (e.issues.length ? { issues: e.issues.map((a) => Ge(a, t, Se())) } : { value: e.value });
async function uv(e, t) {
  const a = { async: !0 };
  return _N(await e._zod.run({ value: t, issues: [] }, a), a);
}
function Bc(e) {
  return {
    validate: (t) => {
      const a = { async: !1 };
      try {
        const r = e._zod.run({ value: t, issues: [] }, a);
        if (!(r instanceof Promise)) return _N(r, a);
      } catch {}
      return uv(e, t);
    },
    vendor: 'zod',
    version: 1,
  };
}
var Oo = R('$ZodString', (e, t) => {
    O.init(e, t),
      (e._zod.pattern = t.pattern ?? Zp),
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
  V = R('$ZodStringFormat', (e, t) => {
    Wa.init(e, t), Oo.init(e, t);
  }),
  vN = R('$ZodGUID', (e, t) => {
    t.pattern ?? (t.pattern = wp), V.init(e, t);
  }),
  gN = R('$ZodUUID', (e, t) => {
    if (t.version) {
      const r = { v1: 1, v2: 2, v3: 3, v4: 4, v5: 5, v6: 6, v7: 7, v8: 8 }[t.version];
      if (r === void 0) throw new Error(`Invalid UUID version: "${t.version}"`);
      t.pattern ?? (t.pattern = kc(r));
    } else t.pattern ?? (t.pattern = kc());
    V.init(e, t);
  }),
  AN = R('$ZodEmail', (e, t) => {
    t.pattern ?? (t.pattern = $p), V.init(e, t);
  }),
  hN = 1,
  Mo = 2;
function TN(e) {
  try {
    return typeof URL < 'u' && typeof URL.canParse == 'function' ? URL.canParse(e) : (new URL(e), !0);
  } catch {
    return !1;
  }
}
function pv(e, t) {
  return !('normalize' in t) && !('hostname' in t) && !('protocol' in t) ? TN(e) || Mo : Nv(e, t);
}
function Nv(e, t) {
  if (!t.normalize && t.protocol?.source === qp.source && !/^https?:\/\//i.test(e)) return hN;
  try {
    if (typeof URL < 'u') {
      const a = URL;
      if (typeof a.parse == 'function') return a.parse(e) ?? Mo;
    }
    return new URL(e);
  } catch {
    return Mo;
  }
}
var dv = /[\t\n\r]/g;
function uN(e) {
  return e.replace(dv, '');
}
function yv(e, t) {
  return ((t.lastIndex = 0), t.test(e.hostname));
}
function xv(e, t) {
  return ((t.lastIndex = 0), t.test(e.protocol.endsWith(':') ? e.protocol.slice(0, -1) : e.protocol));
}
var CN = R('$ZodURL', (e, t) => {
    V.init(e, t),
      (e._zod.check = (a) => {
        try {
          const r = a.value.trim(),
            s = pv(r, t);
          if (s === hN) {
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
          if (s === Mo) {
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
            a.value = uN(r);
            return;
          }
          t.hostname &&
            !yv(s, t.hostname) &&
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
              !xv(s, t.protocol) &&
              a.issues.push({
                code: 'invalid_format',
                format: 'url',
                note: 'Invalid protocol',
                pattern: t.protocol.source,
                input: a.value,
                inst: e,
                continue: !t.abort,
              }),
            (a.value = t.normalize ? s.href : uN(r));
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
  DN = R('$ZodEmoji', (e, t) => {
    t.pattern ?? (t.pattern = Lp()), V.init(e, t);
  }),
  PN = R('$ZodNanoID', (e, t) => {
    if (t.length !== void 0 && (!Number.isInteger(t.length) || t.length < 1))
      throw new Error(`Invalid nanoid length: ${t.length}`);
    t.pattern ?? (t.pattern = t.length === void 0 ? Pp : bp(t.length)), V.init(e, t);
  }),
  bN = R('$ZodCUID', (e, t) => {
    t.pattern ?? (t.pattern = Ap), V.init(e, t);
  }),
  QN = R('$ZodCUID2', (e, t) => {
    t.pattern ?? (t.pattern = hp), V.init(e, t);
  }),
  wN = R('$ZodULID', (e, t) => {
    t.pattern ?? (t.pattern = Tp), V.init(e, t);
  }),
  $N = R('$ZodXID', (e, t) => {
    t.pattern ?? (t.pattern = Cp), V.init(e, t);
  }),
  LN = R('$ZodKSUID', (e, t) => {
    t.pattern ?? (t.pattern = Dp), V.init(e, t);
  }),
  EN = R('$ZodISODateTime', (e, t) => {
    t.pattern ?? (t.pattern = Hp(t)), V.init(e, t);
  }),
  GN = R('$ZodISODate', (e, t) => {
    t.pattern ?? (t.pattern = zp), V.init(e, t);
  }),
  kN = R('$ZodISOTime', (e, t) => {
    t.pattern ?? (t.pattern = Up(t)), V.init(e, t);
  }),
  MN = R('$ZodISODuration', (e, t) => {
    t.pattern ?? (t.pattern = Qp), V.init(e, t);
  }),
  VN = R('$ZodIPv4', (e, t) => {
    t.pattern ?? (t.pattern = Ep), V.init(e, t);
  }),
  Rv = /^[0-9a-fA-F:.]+$/;
function ON(e) {
  return Rv.test(e) ? TN(`http://[${e}]`) : !1;
}
var qN = R('$ZodIPv6', (e, t) => {
  t.pattern ?? (t.pattern = Gp),
    V.init(e, t),
    (e._zod.check = (a) => {
      ON(a.value) ||
        a.issues.push({
          code: 'invalid_format',
          format: 'ipv6',
          input: a.value,
          inst: e,
          continue: !t.abort,
        });
    });
});
var FN = R('$ZodCIDRv4', (e, t) => {
  t.pattern ?? (t.pattern = kp), V.init(e, t);
});
function fv(e) {
  const t = e.split('/');
  if (t.length !== 2) return !1;
  const [a, r] = t;
  if (!r) return !1;
  const s = Number(r);
  return `${s}` !== r || s < 0 || s > 128 ? !1 : ON(a);
}
var BN = R('$ZodCIDRv6', (e, t) => {
  t.pattern ?? (t.pattern = Mp),
    V.init(e, t),
    (e._zod.check = (a) => {
      fv(a.value) ||
        a.issues.push({
          code: 'invalid_format',
          format: 'cidrv6',
          input: a.value,
          inst: e,
          continue: !t.abort,
        });
    });
});
function zN(e) {
  if (e === '') return !0;
  if (/\s/.test(e) || e.length % 4 !== 0) return !1;
  try {
    return (atob(e), !0);
  } catch {
    return !1;
  }
}
var zc = /^[0-9a-zA-Z+/]*={0,2}$/,
  UN = R('$ZodBase64', (e, t) => {
    t.pattern ?? (t.pattern = zc),
      V.init(e, t),
      (e._zod.check = (a) => {
        zN(a.value) ||
          a.issues.push({
            code: 'invalid_format',
            format: 'base64',
            input: a.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  qo = /^[A-Za-z0-9_-]*$/;
function Iv(e) {
  if (!qo.test(e)) return !1;
  const t = e.replace(/[-_]/g, (r) => (r === '-' ? '+' : '/')),
    a = t.padEnd(Math.ceil(t.length / 4) * 4, '=');
  return zN(a);
}
var HN = R('$ZodBase64URL', (e, t) => {
    t.pattern ?? (t.pattern = qo),
      V.init(e, t),
      (e._zod.check = (a) => {
        Iv(a.value) ||
          a.issues.push({
            code: 'invalid_format',
            format: 'base64url',
            input: a.value,
            inst: e,
            continue: !t.abort,
          });
      });
  }),
  ZN = R('$ZodE164', (e, t) => {
    t.pattern ?? (t.pattern = Fp), V.init(e, t);
  });
function Sv(e, t = null) {
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
var KN = R('$ZodJWT', (e, t) => {
  V.init(e, t),
    (e._zod.check = (a) => {
      Sv(a.value, t.alg) ||
        a.issues.push({ code: 'invalid_format', format: 'jwt', input: a.value, inst: e, continue: !t.abort });
    });
});
var Uc = R('$ZodNumber', (e, t) => {
    O.init(e, t),
      (e._zod.pattern = Ka),
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
  jN = R('$ZodNumberFormat', (e, t) => {
    Yp.init(e, t), Uc.init(e, t);
  }),
  WN = R('$ZodBoolean', (e, t) => {
    O.init(e, t),
      (e._zod.pattern = Kp),
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
var JN = R('$ZodUnknown', (e, t) => {
    O.init(e, t), (e._zod.parse = (a) => a);
  }),
  YN = R('$ZodNever', (e, t) => {
    O.init(e, t),
      (e._zod.parse = (a, r) => (
        a.issues.push({ expected: 'never', code: 'invalid_type', input: a.value, inst: e }), a
      ));
  });
function _v(e, t) {
  const a = Do(e._zod.def.checks);
  if (!a.length) return;
  const r = Math.min(...a.map((o) => o[0])),
    s = e._zod.parse;
  e._zod.parse = (o, n) => {
    const c = t(o.value);
    if (c > r && !n?.skipChecks && n?.direction !== 'backward') {
      for (const [i, m] of Do(e._zod.def.checks))
        if (c > i && m._zod.def.when(o)) {
          const u = o.issues.length;
          return (m._zod.check(o), (o.issues[u].continue = !1), Ua(o.issues, u, e), o);
        }
    }
    return s(o, n);
  };
}
var vv = (e) => (Array.isArray(e) ? e.length : -1);
function pN(e, t, a) {
  e.issues.length && t.issues.push(...ot(a, e.issues)), (t.value[a] = e.value);
}
var XN = R('$ZodArray', (e, t) => {
  O.init(e, t);
  const a = Ne.memoizer;
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
        if (u instanceof Promise) n.push(u.then((l) => pN(l, r, i)));
        else if ((pN(u, r, i), c && u.issues.length !== 0 && Ee(u))) break;
      }
      return n.length ? Promise.all(n).then(() => r) : r;
    }),
    _v(e, vv);
});
function Vo(e, t, a, r, s, o) {
  const n = a in r,
    c = o === 'optional';
  if (!(!n && c && s === 'optional')) {
    if (e.issues.length) {
      if (s !== void 0 && c && !n) return;
      t.issues.push(...ot(a, e.issues));
    }
    if (!n && s === void 0) {
      e.issues.length ||
        t.issues.push({ code: 'invalid_type', expected: 'nonoptional', input: void 0, path: [a] });
      return;
    }
    e.value === void 0 ? (n || (s === 'defaulted' && !c)) && (t.value[a] = void 0) : (t.value[a] = e.value);
  }
}
var gv = [];
function ed(e) {
  const t = Object.keys(e.shape),
    a = Object.getOwnPropertySymbols(e.shape),
    r = a.length ? a : gv,
    s = r.length ? [...t, ...r] : t;
  for (const n of s)
    if (!e.shape?.[n]?._zod?.traits?.has('$ZodType'))
      throw new Error(`Invalid element at key "${String(n)}": expected a Zod schema`);
  const o = Cc(e.shape);
  return { ...e, allKeys: s, symbolKeys: r, keySet: new Set(t), numKeys: t.length, optionalKeys: new Set(o) };
}
function td(e, t, a, r, s, o, n) {
  let c = [],
    i = s.keySet,
    m = s.catchall._zod,
    u = m.def.type,
    l = m.optin,
    p = m.optout,
    N = 0;
  for (const y in t) {
    if (n && a.issues.length !== N) {
      if (Ee(a, N)) break;
      N = a.issues.length;
    }
    if (i.has(y)) continue;
    if (y === '__proto__') {
      u === 'never' && c.push(y);
      continue;
    }
    if (u === 'never') {
      c.push(y);
      continue;
    }
    const d = m.run({ value: t[y], issues: [] }, r);
    d instanceof Promise ? e.push(d.then((x) => Vo(x, a, y, t, l, p))) : Vo(d, a, y, t, l, p);
  }
  return (
    c.length && a.issues.push({ code: 'unrecognized_keys', keys: c, input: t, inst: o, continue: !0 }),
    e.length ? Promise.all(e).then(() => a) : a
  );
}
var Av = R('$ZodObject', (e, t) => {
    O.init(e, t);
    const a = Object.getOwnPropertyDescriptor(t, 'shape'),
      r = a?.get ? a.get.raw : (t.shape ?? {});
    if (r) {
      const m = () => {
        const u = { ...r };
        return (Object.defineProperty(t, 'shape', { value: u }), (m.raw = u), u);
      };
      (m.raw = r), Object.defineProperty(t, 'shape', { get: m });
    }
    const s = qa(() => ed(t));
    G(e, 'propValues', (m) => {
      const u = m.def.shape,
        l = {};
      for (const p in u) {
        const N = u[p]._zod;
        if (N.values) {
          Object.hasOwn(l, p) || Ae(l, p, new Set());
          for (const y of N.values) l[p].add(y);
          N.optin !== void 0 && l[p].add(void 0);
        }
      }
      return l;
    });
    let o = sa,
      n = t.catchall,
      c,
      i = Ne.memoizer;
    i?.attach(e),
      (e._zod.parse = (m, u) => {
        c ?? (c = s.value);
        const l = m.value;
        if (!o(l)) return (m.issues.push({ expected: 'object', code: 'invalid_type', input: l, inst: e }), m);
        m.value = i ? i.alloc(e, m, {}, u) : {};
        let p = [],
          N = c.shape,
          y = u?.abortEarly,
          d = m.issues.length;
        for (const x of c.allKeys) {
          if (y && m.issues.length !== d) {
            if (Ee(m, d)) break;
            d = m.issues.length;
          }
          if (x === '__proto__') continue;
          const f = N[x],
            I = f._zod.optin,
            h = f._zod.optout,
            T = f._zod.run({ value: l[x], issues: [] }, u);
          T instanceof Promise ? p.push(T.then((v) => Vo(v, m, x, l, I, h))) : Vo(T, m, x, l, I, h);
        }
        return n ? td(p, l, m, u, s.value, e, y === !0) : p.length ? Promise.all(p).then(() => m) : m;
      });
  }),
  ad = R('$ZodObjectJIT', (e, t) => {
    Av.init(e, t);
    let a = e._zod.parse,
      r = qa(() => ed(t)),
      s = Ne.memoizer,
      o = (N) => {
        const y = r.value,
          d = y.symbolKeys,
          x = new Go(['payload', 'ctx'], { shape: N, inst: e, memo: s, syms: d }),
          f = (v) => `shape[${v}]._zod.run({ value: input[${v}], issues: [] }, ctx)`,
          I = (v, S) => `
          let ${v}_ab = false;
          for (let i = 0; i < ${v}.issues.length; i++) {
            const iss = ${v}.issues[i];
            iss.path = iss.path ? [${S}, ...iss.path] : [${S}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${v}_ab = true;
          }
          if (${v}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        x.write('const input = payload.value;');
        let h = Object.create(null),
          T = 0;
        for (const v of y.allKeys) h[v] = `key_${T++}`;
        x.write(s ? 'const newResult = memo.alloc(inst, payload, {}, ctx);' : 'const newResult = {};');
        for (const v of y.allKeys) {
          if (v === '__proto__') continue;
          const S = h[v],
            $ = typeof v == 'symbol' ? `syms[${d.indexOf(v)}]` : gc(v),
            g = `${$} in input`,
            F = N[v],
            ve = F?._zod?.optin,
            je = ve !== void 0,
            U = F?._zod?.optout === 'optional';
          if ((x.write(`const ${S} = ${f($)};`), je && U)) {
            const cr = ve === 'optional' ? `${S}_present` : `${S}.value !== undefined || ${S}_present`;
            x.write(`
        const ${S}_present = ${g};
        if (!${S}.issues.length || ${S}_present) {
          if (${S}.issues.length) {${I(S, $)}
          }

          if (${cr}) {
            newResult[${$}] = ${S}.value;
          }
        }

      `);
          } else
            je
              ? (x.write(`
        if (${S}.issues.length) {${I(S, $)}
        }
      `),
                ve === 'defaulted'
                  ? x.write(`newResult[${$}] = ${S}.value;`)
                  : x.write(`
        if (${S}.value !== undefined || ${g}) {
          newResult[${$}] = ${S}.value;
        }
      `))
              : x.write(`
        const ${S}_present = ${g};
        if (${S}.issues.length) {${I(S, $)}
        }
        if (!${S}_present && !${S}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${$}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${S}_present) {
          newResult[${$}] = ${S}.value;
        }

      `);
        }
        return (x.write('payload.value = newResult;'), x.write('return payload;'), x.compile());
      },
      n,
      c = sa,
      i = !Ne.jitless,
      u = i && hc.value,
      l = t.catchall,
      p;
    e._zod.parse = (N, y) => {
      p ?? (p = r.value);
      const d = N.value;
      return c(d)
        ? i && u && y?.async === !1 && y.jitless !== !0
          ? (n || (n = o(t.shape)), (N = n(N, y)), l ? td([], d, N, y, p, e, y?.abortEarly === !0) : N)
          : a(N, y)
        : (N.issues.push({ expected: 'object', code: 'invalid_type', input: d, inst: e }), N);
    };
  });
function NN(e, t, a, r) {
  for (const o of e) if (o.issues.length === 0) return ((t.value = o.value), t);
  const s = e.filter((o) => !Ee(o));
  return s.length === 1
    ? ((t.value = s[0].value), s[0])
    : (t.issues.push({
        code: 'invalid_union',
        input: t.value,
        inst: a,
        errors: e.map((o) => o.issues.map((n) => Ge(n, r, Se()))),
      }),
      t);
}
var rd = R('$ZodUnion', (e, t) => {
  O.init(e, t),
    G(e, 'optin', (r) =>
      r.def.options.some((s) => s._zod.optin === 'defaulted')
        ? 'defaulted'
        : r.def.options.some((s) => s._zod.optin !== void 0)
          ? 'optional'
          : void 0,
    ),
    G(e, 'optout', (r) => (r.def.options.some((s) => s._zod.optout === 'optional') ? 'optional' : void 0)),
    G(e, 'values', (r) => {
      if (r.def.options.every((s) => s._zod.values))
        return new Set(r.def.options.flatMap((s) => Array.from(s._zod.values)));
    }),
    G(e, 'pattern', (r) => {
      if (r.def.options.every((s) => s._zod.pattern)) {
        const s = r.def.options.map((o) => o._zod.pattern);
        return new RegExp(`^(${s.map((o) => Fa(o.source)).join('|')})$`);
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
    return o ? Promise.all(n).then((c) => NN(c, r, e, s)) : NN(n, r, e, s);
  };
});
var sd = R('$ZodIntersection', (e, t) => {
  O.init(e, t),
    (e._zod.parse = (a, r) => {
      const s = a.value,
        o = t.left._zod.run({ value: s, issues: [] }, r),
        n = t.right._zod.run({ value: s, issues: [] }, r);
      return o instanceof Promise || n instanceof Promise
        ? Promise.all([o, n]).then(([i, m]) => dN(a, i, m))
        : dN(a, o, n);
    });
});
function Fc(e, t) {
  if (e === t) return { valid: !0, data: e };
  if (e instanceof Date && t instanceof Date && +e == +t) return { valid: !0, data: e };
  if (It(e) && It(t)) {
    const a = Object.keys(t),
      r = Object.keys(e).filter((o) => a.indexOf(o) !== -1),
      s = { ...e, ...t };
    Object.hasOwn(s, '__proto__') && delete s.__proto__;
    for (const o of r) {
      if (o === '__proto__') continue;
      const n = Fc(e[o], t[o]);
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
        n = Fc(s, o);
      if (!n.valid) return { valid: !1, mergeErrorPath: [r, ...n.mergeErrorPath] };
      a.push(n.data);
    }
    return { valid: !0, data: a };
  }
  return { valid: !1, mergeErrorPath: [] };
}
function dN(e, t, a) {
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
  const i = Fc(t.value, a.value);
  if (!i.valid) {
    if (Ee(e)) return e;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(i.mergeErrorPath)}`);
  }
  return ((e.value = i.data), e);
}
var od = R('$ZodRecord', (e, t) => {
  O.init(e, t);
  const a = Ne.memoizer;
  a?.attach(e),
    (e._zod.parse = (r, s) => {
      const o = r.value;
      if (!It(o)) return (r.issues.push({ expected: 'record', code: 'invalid_type', input: o, inst: e }), r);
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
                issues: l.issues.map((y) => Ge(y, s, Se())),
                input: u,
                path: [u],
                inst: e,
              });
              continue;
            }
            const p = l.value;
            if (p === '__proto__') continue;
            const N = t.valueType._zod.run({ value: o[u], issues: [] }, s);
            N instanceof Promise
              ? n.push(
                  N.then((y) => {
                    y.issues.length && r.issues.push(...ot(u, y.issues)), (r.value[p] = y.value);
                  }),
                )
              : (N.issues.length && r.issues.push(...ot(u, N.issues)), (r.value[p] = N.value));
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
          if (typeof m == 'string' && Ka.test(m) && u.issues.length) {
            const y = t.keyType._zod.run({ value: Number(m), issues: [] }, s);
            if (y instanceof Promise) throw new Error('Async schemas not supported in object keys currently');
            y.issues.length === 0 && (u = y);
          }
          if (u.issues.length) {
            t.mode === 'loose'
              ? (r.value[m] = o[m])
              : c
                ? ((i = i ?? []), i.push(m))
                : r.issues.push({
                    code: 'invalid_key',
                    origin: 'record',
                    issues: u.issues.map((y) => Ge(y, s, Se())),
                    input: m,
                    path: [m],
                    inst: e,
                  });
            continue;
          }
          const p = u.value;
          if (p === '__proto__') continue;
          const N = t.valueType._zod.run({ value: o[m], issues: [] }, s);
          N instanceof Promise
            ? n.push(
                N.then((y) => {
                  y.issues.length && r.issues.push(...ot(m, y.issues)), (r.value[p] = y.value);
                }),
              )
            : (N.issues.length && r.issues.push(...ot(m, N.issues)), (r.value[p] = N.value));
        }
        i &&
          i.length > 0 &&
          r.issues.push({ code: 'unrecognized_keys', input: o, inst: e, keys: i, continue: !0 });
      }
      return n.length ? Promise.all(n).then(() => r) : r;
    });
});
var nd = R('$ZodEnum', (e, t) => {
  O.init(e, t);
  const a = oa(t.entries),
    r = new Set(a);
  (e._zod.values = r),
    G(e, 'pattern', (s) => {
      const o = oa(s.def.entries).filter((n) => Tc.has(typeof n));
      return new RegExp(o.length ? `^(${o.map((n) => Et(n.toString())).join('|')})$` : '^[^\\s\\S]$');
    }),
    (e._zod.parse = (s, o) => {
      const n = s.value;
      return (r.has(n) || s.issues.push({ code: 'invalid_value', values: a, input: n, inst: e }), s);
    });
});
var cd = R('$ZodTransform', (e, t) => {
  O.init(e, t),
    (e._zod.optin = 'optional'),
    Ne.memoizer?.guard(e),
    (e._zod.parse = (a, r) => {
      if (r.direction === 'backward') throw new ia(e.constructor.name);
      const s = t.transform(a.value, a);
      if (r.async) return (s instanceof Promise ? s : Promise.resolve(s)).then((n) => ((a.value = n), a));
      if (s instanceof Promise) throw new ke();
      return ((a.value = s), a);
    });
});
function yN(e, t) {
  return ((e.value = t.issues.length ? void 0 : t.value), e);
}
var Hc = R('$ZodOptional', (e, t) => {
    O.init(e, t),
      G(e, 'optin', (a) => (a.def.innerType._zod.optin === 'defaulted' ? 'defaulted' : 'optional')),
      (e._zod.optout = 'optional'),
      G(e, 'values', (a) => {
        const r = a.def.innerType._zod.values;
        return r ? new Set([...r, void 0]) : void 0;
      }),
      G(e, 'pattern', (a) => {
        const r = a.def.innerType._zod.pattern;
        return r ? new RegExp(`^(${Fa(r.source)})?$`) : void 0;
      }),
      (e._zod.parse = (a, r) => {
        if (a.value === void 0) {
          if (t.innerType._zod.optin !== 'defaulted') return a;
          const s = t.innerType._zod.run({ value: a.value, issues: [] }, r);
          return s instanceof Promise ? s.then((o) => yN(a, o)) : yN(a, s);
        }
        return t.innerType._zod.run(a, r);
      });
  }),
  id = R('$ZodExactOptional', (e, t) => {
    Hc.init(e, t),
      G(e, 'values', (a) => a.def.innerType._zod.values),
      G(e, 'pattern', (a) => a.def.innerType._zod.pattern),
      (e._zod.parse = (a, r) => t.innerType._zod.run(a, r));
  }),
  md = R('$ZodNullable', (e, t) => {
    O.init(e, t),
      G(e, 'optin', (a) => a.def.innerType._zod.optin),
      G(e, 'optout', (a) => a.def.innerType._zod.optout),
      G(e, 'pattern', (a) => {
        const r = a.def.innerType._zod.pattern;
        return r ? new RegExp(`^(${Fa(r.source)}|null)$`) : void 0;
      }),
      G(e, 'values', (a) =>
        a.def.innerType._zod.values ? new Set([...a.def.innerType._zod.values, null]) : void 0,
      ),
      (e._zod.parse = (a, r) => (a.value === null ? a : t.innerType._zod.run(a, r)));
  }),
  ld = R('$ZodDefault', (e, t) => {
    O.init(e, t),
      (e._zod.optin = 'defaulted'),
      G(e, 'values', (a) => a.def.innerType._zod.values),
      (e._zod.parse = (a, r) => {
        if (r.direction === 'backward') return t.innerType._zod.run(a, r);
        if (a.value === void 0) return ((a.value = t.defaultValue), a);
        const s = t.innerType._zod.run(a, r);
        return s instanceof Promise ? s.then((o) => xN(o, t)) : xN(s, t);
      });
  });
function xN(e, t) {
  return (e.value === void 0 && (e.value = t.defaultValue), e);
}
var ud = R('$ZodPrefault', (e, t) => {
    O.init(e, t),
      (e._zod.optin = 'defaulted'),
      G(e, 'values', (a) => a.def.innerType._zod.values),
      (e._zod.parse = (a, r) => (
        r.direction === 'backward' || (a.value === void 0 && (a.value = t.defaultValue)),
        t.innerType._zod.run(a, r)
      ));
  }),
  pd = R('$ZodNonOptional', (e, t) => {
    O.init(e, t),
      G(e, 'values', (a) => {
        const r = a.def.innerType._zod.values;
        return r ? new Set([...r].filter((s) => s !== void 0)) : void 0;
      }),
      (e._zod.parse = (a, r) => {
        const s = t.innerType._zod.run(a, r);
        return s instanceof Promise ? s.then((o) => RN(o, e)) : RN(s, e);
      });
  });
function RN(e, t) {
  return (
    !e.issues.length &&
      e.value === void 0 &&
      e.issues.push({ code: 'invalid_type', expected: 'nonoptional', input: e.value, inst: t }),
    e
  );
}
function fN(e, t, a, r) {
  return t.issues.length
    ? ((e.value = a.catchValue({
        ...t,
        value: e.value,
        error: { issues: t.issues.map((s) => Ge(s, r, Se())) },
        input: e.value,
      })),
      e)
    : ((e.value = t.value), t.memo && (e.memo = !0), e);
}
var Nd = R('$ZodCatch', (e, t) => {
  O.init(e, t),
    G(e, 'optin', (a) => (a.def.innerType._zod.optin === 'defaulted' ? 'defaulted' : 'optional')),
    G(e, 'optout', (a) => a.def.innerType._zod.optout),
    G(e, 'values', (a) => a.def.innerType._zod.values),
    (e._zod.parse = (a, r) => {
      if (r.direction === 'backward') return t.innerType._zod.run(a, r);
      const s = t.innerType._zod.run({ value: a.value, issues: [] }, r);
      return s instanceof Promise ? s.then((o) => fN(a, o, t, r)) : fN(a, s, t, r);
    });
});
var dd = R('$ZodPipe', (e, t) => {
  O.init(e, t),
    G(e, 'values', (a) => a.def.in._zod.values),
    G(e, 'optin', (a) => a.def.in._zod.optin),
    G(e, 'optout', (a) => a.def.out._zod.optout),
    G(e, 'propValues', (a) => a.def.in._zod.propValues),
    (e._zod.parse = (a, r) => {
      if (r.direction === 'backward') {
        const o = t.out._zod.run(a, r);
        return o instanceof Promise ? o.then((n) => ko(n, t.in, r)) : ko(o, t.in, r);
      }
      const s = t.in._zod.run(a, r);
      return s instanceof Promise ? s.then((o) => ko(o, t.out, r)) : ko(s, t.out, r);
    });
});
function ko(e, t, a) {
  return e.issues.some((r) => r.code !== 'unrecognized_keys')
    ? ((e.aborted = !0), e)
    : t._zod.run({ value: e.value, issues: e.issues }, a);
}
var yd = R('$ZodReadonly', (e, t) => {
  O.init(e, t),
    G(e, 'propValues', (a) => a.def.innerType._zod.propValues),
    G(e, 'values', (a) => a.def.innerType._zod.values),
    G(e, 'optin', (a) => a.def.innerType?._zod?.optin),
    G(e, 'optout', (a) => a.def.innerType?._zod?.optout),
    (e._zod.parse = (a, r) => {
      if (r.direction === 'backward') return t.innerType._zod.run(a, r);
      const s = t.innerType._zod.run(a, r);
      return s instanceof Promise ? s.then(IN) : IN(s);
    });
});
function IN(e) {
  return (e.memo || (e.value = Object.freeze(e.value)), e);
}
var xd = R('$ZodCustom', (e, t) => {
  te.init(e, t),
    O.init(e, t),
    (e._zod.parse = (a, r) => a),
    (e._zod.check = (a) => {
      const r = a.value,
        s = t.fn(r);
      if (s instanceof Promise) return s.then((o) => SN(o, a, r, e));
      SN(s, a, r, e);
    });
});
function SN(e, t, a, r) {
  if (!e) {
    const s = {
      code: 'custom',
      input: a,
      inst: r,
      path: [...(r._zod.def.path ?? [])],
      continue: !r._zod.def.abort,
    };
    r._zod.def.params && (s.params = r._zod.def.params), t.issues.push(ca(s));
  }
}
var Kc = class extends Error {
    constructor() {
      super('Cannot parse a reference cycle that closes through a transform'), (this.name = 'ZodCyclicError');
    }
  },
  jc = '~memo',
  Rd = [];
function fd(e) {
  return e !== null && typeof e == 'object';
}
function Zc(e) {
  return e.map((t) => (t.path ? { ...t, path: t.path.slice() } : { ...t }));
}
var Id = new WeakMap(),
  Ja = 0,
  zo = 1,
  Ya = 2;
function Uo(e, t, a) {
  const r = Id.get(e);
  if (r !== void 0) return r ? Ya : Ja;
  if (t.has(e)) return Ya;
  t.add(e);
  let s = Ja,
    o = (u) => {
      if (s !== Ya && u?._zod) {
        const l = Uo(u, t, a);
        l > s && (s = l);
      }
    },
    n = (u, l) => {
      let p = Ja;
      for (const N of Reflect.ownKeys(u)) {
        const y = Object.getOwnPropertyDescriptor(u, N);
        if (l && !y.enumerable) continue;
        const d = y.get ? zo : y.value?._zod ? Uo(y.value, t, a) : Ja;
        d > p && (p = d);
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
      const u = Ba(i);
      c(u ? n(u, !0) : zo), o(i.catchall);
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
      c(u ? Uo(u, t, !1) : zo);
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
          else if (Array.isArray(p)) for (const N of p) o(N);
        }
      }
  }
  return (t.delete(e), hv(e, s));
}
function hv(e, t) {
  return (t !== zo && Id.set(e, t === Ya), t);
}
function Tv(e, t) {
  let a = e.buckets.get(t);
  return (a || ((a = new WeakMap()), e.buckets.set(t, a)), a);
}
var Fo,
  Bo = [],
  Cv = {
    alloc(e, t, a) {
      const r = Fo;
      if (!r) return a;
      Fo = void 0;
      const s = { value: a, issues: null };
      return (r.set(t.value, s), Bo.push(s), a);
    },
    guard(e) {
      var t;
      (t = e._zod).deferred ?? (t.deferred = []),
        e._zod.deferred.push(() => {
          const a = e._zod.parse,
            r = (s, o) => {
              if (o.direction !== 'backward' && Dv(o, s.value)) throw new Kc();
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
                const f = Uo(e, new Set(), !1);
                if (f === Ja) return ((e._zod.parse = n), e._zod.run === c && (e._zod.run = n), n(i, m));
                f === Ya || r ? (a = !0) : (r = !0);
              }
              const u = i.value;
              if (!fd(u)) return n(i, m);
              let l = m[jc];
              l || ((l = { buckets: new WeakMap(), backEdges: void 0 }), (m[jc] = l));
              let p;
              s === m ? (p = o) : ((p = Tv(l, e)), (s = m), (o = p));
              const N = p.get(u);
              if (N)
                return (
                  (i.value = N.value),
                  N.issues
                    ? N.issues.length && i.issues.push(...Zc(N.issues))
                    : ((i.memo = !0), l.backEdges ?? (l.backEdges = new WeakSet()), l.backEdges.add(N.value)),
                  i
                );
              Fo = p;
              const y = Bo.length,
                d = n(i, m);
              Fo = void 0;
              const x = Bo.length > y ? Bo.pop() : void 0;
              return d instanceof Promise
                ? d.then((f) => (x && (x.issues = f.issues.length ? Zc(f.issues) : Rd), f))
                : (x && (x.issues = d.issues.length ? Zc(d.issues) : Rd), d);
            };
          (e._zod.parse = c), e._zod.run === n && (e._zod.run = c);
        });
    },
  };
function Sd() {
  return Cv;
}
function Dv(e, t) {
  const a = e[jc]?.backEdges;
  return a !== void 0 && fd(t) && a.has(t);
}
var Pv = () => {
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
          c = Pc(o.input),
          i = s(c, o.input);
        return `Invalid input: expected ${n}, received ${i}`;
      }
      case 'invalid_value':
        return o.values.length === 1
          ? `Invalid input: expected ${ho(o.values[0])}`
          : `Invalid option: expected one of ${go(o.values, '|')}`;
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
        return `Unrecognized key${o.keys.length > 1 ? 's' : ''}: ${go(o.keys, ', ')}`;
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
function _d() {
  return { localeError: Pv() };
}
var vd;
var Wc = class {
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
function bv() {
  return new Wc();
}
(vd = globalThis).__zod_globalRegistry ?? (vd.__zod_globalRegistry = bv());
var Gt = globalThis.__zod_globalRegistry;
function gd(e) {
  return (e.checks && (e.checks = [...e.checks]), e);
}
function Ad(e, t) {
  return new e(gd({ type: 'string', ...C(t) }));
}
function hd(e, t) {
  return new e({ type: 'string', format: 'email', check: 'string_format', abort: !1, ...C(t) });
}
function Td(e, t) {
  return new e({ type: 'string', format: 'guid', check: 'string_format', abort: !1, ...C(t) });
}
function Cd(e, t) {
  return new e({ type: 'string', format: 'uuid', check: 'string_format', abort: !1, ...C(t) });
}
function Dd(e, t) {
  return new e({ type: 'string', format: 'uuid', check: 'string_format', abort: !1, version: 'v4', ...C(t) });
}
function Pd(e, t) {
  return new e({ type: 'string', format: 'uuid', check: 'string_format', abort: !1, version: 'v6', ...C(t) });
}
function bd(e, t) {
  return new e({ type: 'string', format: 'uuid', check: 'string_format', abort: !1, version: 'v7', ...C(t) });
}
function Jc(e, t) {
  return new e({ type: 'string', format: 'url', check: 'string_format', abort: !1, ...C(t) });
}
function Qd(e, t) {
  return new e({ type: 'string', format: 'emoji', check: 'string_format', abort: !1, ...C(t) });
}
function wd(e, t) {
  return new e({ type: 'string', format: 'nanoid', check: 'string_format', abort: !1, ...C(t) });
}
function $d(e, t) {
  return new e({ type: 'string', format: 'cuid', check: 'string_format', abort: !1, ...C(t) });
}
function Ld(e, t) {
  return new e({ type: 'string', format: 'cuid2', check: 'string_format', abort: !1, ...C(t) });
}
function Ed(e, t) {
  return new e({ type: 'string', format: 'ulid', check: 'string_format', abort: !1, ...C(t) });
}
function Gd(e, t) {
  return new e({ type: 'string', format: 'xid', check: 'string_format', abort: !1, ...C(t) });
}
function kd(e, t) {
  return new e({ type: 'string', format: 'ksuid', check: 'string_format', abort: !1, ...C(t) });
}
function Md(e, t) {
  return new e({ type: 'string', format: 'ipv4', check: 'string_format', abort: !1, ...C(t) });
}
function Vd(e, t) {
  return new e({ type: 'string', format: 'ipv6', check: 'string_format', abort: !1, ...C(t) });
}
function Od(e, t) {
  return new e({ type: 'string', format: 'cidrv4', check: 'string_format', abort: !1, ...C(t) });
}
function qd(e, t) {
  return new e({ type: 'string', format: 'cidrv6', check: 'string_format', abort: !1, ...C(t) });
}
function Fd(e, t) {
  return new e({ type: 'string', format: 'base64', check: 'string_format', abort: !1, ...C(t) });
}
function Bd(e, t) {
  return new e({ type: 'string', format: 'base64url', check: 'string_format', abort: !1, ...C(t) });
}
function zd(e, t) {
  return new e({ type: 'string', format: 'e164', check: 'string_format', abort: !1, ...C(t) });
}
function Ud(e, t) {
  return new e({ type: 'string', format: 'jwt', check: 'string_format', abort: !1, ...C(t) });
}
function Hd(e, t) {
  return new e({
    type: 'string',
    format: 'datetime',
    check: 'string_format',
    offset: !1,
    local: !1,
    precision: null,
    ...C(t),
  });
}
function Zd(e, t) {
  return new e({ type: 'string', format: 'date', check: 'string_format', ...C(t) });
}
function Kd(e, t) {
  return new e({ type: 'string', format: 'time', check: 'string_format', precision: null, ...C(t) });
}
function jd(e, t) {
  return new e({ type: 'string', format: 'duration', check: 'string_format', ...C(t) });
}
function Wd(e, t) {
  return new e(gd({ type: 'number', checks: [], ...C(t) }));
}
function Jd(e, t) {
  return new e({ type: 'number', check: 'number_format', abort: !1, format: 'safeint', ...C(t) });
}
function Yd(e, t) {
  return new e({ type: 'boolean', ...C(t) });
}
function Xd(e) {
  return new e({ type: 'unknown' });
}
function ey(e, t) {
  return new e({ type: 'never', ...C(t) });
}
function Ho(e, t) {
  return new Oc({ check: 'less_than', ...C(t), value: e, inclusive: !1 });
}
function j(e, t) {
  return new Oc({ check: 'less_than', ...C(t), value: e, inclusive: !0 });
}
function Xa(e, t) {
  return new qc({ check: 'greater_than', ...C(t), value: e, inclusive: !1 });
}
function ae(e, t) {
  return new qc({ check: 'greater_than', ...C(t), value: e, inclusive: !0 });
}
function ma(e) {
  return Xa(0, e);
}
function Zo(e, t) {
  return new Jp({ check: 'multiple_of', ...C(t), value: e });
}
function M(e, t) {
  return new Xp({ check: 'max_length', ...C(t), maximum: e });
}
function re(e, t) {
  return new eN({ check: 'min_length', ...C(t), minimum: e });
}
function Ko(e, t) {
  return new tN({ check: 'length_equals', ...C(t), length: e });
}
function Z(e, t) {
  return new aN({ check: 'string_format', format: 'regex', ...C(t), pattern: e });
}
function Yc(e) {
  return new rN({ check: 'string_format', format: 'lowercase', ...C(e) });
}
function Xc(e) {
  return new sN({ check: 'string_format', format: 'uppercase', ...C(e) });
}
function ei(e, t) {
  return new oN({ check: 'string_format', format: 'includes', ...C(t), includes: e });
}
function ti(e, t) {
  return new nN({ check: 'string_format', format: 'starts_with', ...C(t), prefix: e });
}
function ai(e, t) {
  return new cN({ check: 'string_format', format: 'ends_with', ...C(t), suffix: e });
}
function St(e) {
  return new iN({ check: 'overwrite', tx: e });
}
function ri(e) {
  return St((t) => t.normalize(e));
}
function si() {
  return St((e) => e.trim());
}
function oi() {
  return St((e) => e.toLowerCase());
}
function ni() {
  return St((e) => e.toUpperCase());
}
function ci() {
  return St((e) => Ac(e));
}
function ty(e, t, a) {
  return new e({ type: 'array', element: t, ...C(a) });
}
function ay(e, t, a) {
  return new e({ type: 'custom', check: 'custom', fn: t, ...C(a) });
}
function ry(e, t) {
  const a = Qv(
    (r) => (
      (r.addIssue = (s) => {
        if (typeof s == 'string') r.issues.push(ca(s, r.value, a._zod.def));
        else {
          const o = s;
          o.fatal && (o.continue = !1),
            o.code ?? (o.code = 'custom'),
            'input' in o || (o.input = r.value),
            o.inst ?? (o.inst = a),
            o.continue ?? (o.continue = !a._zod.def.abort),
            r.issues.push(ca(o));
        }
      }),
      e(r.value, r)
    ),
    t,
  );
  return a;
}
function Qv(e, t) {
  const a = new te({ check: 'custom', ...C(t) });
  return ((a._zod.check = e), a);
}
function er(e, ...t) {
  for (const a of t)
    for (const r of Reflect.ownKeys(a)) Object.prototype.propertyIsEnumerable.call(a, r) && Ae(e, r, a[r]);
  return e;
}
function mi(e) {
  let t = e?.target ?? 'draft-2020-12';
  return (
    t === 'draft-4' && (t = 'draft-04'),
    t === 'draft-7' && (t = 'draft-07'),
    {
      processors: e.processors ?? {},
      metadataRegistry: e?.metadata ?? Gt,
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
function kt(e, t, a, r, s) {
  const o =
    typeof t.unrepresentable == 'function'
      ? t.unrepresentable({ zodSchema: e, path: r.path, message: s })
      : t.unrepresentable;
  if (o === 'any') return !1;
  if (o === void 0 || o === 'throw') throw new Error(s);
  return (Object.assign(a, o), !0);
}
function K(e, t, a = { path: [], schemaPath: [] }) {
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
        N = t.processors[s.type];
      if (!N) throw new Error(`[toJSONSchema]: Non-representable type encountered: ${s.type}`);
      N(e, t, p, u);
    }
    const l = e._zod.parent;
    l && (n.ref || (n.ref = l), K(l, t, u), (t.seen.get(l).isParent = !0));
  }
  const i = t.metadataRegistry.get(e);
  return (
    i && er(n.schema, i),
    t.io === 'input' && me(e) && (delete n.schema.examples, delete n.schema.default),
    t.io === 'input' &&
      '_prefault' in n.schema &&
      ((r = n.schema).default ?? (r.default = n.schema._prefault)),
    delete n.schema._prefault,
    t.seen.get(e).schema
  );
}
function sy(e) {
  return e.replace(/~/g, '~0').replace(/\//g, '~1');
}
function li(e, t) {
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
          p = e.external.uri ?? ((y) => y);
        if (l) return { ref: p(l) };
        const N = n[1].defId ?? n[1].schema.id ?? `schema${e.counter++}`;
        return ((n[1].defId = N), { defId: N, ref: `${p('__shared')}#/${c}/${sy(N)}` });
      }
      const i = '#',
        m = `${i}/${c}/`;
      if (n[1] === a && !n[1].schema.id) return { ref: i };
      const u = n[1].schema.id ?? `__schema${e.counter++}`;
      return { defId: u, ref: m + sy(u) };
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
function cy(e) {
  const t = e.anyOf;
  if (!Array.isArray(t) || t.length === 0 || e.type !== void 0) return;
  const a = [];
  for (const r of t) {
    if (!r || typeof r != 'object') return;
    cy(r);
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
var iy = new Set(['type', 'properties', 'required', 'additionalProperties']),
  oy = ['oneOf', 'anyOf'];
function ny(e) {
  const t = e.additionalProperties;
  return t === void 0 || t === !1 || typeof t != 'object' || t === null
    ? null
    : Object.keys(t).length
      ? t
      : null;
}
function ii(e) {
  const t = [];
  for (const o of e) {
    if (typeof o != 'object' || o.type !== 'object') return null;
    for (const n in o) if (!iy.has(n)) return null;
    t.push(o);
  }
  const a = {},
    r = new Set();
  for (const o of t) {
    for (const n in o.properties) {
      if (Object.hasOwn(a, n)) continue;
      const c = [];
      for (const m of t) {
        const u = m.properties?.[n] ?? ny(m);
        u != null && (c.some((l) => JSON.stringify(l) === JSON.stringify(u)) || c.push(u));
      }
      const i = c.length === 1 ? c[0] : (ii(c) ?? { allOf: c });
      Ae(a, n, i);
    }
    for (const n of o.required ?? []) r.add(n);
  }
  const s = { type: 'object', properties: a };
  if ((r.size && (s.required = [...r]), t.every((o) => o.additionalProperties === !1)))
    s.additionalProperties = !1;
  else {
    const o = [];
    for (const n of t) {
      const c = ny(n);
      c && !o.some((i) => JSON.stringify(i) === JSON.stringify(c)) && o.push(c);
    }
    o.length === 1
      ? (s.additionalProperties = o[0])
      : o.length > 1 && (s.additionalProperties = { allOf: o });
  }
  return s;
}
function wv(e) {
  const t = e.allOf;
  if (!Array.isArray(t) || t.length < 2) return;
  for (const s of iy) if (s in e) return;
  let a = t.filter((s) => oy.some((o) => Array.isArray(s[o]))),
    r = null;
  if (!a.length) r = ii(t);
  else {
    const s = a[0],
      o = oy.find((i) => Array.isArray(s[i]));
    if (Object.keys(s).length !== 1) return;
    const n = t.filter((i) => i !== s),
      c = s[o].map((i) => ii([...n, i]));
    if (c.some((i) => !i)) return;
    r = { [o]: c };
  }
  r && (delete e.allOf, er(e, r));
}
function ui(e, t) {
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
      const N = e.seen.get(l),
        y = N.schema;
      if (
        (y.$ref && (e.target === 'draft-07' || e.target === 'draft-04' || e.target === 'openapi-3.0')
          ? ((m.allOf = m.allOf ?? []), m.allOf.push(y))
          : er(m, y),
        er(m, u),
        c._zod.parent === l)
      )
        for (const x in m) x === '$ref' || x === 'allOf' || x in u || delete m[x];
      if (y.$ref && N.def)
        for (const x in m)
          x === '$ref' ||
            x === 'allOf' ||
            (x in N.def && JSON.stringify(m[x]) === JSON.stringify(N.def[x]) && delete m[x]);
    }
    const p = c._zod.parent;
    if (p && p !== l) {
      r(p);
      const N = e.seen.get(p);
      if (N?.schema.$ref && ((m.$ref = N.schema.$ref), N.def))
        for (const y in m)
          y === '$ref' ||
            y === 'allOf' ||
            (y in N.def && JSON.stringify(m[y]) === JSON.stringify(N.def[y]) && delete m[y]);
    }
    e.override({ zodSchema: c, jsonSchema: m, path: i.path ?? [] });
  };
  if (!e.external || e.sharedEmitDoneFor !== e.external) {
    for (const c of [...e.seen.entries()].reverse()) r(c[0]);
    if (e.target !== 'openapi-3.0') for (const c of e.seen.entries()) cy(c[1].def ?? c[1].schema);
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
      for (const i of e.intersections) for (const m of c.get(i) ?? []) wv(m);
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
  er(s, a.defId ? a.schema : (a.def ?? a.schema));
  const o = e.metadataRegistry.get(t)?.id;
  o !== void 0 && s.id === o && delete s.id;
  const n = e.external?.defs ?? {};
  if (!e.external || e.sharedEmitDoneFor !== e.external)
    for (const c of e.seen.entries()) {
      const i = c[1];
      i.def && i.defId && (i.def.id === i.defId && delete i.def.id, Ae(n, i.defId, i.def));
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
          jsonSchema: { input: tr(t, 'input', e.processors), output: tr(t, 'output', e.processors) },
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
function me(e, t) {
  const a = t ?? { seen: new Set() };
  if (a.seen.has(e)) return !1;
  a.seen.add(e);
  const r = e._zod.def;
  if (r.type === 'transform') return !0;
  if (r.type === 'array') return me(r.element, a);
  if (r.type === 'set') return me(r.valueType, a);
  if (r.type === 'lazy') return me(r.getter(), a);
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
    return me(r.innerType, a);
  if (r.type === 'intersection') return me(r.left, a) || me(r.right, a);
  if (r.type === 'record' || r.type === 'map') return me(r.keyType, a) || me(r.valueType, a);
  if (r.type === 'pipe') return e._zod.traits.has('$ZodCodec') ? !0 : me(r.in, a) || me(r.out, a);
  if (r.type === 'object') {
    for (const s in r.shape) if (me(r.shape[s], a)) return !0;
    return !1;
  }
  if (r.type === 'union') {
    for (const s of r.options) if (me(s, a)) return !0;
    return !1;
  }
  if (r.type === 'tuple') {
    for (const s of r.items) if (me(s, a)) return !0;
    return !!(r.rest && me(r.rest, a));
  }
  return !1;
}
var my =
    (e, t = {}) =>
    (a) => {
      const r = mi({ ...a, processors: t });
      return (K(e, r), li(r, e), ui(r, e));
    },
  tr =
    (e, t, a = {}) =>
    (r) => {
      const { libraryOptions: s, target: o } = r ?? {},
        n = mi({ ...(s ?? {}), target: o, io: t, processors: a });
      return (K(e, n), li(n, e), ui(n, e));
    };
var la = (e, t, a) => {
    (e[t] === void 0 || a > e[t]) && (e[t] = a);
  },
  ua = (e, t, a) => {
    (e[t] === void 0 || a < e[t]) && (e[t] = a);
  },
  ly = (e, t) => {
    la(e, 'minimum', t), ua(e, 'maximum', t);
  },
  dy = (e, t) => {
    e.multipleOf ?? (e.multipleOf = []), e.multipleOf.includes(t) || e.multipleOf.push(t);
  },
  yy = (e, t) => {
    e.patterns ?? (e.patterns = new Set()), e.patterns.add(t);
  },
  xy = (e, t) => {
    e.mime = e.mime ? e.mime.filter((a) => t.includes(a)) : [...t];
  },
  Ry = (e, t) => {
    (e.format = t), t.includes('int') && (e.isInt = !0);
  },
  uy = (e, t) => la(e, 'minimum', t.minimum),
  py = (e, t) => ua(e, 'maximum', t.maximum),
  Ny = (e) => (t, a) => {
    Ry(t, a.format);
    const [r, s] = e[a.format];
    la(t, 'minimum', r), ua(t, 'maximum', s);
  },
  $v = {
    greater_than: (e, t) => la(e, t.inclusive ? 'minimum' : 'exclusiveMinimum', t.value),
    less_than: (e, t) => ua(e, t.inclusive ? 'maximum' : 'exclusiveMaximum', t.value),
    multiple_of: (e, t) => dy(e, t.value),
    number_format: Ny(za),
    bigint_format: Ny(To),
    min_length: uy,
    max_length: py,
    length_equals: (e, t) => ly(e, t.length),
    min_size: uy,
    max_size: py,
    size_equals: (e, t) => ly(e, t.size),
    string_format: (e, t) => {
      Ry(e, t.format),
        t.pattern && yy(e, t.pattern),
        (t.format === 'base64' || t.format === 'base64url') && (e.contentEncoding = t.format),
        (t.local || t.precision === -1) && (e.laxFormat = !0);
    },
    mime_type: (e, t) => xy(e, t.mime),
  };
function he(e) {
  const t = {},
    a = e._zod.def,
    r = e._zod.traits.has('$ZodCheck') ? [e, ...(a.checks ?? [])] : (a.checks ?? []);
  for (const o of r) $v[o._zod.def.check]?.(t, o._zod.def);
  const s = e._zod.bag;
  s.minimum !== void 0 && la(t, 'minimum', s.minimum),
    s.exclusiveMinimum !== void 0 && la(t, 'exclusiveMinimum', s.exclusiveMinimum),
    s.maximum !== void 0 && ua(t, 'maximum', s.maximum),
    s.exclusiveMaximum !== void 0 && ua(t, 'exclusiveMaximum', s.exclusiveMaximum),
    s.multipleOf !== void 0 && dy(t, s.multipleOf),
    s.format !== void 0 && (t.format ?? (t.format = s.format), s.format.includes('int') && (t.isInt = !0)),
    s.mime && xy(t, s.mime);
  for (const o of s.patterns ?? []) yy(t, o);
  return t;
}
var Lv = { guid: 'uuid', url: 'uri', datetime: 'date-time', json_string: 'json-string', regex: '' },
  Ev = new Map([
    [zc, Vp],
    [qo, Op],
  ]),
  fy = (e) => Ev.get(e) ?? e,
  Iy = (e, t, a, r) => {
    const s = a;
    s.type = 'string';
    const { minimum: o, maximum: n, format: c, patterns: i, contentEncoding: m, laxFormat: u } = he(e);
    if (
      (typeof o == 'number' && (s.minLength = o),
      typeof n == 'number' && (s.maxLength = n),
      c &&
        ((s.format = Lv[c] ?? c), s.format === '' && delete s.format, (c === 'time' || u) && delete s.format),
      m && (s.contentEncoding = m),
      i && i.size > 0)
    ) {
      const l = [...i].map(fy);
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
  Sy = (e, t, a, r) => {
    const s = a,
      { minimum: o, maximum: n, multipleOf: c, exclusiveMaximum: i, exclusiveMinimum: m, isInt: u } = he(e);
    s.type = u ? 'integer' : 'number';
    const l = typeof m == 'number' && m >= (o ?? Number.NEGATIVE_INFINITY),
      p = typeof i == 'number' && i <= (n ?? Number.POSITIVE_INFINITY),
      N = t.target === 'draft-04' || t.target === 'openapi-3.0';
    if (
      (l
        ? N
          ? ((s.minimum = m), (s.exclusiveMinimum = !0))
          : (s.exclusiveMinimum = m)
        : typeof o == 'number' && (s.minimum = o),
      p
        ? N
          ? ((s.maximum = i), (s.exclusiveMaximum = !0))
          : (s.exclusiveMaximum = i)
        : typeof n == 'number' && (s.maximum = n),
      c)
    ) {
      const y = new Set();
      for (const f of c)
        Number.isFinite(f) && f !== 0
          ? y.add(Math.abs(f))
          : kt(e, t, s, r, `A multipleOf divisor of ${f} cannot be represented in JSON Schema`);
      const [d, ...x] = y;
      d !== void 0 && (s.multipleOf = d),
        x.length && (s.allOf = [...(s.allOf ?? []), ...x.map((f) => ({ multipleOf: f }))]);
    }
  },
  _y = (e, t, a, r) => {
    a.type = 'boolean';
  };
var vy = (e, t, a, r) => {
  a.not = {};
};
var gy = (e, t, a, r) => {};
var Ay = (e, t, a, r) => {
  const s = e._zod.def,
    o = oa(s.entries);
  if (o.length === 0) {
    a.not = {};
    return;
  }
  o.every((n) => typeof n == 'number') && (a.type = 'number'),
    o.every((n) => typeof n == 'string') && (a.type = 'string'),
    (a.enum = o);
};
var hy = (e, t, a, r) => {
  kt(e, t, a, r, 'Custom types cannot be represented in JSON Schema');
};
var Ty = (e, t, a, r) => {
  kt(e, t, a, r, 'Transforms cannot be represented in JSON Schema');
};
var Cy = (e, t, a, r) => {
  const s = a,
    o = e._zod.def,
    { minimum: n, maximum: c } = he(e);
  typeof n == 'number' && (s.minItems = n),
    typeof c == 'number' && (s.maxItems = c),
    (s.type = 'array'),
    (s.items = K(o.element, t, { ...r, path: [...r.path, 'items'] }));
};
function jo(e) {
  const t = e._zod.def;
  return t.type === 'pipe' && t.in._zod.traits.has('$ZodTransform')
    ? jo(t.out)
    : t.type === 'catch'
      ? jo(t.innerType)
      : e._zod.optin;
}
var Dy = (e, t, a, r) => {
    const s = a,
      o = e._zod.def,
      n = o.shape;
    if (
      Object.getOwnPropertySymbols(n).length &&
      kt(e, t, s, r, 'Symbol keys cannot be represented in JSON Schema')
    )
      return;
    (s.type = 'object'), (s.properties = {});
    for (const m in n) Ae(s.properties, m, K(n[m], t, { ...r, path: [...r.path, 'properties', m] }));
    const i = [];
    for (const m of Object.keys(n)) {
      const u = o.shape[m];
      (t.io === 'input' ? jo(u) === void 0 : u._zod.optout === void 0) && i.push(m);
    }
    i.length > 0 && (s.required = i),
      o.catchall?._zod.def.type === 'never'
        ? (s.additionalProperties = !1)
        : o.catchall
          ? o.catchall &&
            (s.additionalProperties = K(o.catchall, t, { ...r, path: [...r.path, 'additionalProperties'] }))
          : t.io === 'output' && (s.additionalProperties = !1);
  },
  Py = (e, t, a, r) => {
    const s = e._zod.def,
      o = s.inclusive === !1,
      n = s.options.map((c, i) => K(c, t, { ...r, path: [...r.path, o ? 'oneOf' : 'anyOf', i] }));
    o ? (a.oneOf = n) : (a.anyOf = n);
  },
  by = (e, t, a, r) => {
    const s = e._zod.def,
      o = K(s.left, t, { ...r, path: [...r.path, 'allOf', 0] }),
      n = K(s.right, t, { ...r, path: [...r.path, 'allOf', 1] }),
      c = (m) => 'allOf' in m && Object.keys(m).length === 1,
      i = [...(c(o) ? o.allOf : [o]), ...(c(n) ? n.allOf : [n])];
    (a.allOf = i), t.intersections.push(i);
  };
function pi(e, t, a) {
  if (t.$ref) {
    if (a.has(t)) return t;
    a.add(t);
    const y = e.get(t)?.def;
    if (!y) return t;
    const d = pi(e, y, a);
    return d === y ? t : d;
  }
  for (const y of ['anyOf', 'oneOf']) {
    const d = t[y];
    if (!Array.isArray(d)) continue;
    const x = d.map((f) => pi(e, f, a));
    x.some((f, I) => f !== d[I]) && (t = { ...t, [y]: x });
  }
  const r = Array.isArray(t.type) ? t.type : [t.type],
    s = !r.includes('string') && r.some((y) => y === 'number' || y === 'integer'),
    o = t.enum ?? (t.const !== void 0 ? [t.const] : void 0);
  if (!s && !o?.some((y) => typeof y == 'number')) return t;
  const {
    minimum: n,
    maximum: c,
    exclusiveMinimum: i,
    exclusiveMaximum: m,
    multipleOf: u,
    format: l,
    id: p,
    ...N
  } = t;
  return (
    N.enum
      ? (N.enum = N.enum.map((y) => (typeof y == 'number' ? String(y) : y)))
      : typeof N.const == 'number' && (N.const = String(N.const)),
    s && ((N.type = 'string'), o || (N.pattern = (r.includes('number') ? Ka : Mc).source)),
    N
  );
}
var Ni = new WeakMap();
function Gv(e) {
  const t = new Map();
  for (const r of e.seen.values()) r.def && !t.has(r.schema) && t.set(r.schema, r);
  const a = new Map();
  for (const r of Ni.get(e) ?? []) {
    const s = e.seen.get(r),
      o = (s?.def ?? s?.schema)?.propertyNames;
    if (!o || o === !0 || a.has(o)) continue;
    const n = pi(t, o, new Set());
    n !== o && a.set(o, n);
  }
  if (a.size)
    for (const r of e.seen.values())
      for (const s of [r.schema, r.def]) {
        const o = s && a.get(s.propertyNames);
        o && (s.propertyNames = o);
      }
}
var Qy = (e, t, a, r) => {
    const s = a,
      o = e._zod.def;
    s.type = 'object';
    const n = o.keyType,
      c = he(n).patterns;
    if (o.mode === 'loose' && c && c.size > 0) {
      const u = K(o.valueType, t, { ...r, path: [...r.path, 'patternProperties', '*'] });
      s.patternProperties = {};
      for (const l of c) Ae(s.patternProperties, fy(l).source, u);
    } else {
      if (t.target === 'draft-07' || t.target === 'draft-2020-12') {
        s.propertyNames = K(o.keyType, t, { ...r, path: [...r.path, 'propertyNames'] });
        let u = Ni.get(t);
        u || ((u = []), Ni.set(t, u), t.deferred.push(() => Gv(t))), u.push(e);
      }
      s.additionalProperties = K(o.valueType, t, { ...r, path: [...r.path, 'additionalProperties'] });
    }
    const i = n._zod.values,
      m = t.io === 'input' && jo(o.valueType) !== void 0;
    if (i && !o.partial && !m) {
      const u = [...i].filter((l) => typeof l == 'string' || typeof l == 'number');
      u.length > 0 && (s.required = u.map(String));
    }
  },
  wy = (e, t, a, r) => {
    const s = e._zod.def,
      o = K(s.innerType, t, r),
      n = t.seen.get(e);
    t.target === 'openapi-3.0'
      ? ((n.ref = s.innerType), (a.nullable = !0))
      : (a.anyOf = [o, { type: 'null' }]);
  },
  $y = (e, t, a, r) => {
    const s = e._zod.def;
    K(s.innerType, t, r);
    const o = t.seen.get(e);
    o.ref = s.innerType;
  },
  di = Symbol();
function Ly(e, t, a, r, s) {
  let o = !1,
    n = JSON.stringify(e, (c, i) => (typeof i != 'bigint' ? i : ((o = !0), null)));
  return o ? (kt(t, a, r, s, 'BigInt defaults cannot be represented in JSON Schema'), di) : JSON.parse(n);
}
var Ey = (e, t, a, r) => {
    const s = e._zod.def;
    K(s.innerType, t, r);
    const o = t.seen.get(e);
    o.ref = s.innerType;
    const n = Ly(s.defaultValue, e, t, a, r);
    n !== di && (a.default = n);
  },
  Gy = (e, t, a, r) => {
    const s = e._zod.def;
    K(s.innerType, t, r);
    const o = t.seen.get(e);
    if (((o.ref = s.innerType), t.io !== 'input')) return;
    const n = Ly(s.defaultValue, e, t, a, r);
    n !== di && (a._prefault = n);
  },
  ky = (e, t, a, r) => {
    const s = e._zod.def;
    K(s.innerType, t, r);
    const o = t.seen.get(e);
    o.ref = s.innerType;
    let n;
    try {
      n = s.catchValue(void 0);
    } catch {
      kt(e, t, a, r, 'Dynamic catch values are not supported in JSON Schema');
      return;
    }
    a.default = n;
  },
  My = (e, t, a, r) => {
    const s = e._zod.def,
      o = s.in._zod.traits.has('$ZodTransform'),
      n = t.io === 'input' ? (o ? s.out : s.in) : s.out;
    K(n, t, r);
    const c = t.seen.get(e);
    c.ref = n;
  },
  Vy = (e, t, a, r) => {
    const s = e._zod.def;
    K(s.innerType, t, r);
    const o = t.seen.get(e);
    (o.ref = s.innerType), (a.readOnly = !0);
  };
var yi = (e, t, a, r) => {
  const s = e._zod.def;
  K(s.innerType, t, r);
  const o = t.seen.get(e);
  o.ref = s.innerType;
};
var Oy = new WeakSet([Object.prototype, Error.prototype]);
function Wo(e, t, a) {
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
var zv = (e, t) => {
  pp.init(e, t), (e.name = 'ZodError');
  const a = Object.getPrototypeOf(e);
  Oy.has(a) ||
    (Oy.add(a),
    Wo(a, 'format', (r) => (s) => dp(r, s)),
    Wo(a, 'flatten', (r) => (s) => Np(r, s)),
    Wo(a, 'addIssue', (r) => (s) => {
      r.issues.push(s), (r.message = JSON.stringify(r.issues, na, 2));
    }),
    Wo(a, 'addIssues', (r) => (s) => {
      r.issues.push(...s), (r.message = JSON.stringify(r.issues, na, 2));
    }),
    Object.defineProperty(a, 'isEmpty', {
      configurable: !0,
      enumerable: !1,
      get() {
        return this.issues.length === 0;
      },
    }));
};
var _e = R('ZodError', zv, void 0, { Parent: Error });
var qy = Qo(_e),
  Fy = wo(_e),
  By = $o(_e),
  zy = Lo(_e),
  Uy = xp(_e),
  Hy = Rp(_e),
  Zy = fp(_e),
  Ky = Ip(_e),
  jy = Sp(_e),
  Wy = _p(_e),
  Jy = vp(_e),
  Yy = gp(_e);
function Hv() {
  Ne.localeError || Se(_d());
}
function Yo() {
  Ne.memoizer || Se({ memoizer: Sd() });
}
var z = R('ZodType', (e, t) => (Hv(), O.init(e, t), (e.def = t), (e.type = t.type), e), {
    check(...e) {
      const t = this.def;
      return this.clone(
        P.mergeDefs(t, {
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
      return Le(this, e, t);
    },
    brand() {
      return this;
    },
    register(e, t) {
      return (e.add(this, t), this);
    },
    refine(e, t) {
      return this.check(J(e, t));
    },
    superRefine(e, t) {
      return this.check(en(e, t));
    },
    overwrite(e) {
      return this.check(St(e));
    },
    optional() {
      return tx(this);
    },
    exactOptional() {
      return Tg(this);
    },
    nullable() {
      return ax(this);
    },
    nullish() {
      return tx(ax(this));
    },
    nonoptional(e) {
      return wg(this, e);
    },
    array() {
      return vt(this);
    },
    or(e) {
      return Xo([this, e]);
    },
    and(e) {
      return gg(this, e);
    },
    transform(e) {
      return rx(this, hg(e));
    },
    default(e) {
      return Pg(this, e);
    },
    prefault(e) {
      return Qg(this, e);
    },
    catch(e) {
      return Lg(this, e);
    },
    pipe(e) {
      return rx(this, e);
    },
    readonly() {
      return kg(this);
    },
    describe(e) {
      const t = this.clone();
      return (Gt.add(t, { description: e }), t);
    },
    meta(...e) {
      if (e.length === 0) return Gt.get(this);
      const t = this.clone();
      return (Gt.add(t, e[0]), t);
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
      return P.hide(this, '~standard', {
        ...Bc(this),
        jsonSchema: { input: tr(this, 'input'), output: tr(this, 'output') },
      });
    },
    set '~standard'(e) {
      P.own(this, '~standard', e);
    },
    parse: function e(t, a) {
      return qy(this, t, a, { callee: e });
    },
    parseAsync: async function e(t, a) {
      return await Fy(this, t, a, { callee: e });
    },
    safeParse(e, t) {
      return By(this, e, t);
    },
    async safeParseAsync(e, t) {
      return zy(this, e, t);
    },
    get spa() {
      return this?.safeParseAsync;
    },
    set spa(e) {
      P.own(this, 'spa', e);
    },
    validate(e, t) {
      return Lc(this, e, t);
    },
    validateAsync(e, t) {
      return Ec(this, e, t);
    },
    encode: function e(t, a) {
      return Uy(this, t, a, { callee: e });
    },
    decode: function e(t, a) {
      return Hy(this, t, a, { callee: e });
    },
    encodeAsync: async function e(t, a) {
      return await Zy(this, t, a, { callee: e });
    },
    decodeAsync: async function e(t, a) {
      return await Ky(this, t, a, { callee: e });
    },
    safeEncode(e, t) {
      return jy(this, e, t);
    },
    safeDecode(e, t) {
      return Wy(this, e, t);
    },
    async safeEncodeAsync(e, t) {
      return Jy(this, e, t);
    },
    async safeDecodeAsync(e, t) {
      return Yy(this, e, t);
    },
    toJSONSchema(e) {
      return my(this, {})(e);
    },
    get description() {
      return Gt.get(this)?.description;
    },
    get _def() {
      return this._zod.def;
    },
  }),
  sx = R(
    '_ZodString',
    (e, t) => {
      Oo.init(e, t), z.init(e, t), (e._zod.processJSONSchema = (a, r, s) => Iy(e, a, r, s));
    },
    P.derived(
      {
        format: (e) => he(e).format ?? null,
        minLength: (e) => he(e).minimum ?? null,
        maxLength: (e) => he(e).maximum ?? null,
      },
      {
        regex(...e) {
          return this.check(Z(...e));
        },
        includes(...e) {
          return this.check(ei(...e));
        },
        startsWith(...e) {
          return this.check(ti(...e));
        },
        endsWith(...e) {
          return this.check(ai(...e));
        },
        min(...e) {
          return this.check(re(...e));
        },
        max(...e) {
          return this.check(M(...e));
        },
        length(...e) {
          return this.check(Ko(...e));
        },
        nonempty(...e) {
          return this.check(re(1, ...e));
        },
        lowercase(e) {
          return this.check(Yc(e));
        },
        uppercase(e) {
          return this.check(Xc(e));
        },
        trim() {
          return this.check(si());
        },
        normalize(...e) {
          return this.check(ri(...e));
        },
        toLowerCase() {
          return this.check(oi());
        },
        toUpperCase() {
          return this.check(ni());
        },
        slugify() {
          return this.check(ci());
        },
      },
    ),
  ),
  Zv = R(
    'ZodString',
    (e, t) => {
      Oo.init(e, t), sx.init(e, t);
    },
    {
      email(e) {
        return this.check(hd(Yv, e));
      },
      url(e) {
        return this.check(Jc(ox, e));
      },
      jwt(e) {
        return this.check(Ud(dg, e));
      },
      emoji(e) {
        return this.check(Qd(eg, e));
      },
      guid(e) {
        return this.check(Td(Xv, e));
      },
      uuid(e) {
        return this.check(Cd(Jo, e));
      },
      uuidv4(e) {
        return this.check(Dd(Jo, e));
      },
      uuidv6(e) {
        return this.check(Pd(Jo, e));
      },
      uuidv7(e) {
        return this.check(bd(Jo, e));
      },
      nanoid(e) {
        return this.check(wd(tg, e));
      },
      cuid(e) {
        return this.check($d(ag, e));
      },
      cuid2(e) {
        return this.check(Ld(rg, e));
      },
      ulid(e) {
        return this.check(Ed(sg, e));
      },
      base64(e) {
        return this.check(Fd(ug, e));
      },
      base64url(e) {
        return this.check(Bd(pg, e));
      },
      xid(e) {
        return this.check(Gd(og, e));
      },
      ksuid(e) {
        return this.check(kd(ng, e));
      },
      ipv4(e) {
        return this.check(Md(cg, e));
      },
      ipv6(e) {
        return this.check(Vd(ig, e));
      },
      cidrv4(e) {
        return this.check(Od(mg, e));
      },
      cidrv6(e) {
        return this.check(qd(lg, e));
      },
      e164(e) {
        return this.check(zd(Ng, e));
      },
      datetime(e) {
        return this.check(Hd(Kv, e));
      },
      date(e) {
        return this.check(Zd(jv, e));
      },
      time(e) {
        return this.check(Kd(Wv, e));
      },
      duration(e) {
        return this.check(jd(Jv, e));
      },
    },
  );
function b(e) {
  return Ad(Zv, e);
}
var q = R('ZodStringFormat', (e, t) => {
    V.init(e, t), sx.init(e, t);
  }),
  Kv = R('ZodISODateTime', (e, t) => {
    EN.init(e, t), q.init(e, t);
  }),
  jv = R('ZodISODate', (e, t) => {
    GN.init(e, t), q.init(e, t);
  }),
  Wv = R('ZodISOTime', (e, t) => {
    kN.init(e, t), q.init(e, t);
  }),
  Jv = R('ZodISODuration', (e, t) => {
    MN.init(e, t), q.init(e, t);
  }),
  Yv = R('ZodEmail', (e, t) => {
    AN.init(e, t), q.init(e, t);
  });
var Xv = R('ZodGUID', (e, t) => {
  vN.init(e, t), q.init(e, t);
});
var Jo = R('ZodUUID', (e, t) => {
  gN.init(e, t), q.init(e, t);
});
var ox = R('ZodURL', (e, t) => {
  CN.init(e, t), q.init(e, t);
});
function nx(e) {
  return Jc(ox, e);
}
var eg = R('ZodEmoji', (e, t) => {
  DN.init(e, t), q.init(e, t);
});
var tg = R('ZodNanoID', (e, t) => {
  PN.init(e, t), q.init(e, t);
});
var ag = R('ZodCUID', (e, t) => {
  bN.init(e, t), q.init(e, t);
});
var rg = R('ZodCUID2', (e, t) => {
  QN.init(e, t), q.init(e, t);
});
var sg = R('ZodULID', (e, t) => {
  wN.init(e, t), q.init(e, t);
});
var og = R('ZodXID', (e, t) => {
  $N.init(e, t), q.init(e, t);
});
var ng = R('ZodKSUID', (e, t) => {
  LN.init(e, t), q.init(e, t);
});
var cg = R('ZodIPv4', (e, t) => {
  VN.init(e, t), q.init(e, t);
});
var ig = R('ZodIPv6', (e, t) => {
  qN.init(e, t), q.init(e, t);
});
var mg = R('ZodCIDRv4', (e, t) => {
  FN.init(e, t), q.init(e, t);
});
var lg = R('ZodCIDRv6', (e, t) => {
  BN.init(e, t), q.init(e, t);
});
var ug = R('ZodBase64', (e, t) => {
  UN.init(e, t), q.init(e, t);
});
var pg = R('ZodBase64URL', (e, t) => {
  HN.init(e, t), q.init(e, t);
});
var Ng = R('ZodE164', (e, t) => {
  ZN.init(e, t), q.init(e, t);
});
var dg = R('ZodJWT', (e, t) => {
  KN.init(e, t), q.init(e, t);
});
var cx = R(
  'ZodNumber',
  (e, t) => {
    Uc.init(e, t), z.init(e, t), (e._zod.processJSONSchema = (a, r, s) => Sy(e, a, r, s)), (e.isFinite = !0);
  },
  P.derived(
    {
      minValue: (e) => {
        const { minimum: t, exclusiveMinimum: a } = he(e);
        return Math.max(t ?? Number.NEGATIVE_INFINITY, a ?? Number.NEGATIVE_INFINITY);
      },
      maxValue: (e) => {
        const { maximum: t, exclusiveMaximum: a } = he(e);
        return Math.min(t ?? Number.POSITIVE_INFINITY, a ?? Number.POSITIVE_INFINITY);
      },
      isInt: (e) => {
        const { isInt: t, multipleOf: a } = he(e);
        return !!t || !!a?.some(Number.isSafeInteger);
      },
      format: (e) => he(e).format ?? null,
    },
    {
      gt(e, t) {
        return this.check(Xa(e, t));
      },
      gte(e, t) {
        return this.check(ae(e, t));
      },
      min(e, t) {
        return this.check(ae(e, t));
      },
      lt(e, t) {
        return this.check(Ho(e, t));
      },
      lte(e, t) {
        return this.check(j(e, t));
      },
      max(e, t) {
        return this.check(j(e, t));
      },
      int(e) {
        return this.check(_t(e));
      },
      safe(e) {
        return this.check(_t(e));
      },
      positive(e) {
        return this.check(Xa(0, e));
      },
      nonnegative(e) {
        return this.check(ae(0, e));
      },
      negative(e) {
        return this.check(Ho(0, e));
      },
      nonpositive(e) {
        return this.check(j(0, e));
      },
      multipleOf(e, t) {
        return this.check(Zo(e, t));
      },
      step(e, t) {
        return this.check(Zo(e, t));
      },
      finite() {
        return this;
      },
    },
  ),
);
function Te(e) {
  return Wd(cx, e);
}
var yg = R('ZodNumberFormat', (e, t) => {
  jN.init(e, t), cx.init(e, t);
});
function _t(e) {
  return Jd(yg, e);
}
var xg = R('ZodBoolean', (e, t) => {
  WN.init(e, t), z.init(e, t), (e._zod.processJSONSchema = (a, r, s) => _y(e, a, r, s));
});
function pa(e) {
  return Yd(xg, e);
}
var Rg = R('ZodUnknown', (e, t) => {
  JN.init(e, t), z.init(e, t), (e._zod.processJSONSchema = (a, r, s) => gy(e, a, r, s));
});
function Xy() {
  return Xd(Rg);
}
var fg = R('ZodNever', (e, t) => {
  YN.init(e, t), z.init(e, t), (e._zod.processJSONSchema = (a, r, s) => vy(e, a, r, s));
});
function ix(e) {
  return ey(fg, e);
}
var Ig = R(
  'ZodArray',
  (e, t) => {
    Yo(),
      XN.init(e, t),
      z.init(e, t),
      (e._zod.processJSONSchema = (a, r, s) => Cy(e, a, r, s)),
      (e.element = t.element);
  },
  {
    min(e, t) {
      return this.check(re(e, t));
    },
    nonempty(e) {
      return this.check(re(1, e));
    },
    max(e, t) {
      return this.check(M(e, t));
    },
    length(e, t) {
      return this.check(Ko(e, t));
    },
    unwrap() {
      return this.element;
    },
  },
);
function vt(e, t) {
  return ty(Ig, e, t);
}
var Sg = R(
  'ZodObject',
  (e, t) => {
    Yo(),
      ad.init(e, t),
      z.init(e, t),
      (e._zod.processJSONSchema = (a, r, s) => Dy(e, a, r, s)),
      P.installLazyProp(e, 'shape', (a) => a._zod.def.shape, !1);
  },
  {
    keyof() {
      return de(Object.keys(this._zod.def.shape));
    },
    catchall(e) {
      return this.clone(P.mergeDefs(this._zod.def, { catchall: e }));
    },
    passthrough() {
      return this.clone(P.mergeDefs(this._zod.def, { catchall: Xy() }));
    },
    loose() {
      return this.clone(P.mergeDefs(this._zod.def, { catchall: Xy() }));
    },
    strict() {
      return this.clone(P.mergeDefs(this._zod.def, { catchall: ix() }));
    },
    strip() {
      return this.clone(P.mergeDefs(this._zod.def, { catchall: void 0 }));
    },
    extend(e) {
      return P.extend(this, e);
    },
    safeExtend(e) {
      return P.safeExtend(this, e);
    },
    merge(e) {
      return P.merge(this, e);
    },
    pick(e) {
      return P.pick(this, e);
    },
    omit(e) {
      return P.omit(this, e);
    },
    partial(...e) {
      return P.partial(mx, this, e[0]);
    },
    exactPartial(...e) {
      return P.partial(lx, this, e[0], 'exactPartial');
    },
    required(...e) {
      return P.required(ux, this, e[0]);
    },
  },
);
function Q(e, t) {
  return new Sg({ type: 'object', shape: e, catchall: ix(), ...P.normalizeParams(t) });
}
var _g = R('ZodUnion', (e, t) => {
  rd.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (a, r, s) => Py(e, a, r, s)),
    (e.options = t.options);
});
function Xo(e, t) {
  return new _g({ type: 'union', options: e, ...P.normalizeParams(t) });
}
var vg = R('ZodIntersection', (e, t) => {
  sd.init(e, t), z.init(e, t), (e._zod.processJSONSchema = (a, r, s) => by(e, a, r, s));
});
function gg(e, t) {
  return new vg({ type: 'intersection', left: e, right: t });
}
var ex = R('ZodRecord', (e, t) => {
  Yo(),
    od.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (a, r, s) => Qy(e, a, r, s)),
    (e.keyType = t.keyType),
    (e.valueType = t.valueType);
});
function gt(e, t, a) {
  return !t || !t._zod
    ? new ex({ type: 'record', keyType: b(), valueType: e, ...P.normalizeParams(t) })
    : new ex({ type: 'record', keyType: e, valueType: t, ...P.normalizeParams(a) });
}
var Ri = R('ZodEnum', (e, t) => {
  nd.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (r, s, o) => Ay(e, r, s, o)),
    (e.enum = t.entries),
    (e.options = [...e._zod.values]);
  const a = new Set(Object.keys(t.entries));
  (e.extract = (r, s) => {
    const o = {};
    for (const n of r)
      if (a.has(n)) o[n] = t.entries[n];
      else throw new Error(`Key ${n} not found in enum`);
    return new Ri({ ...t, checks: [], ...P.normalizeParams(s), entries: o });
  }),
    (e.exclude = (r, s) => {
      const o = { ...t.entries };
      for (const n of r)
        if (a.has(n)) delete o[n];
        else throw new Error(`Key ${n} not found in enum`);
      return new Ri({ ...t, checks: [], ...P.normalizeParams(s), entries: o });
    });
});
function de(e, t) {
  const a = Array.isArray(e) ? Object.fromEntries(e.map((r) => [r, r])) : e;
  return new Ri({ type: 'enum', entries: a, ...P.normalizeParams(t) });
}
var Ag = R('ZodTransform', (e, t) => {
  Yo(),
    cd.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (a, r, s) => Ty(e, a, r, s)),
    (e._zod.parse = (a, r) => {
      if (r.direction === 'backward') throw new ia(e.constructor.name);
      a.addIssue = (o) => {
        if (typeof o == 'string') a.issues.push(P.issue(o, a.value, t));
        else {
          const n = o;
          n.fatal && (n.continue = !1),
            n.code ?? (n.code = 'custom'),
            'input' in n || (n.input = a.value),
            n.inst ?? (n.inst = e),
            a.issues.push(P.issue(n));
        }
      };
      const s = t.transform(a.value, a);
      return s instanceof Promise ? s.then((o) => ((a.value = o), a)) : ((a.value = s), a);
    });
});
function hg(e) {
  return new Ag({ type: 'transform', transform: e });
}
var mx = R('ZodOptional', (e, t) => {
  Hc.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (a, r, s) => yi(e, a, r, s)),
    (e.unwrap = () => e._zod.def.innerType);
});
function tx(e) {
  return new mx({ type: 'optional', innerType: e });
}
var lx = R('ZodExactOptional', (e, t) => {
  id.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (a, r, s) => yi(e, a, r, s)),
    (e.unwrap = () => e._zod.def.innerType);
});
function Tg(e) {
  return new lx({ type: 'optional', innerType: e });
}
var Cg = R('ZodNullable', (e, t) => {
  md.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (a, r, s) => wy(e, a, r, s)),
    (e.unwrap = () => e._zod.def.innerType);
});
function ax(e) {
  return new Cg({ type: 'nullable', innerType: e });
}
var Dg = R('ZodDefault', (e, t) => {
  ld.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (a, r, s) => Ey(e, a, r, s)),
    (e.unwrap = () => e._zod.def.innerType),
    (e.removeDefault = e.unwrap);
});
function Pg(e, t) {
  return new Dg({
    type: 'default',
    innerType: e,
    get defaultValue() {
      return typeof t == 'function' ? t() : P.shallowClone(t);
    },
  });
}
var bg = R('ZodPrefault', (e, t) => {
  ud.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (a, r, s) => Gy(e, a, r, s)),
    (e.unwrap = () => e._zod.def.innerType);
});
function Qg(e, t) {
  return new bg({
    type: 'prefault',
    innerType: e,
    get defaultValue() {
      return typeof t == 'function' ? t() : P.shallowClone(t);
    },
  });
}
var ux = R('ZodNonOptional', (e, t) => {
  pd.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (a, r, s) => $y(e, a, r, s)),
    (e.unwrap = () => e._zod.def.innerType);
});
function wg(e, t) {
  return new ux({ type: 'nonoptional', innerType: e, ...P.normalizeParams(t) });
}
var $g = R('ZodCatch', (e, t) => {
  Nd.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (a, r, s) => ky(e, a, r, s)),
    (e.unwrap = () => e._zod.def.innerType),
    (e.removeCatch = e.unwrap);
});
function Lg(e, t) {
  return new $g({ type: 'catch', innerType: e, catchValue: typeof t == 'function' ? t : P.constantCatch(t) });
}
var Eg = R('ZodPipe', (e, t) => {
  dd.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (a, r, s) => My(e, a, r, s)),
    (e.in = t.in),
    (e.out = t.out);
});
function rx(e, t) {
  return new Eg({ type: 'pipe', in: e, out: t });
}
var Gg = R('ZodReadonly', (e, t) => {
  yd.init(e, t),
    z.init(e, t),
    (e._zod.processJSONSchema = (a, r, s) => Vy(e, a, r, s)),
    (e.unwrap = () => e._zod.def.innerType);
});
function kg(e) {
  return new Gg({ type: 'readonly', innerType: e });
}
var Mg = R('ZodCustom', (e, t) => {
  xd.init(e, t), z.init(e, t), (e._zod.processJSONSchema = (a, r, s) => hy(e, a, r, s));
});
function J(e, t = {}) {
  return ay(Mg, e, t);
}
function en(e, t) {
  return ry(e, t);
}
var Vg = {
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
  Og = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 },
  px = { min: 0, max: 59 },
  Nx = { min: 0, max: 23 },
  dx = { min: 1, max: 31 },
  yx = { min: 1, max: 12, names: Vg },
  xx = { min: 0, max: 6, names: Og };
function fx(e) {
  if (!fi(e)) return !1;
  const a = e.split(/ +/)[0];
  return qg(a) < 5;
}
function qg(e) {
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
function fi(e) {
  const t = e.split(/ +/);
  if (t.length != 5) return !1;
  const [a, r, s, o, n] = t;
  return Ze(a, px) && Ze(r, Nx) && Ze(s, dx) && Ze(o, yx) && Ze(n, xx);
}
function Ze(e, t, a = !0) {
  if ((t.names && t.names[e.toLowerCase()] !== void 0) || e === '*') return !0;
  if (e.includes(',')) return a ? e.split(',').every((s) => s && Ze(s, t)) : !1;
  if (e.includes('/')) {
    if (!a) return !1;
    const [s, o, ...n] = e.split('/'),
      c = +o;
    return n.length > 0 || isNaN(c) || c <= 0 || !s || !o ? !1 : Ze(s, t) && Ze(o, t, !1);
  }
  if (e.includes('-')) {
    if (!a) return !1;
    const [s, o, ...n] = e.split('-');
    if (n.length > 0 || !s || !o) return !1;
    const c = Rx(s, t.names),
      i = Rx(o, t.names);
    return Ze(s, t, !1) && Ze(o, t, !1) && i >= c;
  }
  const r = +e;
  return !isNaN(r) && r >= t.min && r <= t.max;
}
function Rx(e, t) {
  return t && t[e.toLowerCase()] !== void 0 ? +t[e.toLowerCase()] : +e;
}
var Fg = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u,
  Bg = /[\p{Cf}\p{Co}\p{Cn}\p{Cs}]/u,
  Ix = (e) => `U+${(e.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
function Sx(e) {
  const t = Fg.exec(e);
  return t ? Ix(t[0]) : void 0;
}
function zg(e) {
  const t = Bg.exec(e);
  return t ? Ix(t[0]) : void 0;
}
var _x = en((e, t) => {
    const a = Sx(e),
      r = a ? void 0 : zg(e);
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
  vx = (e) => b().check(M(e), _x),
  Ii = '[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}',
  Si = b().check(
    M(255),
    Z(new RegExp(`^(/${Ii})+$`), {
      error:
        'expected an absolute path such as /home/ubuntu/owl-akrida: letters, digits, _ . - between slashes, no segment starting with a dot',
    }),
  ),
  gx = [
    M(255),
    Z(new RegExp(`^${Ii}(/${Ii})*$`), {
      error:
        'expected a file name relative to the Akrida checkout: letters, digits, _ . - between slashes, no segment starting with a dot',
    }),
  ],
  tn = b().check(...gx),
  Ax = b().check(...gx, Z(/\.py$/, { error: 'expected a Python locustfile ending in .py' })),
  hx = b().check(
    M(100),
    Z(/^[A-Za-z0-9_][A-Za-z0-9_./-]*$/, {
      error: 'expected a branch, tag or commit: letters, digits, _ . / -',
    }),
    J((e) => !e.includes('..') && !e.includes('//') && !e.endsWith('/') && !e.endsWith('.lock'), {
      error: 'not a valid git ref: no "..", "//", trailing "/" or ".lock"',
    }),
    J((e) => !/(^|\/)\.|\.lock(\/|$)|\.$/.test(e), {
      error: 'not a valid git ref: no part may start with "." or end with ".lock", and no trailing "."',
    }),
  ),
  Ug =
    /^(null|~|true|false|yes|no|on|off|y|n|[-+]?(\d[\d_]*(\.[\d_]*)?([eE][-+]?\d+)?|0x[\dA-Fa-f_]+|0o?[0-7_]+|0b[01_]+|\.inf|\.nan))$/i,
  Tx = b().check(
    Z(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$/, {
      error: 'expected a compose service name: letters, digits, _ . -, at most 63 characters',
    }),
    J((e) => !Ug.test(e), {
      error: (e) =>
        `${JSON.stringify(e.input)} would be read as null, a boolean or a number in a compose file; name the service with a letter in it`,
    }),
  ),
  Cx = b().check(
    M(1011),
    Z(/^(\/[A-Za-z0-9_-][A-Za-z0-9_.-]*)+$/, {
      error:
        'expected a Parameter Store name such as /akrida/perf/api-key: letters, digits, _ . - between slashes',
    }),
    J((e) => !/^\/(aws|ssm)/i.test(e), { error: 'names under /aws and /ssm are reserved by AWS' }),
  ),
  Dx = /^[\p{L}\p{N} _.:/=+\-@]*$/u,
  an = b().check(
    re(1),
    M(128),
    Z(Dx, { error: 'expected a tag key of letters, digits, spaces and _ . : / = + - @' }),
    J((e) => !e.toLowerCase().startsWith('aws:'), { error: 'tag keys starting with aws: are AWS-reserved' }),
  ),
  Px = [M(256), Z(Dx, { error: 'expected a tag value of letters, digits, spaces and _ . : / = + - @' })],
  bx = b().check(...Px),
  Qx = b().check(...Px, re(1)),
  At = (e, t) =>
    nx({ protocol: e, error: t }).check(
      M(2048),
      J((a) => /^[\x21-\x7e]+$/.test(a), { error: 'the URL has spaces or non-ASCII characters' }),
      J((a) => !/[$`'"\\<>]/.test(a), { error: 'the URL has $, a backtick, a quote, a backslash or <>' }),
      J(
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
  _i = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/,
  rn = b().check(
    M(253),
    Z(/^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/, {
      error: 'expected a host name or IPv4 address such as 10.0.1.20 or db.internal',
    }),
    J((e) => !/(^|\.)(0x[0-9a-f]*|\d+)$/i.test(e) || _i.test(e), {
      error:
        'a numeric host must be a plain IPv4 address such as 10.0.1.20 (no hex, octal, leading zeros or short forms)',
    }),
  ),
  vi = (e) =>
    b().check(
      re(1),
      M(e),
      Z(/^[A-Za-z0-9:._/#=+-]+$/, { error: 'expected an identifier of letters, digits and : . _ / # = + -' }),
    ),
  gi = b().check(
    M(1024),
    Z(/^\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$/, {
      error: 'expected an HTTP path such as /status/live (no spaces or control characters)',
    }),
  ),
  wx = b().regex(/^[A-Z_][A-Z0-9_]{0,127}$/, { error: 'expected an upper-case .env key' });
function Ai(e) {
  if (/^["']/.test(e)) return 'it starts with a quote, which compose strips (or reads on past the line)';
  if (/^\s|\s$/.test(e)) return 'it starts or ends with a blank, which compose trims';
  if (/\s#/.test(e)) return 'a blank followed by # starts a comment, which compose cuts off';
}
var $x = [
    M(4096),
    _x,
    J((e) => !/[$`]/.test(e), {
      error: 'contains $ or a backtick, which docker compose would interpolate in a .env file',
    }),
    en((e, t) => {
      const a = Sx(e) ? void 0 : Ai(e);
      a &&
        t.addIssue({
          code: 'custom',
          message: `docker compose would read it differently in a .env file: ${a}`,
          input: e,
        });
    }),
  ],
  sn = b().check(...$x),
  Lx = b().check(...$x, J(Hg, { error: 'expected a JSON array of credential attributes' })),
  hi = b().regex(/^[A-Za-z][A-Za-z0-9-]{0,63}$/, {
    error: 'expected an HTTP header name such as Authorization',
  }),
  ye = _t().check(ae(1), j(65535)).describe('TCP port (1-65535)'),
  Y = (e, t) => _t().check(ae(e), j(t)),
  ht = (e) => _t().check(ma(), j(e)),
  on = (e) => ht(86400).describe(e),
  nt = b().check(
    M(32),
    Z(/^[a-z][a-z0-9-]*\.[a-z0-9]+$/, { error: 'expected an EC2 instance type such as t3.xlarge' }),
  );
function Hg(e) {
  try {
    return Array.isArray(JSON.parse(e));
  } catch {
    return !1;
  }
}
var Ex = b().check(
    M(100),
    J(fi, { error: 'expected a 5-field cron expression such as "0 20 * * 1-5" (UTC), each field in range' }),
    J((e) => !fx(e), { error: 'GitHub runs schedules at most every 5 minutes' }),
  ),
  Ti = b().check(
    Z(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d|[12]\d|3[0-2])$/, {
      error: 'expected an IPv4 CIDR such as 10.0.0.0/16',
    }),
    J(
      (e) =>
        e
          .split('/')[0]
          ?.split('.')
          .every((t) => Number(t) <= 255),
      { error: 'expected an IPv4 CIDR whose octets are 0-255' },
    ),
  );
var Ke = Xo(
    [
      Q({ parameter: Cx }).describe('An SSM Parameter Store SecureString, read by the instance role at boot'),
      Q({
        githubSecret: b().regex(/^(?!GITHUB_)[A-Z_][A-Z0-9_]{0,99}$/, {
          error: 'expected a workflow secret name such as ACAPY_ADMIN_API_KEY',
        }),
      }).describe('A GitHub Actions secret; the workflow stores it as a SecureString before use'),
      Q({
        generated: b().regex(/^[a-z][a-z0-9-]{0,62}$/, {
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
  ar = Xo(
    [
      Q({ instanceId: b().regex(/^i-[0-9a-f]{8,17}$/, { error: 'expected an instance id i-\u2026' }) }),
      Q({
        tags: gt(an, Qx).refine((e) => Object.keys(e).length > 0 && Object.keys(e).length <= 10, {
          error: 'expected 1-10 tags that select exactly one instance',
        }),
      }),
      Q({ machine: de(['locust', 'issuer'], { error: 'expected machine: locust or machine: issuer' }) }),
    ],
    {
      error: 'expected { instanceId: i-\u2026 }, { tags: { Name: \u2026 } } or { machine: locust | issuer }',
    },
  ),
  nn = gt(wx, sn)
    .refine((e) => Object.keys(e).length <= 100, { error: 'at most 100 extra .env keys' })
    .default({})
    .describe('Extra non-secret .env keys'),
  Gx = Q({ min: Y(0, 50), desired: Y(0, 50), max: Y(1, 50) });
var kx = Q({
  instanceType: nt,
  capacity: Gx,
  ports: Q({ admin: ye.default(8150), transport: ye.default(8151) }).prefault({}),
  listeners: Q({ admin: ye.default(8080), transport: ye.default(80) }).prefault({}),
  loadBalancerScheme: de(['internal', 'internet-facing'])
    .default('internal')
    .describe('internal: reached from the VPC (and operators over VPN); internet-facing: from operatorCidrs'),
  healthCheck: Q({
    adminPath: gi.default('/status/live'),
    transportPath: gi.default('/'),
    healthyThreshold: Y(2, 10).default(2),
    unhealthyThreshold: Y(2, 10).default(2),
    timeoutSeconds: Y(2, 120).default(10),
    intervalSeconds: Y(5, 300).default(12),
    successCodes: b()
      .regex(/^\d{3}(-\d{3})?(,\d{3}(-\d{3})?)*$/, { error: 'expected HTTP codes such as 200 or 200-299' })
      .default('200'),
  }).prefault({}),
  warmupSeconds: on('Default instance warmup of the ACA-Py group').default(300),
  genesisUrl: At(/^https?$/, 'expected the ledger genesis URL (http or https)'),
  databaseHost: rn
    .optional()
    .describe('Holder/wallet database host (internal IP or DNS name); omit with machines.database'),
  services: Q({
    postgres: ye.default(5432),
    redis: ye.default(6379),
    mediator: ye.default(3e3),
    tails: ye.default(6543),
  }).prefault({}),
  environment: nn,
  secrets: Q({
    adminApiKey: Ke,
    walletAccount: Ke,
    walletPassword: Ke,
    walletAdminAccount: Ke,
    walletAdminPassword: Ke,
  }),
});
var Mx = Q({
  master: Q({
    instance: ar.describe('The existing Locust master instance'),
    webPort: ye.default(8089),
    bindPort: ye.default(8090).describe('MASTER_PORT: where workers connect'),
  }),
  workers: Q({
    instanceType: nt,
    count: Y(0, 1e3).optional().describe('Fixed worker count (or give targetUsers)'),
    targetUsers: ht(1e6).optional().describe('Size the worker count from this many users'),
    max: Y(1, 1e3),
    warmupSeconds: on('Default instance warmup of the worker group').default(3600),
  }).refine((e) => (e.count === void 0) != (e.targetUsers === void 0), {
    error: 'give exactly one of count or targetUsers',
  }),
  userPorts: Q({ start: ye, end: ye }).describe('START_PORT-END_PORT: one port per simulated agent'),
  memoryPerAgentMiB: Y(16, 4096).default(100).describe('Memory one Akrida agent needs (docs: 52-100 MB)'),
  waitSeconds: Q({ min: Te().check(ae(0), j(3600)), max: Te().check(ae(0), j(3600)) }).prefault({
    min: 1,
    max: 10,
  }),
  ledger: b().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { error: 'expected a ledger name such as bcovrin' }),
  schema: vi(512)
    .optional()
    .describe('SCHEMA: anchored schema id (with machines.issuer: made by the toolkit unless pinned)'),
  credDef: vi(512)
    .optional()
    .describe(
      'CRED_DEF: anchored credential definition id (with machines.issuer: made by the toolkit unless pinned)',
    ),
  credAttr: Lx.default('[{"mime-type": "text/plain","name": "score","value": "test"}]'),
  issuer: Q({
    type: de(['acapy']).default('acapy'),
    headers: gt(hi, Ke)
      .refine((e) => Object.keys(e).length <= 20, { error: 'at most 20 headers' })
      .default({})
      .describe('Extra ISSUER_HEADERS, as secrets'),
  }).prefault({}),
  verifier: Q({
    type: de(['acapy']).default('acapy'),
    headers: gt(hi, Ke)
      .refine((e) => Object.keys(e).length <= 20, { error: 'at most 20 headers' })
      .default({}),
  }).prefault({}),
  mediation: Q({
    enabled: pa(),
    url: At(/^https?$/, 'expected the mediator invitation URL (http or https)').optional(),
    pickupStrategy: de(['implicit', 'pickupv2-live']).default('implicit'),
  }).prefault({ enabled: !1 }),
  verifiedTimeoutSeconds: ht(3600).default(60),
  isAnoncreds: pa().default(!0),
  agentLoggingLevel: Y(0, 7).default(7),
  connectionsPerAgent: ht(1e3).default(2),
  messageToSend: sn.default('akrida load test'),
  environment: nn,
});
var Zg = '/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id',
  Vx = ['database', 'issuer', 'locust', 'mediator'],
  cn = (e) =>
    b().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, {
      error: `expected a ${e} of letters, digits, . _ - (at most 64)`,
    }),
  mn = (e, t) =>
    _t()
      .check(ae(e, { error: `expected at least ${e} GiB` }), j(2048))
      .default(t)
      .describe('Size of its encrypted root volume in GiB'),
  Ox = Q({
    baseImage: b()
      .regex(/^\/aws\/service\/canonical\/ubuntu\/[A-Za-z0-9._/-]{1,200}$/, {
        error: "expected one of Canonical's public image parameters, /aws/service/canonical/ubuntu/...",
      })
      .default(Zg)
      .describe("SSM public parameter naming the base image (Canonical's current Ubuntu LTS)"),
    database: Q({ instanceType: nt.default('t3a.small'), diskGiB: mn(8, 20) })
      .optional()
      .describe('Postgres + Redis for the ACA-Py wallets; cleaned on every start'),
    issuer: Q({
      instanceType: nt.default('t3a.small'),
      diskGiB: mn(8, 20),
      registerUrl: At(/^https?$/, 'expected the ledger registration endpoint (http or https)')
        .optional()
        .describe(
          'BCovrin-style endpoint that anchors a DID; without it, cluster-up stops with the DID to anchor',
        ),
      alias: cn('DID alias').default('akrida-issuer'),
      schema: Q({
        name: cn('schema name').default('score'),
        version: b()
          .regex(/^\d{1,5}(\.\d{1,5}){0,3}$/, { error: 'expected a version such as 1.0' })
          .default('1.0'),
        attributes: vt(cn('attribute name')).check(re(1), M(50)).default(['score']),
      }).prefault({}),
      credDefTag: cn('credential definition tag').default('default'),
    })
      .optional()
      .describe('The stand-alone ACA-Py issuer: its DID, schema and credential definition are made by API'),
    locust: Q({
      instanceType: nt.default('t3.xlarge'),
      diskGiB: mn(32, 64),
      swapMiB: Y(0, 65536).default(512),
    })
      .optional()
      .describe('The stand-alone Locust machine: the master, and the source of the worker image'),
    mediator: Q({
      instanceType: nt.default('t3a.small'),
      diskGiB: mn(8, 20),
      dnsName: rn
        .optional()
        .describe(
          "The name agents reach the mediator by (MEDIATOR_DNS), pointed at the machine by a person; without it, the machine's private address (stable across stops), reachable inside the VPC",
        ),
    })
      .optional()
      .describe("Akrida's ACA-Py mediator; its invitation URL becomes the Locust MEDIATION_URL"),
  });
var qx = 40,
  ln = Q({
    $schema: vx(512).optional(),
    name: b()
      .check(
        Z(/^[a-z][a-z0-9-]{1,20}[a-z0-9]$/, {
          error: 'expected 3-22 characters: lower-case letters, digits and dashes, starting with a letter',
        }),
        J((e) => !/^(internal|sg)-/.test(e), {
          error:
            'a cluster name may not start with internal- or sg- (AWS refuses such load balancer and security group names)',
        }),
      )
      .describe('Cluster name: used in every tag and resource name'),
    region: b()
      .regex(/^[a-z0-9-]{1,32}$/, { error: 'expected an AWS region code such as us-east-1' })
      .describe('AWS region, e.g. us-east-1'),
    network: Q({
      vpcId: b().regex(/^vpc-[0-9a-f]{8,17}$/, { error: 'expected a VPC id vpc-\u2026' }),
      vpcCidrs: vt(Ti)
        .check(re(1), M(5))
        .describe('VPC ranges allowed to reach the holder DB, redis, mediator and tails'),
      subnetIds: vt(
        b().regex(/^subnet-[0-9a-f]{8,17}$/, { error: 'expected a subnet id subnet-\u2026' }),
      ).check(
        re(2, { error: 'an Application Load Balancer needs subnets in at least 2 availability zones' }),
        M(16),
      ),
    }),
    tags: gt(an, bx)
      .refine((e) => Object.keys(e).length <= qx, {
        error: `at most ${qx} extra tags (AWS allows 50 a resource; the toolkit adds its own)`,
      })
      .default({ type: 'Perf' })
      .describe('Extra tags on every resource'),
    instanceProfile: b()
      .check(
        Z(/^[\w+=,.@-]{1,128}$/, { error: 'expected an IAM instance profile name' }),
        Z(/^akrida-ops(-[\w+=,.@-]+)?$/, {
          error:
            "expected one of the toolkit's instance profiles, akrida-ops-instance or akrida-ops-<suffix>; instances run the Akrida code of the pull request with this profile's permissions",
        }),
      )
      .default('akrida-ops-instance')
      .describe('Instance profile of every instance: SSM agent access and read of the cluster parameters'),
    access: Q({
      operatorCidrs: vt(Ti)
        .check(re(1), M(20))
        .describe('Who may reach the ACA-Py admin listener and the Locust UI'),
      allowAnywhere: pa().default(!1).describe('Explicit, loud opt-in to 0.0.0.0/0 on operator ports'),
    }),
    source: Q({
      repository: At(/^https$/, 'expected an https:// git URL'),
      ref: hx.describe('Branch, tag or commit of Akrida to build'),
      directory: Si.default('/home/ubuntu/owl-akrida').describe('Akrida checkout on the Locust instances'),
      acapyDirectory: Si.default('/home/ubuntu').describe('ACA-Py compose project on the ACA-Py instances'),
      locustService: Tx.default('load-agent').describe('The Locust service in the compose files'),
      compose: Q({
        master: tn.default('docker-compose.yml'),
        worker: tn.default('worker.docker-compose.yml'),
        acapy: tn.default('docker-compose.yml'),
      }).prefault({}),
      locustFiles: vt(Ax).check(re(1), M(20)).describe('LOCUST_FILES: scenario(s) to run'),
    }),
    machines: Ox.optional().describe(
      'Stand-alone machines the toolkit creates and prepares (the from-zero form)',
    ),
    images: Q({
      locust: ar.describe('The stand-alone Locust instance (or machine) to bake the worker image from'),
      acapy: ar.describe(
        'The stand-alone ACA-Py instance (or the issuer machine) to bake the agent image from',
      ),
      resetDocker: pa().default(!0).describe('Reset a hanging Docker before baking'),
      keep: Y(1, 20).default(2).describe('How many images per role to keep'),
    }),
    acapy: kx,
    locust: Mx,
    loadTest: Q({
      users: ht(1e6),
      spawnRate: Te().check(ma(), j(1e4)).describe('Users started per second'),
      runTimeSeconds: ht(86400),
      thresholds: Q({
        maxFailRatio: Te().check(ae(0), j(1)).default(0.01),
        maxP95Ms: Te().check(ma(), j(36e5)).default(5e3),
        minRps: Te().check(ae(0), j(1e6)).default(0),
      }).prefault({}),
    }),
    teardown: Q({
      schedule: Ex,
      ttlHours: Te().check(ae(1, { error: 'expected at least 1 hour' }), j(720)),
      mode: de(['scale-to-zero', 'destroy']).default('scale-to-zero'),
    }),
  });
var un = 256 * 1024,
  Mt = 100,
  Fx = 16,
  Bx = 1e3,
  rr = 50;
function zx(e) {
  let t = 0,
    a = 0,
    r = 0,
    s = '',
    o = !1;
  for (let n = 0; n < e.length; n++) {
    const c = e[n];
    if ((c === '[' || c === '{') && (a++, a > Bx))
      return {
        message: `more than ${Bx} bracketed lists and mappings ([ and { are counted everywhere, in quotes and comments too)`,
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
      if ((t++, t > Fx))
        return {
          message: `the YAML nests brackets more than ${Fx} deep`,
          hint: 'a cluster file needs a few levels of nesting; remove the deep brackets',
          offset: n,
        };
    } else if (c === ']' || c === '}') t = Math.max(0, t - 1);
    else if (c === '*' && /[\s,[{]/.test(i) && /[^\s,\]}]/.test(e.charAt(n + 1)) && (r++, r > Mt))
      return {
        message: `more than ${Mt} aliases`,
        hint: 'write the values out; aliases can multiply a small file into a huge one',
        offset: n,
      };
  }
}
function Ux(e) {
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
        message: `the YAML tag ${Kg(o.tag)} is not allowed here`,
        hint: 'remove the tag and write the plain value',
        offset: o.range?.[0] ?? 0,
      });
  };
  if (
    (ie(e, {
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
          if (fe(i.key)) {
            t.push({
              message: `the alias *${i.key.source} is used as a key`,
              hint: 'write the key out; an alias key can silently repeat (and replace) a key defined elsewhere',
              offset: i.key.range?.[0] ?? 0,
            });
            continue;
          }
          const m = D(i.key) ? String(i.key.value) : void 0;
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
        if (a > Mt)
          return (
            t.push({
              message: `more than ${Mt} aliases`,
              hint: 'write the values out; aliases can multiply a small file into a huge one',
              offset: c,
            }),
            ie.BREAK
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
      e.toJS({ maxAliasCount: Mt });
    } catch (o) {
      let n = 0;
      ie(e, {
        Alias(c, i) {
          return ((n = i.range?.[0] ?? 0), ie.BREAK);
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
function Kg(e) {
  return e.startsWith('tag:yaml.org,2002:') ? `!!${e.slice(18)}` : e.startsWith('!') ? e : `!<${e}>`;
}
function Ci(e) {
  return e.length <= rr
    ? e
    : [
        ...e.slice(0, rr),
        {
          severity: 'error',
          path: [],
          message: `and ${e.length - rr} more problems`,
          hint: 'fix the ones above first',
        },
      ];
}
function Zx(e) {
  const t = e.path,
    a = (r, s, o = t) => ({ severity: 'error', path: o, message: r, ...(s ? { hint: s } : {}) });
  switch (e.code) {
    case 'unrecognized_keys': {
      const r = Jg(t),
        s = e.keys.slice(0, rr).map((n) => {
          const c = aa(n, r);
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
        return [a(`required ${e.expected} is missing`, `add ${String(s)}: to ${Hx(t)}`)];
      }
      if (typeof e.input == 'number' && !Number.isFinite(e.input))
        return [a(`expected a finite number, got ${String(e.input)}`, Tt(t) ?? 'write a plain number')];
      if (e.expected === 'int' && typeof e.input == 'number')
        return [a(`expected a whole number, got ${e.input}`, Tt(t) ?? 'drop the fraction')];
      const r =
        t.length === 0
          ? 'a mapping of cluster settings'
          : e.expected === 'int'
            ? 'a whole number'
            : e.expected;
      return [a(`expected ${r}, got ${Wg(e.input)}`, Tt(t))];
    }
    case 'invalid_value':
      return [a(`expected one of ${e.values.map((r) => JSON.stringify(r)).join(', ')}`, Tt(t))];
    case 'too_small':
    case 'too_big': {
      const r = String(e.code === 'too_small' ? e.minimum : e.maximum),
        s = e.origin === 'array' ? 'entries' : e.origin === 'string' ? 'characters' : '',
        o = e.inclusive !== !1,
        n = e.code === 'too_small' ? (o ? 'at least' : 'more than') : o ? 'at most' : 'less than',
        c = e.message.startsWith('Too ') ? void 0 : e.message;
      return [a(c ?? `expected ${n} ${r}${s ? ` ${s}` : ''}`, Tt(t))];
    }
    case 'invalid_key':
      return [a(e.issues.map((r) => r.message).join('; ') || 'not a valid key here', Tt(t))];
    case 'invalid_union':
      if (e.input === void 0) {
        const r = t[t.length - 1];
        return [a('required setting is missing', `add ${String(r)}: to ${Hx(t)}`)];
      }
      return e.message === 'a secret written as a literal value'
        ? [
            a(
              e.message,
              'store it in Parameter Store and write { parameter: /akrida/<cluster>/<name> }, or { githubSecret: NAME }',
            ),
          ]
        : [a(e.message, Tt(t))];
    default:
      return [a(e.message, Tt(t))];
  }
}
var jg = {
  name: 'e.g. perf-example; it prefixes every resource name, and load balancer names are limited to 32 characters',
  region: 'an AWS region code such as us-east-1',
  'source.repository': 'e.g. https://github.com/openwallet-foundation/owl-akrida.git',
  'teardown.schedule': 'minute hour day-of-month month day-of-week, in UTC',
};
function Tt(e) {
  return jg[e.filter((t) => typeof t == 'string').join('.')];
}
function Hx(e) {
  const t = e.slice(0, -1);
  return t.length === 0 ? 'the top level' : t.join('.');
}
function Wg(e) {
  return e === null ? 'null' : Array.isArray(e) ? 'a list' : typeof e == 'object' ? 'a mapping' : typeof e;
}
function Jg(e) {
  let t = ln;
  for (const r of e) t = t && Yg(t, r);
  const a = t && Di(t);
  return a ? Object.keys(a._zod.def.shape) : [];
}
function pn(e) {
  const t = e._zod.def;
  return t.innerType ? pn(t.innerType) : t.in ? pn(t.in) : e;
}
function Di(e) {
  const t = pn(e);
  if (t._zod.def.type === 'object') return t;
  if (t._zod.def.type === 'union')
    for (const a of t._zod.def.options) {
      const r = Di(a);
      if (r) return r;
    }
}
function Yg(e, t) {
  const a = pn(e),
    r = a._zod.def;
  return r.type === 'array'
    ? r.element
    : r.type === 'record'
      ? r.valueType
      : Di(a)?._zod.def.shape[String(t)];
}
function Nn(e) {
  if (e.length === 0) return '(file)';
  const t = (a) => (/^[\x21-\x7e]+$/.test(a) && !/["[\]]/.test(a) ? a : JSON.stringify(a));
  return e.map((a, r) => (typeof a == 'number' ? `[${a}]` : r === 0 ? t(a) : `.${t(a)}`)).join('');
}
function Xg(e) {
  const t = `${e.file}:${e.line}:${e.column}: ${e.severity} ${Nn(e.path)}: ${e.message}`;
  return e.hint
    ? `${t}
  hint: ${e.hint}`
    : t;
}
var Me = class extends Error {
  problems;
  constructor(t) {
    const a = t.filter((s) => s.severity === 'error'),
      r = t[0]?.file ?? 'cluster file';
    super(
      `${r}: ${a.length} problem${a.length === 1 ? '' : 's'}; nothing was changed in AWS.
` +
        t.map(Xg).join(`
`),
    ),
      (this.name = 'ConfigError'),
      (this.problems = t);
  }
};
var Vt = {
  cluster: 'akrida:cluster',
  role: 'akrida:role',
  managedBy: 'managed-by',
  expiresAt: 'akrida:expires-at',
};
var eA = 'akrida:prepare';
var Kx = ['Name', eA, ...Object.values(Vt)];
function sr(e, t) {
  return 'parameter' in t
    ? t.parameter
    : 'githubSecret' in t
      ? `/akrida-ops/${e.name}/${t.githubSecret}`
      : `/akrida-ops/${e.name}/generated/${t.generated}`;
}
var jx = (e) => `/akrida-ops/${e.name}/mediator/invitation-url`;
var Pi = {
    transportDns: '<acapy-transport load balancer DNS name>',
    adminDns: '<acapy-admin load balancer DNS name>',
    masterPrivateIp: '<Locust master private IP>',
    databaseIp: '<database machine private IP>',
    ledgerIds: {
      schemaId: '<schema id made by the issuer machine>',
      credDefId: '<credential definition id made by the issuer machine>',
    },
  },
  k = (e, t) => ({ key: e, value: String(t) }),
  ct = class extends Error {
    name = 'EnvFileError';
  };
function Yx(e, t) {
  const a = new Set(e.map((s) => s.key)),
    r = [...e];
  for (const [s, o] of Object.entries(t)) {
    if (a.has(s)) throw new ct(`.env key ${s} is written by the toolkit; it cannot be set again`);
    a.add(s), r.push(k(s, o));
  }
  for (const s of r) {
    if (!/^[A-Z_][A-Z0-9_]*$/.test(s.key))
      throw new ct(`.env key ${JSON.stringify(s.key)} is not a plain upper-case name`);
    if ('value' in s && /[\u0000-\u001f\u007f]/.test(s.value))
      throw new ct(`.env value of ${s.key} contains a line break or control character`);
    const o = 'value' in s ? Ai(s.value) : void 0;
    if (o) throw new ct(`.env value of ${s.key}: docker compose would read it differently (${o})`);
  }
  return r;
}
function Xx(e, t) {
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
    s = t === 'acapy' ? eR(r, Pi) : [...bi(r, Pi, 'master'), ...bi(r, Pi, 'worker')];
  return new Set(s.map((o) => o.key));
}
function eR(e, t) {
  const a = (r) => sr(e, r);
  return Yx(
    [
      k('ISSUER', t.transportDns),
      k('DATABASE', tA(e, t)),
      { key: 'ACAPY_ADMIN_API_KEY', secret: a(e.acapy.secrets.adminApiKey) },
      k('EXPOSED_PORT', e.acapy.listeners.transport),
      k('ACAPY_GENESIS_URL', e.acapy.genesisUrl),
      { key: 'ACCOUNT', secret: a(e.acapy.secrets.walletAccount) },
      { key: 'PASSWORD', secret: a(e.acapy.secrets.walletPassword) },
      { key: 'ADMIN_ACCOUNT', secret: a(e.acapy.secrets.walletAdminAccount) },
      { key: 'ADMIN_PASSWORD', secret: a(e.acapy.secrets.walletAdminPassword) },
    ],
    e.acapy.environment,
  );
}
function tA(e, t) {
  const a = e.acapy.databaseHost ?? (e.machines?.database ? t.databaseIp : void 0);
  if (a === void 0)
    throw new ct('DATABASE: give acapy.databaseHost, or machines.database for the toolkit to make one');
  return a;
}
function Wx(e, t, a) {
  const r = a === 'SCHEMA' ? e.locust.schema : e.locust.credDef;
  if (r !== void 0) return k(a, r);
  const s = e.machines?.issuer ? t.ledgerIds : void 0;
  if (!s) throw new ct(`${a}: give locust.${a === 'SCHEMA' ? 'schema' : 'credDef'}, or machines.issuer`);
  return k(a, a === 'SCHEMA' ? s.schemaId : s.credDefId);
}
function aA(e) {
  const t = e.locust.mediation;
  if (t.url !== void 0) return k('MEDIATION_URL', t.url);
  if (!t.enabled) return k('MEDIATION_URL', '');
  if (e.machines?.mediator) return { key: 'MEDIATION_URL', secret: jx(e) };
  throw new ct('MEDIATION_URL: give locust.mediation.url, or machines.mediator');
}
function Jx(e, t) {
  return [
    ...Object.entries(t).map(([a, r]) => ({ name: a, secret: sr(e, r) })),
    { name: 'X-API-Key', secret: sr(e, e.acapy.secrets.adminApiKey) },
  ];
}
function bi(e, t, a) {
  const r = e.locust,
    s = `http://${t.adminDns}:${e.acapy.listeners.admin}`;
  return Yx(
    [
      aA(e),
      k('WITH_MEDIATION', r.mediation.enabled ? 'True' : 'False'),
      k('PICKUP_STRATEGY', r.mediation.pickupStrategy),
      k('MASTER_HOST', t.masterPrivateIp),
      k('MASTER_PORT', r.master.bindPort),
      k('LOCUST_MIN_WAIT', r.waitSeconds.min),
      k('LOCUST_MAX_WAIT', r.waitSeconds.max),
      k('ISSUER_URL', s),
      k('ISSUER_TYPE', r.issuer.type),
      { key: 'ISSUER_HEADERS', headers: Jx(e, r.issuer.headers) },
      k('VERIFIER_URL', s),
      k('VERIFIER_TYPE', r.verifier.type),
      { key: 'VERIFIER_HEADERS', headers: Jx(e, r.verifier.headers) },
      Wx(e, t, 'CRED_DEF'),
      k('CRED_ATTR', r.credAttr),
      Wx(e, t, 'SCHEMA'),
      k('LEDGER', r.ledger),
      k('VERIFIED_TIMEOUT_SECONDS', r.verifiedTimeoutSeconds),
      k('LOCUST_FILES', e.source.locustFiles.join(',')),
      k('START_PORT', r.userPorts.start),
      k('END_PORT', r.userPorts.end),
      k('MESSAGE_TO_SEND', r.messageToSend),
      k('IS_ANONCREDS', r.isAnoncreds ? 'True' : 'False'),
      k('AGENT_LOGGING_LEVEL', r.agentLoggingLevel),
      k('CONNECTIONS_PER_AGENT', r.connectionsPerAgent),
      a === 'worker' ? { key: 'AGENT_IP', imds: 'local-ipv4' } : k('AGENT_IP', t.masterPrivateIp),
    ],
    r.environment,
  );
}
function dn(e) {
  const [t = '', a = '32'] = e.split('/'),
    r = t.split('.').reduce((n, c) => n * 256 + Number(c), 0),
    s = Number(a),
    o = 2 ** (32 - s);
  return { start: Math.floor(r / o) * o, size: o, prefix: s, base: r };
}
var rA = (e) => [24, 16, 8, 0].map((t) => Math.floor(e / 2 ** t) % 256).join('.');
function tR(e) {
  const t = dn(e);
  return t.base === t.start ? void 0 : `${rA(t.start)}/${t.prefix}`;
}
function aR(e) {
  let t = e.map(dn).sort((s, o) => s.start - o.start),
    a = 0,
    r = -1;
  for (const s of t) {
    const o = s.start + s.size;
    s.start >= r ? (a += s.size) : o > r && (a += o - r), (r = Math.max(r, o));
  }
  return a;
}
var rR = 2 ** 24,
  sA = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'].map(dn);
function Qi(e) {
  const t = dn(e);
  return sA.some((a) => t.start >= a.start && t.start + t.size <= a.start + a.size);
}
var oA =
    /(PASSWORD|PASSWD|PASSPHRASE|(^|_)PASS($|_)|(^|_)PWD($|_)|(^|_)PW($|_)|SECRET|TOKEN|KEYS?($|_)|APIKEY|PRIVATE|CREDENTIAL|(^|_)CREDS($|_)|HEADERS|SEED|MNEMONIC|(^|_)JWT($|_)|(^|_)AUTH($|_)|AUTHORI[SZ]ATION|(^|_)DSN($|_)|BEARER|COOKIE|SESSION)/,
  nA =
    /(^Bearer\s|^Basic\s|^eyJ[A-Za-z0-9_-]{10,}\.|A(KIA|SIA)[0-9A-Z]{16}|-----BEGIN|gh[pousr]_[A-Za-z0-9]{20,}|xox[abpr]-)/i,
  cA = /[a-z][a-z0-9+.-]*:\/\/[^\s/@:]*:[^\s/@]+@/i,
  iA =
    /(pass(word|wd|phrase)?|pwd|secret|token|api[_-]?key|private[_-]?key|seed)["']?\s*[:=]\s*["']?[^\s"',;}]/i;
function sR(e) {
  return oA.test(e.toUpperCase());
}
function mA(e) {
  const t = new Map();
  for (const r of e) t.set(r, (t.get(r) ?? 0) + 1);
  let a = 0;
  for (const r of t.values()) {
    const s = r / e.length;
    a -= s * Math.log2(s);
  }
  return a;
}
function oR(e) {
  if (nA.test(e)) return 'it has the shape of a token, key or private key';
  if (cA.test(e)) return 'it is a URL with a user and password in it';
  if (iA.test(e)) return 'it sets a password, token or key inside the value';
  for (const t of e.split(/[\s,;"']+/)) {
    if (/^(0x)?[0-9a-fA-F]{32,}$/.test(t)) return 'it looks like a hex key or seed';
    if (
      t.length >= 24 &&
      /^[A-Za-z0-9+/=_.~-]+$/.test(t) &&
      /[A-Za-z]/.test(t) &&
      /[0-9]/.test(t) &&
      mA(t) >= 3.8
    )
      return 'it looks like a long random token';
    if (/^[A-Za-z0-9]{32}$/.test(t) && /[A-Za-z]/.test(t) && /[0-9]/.test(t))
      return 'it looks like a 32-character wallet or DID seed';
  }
}
function wi(e) {
  const t = e.machines;
  return t
    ? Vx.flatMap((a) => {
        const r = t[a];
        return r ? [{ role: a, instanceType: r.instanceType, diskGiB: r.diskGiB }] : [];
      })
    : [];
}
function nR(e, t) {
  const a = [
    [['acapy', 'instanceType'], e.acapy.instanceType],
    [['locust', 'workers', 'instanceType'], e.locust.workers.instanceType],
    ...wi(e).map((r) => [['machines', r.role, 'instanceType'], r.instanceType]),
  ];
  for (const [r, s] of a) {
    if (ta(s)) continue;
    const o = aa(s, Object.keys(vo));
    t(
      r,
      `unknown instance type "${s}"`,
      o.length ? `did you mean ${o.join(' or ')}?` : 'use a type listed in data/aws-prices.json',
    );
  }
}
function cR(e, t) {
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
var $i = 1024;
function or(e, t = e.loadTest.users) {
  const a = e.locust,
    r = ta(a.workers.instanceType)?.memoryMiB ?? 0,
    s = Math.max(0, a.userPorts.end - a.userPorts.start + 1),
    o = Math.max(0, Math.floor((r - $i) / a.memoryPerAgentMiB)),
    n = Math.min(s, o),
    c = a.workers.count ?? (n > 0 ? Math.ceil((a.workers.targetUsers ?? 0) / n) : 0),
    i = c > 0 ? Math.ceil(t / c) : t;
  return { workers: c, usersPerWorker: i, portsPerWorker: s, memoryUsersPerWorker: o, maxUsersPerWorker: n };
}
var lA = {
  'master.docker-compose.yml':
    'upstream Akrida removed master.docker-compose.yml; the master uses docker-compose.yml',
};
function Li(e, t) {
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
function iR(e) {
  const t = [],
    a = (l, p, N) => t.push({ severity: 'error', path: l, message: p, ...(N ? { hint: N } : {}) }),
    r = (l, p, N) => t.push({ severity: 'warning', path: l, message: p, ...(N ? { hint: N } : {}) });
  if (!Rc.includes(e.region)) {
    const l = aa(e.region, Rc);
    a(
      ['region'],
      `unknown region "${e.region}"`,
      l.length ? `did you mean ${l.join(' or ')}?` : 'e.g. us-east-1',
    );
  }
  nR(e, a), uA(e, a, r), cR(e, a), t.push(...Li(e.acapy.capacity, ['acapy', 'capacity']));
  const s = (l, p) => {
      const N = new Map();
      for (const [y, d] of p) {
        const x = N.get(d);
        x
          ? a(y, `port ${d} is already used by ${x.join('.')} on the ${l}`, 'give each a distinct port')
          : N.set(d, y);
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
  const m = ta(i.instanceType);
  if (m && c.start <= c.end) {
    const l = or(e);
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
              `${l.usersPerWorker} users per worker need ${l.usersPerWorker * e.locust.memoryPerAgentMiB} MiB, but a ${i.instanceType} holds ${l.memoryUsersPerWorker} agents (${m.memoryMiB} MiB less ${$i} MiB reserved)`,
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
    pA(e, a),
    NA(e, a);
  const u = e.acapy.healthCheck;
  u.timeoutSeconds >= u.intervalSeconds &&
    a(
      ['acapy', 'healthCheck', 'timeoutSeconds'],
      `the health-check timeout (${u.timeoutSeconds} s) must be shorter than its interval (${u.intervalSeconds} s)`,
      'AWS refuses a timeout at or above the interval',
    );
  for (const l of Object.keys(e.tags))
    (Kx.includes(l) || l.startsWith('akrida:')) &&
      a(['tags', l], `the toolkit writes the tag ${l} itself`, 'choose another tag key');
  for (const [l, p] of Object.entries(e.source.compose)) {
    const N = lA[p];
    N && r(['source', 'compose', l], N, 'check the file exists at source.ref');
  }
  return t;
}
function uA(e, t, a) {
  for (const [o, n] of [
    ['operatorCidrs', e.access.operatorCidrs],
    ['vpcCidrs', e.network.vpcCidrs],
  ])
    n.forEach((c, i) => {
      const m = tR(c);
      m &&
        t(
          o === 'vpcCidrs' ? ['network', o, i] : ['access', o, i],
          `${c} has host bits set`,
          `write it as ${m}`,
        );
    });
  const r = aR(e.access.operatorCidrs);
  if (r > rR) {
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
    _i.test(s) &&
    !Qi(`${s}/32`) &&
    t(
      ['acapy', 'databaseHost'],
      `${s} is not a private address; ACA-Py would send the wallet account and password to it`,
      'use the database address inside the VPC (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10)',
    ),
    e.network.vpcCidrs.forEach((o, n) => {
      Qi(o) ||
        t(
          ['network', 'vpcCidrs', n],
          `${o} is not a private range; it would open the database, redis, mediator and tails ports to it`,
          'use the VPC ranges: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10',
        );
    });
}
function pA(e, t) {
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
      sR(n)
        ? t([r, 'environment', n], 'a secret written as a literal value', o)
        : a.push([[r, 'environment', n], c]);
  }
  for (const [r, s] of a) {
    const o = oR(s);
    o &&
      t(
        r,
        `a secret written as a literal value (${o})`,
        'store it in Parameter Store and reference it; values here end up in user data and pull requests',
      );
  }
}
function NA(e, t) {
  for (const a of ['acapy', 'locust']) {
    const r = Xx(e, a);
    for (const s of Object.keys(e[a].environment))
      r.has(s) &&
        t(
          [a, 'environment', s],
          `${s} is written by the toolkit itself`,
          'set it through its own field of the cluster file',
        );
  }
}
var mR = (e, t, a, r = 1, s = 1) =>
  new Me([{ file: e, line: r, column: s, severity: 'error', path: [], message: t, hint: a }]);
function lR(e) {
  return IA(fA(e), e);
}
function fA(e) {
  let t;
  try {
    const a = xA(e, 'r');
    try {
      const r = yA(a).size;
      if (r > un) throw uR(e, r);
      const s = Buffer.alloc(r);
      RA(a, s, 0, r, 0), (t = s.toString('utf8'));
    } finally {
      dA(a);
    }
  } catch (a) {
    if (a instanceof Me) throw a;
    const r = a.code === 'ENOENT' ? 'file not found' : String(a);
    throw new Me([
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
function uR(e, t) {
  return mR(
    e,
    `the file is ${t} bytes; a cluster file may be at most ${un} bytes`,
    'a cluster file describes one cluster in a few hundred lines; remove what does not belong',
  );
}
function IA(e, t) {
  const a = Buffer.byteLength(e, 'utf8');
  if (a > un) throw uR(t, a);
  const r = zx(e);
  if (r) {
    const l = e.slice(0, r.offset),
      p = l.split(`
`).length,
      N =
        r.offset -
        l.lastIndexOf(`
`);
    throw mR(t, r.message, r.hint, p, N);
  }
  const s = new $t(),
    o = xc(e, { lineCounter: s, prettyErrors: !1, uniqueKeys: !1 }),
    n = (l, p) => {
      const N = s.linePos(p ?? SA(o.contents, l.path));
      return { ...l, file: t, line: N.line, column: N.col };
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
      ...Ux(o),
    ];
  if (c.length > 0)
    throw new Me(
      Ci(
        c.map((l) => ({ severity: 'error', path: [], message: l.message, hint: l.hint, offset: l.offset })),
      ).map((l) => n(l, 'offset' in l ? l.offset : void 0)),
    );
  const i = o.toJS({ maxAliasCount: Mt }),
    m = ln.safeParse(i ?? {}, { reportInput: !0 });
  if (!m.success) throw new Me(Ci(m.error.issues.flatMap((l) => Zx(l))).map((l) => n(l)));
  const u = iR(m.data).map((l) => n(l));
  if (u.some((l) => l.severity === 'error')) throw new Me(u);
  return { file: t, cluster: m.data, warnings: u };
}
function SA(e, t) {
  let a = e,
    r = a?.range?.[0] ?? 0;
  for (const s of t) {
    if (!a || typeof a != 'object') break;
    if (Ie(a)) {
      const o = a.items.find((c) => w(c) && D(c.key) && String(c.key.value) === String(s));
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
function pR(e = 'cluster') {
  const t = ee().getInput(e, { required: !0 }),
    a = lR(t);
  for (const r of a.warnings)
    ee().warning(`${Nn(r.path)}: ${r.message}${r.hint ? ` (${r.hint})` : ''}`, {
      file: r.file,
      startLine: r.line,
      startColumn: r.column,
    });
  return a;
}
function _A(e) {
  for (const t of e)
    (t.severity === 'error' ? ee().error : ee().warning)(
      `${Nn(t.path)}: ${t.message}${t.hint ? ` (${t.hint})` : ''}`,
      { file: t.file, startLine: t.line, startColumn: t.column },
    );
}
async function NR(e, t) {
  try {
    await ee().group(e, t);
  } catch (a) {
    a instanceof Me && _A(a.problems);
    const r = a instanceof Error ? a.message : String(a);
    if ((ee().setFailed(r), ru() && process.env.GITHUB_STEP_SUMMARY)) {
      const s = process.env.GITHUB_ACTION ? ` (step ${process.env.GITHUB_ACTION})` : '';
      await ee()
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
var Ei = class extends Error {
    name = 'InputError';
  },
  dR = (e) => ({ value: e });
function yR(e, { min: t, max: a }, r) {
  return t !== void 0 && t !== r && a !== void 0
    ? `${e} from ${t} to ${a}`
    : a !== void 0
      ? `${e} up to ${a}`
      : t !== void 0 && t !== r
        ? `${e} of at least ${t}`
        : e;
}
var xR = (e, { min: t, max: a }) => (a === void 0 ? e : e.max(a)).min(t ?? Number.NEGATIVE_INFINITY);
function vA({ required: e, fallback: t = '' } = {}) {
  return { expected: 'text', schema: b(), absent: e ? 'required' : { value: t } };
}
function gA(e = {}) {
  const t = { min: e.min ?? 0, ...(e.max !== void 0 ? { max: e.max } : {}) };
  return {
    expected: yR('a whole number', t, 0),
    schema: b().regex(/^\d+$/).transform(Number).pipe(xR(Te().int(), t)),
    absent: dR(e.fallback),
  };
}
function AA(e = {}) {
  const t = { min: e.min ?? 0, ...(e.max !== void 0 ? { max: e.max } : {}) };
  return {
    expected: yR('a number', t, Number.NaN),
    schema: b()
      .regex(/^-?(\d+\.?\d*|\.\d+)$/)
      .transform(Number)
      .pipe(xR(Te(), t)),
    absent: dR(e.fallback),
  };
}
function hA(e) {
  return {
    expected: 'true or false',
    schema: de(['true', 'True', 'TRUE', 'false', 'False', 'FALSE']).transform(
      (t) => t.toLowerCase() === 'true',
    ),
    absent: { value: e },
  };
}
function TA(e, t) {
  const a = de(e);
  return { expected: `one of ${e.join(', ')}`, schema: a, absent: t === void 0 ? 'checked' : { value: t } };
}
function CA() {
  return {
    expected: 'a list',
    schema: b().transform((e) =>
      e
        .split(/[\n,]/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
    absent: { value: [] },
  };
}
var nr = { text: vA, integer: gA, decimal: AA, boolean: hA, choice: TA, list: CA };
function RR(e) {
  const t = {},
    a = [];
  for (const [r, s] of Object.entries(e)) {
    const o = ee().getInput(r, { required: s.absent === 'required' });
    if (o === '' && typeof s.absent == 'object') {
      t[r] = s.absent.value;
      continue;
    }
    const n = s.schema.safeParse(o);
    n.success ? (t[r] = n.data) : a.push(`input ${r} must be ${s.expected} (got "${o}")`);
  }
  if (a.length) throw new Ei(a.join('; '));
  return t;
}
function fR(e, t) {
  return (a = {}) =>
    NR(e, async () => {
      const r = pR(),
        s = RR(t.inputs);
      await DA(await t.run({ loaded: r, cluster: r.cluster, inputs: s, deps: a }));
    });
}
async function DA(e) {
  for (const [t, a] of Object.entries(e.outputs ?? {})) a !== void 0 && ee().setOutput(t, String(a));
  if ((e.summary && (await ee().summary.addRaw(e.summary).write()), e.failure)) throw new Error(e.failure);
}
function IR(e, t) {
  return fR(e, { inputs: t.inputs, run: (a) => t.run({ ...a, ctx: su(a.cluster, a.deps) }) });
}
var Ve = class extends Error {
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
  PA = [
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
function bA(e) {
  return PA.find(([t]) => t.test(e))?.[1];
}
function SR(e) {
  return e && typeof e == 'object' && 'name' in e ? String(e.name) : 'Error';
}
async function it(e, t, a) {
  try {
    return await a();
  } catch (r) {
    if (r instanceof Ve) throw r;
    const s = SR(r),
      o = r instanceof Error ? r.message : String(r);
    throw new Ve(e, t, s, o, bA(s), { cause: r });
  }
}
function yn(e) {
  return e instanceof Ve ? e.code : SR(e);
}
var QA = {
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
function _R(e, t) {
  const a = yn(e),
    r = e instanceof Error ? e.message : '';
  return t.some((s) => {
    const [o, n] = s.split(':');
    return o === a && (n === void 0 || r.includes(n));
  });
}
async function da(e, t, a, r = {}) {
  const s = QA[e];
  try {
    return { answer: await it(e, t, a) };
  } catch (o) {
    if (!(o instanceof Ve)) throw o;
    if (s.kind === 'done' && _R(o, s.codes)) return { done: 'already' };
    if (s.kind === 'adopt' && _R(o, s.codes)) {
      if (!r.adopt) throw new Error(`write ${e}: the adopt rule needs an adopt function`);
      return { adopted: await r.adopt(o) };
    }
    throw o;
  }
}
async function ki(e, t) {
  return (
    await it('DescribeAutoScalingGroups', `group ${t}`, () =>
      e.clients.autoScaling.send(new Ts({ AutoScalingGroupNames: [t] })),
    )
  ).AutoScalingGroups?.[0];
}
async function AR(e, t, a) {
  const r = await ki(e, t);
  if (!r)
    throw new Ve(
      'UpdateAutoScalingGroup',
      `group ${t}`,
      'NotFound',
      'the group does not exist',
      'run cluster-up first',
    );
  return r.MinSize === a.min && r.DesiredCapacity === a.desired && r.MaxSize === a.max
    ? !1
    : (await da('UpdateAutoScalingGroup', `group ${t}`, () =>
        e.clients.autoScaling.send(
          new Cs({ AutoScalingGroupName: t, MinSize: a.min, DesiredCapacity: a.desired, MaxSize: a.max }),
        ),
      ),
      !0);
}
function Vi(e) {
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
function TR(e, t, a) {
  if (t === 'acapy') return { ...e.acapy.capacity };
  const r = a ?? or(e).workers;
  return { min: r, desired: r, max: Math.max(r, e.locust.workers.max) };
}
function CR(e, t) {
  const a = Vi(e);
  return t === 'acapy' ? a.acapyGroup : a.workerGroup;
}
var Oi = class extends Error {
  name = 'CapacityOrderError';
};
function GA(e, t, a) {
  const r = TR(e, t),
    s = { min: a.min ?? r.min, desired: a.desired ?? r.desired, max: a.max ?? r.max },
    o = Li(s, []);
  if (o.length)
    throw new Oi(
      `capacity ${s.min}/${s.desired}/${s.max} (min/desired/max) is out of order: ${o.map((n) => n.message).join('; ')}; give min <= desired <= max`,
    );
  return s;
}
function DR(e, t, a, r) {
  const s = GA(t, a, r);
  return AR(e, CR(t, a), s);
}
var PR = IR('set-capacity', {
  inputs: {
    tier: nr.choice(['acapy', 'worker']),
    min: nr.integer(),
    desired: nr.integer(),
    max: nr.integer(),
  },
  run: async ({ ctx: e, cluster: t, inputs: { tier: a, ...r } }) => {
    const s = Object.entries(r).filter(([, o]) => o !== void 0);
    return { outputs: { changed: await DR(e, t, a, Object.fromEntries(s)) } };
  },
});
await PR();
