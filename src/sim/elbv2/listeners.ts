// Simulated listeners: one port of a load balancer forwarding to one target group (or answering a
// fixed response, which a modify may set), over HTTP, or
// over HTTPS with an ACM certificate of the account's region and a security policy, as ELBv2
// requires (a certificate for HTTPS, none for HTTP).
import type * as elb from '@aws-sdk/client-elastic-load-balancing-v2';
import { awsError } from '../errors.js';
import { tagsFrom, type World } from '../world.js';
import type { SimListener, SimTargetGroup } from './model.js';
import type { ElbState } from './state.js';

/** What ELBv2 applies to an HTTPS listener created through the API without a policy. */
export const DEFAULT_SSL_POLICY = 'ELBSecurityPolicy-2016-08';

/** The policies the simulation knows (AWS has more; an unknown name is refused, as AWS does). */
const SSL_POLICIES = new Set([
  DEFAULT_SSL_POLICY,
  'ELBSecurityPolicy-TLS13-1-2-2021-06',
  'ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
  'ELBSecurityPolicy-TLS-1-2-2017-01',
]);

type Tls = Pick<SimListener, 'protocol' | 'certificateArn' | 'sslPolicy'>;

/** The protocol, certificate and policy a request leaves a listener with, checked as ELBv2 does. */
function tlsOf(
  s: ElbState,
  i: elb.CreateListenerCommandInput | elb.ModifyListenerCommandInput,
  was?: Tls,
): Tls {
  const protocol = i.Protocol ?? was?.protocol ?? 'HTTP';
  if (protocol !== 'HTTP' && protocol !== 'HTTPS')
    throw awsError('ValidationError', `Protocol '${protocol}' is not valid for an application load balancer`);
  const given = i.Certificates?.map((c) => c.CertificateArn);
  if (protocol === 'HTTP') {
    if (given?.length)
      throw awsError('ValidationError', 'A certificate cannot be specified for HTTP listeners');
    if (i.SslPolicy)
      throw awsError('ValidationError', 'An SSL policy cannot be specified for HTTP listeners');
    return { protocol };
  }
  if (given && given.length !== 1)
    throw awsError('ValidationError', 'Exactly one default certificate must be specified');
  const certificateArn = given?.[0] ?? (was?.protocol === 'HTTPS' ? was.certificateArn : undefined);
  if (!certificateArn)
    throw awsError('ValidationError', 'A certificate must be specified for HTTPS listeners');
  if (!s.certificates.has(certificateArn))
    throw awsError('CertificateNotFound', `Certificate '${certificateArn}' not found`);
  const sslPolicy =
    i.SslPolicy ?? (was?.protocol === 'HTTPS' ? was.sslPolicy : undefined) ?? DEFAULT_SSL_POLICY;
  if (!SSL_POLICIES.has(sslPolicy))
    throw awsError('SSLPolicyNotFound', `SSL policy '${sslPolicy}' not found`);
  return { protocol, certificateArn, sslPolicy };
}

export function listenerHandlers(world: World, s: ElbState) {
  const listenerOut = (l: SimListener): elb.Listener => ({
    ListenerArn: l.arn,
    LoadBalancerArn: l.lbArn,
    Port: l.port,
    Protocol: l.protocol as elb.ProtocolEnum,
    ...(l.certificateArn
      ? { Certificates: [{ CertificateArn: l.certificateArn }], SslPolicy: l.sslPolicy }
      : {}),
    DefaultActions: [
      l.fixedResponse
        ? {
            Type: 'fixed-response',
            FixedResponseConfig: {
              StatusCode: l.fixedResponse.statusCode,
              ContentType: l.fixedResponse.contentType,
              MessageBody: l.fixedResponse.messageBody,
            },
          }
        : { Type: 'forward', TargetGroupArn: l.targetGroupArn },
    ],
  });

  /** A modify's default action: a forward to a target group, or a fixed response (ELBv2 checks its status code). */
  const defaultAction = (actions: elb.Action[]): Pick<SimListener, 'targetGroupArn' | 'fixedResponse'> => {
    const a = actions[0];
    if (a?.Type !== 'fixed-response')
      return { targetGroupArn: forwardTarget(actions).arn, fixedResponse: undefined };
    const f = a.FixedResponseConfig;
    if (!f?.StatusCode || !/^[2-5]\d\d$/.test(f.StatusCode))
      throw awsError('ValidationError', 'A fixed-response action needs a status code from 2XX to 5XX');
    return {
      targetGroupArn: undefined,
      fixedResponse: { statusCode: f.StatusCode, contentType: f.ContentType, messageBody: f.MessageBody },
    };
  };

  const forwardTarget = (actions: elb.Action[] | undefined): SimTargetGroup => {
    const a = actions?.[0];
    if (a?.Type !== 'forward' || !a.TargetGroupArn)
      throw awsError('ValidationError', 'A forward action with a target group is required');
    return s.findTg(a.TargetGroupArn);
  };

  return {
    CreateListener: (i: elb.CreateListenerCommandInput): elb.CreateListenerCommandOutput => {
      const lb = s.findLb(i.LoadBalancerArn);
      const tg = forwardTarget(i.DefaultActions);
      if (tg.vpcId !== lb.vpcId)
        throw awsError('ValidationError', 'The target group and the load balancer must be in the same VPC');
      const tls = tlsOf(s, i);
      const existing = [...s.listeners.values()].find((l) => l.lbArn === lb.arn && l.port === i.Port);
      if (existing) {
        const same =
          existing.protocol === tls.protocol &&
          existing.certificateArn === tls.certificateArn &&
          existing.targetGroupArn === tg.arn;
        if (!same)
          throw awsError(
            'DuplicateListener',
            'A listener already exists on this port for this load balancer',
          );
        return { $metadata: {}, Listeners: [listenerOut(existing)] };
      }
      const l: SimListener = {
        arn: s.arn(`listener/app/${lb.name}`, lb.arn.slice(-16)),
        lbArn: lb.arn,
        port: i.Port ?? 80,
        ...tls,
        targetGroupArn: tg.arn,
        tags: tagsFrom(i.Tags),
        createdAt: world.now(),
      };
      s.listeners.set(l.arn, l);
      return { $metadata: {}, Listeners: [listenerOut(l)] };
    },
    DescribeListeners: (i: elb.DescribeListenersCommandInput): elb.DescribeListenersCommandOutput => {
      if (i.ListenerArns?.length)
        return { $metadata: {}, Listeners: i.ListenerArns.map((a) => listenerOut(s.findListener(a))) };
      const lb = s.findLb(i.LoadBalancerArn);
      return {
        $metadata: {},
        Listeners: [...s.listeners.values()].filter((l) => l.lbArn === lb.arn).map(listenerOut),
      };
    },
    ModifyListener: (i: elb.ModifyListenerCommandInput): elb.ModifyListenerCommandOutput => {
      const l = s.findListener(i.ListenerArn);
      // Checked before anything changes: a refused request leaves the listener as it was.
      const tls = tlsOf(s, i, l);
      const action = i.DefaultActions ? defaultAction(i.DefaultActions) : {};
      Object.assign(l, { certificateArn: undefined, sslPolicy: undefined }, tls, action);
      if (i.Port) l.port = i.Port;
      return { $metadata: {}, Listeners: [listenerOut(l)] };
    },
    DeleteListener: (i: elb.DeleteListenerCommandInput): elb.DeleteListenerCommandOutput => {
      s.listeners.delete(s.findListener(i.ListenerArn).arn);
      return { $metadata: {} };
    },
  };
}
