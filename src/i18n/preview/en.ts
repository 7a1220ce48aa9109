// The preview's en strings: its own file (preview.en.json) at the top, each view's under its name.
// A module per language, so the app loads only the reader's (src/i18n/loadI18n.ts).
import preview from '../locales/preview/preview.en.json';
import audience from '../locales/preview/audience.en.json';
import calendar from '../locales/preview/calendar.en.json';
import charts from '../locales/preview/charts.en.json';
import compare from '../locales/preview/compare.en.json';
import cohorts from '../locales/preview/cohorts.en.json';
import forecast from '../locales/preview/forecast.en.json';
import journey from '../locales/preview/journey.en.json';
import people from '../locales/preview/people.en.json';
import report from '../locales/preview/report.en.json';
import script from '../locales/preview/script.en.json';

export default {
  ...preview,
  calendar,
  people,
  journey,
  charts,
  forecast,
  report,
  audience,
  script,
  cohorts,
  compare,
};
