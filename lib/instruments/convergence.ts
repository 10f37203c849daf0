/**
 * Instrument A: the Convergence Factor diagnostic.
 *
 * Five pillars, seventeen questions. Every option describes something a respondent
 * can observe in their organisation today, and its position (1–5) is its maturity.
 * Pure data: no framework imports, so pages, the PDF and tests read the same content.
 */
import type { MaturityLevel } from "./types";

export const CONVERGENCE_INSTRUMENT_ID = "convergence" as const;

export type PillarId = "data" | "platforms" | "process" | "kpis" | "people";

/** The model's order; ties between pillars are always broken by it. */
export const PILLAR_IDS: readonly PillarId[] = ["data", "platforms", "process", "kpis", "people"];

export interface Pillar {
  id: PillarId;
  name: string;
  /** One line shown above the pillar's questions. */
  intro: string;
  /** Plain-words explanation shown when this pillar is the biggest disconnect. */
  disconnect: string;
}

export interface QuestionOption {
  level: MaturityLevel;
  label: string;
}

export interface Question {
  id: string;
  pillar: PillarId;
  prompt: string;
  /** Exactly five options, ordered from level 1 to level 5. */
  options: readonly [QuestionOption, QuestionOption, QuestionOption, QuestionOption, QuestionOption];
}

export interface ConvergenceLevel {
  level: MaturityLevel;
  name: string;
  meaning: string;
  /** What generative AI does for an organisation at this level. */
  aiEffect: string;
  /** What it takes to reach the next level. */
  unlocksNext: string;
}

export const PILLARS: readonly Pillar[] = [
  {
    id: "data",
    name: "Data",
    intro: "Whether your customer records agree with each other.",
    disconnect:
      "Your systems do not agree on who a customer is. IDs, consent and duplicates differ from tool to tool, so every report and every AI model starts from conflicting facts.",
  },
  {
    id: "platforms",
    name: "Platforms",
    intro: "Whether your tools work as one stack.",
    disconnect:
      "Your stack has grown by addition, not integration. Tools overlap, capability you pay for sits unused, and no single place shows the whole customer.",
  },
  {
    id: "process",
    name: "Process",
    intro: "Whether someone looks after data and tools on a rhythm.",
    disconnect:
      "Nobody is clearly accountable for data quality, usage and compliance, and there is no regular moment to review them. Problems surface late and get fixed by hand.",
  },
  {
    id: "kpis",
    name: "KPIs",
    intro: "Whether teams count the same things the same way.",
    disconnect:
      "Teams measure different things, or the same things differently. Leadership sees volume rather than value, and meetings are spent arguing about whose number is right.",
  },
  {
    id: "people",
    name: "People",
    intro: "Whether Marketing, IT and Data work as one team.",
    disconnect:
      "Marketing, IT and Data pursue separate goals and meet only when something breaks. Each team optimises its own part, and nobody owns the whole.",
  },
];

function options(
  l1: string,
  l2: string,
  l3: string,
  l4: string,
  l5: string,
): Question["options"] {
  return [
    { level: 1, label: l1 },
    { level: 2, label: l2 },
    { level: 3, label: l3 },
    { level: 4, label: l4 },
    { level: 5, label: l5 },
  ];
}

