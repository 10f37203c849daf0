/**
 * First come, first served use of one SQLite connection: either one transaction, from BEGIN to
 * COMMIT or ROLLBACK, or one statement from outside any transaction. Prisma's better-sqlite3
 * adapter orders transactions among themselves but runs every other statement at once, so such a
 * statement (another request's) used to land inside whichever transaction was open at the moment:
 * reading its uncommitted rows, and undone with it by a rollback although already acknowledged.
 * lib/db/client.ts puts every statement of Prisma's SQLite connection behind this lock, and the
 * statements run straight on the connection take it too (lib/db/hot-sql.ts).
 */
export class ConnectionLock {
  #isHeld = false;
  /** Callers waiting, first first; a release hands the connection straight to the next one. */
  readonly #waiting: (() => void)[] = [];

  /** Resolves when the connection is this caller's; call the function it gives to hand it on. */
  acquire(): Promise<() => void> {
    if (!this.#isHeld) {
      this.#isHeld = true;
      return Promise.resolve(this.#releaser());
    }
    return new Promise((resolve) => this.#waiting.push(() => resolve(this.#releaser())));
  }

  /** Runs `work` holding the lock, and releases it however `work` ends. */
  async run<T>(work: () => T | Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }

  /**
   * Runs synchronous `work` (a better-sqlite3 statement): at once when the connection is free,
   * which it is unless a transaction or an earlier statement holds it; otherwise in turn.
   */
  runNow<T>(work: () => T): Promise<T> {
    if (this.#isHeld) return this.run(work);
    this.#isHeld = true;
    const release = this.#releaser();
    try {
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(error as Error);
    } finally {
      release();
    }
  }

  #releaser(): () => void {
    let isReleased = false;
    return () => {
      if (isReleased) return;
      isReleased = true;
      const next = this.#waiting.shift();
      if (next) next();
      else this.#isHeld = false;
    };
  }
}
