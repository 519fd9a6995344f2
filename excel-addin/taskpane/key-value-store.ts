/** Where the task pane keeps small settings between sessions. */
export interface KeyValueStore {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
}

/**
 * `OfficeRuntime.storage` in the shared runtime (kept per add-in and machine, also seen by the
 * custom functions), else the browser's localStorage, else memory (private browsing).
 */
export function officeStore(): KeyValueStore {
  const storage = (globalThis as { OfficeRuntime?: { storage?: KeyValueStore } }).OfficeRuntime?.storage;
  if (storage) {
    return {
      getItem: (key) => storage.getItem(key),
      setItem: (key, value) => storage.setItem(key, value),
    };
  }
  try {
    const local = globalThis.localStorage;
    local.getItem('plangate.probe');
    return {
      getItem: (key) => Promise.resolve(local.getItem(key)),
      setItem: (key, value) => Promise.resolve(local.setItem(key, value)),
    };
  } catch {
    return memoryStore();
  }
}

export function memoryStore(): KeyValueStore {
  const values = new Map<string, string>();
  return {
    getItem: (key) => Promise.resolve(values.get(key) ?? null),
    setItem: (key, value) => Promise.resolve(void values.set(key, value)),
  };
}
