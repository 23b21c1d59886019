// The tags that find a resource again: its cluster, role and our managed-by mark. A spec without
// them is a bug in the caller, named here rather than searched for as an empty tag.
import { TAG, type Tags } from '../cluster/tags.js';

export function ownerTags(tags: Tags, resource: string): Tags {
  const out: Tags = {};
  for (const key of [TAG.cluster, TAG.role, TAG.managedBy]) {
    const value = tags[key];
    if (!value) throw new Error(`${resource}: its tags lack ${key}, so it could not be found again`);
    out[key] = value;
  }
  return out;
}
