/**
 * Instrument B: the Generative AI maturity model.
 *
 * Five levels, thirteen dimensions of B2B marketing operations. Ten dimensions come from the
 * model itself; the last three (Paid Media, Product Marketing & Competitive Intelligence,
 * Marketing Talent & AI Skills) are ours, chosen to close its gaps: see
 * docs/decisions/003-genai-dimensions.md.
 *
 * Every level description states what a team can observe today (tools, data flows, approvals,
 * metrics), so choosing the current level is a matter of fact, not of ambition.
 * Pure data: no framework imports, so pages, the PDF and tests read the same content.
 */
import type { MaturityLevel } from "./types";
import type { PillarId } from "./convergence";

export const GENAI_INSTRUMENT_ID = "genai" as const;

export interface GenAiLevel {
  level: MaturityLevel;
  name: string;
  meaning: string;
  /** What Marketing observes at this level: one half of the common language. */
  marketingSees: string;
  /** What IT observes at this level: the other half. */
  itSees: string;
}

export const GENAI_LEVELS: readonly GenAiLevel[] = [
  {
    level: 1,
    name: "Experimenting",
    meaning: "Individuals try AI tools on their own, with no shared process, budget or oversight.",
    marketingSees:
      "A few people draft posts, outlines and subject lines with personal AI accounts. Good results stay with whoever found them.",
    itSees:
      "Unapproved tools paid for on expense cards, company and customer data pasted into them, and no inventory of what has left the company.",
  },
  {
    level: 2,
    name: "Structured Pilots",
    meaning: "A handful of approved pilots run with written goals, basic rules and IT involved from the start.",
    marketingSees:
      "Each pilot has a goal, a baseline and a review date, so the team learns what works before it spends more.",
    itSees:
      "A short list of vetted tools, a data-use rule for each pilot, and an agreed plan for how a successful pilot would connect to production systems.",
  },
  {
    level: 3,
    name: "Integrated Workflows",
    meaning: "AI is part of the team's standard way of working and reaches core systems through governed integrations.",
    marketingSees:
      "Shared prompt libraries and AI steps inside everyday workflows. Account research and first drafts arrive in the tools people already use.",
    itSees:
      "Monitored, documented connections between AI tools and the CRM, the data warehouse and marketing automation, with data moving along one governed path.",
  },
  {
    level: 4,
    name: "Intelligent Systems",
    meaning: "AI forecasts as well as produces: it tells teams what is likely to happen and where to act next.",
    marketingSees:
      "Campaign results estimated before launch, pipeline coverage projected, and accounts ranked by how ready they are to buy.",
    itSees:
      "Spending on the data platform and integrations linked to measured business results, with models monitored for accuracy and drift.",
  },
  {
    level: 5,
    name: "Transformational",
    meaning: "AI changes how marketing is organised and how the company competes.",
    marketingSees:
      "Content and demand programmes that adjust themselves within agreed limits, while people set strategy and judge the results.",
    itSees:
      "Shared data and integration layers on which a new AI capability is configured, not built, and monitoring that catches failures before users do.",
  },
];

export type DimensionId =
  | "content-creation"
  | "account-based-marketing"
  | "campaign-management"
  | "data-analytics"
  | "sales-alignment"
  | "martech-stack"
  | "governance"
  | "inbound-marketing"
  | "outbound-marketing"
  | "customer-experience"
  | "paid-media"
  | "product-marketing"
  | "talent-and-skills";

/** The groundwork a dimension's AI use rests on; the roadmap names it as a prerequisite. */
export type Foundation =
  | "data-quality"
  | "integrated-platforms"
  | "governance"
  | "skills"
  | "content-operations"
  | "measurement";

export const FOUNDATION_LABELS: Record<Foundation, string> = {
  "data-quality": "Clean, consented customer data",
  "integrated-platforms": "Integrated platforms",
  governance: "Documented AI governance",
  skills: "Team skills and training",
  "content-operations": "Content operations",
  measurement: "Shared measurement",
};

/** Defaults for one dimension of the "Level 3 by Q3" roadmap; the team edits them. */
export interface Level3Roadmap {
  whatItLooksLike: string;
  infrastructure: string;
  training: string;
  governance: string;
  successMeasure: string;
  marketingWin: string;
  itWin: string;
}

