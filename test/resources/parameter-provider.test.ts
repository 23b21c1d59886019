// The parameter provider compares every field its create request sends but the value (which no
// plan reads), refuses a parameter someone else made at the cluster's name before any write (plan
// and apply alike: its value is theirs, and for a generated secret someone else would know it), and
// settles the PutParameter race: an answer lost on our own create is adopted, a parameter someone
// else made between the read and the create is refused, never written over.
import { ListTagsForResourceCommand, PutParameterCommand } from '@aws-sdk/client-ssm';
import { putParameter } from '../../src/aws/parameters.js';
import { TAG } from '../../src/cluster/tags.js';
import {
  type ParamDesired,
  paramCreateRequest,
  parameterProvider,
  paramObserved,
  paramSpec,
} from '../../src/resources/parameter-provider.js';
import { parameters, storeSecrets } from '../../src/resources/parameters.js';
import { canonical, diff, fieldChanges } from '../../src/resources/provider.js';
import { cluster, exampleAccount, WORKFLOW_SECRETS } from '../fixtures/example-cluster.js';
import { simulated } from '../fixtures/sim.js';

const c = cluster();
const copy: ParamDesired = {
  address: { kind: 'parameter', name: '/akrida-ops/perf-example/ISSUER_BEARER_TOKEN' },
  source: 'workflow secret',
  what: 'locust.issuer.headers.Authorization',
  type: 'SecureString',
  tags: {
    ...c.tags,
    Name: 'perf-example-secret',
    [TAG.cluster]: 'perf-example',
    [TAG.role]: 'secret',
    [TAG.managedBy]: 'akrida-ops',
    [TAG.expiresAt]: '2030-01-01T00:00:00.000Z',
  },
  value: () => 'SECRET-bearer-value',
};

/** What the PutParameter request that makes `d` sends, as the SDK command holds it. */
function sent(d: ParamDesired) {
  const s = paramCreateRequest(d, 'v');
  return new PutParameterCommand({ Name: s.name, Value: s.value, Type: s.type, Tags: s.tags }).input;
}

describe('the parameter provider compares every field it sends, but the value', () => {
  test('every field of the create request is compared, except its name (the address) and value', () => {
    const input = sent(copy);
    const fields = Object.keys(input).filter((k) => input[k as keyof typeof input] !== undefined);
    expect(fields.filter((k) => !(k in paramSpec(copy)))).toEqual(['Name', 'Value']);
  });

  test('the create request reads back as the builder; an overwrite of the value is no create', () => {
    const request = { ...sent(copy) };
    expect(canonical(parameterProvider.creates?.fields(request))).toBe(canonical(paramSpec(copy)));
    expect(parameterProvider.creates?.fields({ ...request, Overwrite: true })).toBeUndefined();
  });

  test('a parameter made by the provider diffs empty; each field changed is a change of that field', async () => {
    const { ctx, sim } = simulated();
    await parameterProvider.apply(ctx, { op: 'create', address: copy.address, desired: copy });
    expect(sim.ssm.parameters.get(copy.address.name)?.value).toBe('SECRET-bearer-value');
    const o = await parameterProvider.read(ctx, copy.address);
    expect(o).toBeDefined();
    expect(diff(parameterProvider, copy, o)).toEqual([]);
    if (!o) return;
    for (const field of Object.keys(paramSpec(copy)))
      expect(
        fieldChanges(paramSpec(copy), { ...paramObserved(o, copy), [field]: 'changed by hand' }).map(
          (f) => f.field,
        ),
      ).toEqual([field]);
  });

  test('the expiry tag is made and not compared (renew-expiry moves it)', () => {
    expect(sent(copy).Tags?.map((t) => t.Key)).toContain(TAG.expiresAt);
    expect(Object.keys(paramSpec(copy).Tags)).not.toContain(TAG.expiresAt);
  });

  test('a tag change is an update of Tags, written as the tags that differ and nothing else', async () => {
    const { ctx, sim } = simulated();
    await parameterProvider.apply(ctx, { op: 'create', address: copy.address, desired: copy });
    const { type: _type, ...rest } = copy.tags;
    const edited = { ...copy, tags: { ...rest, team: 'another-team' } };
    const [change] = diff(parameterProvider, edited, await parameterProvider.read(ctx, copy.address));
    expect(change?.op === 'update' && change.fields.map((f) => f.field)).toEqual(['Tags']);
    const from = sim.ledger.length;
    if (change) await parameterProvider.apply(ctx, change);
    expect(sim.ledger.slice(from).map((e) => e.operation)).toEqual([
      'AddTagsToResource',
      'RemoveTagsFromResource',
    ]);
    expect(diff(parameterProvider, edited, await parameterProvider.read(ctx, copy.address))).toEqual([]);
    expect(sim.ssm.parameters.get(copy.address.name)?.value).toBe('SECRET-bearer-value');
  });
});