export const QUESTIONS: readonly Question[] = [
  // Data
  {
    id: "data-shared-id",
    pillar: "data",
    prompt: "Do your CRM, web analytics and paid media share one customer ID?",
    options: options(
      "No, each has its own",
      "Matched by hand now and then",
      "Two of the three are linked",
      "All three share one ID",
      "Shared and checked automatically",
    ),
  },
  {
    id: "data-consent",
    pillar: "data",
    prompt: "When someone opts out, does every system that contacts them know?",
    options: options(
      "No, systems often disagree",
      "Only the system they used",
      "Synced in batches, with gaps",
      "Synced everywhere within a day",
      "Synced in minutes and audited",
    ),
  },
  {
    id: "data-duplicates",
    pillar: "data",
    prompt: "How often do duplicate customer records cause a visible mistake?",
    options: options(
      "Every week",
      "Every month",
      "A few times a year",
      "Rarely: merged by rule",
      "Almost never: blocked at entry",
    ),
  },
  {
    id: "data-trust",
    pillar: "data",
    prompt: "When two reports disagree on a number, what happens?",
    options: options(
      "Each team trusts its own",
      "Someone reconciles by hand",
      "We know which source wins",
      "An owner fixes the cause",
      "Checks catch it before anyone sees",
    ),
  },
  // Platforms
  {
    id: "platforms-integration-first",
    pillar: "platforms",
    prompt: "Before a new tool is bought, what must it prove?",
    options: options(
      "Nothing: teams buy freely",
      "Only that budget exists",
      "That it connects to the CRM",
      "That it feeds the shared customer view",
      "Its fit, in an architecture review",
    ),
  },
  {
    id: "platforms-single-view",
    pillar: "platforms",
    prompt: "Can one person see a customer's marketing, sales and service history in one place?",
    options: options(
      "No, it takes several logins",
      "Only by exporting and merging",
      "Marketing and sales, not service",
      "Yes, mostly up to date",
      "Yes, live, used daily",
    ),
  },
  {
    id: "platforms-redundancy",
    pillar: "platforms",
    prompt: "How many of your tools do a job another tool already does?",
    options: options(
      "We have no list of our tools",
      "Several, all still paid for",
      "A few, being retired",
      "One or two, for a reason",
      "None; reviewed every year",
    ),
  },
  {
    id: "platforms-utilisation",
    pillar: "platforms",
    prompt: "How much of what you pay for in your main tools is actually used?",
    options: options(
      "Never checked",
      "Under a quarter",
      "About half",
      "Most of it",
      "Nearly all; usage tracked",
    ),
  },
  // Process
  {
    id: "process-reviews",
    pillar: "process",
    prompt: "How often are data quality, tool usage and compliance reviewed?",
    options: options(
      "Only after an incident",
      "Once a year",
      "Every quarter",
      "Every month",
      "Monthly, with automated checks",
    ),
  },
  {
    id: "process-owners",
    pillar: "process",
    prompt: "Does each key dataset and platform have a named owner?",
    options: options(
      "No owners",
      "A few do",
      "Most do, duties unclear",
      "All, with written duties",
      "All, reporting health monthly",
    ),
  },
  {
    id: "process-data-requests",
    pillar: "process",
    prompt: "How long does a campaign wait for data held by another team?",
    options: options(
      "Weeks, after escalation",
      "One to two weeks",
      "A few days",
      "A day, via an agreed request",
      "Self-serve, within hours",
    ),
  },
  // KPIs
  {
    id: "kpis-definitions",
    pillar: "kpis",
    prompt: "Do Marketing, Sales and Finance use one written definition of a qualified lead?",
    options: options(
      "No, each team has its own",
      "Written, but counted differently",
      "Written and mostly followed",
      "One definition in every report",
      "Built into the systems",
    ),
  },
  {
    id: "kpis-value",
    pillar: "kpis",
    prompt: "What does the leadership dashboard mostly show?",
    options: options(
      "Volume: leads, clicks, sends",
      "Volume and conversion rates",
      "Pipeline and influenced revenue",
      "Value: attribution, time-to-decision",
      "Value, with its accuracy tracked",
    ),
  },
  {
    id: "kpis-attribution",
    pillar: "kpis",
    prompt: "How is revenue credited to marketing activity?",
    options: options(
      "It is not",
      "Last click, in one tool",
      "A rule-based model, rarely checked",
      "A model agreed with Finance",
      "A model tested by experiments",
    ),
  },
  // People
  {
    id: "people-shared-goals",
    pillar: "people",
    prompt: "Do Marketing, IT and Data share written goals for this year?",
    options: options(
      "No, each has its own",
      "Some, informally",
      "For one or two projects",
      "Yes, tracked together",
      "Yes, tied to incentives",
    ),
  },
  {
    id: "people-joint-work",
    pillar: "people",
    prompt: "When does IT or Data join a campaign that needs them?",
    options: options(
      "After launch, when it breaks",
      "When the ticket arrives",
      "At the build stage",
      "From planning",
      "They co-own its goal",
    ),
  },
  {
    id: "people-council",
    pillar: "people",
    prompt: "Do marketing, technology and data leaders meet as one group that decides?",
    options: options(
      "No",
      "Only informal contacts",
      "Forming, or meets irregularly",
      "Yes, monthly, with a charter",
      "Yes, and it owns the roadmap",
    ),
  },
];

export const CONVERGENCE_LEVELS: readonly ConvergenceLevel[] = [
  {
    level: 1,
    name: "Siloed",
    meaning: "Each team runs its own tools and numbers, and customer records disagree between systems.",
    aiEffect:
      "AI contradictions: models fed with records that disagree give answers that disagree, at machine speed.",
    unlocksNext: "Agree on one customer ID and give every key dataset a named owner.",
  },
  {
    level: 2,
    name: "Connected",
    meaning: "Systems exchange some data, but by hand or in batches, and teams still define success differently.",
    aiEffect:
      "AI inefficiencies: pilots can work, but each one needs manual data preparation and few of them scale.",
    unlocksNext: "Write one set of KPI definitions and review data quality on a fixed monthly rhythm.",
  },
  {
    level: 3,
    name: "Aligned",
    meaning: "Shared IDs, named owners and common KPI definitions are in place, and teams plan together.",
    aiEffect:
      "AI reliability begins: outputs are trustworthy enough to act on, and this is where AI starts to pay back.",
    unlocksNext: "Automate quality checks and let a cross-functional council own the roadmap.",
  },
  {
    level: 4,
    name: "Orchestrated",
    meaning: "Governed data feeds one customer view, and value metrics drive decisions across functions.",
    aiEffect: "AI scales: proven use cases move into everyday workflows with a return you can measure.",
    unlocksNext: "Tie incentives to shared outcomes and keep retiring tools that do not earn their place.",
  },
  {
    level: 5,
    name: "Converged",
    meaning: "People, platforms and process run as one system, and improving it is routine.",
    aiEffect: "AI compounds: each new capability builds on trusted data and goals everyone shares.",
    unlocksNext: "Hold the level: re-measure every 90 days, because systems drift apart when nobody watches.",
  },
];

/** Seconds a respondent needs per question, used for the "time left" estimate. */
export const SECONDS_PER_QUESTION = 10;

export function getPillar(id: PillarId): Pillar {
  const pillar = PILLARS.find((p) => p.id === id);
  if (!pillar) throw new Error(`Unknown pillar ${id}`);
  return pillar;
}

export function getConvergenceLevel(level: MaturityLevel): ConvergenceLevel {
  const found = CONVERGENCE_LEVELS[level - 1];
  if (!found) throw new Error(`Unknown level ${level}`);
  return found;
}

/** The questions of one pillar, in the model's order. */
export function getPillarQuestions(pillar: PillarId): Question[] {
  return QUESTIONS.filter((q) => q.pillar === pillar);
}

const QUESTION_IDS = new Set(QUESTIONS.map((q) => q.id));

export function isConvergenceQuestionId(id: string): boolean {
  return QUESTION_IDS.has(id);
}