export interface Dimension {
  id: DimensionId;
  name: string;
  /** One line: what the dimension covers. */
  summary: string;
  /** Exactly five observable descriptions, level 1..5, each 15–35 words. */
  levels: readonly [string, string, string, string, string];
  /** One to three foundations the dimension's AI use cannot do without. */
  dependsOn: readonly Foundation[];
  /**
   * Convergence pillars this dimension's AI use leans on; used to flag targets the foundation
   * cannot carry. Empty when the dimension's AI use rests on neither (Marketing Talent & AI Skills).
   */
  leansOnPillars: readonly Extract<PillarId, "data" | "platforms">[];
  /** Defaults for the "Level 3 by Q3" roadmap; each field 1–2 sentences. */
  level3: Level3Roadmap;
}

/** The model's order: the ten dimensions of the model first, then our three. */
export const DIMENSIONS: readonly Dimension[] = [
  {
    id: "content-creation",
    name: "Content Creation",
    summary: "How written, visual and video content is planned, drafted, reviewed and reused.",
    levels: [
      "Individual marketers draft blog outlines, posts and emails in personal AI accounts; nobody knows which published pieces used AI, and brand or legal review is ad hoc.",
      "One or two approved AI writing tools are piloted on defined content types, with a written usage guideline, human review before publishing and drafting time tracked against a baseline.",
      "AI drafting sits in the standard content workflow: a shared prompt library, brand voice guide and approved source material feed it, and every piece passes a documented review step.",
      "Performance data from published content feeds back into briefs; AI predicts which topics and formats will work for each audience before production starts, and the plan follows those predictions.",
      "A governed content engine produces, adapts and retires content across channels and languages largely unaided; people set strategy, approve sensitive material and judge the commercial results.",
    ],
    dependsOn: ["content-operations", "governance", "skills"],
    leansOnPillars: ["platforms"],
    level3: {
      whatItLooksLike:
        "Every content type we produce has an AI-assisted step in its standard workflow, using a shared prompt library and brand voice guide, with documented human review before publishing.",
      infrastructure:
        "One approved AI writing tool behind single sign-on, connected to the content management system and the approved asset library.",
      training: "Prompt writing, brand voice and fact-checking for every writer and editor, with worked examples from our own content.",
      governance:
        "A usage policy naming approved tools and forbidden inputs, a review rule for customer-facing claims, and a record of which pieces used AI.",
      successMeasure:
        "Time from brief to published piece, share of content going through the standard workflow, and errors found at review.",
      marketingWin: "More content, shipped faster, in one consistent voice.",
      itWin: "One sanctioned tool instead of many unknown ones, with logged use and no customer data leaving approved systems.",
    },
  },
  {
    id: "account-based-marketing",
    name: "Account-Based Marketing",
    summary: "How target accounts are chosen, researched and engaged across the buying committee.",
    levels: [
      "Target account lists are built by hand in spreadsheets; a few marketers ask public AI chatbots to summarise companies, pasting in account notes with no rules on data use.",
      "A pilot uses AI to research a defined set of target accounts and draft account briefs, with IT agreeing which CRM data it may read and results reviewed each month.",
      "AI-generated account intelligence and intent signals flow into the CRM and ABM platform; briefs and messages for each buying-committee role come out of the standard account-planning process.",
      "Models score every target account on readiness to buy and suggest which committee members to engage next; sales and marketing reallocate effort each week from those scores.",
      "Account programmes run continuously: AI selects accounts, orchestrates engagement across channels and adjusts spend per account within agreed limits, steered by account revenue.",
    ],
    dependsOn: ["data-quality", "integrated-platforms", "governance"],
    leansOnPillars: ["data", "platforms"],
    level3: {
      whatItLooksLike:
        "AI-generated account briefs and intent signals appear in the CRM for every target account, and messages for each buying-committee role come out of the standard account-planning process.",
      infrastructure:
        "A governed integration between the ABM platform, the CRM and the data warehouse, with an agreed list of fields the AI may read.",
      training: "Reading intent signals and account briefs, and checking AI-written personalisation before it is sent.",
      governance:
        "Rules on which personal data may drive personalisation, and a review step for messages sent to named buyers.",
      successMeasure: "Engagement and pipeline from target accounts, and the time it takes to prepare an account plan.",
      marketingWin: "Richer account insight and personalisation at a scale no one could reach by hand.",
      itWin: "Account data moves through one governed integration rather than through exports and uploads.",
    },
  },
  {
    id: "campaign-management",
    name: "Campaign Management",
    summary: "How campaigns are planned, built, launched and optimised across channels.",
    levels: [
      "Campaign briefs, emails and landing pages are written with whatever AI tools individuals prefer; builds, audiences and launch checks are still done by hand in each channel tool.",
      "A defined pilot uses an approved AI tool for campaign copy or audience suggestions on a few campaigns, and their results are compared with similar campaigns run the usual way.",
      "Campaign templates include AI steps for briefs, variants and pre-launch checks; the marketing automation platform receives AI output through a governed integration, and every campaign follows one documented process.",
      "Before launch, models forecast each campaign's reach, conversion and pipeline; budgets and timing are set from those forecasts, and forecast accuracy is reviewed after every campaign.",
      "Demand programmes tune themselves: AI shifts budget, audiences, creative and timing across channels within guardrails, and the team manages outcomes rather than individual campaigns.",
    ],
    dependsOn: ["integrated-platforms", "measurement"],
    leansOnPillars: ["platforms", "data"],
    level3: {
      whatItLooksLike:
        "Campaign templates include AI steps for briefs, copy variants and pre-launch checks, and every campaign follows the same documented process.",
      infrastructure:
        "A governed connection from the approved AI tool to the marketing automation platform, with shared templates stored in one place.",
      training: "Using the campaign templates and their AI steps, and testing AI-generated variants properly.",
      governance: "Documented approval for AI-generated copy and audiences, and a launch checklist covering consent and brand.",
      successMeasure:
        "Time from brief to launch, variants tested per campaign, and campaign conversion rates against the previous baseline.",
      marketingWin: "Faster launches and more testing without extra headcount.",
      itWin: "Repeatable builds through one integration, with fewer one-off requests and broken workflows.",
    },
  },
  {
    id: "data-analytics",
    name: "Data & Analytics",
    summary: "How marketing data is prepared, analysed, reported and used to decide.",
    levels: [
      "Analysts paste exported spreadsheets into public AI tools to summarise results; figures in reports cannot be traced to a source, and nobody checks what data left the company.",
      "An approved AI assistant is piloted on aggregated or de-identified reports, with IT agreeing which datasets it may use and its answers checked against existing dashboards.",
      "AI queries the governed data warehouse through approved connections; people ask questions in plain language, answers cite their source tables, and access follows documented roles.",
      "Predictive models forecast pipeline coverage, revenue contribution and churn risk; forecasts sit on the leadership dashboard next to actuals, and their accuracy is measured every quarter.",
      "Budget, targeting and pricing decisions come from continuously updated models that explain their reasoning; analysts spend their time on questions and experiments, not on building reports.",
    ],
    dependsOn: ["data-quality", "measurement", "governance"],
    leansOnPillars: ["data", "platforms"],
    level3: {
      whatItLooksLike:
        "The team asks questions of governed warehouse data in plain language, and every AI answer cites the source tables it used.",
      infrastructure:
        "An approved AI analytics capability connected to the data warehouse, with role-based access and documented metric definitions it must use.",
      training: "Asking good questions of data, checking AI answers against source figures, and knowing which data is off-limits.",
      governance: "Data access roles, a classification of sensitive fields, and a log of AI queries that is reviewed regularly.",
      successMeasure:
        "Time to answer a business question, share of reports built without analyst help, and accuracy of spot-checked answers.",
      marketingWin: "Answers in minutes rather than days, without waiting in the analysts' queue.",
      itWin: "Data stays in the warehouse under existing controls instead of being exported to spreadsheets and outside tools.",
    },
  },
  {
    id: "sales-alignment",
    name: "Sales Alignment",
    summary: "How marketing and sales share leads, insight and content along the pipeline.",
    levels: [
      "Reps and marketers each use personal AI tools to write follow-ups and call notes; handovers happen by email and spreadsheet, and nobody shares what works.",
      "A pilot gives a few reps AI-drafted follow-ups or call summaries from approved tools, with agreed rules on which CRM fields may be used and win rates compared.",
      "AI summaries of marketing engagement and suggested next steps appear on every CRM lead and opportunity; both teams use shared definitions and a documented handover process.",
      "Models predict which leads and opportunities will convert and which content helps at each deal stage; sales and marketing plan from a shared forecast reviewed weekly.",
      "Marketing and sales work as one revenue team around a shared AI system that routes accounts and prepares every conversation; targets and pay reflect the joint pipeline.",
    ],
    dependsOn: ["data-quality", "integrated-platforms", "measurement"],
    leansOnPillars: ["data", "platforms"],
    level3: {
      whatItLooksLike:
        "Each lead and opportunity in the CRM carries an AI summary of marketing engagement and a suggested next step, and both teams follow one documented handover process.",
      infrastructure:
        "Marketing engagement data synced to the CRM, and an approved AI capability inside the CRM with agreed fields it may read.",
      training: "Reps and marketers trained together on the summaries, the next-step suggestions and the handover rules.",
      governance:
        "Shared lead and opportunity definitions, rules on which fields AI may use, and a named owner for the handover process.",
      successMeasure:
        "Lead follow-up time, conversion from marketing-qualified lead to opportunity, and how often reps open the summaries.",
      marketingWin: "Sales acts on marketing's leads and insight, and marketing's contribution is visible.",
      itWin: "The CRM stays the single system of record, with no side spreadsheets or unofficial AI tools holding customer data.",
    },
  },
  {
    id: "martech-stack",
    name: "MarTech Stack",
    summary: "How marketing tools, AI tools included, are chosen, connected and retired.",
    levels: [
      "AI tools are bought on personal or team cards without IT review; nobody holds a complete list of them, and none connect to the CRM or marketing automation platform.",
      "A register lists every AI tool in use; new ones pass a light security and data review with IT, and pilots run in sandboxes before touching production systems.",
      "Approved AI capabilities connect to the CRM, the data warehouse and marketing automation through documented, monitored integrations; overlapping tools have been retired and sign-in is centralised.",
      "Marketing and IT plan the stack as one architecture on a shared roadmap; usage, cost and the return of each AI capability are measured and reported every quarter.",
      "The stack is modular: new AI capabilities plug into shared data and integration layers within days, and monitoring detects and fixes failures before users notice them.",
    ],
    dependsOn: ["integrated-platforms", "governance"],
    leansOnPillars: ["platforms"],
    level3: {
      whatItLooksLike:
        "Every approved AI capability connects to the CRM, the data warehouse and marketing automation through documented, monitored integrations, and no unregistered AI tools remain.",
      infrastructure:
        "Approved connectors or an integration layer, single sign-on for every AI tool, and alerts on failed syncs.",
      training: "Tool owners trained on the integration standards and on the agreed route for requesting new capabilities.",
      governance: "A tool register with named owners, an intake review for new AI tools, and a rule for retiring overlapping ones.",
      successMeasure:
        "Share of AI tools registered and integrated, integration incidents per quarter, and licence spend on overlapping tools.",
      marketingWin: "New AI capabilities arrive already connected to the data they need.",
      itWin: "A known, documented stack with fewer tools, fewer failure points and no shadow purchases.",
    },
  },
  {
    id: "governance",
    name: "Governance",
    summary: "How AI use in marketing is approved, controlled and audited.",
    levels: [
      "There is no written AI policy; individuals decide what data to paste into which tools, and nobody reviews AI output before it reaches customers.",
      "A basic AI usage policy, written with IT and legal, lists approved tools and forbidden data types and names an approver for each pilot.",
      "Governance is built into workflows: data classification rules, mandatory human review of customer-facing output, logged AI use and a regular cross-team review of risks and incidents.",
      "Controls are largely automated: personal data is masked before it reaches models, output checks flag errors and unsupported claims, and risk metrics reach leadership alongside performance.",
      "Every AI capability is designed with its controls from the start and audited continuously; new uses are approved within days because evidence and checks already exist.",
    ],
    dependsOn: ["governance", "data-quality"],
    leansOnPillars: ["data"],
    level3: {
      whatItLooksLike:
        "Governance is part of the workflow: data classification rules, required human review of customer-facing output, logged AI use and a regular joint review of risks.",
      infrastructure:
        "Logging of AI use in approved tools, and masking or data-loss prevention wherever personal data could reach a model.",
      training:
        "Everyone who uses AI knows the policy, the data classes and the review rules; approvers know how to assess a new use.",
      governance:
        "A written AI policy, a risk register, named approvers per use case, and an incident process agreed by Marketing, IT and legal.",
      successMeasure:
        "Time to approve a new AI use, share of AI use through approved tools, and incidents caught before customers see them.",
      marketingWin: "Clear, quick answers on what is allowed instead of open-ended reviews.",
      itWin: "Visibility of, and control over, how AI touches company and customer data.",
    },
  },
  {
    id: "inbound-marketing",
    name: "Inbound Marketing",
    summary: "How the website, search, organic social and nurture turn interest into pipeline.",
    levels: [
      "Marketers use public AI tools for blog ideas, search keywords and social posts one piece at a time; lead forms, scoring and nurture emails are set up by hand.",
      "A pilot applies an approved AI tool to search optimisation or nurture email drafts for one segment, with traffic and conversion measured against a baseline.",
      "Search briefs, page variants and nurture content are produced from shared AI templates in the standard process, and lead scoring uses engagement data from marketing automation.",
      "Models predict which visitors and leads will convert, personalise website and nurture paths by segment, and forecast inbound pipeline from traffic and engagement trends.",
      "The website and nurture programmes adapt to each visitor in real time, answering questions and routing buyers to sales within agreed rules; inbound pipeline is steered continuously.",
    ],
    dependsOn: ["content-operations", "data-quality", "integrated-platforms"],
    leansOnPillars: ["data", "platforms"],
    level3: {
      whatItLooksLike:
        "Search briefs, page variants and nurture content are produced from shared AI templates, and lead scoring uses engagement data from the marketing automation platform.",
      infrastructure:
        "The approved AI tool connected to the content management system and marketing automation, with web analytics feeding lead scoring.",
      training: "Search and content teams trained on the templates, on checking AI output for accuracy, and on reading scores.",
      governance:
        "Review rules for published pages, consent checks on nurture audiences, and a documented scoring model with an owner.",
      successMeasure: "Organic traffic, form conversion rate and inbound pipeline against the pre-pilot baseline.",
      marketingWin: "More qualified inbound demand from the same team.",
      itWin: "Website, marketing automation and CRM exchange data through governed, monitored connections.",
    },
  },
  {
    id: "outbound-marketing",
    name: "Outbound Marketing",
    summary: "How prospecting, outbound email, calling and social selling reach new buyers.",
    levels: [
      "Individuals write cold emails and social messages with personal AI tools; prospect lists are bought or scraped, and nobody checks consent or where the data came from.",
      "An approved AI tool drafts outbound sequences for one team or segment, with consent rules agreed with IT and legal and reply rates compared to human-written sequences.",
      "Outbound sequences are generated from shared templates in the sales engagement platform, personalised with CRM and intent data through governed integrations, with suppression lists applied automatically.",
      "Models choose which prospects to contact, when and through which channel, and predict reply and meeting rates; teams set volume and targeting from those predictions.",
      "Outbound is always on: AI finds new buyers, handles first conversations and books qualified meetings for sales, while quality and compliance are monitored continuously.",
    ],
    dependsOn: ["data-quality", "governance", "integrated-platforms"],
    leansOnPillars: ["data"],
    level3: {
      whatItLooksLike:
        "Outbound sequences come from shared templates in the sales engagement platform, personalised with CRM and intent data, and consent and suppression lists apply automatically.",
      infrastructure:
        "A governed integration between the sales engagement platform, the CRM and the intent data source, with suppression lists kept in sync.",
      training: "Writing and checking AI-personalised outreach, and the consent rules of each market we sell into.",
      governance: "Documented consent and data-source rules, sending limits, and a review of templates before they go live.",
      successMeasure: "Reply and meeting rates, opt-out and complaint rates, and pipeline sourced by outbound.",
      marketingWin: "Relevant outreach at volume without writing each message by hand.",
      itWin: "No bought or scraped lists outside the CRM, and consent enforced by the systems rather than by memory.",
    },
  },
  {
    id: "customer-experience",
    name: "Customer Experience",
    summary: "How customers are onboarded, supported and retained, and how their feedback is used.",
    levels: [
      "Staff use personal AI tools to draft replies or summarise feedback; any chatbot on the site runs without compliance testing or a defined handover to a person.",
      "A pilot tests an approved AI assistant for support answers or feedback analysis on a limited scope, with a person checking answers and escalation rules agreed.",
      "AI assistants answer from an approved knowledge base connected to the CRM and support system; conversations are logged, hand over to people by documented rules, and satisfaction is tracked.",
      "Models predict churn, expansion and satisfaction for each account from usage, support and engagement data; customer teams act on the alerts, and each intervention is measured.",
      "Each customer's journey adapts continuously: AI anticipates needs, resolves most requests end to end and triggers retention or expansion moves, leaving complex relationships to people.",
    ],
    dependsOn: ["data-quality", "integrated-platforms", "governance"],
    leansOnPillars: ["data", "platforms"],
    level3: {
      whatItLooksLike:
        "AI assistants answer from an approved knowledge base connected to the CRM and support system, hand over to people by documented rules, and every conversation is logged.",
      infrastructure: "A maintained knowledge base, integration with the CRM and support system, and conversation logging.",
      training:
        "Support and success teams trained to supervise the assistant, correct its answers and keep the knowledge base current.",
      governance:
        "Compliance testing before anything faces customers, escalation rules, and a regular review of logged conversations.",
      successMeasure:
        "Resolution rate, customer satisfaction, time to first answer, and the share of AI answers that needed correcting.",
      marketingWin: "Faster, consistent answers and a clearer view of what customers need.",
      itWin: "One tested, monitored assistant instead of unsupervised pilots reaching customers.",
    },
  },
  {
    id: "paid-media",
    name: "Paid Media",
    summary: "How paid search, social and display advertising is planned, bought and measured.",
    levels: [
      "Individuals use AI tools to write ad copy and brainstorm audiences; targeting, bids and reporting are set by hand in each ad platform and compared in spreadsheets.",
      "An approved AI tool is piloted for ad variants or audience building on a few campaigns, with budgets capped, brand checks agreed and results tested against a control.",
      "AI-generated creative and audiences come from a shared workflow with brand review; ad platforms receive first-party audiences and offline conversions from the CRM through governed integrations.",
      "Models forecast the return of each channel and audience before spend is committed, budget is allocated across platforms from those forecasts, and predicted and actual pipeline are compared monthly.",
      "Creative, audiences, bids and budget shift across channels automatically against pipeline and revenue targets, within limits the team sets and reviews.",
    ],
    dependsOn: ["data-quality", "measurement", "governance"],
    leansOnPillars: ["data"],
    level3: {
      whatItLooksLike:
        "AI creative and audiences come from a shared workflow with brand review, and ad platforms receive first-party audiences and offline conversions from the CRM.",
      infrastructure:
        "Governed conversion and audience syncs between the CRM and the ad platforms, with consent applied before any data leaves.",
      training: "Testing AI creative properly, understanding the platforms' own automation, and the rules for sharing first-party data.",
      governance:
        "Brand and claims review for AI-generated ads, consent rules for audience uploads, and spending limits for automated bidding.",
      successMeasure: "Cost per qualified opportunity, pipeline per unit of spend, and creative production time.",
      marketingWin: "More tested creative, and spend that follows pipeline rather than clicks.",
      itWin: "Customer data reaches ad platforms only through consented, logged syncs.",
    },
  },
  {
    id: "product-marketing",
    name: "Product Marketing & Competitive Intelligence",
    summary: "How positioning, messaging, launches and market and competitor insight are produced.",
    levels: [
      "Product marketers ask public AI tools to summarise competitors and draft messaging; battlecards live in scattered documents, and nobody checks AI-written product claims.",
      "A pilot uses an approved tool to summarise win–loss interviews or competitor news, with sources recorded and every product claim checked by a product owner.",
      "AI synthesises call recordings, win–loss notes and competitor updates from governed sources into a shared insight library; battlecards and launch kits follow a documented review.",
      "Models detect shifts in competitor moves, buyer objections and win rates, and estimate how messaging changes will affect deals; launch plans are prioritised from those signals.",
      "Positioning is tested and refreshed continuously from market signals; AI keeps every asset consistent, and product marketing's evidence shapes roadmap and pricing decisions.",
    ],
    dependsOn: ["data-quality", "content-operations", "governance"],
    leansOnPillars: ["data"],
    level3: {
      whatItLooksLike:
        "AI turns call recordings, win–loss notes and competitor updates from approved sources into a shared insight library, and battlecards and launch kits follow a documented review.",
      infrastructure:
        "Governed access to call recordings, CRM deal notes and approved external sources, with an approved AI tool to synthesise them.",
      training: "Citing sources, checking AI summaries, and writing product claims that can be verified.",
      governance:
        "A list of approved sources, a product owner's review of every product claim, and rules on using customer conversations.",
      successMeasure:
        "Time to produce battlecards and launch kits, how often sales uses them, and win rate against named competitors.",
      marketingWin: "Current, evidence-based messaging and competitor insight for every launch.",
      itWin: "Customer conversations are analysed inside approved systems, not uploaded to outside tools.",
    },
  },
  {
    id: "talent-and-skills",
    name: "Marketing Talent & AI Skills",
    summary: "How the team learns to use AI, is trained in it and is organised around it.",
    levels: [
      "A few enthusiasts teach themselves from online videos; there is no training and no shared examples, and skills depend on who happens to be curious.",
      "Pilot teams receive basic training on approved tools and the usage policy; a small group of champions shares prompts and lessons at a regular session.",
      "Role-based AI training is part of onboarding and tied to the standard workflows; a shared prompt library and named champions support each team, and tool usage is tracked.",
      "AI skills appear in job descriptions and performance reviews; training needs are found from usage and quality data, and Marketing and IT run joint learning programmes.",
      "Roles and team structures have been redesigned around AI; people spend their time on strategy, judgement and relationships, and how the team works helps attract talent.",
    ],
    dependsOn: ["skills", "governance"],
    leansOnPillars: [],
    level3: {
      whatItLooksLike:
        "Role-based AI training is part of onboarding and tied to the standard workflows, each team has a named champion, and a shared prompt library is maintained.",
      infrastructure:
        "A learning space holding approved examples and the prompt library, and usage data from approved tools to show adoption.",
      training:
        "A core course on approved tools, data rules and review for everyone, plus role-specific modules for writers, operations and analysts.",
      governance:
        "The usage policy taught at onboarding, a named owner for training content, and completion tracked for everyone using AI.",
      successMeasure: "Training completion, active use of approved tools, and the quality of AI-assisted work at review.",
      marketingWin: "A team that is confident with AI rather than dependent on a few enthusiasts.",
      itWin: "Fewer risky workarounds, because people know what the approved tools can do.",
    },
  },
];

