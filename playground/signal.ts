/** A minimal change signal: listeners subscribe, `emit` calls them all. */
export function createSignal() {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(): void {
      listeners.forEach((l) => l());
    },
  };
}
