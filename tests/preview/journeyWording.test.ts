// The journey's sentences, against explanations the engine computes: every item verdict, every
// cause of a move, events and sampled behaviour, in English, with spot checks in German and French.
import { describe, expect, it } from 'vitest';
import type { ItemLook, ItemVerdict } from '../../src/engine';
import { castOutcome, itemText, itemUses, usedText } from '../../src/preview/journey/wording/items';
import {
  behaviorText,
  eventText,
  moveText,
  moveWhyText,
} from '../../src/preview/journey/wording/steps';
import type { ScenarioEvent } from '../../src/model';
import { previewProgram } from '../fixtures/previewProgram';
import { explained, plain, rulesProgram, shared, type Explained } from './journeyScenarios';

/** Each item of the cast on `date`, worded, in priority order. */
const items = (e: Explained, date: string) =>
  e.castOn(date).items.map((item) => plain(itemText(e.w, item)));
const find = (e: Explained, date: string, verdict: ItemVerdict['verdict']): ItemLook =>
  e.castOn(date).items.find((i) => i.verdict === verdict)!;

describe('a cast, item by item (ex04: Cara moves from Early to Late by a form)', () => {
  const cara = explained(shared('ex04-transition-dedup'), 'cara');

  it('says E2 was skipped because she received it on 11 Mar in Early (R14, R50)', () => {
    expect(items(cara, '2025-03-20')).toEqual([
      'E2: skipped, already received on Mar 11 in Early',
      'E4: sent, delivered Mar 20, 2025, 9:00 AM',
      'E5: not reached: one item per cast',
    ]);
    expect(castOutcome(cara.w, cara.castOn('2025-03-20'))).toBe('got E4');
  });

  it('marks the cast after which she ran out of content, and what is left after it', () => {
    expect(cara.castOn('2025-03-27').newlyExhausted).toBe(true);
    expect(castOutcome(cara.w, cara.castOn('2025-04-03'))).toBe('nothing left to send');
  });

  it('says the move came from filling out F-demo, by rule t-demo into Late (R47)', () => {
    const move = cara.steps('move')[1]!;
    expect(moveText(cara.w, move)).toBe('Moved from Early to Late');
    expect(moveWhyText(cara.w, move.why)).toBe(
      'because cara filled out form F-demo (rule t-demo into Late)',
    );
    const join = cara.steps('move')[0]!;
    expect(`${moveText(cara.w, join)} ${moveWhyText(cara.w, join.why)}`).toBe(
      'Joined Early by the event above',
    );
  });

  it('names what an event did when the file is at hand, and its kind when it is not', () => {
    const form = cara.steps('event')[1]!;
    const inFile = shared('ex04-transition-dedup').events![form.index!] as ScenarioEvent;
    expect(eventText(cara.w, form, inFile)).toBe('Filled out form F-demo');
    expect(eventText(cara.w, form)).toBe('Filled out a form');
    // An event of another kind (an edited file) is not taken for this one.
    expect(eventText(cara.w, form, { at: form.at, type: 'pause', person: 'cara' })).toBe(
      'Filled out a form',
    );
  });

  it('reads the same in German and French', () => {
    const de = explained(shared('ex04-transition-dedup'), 'cara', 'de');
    expect(items(de, '2025-03-20')[0]).toBe(
      'E2: übersprungen, bereits am 11. März in Early erhalten',
    );
    expect(moveWhyText(de.w, de.steps('move')[1]!.why)).toBe(
      'weil cara das Formular F-demo ausgefüllt hat (Regel t-demo nach Late)',
    );
    const fr = explained(shared('ex04-transition-dedup'), 'cara', 'fr');
    expect(items(fr, '2025-03-20')).toEqual([
      'E2 : ignoré, déjà reçu le 11 mars dans Early',
      'E4 : envoyé, délivré le 20 mars 2025, 09:00',
      'E5 : non atteint : un contenu par envoi',
    ]);
    expect(moveText(fr.w, fr.steps('move')[1]!)).toBe('Passage de Early à Late');
  });
});

describe('program items (ex07: membership skips a program, R15, R28, R29)', () => {
  const doc = shared('ex07-program-filter');

  it('Ivan was a member of P1 before the simulation', () => {
    const ivan = explained(doc, 'ivan');
    expect(plain(itemText(ivan.w, find(ivan, '2025-03-11', 'programMember')))).toBe(
      'P1: skipped, already a member of this program since the start',
    );
    expect(
      plain(itemText(explained(doc, 'ivan', 'de').w, find(ivan, '2025-03-11', 'programMember'))),
    ).toBe('P1: übersprungen, schon seit Beginn Mitglied dieses Programms');
  });

  it('Gus failed its smart list, and is a member from then on', () => {
    const gus = explained(doc, 'gus');
    expect(plain(itemText(gus.w, find(gus, '2025-03-11', 'programRan')))).toBe(
      'P1: the program ran, but gus did not meet its smart list: nothing sent',
    );
    expect(castOutcome(gus.w, gus.castOn('2025-03-11'))).toBe('program P1: did not qualify');
    expect(plain(itemText(gus.w, find(gus, '2025-03-18', 'programMember')))).toBe(
      'P1: skipped, already a member of this program since Mar 11 in Early (did not qualify then)',
    );
  });

  it('Hana qualified: the program sent its email', () => {
    const hana = explained(doc, 'hana');
    expect(plain(itemText(hana.w, find(hana, '2025-03-11', 'programRan')))).toBe(
      'P1: the program ran and sent its email',
    );
    expect(castOutcome(hana.w, hana.castOn('2025-03-11'))).toBe('program P1 ran');
    expect(plain(itemText(hana.w, find(hana, '2025-03-18', 'programMember')))).toBe(
      'P1: skipped, already a member of this program since Mar 11 in Early',
    );
  });
});