export const DIMENSION_IDS: readonly DimensionId[] = DIMENSIONS.map((d) => d.id);

export type GtmMotion = "inbound" | "outbound" | "hybrid";

export const GTM_MOTIONS: readonly { id: GtmMotion; name: string; description: string }[] = [
  {
    id: "inbound",
    name: "Inbound-led",
    description: "Most pipeline comes from buyers who find you: search, content, the website and nurture.",
  },
  {
    id: "outbound",
    name: "Outbound-led",
    description: "Most pipeline comes from reaching out to chosen accounts and buyers: ABM, prospecting and sales outreach.",
  },
  {
    id: "hybrid",
    name: "Hybrid",
    description: "Inbound and outbound each bring a real share of pipeline, joined up through coordinated campaigns.",
  },
];

/** The dimensions each go-to-market motion should focus on; priorities are proposed from these. */
export const MOTION_FOCUS: Record<GtmMotion, readonly DimensionId[]> = {
  inbound: ["inbound-marketing", "content-creation", "customer-experience", "data-analytics"],
  outbound: ["account-based-marketing", "outbound-marketing", "sales-alignment", "data-analytics"],
  hybrid: ["campaign-management", "content-creation", "account-based-marketing", "sales-alignment"],
};

/** A dimension the team does not run; it is left out of every score. */
export const NOT_APPLICABLE = "not_applicable" as const;

/** Maximum length, in characters, of the evidence note a respondent may add to a rating. */
export const EVIDENCE_NOTE_MAX = 500;

/** Seconds a respondent needs per dimension, used for the "time left" estimate. */
export const SECONDS_PER_DIMENSION = 20;

/** The dimension with this id; throws for an unknown id. */
export function getDimension(id: DimensionId): Dimension {
  const dimension = DIMENSIONS.find((d) => d.id === id);
  if (!dimension) throw new Error(`Unknown dimension ${id}`);
  return dimension;
}

/** The named level for a maturity level; throws outside 1–5. */
export function getGenAiLevel(level: MaturityLevel): GenAiLevel {
  const found = GENAI_LEVELS[level - 1];
  if (!found) throw new Error(`Unknown level ${level}`);
  return found;
}

const DIMENSION_ID_SET: ReadonlySet<string> = new Set(DIMENSION_IDS);

/** Whether a string (from a form, URL or stored answer) names one of the thirteen dimensions. */
export function isDimensionId(value: string): value is DimensionId {
  return DIMENSION_ID_SET.has(value);
}
