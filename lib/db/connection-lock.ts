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
  #tail: Promise<void> = Promise.resolve();

  /** Resolves when the connection is this caller's; call the function it gives to hand it on. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const turn = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => released);
    return turn;
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
}