describe('limits and unsubscribes (R27, R34-R36)', () => {
  it('ex09: Kim’s E1 is held back by the daily limit, used by the 08:00 external email', () => {
    const kim = explained(shared('ex09-limit-per-day'), 'kim');
    const blocked = find(kim, '2025-03-04', 'blocked');
    expect(plain(itemText(kim.w, blocked))).toBe(
      'E1: held back: the communication limit of 1 email a day on Mar 4. It stays for a later cast; nothing below is tried.',
    );
    expect(itemUses(blocked).map((u) => plain(usedText(kim.w, u)))).toEqual([
      'used by an email from outside the program, Mar 4, 2025, 8:00 AM',
    ]);
    expect(castOutcome(kim.w, kim.castOn('2025-03-04'))).toBe('E1 held back');
    const fr = explained(shared('ex09-limit-per-day'), 'kim', 'fr');
    expect(plain(itemText(fr.w, blocked))).toContain(
      'la limite de communication de 1 e-mail par jour le 4 mars',
    );
  });

  it('a program item whose email the limit held back', () => {
    const doc = shared('ex09-limit-per-day');
    const stream = doc.program.streams[0]!;
    stream.content = [{ id: 'P1', type: 'program' }, ...stream.content!];
    const kim = explained(doc, 'kim');
    expect(plain(itemText(kim.w, find(kim, '2025-03-04', 'programRan')))).toBe(
      'P1: the program ran, but its email was held back: the communication limit of 1 email a day on Mar 4',
    );
    expect(castOutcome(kim.w, kim.castOn('2025-03-04'))).toBe('P1 held back');
  });

  it('the 7-day limit names its days and every delivery that used it', () => {
    const ann = explained(rulesProgram(), 'ann');
    const blocked = find(ann, '2025-03-06', 'blocked');
    expect(plain(itemText(ann.w, blocked))).toContain(
      'the communication limit of 2 emails in 7 days (Feb 28 to Mar 6)',
    );
    expect(itemUses(blocked).map((u) => plain(usedText(ann.w, u)))).toEqual([
      'used by an email from outside the program, Mar 3, 2025, 11:00 AM',
      'used by E1 “Welcome”, delivered Mar 4, 2025, 9:00 AM in Early',
    ]);
  });

  it('an unsubscribed person’s email is held back (fixture: Ben)', () => {
    const ben = explained(previewProgram(), 'ben');
    expect(plain(itemText(ben.w, find(ben, '2025-03-11', 'blocked')))).toBe(
      'E2: held back: ben unsubscribed. It stays for a later cast; nothing below is tried.',
    );
  });
});

describe('skips, lost and paused casts', () => {
  const ann = explained(rulesProgram(), 'ann');

  it('switched off (R8), and outside its window (R9), with the name in quotes', () => {
    expect(items(ann, '2025-03-04')).toEqual([
      'E0: skipped, switched off',
      'E6: skipped, available only from Apr 1',
      'E7 “Old offer”: skipped, available only through Mar 1',
      'E1 “Welcome”: sent, delivered Mar 4, 2025, 9:00 AM',
    ]);
  });

  it('a cast lost while the program was off (R6), a paused one (R54)', () => {
    expect(castOutcome(ann.w, ann.castOn('2025-03-18'))).toBe('cast lost: the program was off');
    const fixtureAnn = explained(previewProgram(), 'ann');
    expect(castOutcome(fixtureAnn.w, fixtureAnn.castOn('2025-03-11'))).toBe(
      'paused: receives nothing',
    );
  });
});

describe('what made a move', () => {
  const ann = explained(rulesProgram(), 'ann');
  const whys = ann.steps('move').map((m) => `${moveText(ann.w, m)} ${moveWhyText(ann.w, m.why)}`);

  it('an attribute change, a form, a chained move into a stream (R47, R49)', () => {
    expect(whys).toContain(
      'Moved from Early to Late because ann had score changed to 55 (rule t-score into Late)',
    );
    expect(whys).toContain(
      'Moved from Late to Loop because ann filled out form F1 (rule t-form2 into Loop)',
    );
    expect(whys).toContain(
      'Moved from Loop to Early because ann moved into Loop (a chained move) (rule t-back into Early)',
    );
  });

  it('a batch move, with what its filters found (R41)', () => {
    const fixtureAnn = explained(previewProgram(), 'ann');
    const batch = fixtureAnn.steps('move').find((m) => m.why.by === 'batch')!;
    expect(`${moveText(fixtureAnn.w, batch)} ${moveWhyText(fixtureAnn.w, batch.why)}`).toBe(
      'Moved from Early to Holding by batch move dry, its filters held: out of content (found yes)',
    );
  });

  it('a generated join, sampled behaviour, a delivery in the person’s zone, a removal', () => {
    const lead = explained(previewProgram(), 'lead-1');
    expect(eventText(lead.w, lead.steps('event')[0]!)).toBe(
      'Joined the program (generated audience)',
    );
    expect(lead.steps('behavior').map((b) => behaviorText(lead.w, b))).toContain(
      'Opened E3 (sampled behaviour)',
    );
    const cara = explained(previewProgram(), 'cara');
    expect(behaviorText(cara.w, cara.steps('behavior')[0]!)).toBe(
      'E2 delivered, at the cast time in cara’s time zone',
    );
    expect(cara.steps('remove')).toHaveLength(1);
  });
});
