// The preview's strings, one file per view and language (src/i18n/locales/preview/<view>.<lang>.json),
// so each view's wording sits apart; they are merged under the `preview` key of the translation.
import audienceDe from './locales/preview/audience.de.json';
import audienceEn from './locales/preview/audience.en.json';
import audienceFr from './locales/preview/audience.fr.json';
import calendarDe from './locales/preview/calendar.de.json';
import calendarEn from './locales/preview/calendar.en.json';
import calendarFr from './locales/preview/calendar.fr.json';
import chartsDe from './locales/preview/charts.de.json';
import chartsEn from './locales/preview/charts.en.json';
import chartsFr from './locales/preview/charts.fr.json';
import cohortsDe from './locales/preview/cohorts.de.json';
import cohortsEn from './locales/preview/cohorts.en.json';
import cohortsFr from './locales/preview/cohorts.fr.json';
import forecastDe from './locales/preview/forecast.de.json';
import forecastEn from './locales/preview/forecast.en.json';
import forecastFr from './locales/preview/forecast.fr.json';
import journeyDe from './locales/preview/journey.de.json';
import journeyEn from './locales/preview/journey.en.json';
import journeyFr from './locales/preview/journey.fr.json';
import peopleDe from './locales/preview/people.de.json';
import peopleEn from './locales/preview/people.en.json';
import peopleFr from './locales/preview/people.fr.json';
import previewDe from './locales/preview/preview.de.json';
import previewEn from './locales/preview/preview.en.json';
import previewFr from './locales/preview/preview.fr.json';
import reportDe from './locales/preview/report.de.json';
import reportEn from './locales/preview/report.en.json';
import reportFr from './locales/preview/report.fr.json';
import scriptDe from './locales/preview/script.de.json';
import scriptEn from './locales/preview/script.en.json';
import scriptFr from './locales/preview/script.fr.json';

export const previewEnglish = {
  ...previewEn,
  calendar: calendarEn,
  people: peopleEn,
  journey: journeyEn,
  charts: chartsEn,
  forecast: forecastEn,
  report: reportEn,
  audience: audienceEn,
  script: scriptEn,
  cohorts: cohortsEn,
};

export const previewGerman = {
  ...previewDe,
  calendar: calendarDe,
  people: peopleDe,
  journey: journeyDe,
  charts: chartsDe,
  forecast: forecastDe,
  report: reportDe,
  audience: audienceDe,
  script: scriptDe,
  cohorts: cohortsDe,
};

export const previewFrench = {
  ...previewFr,
  calendar: calendarFr,
  people: peopleFr,
  journey: journeyFr,
  charts: chartsFr,
  forecast: forecastFr,
  report: reportFr,
  audience: audienceFr,
  script: scriptFr,
  cohorts: cohortsFr,
};
