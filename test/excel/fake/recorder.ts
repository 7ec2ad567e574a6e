// A stand-in for Office objects whose every property write and method call is only recorded.

/** Called for each write or call; returns false when the write must not take effect. */
export type Record = (path: string, value: unknown) => boolean;

/** How an argument appears in a recorded path: ranges by address, the rest as JSON. */
export function describeArgument(argument: unknown): string {
  const address = (argument as { fakeAddress?: string } | null)?.fakeAddress;
  return address ?? JSON.stringify(argument);
}

/** An object on which any property path can be read, written or called; writes and calls are recorded. */
export function recorder(path: string, record: Record): any {
  const children = new Map<string, unknown>();
  const written = new Map<string, unknown>();
  return new Proxy(function () {}, {
    get(_target, property) {
      // Not a promise: `await` must not mistake a recorder for one.
      if (typeof property === "symbol" || property === "then") return undefined;
      if (written.has(property)) return written.get(property);
      if (!children.has(property)) children.set(property, recorder(`${path}.${property}`, record));
      return children.get(property);
    },
    set(_target, property, value) {
      if (record(`${path}.${String(property)}`, value)) written.set(String(property), value);
      return true;
    },
    apply(_target, _this, args: unknown[]) {
      const call = `${path}(${args.map(describeArgument).join(", ")})`;
      record(call, args);
      return recorder(call, record);
    },
  });
}
