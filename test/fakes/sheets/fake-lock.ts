import type { LockApi, LockServiceApi } from '../../../sheets-addon/server/apps-script-api.js';
import type { CallLog } from './call-log.js';

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

/** One document's lock, shared by every execution (every `FakeLock` handle). */
export class DocumentLockState {
  holder: FakeLock | null = null;
  /** Acquisitions over the fake's life, for tests. */
  acquired = 0;
}

/**
 * A handle on the document lock, as one script execution holds it. The fake cannot wait, so a
 * lock held by another execution makes `tryLock` return false and `waitLock` time out at once.
 */
export class FakeLock implements LockApi {
  constructor(
    private readonly state: DocumentLockState,
    private readonly log: CallLog,
  ) {}
  tryLock(_timeoutInMillis: number): boolean {
    this.log.hit('Lock.tryLock');
    if (this.state.holder && this.state.holder !== this) return false;
    if (this.state.holder !== this) this.state.acquired++;
    this.state.holder = this;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    this.log.hit('Lock.waitLock');
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }
  releaseLock(): void {
    this.log.hit('Lock.releaseLock');
    if (this.state.holder === this) this.state.holder = null;
  }
  hasLock(): boolean {
    return this.state.holder === this;
  }
}

export class FakeLockService implements LockServiceApi {
  readonly document = new DocumentLockState();
  constructor(private readonly log: CallLog) {}
  getDocumentLock(): FakeLock {
    this.log.hit('LockService.getDocumentLock');
    return new FakeLock(this.document, this.log);
  }
  /** Simulates another person's execution holding the document lock. Returns its release. */
  holdElsewhere(): () => void {
    const other = new FakeLock(this.document, this.log);
    if (!other.tryLock(0)) throw new Error('The document lock is already held.');
    return () => other.releaseLock();
  }
}
