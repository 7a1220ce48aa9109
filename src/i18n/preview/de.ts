// The preview's de strings: its own file (preview.de.json) at the top, each view's under its name.
// A module per language, so the app loads only the reader's (src/i18n/loadI18n.ts).
import preview from '../locales/preview/preview.de.json';
import audience from '../locales/preview/audience.de.json';
import calendar from '../locales/preview/calendar.de.json';
import charts from '../locales/preview/charts.de.json';
import compare from '../locales/preview/compare.de.json';
import cohorts from '../locales/preview/cohorts.de.json';
import forecast from '../locales/preview/forecast.de.json';
import journey from '../locales/preview/journey.de.json';
import people from '../locales/preview/people.de.json';
import report from '../locales/preview/report.de.json';
import script from '../locales/preview/script.de.json';

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
