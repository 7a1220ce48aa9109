/**
 * A cast in words: each item of the stream in priority order with why it was or was not the one
 * the person got (R8, R9, R14, R15, R26-R29, R34-R36), and the cast's outcome in one line.
 */
import type { BlockedBy, CastStep, CountedDelivery, ItemLook } from '../../../engine';
import { dateText, itemLabel, when, type Wording } from './context';

/** "the communication limit of 1 email a day on Mar 4", or "kim unsubscribed". */
export function blockedWhy(w: Wording, blocked: BlockedBy): string {
  if (blocked.reason === 'unsubscribed')
    return w.t('preview.journey.blocked.unsubscribed', { person: w.person });
  const { cap, value, day, from } = blocked.limit;
  return w.t(`preview.journey.blocked.${cap}`, {
    count: value,
    day: dateText(w, day),
    from: dateText(w, from),
  });
}

/** A delivery that counted toward the limit that held an email back (R35). */
export function usedText(w: Wording, used: CountedDelivery): string {
  const time = when(w, used.at);
  if (used.kind === 'external') return w.t('preview.journey.blocked.usedExternal', { time });
  return w.t(
    used.kind === 'send'
      ? 'preview.journey.blocked.usedSend'
      : 'preview.journey.blocked.usedProgram',
    {
      item: w.content(used.content),
      stream: w.stream(used.stream),
      time,
    },
  );
}

/** The deliveries that used the limit an item ran into, if any. */
export function itemUses(item: ItemLook): CountedDelivery[] {
  const blocked =
    item.verdict === 'blocked' ? item : item.verdict === 'programRan' ? item.emailBlocked : null;
  return blocked?.reason === 'limit' ? blocked.limit.used : [];
}

export function itemText(w: Wording, look: ItemLook): string {
  const t = w.t;
  const item = itemLabel(t, look.content, look.name);
  switch (look.verdict) {
    case 'inactive':
      return t('preview.journey.item.inactive', { item });
    case 'notYetAvailable':
      return t('preview.journey.item.notYetAvailable', { item, date: dateText(w, look.from) });
    case 'noLongerAvailable':
      return t('preview.journey.item.noLongerAvailable', { item, date: dateText(w, look.through) });
    case 'consumed':
      return t('preview.journey.item.consumed', {
        item,
        date: dateText(w, look.on),
        stream: w.stream(look.stream),
      });
    case 'programMember':
      if (look.since === 'prior') return t('preview.journey.item.memberPrior', { item });
      return t(
        look.qualified
          ? 'preview.journey.item.memberCast'
          : 'preview.journey.item.memberCastFailed',
        {
          item,
          date: dateText(w, look.on),
          stream: w.stream(look.stream),
        },
      );
    case 'sent':
      return t('preview.journey.item.sent', { item, time: when(w, look.deliveredAt) });
    case 'blocked':
      return t('preview.journey.item.blocked', { item, why: blockedWhy(w, look) });
    case 'programRan':
      if (!look.qualified)
        return t('preview.journey.item.programFailed', { item, person: w.person });
      if (look.emailBlocked === null) return t('preview.journey.item.programQualified', { item });
      return t('preview.journey.item.programBlocked', {
        item,
        why: blockedWhy(w, look.emailBlocked),
      });
    case 'notReached':
      return t('preview.journey.item.notReached', { item });
  }
}

/** What came of a cast, for its summary line: "got E3 “Case study”", "paused: receives nothing". */
export function castOutcome(w: Wording, cast: CastStep): string {
  const t = w.t;
  if (cast.status === 'lost') return t('preview.journey.cast.lost');
  if (cast.status === 'paused') return t('preview.journey.cast.paused');
  if (cast.items.length === 0) return t('preview.journey.cast.noContent');
  for (const look of cast.items) {
    const item = itemLabel(t, look.content, look.name);
    switch (look.verdict) {
      case 'sent':
        return t('preview.journey.cast.got', { item });
      case 'blocked':
        return t('preview.journey.cast.heldBack', { item });
      case 'programRan':
        if (!look.qualified) return t('preview.journey.cast.programFailed', { item });
        return look.emailBlocked === null
          ? t('preview.journey.cast.programRan', { item })
          : t('preview.journey.cast.heldBack', { item });
    }
  }
  return t('preview.journey.cast.nothing');
}
