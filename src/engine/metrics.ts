/** Per cast-and-item counters behind the engagement index (R56-R57) and stream reports (R58). */
export const METRIC = {
  delivered: 0,
  opened: 1,
  clicked: 2,
  unsubscribed: 3,
  processed: 4,
  qualified: 5,
} as const;
export const METRIC_COUNT = 6;
export type Metric = (typeof METRIC)[keyof typeof METRIC];
