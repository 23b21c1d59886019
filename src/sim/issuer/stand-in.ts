// The issuer's stand-ins together: an ACA-Py admin API and a ledger with a registration endpoint,
// both on 127.0.0.1, sharing the ledger's registry; attach the result to the simulator's
// AkridaInstances.issuerStandIn to run the real issuer script against them.
import { type AdminStandIn, startAdminApi } from './admin-api.js';
import { AgentConfig, WalletStore } from './agent-state.js';
import { LedgerRegistry, startLedger, type Taa } from './ledger.js';

export interface IssuerStandIn {
  /** Where the admin stand-in really listens; the script's 127.0.0.1:<admin port> is moved here. */
  adminUrl: string;
  /** The ledger's POST /register, for IssuerScriptInput.registerUrl. */
  registerUrl: string;
  wallets: WalletStore;
  /** How the agent runs: its release and arg-file settings (the issuer's preparation sets them). */
  agent: AgentConfig;
  ledger: LedgerRegistry;
  admin: AdminStandIn;
  close(): Promise<void>;
  unref(): void;
}

export async function startIssuerStandIn(opts: {
  apiKey: string | (() => string | undefined);
  /** The ledger's agreement; null for a ledger without one. */
  taa?: Taa | null;
}): Promise<IssuerStandIn> {
  const registry = new LedgerRegistry(opts.taa);
  const wallets = new WalletStore();
  const agent = new AgentConfig();
  const ledger = await startLedger(registry);
  const admin = await startAdminApi({ apiKey: opts.apiKey, ledger: registry, wallets, agent }).catch(
    async (err) => {
      await ledger.close();
      throw err;
    },
  );
  return {
    adminUrl: admin.url,
    registerUrl: `${ledger.url}/register`,
    wallets,
    agent,
    ledger: registry,
    admin,
    unref: () => {
      admin.unref();
      ledger.unref();
    },
    close: async () => {
      await Promise.all([admin.close(), ledger.close()]);
    },
  };
}
