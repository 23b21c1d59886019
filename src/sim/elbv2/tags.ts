// Simulated ELBv2 tags on load balancers, target groups and listeners.
import type * as elb from '@aws-sdk/client-elastic-load-balancing-v2';
import { awsError } from '../errors.js';
import { type Tags, tagList, tagsFrom } from '../world.js';
import type { ElbState } from './state.js';

export function tagHandlers(s: ElbState) {
  const taggable = (arn: string): { tags: Tags } => {
    const r = s.lbs.get(arn) ?? s.tgs.get(arn) ?? s.listeners.get(arn);
    if (!r) {
      if (arn.includes(':targetgroup/'))
        throw awsError('TargetGroupNotFound', `Target groups '${arn}' not found`);
      if (arn.includes(':listener/')) throw awsError('ListenerNotFound', `Listener '${arn}' not found`);
      throw awsError('LoadBalancerNotFound', `Load balancer '${arn}' not found`);
    }
    return r;
  };

  return {
    AddTags: (i: elb.AddTagsCommandInput): elb.AddTagsCommandOutput => {
      for (const arn of i.ResourceArns ?? []) Object.assign(taggable(arn).tags, tagsFrom(i.Tags));
      return { $metadata: {} };
    },
    RemoveTags: (i: elb.RemoveTagsCommandInput): elb.RemoveTagsCommandOutput => {
      for (const arn of i.ResourceArns ?? []) for (const k of i.TagKeys ?? []) delete taggable(arn).tags[k];
      return { $metadata: {} };
    },
    DescribeTags: (i: elb.DescribeTagsCommandInput): elb.DescribeTagsCommandOutput => {
      const arns = i.ResourceArns ?? [];
      if (arns.length > 20) throw awsError('ValidationError', 'ResourceArns must contain at most 20 items');
      return {
        $metadata: {},
        TagDescriptions: arns.map((arn) => ({ ResourceArn: arn, Tags: tagList(taggable(arn).tags) })),
      };
    },
  };
}
