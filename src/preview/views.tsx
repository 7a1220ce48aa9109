/**
 * The preview's views, by tab. A view that needs a simulation result gets the one on screen; the
 * audience and script editors work without one. Charts load lazily, in their own chunk.
 */
import type { ComponentType } from 'react';
import type { PreviewResult, PreviewView } from '../simulation/previewStore';
import { AudienceView } from './audience/AudienceView';
import { CalendarView } from './calendar/CalendarView';

export type ViewEntry =
  | { needsResult: true; Component: ComponentType<{ result: PreviewResult }> }
  | { needsResult: false; Component: ComponentType };

export const VIEWS: Partial<Record<PreviewView, ViewEntry>> = {
  calendar: { needsResult: true, Component: CalendarView },
  audience: { needsResult: false, Component: AudienceView },
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
];

export const SHOWN_VIEWS = (Object.keys(VIEWS) as PreviewView[]).sort(
  (a, b) => ORDER.indexOf(a) - ORDER.indexOf(b),
);
