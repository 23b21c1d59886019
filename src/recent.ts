// A few recent results, by key (usually a file's text): what a day of workflow runs reads again and
// again (the workflow files, each action.yml, the cluster file, the template engines) is worked out
// once. At most `limit` are kept, the oldest dropped first; a result is shared, so callers that may
// change it take a copy.
export class Recent<T> {
  private readonly kept = new Map<string, T>();

  constructor(private readonly limit: number) {}

  /** The result kept for `key`, else what `make` returns, kept (nothing is kept when it throws). */
  get(key: string, make: () => T): T {
    let found = this.kept.get(key);
    if (found === undefined) {
      found = make();
      if (this.kept.size >= this.limit) this.kept.delete(this.kept.keys().next().value as string);
      this.kept.set(key, found);
    }
    return found;
  }
}