describe("a parameter someone else made at the cluster's name is refused, never taken over", () => {
  test("a workflow secret's copy made by hand: the plan refuses it and the apply writes nothing", async () => {
    const { ctx, sim } = await exampleAccount(c);
    await ctx.clients.ssm.send(
      new PutParameterCommand({ Name: copy.address.name, Value: 'theirs', Type: 'SecureString' }),
    );
    const message = new RegExp(
      `parameter ${copy.address.name} \\(.*\\) exists without this cluster's tags .*does not take it over; delete it`,
    );
    await expect(parameters.plan(ctx, c, undefined)).rejects.toThrow(message);
    const before = sim.mutations().length;
    await expect(storeSecrets(ctx, c, WORKFLOW_SECRETS)).rejects.toThrow(message);
    expect(sim.mutations().slice(before)).toEqual([]);
    expect(sim.ssm.parameters.get(copy.address.name)?.value).toBe('theirs');
  });

  test('a generated secret made by someone else (who knows its value) is refused, not used', async () => {
    const g = cluster([['acapy', 'secrets', 'walletPassword'], { generated: 'wallet-password' }]);
    const { ctx, sim } = await exampleAccount(g);
    const name = '/akrida-ops/perf-example/generated/wallet-password';
    await ctx.clients.ssm.send(new PutParameterCommand({ Name: name, Value: 'known', Type: 'SecureString' }));
    const before = sim.mutations().length;
    await expect(storeSecrets(ctx, g, WORKFLOW_SECRETS)).rejects.toThrow(
      new RegExp(`parameter ${name} \\(acapy.secrets.walletPassword\\) exists without this cluster's tags`),
    );
    expect(sim.mutations().slice(before)).toEqual([]);
    // Made by the toolkit instead, it is made once and kept.
    const fresh = await exampleAccount(g);
    await storeSecrets(fresh.ctx, g, WORKFLOW_SECRETS);
    const made = fresh.sim.ssm.parameters.get(name)?.value;
    expect(made).toMatch(/^[A-Za-z0-9]{32}$/);
    await storeSecrets(fresh.ctx, g, WORKFLOW_SECRETS);
    expect(fresh.sim.ssm.parameters.get(name)?.value).toBe(made);
  });

  test('a parameter of the wrong type at the name: refused with what to do', async () => {
    const { ctx } = await exampleAccount(c);
    await storeSecrets(ctx, c, WORKFLOW_SECRETS);
    await ctx.clients.ssm.send(
      new PutParameterCommand({ Name: copy.address.name, Value: 'x', Type: 'String', Overwrite: true }),
    );
    await expect(parameters.plan(ctx, c, undefined)).rejects.toThrow(
      /is a String, not a SecureString: delete it \(aws ssm delete-parameter\) and apply again/,
    );
  });
});

describe('the PutParameter race', () => {
  const spec = paramCreateRequest(copy, 'SECRET-ours');

  test('our own create whose answer was lost is adopted: one version, our value', async () => {
    const { ctx, sim } = simulated();
    sim.faults = { ambiguousOnce: ['PutParameter'] };
    expect(await putParameter(ctx.clients, spec)).toBe('created');
    expect(sim.ssm.parameters.get(spec.name)).toMatchObject({ value: 'SECRET-ours', version: 1 });
  });

  test('one made by someone else between our read and our create is refused, not written over', async () => {
    const { ctx, sim, clients } = simulated();
    // Another party's create lands just before ours reaches Parameter Store.
    const send = clients.ssm.send.bind(clients.ssm);
    let raced = false;
    clients.ssm.send = (async (command: { constructor: { name: string }; input: unknown }) => {
      if (!raced && command instanceof PutParameterCommand) {
        raced = true;
        await send(new PutParameterCommand({ Name: spec.name, Value: 'theirs', Type: 'SecureString' }));
      }
      return send(command as never);
    }) as typeof clients.ssm.send;
    await expect(putParameter(ctx.clients, spec)).rejects.toThrow(
      new RegExp(
        `PutParameter on parameter ${spec.name} .*failed: ParameterAlreadyExists: it exists without the tags ${TAG.cluster}=perf-example, ${TAG.managedBy}=akrida-ops`,
      ),
    );
    expect(sim.ssm.parameters.get(spec.name)).toMatchObject({ value: 'theirs', version: 1 });
    const tags = await clients.ssm.send(
      new ListTagsForResourceCommand({ ResourceType: 'Parameter', ResourceId: spec.name }),
    );
    expect(tags.TagList ?? []).toEqual([]);
  });

  test('one of ours made by another run meanwhile is adopted and brought to our value', async () => {
    const { ctx, sim, clients } = simulated();
    const send = clients.ssm.send.bind(clients.ssm);
    let raced = false;
    clients.ssm.send = (async (command: unknown) => {
      if (!raced && command instanceof PutParameterCommand) {
        raced = true;
        await send(new PutParameterCommand({ ...command.input, Value: 'the other run' }));
      }
      return send(command as never);
    }) as typeof clients.ssm.send;
    expect(await putParameter(ctx.clients, spec)).toBe('created');
    expect(sim.ssm.parameters.get(spec.name)?.value).toBe('SECRET-ours');
  });
});
