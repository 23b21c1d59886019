// Simulated Parameter Store: String and SecureString parameters, their versions and tags.
import type * as ssm from '@aws-sdk/client-ssm';
import { awsError } from '../errors.js';
import { missingParameter, ssmParam } from '../params.js';
import { page, tagList, tagsFrom, type World } from '../world.js';
import { type Parameter, VALUE_LIMIT } from './model.js';
import type { SsmState } from './state.js';

export function parameterHandlers(world: World, s: SsmState) {
  const paramOut = (p: Parameter, decrypt: boolean): ssm.Parameter => ({
    Name: p.name,
    Type: p.type as ssm.ParameterType,
    Value: p.type === 'SecureString' && !decrypt ? p.cipher : p.value,
    Version: p.version,
    LastModifiedDate: new Date(Math.max(0, p.modifiedAt)),
    ARN: `arn:aws:ssm:${world.region}:${world.accountId}:parameter${p.name.startsWith('/') ? '' : '/'}${p.name}`,
    DataType: 'text',
  });

  const findParam = (name: string | undefined): Parameter => {
    const p = s.parameters.get(ssmParam(name, 'Name'));
    if (!p || !world.visible(p.modifiedAt))
      throw awsError('ParameterNotFound', `Parameter ${name} not found.`);
    return p;
  };

  return {
    PutParameter: (i: ssm.PutParameterCommandInput): ssm.PutParameterCommandOutput => {
      const name = ssmParam(i.Name, 'Name');
      if (
        !/^[a-zA-Z0-9_.\-/]{1,2048}$/.test(name) ||
        /^\/?(aws|ssm)/i.test(name) ||
        name.split('/').length > 16
      ) {
        throw awsError(
          'ValidationException',
          `Parameter name ${JSON.stringify(name)} is not valid: letters, digits, _ . - /, at most 15 levels, not beginning with aws or ssm`,
        );
      }
      const value = i.Value;
      if (value === undefined) throw missingParameter('SSM', 'Value');
      if (value.length === 0 || value.length > VALUE_LIMIT) {
        throw awsError(
          'ValidationException',
          `Standard tier parameters support a value of 1 to ${VALUE_LIMIT} characters.`,
        );
      }
      if (i.Overwrite && i.Tags?.length) {
        throw awsError(
          'ValidationException',
          "Invalid request: tags and overwrite can't be used together. To create a parameter with tags, please remove overwrite flag. To update tags for an existing parameter, please use AddTagsToResource or RemoveTagsFromResource.",
        );
      }
      const prior = s.parameters.get(name);
      if (prior && !i.Overwrite) {
        throw awsError(
          'ParameterAlreadyExists',
          'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.',
        );
      }
      const type = i.Type ?? prior?.type;
      if (!type)
        throw awsError('ValidationException', 'A parameter type is required when you create a parameter.');
      const p: Parameter = {
        name,
        type,
        value,
        cipher: `AQICAH${world.id('k').slice(2)}${Buffer.from(String(world.random())).toString('base64')}`,
        version: (prior?.version ?? 0) + 1,
        tags: prior?.tags ?? tagsFrom(i.Tags),
        modifiedAt: world.now(),
        ...(i.Description ? { description: i.Description } : {}),
      };
      s.parameters.set(name, p);
      return { $metadata: {}, Version: p.version, Tier: 'Standard' };
    },
    GetParameter: (i: ssm.GetParameterCommandInput): ssm.GetParameterCommandOutput => {
      const name = ssmParam(i.Name, 'Name');
      const pub = name.startsWith('/aws/service/') ? s.publicParameters.get(name) : undefined;
      if (pub !== undefined)
        return { $metadata: {}, Parameter: { Name: name, Type: 'String', Value: pub, Version: 1 } };
      return { $metadata: {}, Parameter: paramOut(findParam(i.Name), i.WithDecryption ?? false) };
    },
    GetParameters: (i: ssm.GetParametersCommandInput): ssm.GetParametersCommandOutput => {
      const names = i.Names ?? [];
      if (names.length > 10)
        throw awsError('ValidationException', 'Names must have length less than or equal to 10');
      const found = names
        .map((n) => s.parameters.get(n))
        .filter((p): p is Parameter => !!p && world.visible(p.modifiedAt));
      return {
        $metadata: {},
        Parameters: found.map((p) => paramOut(p, i.WithDecryption ?? false)),
        InvalidParameters: names.filter((n) => !found.some((p) => p.name === n)),
      };
    },
    DeleteParameter: (i: ssm.DeleteParameterCommandInput): ssm.DeleteParameterCommandOutput => {
      s.parameters.delete(findParam(i.Name).name);
      return { $metadata: {} };
    },
    DescribeParameters: (i: ssm.DescribeParametersCommandInput): ssm.DescribeParametersCommandOutput => {
      const list = [...s.parameters.values()]
        .filter((p) => world.visible(p.modifiedAt))
        .filter((p) =>
          (i.ParameterFilters ?? []).every((f) => {
            const values = f.Values ?? [];
            const key = ssmParam(f.Key, 'Key');
            if (key.startsWith('tag:')) return values.includes(p.tags[key.slice(4)] ?? '\u0000');
            if (key === 'Name')
              return values.some((v) => (f.Option === 'BeginsWith' ? p.name.startsWith(v) : p.name === v));
            if (key === 'Type') return values.includes(p.type);
            if (key === 'Path') return values.some((v) => p.name.startsWith(v.endsWith('/') ? v : `${v}/`));
            throw awsError('InvalidFilterKey', `The filter key ${key} is not valid`);
          }),
        );
      const p = page(list, i.MaxResults, i.NextToken, 50);
      return {
        $metadata: {},
        Parameters: p.items.map((x) => ({
          Name: x.name,
          Type: x.type as ssm.ParameterType,
          Version: x.version,
          LastModifiedDate: new Date(Math.max(0, x.modifiedAt)),
          Tier: 'Standard',
        })),
        ...(p.next ? { NextToken: p.next } : {}),
      };
    },
    AddTagsToResource: (i: ssm.AddTagsToResourceCommandInput): ssm.AddTagsToResourceCommandOutput => {
      if (i.ResourceType !== 'Parameter')
        throw awsError('InvalidResourceType', `Resource type ${i.ResourceType} is not simulated`);
      Object.assign(findParam(i.ResourceId).tags, tagsFrom(i.Tags));
      return { $metadata: {} };
    },
    RemoveTagsFromResource: (
      i: ssm.RemoveTagsFromResourceCommandInput,
    ): ssm.RemoveTagsFromResourceCommandOutput => {
      const p = findParam(i.ResourceId);
      for (const k of i.TagKeys ?? []) delete p.tags[k];
      return { $metadata: {} };
    },
    ListTagsForResource: (i: ssm.ListTagsForResourceCommandInput): ssm.ListTagsForResourceCommandOutput => ({
      $metadata: {},
      TagList: tagList(findParam(i.ResourceId).tags),
    }),
  };
}
