/**
 * The build sheet in words (src/document/buildSheet.ts gives the facts): headed parts of facts,
 * lists and sentences, in the reader's language, shared by the printable page and the Markdown file
 * so both say the same. Marketo's own names for filters and flow steps stay as Marketo shows them.
 */
import type { TFunction } from 'i18next';
import type {
  BatchCampaign,
  BuildSheet,
  ContentRow,
  RuleSheet,
  StreamSheet,
} from '../document/buildSheet';
import { problemMessage, targetLabel } from '../panels/problems/problemText';
import { cadenceText } from '../wording/cadence';
import { formatDate, formatDateRange } from '../wording/dates';
import { filterText } from '../wording/filters';
import type { Names } from '../wording/names';
import { triggerTexts } from '../wording/rules';

export type SheetBlock =
  | { kind: 'facts'; rows: { label: string; value: string }[] }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'text'; text: string };

export interface SheetPart {
  heading: string;
  /** 2: a stream or a whole section; 3: a rule or a campaign inside it. */
  level: 2 | 3;
  blocks: SheetBlock[];
}

export interface WordedSheet {
  title: string;
  facts: { label: string; value: string }[];
  parts: SheetPart[];
}

export function wordBuildSheet(
  t: TFunction,
  language: string,
  sheet: BuildSheet,
  names: Names,
): WordedSheet {
  return {
    title: t('buildSheet.title', { program: sheet.programName }),
    facts: [
      { label: t('buildSheet.program'), value: sheet.programName },
      { label: t('buildSheet.timeZone'), value: sheet.timeZone },
      { label: t('buildSheet.status'), value: t(`buildSheet.statusValue.${sheet.status}`) },
    ],
    parts: [
      ...sheet.streams.flatMap((stream) => streamParts(t, language, stream, names)),
      ...batchParts(t, sheet, names),
      problemsPart(t, language, sheet, names),
    ],
  };
}

function streamParts(t: TFunction, language: string, s: StreamSheet, names: Names): SheetPart[] {
  const cadence = s.cadence;
  const rows = [{ label: t('buildSheet.cadence'), value: cadenceText(t, language, cadence) }];
  if (cadence && cadence.type !== 'none')
    rows.push({ label: t('buildSheet.firstCast'), value: formatDate(language, cadence.firstCast) });
  const content: SheetBlock =
    s.content.length === 0
      ? { kind: 'text', text: t('buildSheet.noContent') }
      : {
          kind: 'list',
          ordered: true,
          items: s.content.map((c) => contentLine(t, language, c, names)),
        };
  return [
    {
      heading: t('buildSheet.stream', { stream: s.name }),
      level: 2,
      blocks: [
        { kind: 'facts', rows },
        { kind: 'text', text: t('buildSheet.contentLead') },
        content,
        ...(s.rules.length === 0 ? [{ kind: 'text', text: t('buildSheet.noRules') } as const] : []),
      ],
    },
    ...s.rules.map((rule) => rulePart(t, rule, s.name, names)),
  ];
}

function contentLine(t: TFunction, language: string, c: ContentRow, names: Names): string {
  const parts = [
    `${c.name} (${t(`buildSheet.type.${c.type}`)})`,
    t(c.active ? 'buildSheet.active' : 'buildSheet.inactive'),
  ];
  if (c.activeFrom && c.activeThrough)
    parts.push(
      t('buildSheet.window', { range: formatDateRange(language, c.activeFrom, c.activeThrough) }),
    );
  else if (c.activeFrom)
    parts.push(t('buildSheet.windowFrom', { date: formatDate(language, c.activeFrom) }));
  else if (c.activeThrough)
    parts.push(t('buildSheet.windowThrough', { date: formatDate(language, c.activeThrough) }));
  if (c.qualify.length > 0)
    parts.push(
      t('buildSheet.qualify', {
        conditions: c.qualify
          .map((f) => filterText(t, f, names))
          .join(t('inspector.filterText.and')),
      }),
    );
  return parts.join(' · ');
}

function rulePart(t: TFunction, rule: RuleSheet, streamName: string, names: Names): SheetPart {
  const heading = t('buildSheet.rule', { rule: rule.id, stream: streamName });
  if (rule.draft)
    return { heading, level: 3, blocks: [{ kind: 'text', text: t('buildSheet.draftRule') }] };
  return {
    heading,
    level: 3,
    blocks: [
      { kind: 'text', text: t('buildSheet.triggers') },
      {
        kind: 'list',
        ordered: false,
        items: triggerTexts(t, { id: rule.id, triggers: rule.triggers }, names),
      },
      ...(rule.filters.length === 0
        ? [{ kind: 'text', text: t('buildSheet.noFilters') } as const]
        : [
            { kind: 'text', text: t('buildSheet.filters') } as const,
            {
              kind: 'list',
              ordered: false,
              items: rule.filters.map((f) => filterText(t, f, names)),
            } as const,
          ]),
      { kind: 'text', text: t('buildSheet.ruleAdds', { stream: streamName }) },
    ],
  };
}

function batchParts(t: TFunction, sheet: BuildSheet, names: Names): SheetPart[] {
  if (sheet.batchMoves.length === 0) return [];
  return [
    {
      heading: t('buildSheet.batches'),
      level: 2,
      blocks: [{ kind: 'text', text: t('buildSheet.batchesLead') }],
    },
    ...sheet.batchMoves.map((batch) => campaignPart(t, sheet, batch, names)),
  ];
}

function campaignPart(t: TFunction, sheet: BuildSheet, b: BatchCampaign, names: Names): SheetPart {
  const smartList = [
    t('buildSheet.smartList.member', { program: sheet.programName }),
    b.from === null
      ? t('buildSheet.smartList.anyStream')
      : t('buildSheet.smartList.stream', { stream: names.stream(b.from) }),
    ...b.filters.map((f) => filterText(t, f, names)),
  ];
  return {
    heading: t('buildSheet.campaign', { batch: b.id, stream: names.stream(b.to) }),
    level: 3,
    blocks: [
      { kind: 'text', text: t('buildSheet.smartList.lead') },
      { kind: 'list', ordered: false, items: smartList },
      {
        kind: 'facts',
        rows: [
          {
            label: t('buildSheet.flow'),
            value: t('buildSheet.flowStep', { stream: names.stream(b.to) }),
          },
          {
            label: t('buildSheet.schedule'),
            value: t('buildSheet.daily', { time: b.time, zone: sheet.timeZone }),
          },
        ],
      },
    ],
  };
}

function problemsPart(t: TFunction, language: string, sheet: BuildSheet, names: Names): SheetPart {
  const where = { stream: names.stream, item: names.content };
  return {
    heading: t('buildSheet.problems'),
    level: 2,
    blocks: [
      sheet.problems.length === 0
        ? { kind: 'text', text: t('buildSheet.noProblems') }
        : {
            kind: 'list',
            ordered: false,
            items: sheet.problems.map(
              (p) =>
                `${t(`problems.severity.${p.severity}`)} · ${targetLabel(t, where, p.target)}: ${problemMessage(t, language, p)}`,
            ),
          },
    ],
  };
}
