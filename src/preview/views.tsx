/**
 * The preview's views, by tab. A view that needs a simulation result gets the one on screen; the
 * audience and script editors work without one. Charts load lazily, in their own chunk.
 */
import type { ComponentType } from 'react';
import type { PreviewResult, PreviewView } from '../simulation/previewStore';
import { AudienceView } from './audience/AudienceView';
import { CalendarView } from './calendar/CalendarView';
import { ForecastView } from './forecast/ForecastView';
import { ReportView } from './report/ReportView';
import { JourneyView } from './journey/JourneyView';
import { PeopleView } from './people/PeopleView';
import { ScriptView } from './script/ScriptView';
import { ChartsLoader } from './charts/ChartsLoader';
import { CompareView } from './compare/CompareView';

export type ViewEntry =
  | { needsResult: true; Component: ComponentType<{ result: PreviewResult }> }
  | { needsResult: false; Component: ComponentType };

export const VIEWS: Partial<Record<PreviewView, ViewEntry>> = {
  calendar: { needsResult: true, Component: CalendarView },
  forecast: { needsResult: true, Component: ForecastView },
  report: { needsResult: true, Component: ReportView },
  journey: { needsResult: true, Component: JourneyView },
  people: { needsResult: true, Component: PeopleView },
  script: { needsResult: false, Component: ScriptView },
  charts: { needsResult: true, Component: ChartsLoader },
  audience: { needsResult: false, Component: AudienceView },
  compare: { needsResult: true, Component: CompareView },
};

const ORDER: PreviewView[] = [
  'calendar',
  'people',
  'journey',
  'charts',
  'forecast',
  'report',
  'audience',
  'script',
  'compare',
];

export const SHOWN_VIEWS = (Object.keys(VIEWS) as PreviewView[]).sort(
  (a, b) => ORDER.indexOf(a) - ORDER.indexOf(b),
);
