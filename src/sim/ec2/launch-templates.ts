// Simulated EC2 launch templates and their versions.
import type * as ec2 from '@aws-sdk/client-ec2';
import { awsError } from '../errors.js';
import { ec2Param } from '../params.js';
import { type Filter, matchesFilters, page, tagList, type World } from '../world.js';
import type { SimLaunchTemplate, SimTemplateVersion } from './model.js';
import { decodeUserData, tagSpec } from './request.js';
import type { Ec2State } from './state.js';

export function launchTemplateHandlers(world: World, s: Ec2State) {
  const templateOut = (t: SimLaunchTemplate): ec2.LaunchTemplate => ({
    LaunchTemplateId: t.id,
    LaunchTemplateName: t.name,
    DefaultVersionNumber: t.defaultVersion,
    LatestVersionNumber: t.versions.length,
    Tags: tagList(t.tags),
    CreateTime: new Date(Math.max(0, t.createdAt)),
  });

  const versionOut = (t: SimLaunchTemplate, v: SimTemplateVersion): ec2.LaunchTemplateVersion => ({
    LaunchTemplateId: t.id,
    LaunchTemplateName: t.name,
    VersionNumber: v.number,
    VersionDescription: v.description,
    DefaultVersion: v.number === t.defaultVersion,
    LaunchTemplateData: v.data as ec2.ResponseLaunchTemplateData,
    CreateTime: new Date(Math.max(0, v.createdAt)),
  });

  const checkTemplateData = (data: ec2.RequestLaunchTemplateData | undefined) => {
    decodeUserData(data?.UserData);
    if (data?.ImageId) {
      const img = s.images.get(data.ImageId);
      if (!img || img.state === 'deregistered')
        throw awsError('InvalidAMIID.NotFound', `The image id '[${data.ImageId}]' does not exist`);
    }
  };

  const createTemplate = (i: ec2.CreateLaunchTemplateCommandInput): ec2.CreateLaunchTemplateCommandOutput => {
    const name = ec2Param(i.LaunchTemplateName, 'LaunchTemplateName');
    if (!/^[a-zA-Z0-9().\-/_]{3,128}$/.test(name)) {
      throw awsError(
        'InvalidLaunchTemplateName.MalformedException',
        `Launch template name ${name} is malformed.`,
      );
    }
    const existing = [...s.templates.values()].find((t) => t.name === name);
    if (existing) {
      throw awsError(
        'InvalidLaunchTemplateName.AlreadyExistsException',
        `Launch template name already in use.`,
      );
    }
    checkTemplateData(i.LaunchTemplateData);
    const now = world.now();
    const t: SimLaunchTemplate = {
      id: world.id('lt'),
      name,
      defaultVersion: 1,
      versions: [
        {
          number: 1,
          data: structuredClone(i.LaunchTemplateData ?? {}),
          createdAt: now,
          ...(i.VersionDescription ? { description: i.VersionDescription } : {}),
        },
      ],
      tags: tagSpec(i.TagSpecifications, 'launch-template'),
      createdAt: now,
    };
    s.templates.set(t.id, t);
    return { $metadata: {}, LaunchTemplate: templateOut(t) };
  };
  const createVersion = (
    i: ec2.CreateLaunchTemplateVersionCommandInput,
  ): ec2.CreateLaunchTemplateVersionCommandOutput => {
    const t = s.template(i.LaunchTemplateId, i.LaunchTemplateName);
    const base = i.SourceVersion ? structuredClone(s.version(t, i.SourceVersion).data) : {};
    const data = { ...base, ...structuredClone(i.LaunchTemplateData ?? {}) };
    checkTemplateData(data);
    const v: SimTemplateVersion = {
      number: t.versions.length + 1,
      data,
      createdAt: world.now(),
      ...(i.VersionDescription ? { description: i.VersionDescription } : {}),
    };
    t.versions.push(v);
    return { $metadata: {}, LaunchTemplateVersion: versionOut(t, v) };
  };

  return {
    CreateLaunchTemplate: (i: ec2.CreateLaunchTemplateCommandInput): ec2.CreateLaunchTemplateCommandOutput =>
      s.withClientToken('CreateLaunchTemplate', i, () => createTemplate(i)),
    CreateLaunchTemplateVersion: (
      i: ec2.CreateLaunchTemplateVersionCommandInput,
    ): ec2.CreateLaunchTemplateVersionCommandOutput =>
      s.withClientToken('CreateLaunchTemplateVersion', i, () => createVersion(i)),
    ModifyLaunchTemplate: (
      i: ec2.ModifyLaunchTemplateCommandInput,
    ): ec2.ModifyLaunchTemplateCommandOutput => {
      const t = s.template(i.LaunchTemplateId, i.LaunchTemplateName);
      if (i.DefaultVersion !== undefined) t.defaultVersion = s.version(t, i.DefaultVersion).number;
      return { $metadata: {}, LaunchTemplate: templateOut(t) };
    },
    DescribeLaunchTemplates: (
      i: ec2.DescribeLaunchTemplatesCommandInput,
    ): ec2.DescribeLaunchTemplatesCommandOutput => {
      for (const id of i.LaunchTemplateIds ?? []) s.template(id);
      for (const name of i.LaunchTemplateNames ?? []) s.template(undefined, name);
      const list = [...s.templates.values()]
        .filter((t) => world.visible(t.createdAt))
        .filter((t) => !i.LaunchTemplateIds || i.LaunchTemplateIds.includes(t.id))
        .filter((t) => !i.LaunchTemplateNames || i.LaunchTemplateNames.includes(t.name))
        .filter((t) => matchesFilters(i.Filters as Filter[], t.tags, { 'launch-template-name': t.name }));
      const p = page(list, i.MaxResults, i.NextToken, 200);
      return {
        $metadata: {},
        LaunchTemplates: p.items.map(templateOut),
        ...(p.next ? { NextToken: p.next } : {}),
      };
    },
    DescribeLaunchTemplateVersions: (
      i: ec2.DescribeLaunchTemplateVersionsCommandInput,
    ): ec2.DescribeLaunchTemplateVersionsCommandOutput => {
      const t = s.template(i.LaunchTemplateId, i.LaunchTemplateName);
      const versions = i.Versions?.length
        ? i.Versions.map((v) => s.version(t, v))
        : [...t.versions].reverse();
      const p = page(versions, i.MaxResults, i.NextToken, 200);
      return {
        $metadata: {},
        LaunchTemplateVersions: p.items.map((v) => versionOut(t, v)),
        ...(p.next ? { NextToken: p.next } : {}),
      };
    },
    DeleteLaunchTemplate: (
      i: ec2.DeleteLaunchTemplateCommandInput,
    ): ec2.DeleteLaunchTemplateCommandOutput => {
      const t = s.template(i.LaunchTemplateId, i.LaunchTemplateName);
      s.templates.delete(t.id);
      return { $metadata: {}, LaunchTemplate: templateOut(t) };
    },
  };
}
