import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../excel-addin/taskpane/key-value-store.js';
import { storedIdentity } from '../../excel-addin/taskpane/stored-identity.js';

describe('the declared identity in Excel', () => {
  it('is unknown until someone declares a name, then kept (trimmed) for the next session', async () => {
    const store = memoryStore();
    expect(await storedIdentity(store).current()).toBeNull();
    expect(await storedIdentity(store).declare('  Pat PMO ')).toEqual({ name: 'Pat PMO', kind: 'declared' });
    // A new pane session over the same storage still knows the name, and never calls it verified.
    expect(await storedIdentity(store).current()).toEqual({ name: 'Pat PMO', kind: 'declared' });
  });

  it('treats a blank name as no name', async () => {
    const store = memoryStore();
    await storedIdentity(store).declare('   ');
    expect(await storedIdentity(store).current()).toBeNull();
  });
});
