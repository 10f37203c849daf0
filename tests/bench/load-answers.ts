// The load bench's ledger of answers (tests/bench/load-bench.ts): it picks what each request
// answers and remembers, for every (assessment, question), the last choice the server acknowledged,
// so the database can be checked against it after the run.
//
// Like the questionnaire's save queue, the ledger never has two requests for the same
// (assessment, question) on the wire at once: a key in flight is not picked again until it is
// answered. The last acknowledged choice of a key is then the one its row must hold. A request
// that never got an answer (a timeout, a dropped connection, the run's end) may or may not have
// landed; its key is "uncertain" and its row may hold either value.

/** What a stored Answer.choice can be: "1".."5" or "dont_know". */
export const STORED_CHOICES = ["1", "2", "3", "4", "5", "dont_know"] as const;
export type StoredChoice = (typeof STORED_CHOICES)[number];

export interface PlannedAnswer {
  key: string;
  assessmentId: string;
  questionId: string;
  choice: StoredChoice;
}

export interface StoredAnswer {
  assessmentId: string;
  questionId: string;
  choice: string;
}

export interface LedgerCheck {
  /** Keys with an acknowledged answer: each must have a row holding its last acknowledged choice. */
  acknowledgedKeys: number;
  /** Keys with a request that got no answer: the row may hold that choice (or be absent if nothing was acknowledged). */
  uncertainKeys: number;
  storedRows: number;
  /** Acknowledged keys without a row. */
  missing: number;
  /** Rows holding neither the last acknowledged choice nor an unanswered request's choice. */
  wrongValue: number;
  /** Rows for keys the bench never sent. */
  unexpected: number;
  isPass: boolean;
  /** A few of the problems, for the report. */
  examples: string[];
}

const keyOf = (assessmentId: string, questionId: string) => `${assessmentId} ${questionId}`;

/** The choice as the answer endpoint takes it (numbers for levels). */
export function requestChoice(choice: StoredChoice): number | "dont_know" {
  return choice === "dont_know" ? choice : Number(choice);
}

export class AnswerLedger {
  private readonly acknowledged = new Map<string, StoredChoice>();
  private readonly inFlight = new Map<string, StoredChoice>();
  /** Choices sent that never got an answer, by key. */
  private readonly unanswered = new Map<string, Set<StoredChoice>>();
  readonly counts = { acknowledged: 0, rateLimited: 0, refused: 0, failed: 0 };

  constructor(
    private readonly assessmentIds: readonly string[],
    private readonly questionIds: readonly string[],
    private readonly random: () => number = Math.random,
  ) {
    if (assessmentIds.length === 0 || questionIds.length === 0) throw new Error("The ledger needs assessments and questions");
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }

  /** A random question of a random assessment (not one already on the wire) with a random choice. */
  next(): PlannedAnswer {
    for (let attempt = 0; attempt < 1_000; attempt += 1) {
      const assessmentId = this.pick(this.assessmentIds);
      const questionId = this.pick(this.questionIds);
      const key = keyOf(assessmentId, questionId);
      if (this.inFlight.has(key)) continue;
      const choice = this.pick(STORED_CHOICES);
      this.inFlight.set(key, choice);
      return { key, assessmentId, questionId, choice };
    }
    throw new Error("Every answer picked is already in flight: use more assessments");
  }

  /** The server answered `status` to a planned answer. */
  settle(answer: PlannedAnswer, status: number): void {
    if (this.inFlight.get(answer.key) !== answer.choice) return;
    this.inFlight.delete(answer.key);
    if (status >= 200 && status < 300) {
      this.acknowledged.set(answer.key, answer.choice);
      this.unanswered.delete(answer.key); // a later write was acknowledged after it
      this.counts.acknowledged += 1;
    } else if (status === 429) {
      this.counts.rateLimited += 1; // refused before anything is written
    } else if (status >= 400 && status < 500) {
      this.counts.refused += 1; // a 4xx changes nothing
    } else {
      this.counts.failed += 1;
      this.markUnanswered(answer.key, answer.choice);
    }
  }

  /** Every request still on the wire gets no answer now (a timeout, or the end of the run). */
  abandonInFlight(): number {
    const count = this.inFlight.size;
    for (const [key, choice] of this.inFlight) this.markUnanswered(key, choice);
    this.inFlight.clear();
    return count;
  }

  private markUnanswered(key: string, choice: StoredChoice) {
    const choices = this.unanswered.get(key) ?? new Set<StoredChoice>();
    choices.add(choice);
    this.unanswered.set(key, choices);
  }

  /** Compares the rows of the bench's assessments with what was acknowledged. */
  check(rows: readonly StoredAnswer[]): LedgerCheck {
    const stored = new Map(rows.map((row) => [keyOf(row.assessmentId, row.questionId), row.choice]));
    const examples: string[] = [];
    const note = (text: string) => {
      if (examples.length < 5) examples.push(text);
    };
    let missing = 0;
    let wrongValue = 0;
    let unexpected = 0;
    for (const [key, choice] of this.acknowledged) {
      const value = stored.get(key);
      if (value === undefined) {
        missing += 1;
        note(`${key}: acknowledged ${choice}, no row`);
      } else if (value !== choice && !this.unanswered.get(key)?.has(value as StoredChoice)) {
        wrongValue += 1;
        note(`${key}: acknowledged ${choice}, stored ${value}`);
      }
    }
    for (const [key, value] of stored) {
      if (this.acknowledged.has(key)) continue;
      const possible = this.unanswered.get(key);
      if (!possible) {
        unexpected += 1;
        note(`${key}: never sent, stored ${value}`);
      } else if (!possible.has(value as StoredChoice)) {
        wrongValue += 1;
        note(`${key}: sent ${[...possible].join("/")} without an answer, stored ${value}`);
      }
    }
    return {
      acknowledgedKeys: this.acknowledged.size,
      uncertainKeys: this.unanswered.size,
      storedRows: stored.size,
      missing,
      wrongValue,
      unexpected,
      isPass: missing === 0 && wrongValue === 0 && unexpected === 0,
      examples,
    };
  }
}
