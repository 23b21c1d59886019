// Simulated EC2 tags on any resource the simulator holds, found by its id's prefix.
import type * as ec2 from '@aws-sdk/client-ec2';
import { awsError } from '../errors.js';
import { type Tags, tagsFrom } from '../world.js';
import type { Ec2State } from './state.js';

export function tagHandlers(s: Ec2State) {
  // A volume lives with the instance it was launched with; its tags are made on first write.
  const volume = (id: string): { tags: Tags } | undefined => {
    const v = s.volume(id);
    if (v) v.tags ??= {};
    return v as { tags: Tags } | undefined;
  };
  const tagTarget = (id: string): { tags: Tags } => {
    const store = id.startsWith('i-')
      ? s.instances.get(id)
      : id.startsWith('ami-')
        ? s.images.get(id)
        : id.startsWith('snap-')
          ? s.snapshots.get(id)
          : id.startsWith('sg-')
            ? s.groups.get(id)
            : id.startsWith('lt-')
              ? s.templates.get(id)
              : id.startsWith('vol-')
                ? volume(id)
                : undefined;
    if (!store) throw awsError('InvalidID', `The ID '${id}' is not valid`);
    return store;
  };

  return {
    CreateTags: (i: ec2.CreateTagsCommandInput): ec2.CreateTagsCommandOutput => {
      const targets = (i.Resources ?? []).map(tagTarget);
      for (const t of targets) Object.assign(t.tags, tagsFrom(i.Tags));
      return { $metadata: {} };
    },
    DeleteTags: (i: ec2.DeleteTagsCommandInput): ec2.DeleteTagsCommandOutput => {
      for (const t of (i.Resources ?? []).map(tagTarget))
        for (const tag of i.Tags ?? []) if (tag.Key) delete t.tags[tag.Key];
      return { $metadata: {} };
    },
  };
}
