/** Filters, triggers and the values found, in words: "score is at least 50 (found 40)". */
import type { FilterCheck, Happening } from '../../../engine';
import type { Filter, Scalar, Trigger } from '../../../model';
import type { Wording } from './context';

type Operator = Extract<Filter, { type: 'attribute' }>['op'];

const isList = (value: unknown): value is readonly Scalar[] => Array.isArray(value);

/** A value from the file or found on the person: yes/no, nothing, or the value itself. */
export function valueText(w: Wording, value: Scalar | readonly Scalar[] | undefined): string {
  if (isList(value)) {
    const items = value.map((v) => valueText(w, v));
    if (items.length < 2) return items.join('');
    return w.t('preview.journey.value.list', {
      first: items.slice(0, -1).join(', '),
      last: items[items.length - 1],
    });
  }
  if (value === null || value === undefined) return w.t('preview.journey.value.none');
  if (value === true) return w.t('preview.journey.value.yes');
  if (value === false) return w.t('preview.journey.value.no');
  return typeof value === 'number' ? new Intl.NumberFormat(w.language).format(value) : value;
}

const opText = (w: Wording, op: Operator) => w.t(`preview.journey.op.${op}`);

export function filterText(w: Wording, f: Filter): string {
  const t = w.t;
  switch (f.type) {
    case 'attribute':
      return t('preview.journey.filter.attribute', {
        attribute: f.attribute,
        op: opText(w, f.op),
        value: valueText(w, f.value as Scalar | Scalar[]),
      });
    case 'received':
      return t('preview.journey.filter.received', { item: w.content(f.content) });
    case 'opened':
    case 'clicked':
      return f.content === undefined
        ? t(`preview.journey.filter.${f.type}Any`)
        : t(`preview.journey.filter.${f.type}`, { item: w.content(f.content) });
    case 'exhausted':
      return t(
        f.value ? 'preview.journey.filter.exhaustedTrue' : 'preview.journey.filter.exhaustedFalse',
      );
    case 'cadence':
      return t('preview.journey.filter.cadence', { value: t(`preview.journey.value.${f.value}`) });
    case 'inStream':
      return t('preview.journey.filter.inStream', { stream: w.stream(f.stream) });
  }
}

/** What a check found, worded for its kind of filter (a stream by name, a cadence in words). */
function foundText(w: Wording, check: FilterCheck): string {
  const found = check.found;
  if (check.filter.type === 'inStream' && typeof found === 'string') return w.stream(found);
  if (check.filter.type === 'cadence' && (found === 'normal' || found === 'paused'))
    return w.t(`preview.journey.value.${found}`);
  return valueText(w, found);
}

/** "score is at least 50 (found 40)" */
export function checkText(w: Wording, check: FilterCheck): string {
  return w.t('preview.journey.filter.check', {
    filter: filterText(w, check.filter),
    found: foundText(w, check),
  });
}

/** A happening that fired (or could have fired) a rule, after the person's id: "filled out form F-demo". */
export function happeningText(w: Wording, h: Happening): string {
  const t = w.t;
  switch (h.type) {
    case 'attributeChanged':
      return t('preview.journey.happening.attributeChanged', {
        attribute: h.attribute,
        value: valueText(w, h.value),
      });
    case 'fillsOutForm':
      return t('preview.journey.happening.fillsOutForm', { form: h.form });
    case 'clicksEmail':
      return t('preview.journey.happening.clicksEmail', { item: w.content(h.content) });
    case 'opensEmail':
      return t('preview.journey.happening.opensEmail', { item: w.content(h.content) });
    case 'addedToProgram':
      return t('preview.journey.happening.addedToProgram');
    case 'streamChanged':
      return t('preview.journey.happening.streamChanged', { stream: w.stream(h.to) });
  }
}

/** What a trigger waits for, worded to follow "never": "filled out form F-demo". */
export function triggerText(w: Wording, tr: Trigger): string {
  const t = w.t;
  switch (tr.type) {
    case 'attributeChanged':
      return tr.to
        ? t('preview.journey.trigger.attributeChangedTo', {
            attribute: tr.attribute,
            op: opText(w, tr.to.op),
            value: valueText(w, tr.to.value as Scalar | Scalar[]),
          })
        : t('preview.journey.trigger.attributeChanged', { attribute: tr.attribute });
    case 'fillsOutForm':
      return tr.form === undefined
        ? t('preview.journey.trigger.fillsOutAnyForm')
        : t('preview.journey.trigger.fillsOutForm', { form: tr.form });
    case 'clicksEmail':
      return tr.content === undefined
        ? t('preview.journey.trigger.clicksAnyEmail')
        : t('preview.journey.trigger.clicksEmail', { item: w.content(tr.content) });
    case 'opensEmail':
      return tr.content === undefined
        ? t('preview.journey.trigger.opensAnyEmail')
        : t('preview.journey.trigger.opensEmail', { item: w.content(tr.content) });
    case 'addedToProgram':
      return t('preview.journey.trigger.addedToProgram');
    case 'streamChanged':
      return tr.to === undefined
        ? t('preview.journey.trigger.streamChangedAny')
        : t('preview.journey.trigger.streamChanged', { stream: w.stream(tr.to) });
  }
}
