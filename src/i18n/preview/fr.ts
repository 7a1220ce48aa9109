// The preview's fr strings: its own file (preview.fr.json) at the top, each view's under its name.
// A module per language, so the app loads only the reader's (src/i18n/loadI18n.ts).
import preview from '../locales/preview/preview.fr.json';
import audience from '../locales/preview/audience.fr.json';
import calendar from '../locales/preview/calendar.fr.json';
import charts from '../locales/preview/charts.fr.json';
import compare from '../locales/preview/compare.fr.json';
import cohorts from '../locales/preview/cohorts.fr.json';
import forecast from '../locales/preview/forecast.fr.json';
import journey from '../locales/preview/journey.fr.json';
import people from '../locales/preview/people.fr.json';
import report from '../locales/preview/report.fr.json';
import script from '../locales/preview/script.fr.json';

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
